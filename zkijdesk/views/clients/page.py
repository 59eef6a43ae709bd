"""Cliënten: find a person in a keystroke, filter the caseload, open files, export the list.

Every keystroke in ``clientSearch`` starts a search on the task runner; bursts are
coalesced and only the newest answer is shown, so typing never waits for the list.
Column headers sort in SQL. The visible columns are remembered per workstation
(QSettings: they say nothing about anyone); saved filters live in the store.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain import fields
from zkijdesk.domain.enums import Role
from zkijdesk.services.changes import NOTHING, Changes
from zkijdesk.services.client_list import COLUMNS, ClientListQuery, ClientListResult
from zkijdesk.services.users import search_coaches, user_names
from zkijdesk.views import feedback, fmt, labels, widgets
from zkijdesk.views.clients.filters import FilterBar
from zkijdesk.views.icons import icon
from zkijdesk.views.itemmodels.client_table import (
    ClientTableModel,
    StatusPillDelegate,
    column_title,
    display_value,
)
from zkijdesk.views.workspace import Workspace

DEFAULT_HIDDEN = ("postcode",)
NAME_MIN = 190
"""The name column's least width: "Benjamin van der Linden" whole at the default font."""
GIVING_WAY = frozenset({"municipality", "sector", "coach"})
"""The columns that narrow (text elided, whole in the tooltip) to leave the names room."""
COLUMN_MIN = 72
"""The least width another column gives way to before the table scrolls sideways."""
SEARCH_KEY = "client-search"


def window_settings() -> QSettings:
    """Window state per workstation, in the zkijdesk data folder (a temp folder in tests)."""
    from zkijdesk.config import window_settings_path

    return QSettings(str(window_settings_path()), QSettings.Format.IniFormat)


