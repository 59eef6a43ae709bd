"""Privacy commands as an IT admin or privacy officer runs them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from zkijdesk.cli import main

PASS = "correct horse battery staple"


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    from zkijdesk.services.container import Services
    from zkijdesk.services.dto import ClientInput, RouteInput
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.store import StoreLocation, open_store

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "s.db"
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == 0
    store = open_store(StoreLocation(path=path))
    admin = actor_for(store, "beheer")
    create_user(store, "anna", "Anna", "coach", actor=admin)
    ctx = Services(store, actor_for(store, "anna"))
    ctx.clients.intake(
        ClientInput(
            first_name="Mila",
            last_name="Brouwer",
            birth_date=date(1992, 4, 4),
            intake_status="werkend",
        ),
        RouteInput(intake_date=date(2026, 1, 1)),
    )
    store.close()
    return path


def test_subject_access_erase_and_audit_export(store_path, tmp_path, capsys):
    out = tmp_path / "inzage.json"
    args = ["--store", str(store_path), "--user", "anna"]
    assert main([*args, "subject-access", "--client", "1", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["last_name"] == "Brouwer"

    assert main([*args, "erase", "--client", "1"]) == 1
    assert "bevestig" in capsys.readouterr().err
    assert main([*args, "erase", "--client", "1", "--yes"]) == 0
    assert main([*args, "subject-access", "--client", "1", "--out", str(out)]) == 1
    assert "bestaat niet" in capsys.readouterr().err

    audit = tmp_path / "audit.csv"
    assert (
        main(["--store", str(store_path), "--user", "beheer", "audit-export", "--out", str(audit)])
        == 0
    )
    text = audit.read_text(encoding="utf-8-sig")
    assert ';"erase";"client";"1";' in text and "Brouwer" not in text
    assert main(["--store", str(store_path), "check"]) == 0


def test_subject_access_pdf_comes_with_its_html_and_the_terminal_names_no_one(
    store_path, tmp_path, capsys
):
    out = tmp_path / "uit" / "inzage.pdf"
    args = ["--store", str(store_path), "--user", "anna"]
    assert main([*args, "subject-access", "--client", "1", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert str(out) in said.out and str(out.with_suffix(".html")) in said.out
    assert "Brouwer" not in said.out + said.err and "Mila" not in said.out + said.err
    assert out.read_bytes().startswith(b"%PDF")
    page = out.with_suffix(".html").read_text("utf-8")
    assert '<html lang="nl">' in page and "Brouwer" in page  # the person's own copy
    assert sorted(p.name for p in out.parent.iterdir()) == ["inzage.html", "inzage.pdf"]


def test_unknown_user_and_wrong_role_get_one_line(store_path, capsys):
    assert main(["--store", str(store_path), "--user", "niemand", "retention"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--user" in err[0]
    assert main(["--store", str(store_path), "--user", "anna", "retention"]) == 1
    assert "rol" in capsys.readouterr().err
    assert main(["--store", str(store_path), "--user", "beheer", "retention"]) == 0
    assert "0 cliënt(en)" in capsys.readouterr().out


def _set_pin(store_path, username: str, pin: str = "482916") -> None:
    from argon2 import PasswordHasher

    from zkijdesk.services.app_lock import AppLockService
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.store import StoreLocation, open_store

    store = open_store(StoreLocation(path=store_path))
    try:
        fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        AppLockService(store, actor_for(store, username), hasher=fast).set_secret(pin)
    finally:
        store.close()


def _has_pin(store_path, username: str) -> bool:
    from zkijdesk.services.app_lock import AppLockService
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.store import StoreLocation, open_store

    store = open_store(StoreLocation(path=store_path))
    try:
        return AppLockService(store, actor_for(store, username)).is_set()
    finally:
        store.close()


def test_an_admin_lifts_a_forgotten_pin_and_a_coach_may_not(store_path, capsys):
    _set_pin(store_path, "anna")
    args = ["--store", str(store_path)]
    assert main([*args, "--user", "anna", "lock-reset", "anna", "--yes"]) == 1
    assert "rol" in capsys.readouterr().err
    assert main([*args, "--user", "beheer", "lock-reset", "anna"]) == 1  # no terminal: no
    assert "bevestig" in capsys.readouterr().err
    assert _has_pin(store_path, "anna")

    assert main([*args, "--user", "beheer", "lock-reset", "anna", "--yes"]) == 0
    assert "opgeheven" in capsys.readouterr().out
    assert not _has_pin(store_path, "anna")


def test_a_store_of_one_coach_lifts_the_pin_with_its_recovery_key(
    tmp_path, capsys, memory_keyring, monkeypatch
):
    path = tmp_path / "eigen.db"
    assert main(["--store", str(path), "init", "--user", "anna", "--name", "Anna"]) == 0
    recovery = capsys.readouterr().out.strip().splitlines()[-1].strip()
    _set_pin(path, "anna")
    args = ["--store", str(path), "--user", "anna", "lock-reset", "anna", "--yes"]

    assert main(args) == 1  # a coach alone, without the recovery key
    assert "rol" in capsys.readouterr().err
    wrong = "-".join(["AAAAA"] * 11)
    monkeypatch.setenv("ZKIJDESK_RECOVERY_KEY", wrong)
    assert main([*args, "--recovery-key"]) == 1
    assert _has_pin(path, "anna")
    capsys.readouterr()

    monkeypatch.setenv("ZKIJDESK_RECOVERY_KEY", recovery)
    assert main([*args, "--recovery-key"]) == 0
    assert not _has_pin(path, "anna")
    assert main(["--store", str(path), "check"]) == 0  # the audit chain holds the reset
