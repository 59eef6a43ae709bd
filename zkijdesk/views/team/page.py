"""The team lead's start page: each coach's caseload, what is overdue or due, and
moving one client or a whole caseload to a colleague.

Every figure is read off the UI thread (``window.runner``); the tables are models that
hold rows of plain data, and a transfer shows what it will move before it moves it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain import fields
from zkijdesk.domain.enums import Role
from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.team_overview import (
    CaseloadMove,
    ClientMove,
    CoachLoad,
)
from zkijdesk.views import feedback, fmt, widgets
from zkijdesk.views.workspace import Workspace


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows; ``columns`` are (header, value of a row).

    Each cell's text is formatted once when the rows arrive: the view asks for every
    cell many times (each role, each repaint, each measurement of a column), and
    formatting 200 overdue tasks' dates on every ask froze the window for a tenth of
    a second after each refresh."""

    def __init__(self, columns, parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []
        self._cells: list[list[tuple[str, bool]]] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [
            [(str(value), isinstance(value, int)) for value in (get(r) for _h, get in self.columns)]
            for r in self.rows
        ]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # The tooltip gives the whole text of a cell the column cuts short.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()][0]
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and self._cells[index.row()][index.column()][1]
        ):
            return _RIGHT
        return None


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    # Columns are fitted once per refresh (``_fill``), not on every layout pass: a
    # header that resizes to contents measures every row again at each repaint.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
    # At least a few rows stay readable: in a small window (or at 200 %) the page
    # scrolls, rather than squeezing each table down to one row.
    rows = view.verticalHeader().defaultSectionSize() * MIN_ROWS
    view.setMinimumHeight(rows + view.horizontalHeader().sizeHint().height() + 4)
    return view


MIN_ROWS = 5


NARROW = 900
"""Below this width the task and follow-up lists stand one under the other."""

FITTED_ROWS = 50
"""Rows measured when the columns are fitted: enough for the widest name or title."""


def _fill(view: QTableView, rows: Iterable[object]) -> None:
    model = view.model()
    assert isinstance(model, RowsModel)  # every table of the page is made on one
    model.set_rows(rows)
    view.resizeColumnsToContents()


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _fill_targets(combo: QComboBox, targets: list[CoachLoad]) -> None:
    combo.clear()
    for coach in targets:
        combo.addItem(coach.name, coach.user_id)


