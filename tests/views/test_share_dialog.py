"""Sharing a file from the file itself: the coach picks a colleague by typing part of
the name, a second share is refused under the field, and ending the share hands the
colleague's open to-do to the coach."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import context_for, open_window, settle, shoot
from people_support import register
from PySide6.QtCore import Qt

from zkijdesk.domain.errors import PermissionDeniedError


def _names(dialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_the_coach_shares_a_file_and_ends_the_share(qtbot, window, gui_store):
    anna = window.ws.services
    cid = register(anna, "Dekker", day=date(2026, 6, 1))
    bram = context_for(gui_store, "bram")
    window.open_client(cid)
    file = window.files[cid]
    qtbot.waitUntil(lambda: file.data is not None)
    file.tabs.setCurrentIndex(1)  # Anna's own route: hers to close
    assert file._built["route"].close_route_button.isVisibleTo(file._built["route"])
    file.tabs.setCurrentIndex(0)

    file.share_action.trigger()
    dialog = file.share_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: "Anna de Vries" in dialog.coach_label.text())
    assert _names(dialog) == ["Met niemand gedeeld."]
    assert not dialog.end_button.isEnabled() and not dialog.share_button.isEnabled()

    picker = dialog.colleague
    picker.setFocus()
    assert picker.hasFocus()  # the coach can type at once
    with qtbot.waitSignal(picker.matches_shown, timeout=5000):
        qtbot.keyClicks(picker, "a")
    # Anna de Vries has an "a" too, but a file is not shared with its own coach.
    assert [picker.model.item(r).text() for r in range(picker.model.rowCount())] == ["Bram Jansen"]
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "Bram Jansen" and dialog.share_button.isEnabled()
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(dialog) == ["Bram Jansen"])
    settle(qtbot, window.runner)
    assert bram.clients.get(cid).last_name == "Dekker"
    shoot(dialog, "share_dialog")

    # Bram once more: refused in one sentence under the field, nothing changes.
    picker.set_value(bram.actor.user_id, "Bram Jansen")
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.colleague_field.has_error)
    assert "al gedeeld gekregen" in dialog.colleague_field.error.text()
    assert _names(dialog) == ["Bram Jansen"]

    bram.activities.add_task("Cv nalopen", date(2026, 12, 1), client_id=cid)
    dialog.list.setCurrentRow(0)
    assert dialog.end_button.isEnabled()
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(dialog) == ["Met niemand gedeeld."])
    settle(qtbot, window.runner)
    with pytest.raises(PermissionDeniedError):
        bram.clients.get(cid)
    owners = {t.title: t.owner_id for t in anna.activities.tasks(client_id=cid)}
    assert owners == {"Cv nalopen": anna.actor.user_id}
    dialog.reject()


def test_a_colleague_ends_their_own_share_and_the_file_closes(qtbot, gui_store, answers):
    """Bram may end only his own share; the file he no longer sees closes without an
    error (it read itself again and was refused, on a widget already gone)."""
    anna = context_for(gui_store, "anna")
    cid = register(anna, "Dekker", day=date(2026, 6, 1))
    bram = context_for(gui_store, "bram")
    anna.sharing.share(cid, bram.actor.user_id)
    window = open_window(qtbot, gui_store, "bram")
    try:
        window.open_client(cid)
        file = window.files[cid]
        qtbot.waitUntil(lambda: file.data is not None)
        # The route is Anna's: Bram adds steps, but does not change or close it.
        file.tabs.setCurrentIndex(1)
        route_tab = file._built["route"]
        assert route_tab.add_guidance_button.isVisibleTo(route_tab)
        assert not route_tab.close_route_button.isVisibleTo(route_tab)
        assert not route_tab.edit_route_button.isVisibleTo(route_tab)
        file.tabs.setCurrentIndex(0)
        file.form.phone.setText("0612345678")  # unsaved, and said so before leaving
        file.share_action.trigger()
        dialog = file.share_dialog
        qtbot.waitUntil(lambda: "Anna de Vries" in dialog.coach_label.text())
        assert not dialog.add_row.isVisibleTo(dialog)  # Bram does not pass it on
        assert _names(dialog) == ["Bram Jansen"]
        dialog.list.setCurrentRow(0)
        qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: cid not in window.files, timeout=5000)
        settle(qtbot, window.runner)
        assert "gaat verloren" in answers.confirmed[-1]
        assert answers.errors == []
        with pytest.raises(PermissionDeniedError):
            bram.clients.get(cid)
    finally:
        window.runner.wait()
