"""A coach's day and the team lead's month on a team database, against the local store.

One run builds a demo store of 30,000 clients (encrypted SQLite), moves it into a new
PostgreSQL team database with ``team move-in`` (timed, then ``check``), and measures the
same service calls on both, as the same people: the coach's start (open, sign in, the
start page's worklist and the first page of the client list), a search keystroke, opening
a client file (everything the file reads when it opens), and the team lead's export of
one month in every format. On PostgreSQL every call runs as the person's own login role
under row-level security. The figures are ratios measured in this run; the issue's goal is
at most 1.5x the local store.

Needs PostgreSQL: ``ZKIJDESK_BENCH_DATABASE_URL`` (or ``ZKIJDESK_TEST_DATABASE_URL``) as a
login that may create databases and roles; the database and roles are dropped afterwards.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from benchmarks.bench_gui import _env, _timed_start
from zkijdesk import models as m
from zkijdesk.services.client_list import ClientListQuery, ClientListService
from zkijdesk.services.container import Services
from zkijdesk.services.demo import generate_demo
from zkijdesk.services.matching import OPEN_STATUSES
from zkijdesk.services.reporting import ReportingService
from zkijdesk.services.users import actor_for, actor_for_login
from zkijdesk.services.worklist import WorklistService
from zkijdesk.storage import team_admin
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.local_drafts import LocalDraftBox
from zkijdesk.storage.location import StoreLocation
from zkijdesk.storage.store import check_store, create_store, open_store
from zkijdesk.views.client_file.file import load_file
from zkijdesk.views.workspace import Workspace

TODAY = date(2026, 11, 15)
MONTH = "2026-10"
STARTS = 9
APP_STARTS = 5
KEYSTROKES = ("j", "ja", "jan", "jans", "d", "de", "dek", "b", "ba", "bak")
VACANCIES = 25


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def _server() -> str | None:
    return os.environ.get("ZKIJDESK_BENCH_DATABASE_URL") or os.environ.get(
        "ZKIJDESK_TEST_DATABASE_URL"
    )


class Side:
    """One backend as a person sees it: how to open, and who acts."""

    def __init__(self, location: StoreLocation, username: str, *, key=None, drafts=None) -> None:
        self.location, self.username, self.key = location, username, key
        self.team = location.url is not None
        self.drafts = drafts

    def sign_in(self):
        store = open_store(self.location, key=self.key)
        if not self.team:
            return store, actor_for(store, self.username)
        # As the app does on a team database: unsaved input is kept in this
        # workstation's encrypted box, not on the server (its key here is the run's own).
        store.local_drafts = LocalDraftBox(self.drafts, os.urandom(32))
        return store, actor_for_login(store)


def _start(side: Side):
    """A coach's start: open, sign in, the start page's worklist, the list's first page."""
    store, actor = side.sign_in()
    ctx = Services(store, actor, lambda: TODAY)
    WorklistService(store, actor, lambda: TODAY).worklist()
    first = ClientListService(store, actor, lambda: TODAY).search(ClientListQuery())
    return store, actor, ctx, first


def _coach_days(sides: dict[str, Side]) -> dict[str, dict[str, float]]:
    """The same coach's day on every side, each step taken on one side and then the
    next, so a drift in the machine's speed (a shared virtual machine's neighbours)
    weighs on both sides alike instead of on whichever ran second."""
    starts: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(STARTS):
        for name, side in sides.items():
            (store, *_rest), seconds = _timed(lambda side=side: _start(side))
            starts[name].append(seconds)
            store.close()
    opened = {name: _start(side) for name, side in sides.items()}
    keystrokes: dict[str, list[float]] = {name: [] for name in sides}
    opens: dict[str, list[float]] = {name: [] for name in sides}
    try:
        listers = {
            name: ClientListService(store, actor, lambda: TODAY)
            for name, (store, actor, _ctx, _first) in opened.items()
        }
        for q in KEYSTROKES * 3:
            for name, lister in listers.items():
                _r, seconds = _timed(
                    lambda q=q, lister=lister: lister.search(ClientListQuery(text=q))
                )
                keystrokes[name].append(seconds)
        # The same coach's first files in list order; ids differ after the move-in. What
        # the app reads when a file opens, on its worker: load_file, without the widgets.
        count = min(len(first.ids[:25]) for *_rest, first in opened.values())
        spaces = {name: Workspace(ctx, None, None) for name, (_s, _a, ctx, _f) in opened.items()}
        for index in range(count):
            for name, (_store, _actor, _ctx, first) in opened.items():
                cid, ws = first.ids[index], spaces[name]
                _r, seconds = _timed(lambda cid=cid, ws=ws: load_file(ws, cid, first=True))
                opens[name].append(seconds)
    finally:
        for store, *_rest in opened.values():
            store.close()
    return {
        name: {
            "start": statistics.median(starts[name]),
            "keystroke": statistics.median(keystrokes[name]),
            "open_file": statistics.median(opens[name]) if opens[name] else float("nan"),
            "files": len(opens[name]),
        }
        for name in sides
    }


