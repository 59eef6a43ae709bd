"""The filter bar of the client list: route status, sector, target group, place, coach, project."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSizePolicy, QWidget

from zkijdesk.services.client_list import ROUTE_STATUSES, ClientListQuery
from zkijdesk.views import labels, widgets
from zkijdesk.views.lookup import LookupEdit, Search
from zkijdesk.views.tasks import TaskRunner
from zkijdesk.views.workspace import RefData


class FilterBar(QWidget):
    """The filters; ``coach_search`` finds coaches by part of their name as the user
    types and ``coach_name`` names a saved filter's coach (a region has thousands of
    coaches: they are never all put in a list)."""

    changed = Signal()

    def __init__(
        self,
        coach_search: Search,
        coach_name: Callable[[int], str],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._loading = False
        frame, column = widgets.card(margins=12, spacing=6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        column.addLayout(grid)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.status = widgets.combo(
            self.tr("Filter op routestatus"),
            [(labels.route_status(code), code) for code in ROUTE_STATUSES],
            empty=self.tr("Alle routes"),
        )
        self.sector = widgets.combo(self.tr("Filter op sector"), [], empty=self.tr("Alle sectoren"))
        self.year = widgets.combo(self.tr("Jaar van de focusdoelgroep"), [])
        self.group = widgets.combo(
            self.tr("Filter op focusdoelgroep"), [], empty=self.tr("Alle doelgroepen")
        )
        self.municipality = widgets.combo(
            self.tr("Filter op gemeente"), [], empty=self.tr("Alle gemeenten")
        )
        self.coach = LookupEdit(
            self.tr("Filter op coach"),
            coach_search,
            runner,
            placeholder=self.tr("Alle coaches; typ een naam"),
        )
        self.coach.value_changed.connect(self._emit)
        self._coach_name = coach_name
        self.project = widgets.combo(
            self.tr("Filter op project"), [], empty=self.tr("Alle projecten")
        )
        fields = [
            (self.tr("Route"), self.status),
            (self.tr("Sector"), self.sector),
            (self.tr("Gemeente"), self.municipality),
            (self.tr("Coach"), self.coach),
            (self.tr("Doelgroepjaar"), self.year),
            (self.tr("Focusdoelgroep"), self.group),
            (self.tr("Project"), self.project),
        ]
        for position, (caption, editor) in enumerate(fields):
            row, col = divmod(position, 4)
            text = QLabel(caption)
            text.setObjectName("muted")
            text.setBuddy(editor)
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(text, row * 2, col)
            grid.addWidget(editor, row * 2 + 1, col)
            if isinstance(editor, QComboBox) and editor is not self.year:
                editor.currentIndexChanged.connect(self._emit)
        for col in range(4):
            grid.setColumnStretch(col, 1)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.clear_button = widgets.link(self.tr("Filters wissen"), self.clear)
        grid.addWidget(self.clear_button, 3, 3, Qt.AlignmentFlag.AlignRight)
        self._ref = RefData()

    def set_refdata(self, ref: RefData, this_year: int) -> None:
        self._loading = True
        self._ref = ref
        _refill(self.sector, ref.sectors_tree())
        _refill(self.municipality, [(m.name, m.id) for m in ref.municipalities])
        _refill(self.project, [(p.name, p.id) for p in ref.projects])
        self.year.clear()
        for year in ref.years():
            self.year.addItem(str(year), year)
        widgets.set_combo_value(self.year, this_year)
        self._fill_groups()
        self._loading = False

    def _fill_groups(self) -> None:
        year = self.year.currentData()
        _refill(self.group, [(g.name, g.id) for g in self._ref.groups_of(year)] if year else [])

    def _year_changed(self, _index: int) -> None:
        was_loading = self._loading
        self._loading = True
        self._fill_groups()
        self._loading = was_loading
        self._emit()

    def _emit(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def apply_to(self, query: ClientListQuery) -> ClientListQuery:
        return replace(
            query,
            route_status=self.status.currentData(),
            sector_id=self.sector.currentData(),
            target_group_id=self.group.currentData(),
            municipality_id=self.municipality.currentData(),
            coach_id=self.coach.value(),
            project_id=self.project.currentData(),
        )

    def show_query(self, query: ClientListQuery) -> None:
        """Put a saved filter's choices back into the combos without searching per combo."""
        self._loading = True
        widgets.set_combo_value(self.status, query.route_status)
        widgets.set_combo_value(self.sector, query.sector_id)
        if query.target_group_id is not None:
            group = next(
                (g for g in self._ref.target_groups if g.id == query.target_group_id), None
            )
            if group is not None:
                widgets.set_combo_value(self.year, group.year)
                self._fill_groups()
        widgets.set_combo_value(self.group, query.target_group_id)
        widgets.set_combo_value(self.municipality, query.municipality_id)
        self.coach.show_value(query.coach_id, self._coach_name)
        widgets.set_combo_value(self.project, query.project_id)
        self._loading = False

    def clear(self) -> None:
        self._loading = True
        for editor in (self.status, self.sector, self.group, self.municipality, self.project):
            editor.setCurrentIndex(0)
        self.coach.set_value(None)
        self._loading = False
        self.changed.emit()


def _refill(widget: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    current = widget.currentData()
    first_text = widget.itemText(0) if widget.count() and widget.itemData(0) is None else None
    widget.clear()
    if first_text is not None:
        widget.addItem(first_text, None)
    for text, value in items:
        widget.addItem(text, value)
    widgets.set_combo_value(widget, current)
