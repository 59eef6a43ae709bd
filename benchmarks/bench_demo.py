"""Demo data for a whole region: 30,000 clients over five years.

Generates the same seeded dataset three ways in one run: into the encrypted store
(the product), into an unencrypted SQLite file with the same settings (what the
encryption costs), and into PostgreSQL when a server is configured (the team mode).
Also times opening the store and `zkijdesk check` on it.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, event, text

from zkijdesk.services.demo import generate_demo
from zkijdesk.storage import migrate
from zkijdesk.storage.engine import SQLITE_PRAGMAS
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import (
    Store,
    StoreLocation,
    check_store,
    create_store,
    open_store,
)

TODAY = date(2026, 11, 1)
PG_ENVS = ("ZKIJDESK_BENCH_DATABASE_URL", "ZKIJDESK_TEST_DATABASE_URL")


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def _plain_sqlite_store(path: Path) -> Store:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        for pragma in SQLITE_PRAGMAS:
            dbapi_connection.execute(pragma).fetchall()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    migrate.upgrade(engine)
    store = Store(engine, StoreLocation(path=path))
    from zkijdesk.models import StoreInfo

    with store.session() as s:
        s.add(StoreInfo(store_uuid=str(uuid.uuid4()), created_by_version="bench", is_demo=True))
    return store


def _size_mib(path: Path) -> float:
    total = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    return total / 1024 / 1024


def run(quick: bool = False) -> str:
    clients = 2_000 if quick else 30_000
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        key = new_raw_key()
        store = create_store(StoreLocation(path=folder / "demo.db"), key=key)
        summary, encrypted_s = _timed(
            lambda: generate_demo(store, clients=clients, seed=1, today=TODAY)
        )
        store.close()
        size = _size_mib(folder / "demo.db")
        reopened, open_s = _timed(
            lambda: open_store(StoreLocation(path=folder / "demo.db"), key=key)
        )
        report, check_s = _timed(lambda: check_store(reopened))
        assert report.ok, report.problems
        reopened.close()
        rows.append(("encrypted SQLite (SQLCipher), the product", f"{encrypted_s:.1f} s", "1.00"))

        plain = _plain_sqlite_store(folder / "plain.db")
        _, plain_s = _timed(lambda: generate_demo(plain, clients=clients, seed=1, today=TODAY))
        plain.close()
        rows.append(
            (
                "unencrypted SQLite, same settings",
                f"{plain_s:.1f} s",
                f"{plain_s / encrypted_s:.2f}",
            )
        )

        pg_url = next((os.environ[e] for e in PG_ENVS if os.environ.get(e)), None)
        if pg_url:
            schema = f"zk_bench_{uuid.uuid4().hex[:8]}"
            admin = create_engine(pg_url)
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            try:
                pg = create_store(StoreLocation(url=pg_url, schema=schema))
                _, pg_s = _timed(lambda: generate_demo(pg, clients=clients, seed=1, today=TODAY))
                pg.close()
                rows.append(("PostgreSQL 127.0.0.1", f"{pg_s:.1f} s", f"{pg_s / encrypted_s:.2f}"))
            finally:
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()

    counts = ", ".join(f"{v:,} {k}".replace(",", "\u2009") for k, v in vars(summary).items())
    table = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
    return f"""## Demo data generation (`bench_demo`)

Dataset: `generate_demo(clients={clients:,}, seed=1)`, five years of routes up to
{TODAY:%Y-%m-%d}: {counts}.

| target | time | ratio to encrypted |
| --- | --- | --- |
{table}

- Encrypted store size after closing (WAL checkpointed): **{size:.1f} MiB**.
- Opening that store (key check, schema check): {open_s * 1000:.0f} ms.
- `zkijdesk check` on it (integrity, cipher integrity, foreign keys): {check_s:.1f} s.
- Target (issue 2): 30,000 clients in under a minute on a two-core machine."""
