"""What a careless or hostile user types gets one Dutch sentence and exit 1, never a
traceback, and leaves no file behind: ids beyond what a database holds, an output
path that cannot be written, a backup folder that is a file."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from zkijdesk.cli import EXIT_FAIL, main

PASS = "correct horse battery staple"
HUGE = str(2**63)


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    from zkijdesk.services.container import Services
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
    Services(store, actor_for(store, "anna")).clients.intake(
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


def test_a_year_beyond_any_calendar_is_refused_in_one_sentence(store_path, capsys):
    line = refused(capsys, store_path, "--user", "lea", "publications", "--year", HUGE)
    assert "Jaar" in line


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


def test_a_folder_without_write_permission_is_named(tmp_path):
    """The mapping itself, for systems where the tests below cannot drop root."""
    from zkijdesk.atomic import output_error

    folder = tmp_path / "gedeeld"
    folder.mkdir()
    error = output_error(PermissionError(errno.EACCES, "Permission denied", str(folder)), folder)
    assert str(folder) in error.message and "schrijven" in error.message
    assert error.message.endswith(".") and "\n" not in error.message
    read_only = output_error(OSError(errno.EROFS, "Read-only file system", str(folder)), folder)
    assert "alleen-lezen" in read_only.message


@pytest.fixture
def unprivileged(tmp_path):
    """Run the CLI as a user for whom a read-only folder is read-only.

    Tests run as root, who may write anywhere: then each command runs in a child
    process as ``nobody`` (skipped where that user cannot run this checkout). As
    anyone else, the command runs in this process.
    """
    import pwd
    import shutil
    import subprocess
    import sys
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="zkijdesk-rechten-"))
    base.chmod(0o777)
    uid = gid = None
    if os.geteuid() == 0:
        try:
            nobody = pwd.getpwnam("nobody")
        except KeyError:
            pytest.skip("running as root and there is no user 'nobody' to drop to")
        uid, gid = nobody.pw_uid, nobody.pw_gid
        probe = subprocess.run(
            [sys.executable, "-c", "import zkijdesk.cli"],
            user=uid,
            group=gid,
            cwd="/",
            capture_output=True,
            check=False,
        )
        if probe.returncode:
            shutil.rmtree(base)
            pytest.skip("user 'nobody' cannot read this checkout or its virtual environment")
    home = base / "home"
    home.mkdir()
    env = {**os.environ, "ZKIJDESK_PASSPHRASE": PASS, "ZKIJDESK_HOME": str(home), "HOME": str(home)}

    def give(*paths: Path) -> None:
        for path in paths:
            if uid is not None:
                os.chown(path, uid, gid)

    def run(*args: str) -> tuple[int, str]:
        if uid is None:
            return main(list(args)), ""
        done = subprocess.run(
            [sys.executable, "-m", "zkijdesk", *args],
            user=uid,
            group=gid,
            cwd="/",
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        return done.returncode, done.stderr

    give(home)
    yield base, give, run
    shutil.rmtree(base, ignore_errors=True)


def _store_for(base: Path, give, name: str) -> Path:
    """A store in its own folder of ``base``, with admin 'beheer', owned by the runner."""
    folder = base / name
    folder.mkdir()
    path = folder / "s.db"
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == 0
    give(folder, *folder.iterdir())
    return path


def _one_line(code: int, err: str, capsys) -> str:
    err = err or capsys.readouterr().err
    assert code == EXIT_FAIL, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_a_read_only_output_folder_is_named_for_a_real_user(unprivileged, monkeypatch, capsys):
    base, give, run = unprivileged
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    store = _store_for(base, give, "opslag")
    read_only = base / "alleen-lezen"
    read_only.mkdir()
    read_only.chmod(0o555)
    for args in (
        ("backup", "--to", str(read_only)),
        ("audit-export", "--out", str(read_only / "audit.csv")),
        ("export", "--month", "2026-10", "--out", str(read_only / "uit")),
    ):
        line = _one_line(*run("--store", str(store), "--user", "beheer", *args), capsys)
        assert "toestemming" in line and str(read_only) in line, line
    assert list(read_only.iterdir()) == []


def test_a_store_in_a_folder_without_write_permission_is_not_called_damaged(
    unprivileged, monkeypatch, capsys
):
    base, give, run = unprivileged
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    store = _store_for(base, give, "opslag")
    store.parent.chmod(0o555)
    try:
        line = _one_line(*run("--store", str(store), "--user", "beheer", "check"), capsys)
    finally:
        store.parent.chmod(0o755)
    assert "schrijven" in line and "beschadigd" not in line and "sleutel" not in line, line
