"""Demo data for a whole region: 30,000 clients over five years.

Generates the same seeded dataset three ways in one run: into the encrypted store
(the product), into an unencrypted SQLite file with the same settings (what the
encryption costs), and into PostgreSQL when a server is configured (the team mode).
Also times opening the store and `zkijdesk check` on it.

Then the demo at ten times the region (issue 17): `zkijdesk demo --clients N` as a
user runs it, in a child process each (``SCALE_SIZES``), timed from start to exit with
its peak resident memory (``os.wait4``), so that the growth 30,000 -> 300,000 of time
and of memory is read off one run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, event, text

from zkijdesk.services.demo import generate_demo
from zkijdesk.storage import migrate
from zkijdesk.storage.engine import SQLITE_PRAGMAS
from zkijdesk.storage.keys import KeyKind, StoreKey, new_raw_key
from zkijdesk.storage.store import (
    Store,
    StoreLocation,
    check_store,
    create_store,
    open_store,
)

TODAY = date(2026, 11, 1)
PG_ENVS = ("ZKIJDESK_BENCH_DATABASE_URL", "ZKIJDESK_TEST_DATABASE_URL")
ROOT = Path(__file__).resolve().parent.parent
#: Clients of the command-line runs; ZKIJDESK_BENCH_DEMO_SIZES (commas) overrides.
SCALE_SIZES = (30_000, 300_000)
QUICK_SCALE_SIZES = (2_000, 20_000)


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


def _cli_demo(folder: Path, clients: int) -> tuple[float, float, int]:
    """Seconds, peak resident MiB and rows of `zkijdesk demo` in a process of its own."""
    env = {k: v for k, v in os.environ.items() if k != "ZKIJDESK_PASSPHRASE"}
    env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        ZKIJDESK_PASSPHRASE="a passphrase for the benchmark only",
        ZKIJDESK_HOME=str(folder / "home"),
    )
    target = folder / f"scale-{clients}.db"
    args = [sys.executable, "-m", "zkijdesk", "--store", str(target), "demo"]
    args += ["--clients", str(clients), "--seed", "7"]
    started = time.perf_counter()
    process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    assert process.stdout is not None
    output = process.stdout.read()
    process.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"demo --clients {clients} failed: {output[-2000:]}")
    store = open_store(StoreLocation(path=target), key=_passphrase_key(env))
    try:
        with store.engine.connect() as conn:
            rows = sum(
                conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in _DEMO_TABLES
            )
    finally:
        store.close()
    for path in folder.glob(f"scale-{clients}.db*"):
        path.unlink()
    return elapsed, usage.ru_maxrss / 1024, rows


def _passphrase_key(env: dict[str, str]) -> StoreKey:
    return StoreKey(KeyKind.PASSPHRASE, env["ZKIJDESK_PASSPHRASE"], "benchmark")


_DEMO_TABLES = (
    "app_user",
    "project",
    "employer",
    "employer_contact",
    "employer_contact_log",
    "vacancy",
    "vacancy_skill",
    "client",
    "client_skill",
    "client_target_group",
    "route",
    "guidance",
    "training",
    "placement",
    "placement_follow_up",
    "activity",
    "task",
    "candidacy",
    "client_work_preference",
)


def _scale(quick: bool) -> str:
    sizes = QUICK_SCALE_SIZES if quick else SCALE_SIZES
    if os.environ.get("ZKIJDESK_BENCH_DEMO_SIZES"):
        sizes = tuple(int(n) for n in os.environ["ZKIJDESK_BENCH_DEMO_SIZES"].split(","))
    measured = []
    with tempfile.TemporaryDirectory() as tmp:
        for clients in sizes:
            measured.append((clients, *_cli_demo(Path(tmp), clients)))
    first_clients, first_s, first_mib, _ = measured[0]
    lines = []
    for clients, seconds, mib, rows in measured:
        growth = (
            f"{seconds / first_s:.1f}× time, {mib / first_mib:.2f}× memory "
            f"for {clients / first_clients:.0f}× clients"
            if clients != first_clients
            else "1.0×"
        )
        lines.append(
            f"| {clients:,} | {rows:,} | {seconds:.1f} s | {rows / seconds:,.0f} | "
            f"{mib:.0f} MiB | {growth} |"
        )
    table = "\n".join(lines)
    return f"""### The demo at ten times the region (issue 17)

`zkijdesk demo --clients N --seed 7` on a new encrypted store (passphrase), each in a
process of its own: wall time from start to exit (store made, rows written, indexes
built, store closed) and the process's peak resident memory.

| clients | rows | time | rows/s | peak memory | growth |
| --- | --- | --- | --- | --- | --- |
{table}

- Targets (issue 17): 300,000 clients in under 3 minutes; memory flat (rows are
  written a batch of 2,000 clients at a time, the secondary indexes built once at the
  end with the sort spilling to a file)."""


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
- Target (issue 2): 30,000 clients in under a minute on a two-core machine.

{_scale(quick)}"""
