"""Small helpers the WSP pages share: read-only tables and Dutch dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    view = QTableWidget(0, len(headers))
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setHorizontalHeaderLabels(headers)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    return view


def fill(view: QTableWidget, rows: list[tuple], ids: list[int | None]) -> None:
    """Replace the rows; each row's first cell carries its id in UserRole."""
    view.setRowCount(0)
    view.setRowCount(len(rows))
    for r, (values, row_id) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int | float) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            view.setItem(r, c, item)


def selected_id(view: QTableWidget) -> int | None:
    row = view.currentRow()
    if row < 0 or view.item(row, 0) is None:
        return None
    return view.item(row, 0).data(Qt.ItemDataRole.UserRole)
