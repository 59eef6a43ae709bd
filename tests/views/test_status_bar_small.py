"""The status bar at 200 % on a 1080p screen: a 960x540 window, nothing cut off."""

from __future__ import annotations

from itertools import pairwise

from gui_support import open_window
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from zkijdesk.views.tasks import Task

LONG_STORE = "Opslag: regio-zuid-kennemerland-ijmond-loopbaanbegeleiding-2026.db"
LONG_TASK = "Reservekopie wordt gemaakt en daarna volledig gecontroleerd…"


def _in_bar(widget, bar) -> QRect:
    return QRect(widget.mapTo(bar, widget.rect().topLeft()), widget.size())


def test_the_status_bar_fits_a_small_window_and_shortens_its_words(qtbot, gui_store):
    window = open_window(qtbot, gui_store, "anna")
    task = Task(label=LONG_TASK, cancellable=True)
    try:
        window.store_label.setText(LONG_STORE)
        window.runner.started.emit(task)  # long work shows its label, bar and cancel
        window.resize(960, 540)
        QApplication.processEvents()
        assert window.width() == 960
        bar = window.statusBar()
        progress = window.progress
        parts = [
            window.store_label,
            window.user_label,
            progress.label,
            progress.bar,
            progress.cancel,
        ]
        assert all(part.isVisible() for part in parts)
        boxes = [_in_bar(part, bar) for part in parts]
        for box in boxes:
            assert bar.rect().contains(box), box
        # Side by side, none over another (the bar lay over "Annuleren").
        for left, right in pairwise(boxes):
            assert left.right() < right.left(), (left, right)
        # Each word is drawn whole or visibly shortened, never cut mid-letter.
        for label in (window.store_label, window.user_label, progress.label):
            shown = label.shown_text()
            assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
            assert shown == label.text() or (shown.endswith("…") and len(shown) > 3)
        assert progress.cancel.width() >= progress.cancel.sizeHint().width()
        # What was shortened is there in full on hovering.
        assert window.store_label.shown_text() != LONG_STORE
        assert window.store_label.toolTip() == LONG_STORE

        window.resize(1600, 900)
        QApplication.processEvents()
        assert window.user_label.shown_text() == "Gebruiker: Anna de Vries (Coach)"
        assert window.user_label.toolTip() == ""
    finally:
        window.runner.ended.emit(task)
        window.runner.wait()
        window.store = None
