"""The task runner: answers arrive on the UI thread, the newest search wins, cancel works."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from zkijdesk.domain.errors import StateError
from zkijdesk.views.progress import TaskProgress
from zkijdesk.views.tasks import TaskRunner


def test_result_and_error_are_delivered_on_the_ui_thread(qtbot):
    runner = TaskRunner()
    seen = []
    ui = QApplication.instance().thread()
    runner.run(
        lambda: threading.current_thread().name,
        on_done=lambda name: seen.append(("done", name, QThread.currentThread() is ui)),
    )
    runner.run(
        lambda: (_ for _ in ()).throw(StateError("Deze route loopt nog.")),
        on_error=lambda exc: seen.append(("error", exc.message, QThread.currentThread() is ui)),
    )
    qtbot.waitUntil(lambda: len(seen) == 2)
    runner.wait()
    done = next(s for s in seen if s[0] == "done")
    assert done[1] != threading.current_thread().name and done[2]
    assert ("error", "Deze route loopt nog.", True) in seen


def test_only_the_newest_answer_of_a_burst_is_delivered(qtbot):
    runner = TaskRunner()
    gate = threading.Event()
    calls, shown = [], []

    def search(text):
        def work():
            calls.append(text)
            if text == "a":
                gate.wait(5)
            return text

        return work

    for text in ("a", "an", "ann", "anna"):
        runner.run_latest("search", search(text), shown.append)
    gate.set()
    qtbot.waitUntil(lambda: shown == ["anna"])
    runner.wait()
    assert calls == ["a", "anna"], "the waiting requests were coalesced into the newest"


def test_long_work_reports_progress_and_can_be_cancelled(qtbot):
    runner = TaskRunner()
    panel = TaskProgress(runner)
    qtbot.addWidget(panel)
    outcome = []

    def work(progress, token):
        for step in range(1, 1000):
            token.check()
            progress(step, 1000)
            time.sleep(0.005)
        return "klaar"

    task = runner.run(
        work,
        on_done=outcome.append,
        on_cancel=lambda: outcome.append("afgebroken"),
        label="Lijst exporteren",
        cancellable=True,
        with_progress=True,
    )
    qtbot.waitUntil(lambda: panel.bar.value() > 3)
    assert panel.isVisibleTo(panel.parentWidget() or panel) or not panel.isHidden()
    assert (
        panel.label.text() == "Lijst exporteren" and panel.cancel.isVisible() is panel.isVisible()
    )
    panel._cancel()
    qtbot.waitUntil(lambda: outcome == ["afgebroken"])
    assert task.finished and panel.isHidden()
