"""Ten times the region in one run (issue 17): start-up, search, opening files, the
monthly export, team matching, backup, closing and ``check`` on demo stores of 30,000
and 300,000 clients, on encrypted SQLite and on PostgreSQL, each figure with its
growth for ten times the data and its floor (the same rows through the bare DB-API,
the plain file work, a bare Qt window), and the peak memory of each operation.

    python3 dev.py bench --clients 300000          (this benchmark: 30,000 and 300,000)
    python3 dev.py bench bench_scale --quick       (2,000 and 20,000: a smoke run)

Every operation runs in a process of its own (``benchmarks/_scale_child.py``), so its
peak resident memory (``os.wait4``) is its own. PostgreSQL runs when
``ZKIJDESK_BENCH_DATABASE_URL`` names a server (as ``postgres``: a database the
benchmark may create schemas in, on a server where it may create databases and
roles). The service-level operations run on a plain schema the demo fills. Start-up
and closing cannot: the app on PostgreSQL signs in as the person's own login on a team
database under row-level security. So for each size the SQLite store of that size is
moved into a new team database with ``team move-in`` (timed: it is how a team gets
there), the app is started and closed there as a coach's login, and the database and
its roles are dropped afterwards, whatever happened. Stores are made once per run, or
kept between runs in ``ZKIJDESK_BENCH_CACHE`` (SQLite files there, PostgreSQL schemas
left in place; a team database never is).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks import bench_gui, bench_scale_reads
from benchmarks._scale_child import team_login
from zkijdesk.storage import closing_backup, team_admin
from zkijdesk.storage.keys import new_raw_key

ROOT = Path(__file__).resolve().parent.parent
PG_ENV = "ZKIJDESK_BENCH_DATABASE_URL"
SIZES = (30_000, 300_000)
QUICK_SIZES = (2_000, 20_000)
STARTS = 3
OPS = ("search", "files", "matching", "export", "backup", "check")
SQLITE_ONLY = {"backup"}

#: (figure, label, floor figure or None, unit)
ROWS = (
    ("usable_ms", "start-up: window usable", "bare_ms", "ms"),
    ("search_ms", "client list search as a coach: median of 8", "search_floor_ms", "ms"),
    ("search_max_ms", "client list search: slowest", None, "ms"),
    ("file_ms", "open a client file (20 fullest): median", "file_floor_ms", "ms"),
    ("file_max_ms", "open a client file: slowest", None, "ms"),
    ("matching_ms", "team matching, one vacancy: median", "matching_floor_ms", "ms"),
    ("matching_max_ms", "team matching: slowest call", None, "ms"),
    ("export_first_ms", "export, January, four formats, empty ledger", "export_floor_ms", "s"),
    ("export_ms", "export, October, four formats, January-September in the ledger", None, "s"),
    (
        "backup_ms",
        "`backup` and the daily automatic one (linear proof): median of 3",
        "backup_floor_ms",
        "s",
    ),
    ("backup_full_ms", "`backup --volledig`, the weekly one (full integrity check)", None, "s"),
    ("store_mib", "the store's file, which every backup copies and proves", None, "MiB"),
    ("backup_per_mib_ms", "`backup` (linear proof) per MiB of the store", None, "ms"),
    ("closing_ms", "closing the app: from asking to a closed window", None, "ms"),
    ("check_ms", "`zkijdesk check` (linear proof): median of 3", "check_floor_ms", "s"),
    ("check_full_ms", "`zkijdesk check --volledig` (full integrity check)", None, "s"),
    ("movein_ms", "`team move-in` of the workstation store", None, "s"),
)
FLOORS = {
    "bare_ms": "a bare PySide6 window's first paint, started in turns with the app",
    "search_floor_ms": "the service's own SQL, bare DB-API",
    "file_floor_ms": "the file's rows, bare DB-API",
    "matching_floor_ms": "reading every active client and skill holder, bare DB-API",
    "export_floor_ms": "four event indicators, one plain GROUP BY each",
    "backup_floor_ms": "a plain copy of the store's file",
    "check_floor_ms": "reading the store's file once (PostgreSQL: counting the clients)",
}

NOTES = {
    "PostgreSQL": (
        "Start-up and closing on PostgreSQL are the app's, on a team database under "
        "row-level security: the SQLite store of the same size moved in with `team "
        "move-in` (its time above, its memory as move-in), the app started with "
        "`--database-url` as a coach's own login (the coach of the SQLite rows), median "
        f"of {STARTS} starts after an uncounted one; the database and its roles are dropped "
        "afterwards. The other rows are on a schema the demo filled."
    ),
}


def _child(args: list[str], env: dict[str, str]) -> tuple[dict, float]:
    """Run one operation in a child; its figures and its peak memory in MiB."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._scale_child", *args],
            stdout=out,
            stderr=err,
            env=env,
            cwd=ROOT,
        )
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"{args[:2]} failed: {err.read().decode()[-3000:]}")
        figures = json.loads(out.read().decode().strip().splitlines()[-1])
    return figures, usage.ru_maxrss / 1024  # KiB on Linux


