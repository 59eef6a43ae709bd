"""Event-loop stalls in a team lead's session on a region-sized store.

A child process (``_stall_session.py``) opens the team lead's window, looks at the team
overview, opens the Trends dashboard, lets Rapportage compute its preview, transfers
one coach's caseload and then one client, and closes the app, while a 10 ms heartbeat
on the UI thread records every late beat. Each stall is reported as wall clock (what the user
waits; a busy machine adds to it) and as the UI thread's own CPU time in that gap
(work the window did on its own thread, the part the code controls). In a real X
window when one is there (``DISPLAY``), offscreen otherwise.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from zkijdesk.services.demo import generate_demo
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 15)
#: The issue's limit for one stall of the event loop: above it the run fails.
LIMIT_MS = 250
#: What the window should stay under in ordinary work (issue 12): reported, not enforced.
GOAL_MS = 100
#: Why the last run failed, for ``python -m benchmarks`` to exit non-zero.
FAILURES: list[str] = []


def session(store: Path, secret: str, home: Path, user: str = "teamlead01") -> dict:
    """One scripted session in a child process; its JSON answer."""
    x_server = bool(os.environ.get("DISPLAY"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb" if x_server else "offscreen",
        "ZKIJDESK_HOME": str(home),
        "ZKIJDESK_BENCH_STORE_KEY": secret,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks._stall_session", str(store), user, TODAY.isoformat()],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"stall session failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool = False) -> str:
    clients = 2_000 if quick else 30_000
    rounds = 2 if quick else 3
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        key = new_raw_key()
        path = folder / "demo.db"
        store = create_store(StoreLocation(path=path), key=key, is_demo=True)
        generate_demo(store, clients=clients, seed=1, today=TODAY)
        store.close()
        results = [session(path, key.secret, folder / f"home{i}") for i in range(rounds)]
    steps = list(results[0]["steps"])
    rows = []
    for name in steps:
        wall = [r["steps"][name]["wall_ms"] for r in results]
        busy = [r["steps"][name]["busy_ms"] for r in results]
        rows.append(
            f"| {name} | {statistics.median(wall):.0f} ms | {max(wall):.0f} ms "
            f"| {statistics.median(busy):.0f} ms | {max(busy):.0f} ms |"
        )
    worst = max(results, key=lambda r: r["worst_wall_ms"])
    busiest = max(results, key=lambda r: r["worst_busy_ms"])
    platform = results[0]["platform"]
    if worst["worst_wall_ms"] > LIMIT_MS:
        verdict = "**exceeded: the benchmark fails**"
        FAILURES.append(
            f"worst stall {worst['worst_wall_ms']:.0f} ms > {LIMIT_MS} ms "
            f"({worst['worst_wall_step']})"
        )
    elif worst["worst_wall_ms"] > GOAL_MS:
        verdict = f"met; above the {GOAL_MS} ms goal for ordinary work"
    else:
        verdict = f"met, and under the {GOAL_MS} ms goal for ordinary work"
    return f"""## Event-loop stalls in a team lead's session (`bench_stall`)

Dataset: `generate_demo(clients={clients:,}, seed=1)`, encrypted SQLite; the team lead
`teamlead01`. {rounds} runs of the scripted session (team overview, Trends dashboard,
Rapportage preview, caseload transfer, one client's transfer, closing), a 10 ms
heartbeat on the UI thread, Qt
platform `{platform}`{" (a real X window, Xvfb)" if platform == "xcb" else ""}.
Load average when the run started: {load:.1f} on {os.cpu_count()} cores.

| step | worst stall, median | worst stall, max | UI thread busy, median | busy, max |
| --- | ---: | ---: | ---: | ---: |
{chr(10).join(rows)}

**Worst stall: {worst["worst_wall_ms"]:.0f} ms** (wall clock, during
"{worst["worst_wall_step"]}"); the UI thread itself was busy at most
{busiest["worst_busy_ms"]:.0f} ms in one gap (during "{busiest["worst_busy_step"]}").
Limit: {LIMIT_MS} ms ({verdict}). The wall-clock figure includes time the machine
gave to other processes (compare the load average) and time the UI thread waited for
Python's GIL while workers counted; the busy figure is the window's own work. The team
overview's tables used to measure every row's width at each repaint, and format the
dates of 200 overdue tasks on every ask (up to 150 ms busy after a refresh or a
transfer); they now format once and fit their columns once. Closing used to block the
window for 2.7-4.7 s (the closing backup on the UI thread); the window now goes at
once and a helper makes the backup after the app has quit (`storage/closing_backup.py`).
"""
