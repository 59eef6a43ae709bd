"""A client file's tasks: title (with a box to tick it off) and due date.

Done tasks are listed only when ``show_done`` is on, struck through and greyed; an
open task past its date shows the date in red. Ticking a box shows the tick at once
and asks for the write (``done_requested``), which the tab makes through the runner;
the file then reads itself again and the rows arrive anew (also after a refusal,
which takes the tick back).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from zkijdesk.services.dto import TaskView
from zkijdesk.views import fmt, style
from zkijdesk.views.itemmodels.rows import Index, RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP


class TaskTableModel(RowsTableModel[TaskView]):
    COLUMNS = ("title", "due_date")
    CONTEXT = "TaskTable"
    TITLES: ClassVar[dict[str, str]] = {
        "title": QT_TRANSLATE_NOOP("TaskTable", "Taak"),
        "due_date": QT_TRANSLATE_NOOP("TaskTable", "Uiterste datum"),
    }
    done_requested = Signal(int, bool)  # task id, done

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today
        self.show_done = False
        self._all: list[TaskView] = []
        self._ticked: dict[int, bool] = {}  # task id -> done, asked for, not yet read back

    def text(self, row: TaskView, column: str) -> str:
        return row.title if column == "title" else fmt.day(row.due_date)

    def set_tasks(self, tasks: Sequence[TaskView], today: date | None = None) -> None:
        """All the file's tasks; which are listed follows ``show_done``."""
        self._all = list(tasks)
        self._ticked.clear()
        if today is not None:
            self.today = today
        self._refill()

    def set_show_done(self, on: bool) -> None:
        self.show_done = on
        self._refill()

    def _refill(self) -> None:
        self.set_rows([t for t in self._all if self.show_done or not t.done])

    def cell_data(self, row: TaskView, column: str, role: int) -> Any:
        if column == "title":
            if role == Qt.ItemDataRole.CheckStateRole:
                done = self._ticked.get(row.id, row.done)
                return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.FontRole and row.done:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and row.done:
                return QBrush(QColor(style.current().muted))
        elif role == Qt.ItemDataRole.ForegroundRole and not row.done and row.due_date < self.today:
            return QBrush(QColor(style.current().danger))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] == "title":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick or untick asks for the write; the row changes when the file reloads."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self.COLUMNS[index.column()] != "title":
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        row = self.row_at(index.row())
        if done == self._ticked.get(row.id, row.done):
            return True
        self._ticked[row.id] = done
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.done_requested.emit(row.id, done)
        return True
