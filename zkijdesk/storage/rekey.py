"""Re-keying a store: after recovery, or to move it to this workstation's keyring."""

from __future__ import annotations

from zkijdesk.storage import keys
from zkijdesk.storage.engine import driver_connection
from zkijdesk.storage.store import Store


def rekey(store: Store, new_key: keys.StoreKey) -> None:
    """Re-encrypt every page under ``new_key``; the old key stops working at once."""
    assert store.location.path is not None, "only a file store has its own key"
    literal = new_key.sqlcipher_literal().replace('"', '""')
    with store.engine.connect() as conn:
        raw = driver_connection(conn)
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute(f'PRAGMA rekey = "{literal}"')
    store.engine.dispose()
    store.key = new_key
