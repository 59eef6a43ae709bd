"""The backup at closing is made after the window has gone, by a helper process; what
the helper could not make, the next start makes (issue 17: closing never waits)."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from zkijdesk.services.backups import BackupService
from zkijdesk.services.users import actor_for, create_user
from zkijdesk.storage import backup as b
from zkijdesk.storage import closing_backup as closing
from zkijdesk.storage.keys import KeyKind, StoreKey
from zkijdesk.storage.store import StoreLocation, create_store

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 15, 17, 30)


def _service(store, now=NOW) -> BackupService:
    create_user(store, "coach01", "Coach Een", "coach")
    return BackupService(store, actor_for(store, "coach01"), now=lambda: now)


def _backups(store) -> list[Path]:
    folder = store.location.path.parent / "reservekopieen"
    return sorted(folder.glob(f"*{b.BACKUP_SUFFIX}")) if folder.is_dir() else []


def test_closing_notes_the_backup_and_the_helper_makes_it_after_the_app_has_gone(
    sqlite_store, monkeypatch
):
    """The helper runs for real: the installed program, its own process, the store's
    key from the key vault through the keyring API (a backend that hands out this
    store's key, as the OS vault would)."""
    service = _service(sqlite_store)
    start = service.hand_off_closing_backup()
    path = sqlite_store.location.path
    assert closing.due_since(path) == NOW
    assert start is not None
    assert _backups(sqlite_store) == []  # nothing made while the window closes
    secret = sqlite_store.key.secret
    sqlite_store.close()  # the app closes the store before the helper starts

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "benchmarks._gui_keyring.EnvKeyring")
    monkeypatch.setenv("ZKIJDESK_BENCH_STORE_KEY", secret)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    helper = closing.start_helper(path, "coach01")
    assert helper.wait(timeout=180) == 0
    assert closing.due_since(path) is None
    made = _backups(sqlite_store)
    assert len(made) == 1
    assert b.inspect_backup(made[0], StoreKey(KeyKind.RAW, secret, "test")).counts["app_user"] == 1


def test_the_helper_is_the_program_itself():
    command = closing.helper_command(Path("/data/regio.db"), "coach01")
    assert command[:3] == [sys.executable, "-m", "zkijdesk"]
    assert command[3:] == ["--store", "/data/regio.db", "--user", "coach01", "backup", "--closing"]


def test_a_closing_backup_left_unmade_is_made_at_the_next_start_whatever_the_day(sqlite_store):
    service = _service(sqlite_store)
    assert service.backup_if_due() is not None  # today's backup at the start
    service.hand_off_closing_backup()  # the app closed; the helper never ran
    later = BackupService(sqlite_store, service.actor, now=lambda: NOW + timedelta(hours=2))
    assert later.unmade_closing_backup() == NOW
    made = later.backup_if_due()  # the next start, the same day: made all the same
    assert made is not None and made.taken_at == NOW + timedelta(hours=2)
    assert later.unmade_closing_backup() is None
    assert later.backup_if_due() is None  # and only once


def test_a_passphrase_store_leaves_its_closing_backup_to_the_next_start(tmp_path):
    """Only the user knows the passphrase: no helper can open the store alone."""
    store = create_store(
        StoreLocation(path=tmp_path / "regio.db"),
        key=StoreKey(KeyKind.PASSPHRASE, "een lange zin die alleen de coach kent", "test"),
    )
    try:
        service = _service(store)
        assert service.hand_off_closing_backup() is None
        assert service.unmade_closing_backup() == NOW
        assert service.backup_if_due() is not None
    finally:
        store.close()


def test_a_note_cut_short_by_a_crash_still_says_a_backup_is_due(tmp_path):
    store_path = tmp_path / "regio.db"
    closing.due_note(store_path).write_text('{"since": "2026-11', encoding="utf-8")
    assert closing.due_since(store_path) is not None
    closing.clear_due(store_path)
    assert closing.due_since(store_path) is None


def test_a_start_while_the_helper_works_leaves_the_backup_to_it(sqlite_store):
    """Closing and starting again at once: the helper is still making the backup."""
    service = _service(sqlite_store)
    assert service.backup_if_due() is not None
    service.hand_off_closing_backup()
    path = sqlite_store.location.path
    with closing.helper_lock(path):  # the helper at work (an OS lock, as the helper holds)
        assert closing.helper_at_work(path)
        assert service.unmade_closing_backup() is None
        assert service.backup_if_due() is None  # no second backup beside the helper's
    assert not closing.helper_at_work(path)
    assert service.unmade_closing_backup() == NOW


def test_closing_stops_the_start_backup_halfway_and_nothing_is_left_behind(sqlite_store):
    """The window asks a running automatic backup to stop rather than wait for it; the
    copy stops between two steps, the check between two of its questions."""
    from zkijdesk.services.demo import generate_demo

    generate_demo(sqlite_store, clients=1000, seed=2, today=NOW.date())
    with sqlite_store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    assert pages > 3 * b.STOP_PAGES  # the copy takes several steps
    folder = sqlite_store.location.path.parent / "reservekopieen"
    asked: list[bool] = []

    def stop() -> bool:
        asked.append(True)
        return len(asked) >= 2

    with pytest.raises(b.BackupStopped):
        b.make_backup(sqlite_store, folder, now=NOW, kind=b.KIND_AUTO, stop=stop)
    assert len(asked) == 2
    assert list(folder.iterdir()) == []  # no backup, no partial copy
    made = b.make_backup(sqlite_store, folder, now=NOW, kind=b.KIND_AUTO, stop=lambda: False)
    with pytest.raises(b.BackupStopped):
        b.inspect_backup(made.path, sqlite_store.key, thorough=False, stop=lambda: True)
    assert b.inspect_backup(made.path, sqlite_store.key).counts["client"] == 1000


def test_a_second_closings_helper_waits_for_the_first_and_makes_its_own(sqlite_store):
    """Closing, starting and closing again while the first helper still copies: the
    second closing's changes came after that copy, so its helper waits and backs up."""
    import threading

    from zkijdesk import cli
    from zkijdesk.storage import keys

    _service(sqlite_store)
    path = sqlite_store.location.path
    keys.save_to_keyring(path, sqlite_store.key)  # as the app keeps it
    sqlite_store.close()
    first = closing.helper_lock(path).acquire()  # the first helper at work
    released = threading.Timer(1.5, first.release)
    released.start()
    try:
        argv = ["--store", str(path), "--user", "coach01", "backup", "--closing"]
        assert cli.main(argv) == 0
    finally:
        released.join()
    assert not first.held
    assert len(_backups(sqlite_store)) == 1
