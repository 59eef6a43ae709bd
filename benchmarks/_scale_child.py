"""One operation of ``bench_scale`` in a process of its own, so that the peak memory the
parent reads for it (``os.wait4``) is that operation's and nobody else's.

    python -m benchmarks._scale_child OP sqlite PATH              (key in the environment)
    python -m benchmarks._scale_child OP postgresql URL SCHEMA
    python -m benchmarks._scale_child make CLIENTS sqlite PATH    (or postgresql URL SCHEMA)
    python -m benchmarks._scale_child movein PATH TEAM_URL PREFIX (key in the environment)

Prints one JSON line of figures in milliseconds (or seconds where named so), each with
its floor measured in the same process: the plain DB-API read of the same rows, or
the plain file work (a copy, a read) for backup and check.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select, text

from benchmarks import bench_export, bench_scale_reads
from benchmarks._gui_keyring import KEY_ENV
from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.services.base import Actor
from zkijdesk.services.client_list import ClientListQuery, ClientListService
from zkijdesk.services.demo import generate_demo
from zkijdesk.services.reporting import ReportingService
from zkijdesk.services.users import actor_for
from zkijdesk.storage import team_admin
from zkijdesk.storage.keys import KeyKind, StoreKey
from zkijdesk.storage.store import Store, StoreLocation, check_store, create_store, open_store

TODAY = bench_scale_reads.TODAY
SEARCHES = ("jan", "de v", "bak", "mo", "ver", "el", "ha", "sm")


def _ms(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _raw_ms(store: Store, sql: str, params: tuple) -> float:
    return bench_scale_reads._raw(store, [(sql, params)])


def _lead(store: Store) -> Actor:
    with store.read_session() as s:
        lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD).order_by(m.User.id))
    return Actor(lead, Role.TEAMLEAD)


def _lead_name(store: Store) -> str:
    with store.read_session() as s:
        return s.scalar(
            select(m.User.username).where(m.User.role == Role.TEAMLEAD).order_by(m.User.id)
        )


def search(store: Store) -> dict:
    """The client list as the coach of the fullest file searches it (their caseload and
    the clients shared with them), against the same SQL through the bare DB-API."""
    with store.engine.connect() as conn:
        coach = conn.exec_driver_sql(bench_scale_reads.FULLEST.replace("?", "1")).one()[1]
    service = ClientListService(store, actor_for(store, coach), lambda: TODAY)
    service.search(ClientListQuery(text="a"))  # warm-up
    times = [_ms(lambda q=q: service.search(ClientListQuery(text=q))) for q in SEARCHES]
    floors = []
    for q in SEARCHES:
        statement = service._ids_statement(ClientListQuery(text=q)).compile(
            dialect=store.engine.dialect, compile_kwargs={"literal_binds": True}
        )
        floors.append(_raw_ms(store, str(statement).replace("%", "%%"), ()))
    return {
        "search_ms": statistics.median(times),
        "search_max_ms": max(times),
        "search_floor_ms": statistics.median(floors),
    }


def files(store: Store) -> dict:
    found = bench_scale_reads._files(store)
    with store.engine.connect() as conn:
        fullest = bench_scale_reads.FULLEST.replace("?", "1")
        coach = conn.exec_driver_sql(fullest).one()[1]
    return {
        "file_ms": found["median"],
        "file_max_ms": found["slowest"],
        "file_floor_ms": found["floor"],
        "coach": coach,
    }


def matching(store: Store) -> dict:
    found = bench_scale_reads._matching(store)
    return {
        "matching_ms": found["median"],
        "matching_max_ms": found["slowest_call"],
        "matching_floor_ms": found["floor"],
    }


def export(store: Store) -> dict:
    """January, the year's first publication, in every format; then October with
    January to September in the ledger, as ``bench_export`` does."""
    year, month = bench_export.YEAR, bench_export.MONTH_NO
    with store.session() as s:  # a kept store starts with an empty ledger again
        s.execute(delete(m.Publication))
    lead = ReportingService(store, actor_for(store, _lead_name(store)), lambda: TODAY)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        first = _ms(lambda: lead.export(f"{year}-01", out / "jan"))
        for number in range(2, month):
            lead.export(f"{year}-{number:02d}", out / f"m{number}", "json")
        ledger = _ms(lambda: lead.export(f"{year}-{month:02d}", out / "okt"))
    floor = _ms(lambda: bench_export._plain_group_by(store))
    return {"export_first_ms": first, "export_ms": ledger, "export_floor_ms": floor}


#: Runs of the linear backup and check (and their floors) whose median is reported: one
#: run of each swung their growth by 5 % between runs, across the 10x target.
REPEATS = 3


def _median_ms(make) -> float:
    """The median time of ``REPEATS`` runs; ``make(i)`` gives run ``i``'s callable."""
    return statistics.median(_ms(make(i)) for i in range(REPEATS))


