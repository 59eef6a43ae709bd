"""About dialog (version, licences); filled in by the packaging work."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from zkijdesk import __version__


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over zkijdesk"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"zkijdesk {__version__}"))
