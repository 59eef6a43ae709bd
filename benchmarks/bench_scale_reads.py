"""Reads at ten times the region (issue 17, items 3 and 4): team matching of one
vacancy, opening the fullest client files and an employer picker's keystrokes, on demo
stores of 30,000 and 300,000 clients, each next to the plain DB-API read of the same
rows in the same run (the floor).

Building a 300,000-client demo takes minutes, so stores can be kept between runs: set
``ZKIJDESK_BENCH_CACHE`` to a folder and each store is made once there (named by its
size, seed and date; the key beside it is a bench key for made-up data). Without it,
stores live in a temporary folder for the run.
"""

from __future__ import annotations

import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, text

from benchmarks.bench_gui import _env
from zkijdesk import models as m
from zkijdesk.domain.enums import Role, VacancyStatus
from zkijdesk.services.base import Actor
from zkijdesk.services.container import Services
from zkijdesk.services.demo import generate_demo
from zkijdesk.services.employers import EmployerService
from zkijdesk.services.matching import MatchingService
from zkijdesk.services.users import actor_for
from zkijdesk.storage.keys import KeyKind, StoreKey, new_raw_key
from zkijdesk.storage.store import Store, StoreLocation, create_store, open_store
from zkijdesk.views.client_file.file import load_file
from zkijdesk.views.workspace import Workspace

TODAY = date(2026, 11, 1)
SEED = 1
SIZES = (30_000, 300_000)
VACANCIES = 40
FULL_SCANS = 5
FILES = 20
REOPENS = 3
KEYSTROKES = ("z", "zo", "zor", "zorg", "b", "ba", "bak", "h", "ha", "haa")

# What reading everyone costs: the open routes with their client's place, sector and
# hours wish, and the holders of the vacancy's skills (as bench_matching).
RAW_ACTIVE = """
SELECT r.client_id, r.sector_id, c.sector_id, c.municipality_id, r.coach_id,
       w.hours_min, w.hours_max
FROM route r JOIN client c ON c.id = r.client_id
LEFT JOIN client_work_preference w ON w.client_id = r.client_id
WHERE r.closed_on IS NULL AND c.deleted_at IS NULL AND c.restricted = 0
"""
RAW_HOLDERS = """
SELECT DISTINCT cs.client_id, cs.skill_id FROM client_skill cs
WHERE cs.skill_id IN (SELECT skill_id FROM vacancy_skill WHERE vacancy_id = ?)
"""
# Everything a file shows, as plain reads by the client's id.
RAW_FILE = (
    "SELECT * FROM client WHERE id = ?",
    "SELECT * FROM client_skill WHERE client_id = ?",
    "SELECT * FROM client_target_group WHERE client_id = ?",
    "SELECT * FROM route WHERE client_id = ?",
    "SELECT g.* FROM guidance g JOIN route r ON r.id = g.route_id WHERE r.client_id = ?",
    "SELECT t.* FROM training t JOIN route r ON r.id = t.route_id WHERE r.client_id = ?",
    "SELECT p.* FROM placement p JOIN route r ON r.id = p.route_id WHERE r.client_id = ?",
    "SELECT f.* FROM placement_follow_up f JOIN placement p ON p.id = f.placement_id "
    "JOIN route r ON r.id = p.route_id WHERE r.client_id = ?",
    "SELECT * FROM activity WHERE client_id = ?",
    "SELECT * FROM task WHERE client_id = ?",
)
RAW_PICKER = (
    "SELECT id, name FROM employer WHERE lower(name) LIKE ? ESCAPE '/' ORDER BY name, id LIMIT 30"
)
FULLEST = """
SELECT a.client_id,
       (SELECT u.username FROM route r JOIN app_user u ON u.id = r.coach_id
        WHERE r.client_id = a.client_id ORDER BY r.intake_date DESC LIMIT 1)
FROM (SELECT client_id, count(*) AS n FROM activity GROUP BY client_id) a
ORDER BY a.n DESC, a.client_id LIMIT ?
"""


def _ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _store(clients: int, folder: Path) -> tuple[Store, float | None]:
    """The demo store of this size, made now or kept from an earlier run."""
    path = folder / f"demo-{clients}-seed{SEED}-{TODAY:%Y%m%d}.db"
    key_file = path.with_suffix(".key")
    if path.exists() and key_file.exists():
        key = StoreKey(KeyKind.RAW, key_file.read_text().strip(), "bench")
        return open_store(StoreLocation(path=path), key=key), None
    path.unlink(missing_ok=True)
    key = new_raw_key()
    store = create_store(StoreLocation(path=path), key=key, is_demo=True)
    started = time.perf_counter()
    generate_demo(store, clients=clients, seed=SEED, today=TODAY)
    made = time.perf_counter() - started
    key_file.write_text(key.secret)
    return store, made


