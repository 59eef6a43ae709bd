"""Helpers the GUI tests share: a screenshot saver and a coach's window on a store.

Kept out of conftest.py so test modules import them by a name no other test folder
uses (several folders have a conftest.py, and only one can be "conftest").
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from pathlib import Path

from screenshot_folder import SCREENSHOTS

TODAY = date(2026, 11, 15)


def shoot(widget, name: str) -> Path:
    """Save a screenshot of ``widget`` for a human to look at."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(target))
    return target


def context_for(store, username: str):
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for

    return Services(store, actor_for(store, username), lambda: TODAY)


def open_window(qtbot, store, username: str = "anna", *, is_demo: bool = False):
    from zkijdesk.views.main_window import MainWindow

    window = MainWindow(str(store.location.path))
    qtbot.addWidget(window)
    window.resize(1360, 840)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.usable, timeout=10_000):
        window.attach(
            context_for(store, username),
            store,
            store_name=store.location.path.name,
            is_demo=is_demo,
        )
    qtbot.waitUntil(lambda: window._ref_loaded, timeout=10_000)
    return window


def settle(qtbot, runner, timeout: int = 10_000) -> None:
    """Wait until the task runner's jobs are over and their answers were handled on the
    UI thread: writes run on its writer (``runner.write``), never on the UI thread."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


@contextmanager
def themed_app(qapp):
    """The Dutch interface and the app's style for a session of GUI tests, and no widget
    or worker left for the interpreter's final collection afterwards: PySide6 can crash
    when it tears down Qt objects after the application is gone."""
    import gc
    import threading

    from PySide6.QtCore import QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    from zkijdesk.views import style, translations

    translations.install(qapp, "nl")
    style.apply(qapp, dark=False)
    try:
        yield qapp
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        # A window closes on a thread of its own (TaskRunner.close_in_background) that
        # reports back with a signal; deleting its receiver under it crashed the run.
        for thread in threading.enumerate():
            if thread.name == "zkijdesk-closing":
                thread.join(timeout=30)
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
        QThreadPool.globalInstance().waitForDone(5000)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