class ClientsPage(QWidget):
    results_shown = Signal(int)  # number of matches, after the list was updated
    first_answer = Signal()  # the first search answered (or failed): start the rest
    filters_saved = Signal()  # a saved filter was stored or removed

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientsPage")
        self.ws = ws
        self.query = ClientListQuery()
        self.result: ClientListResult | None = None
        self.searches = 0
        self._answered_once = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 18)
        outer.setSpacing(12)

        top = QHBoxLayout()
        top.addWidget(widgets.page_header(self.tr("Cliënten")))
        self.count_label = widgets.label("", "pageIntro")
        self.count_label.setAccessibleName(self.tr("Aantal gevonden cliënten"))
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        self.new_button = widgets.button(
            self.tr("Nieuwe cliënt"),
            icon_name="plus",
            primary=True,
            on_click=ws.events.new_client.emit,
        )
        self.new_button.setToolTip(self.tr("Nieuwe cliënt inschrijven (Ctrl+N)"))
        if ws.actor.role is Role.ADMIN:  # an admin registers no clients
            self.new_button.hide()
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setAccessibleName(self.tr("Zoek cliënt"))
        self.search.setPlaceholderText(
            self.tr("Zoek op naam, cliëntnummer, postcode of geboortedatum")
        )
        self.search.setToolTip(self.tr("Zoeken terwijl u typt (Ctrl+F); Esc maakt het veld leeg"))
        self.search.addAction(icon("search", "muted"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._text_changed)
        self.search.installEventFilter(self)
        bar.addWidget(self.search, 1)

        self.filter_button = widgets.button(self.tr("Filters"), icon_name="filter")
        self.filter_button.setCheckable(True)
        self.filter_button.toggled.connect(self._toggle_filters)
        bar.addWidget(self.filter_button)

        self.saved_button = widgets.button(self.tr("Opgeslagen filters"), icon_name="save")
        self.saved_menu = QMenu(self)
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        self.saved_button.setMenu(self.saved_menu)
        self.saved_button.setProperty("hasMenu", True)
        bar.addWidget(self.saved_button)

        self.columns_button = widgets.button(self.tr("Kolommen"), icon_name="more")
        self.columns_button.setAccessibleName(self.tr("Kolommen kiezen"))
        self.columns_menu = QMenu(self)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_button.setProperty("hasMenu", True)
        bar.addWidget(self.columns_button)

        self.export_button = widgets.button(
            self.tr("Exporteren"), icon_name="download", on_click=self.export
        )
        self.export_button.setToolTip(self.tr("De huidige lijst als Excel-bestand (zonder BSN)"))
        bar.addWidget(self.export_button)
        outer.addLayout(bar)

        store = ws.services.store
        self.filters = FilterBar(
            lambda typed: [(name, uid) for uid, name in search_coaches(store, typed)],
            lambda uid: user_names(store, [uid]).get(uid, ""),
            ws.runner,
        )
        self.filters.changed.connect(self._filters_changed)
        self.filters.hide()
        outer.addWidget(self.filters)

        self.model = ClientTableModel(lambda ids: self.ws.services.client_list.rows(ids), self)
        self.model.sort_requested.connect(self._sort_requested)
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self.table.setAccessibleName(self.tr("Cliëntenlijst"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.table.horizontalHeader().setSortIndicator(
            COLUMNS.index("name"), Qt.SortOrder.AscendingOrder
        )
        self.table.setItemDelegateForColumn(
            COLUMNS.index("route_status"), StatusPillDelegate(self.table)
        )
        widths = {
            "client_number": 122,
            "birth_date": 134,
            "postcode": 86,
            "municipality": 110,
            "route_status": 106,
            "sector": 172,
            "coach": 140,
            "intake_date": 100,
        }
        self._natural = {COLUMNS.index(name): width for name, width in widths.items()}
        """The other columns' widths when there is room: the defaults, or as dragged."""
        self._fitting = False
        for column, width in self._natural.items():
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().sectionResized.connect(self._dragged)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.empty = widgets.empty_state("")
        self.empty_text = self.empty.words
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)

        self._restore_columns()
        ws.events.clients_changed.connect(self.refresh)
        ws.events.client_changed.connect(lambda cid: self.model.refresh_rows([cid]))

    # ------------------------------------------------------------------ search
    def set_refdata(self) -> None:
        self.filters.set_refdata(self.ws.ref, self.ws.today().year)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _text_changed(self, text: str) -> None:
        self.query = replace(self.query, text=text)
        self.refresh()

    def _filters_changed(self) -> None:
        self.query = self.filters.apply_to(self.query)
        self._update_filter_button()
        self.refresh()

    def _sort_requested(self, column: str, descending: bool) -> None:
        self.query = replace(self.query, sort=column, descending=descending)
        self.refresh()

    def refresh(self) -> None:
        query = self.query
        client_list = self.ws.services.client_list  # the work captures no widget
        self.ws.runner.run_latest(
            SEARCH_KEY,
            lambda: client_list.search(query),
            self._show_result,
            self._search_failed,
        )

    def _show_result(self, result: ClientListResult) -> None:
        selected = self.current_client_id()
        self.result = result
        self.searches += 1
        self.model.set_result(result)
        self.count_label.setText(self._count_text(result.count))
        if not result.count:
            self.empty_text.setText(self._empty_text())
        self.stack.setCurrentWidget(self.table if result.count else self.empty)
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectRow(row)
        self.results_shown.emit(result.count)
        self._answered()

    def _search_failed(self, exc: BaseException) -> None:
        self.count_label.setText(feedback.message(exc))
        self._answered()

    def _answered(self) -> None:
        if not self._answered_once:
            self._answered_once = True
            self.first_answer.emit()

    def _empty_text(self) -> str:
        """Why the list is empty. Blaming the search or the filters when none is set
        misleads: a team lead, who keeps no caseload, would start looking for a filter
        that hides the team."""
        if self.query.text.strip() or self.query.filter_count:
            return self.tr("Geen cliënten gevonden met deze zoekterm en filters.")
        role = self.ws.actor.role
        if role is Role.TEAMLEAD:
            return self.tr(
                "U heeft geen eigen cliënten. Hier staan alleen cliënten die u zelf begeleidt "
                "of die met u gedeeld zijn; de caseloads van uw team ziet u op de pagina Team."
            )
        if role is Role.ADMIN:
            return self.tr("Als functioneel beheerder opent u geen cliëntdossiers.")
        return self.tr("U heeft nog geen cliënten. Schrijf er een in met Nieuwe cliënt.")

    def _count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 cliënt")
        return self.tr("%1 cliënten").replace("%1", fmt.number(count))

    def _update_filter_button(self) -> None:
        active = self.query.filter_count
        text = (
            self.tr("Filters") if not active else self.tr("Filters (%1)").replace("%1", str(active))
        )
        self.filter_button.setText(text)
        self.filter_button.setAccessibleName(text)

    def _toggle_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)

    # ------------------------------------------------------------------ opening
    def current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.ids:
            return None
        return self.model.client_id(index.row())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ws.events.open_client.emit(self.model.client_id(index.row()))

    def open_row(self, row: int) -> None:
        self._open_index(self.model.index(row, 0))

    def eventFilter(self, watched, event) -> bool:
        # The search box's events come before the table exists.
        table = getattr(self, "table", None)
        if event.type() == QEvent.Type.Resize and table is not None and watched is table.viewport():
            self._fit_columns()
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search:
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
                if key == Qt.Key.Key_Down and self.model.rowCount():
                    self.table.setFocus()
                    self.table.selectRow(0)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                    row = max(self.table.currentIndex().row(), 0)
                    self.open_row(row)
                    return True
            elif watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_index(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ columns
    def _dragged(self, column: int, old: int, new: int) -> None:
        # Hiding a column resizes it to 0 and showing it again back from 0: neither is
        # a width the user chose (a column shown again kept its narrowed width).
        if not self._fitting and column in self._natural and old and new:
            self._natural[column] = new

    def _fit_columns(self) -> None:
        """Keep the names readable: the name column takes the room that is left, and
        where that is less than NAME_MIN the columns of words give way in proportion (their
        text elided, whole in the tooltip), down to COLUMN_MIN; only then does the table
        scroll sideways. At 1280 pixels the names were cut to "Fatim…" while sectors and
        coaches had room to spare."""
        if self._fitting:  # a scroll bar coming or going resizes the viewport again
            return
        shown = {c: w for c, w in self._natural.items() if not self.table.isColumnHidden(c)}
        # Numbers and dates keep their width (a date cut short is no date); the columns
        # of words give way.
        flexible = {c: w for c, w in shown.items() if COLUMNS[c] in GIVING_WAY}
        fixed = sum(shown.values()) - sum(flexible.values())
        room = self.table.viewport().width() - NAME_MIN - fixed
        shown.update(widgets.shrink_widths(flexible, room, COLUMN_MIN))
        self._fitting = True
        try:
            widgets.fit_stretch_column(self.table, shown, COLUMNS.index("name"), NAME_MIN)
        finally:
            self._fitting = False

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        order = sorted(range(len(COLUMNS)), key=header.visualIndex)
        return [COLUMNS[i] for i in order if not self.table.isColumnHidden(i)]

    def _restore_columns(self) -> None:
        hidden = window_settings().value("clients/hidden_columns", list(DEFAULT_HIDDEN))
        if isinstance(hidden, str):
            hidden = [hidden]
        elif not isinstance(hidden, list):  # a setting it cannot read hides none
            hidden = []
        for position, name in enumerate(COLUMNS):
            self.table.setColumnHidden(position, name in hidden)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for position, name in enumerate(COLUMNS):
            action = self.columns_menu.addAction(column_title(name))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(position))
            action.setEnabled(name != "name")
            action.toggled.connect(lambda on, p=position: self._set_column_shown(p, on))

    def _set_column_shown(self, position: int, shown: bool) -> None:
        self.table.setColumnHidden(position, not shown)
        self._fit_columns()
        hidden = [n for i, n in enumerate(COLUMNS) if self.table.isColumnHidden(i)]
        window_settings().setValue("clients/hidden_columns", hidden)

    # ------------------------------------------------------------------ saved filters
    def ask_filter_name(self) -> str | None:
        name, ok = QInputDialog.getText(
            self, self.tr("Filter bewaren"), labels.field(fields.FILTER_NAME) + ":"
        )
        return name if ok else None

    def _fill_saved_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        save = menu.addAction(icon("save"), self.tr("Huidige zoekopdracht bewaren…"))
        save.triggered.connect(self.save_current_filter)
        try:
            saved = self.ws.services.prefs.saved_filters()
        except Exception as exc:
            feedback.show_error(self, exc)
            return
        if saved:
            menu.addSeparator()
            for name, data in saved.items():
                action = menu.addAction(name)
                action.triggered.connect(lambda _c=False, d=data: self.apply_saved(d))
            remove = menu.addMenu(icon("trash"), self.tr("Verwijderen"))
            for name in saved:
                action = remove.addAction(name)
                action.triggered.connect(lambda _c=False, n=name: self.delete_filter(n))

    def save_current_filter(self) -> None:
        name = self.ask_filter_name()
        if not name:
            return
        prefs, data = self.ws.services.prefs, self.query.to_dict()

        def save() -> Changes:
            prefs.save_filter(name, data)
            return NOTHING  # a preference: no page shows it until its menu opens

        self.ws.runner.write(
            save,
            on_done=lambda _c: self.filters_saved.emit(),
            on_error=lambda exc: feedback.show_error(self, exc),
        )

    def delete_filter(self, name: str) -> None:
        prefs = self.ws.services.prefs

        def delete() -> Changes:
            prefs.delete_filter(name)
            return NOTHING

        self.ws.runner.write(
            delete,
            on_done=lambda _c: self.filters_saved.emit(),
            on_error=lambda exc: feedback.show_error(self, exc),
        )

    def apply_saved(self, data: dict) -> None:
        query = ClientListQuery.from_dict(data)
        self.filters.show_query(query)
        self.query = query
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self._update_filter_button()
        if query.filter_count:
            self.filter_button.setChecked(True)
        self._sync_sort_indicator()
        self.refresh()

    def _sync_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        order = (
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder
        )
        header.setSortIndicator(COLUMNS.index(self.query.sort), order)
        header.blockSignals(False)

    # ------------------------------------------------------------------ export
    def ask_export_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lijst exporteren"),
            str(Path.home() / self.tr("clientenlijst.xlsx")),
            self.tr("Excel-werkmap (*.xlsx)"),
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")

    def export(self) -> None:
        target = self.ask_export_path()
        if target is None:
            return
        columns = self.visible_columns()
        headers = [column_title(c) for c in columns]
        query = self.query
        window = self.window()
        exporter = self.ws.services.list_export

        def work(progress, token):
            return exporter.export_xlsx(
                query,
                columns,
                headers,
                target,
                values=display_value,
                progress=progress,
                cancelled=lambda: token.cancelled,
            )

        def done(count: int) -> None:
            text = self.tr("%1 cliënten geëxporteerd naar %2").replace("%1", fmt.number(count))
            _status(window, text.replace("%2", target.name))

        self.ws.runner.run(
            work,
            on_done=done,
            on_error=lambda exc: feedback.show_error(self, exc),
            on_cancel=lambda: _status(
                window, self.tr("Export afgebroken; er is niets geschreven.")
            ),
            label=self.tr("Lijst exporteren"),
            cancellable=True,
            with_progress=True,
        )


def _status(window: QWidget, text: str) -> None:
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)
