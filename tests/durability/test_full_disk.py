"""A full disk fails the write with one clear Dutch sentence and loses nothing committed.

Three real ways to fill a disk: SQLite's ``max_page_count`` (SQLite's own SQLITE_FULL
path, on any machine), a 2 MB tmpfs (the kernel's ENOSPC for the database, its WAL, a
backup and an atomic file write; needs root, skipped otherwise), and ``/dev/full``.
"""

from __future__ import annotations

import contextlib
import errno
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, select

from zkijdesk import models as m
from zkijdesk.atomic import atomic_write
from zkijdesk.services.clients import ClientService
from zkijdesk.services.dto import ClientInput
from zkijdesk.services.users import actor_for, create_user
from zkijdesk.storage import backup as b
from zkijdesk.storage.errors import DISK_FULL_MESSAGE, DiskFullError, as_store_error
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, check_store, create_store, open_store


def as_typed(exc: BaseException) -> BaseException | None:
    """The error a caller sees: Store.session maps it itself once integrated."""
    return exc if isinstance(exc, DiskFullError) else as_store_error(exc)


def intake_until_full(store, coach, limit: int = 5000) -> tuple[list[int], BaseException]:
    service = ClientService(store, coach, lambda: datetime(2026, 11, 15).date())
    done: list[int] = []
    for i in range(limit):
        try:
            result = service.intake(
                ClientInput(
                    first_name="Vol",
                    last_name=f"Schijf{i:05d}",
                    birth_date="1-1-1980",
                    intake_status="werkend",
                    consent_note="afspraken " * 300,
                )
            )
        except Exception as exc:
            return done, exc
        done.append(result.client.id)
    raise AssertionError("the disk never filled up")


def names_in(store) -> set[str]:
    with store.read_session() as s:
        return set(s.scalars(select(m.Client.last_name)))


def test_sqlite_full_maps_to_one_dutch_sentence_and_keeps_every_commit(sqlite_store):
    store = sqlite_store
    create_user(store, "coach01", "Coach Een", "coach")
    coach = actor_for(store, "coach01")
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    store.engine.dispose()

    def cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 40}")

    event.listen(store.engine, "connect", cap)
    committed, error = intake_until_full(store, coach)
    typed = as_typed(error)
    assert isinstance(typed, DiskFullError)
    assert typed.message == DISK_FULL_MESSAGE
    assert "schijf is vol" in typed.message and "bewaard" in typed.message
    assert len(committed) > 3
    assert names_in(store) == {f"Schijf{i:05d}" for i in range(len(committed))}

    event.remove(store.engine, "connect", cap)
    store.engine.dispose()
    assert check_store(store, thorough=True).ok
    ClientService(store, coach).intake(  # with room again, writing simply works
        ClientInput(
            first_name="Weer", last_name="Ruimte", birth_date="1-1-1990", intake_status="werkend"
        )
    )
    assert "Ruimte" in names_in(store)


def test_os_disk_full_errors_are_recognised():
    assert isinstance(as_store_error(OSError(errno.ENOSPC, "No space left")), DiskFullError)
    assert as_store_error(OSError(errno.EACCES, "denied")) is None
    assert as_store_error(ValueError("x")) is None
    wrapped = RuntimeError("outer")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left")
    assert isinstance(as_store_error(wrapped), DiskFullError)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_dev_full_write_is_a_disk_full_error():
    with pytest.raises(OSError) as err, open("/dev/full", "wb") as fh:
        fh.write(b"x" * 10)
        fh.flush()
    assert isinstance(as_store_error(err.value), DiskFullError)


@pytest.fixture
def tiny_disk(tmp_path):
    """A 2 MB tmpfs mounted for this test; skipped where mounting is not permitted."""
    if not sys.platform.startswith("linux"):
        pytest.skip("tmpfs mount is Linux-only")
    mount_point = tmp_path / "klein"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], check=False).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system holding ``folder`` until ``leave`` bytes stay free."""
    import os

    filler = folder / "vuller"
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * max(0, free - leave))
    return filler


def test_full_tmpfs_keeps_commits_backups_and_files_intact(tiny_disk, tmp_path):
    key = new_raw_key()
    path = tiny_disk / "opslag.db"
    store = create_store(StoreLocation(path=path), key=key)
    try:
        create_user(store, "coach01", "Coach Een", "coach")
        coach = actor_for(store, "coach01")
        earlier = tiny_disk / "export.csv"
        earlier.write_text("eerdere export\n")
        filler = fill(tiny_disk, leave=160 * 1024)

        committed, error = intake_until_full(store, coach)
        typed = as_typed(error)
        assert isinstance(typed, DiskFullError), repr(error)
        assert committed, "some writes should have fitted before the disk was full"

        with pytest.raises(DiskFullError):
            b.make_backup(store, tiny_disk / "kopie", now=datetime(2026, 11, 15))
        assert not list((tiny_disk / "kopie").glob("*"))

        with pytest.raises(OSError) as err, atomic_write(earlier) as fh:
            fh.write(b"nieuwe export " * 100_000)
        assert isinstance(as_store_error(err.value), DiskFullError)
        assert earlier.read_text() == "eerdere export\n"
        assert [p.name for p in tiny_disk.iterdir() if p.name.endswith(".part")] == []

        filler.unlink()
        store.engine.dispose()
        expected = {f"Schijf{i:05d}" for i in range(len(committed))}
        assert names_in(store) == expected
    finally:
        store.close()
    reopened = open_store(StoreLocation(path=path), key=key)
    try:
        assert check_store(reopened, thorough=True).ok
        assert names_in(reopened) == expected
    finally:
        reopened.close()
