"""A one-line label that shortens its text with "…" instead of being cut off.

The status bar holds the store's name, the user and the progress of long work in one
row. At 200 % on a 1080p screen the window is 960 logical pixels wide, and plain
labels (whose minimum width is their whole text) pushed the row past the window's
edge, where Qt clipped them mid-letter and let the progress bar overlap its own
cancel button. These labels give up width first and say what they left out in a
tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QWidget

#: Characters a shortened label keeps at least, so it still says what it is about.
KEPT = 6


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().horizontalAdvance("M" * KEPT + "…")
        least += margins.left() + margins.right()
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as it is painted at the label's current width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        """The whole text as a tooltip while it is shortened."""
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
