"""The coach's workspace on a region-sized store: start-up, search as you type, open a file.

Every figure comes from child processes started the same way, in the same run:

- **bare window**: a minimal PySide6 script that shows a ``QMainWindow`` with a label
  and reports its first paint (the floor any Qt app starts from);
- **zkijdesk**: the windowed entry (``python -m zkijdesk.app --store ...``) and the
  command-line entry (``python -m zkijdesk --store ...``), each reporting first paint
  and *usable* (store open, user signed in, the client list filled by its first search)
  through ``ZKIJDESK_STARTUP_TRACE``;
- **interaction**: a child that opens the coach's window on the store and times
  keystrokes in ``clientSearch`` (keystroke to the list showing that search's answer)
  and opening client files (request to the file showing its data).

Start-up times are measured from just before the child process is created, using
``time.perf_counter_ns`` (a system-wide monotonic clock), as medians of several runs
taken in turns, so a busy moment hits both sides. Qt runs offscreen.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from zkijdesk.services.demo import generate_demo
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 15)
#: The issue's measurement of a bare PySide6 window on its reference machine.
REFERENCE_BARE_MS = 110
TARGETS = {"paint_ratio": 2.0, "usable_ms": 1000.0, "keystroke_ms": 50.0, "open_ms": 150.0}

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(QLabel("Hallo"))
window.resize(1280, 800)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)

            def report():
                print(f"zkijdesk-trace paint {time.perf_counter_ns()}", file=sys.stderr, flush=True)
                app.quit()

            QTimer.singleShot(0, report)
        return False


watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def _env(home: Path, key_hex: str, pycache: Path) -> dict[str, str]:
    """The children's environment: offscreen, a fresh home, the store key, and bytecode.

    An installed zkijdesk (pip or the frozen bundle) loads its modules from bytecode. A
    development shell often sets ``PYTHONDONTWRITEBYTECODE``, which would make every
    child compile the app's ~150 modules from source on each start (about 50 ms), a
    cost no user pays; so the children cache bytecode in a folder of the run's own
    (``PYTHONPYCACHEPREFIX``), filled by the uncounted warm-up start.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        {
            "PYTHONPYCACHEPREFIX": str(pycache),
            "QT_QPA_PLATFORM": "offscreen",
            "ZKIJDESK_HOME": str(home),
            "ZKIJDESK_STARTUP_TRACE": "exit",
            "PYTHON_KEYRING_BACKEND": "benchmarks._gui_keyring.EnvKeyring",
            "ZKIJDESK_BENCH_STORE_KEY": key_hex,
            "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        }
    )
    env.pop("ZKIJDESK_PASSPHRASE", None)
    return env