def _env(home: Path, secret: str, scratch: Path) -> dict[str, str]:
    return bench_gui._env(home, secret, scratch / "pycache")


def _sqlite(clients: int, folder: Path, env_for) -> tuple[list[str], str, dict]:
    """The SQLite store of this size (made in a child, or kept), its key, how made."""
    seed, day = bench_scale_reads.SEED, bench_scale_reads.TODAY
    path = folder / f"demo-{clients}-seed{seed}-{day:%Y%m%d}.db"
    key_file = path.with_suffix(".key")
    if path.exists() and key_file.exists():
        return ["sqlite", str(path)], key_file.read_text().strip(), {}
    path.unlink(missing_ok=True)
    secret = new_raw_key().secret
    figures, memory = _child(["make", str(clients), "sqlite", str(path)], env_for(secret))
    key_file.write_text(secret)
    return ["sqlite", str(path)], secret, {"demo_s": figures["demo_s"], "demo_mib": memory}


def _postgres(clients: int, url: str, env: dict[str, str]) -> tuple[list[str], dict]:
    schema = f"zk_bench_{clients}_seed{bench_scale_reads.SEED}"
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            kept = conn.execute(
                text("SELECT count(*) FROM pg_namespace WHERE nspname = :s"), {"s": schema}
            ).scalar()
            if kept:
                found = conn.execute(text(f'SELECT count(*) FROM "{schema}".client')).scalar()
                if found == clients:
                    return ["postgresql", url, schema], {}
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        admin.dispose()
    figures, memory = _child(["make", str(clients), "postgresql", url, schema], env)
    return ["postgresql", url, schema], {"demo_s": figures["demo_s"], "demo_mib": memory}


def _drop(url: str, schema: str) -> None:
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        admin.dispose()


