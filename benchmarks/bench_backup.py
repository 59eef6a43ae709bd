"""Backup, verification and restore of a whole region's store (30,000 demo clients).

Times the verified online backup (one read transaction: counts + SQLite's backup API),
the verification alone (integrity_check, cipher_integrity_check, counts on the copy),
the restore (which first makes its own safety backup), and, for comparison in the same
run, SQLCipher's ``VACUUM INTO`` copy that the migration backup uses.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from zkijdesk.services.demo import generate_demo
from zkijdesk.storage import backup as b
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, backup_copy, create_store, open_store

TODAY = date(2026, 11, 1)
NOW = datetime(2026, 11, 1, 17, 0)


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def _mib(path: Path) -> float:
    return path.stat().st_size / 1024 / 1024


def run(quick: bool = False) -> str:
    clients = 2_000 if quick else 30_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        key = new_raw_key()
        path = folder / "regio.db"
        store = create_store(StoreLocation(path=path), key=key)
        generate_demo(store, clients=clients, seed=1, today=TODAY)
        store.close()
        store = open_store(StoreLocation(path=path), key=key)
        try:
            made, backup_s = _timed(lambda: b.make_backup(store, folder / "kopie", now=NOW))
            _, verify_s = _timed(lambda: b.inspect_backup(made.path, key, expected=made.snapshot))
            vacuum, vacuum_s = _timed(
                lambda: backup_copy(store, reason="vergelijking", folder=folder)
            )
            _, restore_s = _timed(
                lambda: b.restore_backup(store, made.path, safety_folder=folder / "veilig", now=NOW)
            )
            store_mib = _mib(path)
            rows = made.snapshot.total_rows
        finally:
            store.close()
        backup_mib, vacuum_mib = _mib(made.path), _mib(vacuum)

    ratio = {name: value / backup_s for name, value in (("v", verify_s), ("x", vacuum_s))}
    restore_ratio = restore_s / backup_s
    n_clients = f"{clients:,}".replace(",", " ")
    n_rows = f"{rows:,}".replace(",", " ")
    return f"""## Backup and restore (`bench_backup`)

Dataset: `generate_demo(clients={n_clients}, seed=1)`, {n_rows} rows in all tables;
store file {store_mib:.1f} MiB.

| step | time | ratio to backup |
| --- | --- | --- |
| verified online backup (copy + verification), `make_backup` | {backup_s:.2f} s | 1.00 |
| of which verification alone, `inspect_backup` | {verify_s:.2f} s | {ratio["v"]:.2f} |
| `VACUUM INTO` copy, unverified (migration backup) | {vacuum_s:.2f} s | {ratio["x"]:.2f} |
| restore, incl. its safety backup of the current state | {restore_s:.2f} s | {restore_ratio:.2f} |

- Backup file {backup_mib:.1f} MiB (online backup API copies pages), `VACUUM INTO` copy
  {vacuum_mib:.1f} MiB (compacted).
- Writers carry on while a backup runs (it reads one WAL snapshot); the automatic
  backup at closing adds the first row's time to closing the app, once per close."""
