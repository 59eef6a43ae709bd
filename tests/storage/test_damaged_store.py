"""A damaged store file is refused untouched, with a sentence that says it is damaged,
not that the key is wrong (issue 15, item 5)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from zkijdesk.cli import EXIT_FAIL, main
from zkijdesk.domain.errors import StoreError, WrongKeyError
from zkijdesk.storage import keys
from zkijdesk.storage.store import StoreLocation, create_store, open_store

PASS = "correct horse battery staple"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture(params=["raw", "passphrase"])
def made(request, tmp_path):
    """A closed store with a client in it, and the key it was made with."""
    from zkijdesk.services.users import create_user

    key = (
        keys.new_raw_key()
        if request.param == "raw"
        else keys.StoreKey(keys.KeyKind.PASSPHRASE, PASS, "test")
    )
    path = tmp_path / "opslag.db"
    store = create_store(StoreLocation(path=path), key=key)
    create_user(store, "beheer", "Beheerder", "admin")
    store.close()
    return path, key


def refused(path: Path, key: keys.StoreKey) -> str:
    """The sentence; a wrong key is also told by its type (the app asks again on it)."""
    before, names = digest(path), siblings(path)
    with pytest.raises(StoreError) as err:
        open_store(StoreLocation(path=path), key=key)
    assert digest(path) == before and siblings(path) == names  # untouched, no -wal made
    assert isinstance(err.value, WrongKeyError) == ("sleutel is onjuist" in err.value.message)
    return err.value.message


def test_a_zero_length_file_stays_empty_and_is_called_empty(tmp_path):
    path = tmp_path / "opslag.db"
    path.write_bytes(b"")
    message = refused(path, keys.new_raw_key())
    assert path.stat().st_size == 0
    assert "leeg" in message and "sleutel" not in message


def test_a_file_cut_short_is_called_damaged_not_a_wrong_key(made):
    path, key = made
    path.write_bytes(path.read_bytes()[:-1])
    message = refused(path, key)
    assert "beschadigd" in message and "afgekapt" in message and "sleutel" not in message


def test_a_damaged_first_page_is_told_apart_from_a_wrong_key(made):
    path, key = made
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # inside the first page, past its salt
    path.write_bytes(bytes(data))
    message = refused(path, key)
    assert "beschadigd" in message and "eerste pagina" in message
    assert "onjuist" not in message


def test_a_wrong_key_is_called_a_wrong_key(made):
    path, key = made
    wrong = (
        keys.new_raw_key()
        if key.kind is keys.KeyKind.RAW
        else keys.StoreKey(keys.KeyKind.PASSPHRASE, "wrong horse battery staple", "test")
    )
    message = refused(path, wrong)
    assert "sleutel is onjuist" in message and "beschadigd" not in message


def test_the_cli_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "leeg.db"
    path.write_bytes(b"")
    assert main(["--store", str(path), "check"]) == EXIT_FAIL
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "leeg" in err[0]
    assert path.stat().st_size == 0


@pytest.fixture
def damaged_inside(tmp_path, monkeypatch):
    """A store (passphrase in the environment) with one client, a backup made before its
    client table's root page was damaged, and that client's id."""
    from datetime import date, datetime

    from sqlalchemy import text

    from zkijdesk.services.container import Services
    from zkijdesk.services.dto import ClientInput
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.backup import make_backup

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "opslag.db"
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == 0
    store = open_store(StoreLocation(path=path))
    create_user(store, "anna", "Anna", "coach", actor=actor_for(store, "beheer"))
    client = (
        Services(store, actor_for(store, "anna"))
        .clients.intake(
            ClientInput(
                first_name="Mila",
                last_name="Brouwer",
                birth_date=date(1992, 4, 4),
                intake_status="werkend",
            )
        )
        .client
    )
    backup = make_backup(store, tmp_path / "kopie", now=datetime(2026, 11, 15, 12, 0)).path
    with store.read_session() as s:
        root = s.execute(text("SELECT rootpage FROM sqlite_master WHERE name = 'client'")).scalar()
    store.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 300] ^= 0xFF
    path.write_bytes(bytes(data))
    return path, backup, client.id


def test_a_page_damaged_inside_the_store_is_named_not_a_traceback(damaged_inside, capsys):
    """Opening reads only the first pages; a command that reaches a damaged page later
    stops with one sentence, and changes nothing."""
    path, _backup, client_id = damaged_inside
    capsys.readouterr()
    args = ["--store", str(path), "--user", "anna"]
    out = path.parent / "inzage.json"
    for command in (
        ["subject-access", "--client", str(client_id), "--out", str(out)],
        ["erase", "--client", str(client_id), "--yes"],
    ):
        assert main([*args, *command]) == EXIT_FAIL
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "beschadigd" in err[0] and "restore" in err[0], err
    assert not out.exists()


def test_a_store_damaged_inside_can_still_be_restored(damaged_inside, capsys):
    """SQLite's backup API cannot write into a damaged store (it reads each page it
    overwrites, and a damaged store opens read-only); the restore replaces the file,
    after keeping the damaged one byte for byte as its safety copy."""
    path, backup, client_id = damaged_inside
    args = ["--store", str(path), "--user", "beheer"]
    assert main([*args, "restore", str(backup), "--yes"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert list(path.parent.rglob("*voor-terugzetten-ruw*.bak"))  # the damaged file, kept
    out = path.parent / "inzage.json"
    assert (
        main(
            [
                "--store",
                str(path),
                "--user",
                "anna",
                "subject-access",
                "--client",
                str(client_id),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert main(["--store", str(path), "check"]) == 0