def _timed_start(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run a child to its exit; milliseconds from just before its start to each trace."""
    started = time.perf_counter_ns()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    marks = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "zkijdesk-trace":
            marks[parts[1]] = (int(parts[2]) - started) / 1e6
    if done.returncode != 0 or "paint" not in marks:
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return marks


def _prepare(folder: Path, clients: int) -> tuple[Path, str, Path, str]:
    """The demo store, its key, a home whose settings sign in as the first coach."""
    from zkijdesk.domain.enums import Role
    from zkijdesk.services.users import list_users

    key = new_raw_key()
    path = folder / "demo.db"
    store = create_store(StoreLocation(path=path), key=key, is_demo=True)
    try:
        generate_demo(store, clients=clients, seed=1, today=TODAY)
        coach = next(u.username for u in list_users(store) if u.role is Role.COACH)
    finally:
        store.close()
    home = folder / "home"
    home.mkdir()
    settings = {"last_store": str(path), "language": "nl", "users": {str(path): coach}}
    (home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return path, key.secret, home, coach


def _median(values: list[float]) -> float:
    return statistics.median(values)


def run(quick: bool = False) -> str:
    clients = 2_000 if quick else 30_000
    rounds = 3 if quick else 7
    # The app's closing backup finishes in a helper process of its own after the window
    # has gone (issue 17); it may still be writing bytecode here when the run ends.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        path, key_hex, home, coach = _prepare(Path(tmp), clients)
        env = _env(home, key_hex, Path(tmp) / "pycache")
        bare_script = Path(tmp) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        python = sys.executable
        commands = {
            "bare": [python, str(bare_script)],
            "gui": [python, "-m", "zkijdesk.app", "--store", str(path)],
            "cli": [python, "-m", "zkijdesk", "--store", str(path)],
        }
        # Warm the file cache and the bytecode cache once, not counted.
        for command in commands.values():
            _timed_start(command, env)
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for _round in range(rounds):
            for name, command in commands.items():
                samples[name].append(_timed_start(command, env))
        interact = subprocess.run(
            [python, "-m", "benchmarks._gui_interact", str(path), coach, TODAY.isoformat()],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if interact.returncode != 0:
            raise RuntimeError(interact.stderr[-3000:])
        figures = json.loads(interact.stdout.strip().splitlines()[-1])

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    bare = _median([s["paint"] for s in samples["bare"]])
    paint = {n: _median([s["paint"] for s in samples[n]]) for n in ("gui", "cli")}
    usable = {n: _median([s["usable"] for s in samples[n]]) for n in ("gui", "cli")}

    def verdict(ok: bool) -> str:
        return "met" if ok else "**missed**"

    rows = [
        ("bare PySide6 window: first paint", f"{bare:.0f} ms", "reference", ""),
        (
            "zkijdesk (windowed entry): first paint",
            f"{paint['gui']:.0f} ms ({paint['gui'] / bare:.2f}× bare)",
            "≤ 2× bare",
            verdict(paint["gui"] / bare <= TARGETS["paint_ratio"]),
        ),
        (
            "zkijdesk (windowed entry): usable",
            f"{usable['gui']:.0f} ms ({usable['gui'] / bare:.2f}× bare)",
            "≤ 1000 ms",
            verdict(usable["gui"] <= TARGETS["usable_ms"]),
        ),
        (
            "zkijdesk (`python -m zkijdesk`): first paint",
            f"{paint['cli']:.0f} ms ({paint['cli'] / bare:.2f}× bare)",
            "≤ 2× bare",
            verdict(paint["cli"] / bare <= TARGETS["paint_ratio"]),
        ),
        (
            "zkijdesk (`python -m zkijdesk`): usable",
            f"{usable['cli']:.0f} ms",
            "≤ 1000 ms",
            verdict(usable["cli"] <= TARGETS["usable_ms"]),
        ),
        (
            "search keystroke → list updated (median, p90)",
            f"{figures['keystroke_ms']:.1f} ms, {figures['keystroke_p90_ms']:.1f} ms",
            "≤ 50 ms",
            verdict(figures["keystroke_ms"] <= TARGETS["keystroke_ms"]),
        ),
        (
            "open a client file (median, slowest)",
            f"{figures['open_ms']:.1f} ms, {figures['open_max_ms']:.1f} ms",
            "≤ 150 ms",
            verdict(figures["open_ms"] <= TARGETS["open_ms"]),
        ),
    ]
    table = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows)
    load_text = f"{load:.1f} on {os.cpu_count()} cores" if load is not None else "unknown"
    slower = bare / REFERENCE_BARE_MS
    scaling = (
        f"- Load average when the run ended: {load_text}. The absolute targets assume a "
        f"quiet two-core machine, where a bare window starts in about {REFERENCE_BARE_MS} ms;"
        f"\n  here it took {bare:.0f} ms ({slower:.1f}× the reference). "
        "Scaled to the reference by that factor (an estimate, not a measurement):"
        f"\n  usable {usable['gui'] / slower:.0f} ms, keystroke "
        f"{figures['keystroke_ms'] / slower:.0f} ms, "
        f"open file {figures['open_ms'] / slower:.0f} ms."
    )
    return f"""## Coach's workspace (`bench_gui`)

Dataset: `generate_demo(clients={clients:,}, seed=1)` in an encrypted store; signed in as
`{coach}`, who may see {figures["visible_clients"]} of the clients (the access rule).
Start-up: median of {rounds} runs per entry, taken in turns, Qt offscreen, from just
before the process starts, with the modules' bytecode cached as in an installed app
(`PYTHONPYCACHEPREFIX`, filled by an uncounted warm-up start).
Interaction: {figures["keystrokes"]} keystrokes over {len(_words())} search words,
{figures["opens"]} client files.

| measure | result | target | |
| --- | --- | --- | --- |
{table}

- *First paint*: the main window's frame (navigation, menus, status bar) is on screen;
  SQLAlchemy, keyring and Alembic are not imported yet.
- *Usable*: the store is open, the user signed in, and the client list shows the
  answer of its first search (the search path is warm).
- Both entries take the same path: a plain GUI start (global options only) skips the
  full command-line parser and its command modules (`cli.gui_arguments`), so
  `zkijdesk`, `zkijdesk-gui` and `python -m zkijdesk.app` start alike.
- After the first paint the start-up is Python imports (SQLAlchemy ~150 ms, the models
  ~65 ms, keyring ~20 ms on a quiet machine) more than anything else; the first search
  itself takes a few milliseconds (the access rule is a union of three index lookups).
{scaling}"""


def _words() -> tuple[str, ...]:
    from benchmarks._gui_interact import WORDS

    return WORDS