class TransferDialog(QDialog):
    """Move one coach's open routes to another, after saying what will move."""

    def __init__(self, source: CoachLoad, targets: list[CoachLoad], moving: CaseloadMove, parent):
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.setWindowTitle(self.tr("Caseload overdragen"))
        self.setMinimumWidth(460)
        column = QVBoxLayout(self)
        self.summary = widgets.label(
            self.tr(
                "Van %1 gaan naar de gekozen collega: %2 lopende route(s), %3 open taak/taken "
                "over die cliënten en %4 nazorgmoment(en) die nu te doen zijn."
            )
            .replace("%1", source.name)
            .replace("%2", str(moving.routes))
            .replace("%3", str(moving.open_tasks))
            .replace("%4", str(moving.follow_ups_due)),
            wrap=True,
        )
        self.summary.setObjectName("transferSummary")
        column.addWidget(self.summary)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Nieuwe coach"))
        _fill_targets(self.target, targets)
        column.addWidget(widgets.Field(self.tr("Nieuwe coach"), self.target))
        column.addWidget(
            widgets.label(
                self.tr(
                    "De overdracht komt in het auditlog. U opent de dossiers daarbij niet; "
                    "de nieuwe coach ziet ze direct in de eigen werkvoorraad, de vorige "
                    "niet meer (tenzij een dossier met hem of haar gedeeld is)."
                ),
                "muted",
                wrap=True,
            )
        )
        buttons = _buttons(self, self.tr("Overdragen"), self.tr("Annuleren"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(moving.routes and targets)
        )
        column.addWidget(buttons)


class ClientTransferDialog(QDialog):
    """Move one client to another coach: the lead types the number a coach gave them
    (or picks it from a colleague's task), sees whose route it is and what goes along,
    and only then chooses the new coach."""

    def __init__(self, page: TeamPage, number: str | None) -> None:
        super().__init__(page)
        self.page = page
        self.preview: ClientMove | None = None
        self.setObjectName("clientTransferDialog")
        self.setWindowTitle(self.tr("Cliënt overdragen"))
        self.setMinimumWidth(460)
        column = QVBoxLayout(self)
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        self.number = QLineEdit(number or "")
        self.number.setObjectName("clientNumber")
        self.number.setPlaceholderText(self.tr("bijvoorbeeld ZK0000123"))
        self.number_field = widgets.Field(fields.CLIENT_NUMBER, self.number)
        row = QHBoxLayout()
        row.addWidget(self.number_field, 1)
        self.look_up = widgets.button(self.tr("Opzoeken"), on_click=self.look_up_client)
        self.look_up.setObjectName("lookUpButton")
        row.addWidget(self.look_up, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(row)
        self.summary = widgets.label(
            self.tr("Zoek eerst de cliënt op; zkijdesk laat dan zien wat meegaat."),
            "muted",
            wrap=True,
        )
        self.summary.setObjectName("transferSummary")
        column.addWidget(self.summary)
        self.target = QComboBox()
        self.target.setEnabled(False)
        self.target_field = widgets.Field(self.tr("Nieuwe coach"), self.target)
        column.addWidget(self.target_field)
        column.addWidget(
            widgets.label(
                self.tr(
                    "De overdracht komt in het auditlog. U opent het dossier daarbij niet; "
                    "de vorige coach ziet het daarna niet meer (tenzij het met hem of haar "
                    "gedeeld is)."
                ),
                "muted",
                wrap=True,
            )
        )
        self.buttons = _buttons(self, self.tr("Overdragen"), self.tr("Annuleren"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        column.addWidget(self.buttons)
        self.number.returnPressed.connect(self.look_up_client)
        self.number.textEdited.connect(self._forget)

    def look_up_client(self) -> None:
        service = self.page.service
        number = self.number.text()
        self.look_up.setEnabled(False)
        self.page.ws.runner.run(
            lambda: service.client_preview(number), on_done=self._found, on_error=self._refused
        )

    def _forget(self, *_args) -> None:
        """A changed number voids the preview: what was shown is no longer what moves."""
        self.preview = None
        self.ok.setEnabled(False)
        self.target.setEnabled(False)

    def _refused(self, exc: BaseException) -> None:
        self.look_up.setEnabled(True)
        self._forget()
        feedback.show_refusal(exc, {"client_number": self.number_field}, self.banner)

    def _found(self, move: ClientMove) -> None:
        self.look_up.setEnabled(True)
        self.preview = move
        since = fmt.day(move.intake_date)
        if move.open_route:
            text = self.tr("Cliënt %1: lopende route sinds %2 bij %3.")
        else:
            text = self.tr("Cliënt %1 heeft geen lopende route; de laatste (vanaf %2) was bij %3.")
        text = (
            text.replace("%1", move.client_number)
            .replace("%2", since)
            .replace("%3", move.coach or self.tr("niemand"))
        )
        text += " " + self.tr(
            "%1 open taak/taken van die coach over deze cliënt gaan mee."
        ).replace("%1", str(move.open_tasks))
        self.summary.setText(text)
        targets = [c for c in self.page.loads if c.user_id != move.coach_id]
        _fill_targets(self.target, targets)
        self.target.setEnabled(bool(targets))
        self.ok.setEnabled(bool(targets))
        self.ok.setFocus()


class TeamPage(QWidget):
    def __init__(self, ws: Workspace, window) -> None:
        super().__init__(window)
        self.setObjectName("teamOverview")
        self.ws = ws
        self.service = ws.services.team_overview
        self.loads: list[CoachLoad] = []
        self.loading = False  # the team's figures are being read
        self.dialog: TransferDialog | ClientTransferDialog | None = None

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(14)
        column.addWidget(
            widgets.page_header(
                self.tr("Team"),
                self.tr(
                    "De caseload per coach, wat te laat is, en overdragen zonder dossiers te "
                    "openen."
                ),
            )
        )
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        # Open to-dos whose owner no longer sees the file: shown only when there are any.
        self.stray_banner = widgets.Banner()
        column.addWidget(self.stray_banner)

        frame, layout = widgets.card()
        layout.addWidget(widgets.label(self.tr("Caseloads"), "sectionTitle"))
        self.loads_model = RowsModel(
            [
                (self.tr("Coach"), lambda c: c.name),
                (self.tr("Lopende routes"), lambda c: c.open_routes),
                (self.tr("Nieuw deze maand"), lambda c: c.new_this_month),
                (self.tr("Taken te laat"), lambda c: c.overdue_tasks),
                (self.tr("Nazorg t/m vandaag"), lambda c: c.follow_ups_due),
            ],
            self,
        )
        self.loads_view = _table(self.loads_model, "caseloadTable")
        layout.addWidget(self.loads_view, 2)
        row = QHBoxLayout()
        self.transfer_button = widgets.button(
            self.tr("Caseload overdragen…"), on_click=self.start_transfer
        )
        self.transfer_button.setObjectName("transferButton")
        self.transfer_button.setEnabled(False)
        row.addWidget(self.transfer_button)
        self.client_button = widgets.button(
            self.tr("Cliënt overdragen…"), on_click=self.start_client_transfer
        )
        self.client_button.setObjectName("clientTransferButton")
        row.addWidget(self.client_button)
        row.addStretch(1)
        row.addWidget(
            widgets.button(self.tr("Vernieuwen"), icon_name="refresh", on_click=self.refresh)
        )
        layout.addLayout(row)
        column.addWidget(frame, 3)

        self.lists = lists = QHBoxLayout()
        lists.setSpacing(14)
        frame, layout = widgets.card()
        layout.addWidget(
            widgets.label(self.tr("Taken van collega's die te laat zijn"), "sectionTitle")
        )
        self.tasks_model = RowsModel(
            [
                (self.tr("Coach"), lambda t: t.coach),
                (self.tr("Uiterste datum"), lambda t: fmt.day(t.due_date)),
                (self.tr("Cliëntnummer"), lambda t: t.client_number or "—"),
                (self.tr("Taak"), lambda t: t.title),
            ],
            self,
        )
        self.tasks_view = _table(self.tasks_model, "overdueTable")
        layout.addWidget(self.tasks_view, 1)
        lists.addWidget(frame, 5)
        frame, layout = widgets.card()
        layout.addWidget(
            widgets.label(self.tr("Nazorg van collega's die te doen is"), "sectionTitle")
        )
        self.follow_ups_model = RowsModel(
            [
                (self.tr("Coach"), lambda f: f.coach),
                (self.tr("Controle"), self._follow_up_when),
                (self.tr("Cliëntnummer"), lambda f: f.client_number or "—"),
            ],
            self,
        )
        self.follow_ups_view = _table(self.follow_ups_model, "followUpTable")
        layout.addWidget(self.follow_ups_view, 1)
        lists.addWidget(frame, 4)
        column.addLayout(lists, 2)
        self.contributions = widgets.label("", wrap=True)
        self.contributions.setObjectName("contributionStatus")
        self.contributions.hide()
        column.addWidget(self.contributions)
        self.status = QLabel()
        self.status.setObjectName("muted")
        column.addWidget(self.status)
        self.loads_view.selectionModel().selectionChanged.connect(self._selection)
        self.refresh()

    def resizeEvent(self, event) -> None:
        """Side by side where there is room; one under the other in a narrow window
        (200 %), where two tables of four columns would each scroll sideways."""
        super().resizeEvent(event)
        direction = (
            QHBoxLayout.Direction.LeftToRight
            if event.size().width() >= NARROW
            else QHBoxLayout.Direction.TopToBottom
        )
        if self.lists.direction() != direction:
            self.lists.setDirection(direction)

    def _follow_up_when(self, follow_up) -> str:
        return (
            self.tr("%1 (na %2 mnd)")
            .replace("%1", fmt.day(follow_up.due_date))
            .replace("%2", str(follow_up.months))
        )

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        service, caseload = self.service, self.ws.services.caseload
        self.loading = True
        self.status.setText(self.tr("Teamcijfers worden gelezen…"))
        self.ws.runner.run(
            lambda: (
                service.caseloads(),
                service.overdue_tasks(),
                service.follow_ups_due(),
                service.contributions(),
                caseload.stray_tasks(),
            ),
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, result) -> None:
        self.loading = False
        self.loads, tasks, follow_ups, contributions, stray = result
        self._show_contributions(contributions)
        self._show_stray(stray)
        _fill(self.loads_view, self.loads)
        _fill(self.tasks_view, tasks)
        _fill(self.follow_ups_view, follow_ups)
        me = self.ws.actor.user_id
        overdue = sum(c.overdue_tasks for c in self.loads if c.user_id != me)
        text = self.tr("%1 coaches, %2 lopende routes, %3 taken van collega's te laat.")
        if overdue > len(tasks):
            text += " " + self.tr("De oudste %1 staan hieronder.").replace("%1", str(len(tasks)))
        self.status.setText(
            # The people listed include team leads (a transfer may go to them); the
            # count is of coaches ("27 coaches" once counted both team leads).
            text.replace("%1", str(sum(1 for c in self.loads if c.role is Role.COACH)), 1)
            .replace("%2", str(sum(c.open_routes for c in self.loads)))
            .replace("%3", str(overdue))
        )
        self._selection()

    def _show_stray(self, count: int) -> None:
        if not count:
            self.stray_banner.hide()
            return
        button = widgets.button(self.tr("Naar de coach van het dossier"), on_click=self.hand_over)
        button.setObjectName("handOverButton")
        self.stray_banner.show_message(
            self.tr(
                "%1 open taak/taken staan bij een collega die het dossier niet meer ziet "
                "(van voor deze versie, of een deling die is beëindigd)."
            ).replace("%1", str(count)),
            "warning",
            [button],
        )

    def hand_over(self) -> None:
        """Every stray to-do to the coach of its client's file; the lead opens no file."""
        caseload = self.ws.services.caseload
        sentence = self.tr("%1 taak/taken naar de coach van het dossier.")
        self.ws.runner.write(
            lambda: Written(caseload.hand_over_stray_tasks(), Changes(tasks=True)),
            on_done=lambda moved: self._transferred(sentence.replace("%1", str(moved))),
            on_error=self._failed,
        )

    def _show_contributions(self, status) -> None:
        """Which coaches sent last month's contribution file, and who has not yet."""
        if status is None:
            self.contributions.hide()
            return
        received = ", ".join(name for name, _made, _imported in status.received) or "—"
        missing = ", ".join(status.missing) or "—"
        self.contributions.setText(
            self.tr("Bijdragen %1: ontvangen van %2; nog niet van %3.")
            .replace("%1", fmt.month(status.period))
            .replace("%2", received)
            .replace("%3", missing)
        )
        self.contributions.show()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        self.status.setText("")
        self.banner.show_message(feedback.message(exc), "danger")

    def _selected(self) -> CoachLoad | None:
        rows = self.loads_view.selectionModel().selectedRows()
        return self.loads[rows[0].row()] if rows else None

    def _selection(self, *_args) -> None:
        chosen = self._selected()
        self.transfer_button.setEnabled(chosen is not None and chosen.open_routes > 0)

    # ------------------------------------------------------------------ transfer
    def start_transfer(self) -> None:
        source = self._selected()
        if source is None:
            return
        service = self.service
        self.ws.runner.run(
            lambda: service.transfer_preview(source.user_id),
            on_done=lambda moving: self._ask_transfer(source, moving),
            on_error=self._failed,
        )

    def _ask_transfer(self, source: CoachLoad, moving: CaseloadMove) -> None:
        targets = [c for c in self.loads if c.user_id != source.user_id]
        self.dialog = dialog = TransferDialog(source, targets, moving, self)
        dialog.accepted.connect(lambda: self._transfer(source, dialog.target.currentData()))
        dialog.open()

    def _transfer(self, source: CoachLoad, target_id: int) -> None:
        caseload = self.ws.services.caseload
        self._write(
            lambda: caseload.transfer_caseload(source.user_id, target_id),
            lambda moved: self.tr("%1 route(s) overgedragen.").replace("%1", str(moved)),
        )

    def start_client_transfer(self) -> None:
        """Start from the client number of a selected colleague's task or follow-up."""
        number = None
        for view in (self.tasks_view, self.follow_ups_view):
            rows = view.selectionModel().selectedRows()
            model = view.model()
            if rows and isinstance(model, RowsModel):
                number = model.rows[rows[0].row()].client_number
        self.dialog = dialog = ClientTransferDialog(self, number)
        dialog.accepted.connect(self._transfer_client)
        dialog.open()

    def _transfer_client(self) -> None:
        dialog = self.dialog
        assert isinstance(dialog, ClientTransferDialog)  # its accepted signal called this
        move, target_id = dialog.preview, dialog.target.currentData()
        name = dialog.target.currentText()
        if move is None or target_id is None:
            return
        caseload = self.ws.services.caseload
        self._write(
            lambda: caseload.transfer_client(move.client_id, target_id),
            lambda _route: (
                self.tr("Cliënt %1 overgedragen aan %2.")
                .replace("%1", move.client_number)
                .replace("%2", name)
            ),
        )

    def _write(self, op, sentence) -> None:
        # The files change coach: every list of clients and tasks may show them.
        self.ws.runner.write(
            lambda: Written(op(), Changes(clients=True, tasks=True)),
            on_done=lambda result: self._transferred(sentence(result)),
            on_error=self._failed,
        )

    def _transferred(self, sentence: str) -> None:
        self.banner.show_message(sentence, "info")
        feedback.saved(self, sentence)
        self.refresh()
