"""What the WSP pages share: read-only tables, Dutch dates, screen labels, reference lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import EmployerSize, VacancyStatus
from zkijdesk.domain.matching import ContactKind
from zkijdesk.services import dto
from zkijdesk.views import widgets
from zkijdesk.views.workspace import RefData

CONTEXT = "Wsp"
#: Column widths in a table: content-fitted, at most MAX_COLUMN, and at least
#: MIN_STRETCH left for the column that stretches.
MAX_COLUMN, MIN_COLUMN, MIN_STRETCH = 180, 56, 200

STATUS_LABELS = {
    VacancyStatus.OPEN: QT_TRANSLATE_NOOP("Wsp", "Open"),
    VacancyStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Wsp", "In behandeling"),
    VacancyStatus.FILLED: QT_TRANSLATE_NOOP("Wsp", "Vervuld"),
    VacancyStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Wsp", "Ingetrokken"),
}
SIZE_LABELS = {
    EmployerSize.MICRO: QT_TRANSLATE_NOOP("Wsp", "Micro (minder dan 10)"),
    EmployerSize.SMALL: QT_TRANSLATE_NOOP("Wsp", "Klein (10-49)"),
    EmployerSize.MEDIUM: QT_TRANSLATE_NOOP("Wsp", "Middelgroot (50-249)"),
    EmployerSize.LARGE: QT_TRANSLATE_NOOP("Wsp", "Groot (250 of meer)"),
}
KIND_LABELS = {
    ContactKind.VISIT: QT_TRANSLATE_NOOP("Wsp", "Bezoek"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("Wsp", "Telefoon"),
    ContactKind.EMAIL: QT_TRANSLATE_NOOP("Wsp", "E-mail"),
    ContactKind.AGREEMENT: QT_TRANSLATE_NOOP("Wsp", "Afspraak"),
    ContactKind.OTHER: QT_TRANSLATE_NOOP("Wsp", "Anders"),
}


def translated(text: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("Wsp", ...), in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def label(labels: dict, value) -> str:
    return translated(labels[value]) if value in labels else ""


def choices(labels: dict) -> list[tuple[str, object]]:
    return [(translated(text), value) for value, text in labels.items()]


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def load_reference(reference) -> RefData:
    """The choice lists the WSP forms need, read once when the first form opens."""
    sectors = tuple(reference.sectors())
    return RefData(
        sectors=sectors,
        municipalities=tuple(reference.municipalities()),
        skills=tuple(reference.skills()),
        sector_names={s.id: s.name for s in sectors},
    )


@dataclass(frozen=True)
class SkillChoice:
    """A skill as the picker lists it: its label and the focus sector it belongs to."""

    id: int
    name: str
    sector: str

    @classmethod
    def of(cls, item: dto.RefItem, sector_names: dict[int, str]) -> SkillChoice:
        return cls(
            item.id, item.name, sector_names.get(item.parent_id, "") if item.parent_id else ""
        )


class FitTable(QTableWidget):
    """A read-only table whose columns fit their content, leaving the stretching column
    (a name, an occupation) room to be read; it refits when it is resized."""

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.stretch = 0
        self.natural: dict[int, int] = {}

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Narrow the other columns in proportion when there is too little room."""
        room = self.viewport().width() - MIN_STRETCH
        total = sum(self.natural.values())
        widths = self.natural
        if 0 < room < total:
            widths = {c: max(MIN_COLUMN, w * room // total) for c, w in widths.items()}
        for c, width in widths.items():
            self.setColumnWidth(c, width)


def table(name: str, accessible: str, headers: list[str], *, stretch: int = 0) -> FitTable:
    """A read-only, row-selecting table; column ``stretch`` takes the room that is left."""
    view = FitTable()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    view.setAlternatingRowColors(True)
    set_headers(view, headers, stretch)
    return view


class ListAndDetail(NamedTuple):
    """The parts of a list page: a filter field, the table, and the detail card's layout."""

    filter: QLineEdit
    list: FitTable
    split: QSplitter
    detail: QFrame
    box: QVBoxLayout


def list_and_detail(
    layout: QVBoxLayout,
    *,
    filter_name: str,
    filter_label: str,
    placeholder: str,
    bar_widgets: list[QWidget],
    table_name: str,
    table_label: str,
    headers: list[str],
) -> ListAndDetail:
    """A filter bar (with ``bar_widgets`` beside the field) over a table and a detail card.

    The employers and vacancies tabs share this shape; each connects its own signals
    and fills the card. Texts arrive translated, in the caller's context.
    """
    bar = QHBoxLayout()
    field = QLineEdit()
    field.setObjectName(filter_name)
    field.setAccessibleName(filter_label)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    bar.addWidget(field, 1)
    for widget in bar_widgets:
        bar.addWidget(widget)
    layout.addLayout(bar)

    split = QSplitter()
    split.setChildrenCollapsible(False)
    layout.addWidget(split, 1)
    view = table(table_name, table_label, headers)
    split.addWidget(view)
    # No fixed minimum width: the card's own layout decides it, so the splitter never
    # squeezes the card's contact form below what it needs.
    detail, box = widgets.card(margins=16, spacing=8)
    return ListAndDetail(field, view, split, detail, box)


def set_headers(view: FitTable, headers: list[str], stretch: int) -> None:
    view.clear()
    view.setRowCount(0)
    view.setColumnCount(len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.stretch, view.natural = stretch, {}
    header = view.horizontalHeader()
    modes = QHeaderView.ResizeMode
    for c in range(len(headers)):
        header.setSectionResizeMode(c, modes.Stretch if c == stretch else modes.Interactive)


def fill(
    view: FitTable, rows: list[tuple], ids: list[int | None], *, widths: dict | None = None
) -> None:
    """Replace the rows; each row's first cell carries its id in UserRole.

    The other columns fit their content (and header), at most MAX_COLUMN wide; the
    full text of a long value is in its tooltip. ``widths`` fixes chosen columns.
    """
    view.setRowCount(0)
    view.setRowCount(len(rows))
    for r, (values, row_id) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if isinstance(value, int | float) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if len(text) > 20:
                item.setToolTip(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            view.setItem(r, c, item)
    natural: dict[int, int] = {}
    for c in range(view.columnCount()):
        if c == view.stretch:
            continue
        fixed = (widths or {}).get(c)
        if fixed:
            natural[c] = fixed
        else:
            view.resizeColumnToContents(c)
            natural[c] = min(view.columnWidth(c) + 12, MAX_COLUMN)
    view.natural = natural
    view.fit()


def selected_id(view: QTableWidget) -> int | None:
    row = view.currentRow()
    if row < 0 or view.item(row, 0) is None:
        return None
    return view.item(row, 0).data(Qt.ItemDataRole.UserRole)


def select_id(view: QTableWidget, row_id: int | None) -> bool:
    """Select the row carrying ``row_id``; False when it is not in the table."""
    for r in range(view.rowCount()):
        item = view.item(r, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
            view.selectRow(r)
            return True
    return False