def _raw(store: Store, statements: list[tuple[str, tuple]]) -> float:
    """Milliseconds to run and fetch the statements through the bare DB-API (psycopg's
    placeholders and booleans on PostgreSQL)."""
    if not store.is_sqlite:
        statements = [
            (sql.replace("?", "%s").replace("restricted = 0", "restricted IS FALSE"), params)
            for sql, params in statements
        ]
    connection = store.engine.raw_connection()
    try:
        cursor = connection.cursor()
        started = time.perf_counter()
        for sql, params in statements:
            cursor.execute(sql, params).fetchall()
        return (time.perf_counter() - started) * 1000
    finally:
        connection.close()


def _matching(store: Store) -> dict:
    # What the process allocated so far is frozen, as the app freezes what its start-up
    # allocated (app.resume_gc): otherwise the collector's occasional full pass walks
    # every module and mapper and lands in one call (50 to 70 ms), where the app's
    # walks only what it made since (about 9 ms).
    gc.freeze()
    with store.read_session() as s:
        lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD))
        open_ids = s.scalars(
            select(m.Vacancy.id)
            .where(m.Vacancy.status == VacancyStatus.OPEN)
            .order_by(m.Vacancy.id)
        ).all()
    vacancies = sorted(random.Random(SEED).sample(list(open_ids), min(VACANCIES, len(open_ids))))
    team = MatchingService(store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    per_vacancy, calls, floors = [], [], []
    for vacancy in vacancies:
        team.candidates(vacancy, scope="team")  # warm-up
        times = [_ms(lambda v=vacancy: team.candidates(v, scope="team")) for _ in range(3)]
        per_vacancy.append(statistics.median(times))
        calls += times
        floors.append(_raw(store, [(RAW_ACTIVE, ()), (RAW_HOLDERS, (vacancy,))]))
    with store.read_session() as s:
        coach = s.scalar(select(m.User.id).where(m.User.role == Role.COACH).order_by(m.User.id))
        client = s.scalar(
            select(m.Route.client_id)
            .where(m.Route.closed_on.is_(None), m.Route.coach_id == coach)
            .order_by(m.Route.client_id)
        )
    own = MatchingService(store, Actor(coach, Role.COACH), lambda: TODAY)
    own.candidates(vacancies[0])  # warm-up
    mine = [_ms(lambda v=v: own.candidates(v)) for v in vacancies]
    own.vacancies_for(client)
    for_client = [_ms(lambda: own.vacancies_for(client)) for _ in range(5)]
    full = MatchingService(store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    full.prefilter = False
    scans = [_ms(lambda v=v: full.candidates(v, scope="team")) for v in vacancies[:FULL_SCANS]]
    return {
        "vacancies": len(vacancies),
        "median": statistics.median(per_vacancy),
        "worst_vacancy": max(per_vacancy),
        "slowest_call": max(calls),
        "floor": statistics.median(floors),
        "full_scan": statistics.median(scans),
        "mine": statistics.median(mine),
        "mine_slowest": max(mine),
        "for_client": statistics.median(for_client),
    }


def _files(store: Store) -> dict:
    with store.engine.connect() as conn:
        fullest = [
            (cid, coach)
            for cid, coach in conn.execute(text(FULLEST.replace("?", str(FILES * 2)))).all()
            if coach is not None
        ][:FILES]
    spaces: dict[str, Workspace] = {}
    firsts, opens, floors = [], [], []
    for cid, coach in fullest:
        if coach not in spaces:
            actor = actor_for(store, coach)
            spaces[coach] = Workspace(Services(store, actor, lambda: TODAY), None, None)
        ws = spaces[coach]
        firsts.append(_ms(lambda ws=ws, cid=cid: load_file(ws, cid, first=True)))
        opens += [
            _ms(lambda ws=ws, cid=cid: load_file(ws, cid, first=False)) for _ in range(REOPENS)
        ]
        floors.append(_raw(store, [(sql, (cid,)) for sql in RAW_FILE]))
    every = firsts + opens
    return {
        "files": len(fullest),
        "median": statistics.median(every),
        "slowest": max(every),
        "slowest_first": max(firsts),
        "floor": statistics.median(floors),
        "floor_slowest": max(floors),
    }


def _window_opens(path: Path, key_secret: str, coach: str, scratch: Path) -> dict:
    """Files opened through the whole window (``benchmarks._gui_interact`` in a child
    process, offscreen): from asking for a file to it showing its data, the first of a
    session included. The coach is the one of the fullest file; the child opens the
    first 12 files of their list."""
    home, pycache = scratch / f"home-{path.stem}", scratch / "pycache"
    home.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "benchmarks._gui_interact", str(path), coach]
    done = subprocess.run(
        [*command, TODAY.isoformat()],
        env=_env(home, key_secret, pycache),
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {"median": figures["open_ms"], "slowest": figures["open_max_ms"]}


def _picker(store: Store) -> dict:
    with store.read_session() as s:
        lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD))
        employers = s.scalar(select(func.count()).select_from(m.Employer))
    service = EmployerService(store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    service.search_names("z")  # warm-up
    keys = [_ms(lambda q=q: service.search_names(q)) for q in KEYSTROKES]
    floors = [_raw(store, [(RAW_PICKER, (f"%{q}%",))]) for q in KEYSTROKES]
    whole = [_ms(service.employers) for _ in range(3)]
    return {
        "employers": employers,
        "median": statistics.median(keys),
        "slowest": max(keys),
        "floor": statistics.median(floors),
        "whole": statistics.median(whole),
    }


def _counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        active = conn.execute(text("SELECT count(*) FROM route WHERE closed_on IS NULL")).scalar()
        holders = conn.execute(text("SELECT count(*) FROM client_skill")).scalar()
    return active, holders


def _n(value: float) -> str:
    return f"{value:,.0f}"


def run(quick: bool = False) -> str:
    sizes = (2_000,) if quick else SIZES
    cache = os.environ.get("ZKIJDESK_BENCH_CACHE")
    load_before = os.getloadavg()[0]
    results = {}
    with tempfile.TemporaryDirectory(prefix="zk-bench-scale-") as scratch:
        folder = Path(cache) if cache else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for clients in sizes:
            store, made = _store(clients, folder)
            try:
                results[clients] = {
                    "made": made,
                    "counts": _counts(store),
                    "matching": _matching(store),
                    "files": _files(store),
                    "picker": _picker(store),
                }
                with store.engine.connect() as conn:
                    coach = conn.execute(text(FULLEST.replace("?", "1"))).one()[1]
                path, secret = store.location.path, store.key.secret
            finally:
                store.close()
            results[clients]["window"] = _window_opens(path, secret, coach, Path(scratch))
    load_after = os.getloadavg()[0]
    return _report(results, load_before, load_after)


def _report(results: dict, load_before: float, load_after: float) -> str:
    sizes = list(results)
    head = "| | " + " | ".join(f"{_n(n)} clients" for n in sizes)
    if len(sizes) == 2:
        head += " | growth"
    lines = [head + " |", "| --- " * (len(sizes) + 1 + (len(sizes) == 2)) + "|"]

    def row(label: str, part: str, key: str, unit: str = "ms") -> None:
        values = [results[n][part][key] for n in sizes]
        cells = " | ".join(f"{v:.0f} {unit}" if v >= 10 else f"{v:.1f} {unit}" for v in values)
        growth = f" | {values[1] / values[0]:.1f}x" if len(values) == 2 and values[0] else ""
        lines.append(f"| {label} | {cells}{growth} |")

    row("team matching, one vacancy: median over vacancies", "matching", "median")
    row("team matching: slowest vacancy (its median of 3)", "matching", "worst_vacancy")
    row("team matching: slowest single call", "matching", "slowest_call")
    row(
        "floor of reading everyone: every active client and skill holder, plain DB-API",
        "matching",
        "floor",
    )
    row("before: the same search reading every active client", "matching", "full_scan")
    row("one coach's own clients, one vacancy: median", "matching", "mine")
    row("one coach's own clients: slowest vacancy", "matching", "mine_slowest")
    row("one client against every open vacancy: median of 5", "matching", "for_client")
    row("open a client file (the fullest files): median", "files", "median")
    row("open a client file: slowest open", "files", "slowest")
    row("open a client file: slowest first open (noted as recent)", "files", "slowest_first")
    row("open a client file through the window (12 files of a coach): median", "window", "median")
    row("through the window: slowest, the session's first file included", "window", "slowest")
    row("floor: plain DB-API reads of one file's rows (median)", "files", "floor")
    row("floor: the slowest file's plain reads", "files", "floor_slowest")
    row("employer picker, one keystroke: median", "picker", "median")
    row("employer picker: slowest keystroke", "picker", "slowest")
    row("floor: plain DB-API read of the picker's 30 names", "picker", "floor")
    row("before: the whole employer table through the ORM", "picker", "whole")
    about = []
    for n in sizes:
        r = results[n]
        active, skills = r["counts"]
        made = f"made in {r['made']:.0f} s" if r["made"] is not None else "kept from an earlier run"
        about.append(
            f"{_n(n)} clients ({_n(active)} active, {_n(skills)} client skills, "
            f"{_n(r['picker']['employers'])} employers; {made})"
        )
    files = results[sizes[-1]]["files"]["files"]
    text_ = [
        "## Reads at ten times the region (`bench_scale_reads`)",
        "",
        f"Demo stores (seed {SEED}, dated {TODAY:%d-%m-%Y}), encrypted SQLite: "
        + "; ".join(about)
        + ". Team matching: "
        f"{results[sizes[-1]]['matching']['vacancies']} random open vacancies, each called "
        "once to warm up and then 3 times, best 25 with reasons and an audit entry; "
        f"'before' is the same service reading everyone (`prefilter = False`, "
        f"{FULL_SCANS} vacancies). Files: the {files} files with the most contacts, each "
        f"opened as its coach the way the app does on its worker (`load_file`), once as a "
        f"first open and {REOPENS} times again. Picker: {len(KEYSTROKES)} keystrokes "
        "(`EmployerService.search_names`).",
        "",
        *lines,
        "",
        "Targets (issue 17): team matching under 200 ms and any client file under 150 ms "
        f"at 300,000 clients. Load average {load_before:.1f} at the start, "
        f"{load_after:.1f} at the end.",
    ]
    return "\n".join(text_)
