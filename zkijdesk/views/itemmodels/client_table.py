"""The client list's model: all matching ids, rows fetched a page at a time on demand.

``set_result`` takes the ids of a search (in display order, as SQL sorted them) and
the first page of rows. Rows further down are fetched by id, one page per request,
the first time the view paints them, so scrolling through 30,000 clients costs
a page query per hundred rows and no more. Sorting asks the page to search again
with another ORDER BY (``sort_requested``): the model never sorts in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from zkijdesk.services.client_list import COLUMNS, PAGE_SIZE, ClientListResult, ClientListRow
from zkijdesk.views import fmt, labels, style

_ROOT = QModelIndex()
ClientIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2


def column_title(column: str) -> str:
    """The translated column header (also the XLSX export's header)."""
    titles = {
        "client_number": QCoreApplication.translate("ClientTable", "Cliëntnummer"),
        "name": QCoreApplication.translate("ClientTable", "Naam"),
        "birth_date": QCoreApplication.translate("ClientTable", "Geboortedatum"),
        "postcode": QCoreApplication.translate("ClientTable", "Postcode"),
        "municipality": QCoreApplication.translate("ClientTable", "Gemeente"),
        "route_status": QCoreApplication.translate("ClientTable", "Route"),
        "sector": QCoreApplication.translate("ClientTable", "Sector"),
        "coach": QCoreApplication.translate("ClientTable", "Coach"),
        "intake_date": QCoreApplication.translate("ClientTable", "Intake"),
    }
    return titles.get(column, column)


def display_value(column: str, value) -> str:
    if value is None:
        return ""
    if column in ("birth_date", "intake_date"):
        return fmt.day(value)
    if column == "route_status":
        return labels.route_status(value)
    return str(value)


class ClientTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # column, descending

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list[ClientListRow]], parent=None):
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: tuple[int, ...] = ()
        self._rows: dict[int, ClientListRow] = {}
        self.sort_column = "name"
        self.descending = False

    # ------------------------------------------------------------------ data
    def set_result(self, result: ClientListResult) -> None:
        self.beginResetModel()
        self._ids = result.ids
        self._rows = {row.id: row for row in result.first_rows}
        self.endResetModel()

    def refresh_rows(self, client_ids: Sequence[int]) -> None:
        """Re-read rows that changed (after a save) without a new search."""
        wanted = [i for i in client_ids if i in self._rows]
        if not wanted:
            return
        for row in self._fetch_rows(wanted):
            self._rows[row.id] = row
        for i in wanted:
            position = self._ids.index(i)
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    @property
    def ids(self) -> tuple[int, ...]:
        return self._ids

    def client_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, client_id: int) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def _row(self, position: int) -> ClientListRow | None:
        client_id = self._ids[position]
        row = self._rows.get(client_id)
        if row is None:
            start = position - position % PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._rows]
            for fetched in self._fetch_rows(page):
                self._rows[fetched.id] = fetched
            row = self._rows.get(client_id)
        return row

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role == ClientIdRole:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            StatusRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        value = row.value(column)
        if role == StatusRole:
            return row.route_status
        return display_value(column, value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_column, self.descending)


class StatusPillDelegate(QStyledItemDelegate):
    """Draws the route status as a small coloured pill, like the chips elsewhere."""

    TONES: ClassVar[dict[str, str]] = {"open": "success", "closed": "muted", "none": "warning"}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        theme = style.current()
        tone = self.TONES.get(index.data(StatusRole), "muted")
        fg = {"success": theme.success, "warning": theme.warning}.get(tone, theme.muted)
        bg = {"success": theme.success_soft, "warning": theme.warning_soft}.get(
            tone, theme.surface_alt
        )
        metrics = opt.fontMetrics
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 4
        rect = QRect(opt.rect.left() + 8, opt.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bg))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(fg))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
