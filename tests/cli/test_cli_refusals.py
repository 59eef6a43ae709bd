"""What a careless or hostile user types gets one Dutch sentence and exit 1, never a
traceback, and leaves no file behind: ids beyond what a database holds, an output
path that cannot be written, a backup folder that is a file."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest

from zkijdesk.cli import EXIT_FAIL, main

PASS = "correct horse battery staple"
HUGE = str(2**63)


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    from zkijdesk.services.context import AppContext
    from zkijdesk.services.dto import ClientInput, RouteInput
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.store import StoreLocation, open_store

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "opslag" / "s.db"
    path.parent.mkdir()
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == 0
    store = open_store(StoreLocation(path=path))
    admin = actor_for(store, "beheer")
    create_user(store, "anna", "Anna", "coach", actor=admin)
    create_user(store, "lea", "Lea", "teamlead", actor=admin)
    AppContext(store, actor_for(store, "anna")).clients.intake(
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


def refused(capsys, store_path: Path, *args: str) -> str:
    """Run the command; it must fail with one line on stderr, and return that line."""
    code = main(["--store", str(store_path), *args])
    err = capsys.readouterr().err
    assert code == EXIT_FAIL, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("zkijdesk: "), err
    assert "Traceback" not in err and "Error" not in err
    return lines[0]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part"))


@pytest.mark.parametrize(
    "args",
    [
        ("--user", "anna", "subject-access", "--client", HUGE, "--out", "{tmp}/inzage.json"),
        ("--user", "anna", "erase", "--client", HUGE, "--yes"),
        ("--user", "anna", "match", "--client", HUGE),
        ("--user", "anna", "match", "--vacancy", HUGE),
        ("--user", "beheer", "audit-export", "--client", HUGE, "--out", "{tmp}/audit.csv"),
        ("--user", "beheer", "audit-export", "--user-id", HUGE, "--out", "{tmp}/audit.csv"),
    ],
    ids=["subject-access", "erase", "match-client", "match-vacancy", "audit-client", "audit-user"],
)
def test_an_id_beyond_any_database_is_refused_in_one_sentence(store_path, tmp_path, capsys, args):
    line = refused(capsys, store_path, *(a.format(tmp=tmp_path) for a in args))
    assert HUGE in line
    assert not (tmp_path / "inzage.json").exists() and not (tmp_path / "audit.csv").exists()
    assert main(["--store", str(store_path), "check"]) == 0


@pytest.mark.parametrize(
    "args",
    [
        ("--user", "lea", "export", "--month", "2026-10", "--out", "{file}/uit"),
        ("--user", "anna", "subject-access", "--client", "1", "--out", "{file}/inzage.json"),
        ("--user", "beheer", "audit-export", "--out", "{file}/audit.csv"),
        ("--user", "beheer", "backup", "--to", "{file}"),
        ("--user", "beheer", "backup", "--to", "{file}/kopieen"),
    ],
    ids=["export", "subject-access", "audit-export", "backup-to-file", "backup-under-file"],
)
def test_an_output_path_that_cannot_be_written_is_named(store_path, tmp_path, capsys, args):
    a_file = tmp_path / "notities.txt"
    a_file.write_text("geen map\n", encoding="utf-8")
    line = refused(capsys, store_path, *(a.format(file=a_file) for a in args))
    assert "notities.txt" in line
    assert a_file.read_text(encoding="utf-8") == "geen map\n"
    assert leftovers(tmp_path) == []
    assert main(["--store", str(store_path), "check"]) == 0


def test_a_folder_without_write_permission_is_named():
    """Tests run as root, for whom no folder is read-only: check the mapping itself."""
    from zkijdesk.atomic import output_error

    folder = Path("/gedeeld/export")
    error = output_error(PermissionError(errno.EACCES, "Permission denied", str(folder)), folder)
    assert str(folder) in error.message and "schrijven" in error.message
    assert error.message.endswith(".") and "\n" not in error.message
    read_only = output_error(OSError(errno.EROFS, "Read-only file system", str(folder)), folder)
    assert "alleen-lezen" in read_only.message
