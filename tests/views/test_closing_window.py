"""Closing the window never waits for a backup nobody asked for (issue 17): the window
goes at once, and the backup is noted as due for the helper that runs once the app
has quit (``storage/closing_backup.py``)."""

from __future__ import annotations

from gui_support import context_for, open_window

from zkijdesk.storage import closing_backup as closing


def test_the_window_closes_without_a_backup_and_notes_it_as_due(qtbot, gui_store):
    from zkijdesk.views.privacy.integration import after_sign_in

    window = open_window(qtbot, gui_store)
    after_sign_in(window, context_for(gui_store, "anna"))
    backups = window.backups
    qtbot.waitUntil(lambda: len(backups.list_backups()) == 1, timeout=20_000)  # the start's
    # the start's backup is over once the window has taken its result, not when its
    # worker is idle: the result still waits in the event queue then
    qtbot.waitUntil(lambda: not window.runner.visible_work(), timeout=20_000)
    path = gui_store.location.path
    assert closing.due_since(path) is None

    window.close()
    assert not window.runner.visible_work()  # no backup in the window: nothing to wait for
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert closing.due_since(path) is not None
    assert len(backups.list_backups()) == 1  # made after the app has quit, not before
