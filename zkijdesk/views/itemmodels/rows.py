"""The base of the small list models: a service's rows, named columns, the id in a role.

A subclass names its columns (``COLUMNS``), gives each column's header (``TITLES``,
marked with QT_TRANSLATE_NOOP in the model's ``CONTEXT``, or ``column_title``) and
text (``text``), and the id of a row (``row_id``); the base
holds the rows, formats each cell once when they arrive (a view asks for every cell
many times: each role, each repaint, each measurement of a column) and answers Qt's
questions. Styling per cell (a colour, a font, a check box) is ``cell_data``; two
common cases are declared instead: ``RIGHT`` names the columns aligned right (counts,
hours, scores), and ``TIP_OVER`` (a length) makes a longer cell's text its tooltip,
for the reader whose column cuts it short.

The rows come from the view, which got them from a service on the task runner: a
model never reads the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

_ROOT = QModelIndex()
IdRole = Qt.ItemDataRole.UserRole + 1
"""The id of the row's record (a task's, a client's; a sector's code): what a view acts on."""
RowRole = Qt.ItemDataRole.UserRole + 2
"""The service's row itself (a frozen dataclass)."""

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TEXT_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of a service's rows; ``COLUMNS`` are the columns' names."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()
    CONTEXT: ClassVar[str] = ""
    TITLES: ClassVar[dict[str, str]] = {}  # column -> Dutch header, QT_TRANSLATE_NOOP'd
    RIGHT: ClassVar[frozenset[str]] = frozenset()  # columns aligned right
    TIP_OVER: ClassVar[int] = 0  # when > 0: a cell's text longer than this is its tooltip

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cells: list[tuple[str, ...]] = []

    # ------------------------------------------------------------ for subclasses
    def column_title(self, column: str) -> str:
        """The translated header of ``column``."""
        return QCoreApplication.translate(self.CONTEXT, self.TITLES[column])

    def text(self, row: Row, column: str) -> str:
        """What the cell shows."""
        raise NotImplementedError

    def row_id(self, row: Row) -> int | str:
        return row.id  # type: ignore[attr-defined]

    def cell_data(self, row: Row, column: str, role: int) -> Any:
        """Any other role of a cell (colour, font, alignment, tooltip); None for none."""
        return None

    # ------------------------------------------------------------ rows
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self._format(row) for row in self._rows]
        self.endResetModel()

    def _format(self, row: Row) -> tuple[str, ...]:
        return tuple(self.text(row, c) for c in self.COLUMNS)

    def refresh(self) -> None:
        """Format the rows again after they changed in place, without a reset: what a
        view keeps by index (a widget over a cell, the selection) stays."""
        self._cells = [self._format(row) for row in self._rows]
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)

    def row_at(self, position: int) -> Row:
        return self._rows[position]

    def id_at(self, position: int) -> int | str:
        return self.row_id(self._rows[position])

    def position_of(self, row_id: int | str) -> int | None:
        """The row showing the record ``row_id``; None when it is not listed."""
        return next((p for p, row in enumerate(self._rows) if self.row_id(row) == row_id), None)

    @classmethod
    def column(cls, name: str) -> int:
        return cls.COLUMNS.index(name)

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return self._cells[index.row()][index.column()]
        if role == IdRole:
            return self.row_id(row)
        if role == RowRole:
            return row
        column = self.COLUMNS[index.column()]
        value = self.cell_data(row, column, role)
        if value is not None:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and self.TIP_OVER:
            text = self._cells[index.row()][index.column()]
            return text if len(text) > self.TIP_OVER else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.column_title(self.COLUMNS[section])
        return None
