"""A coach who installs the new release over the first one finds her store intact.

The store was written by release 0.1 (schema ``0001_initial``). The new program opens
it the way an IT-rolled-out upgrade does: ``zkijdesk check`` from the command line,
which upgrades the schema after writing an encrypted backup beside the store. The
frozen counterpart of this test is in ``scripts/frozen_smoke.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys

from old_store import (
    CLIENT_ID,
    CLIENT_LAST_NAME,
    FIRST_RELEASE,
    ROUTE_ID,
    make_first_release_store,
    passphrase_key,
)
from sqlalchemy import text

from zkijdesk.storage import migrate
from zkijdesk.storage.engine import sqlcipher_engine
from zkijdesk.storage.store import StoreLocation, open_store

PASS = "eerste release wachtwoordzin"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()}
    env["ZKIJDESK_PASSPHRASE"] = PASS
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "zkijdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_first_release_store_upgrades_on_check_with_a_backup_and_keeps_its_data(tmp_path):
    path = tmp_path / "zkijdesk.db"
    key = passphrase_key(PASS)
    make_first_release_store(path, key)

    result = run_cli("--store", str(path), "check")

    assert result.returncode == 0, result.stderr
    assert "reservekopie" in result.stdout
    assert f"Opslag in orde (schema {migrate.SCHEMA_HEAD})" in result.stdout
    [backup] = tmp_path.glob(f"zkijdesk.voor-migratie-{FIRST_RELEASE}.*.bak")
    old = sqlcipher_engine(backup, key)
    try:
        assert migrate.current_revision(old) == FIRST_RELEASE
    finally:
        old.dispose()

    store = open_store(StoreLocation(path=path), key=key)
    try:
        assert store.backups == []  # already current: no second backup
        with store.engine.connect() as conn:
            last_name = conn.execute(
                text("SELECT last_name FROM client WHERE id = :i"), {"i": CLIENT_ID}
            ).scalar()
            route_client = conn.execute(
                text("SELECT client_id FROM route WHERE id = :i"), {"i": ROUTE_ID}
            ).scalar()
        assert last_name == CLIENT_LAST_NAME
        assert route_client == CLIENT_ID
    finally:
        store.close()


def test_first_release_store_refuses_the_wrong_passphrase_and_stays_at_its_schema(tmp_path):
    path = tmp_path / "zkijdesk.db"
    make_first_release_store(path, passphrase_key(PASS))
    before = path.read_bytes()

    env_result = subprocess.run(
        [sys.executable, "-m", "zkijdesk", "--store", str(path), "check"],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "ZKIJDESK_PASSPHRASE": "een andere wachtwoordzin",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        },
        stdin=subprocess.DEVNULL,
        timeout=120,
    )

    assert env_result.returncode == 1
    assert "sleutel is onjuist" in env_result.stderr
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))