def _settled(fn):
    """``fn``, to be timed once what earlier runs wrote or removed has reached the disk.

    A run that starts while the kernel still writes back the previous run's gigabyte
    competes with that writeback. With the plain-copy floor timed between the backups,
    three backups of the 300,000-client store took 25.8 s on average against 22.6 s
    for the same backups started after a sync, and the 30,000-client ones (a tenth of
    the bytes) showed no such difference: growth above 10x that was the benchmark's
    own. Every timed run now starts from the same state."""
    os.sync()
    return fn


def backup(store: Store) -> dict:
    """Backups with the linear proof (``backup``, the daily automatic one; median of
    ``REPEATS``), one with the full integrity check (``backup --volledig``, the first
    automatic one of a week), and the floor: a plain copy of the store's file. Each
    timed run starts after a sync (``_settled``), and the floors are timed after the
    backups rather than between them."""
    from zkijdesk.storage import backup as b

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        now = datetime(2026, 11, 2, 17, 0)
        runs, floors = [], []
        for _run in range(REPEATS):
            # Each copy goes before the next run, as rotation removes old backups, so
            # the runs do not pile gigabytes of copies up beside each other.
            runs.append(
                _ms(_settled(lambda: b.make_backup(store, folder / "a", now=now, thorough=False)))
            )
            shutil.rmtree(folder / "a")
        full = _ms(_settled(lambda: b.make_backup(store, folder / "h", now=now, thorough=True)))
        shutil.rmtree(folder / "h")
        for _run in range(REPEATS):
            copy = _settled(lambda: shutil.copyfile(store.location.path, folder / "kopie.db"))
            floors.append(_ms(copy))
            (folder / "kopie.db").unlink()
    quick = statistics.median(runs)
    mib = store.location.path.stat().st_size / 2**20
    return {
        "backup_ms": quick,
        "backup_full_ms": full,
        "backup_floor_ms": statistics.median(floors),
        "store_mib": mib,
        "backup_per_mib_ms": quick / mib,
    }


def check(store: Store) -> dict:
    """``zkijdesk check`` (linear structure proof, cipher pages, audit chain; median of
    ``REPEATS``) and ``check --volledig`` (SQLite's full integrity check and every
    foreign key), against the floor of reading the file once (SQLite) or counting every
    client (PostgreSQL)."""
    took = _median_ms(lambda _i: lambda: check_store(store))
    figures = {"check_ms": took}
    if store.is_sqlite:
        figures["check_full_ms"] = _ms(lambda: check_store(store, thorough=True))

        def read() -> None:
            digest = hashlib.sha256()
            with open(store.location.path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)

        floor = _median_ms(lambda _i: read)
    else:
        floor = _raw_ms(store, "SELECT count(*) FROM client", ())
    return {**figures, "check_floor_ms": floor}


OPS = {f.__name__: f for f in (search, files, matching, export, backup, check)}


def _location(argv: list[str]) -> tuple[StoreLocation, StoreKey | None]:
    if argv[0] == "sqlite":
        return StoreLocation(path=Path(argv[1])), StoreKey(
            KeyKind.RAW, os.environ[KEY_ENV], "bench"
        )
    return StoreLocation(url=argv[1], schema=argv[2]), None


def make(clients: int, argv: list[str]) -> dict:
    """The demo store, as ``zkijdesk demo`` makes it (in a child, for its memory)."""
    location, key = _location(argv)
    store = create_store(location, key=key, is_demo=True)
    try:
        started = time.perf_counter()
        generate_demo(store, clients=clients, seed=bench_scale_reads.SEED, today=TODAY)
        return {"demo_s": time.perf_counter() - started}
    finally:
        store.close()


def team_login(prefix: str, username: str) -> str:
    """A person's login on the scratch team database: the role prefix makes it the run's
    own, so dropping the database's roles afterwards finds every one of them."""
    return f"{prefix}_u_{username}"


def movein(path: str, url: str, prefix: str) -> dict:
    """``team move-in`` of the workstation store into a new team database that has a
    login for each of its users, as IT prepares one; only the move itself is timed."""
    location, key = _location(["sqlite", path])
    local = open_store(location, key=key)
    try:
        with local.engine.connect() as conn:
            users = conn.execute(text("SELECT username, role FROM app_user")).all()
    finally:
        local.close()
    team_admin.init_team(url, prefix, f"{prefix}_fb", "Beheer", None)
    mapping = {}
    for username, role in users:
        mapping[username] = team_login(prefix, username)
        team_admin.add_user(url, mapping[username], username, role, None)
    started = time.perf_counter()
    report = team_admin.move_in_store(url, location, key=key, user_mapping=mapping)
    took = (time.perf_counter() - started) * 1000
    return {"movein_ms": took, "moved_clients": report.moved.get("client", 0)}


def main() -> int:
    op, where = sys.argv[1], sys.argv[2:]
    if op == "make":
        figures = make(int(where[0]), where[1:])
    elif op == "movein":
        figures = movein(*where)
    else:
        location, key = _location(where)
        os.sync()  # what the previous operation wrote is not this one's to write back
        store = open_store(location, key=key)
        try:
            figures = OPS[op](store)
        finally:
            store.close()
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
