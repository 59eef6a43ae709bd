"""Child process of bench_stall and of the stall test: a team lead's session, timed by a
heartbeat on the UI thread.

A 10 ms timer beats through the whole session; every late beat is a stall of the
event loop, which the user sees as a frozen window. Each stall is measured twice:
wall clock (what the user waits, inflated when the machine is busy with other work)
and the UI thread's own CPU time in that gap (``time.thread_time``: work the window
did on its own thread, which is what the code must keep short, whatever the load).

The session: the team overview (where a team lead lands), the Trends dashboard with its
24 months counted and drawn split three ways, Rapportage with its preview computed, one
caseload and then one client transferred, the app closed (its backup is made by a
helper after the app has quit). Runs in a
real window when ``QT_QPA_PLATFORM=xcb`` and an X server are there, offscreen otherwise.

Arguments: store path, team lead's user name, day (ISO). The key comes in
``ZKIJDESK_BENCH_STORE_KEY``. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

BEAT_MS = 10


class StallMeter:
    """Late heartbeats of the UI thread, per named step of the session."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.step = "start"
        self.worst: dict[str, dict[str, float]] = {}
        self._wall = time.perf_counter()
        self._cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def beat(self) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        stall = (wall - self._wall) * 1000 - BEAT_MS
        busy = (cpu - self._cpu) * 1000
        self._wall, self._cpu = wall, cpu
        worst = self.worst.setdefault(self.step, {"wall_ms": 0.0, "busy_ms": 0.0})
        worst["wall_ms"] = max(worst["wall_ms"], round(stall, 1))
        if stall > BEAT_MS:  # only a late beat counts; the UI thread's work in that gap
            worst["busy_ms"] = max(worst["busy_ms"], round(min(busy, stall + BEAT_MS), 1))


def main() -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from zkijdesk.app import quicken_pyside_imports
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store
    from zkijdesk.views import style, translations
    from zkijdesk.views.main_window import MainWindow
    from zkijdesk.views.privacy.integration import after_sign_in

    quicken_pyside_imports()  # as the app does (run_gui)
    translations.install(app, "nl")
    style.apply(app, dark=False)
    path = Path(sys.argv[1])
    key = StoreKey(KeyKind.RAW, os.environ["ZKIJDESK_BENCH_STORE_KEY"], "benchmark")
    store = open_store(StoreLocation(path=path), key=key)
    today = date.fromisoformat(sys.argv[3])
    ctx = Services(store, actor_for(store, sys.argv[2]), lambda: today)
    window = MainWindow(str(path))
    window.resize(1280, 720)
    window.show()
    QTest.qWaitForWindowExposed(window)
    usable: list[bool] = []
    window.usable.connect(lambda: usable.append(True))
    window.attach(ctx, store, store_name=path.name, is_demo=True)

    def wait_for(condition, timeout_s: float = 120.0) -> None:
        end = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("a step of the stall session did not finish")
            QTest.qWait(20)

    wait_for(lambda: usable and window._ref_loaded)
    after_sign_in(window, ctx)  # the end of start-up (bench_gui times start-up itself)
    team = window.pages["team"]
    wait_for(lambda: team.loads_model.rowCount() > 1)
    meter = StallMeter()

    def step(name: str) -> None:
        meter.step = name

    meter.start()
    step("team overview")
    window.show_page("worklist")
    window.show_page("team")
    team.refresh()  # Monday morning: "Vernieuwen"
    wait_for(lambda: team.status.text() and "gelezen" not in team.status.text())
    QTest.qWait(300)

    step("Trends dashboard")
    window.show_page("trends")
    trends = window.pages["trends"]
    wait_for(lambda: trends.trends is not None)
    for index in range(1, trends.split.count()):
        trends.split.setCurrentIndex(index)  # drawn again per sector, group, municipality
        QTest.qWait(100)
    QTest.qWait(200)

    step("Rapportage preview")
    window.show_page("reporting")
    wait_for(lambda: getattr(window.pages["reporting"], "publication", None) is not None)
    QTest.qWait(300)

    step("caseload transfer")
    window.show_page("team")
    team.loads_view.selectRow(0)
    team.start_transfer()
    wait_for(lambda: getattr(team, "dialog", None) is not None and team.dialog.isVisible())
    team.dialog.target.setCurrentIndex(0)
    team.dialog.accept()
    wait_for(lambda: team.banner.isVisible())
    transferred = team.banner.text.text()
    QTest.qWait(300)

    step("client transfer")
    wait_for(lambda: not team.loading)
    row = next(i for i, t in enumerate(team.tasks_model.rows) if t.client_number)
    team.tasks_view.selectRow(row)
    team.start_client_transfer()
    dialog = team.dialog
    wait_for(dialog.isVisible)
    dialog.look_up_client()
    wait_for(lambda: dialog.preview is not None)
    dialog.accept()
    wait_for(lambda: team.banner.text.text() != transferred)
    moved_one = team.banner.text.text()
    QTest.qWait(300)

    step("closing")
    window.close()
    wait_for(lambda: not window.isVisible())
    QTest.qWait(100)
    meter.timer.stop()
    worst = max(meter.worst.items(), key=lambda item: item[1]["wall_ms"])
    busiest = max(meter.worst.items(), key=lambda item: item[1]["busy_ms"])
    print(
        json.dumps(
            {
                "steps": meter.worst,
                "worst_wall_ms": worst[1]["wall_ms"],
                "worst_wall_step": worst[0],
                "worst_busy_ms": busiest[1]["busy_ms"],
                "worst_busy_step": busiest[0],
                "platform": app.platformName(),
                "transferred": transferred,
                "transferred_one": moved_one,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