def _team_searches(sides: dict[str, Side]) -> tuple[dict[str, list[float]], bool]:
    """A coach's search of the whole team for candidates, for the same open vacancies on
    every side (in id order; the ids differ after the move-in), taken in turns. On the
    team database it reads the matching views past row-level security. Also whether
    both sides ranked the same people with the same scores."""
    opened = {name: _start(side) for name, side in sides.items()}
    seconds: dict[str, list[float]] = {name: [] for name in sides}
    ranked: dict[str, list[list[tuple[str, float]]]] = {name: [] for name in sides}
    try:
        vacancies = {}
        for name, (store, _actor, _ctx, _first) in opened.items():
            with store.read_session() as s:
                vacancies[name] = list(
                    s.scalars(
                        select(m.Vacancy.id)
                        .where(m.Vacancy.status.in_(OPEN_STATUSES))
                        .order_by(m.Vacancy.id)
                        .limit(VACANCIES)
                    )
                )
        count = min(len(ids) for ids in vacancies.values())
        for index in range(count):
            for name, (_store, _actor, ctx, _first) in opened.items():
                vid = vacancies[name][index]
                found, took = _timed(
                    lambda ctx=ctx, vid=vid: ctx.matching.candidates(vid, scope="team")
                )
                seconds[name].append(took)
                ranked[name].append([(s.client_number, s.total) for s in found])
    finally:
        for store, *_rest in opened.values():
            store.close()
    first, *others = ranked.values()
    return seconds, all(other == first for other in others)


