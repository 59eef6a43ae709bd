"""GUI test setup: one themed offscreen QApplication, a coach's window on a real store.

The window is driven as a coach would drive it. Modal questions (confirmations, file
pickers) are answered by replacing the small functions that ask them; everything else
is clicked and typed through pytest-qt.
"""

from __future__ import annotations

import pytest
from gui_support import open_window, themed_app


@pytest.fixture(scope="session", autouse=True)
def _themed_app(qapp):
    with themed_app(qapp):
        yield qapp


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

    state = SimpleNamespace(confirm=True, save="discard", errors=[], confirmed=[], buttons=[])

    def confirm(parent, title, text, accept, *, destructive=False, reject=None):
        state.confirmed.append(text)
        state.buttons.append((accept, reject or "Annuleren"))
        return state.confirm

    monkeypatch.setattr(feedback, "confirm", confirm)
    monkeypatch.setattr(feedback, "ask_save", lambda parent, what: state.save)
    monkeypatch.setattr(
        feedback, "show_error", lambda parent, exc, title=None: state.errors.append(exc)
    )
    return state
