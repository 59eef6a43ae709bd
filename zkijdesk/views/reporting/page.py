"""Placeholder page until its capability is built; the main window hosts it already."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ReportingPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Rapportage"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Nog niet beschikbaar.")))
        layout.addStretch(1)
