"""A restore killed between the page copy and the audit append is found by ``check``.

The restored pages hold the backup's log: whole, hash-chained, and shorter than the
log was. Without a record outside the store, ``check`` would pass while the entries
written since the backup are gone. The restore leaves the log's head beside the store
until the entries are back, and ``check`` reports a log that no longer reaches it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from zkijdesk.cli import EXIT_FAIL, main

PASS = "correct horse battery staple"
CHILD = Path(__file__).with_name("restore_kill_child.py")


@pytest.fixture
def store_with_backup(tmp_path, monkeypatch):
    """A store, a backup of it, and then more work (so more audit entries) after it."""
    from zkijdesk.services.container import Services
    from zkijdesk.services.dto import ClientInput, RouteInput
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.store import StoreLocation, open_store

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "s.db"
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == 0
    store = open_store(StoreLocation(path=path))
    create_user(store, "anna", "Anna", "coach", actor=actor_for(store, "beheer"))
    store.close()
    folder = tmp_path / "kopie"
    assert main(["--store", str(path), "--user", "beheer", "backup", "--to", str(folder)]) == 0
    [backup] = folder.glob("*.bak")
    store = open_store(StoreLocation(path=path))
    ctx = Services(store, actor_for(store, "anna"))
    for n in range(5):
        ctx.clients.intake(
            ClientInput(
                first_name="Na",
                last_name=f"Kopie{n}",
                birth_date=date(1990, 1, 1),
                intake_status="werkend",
            ),
            RouteInput(intake_date=date(2026, 1, 1)),
        )
    store.close()
    return path, backup


def test_a_restore_killed_before_the_audit_append_fails_check(store_with_backup, capsys):
    path, backup = store_with_backup
    root = str(Path(__file__).resolve().parents[2])  # this checkout's zkijdesk, not another
    pythonpath = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "ZKIJDESK_PASSPHRASE": PASS, "PYTHONPATH": pythonpath}
    child = subprocess.run(
        [sys.executable, str(CHILD), str(path), str(backup)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 137, child.stderr
    capsys.readouterr()
    assert main(["--store", str(path), "check"]) == EXIT_FAIL
    out = capsys.readouterr()
    report = out.out + out.err
    assert "terugzetting is onderbroken" in report and "auditlog" in report


def test_a_completed_restore_leaves_nothing_behind_and_checks_clean(store_with_backup, capsys):
    path, backup = store_with_backup
    assert main(["--store", str(path), "--user", "beheer", "restore", str(backup), "--yes"]) == 0
    assert not list(path.parent.glob("*.terugzetten.auditanker.json"))
    assert main(["--store", str(path), "check"]) == 0
