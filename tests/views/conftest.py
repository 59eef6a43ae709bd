"""GUI test setup: one themed offscreen QApplication, a coach's window on a real store.

The window is driven as a coach would drive it. Modal questions (confirmations, file
pickers) are answered by replacing the small functions that ask them; everything else
is clicked and typed through pytest-qt.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

TODAY = date(2026, 11, 15)
SCREENSHOTS = Path(os.environ.get("ZKIJDESK_SCREENSHOTS", "screenshots"))


@pytest.fixture(scope="session", autouse=True)
def _themed_app(qapp):
    import gc

    from PySide6.QtCore import QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    from zkijdesk import i18n
    from zkijdesk.views import style

    i18n.install(qapp, "nl")
    style.apply(qapp, dark=False)
    yield qapp
    # Leave no widget or worker for the interpreter's final collection: PySide6 can
    # crash when it tears down Qt objects after the application is gone.
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QThreadPool.globalInstance().waitForDone(5000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


def shoot(widget, name: str) -> Path:
    """Save a screenshot of ``widget`` for a human to look at."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(target))
    return target


@pytest.fixture
def gui_store(sqlite_store):
    """An encrypted store with a coach (Anna de Vries), a colleague and an admin."""
    from zkijdesk.services.users import actor_for, create_user

    create_user(sqlite_store, "beheer", "Beheerder", "admin")
    admin = actor_for(sqlite_store, "beheer")
    create_user(sqlite_store, "anna", "Anna de Vries", "coach", actor=admin)
    create_user(sqlite_store, "bram", "Bram Jansen", "coach", actor=admin)
    return sqlite_store


def context_for(store, username: str):
    from zkijdesk.services.context import AppContext
    from zkijdesk.services.users import actor_for

    return AppContext(store, actor_for(store, username), lambda: TODAY)


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


@pytest.fixture
def window(qtbot, gui_store):
    win = open_window(qtbot, gui_store)
    yield win
    win.runner.wait()
    win.store = None  # the store fixture closes it


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """Answer the modal questions (a real modal box would block an offscreen test run):
    confirmations yes, save-questions as a test sets them, errors collected."""
    from types import SimpleNamespace

    from zkijdesk.views import feedback

    state = SimpleNamespace(confirm=True, save="discard", errors=[], confirmed=[])

    def confirm(parent, title, text, accept, *, destructive=False):
        state.confirmed.append(text)
        return state.confirm

    monkeypatch.setattr(feedback, "confirm", confirm)
    monkeypatch.setattr(feedback, "ask_save", lambda parent, what: state.save)
    monkeypatch.setattr(
        feedback, "show_error", lambda parent, exc, title=None: state.errors.append(exc)
    )
    return state
