"""Shared set-up for the durability tests: a store on disk that child processes open."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


@dataclass(frozen=True)
class DiskStore:
    path: Path
    key: object  # StoreKey

    def child_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["ZKIJDESK_TEST_RAW_KEY"] = self.key.secret
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        return env

    def command(self, script: str, *args: object) -> list[str]:
        """A child process running one of the scripts beside this file."""
        return [sys.executable, str(HERE / script), *map(str, args)]

    def open(self):
        from zkijdesk.storage.store import StoreLocation, open_store

        return open_store(StoreLocation(path=self.path), key=self.key)


@pytest.fixture
def disk_store(tmp_path) -> DiskStore:
    """A closed store with an admin and a coach, ready for another process to open."""
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    key = new_raw_key()
    path = tmp_path / "duurzaam.db"
    store = create_store(StoreLocation(path=path), key=key)
    create_user(store, "beheer", "Beheerder", "admin")
    create_user(store, "coach01", "Coach Een", "coach", actor=actor_for(store, "beheer"))
    store.close()
    return DiskStore(path, key)