def _wait_for_helper(path: Path) -> None:
    """The closing backup's helper works after each start: let it finish first, so
    that it neither competes with the next start nor counts in it."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if not closing_backup.helper_at_work(path) and closing_backup.due_since(path) is None:
            return
        time.sleep(0.2)
    raise RuntimeError("the closing backup's helper did not finish")


def _home(env: dict[str, str], settings: dict) -> None:
    home = Path(env["ZKIJDESK_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")


def _window(app: list[str], env: dict[str, str], scratch: Path, settle=lambda: None) -> dict:
    """Start-up to usable and closing to a closed window (``ZKIJDESK_STARTUP_TRACE``
    marks), STARTS times after one uncounted start, each after ``settle`` (what the last
    start left running must not compete with the next one); and a bare window's first
    paint, in the same run."""
    bare = scratch / "bare_window.py"
    bare.write_text(bench_gui.BARE_WINDOW, encoding="utf-8")
    bench_gui._timed_start(app, env)
    settle()
    usable, closing, bares = [], [], []
    for _ in range(STARTS):
        marks = bench_gui._timed_start(app, env)
        usable.append(marks["usable"])
        closing.append(marks["closed"] - marks["closing"])
        settle()
        bares.append(bench_gui._timed_start([sys.executable, str(bare)], env)["paint"])
    return {
        "usable_ms": statistics.median(usable),
        "closing_ms": statistics.median(closing),
        "closing_max_ms": max(closing),
        "bare_ms": statistics.median(bares),
    }


def _local_window(path: Path, coach: str, env: dict[str, str], scratch: Path) -> dict:
    """On the SQLite store, signed in as ``coach``; the closing backup's helper works
    after each start, so each start waits for it."""
    settings = {"last_store": str(path), "language": "nl", "users": {str(path): coach}}
    _home(env, settings)
    app = [sys.executable, "-m", "zkijdesk.app", "--store", str(path)]
    return _window(app, env, scratch, lambda: _wait_for_helper(path))


def _team_window(
    path: Path, coach: str, url: str, env: dict[str, str], scratch: Path
) -> tuple[dict, dict]:
    """The SQLite store moved into a new team database (in a child, for its memory),
    then start-up and closing there as the coach's own login; the database and its
    roles are dropped afterwards, also when a step fails. A team database has no
    closing backup, so nothing runs between the starts."""
    with team_admin.scratch_team_database(url, uuid.uuid4().hex[:8]) as (team_url, prefix, _db):
        moved, mib = _child(["movein", str(path), team_url, prefix], env)
        person = make_url(team_url).set(username=team_login(prefix, coach))
        _home(env, {"language": "nl"})
        app = [
            sys.executable,
            "-m",
            "zkijdesk.app",
            "--database-url",
            person.render_as_string(hide_password=False),
        ]
        figures = _window(app, env, scratch)
    return {**figures, "movein_ms": moved["movein_ms"]}, {"move-in": mib}


def _measure(where: list[str], env: dict[str, str]) -> tuple[dict, dict]:
    figures, memory = {}, {}
    for op in OPS:
        if op in SQLITE_ONLY and where[0] != "sqlite":
            continue
        found, mib = _child([op, *where], env)
        figures.update(found)
        memory[op] = mib
    return figures, memory


def run(quick: bool = False, sizes: tuple[int, ...] | None = None) -> str:
    sizes = sizes or (QUICK_SIZES if quick else SIZES)
    cache = os.environ.get("ZKIJDESK_BENCH_CACHE")
    url = os.environ.get(PG_ENV)
    load_before = os.getloadavg()[0]
    results: dict[str, dict[int, dict]] = {"SQLite (SQLCipher)": {}}
    if url:
        results["PostgreSQL"] = {}
    with tempfile.TemporaryDirectory(prefix="zk-bench-scale-") as tmp:
        scratch = Path(tmp)
        folder = Path(cache) if cache else scratch / "stores"
        folder.mkdir(parents=True, exist_ok=True)

        def env_for(secret: str, name: str = "home") -> dict[str, str]:
            return _env(scratch / name, secret, scratch)

        locals_: dict[int, tuple[Path, str, str]] = {}
        for clients in sizes:
            where, secret, made = _sqlite(clients, folder, env_for)
            env = env_for(secret, f"home-{clients}")
            figures, memory = _measure(where, env)
            coach = figures.pop("coach")
            locals_[clients] = (Path(where[1]), secret, coach)
            figures.update(_local_window(Path(where[1]), coach, env, scratch))
            results["SQLite (SQLCipher)"][clients] = {"f": figures, "m": memory, "made": made}
        if url:
            env = env_for("", "home-pg")
            for clients in sizes:
                where, made = _postgres(clients, url, env)
                try:
                    figures, memory = _measure(where, env)
                finally:
                    if not cache:
                        _drop(url, where[2])
                figures.pop("coach", None)
                path, secret, coach = locals_[clients]
                # The SQLite store's key opens it for the move-in; in the app it is also
                # the benchmark keyring's answer for the drafts box and the remembered
                # password (a login without one on a trusting local server ignores it).
                team_env = env_for(secret, f"home-team-{clients}")
                found, mib = _team_window(path, coach, url, team_env, scratch)
                figures.update(found)
                memory.update(mib)
                results["PostgreSQL"][clients] = {"f": figures, "m": memory, "made": made}
    return _report(results, sizes, load_before, os.getloadavg()[0])


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value / 1000:.2f} s"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"


def _report(results: dict, sizes: tuple[int, ...], load_before: float, load_after: float) -> str:
    small, large = sizes[0], sizes[-1]
    n = bench_scale_reads._n
    text_ = [
        "## Ten times the region (`bench_scale`)",
        "",
        f"Demo stores of {n(small)} and {n(large)} clients (seed {bench_scale_reads.SEED}, "
        f"dated {bench_scale_reads.TODAY:%d-%m-%Y}); every operation in a process of its "
        "own, figure and floor from the same process. Growth is the larger store's figure "
        "over the smaller's (ten times the data: at most 10x is linear).",
    ]
    for backend, by_size in results.items():
        text_ += [
            "",
            f"### {backend}",
            "",
            f"| operation | {n(small)} | {n(large)} | growth | floor at {n(small)} | "
            f"floor at {n(large)} | floor growth |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for figure, label, floor, unit in ROWS:
            if figure not in by_size[small]["f"] and figure not in by_size[large]["f"]:
                continue
            a, b = by_size[small]["f"].get(figure), by_size[large]["f"].get(figure)
            if a is None and b is None:
                continue
            growth = f"{b / a:.1f}x" if a and b else "–"
            fa = by_size[small]["f"].get(floor) if floor else None
            fb = by_size[large]["f"].get(floor) if floor else None
            floor_growth = f"{fb / fa:.1f}x" if fa and fb else ""
            text_.append(
                f"| {label} | {_value(a, unit)} | {_value(b, unit)} | {growth} | "
                f"{_value(fa, unit) if floor else ''} | {_value(fb, unit) if floor else ''} | "
                f"{floor_growth} |"
            )
        text_ += ["", f"Peak resident memory per operation ({backend}):", ""]
        ops = [op for op in ("demo", "move-in", *OPS) if op in by_size[large]["m"] or op == "demo"]
        text_.append("| " + " | ".join(["size", *ops]) + " |")
        text_.append("| --- " * (len(ops) + 1) + "|")
        for clients in sizes:
            row = by_size[clients]
            cells = []
            for op in ops:
                mib = row["made"].get("demo_mib") if op == "demo" else row["m"].get(op)
                cells.append(f"{mib:.0f} MiB" if mib else "kept")
            text_.append(f"| {n(clients)} | " + " | ".join(cells) + " |")
        made = [
            f"{n(c)} made in {by_size[c]['made']['demo_s']:.0f} s"
            for c in sizes
            if by_size[c]["made"]
        ]
        if made:
            text_ += ["", "Demo stores: " + "; ".join(made) + "."]
        if backend in NOTES:
            text_ += ["", NOTES[backend]]
    text_ += [
        "",
        "Floors: " + "; ".join(f"{k.removesuffix('_ms')}: {v}" for k, v in FLOORS.items()) + ".",
        "",
        "Targets (issue 17): growth at most 10x for backup, check, export and closing; "
        "closing under 1 s at 300,000 clients; team matching under 200 ms and any client "
        "file under 150 ms at 300,000; peak memory of any command under 400 MB at 300,000. "
        f"Load average {load_before:.1f} at the start, {load_after:.1f} at the end.",
    ]
    return "\n".join(text_)
