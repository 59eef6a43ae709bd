"""What the WSP pages share: read-only tables of item models, Dutch dates, screen labels,
reference lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import EmployerSize, VacancyStatus
from zkijdesk.domain.matching import ContactKind
from zkijdesk.services import dto
from zkijdesk.views import widgets
from zkijdesk.views.itemmodels.rows import IdRole, RowRole, RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.workspace import RefData

CONTEXT = "Wsp"
# What a label names: a value of one of the enumerations below.
Value = TypeVar("Value")
# Column widths in a table: content-fitted, at most MAX_COLUMN, and at least
# MIN_STRETCH left for the column that stretches.
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


def choices(labels: Mapping[Value, str]) -> list[tuple[str, Value]]:
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


class FitTable(QTableView):
    """A read-only table of a model's rows whose columns fit their content, leaving the
    stretching column (a name, an occupation) room to be read; it refits when resized.

    The rows are a ``RowsTableModel``'s; the table selects, finds and reports a row by
    its record's id (``IdRole``), never by position. ``selection_changed`` fires when
    the selected row changes, also when new rows took the selection away.
    """

    selection_changed = Signal()

    def __init__(
        self,
        model: RowsTableModel,
        *,
        stretch: str | None = None,
        widths: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__()
        self.natural: dict[int, int] = {}
        self.set_model(model, stretch=stretch, widths=widths)

    def set_model(
        self,
        model: RowsTableModel,
        *,
        stretch: str | None = None,
        widths: Mapping[str, int] | None = None,
    ) -> None:
        """Show ``model``; column ``stretch`` (the first when None) takes the room that is
        left, the columns in ``widths`` keep that width."""
        if model.parent() is None:
            model.setParent(self)
        self.setModel(model)
        self.rows_model = model
        self.stretch = model.column(stretch) if stretch else 0
        self.widths = {model.column(c): w for c, w in (widths or {}).items()}
        self.natural = {}
        header = self.horizontalHeader()
        modes = QHeaderView.ResizeMode
        for c in range(model.columnCount()):
            mode = modes.Stretch if c == self.stretch else modes.Interactive
            header.setSectionResizeMode(c, mode)

    def show_rows(self, rows: Sequence) -> None:
        """Replace the rows and fit the columns to them.

        The other columns fit their content (and header), at most MAX_COLUMN wide; the
        model gives a long value's full text as its tooltip.
        """
        had_selection = self.selectionModel().hasSelection()
        self.rows_model.set_rows(rows)
        natural: dict[int, int] = {}
        for c in range(self.rows_model.columnCount()):
            if c == self.stretch:
                continue
            fixed = self.widths.get(c)
            if fixed:
                natural[c] = fixed
            else:
                self.resizeColumnToContents(c)
                natural[c] = min(self.columnWidth(c) + 12, MAX_COLUMN)
        self.natural = natural
        self.fit()
        if had_selection:
            self.selection_changed.emit()

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        super().selectionChanged(selected, deselected)
        self.selection_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Narrow the other columns in proportion when there is too little room; where
        even that leaves the stretching column less than its least width, it keeps that
        width and the table scrolls sideways (at 1024 pixels the employers' names were
        one letter wide, "W" for Werkgever)."""
        room = self.viewport().width() - MIN_STRETCH
        widths = widgets.shrink_widths(self.natural, room, MIN_COLUMN)
        widgets.fit_stretch_column(self, widths, self.stretch, MIN_STRETCH)

    # ------------------------------------------------------------ rows by id
    def current_position(self) -> int:
        """The current row's position, -1 for none."""
        return self.currentIndex().row()

    def selected_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_row(self):
        """The service's row of the current line (a frozen dataclass), or None."""
        index = self.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def select_id(self, row_id: int | None) -> bool:
        """Select the row carrying ``row_id``; False when it is not in the table."""
        position = self.rows_model.position_of(row_id) if row_id is not None else None
        if position is None:
            return False
        self.selectRow(position)
        return True

    def select_first_visible(self) -> None:
        for r in range(self.rows_model.rowCount()):
            if not self.isRowHidden(r):
                self.selectRow(r)
                return


def table(
    name: str,
    accessible: str,
    model: RowsTableModel,
    *,
    stretch: str | None = None,
    widths: Mapping[str, int] | None = None,
) -> FitTable:
    """A read-only, row-selecting table of ``model``; column ``stretch`` takes the room."""
    view = FitTable(model, stretch=stretch, widths=widths)
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
    model: RowsTableModel,
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
    view = table(table_name, table_label, model)
    split.addWidget(view)
    # No fixed minimum width: the card's own layout decides it, so the splitter never
    # squeezes the card's contact form below what it needs.
    detail, box = widgets.card(margins=16, spacing=8)
    return ListAndDetail(field, view, split, detail, box)