def _app_starts(path: Path, key_secret: str, team_url: str, coach: str, folder: Path):
    """The whole windowed app, from just before its process starts to usable (the window
    painted, the store open, signed in, the client list's first page shown), as
    bench_gui traces it; the local and the team start taken in turns."""
    home = folder / "home"
    home.mkdir()
    settings = {"last_store": str(path), "language": "nl", "users": {str(path): coach}}
    (home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    env = _env(home, key_secret, folder / "pycache")
    app = [sys.executable, "-m", "zkijdesk.app"]
    commands = {
        "lokaal": [*app, "--store", str(path)],
        "team": [*app, "--database-url", team_url],
    }
    for command in commands.values():  # the file and bytecode caches, not counted
        _timed_start(command, env)
    usable: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(APP_STARTS):
        for name, command in commands.items():
            usable[name].append(_timed_start(command, env)["usable"] / 1000)
    return {name: statistics.median(values) for name, values in usable.items()}


def _export(side: Side, folder: Path) -> float:
    store, actor = side.sign_in()
    try:
        service = ReportingService(store, actor, lambda: TODAY)
        return _timed(lambda: service.export(MONTH, folder))[1]
    finally:
        store.close()


def run(quick: bool = False) -> str:
    server = _server()
    if not server:
        return (
            "## Team database with row-level security (`bench_team`)\n\n"
            "Not run: no PostgreSQL (set ZKIJDESK_BENCH_DATABASE_URL)."
        )
    clients = 3000 if quick else 30000
    with (
        tempfile.TemporaryDirectory(prefix="zk-bench-team-") as folder,
        team_admin.scratch_team_database(server, uuid.uuid4().hex[:8]) as (url, prefix, _db),
    ):
        work = Path(folder)
        path = work / "werkplek.db"
        key = new_raw_key()
        local = create_store(StoreLocation(path=path), key=key, is_demo=True)
        _r, demo_seconds = _timed(
            lambda: generate_demo(local, clients=clients, seed=7, today=TODAY)
        )
        with local.engine.connect() as conn:
            users = conn.execute(text("SELECT username, role FROM app_user")).all()
        local.close()

        team_admin.init_team(url, prefix, f"{prefix}_fb", "Beheer", None)
        mapping = {}
        for username, role in users:
            login = f"{prefix}_u_{username}"
            team_admin.add_user(url, login, username, role, None)
            mapping[username] = login
        report, move_seconds = _timed(
            lambda: team_admin.move_in_store(
                url, StoreLocation(path=path), key=key, user_mapping=mapping
            )
        )
        maintenance = open_store(StoreLocation(url=url))
        check, check_seconds = _timed(lambda: check_store(maintenance))
        maintenance.close()

        def person(username: str) -> str:
            return (
                make_url(url).set(username=mapping[username]).render_as_string(hide_password=False)
            )

        coach = min(u for u, role in users if role == "coach")
        lead = min(u for u, role in users if role == "teamlead")
        local_coach = Side(StoreLocation(path=path), coach, key=key)
        team_coach = Side(StoreLocation(url=person(coach)), coach, drafts=work / "concepten")
        local_lead = Side(StoreLocation(path=path), lead, key=key)
        team_lead = Side(StoreLocation(url=person(lead)), lead, drafts=work / "concepten-tl")
        coaches = {"lokaal": local_coach, "team": team_coach}
        _coach_days(coaches)  # warm both caches once
        days = _coach_days(coaches)
        searches, same_ranking = _team_searches(coaches)
        for name, values in searches.items():
            days[name]["search_team"] = statistics.median(values)
            days[name]["search_team_max"] = max(values)
        apps = _app_starts(path, key.secret, person(coach), coach, work)
        for name, seconds in apps.items():
            days[name]["app_start"] = seconds
        exports = {
            "lokaal": _export(local_lead, work / "uit-lokaal"),
            "team": _export(team_lead, work / "uit-team"),
        }

    def row(label: str, key: str, unit: float = 1000.0, suffix: str = "ms") -> str:
        a, b = days["lokaal"][key], days["team"][key]
        return f"| {label} | {a * unit:.1f} {suffix} | {b * unit:.1f} {suffix} | {b / a:.2f}x |"

    moved = report.moved.get("client", 0)
    lines = [
        "## Team database with row-level security (`bench_team`)",
        "",
        f"Demo store of {clients:,} clients (seed 7), made in {demo_seconds:.1f} s, moved into "
        f"a new team database with `team move-in` in {move_seconds:.1f} s ({moved:,} clients, "
        f"{report.audit_entries:,} audit entries kept); `check` on the team database "
        f"{'passed' if check.ok else 'FAILED: ' + '; '.join(check.problems)} in "
        f"{check_seconds:.1f} s. Then the same service calls as the same people on the local "
        "encrypted store and, as their own login roles under row-level security, on "
        f"PostgreSQL on this machine (loopback), each step taken on both in turn. Coach "
        f"`{coach}`, medians of {APP_STARTS} starts of the windowed app (offscreen), "
        f"{STARTS} starts through the services alone, "
        f"{len(KEYSTROKES) * 3} keystrokes and {days['team']['files']} files; team lead "
        f"`{lead}`, export of {MONTH} in PDF, XLSX, CSV and JSON.",
        "",
        "| | local SQLCipher | team PostgreSQL + RLS | ratio |",
        "| --- | --- | --- | --- |",
        row(
            "coach: the app's start to usable (process start, window, sign in, first list "
            "page shown)",
            "app_start",
        ),
        row("coach: start, service calls only (open, sign in, worklist, first list page)", "start"),
        row("coach: search keystroke", "keystroke"),
        row(
            "coach: open a client file (person, routes, contacts, tasks, employers, "
            "noted as recent)",
            "open_file",
        ),
        row(
            f"coach: search the whole team for candidates (median of {len(searches['team'])} "
            "open vacancies; on the team database through the matching views)",
            "search_team",
        ),
        row("coach: the same, slowest vacancy", "search_team_max"),
        f"| team lead: export one month | {exports['lokaal']:.2f} s | {exports['team']:.2f} s | "
        f"{exports['team'] / exports['lokaal']:.2f}x |",
        "",
        "Goal (issue 11): at most 1.5x the local store for each of a coach's daily steps "
        "and the export. The team-wide search came later and has no goal of its own; on "
        "the team database it reads views that name only the pool of candidates. It "
        "ranked the same people with the same scores on both sides: "
        f"{'yes' if same_ranking else 'NO'}.",
    ]
    return "\n".join(lines)
