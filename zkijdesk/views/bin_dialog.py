"""De prullenbak: files deleted in the last 30 days, each restorable with one click."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
)

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.bin import RESTORE_DAYS
from zkijdesk.services.changes import Changes
from zkijdesk.views import feedback, widgets
from zkijdesk.views.itemmodels.bin_items import BinTableModel
from zkijdesk.views.itemmodels.rows import IdRole
from zkijdesk.views.workspace import Workspace


class BinDialog(QDialog):
    restored = Signal(int)

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        # Shown now and then: Qt deletes it on the UI thread when it closes, instead of
        # keeping it, hidden, as a child of the window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ws = ws
        self.setObjectName("binDialog")
        self.setWindowTitle(self.tr("Prullenbak"))
        self.setMinimumSize(640, 380)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 16)
        column.addWidget(widgets.label(self.tr("Prullenbak"), "sectionTitle"))
        column.addWidget(
            widgets.label(
                self.tr(
                    "Dossiers die u verwijderde, kunt u hier %1 dagen lang terugzetten. "
                    "Daarna worden ze definitief gewist."
                ).replace("%1", str(RESTORE_DAYS)),
                "muted",
                wrap=True,
            )
        )
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        self.model = BinTableModel(self)
        self.list = QTreeView()
        self.list.setObjectName("binList")
        self.list.setAccessibleName(self.tr("Verwijderde dossiers"))
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore_button = widgets.button(
            self.tr("Terugzetten"),
            icon_name="restore",
            primary=True,
            on_click=self.restore_selected,
        )
        row.addWidget(self.restore_button)
        row.addWidget(widgets.button(self.tr("Sluiten"), on_click=self.reject))
        column.addLayout(row)
        self.reload()

    def reload(self) -> None:
        try:
            items = self.ws.services.bin.items()
        except ZkijdeskError as exc:
            self.model.set_rows([])
            self.banner.show_message(feedback.message(exc), "danger")
            return
        self.model.set_rows(items)
        if items:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self.restore_button.setEnabled(bool(items))

    def restore_selected(self) -> None:
        current = self.list.currentIndex()
        if not current.isValid():
            return
        client_id = current.data(IdRole)
        bin_ = self.ws.services.bin

        def restore() -> Changes:
            bin_.restore(client_id)
            return Changes.of_client(client_id, clients=True, tasks=True)

        def restored(_changes) -> None:
            self.restored.emit(client_id)
            self.reload()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            self.banner.show_message(feedback.message(exc), "danger")

        self.ws.runner.write(
            restore, on_done=restored, on_error=failed, busy=(self.restore_button,)
        )
