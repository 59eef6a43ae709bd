"""One table of a protected publication as a Qt item model.

Rows are the table's categories (total last); columns are the period blocks times
the table's columns. A hidden number shows as ``x`` on grey, with a tooltip saying
why it is hidden; the page is for the team lead, who may know that, the files never
say it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate

from zkijdesk.i18n import language
from zkijdesk.reporting.indicators import TOTAL
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.tables import Table
from zkijdesk.views.fmt import number

HIDDEN_BRUSH = QBrush(QColor("#E2E2E2"))
HIDDEN_TEXT = QBrush(QColor("#6B6B6B"))
CONTEXT = "PublicationTableModel"
HIDDEN = QT_TRANSLATE_NOOP("PublicationTableModel", "Geheim.")
REASONS = {
    "primair": QT_TRANSLATE_NOOP(
        "PublicationTableModel", "Geheim: het aantal is kleiner dan de drempel."
    ),
    "groep": QT_TRANSLATE_NOOP(
        "PublicationTableModel", "Geheim: iedereen in deze kleine groep had dezelfde uitkomst."
    ),
    "secundair": QT_TRANSLATE_NOOP(
        "PublicationTableModel", "Geheim: anders is een ander geheim cijfer terug te rekenen."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PublicationTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.publication: Publication | None = None
        self.table: Table | None = None
        self._columns: list[tuple[str, str]] = []  # (period, column)

    def show(self, publication: Publication | None, table: Table | None) -> None:
        self.beginResetModel()
        self.publication, self.table = publication, table
        self._columns = (
            [(p, c) for p in table.periods.codes for c in table.column_codes()] if table else []
        )
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows.codes)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def _key(self, index: QModelIndex | QPersistentModelIndex):
        table = self.table
        assert table is not None, "asked for a cell only while a table is shown"
        row = table.rows.codes[index.row()]
        period, column = self._columns[index.column()]
        return row, column, table.cells[(row, column, period)]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or self.table is None or self.publication is None:
            return None
        row, column, key = self._key(index)
        value = self.publication.shown(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return "x" if value is None else number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and value is None:
            return HIDDEN_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and value is None:
            return HIDDEN_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            return _tr(str(REASONS.get(self.publication.reason(key) or "", HIDDEN)))
        if role == Qt.ItemDataRole.FontRole and (row == TOTAL or column == TOTAL):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if value is None:
                return QCoreApplication.translate("PublicationTableModel", "geheim")
            return str(value)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.table is None:
            return None
        lang = language()
        if orientation == Qt.Orientation.Vertical:
            return self.table.rows.label(self.table.rows.codes[section], lang)
        period, column = self._columns[section]
        label = (
            self.table.columns.label(column, lang)
            if self.table.columns
            else QCoreApplication.translate("PublicationTableModel", "Aantal")
        )
        return f"{label}\n{_short_period(self.table.periods.label(period, lang))}"

    def hidden_count(self) -> int:
        if self.table is None or self.publication is None:
            return 0
        return sum(
            1 for key in set(self.table.cells.values()) if self.publication.shown(key) is None
        )


def _short_period(label: str) -> str:
    """'oktober 2026' -> 'okt 2026' ('October 2026' -> 'Oct 2026'); 'jan t/m okt 2026'
    and 'Jan-Oct 2026' stay as they are."""
    parts = label.split()
    if len(parts) == 2 and parts[0].isalpha():  # 'Jan-Nov 2026' is short already
        return f"{parts[0][:3]} {parts[1]}"
    return label


class HiddenCellDelegate(QStyledItemDelegate):
    """Paints the grey of hidden cells itself: the app's style sheet styles table items,
    and Qt then ignores the model's background colour."""

    def paint(self, painter, option, index) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(brush, QBrush):
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)
