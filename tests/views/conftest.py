"""GUI test setup: one themed offscreen QApplication, a coach's window on a real store.

The window is driven as a coach would drive it. Modal questions (confirmations, file
pickers) are answered by replacing the small functions that ask them; everything else
is clicked and typed through pytest-qt.
"""

from __future__ import annotations

import pytest
from gui_support import open_window


@pytest.fixture(scope="session", autouse=True)
def _themed_app(qapp):
    import gc
    import threading

    from PySide6.QtCore import QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    from zkijdesk.views import style, translations

    translations.install(qapp, "nl")
    style.apply(qapp, dark=False)
    yield qapp
    # Leave no widget or worker for the interpreter's final collection: PySide6 can
    # crash when it tears down Qt objects after the application is gone.
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


@pytest.fixture
def gui_store(sqlite_store):
    """An encrypted store with a coach (Anna de Vries), a colleague and an admin."""
    from zkijdesk.services.users import actor_for, create_user

    create_user(sqlite_store, "beheer", "Beheerder", "admin")
    admin = actor_for(sqlite_store, "beheer")
    create_user(sqlite_store, "anna", "Anna de Vries", "coach", actor=admin)
    create_user(sqlite_store, "bram", "Bram Jansen", "coach", actor=admin)
    return sqlite_store


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
