"""A store as the first release (schema ``0001_initial``) left it, with data in it.

Used by ``test_upgrade_path.py`` and by ``scripts/frozen_smoke.py``, which runs it with
the source tree's Python and then opens the result with the *frozen* program:

    python tests/packaging/old_store.py PATH     # key: $ZKIJDESK_PASSPHRASE

The rows are written with plain SQL against the 0001 tables (the ORM models describe
today's schema, not the first one), the way a coach's store looked after a few
months with release 0.1: a coach, a client with a route, and the store's mark.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FIRST_RELEASE = "0001_initial"
CLIENT_ID, ROUTE_ID, USER_ID = 7, 3, 1
CLIENT_LAST_NAME = "Kok"

ROWS = (
    "INSERT INTO store_info (id, store_uuid, created_at, created_by_version, is_demo, region)"
    " VALUES (1, '5b0f6a52-0000-4000-8000-000000000001', '2026-01-05 09:00:00', '0.1.0', 0,"
    " 'ZKIJ')",
    "INSERT INTO app_user (id, username, display_name, role, active, created_at)"
    " VALUES (1, 'coach01', 'Coach Een', 'coach', 1, '2026-01-05 09:00:00')",
    "INSERT INTO client (id, client_number, first_name, last_name, birth_date, intake_status,"
    " doelgroepregister, search_key, created_by_id, created_at, updated_at)"
    " VALUES (7, 'ZK0000007', 'Els', 'Kok', '1970-01-01', 'werkend', 0, 'kok els', 1,"
    " '2026-01-06 10:00:00', '2026-01-06 10:00:00')",
    "INSERT INTO route (id, client_id, coach_id, referral_source, intake_date, created_at,"
    " updated_at) VALUES (3, 7, 1, 'uwv', '2026-02-01', '2026-02-01 00:00:00',"
    " '2026-02-01 00:00:00')",
)


def make_first_release_store(path: Path, key) -> None:
    """Create ``path`` at schema 0001 with the rows above; refuses to overwrite."""
    from sqlalchemy import text

    from zkijdesk.storage import migrate
    from zkijdesk.storage.engine import sqlcipher_engine

    if path.exists():
        raise FileExistsError(path)
    engine = sqlcipher_engine(path, key)
    try:
        migrate.upgrade(engine, FIRST_RELEASE)
        with engine.begin() as conn:
            for row in ROWS:
                conn.execute(text(row))
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def passphrase_key(passphrase: str):
    from zkijdesk.storage.keys import KeyKind, StoreKey

    return StoreKey(KeyKind.PASSPHRASE, passphrase, "wachtwoordzin (test)")


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not os.environ.get("ZKIJDESK_PASSPHRASE"):
        print("gebruik: ZKIJDESK_PASSPHRASE=... python old_store.py PAD", file=sys.stderr)
        return 2
    path = Path(argv[0])
    make_first_release_store(path, passphrase_key(os.environ["ZKIJDESK_PASSPHRASE"]))
    print(f"opslag met schema {FIRST_RELEASE} gemaakt: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
