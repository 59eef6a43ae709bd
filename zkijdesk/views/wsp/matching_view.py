"""Matching both ways, with the reasons: candidates for a vacancy, vacancies for a client.

The search runs on a worker (a team-wide search reads every active client of the
region); the newest answer replaces the list. Each suggestion shows why it fits:
the five parts, which skills match, which are missing, and the training route. A
coach proposes a candidate from here and sets a client's hours wish, which matching
weighs against the hours a vacancy offers.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.i18n import translate_message
from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.matching import PART_LABELS
from zkijdesk.views import widgets
from zkijdesk.views.feedback import show_error
from zkijdesk.views.itemmodels.suggestions import (
    CandidateTableModel,
    SuggestionTableModel,
    VacancyMatchTableModel,
)
from zkijdesk.views.wsp.common import table, translated
from zkijdesk.views.wsp.forms import HoursDialog, describe_hours

VACANCY, CLIENT = "vacancy", "client"


class MatchingTab(QWidget):
    proposed = Signal()
    searched = Signal()
    clients_loaded = Signal()  # the coach's own clients are in the client choice
    hours_shown = Signal()  # the hours wish of the chosen client is shown

    def __init__(self, wsp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wsp = wsp
        self.matching, self.placements, self.contacts = wsp.matching, wsp.placements, wsp.contacts
        self.mode = VACANCY
        self.models: dict[str, SuggestionTableModel] = {
            VACANCY: CandidateTableModel(self),
            CLIENT: VacancyMatchTableModel(self),
        }
        self.setObjectName("wspMatching")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)

        controls = QHBoxLayout()
        self.direction = QComboBox()
        self.direction.setObjectName("matchDirection")
        self.direction.setAccessibleName(self.tr("Wat zoekt u"))
        self.direction.addItem(self.tr("Kandidaten voor een vacature"), VACANCY)
        self.direction.addItem(self.tr("Vacatures voor een cliënt"), CLIENT)
        # The row's combo boxes may shrink below their longest choice (which shows whole
        # when opened): at their full width the tab asked for 920 pixels, and in a window
        # of 1024 the employers' tab beside it lost its "Nieuwe werkgever" button.
        self.direction.setMinimumContentsLength(10)
        self.direction.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.direction.currentIndexChanged.connect(self._direction_changed)
        controls.addWidget(self.direction, 1)

        self.pickers = QStackedWidget()
        vacancy_box = QWidget()
        row = QHBoxLayout(vacancy_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.vacancy = QComboBox()
        self.vacancy.setObjectName("matchVacancy")
        self.vacancy.setAccessibleName(self.tr("Vacature"))
        self.vacancy.setMinimumContentsLength(10)
        self.vacancy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope = QComboBox()
        self.scope.setObjectName("matchScope")
        self.scope.setAccessibleName(self.tr("Welke cliënten"))
        self.scope.addItem(self.tr("Mijn cliënten"), "mine")
        self.scope.addItem(self.tr("Hele team (gepseudonimiseerd)"), "team")
        if wsp.ws.actor.team and wsp.ws.actor.role is Role.TEAMLEAD:
            # The server gives a team lead the anonymous figures and so not the team's
            # pool of candidates (the service refuses the search, docs/team-server.md).
            model = self.scope.model()
            assert isinstance(model, QStandardItemModel)  # a plain combo box's own model
            team_item = model.item(self.scope.findData("team"))
            team_item.setEnabled(False)
            team_item.setToolTip(
                self.tr(
                    "Op de teamdatabase zoeken alleen coaches in het hele team: u leest de "
                    "anonieme maandcijfers."
                )
            )
        elif wsp.ws.actor.role is Role.TEAMLEAD:
            # A team lead keeps no caseload of their own: "mine" would find nobody.
            self.scope.setCurrentIndex(self.scope.findData("team"))
        self.scope.setMinimumContentsLength(10)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        row.addWidget(self.vacancy, 2)
        row.addWidget(self.scope, 1)
        client_box = QWidget()
        row = QHBoxLayout(client_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.client = QComboBox()
        self.client.setObjectName("matchClient")
        self.client.setAccessibleName(self.tr("Cliënt"))
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # An editable combo box has its own line edit and completer.
        completer, line = self.client.completer(), self.client.lineEdit()
        assert completer is not None and line is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setPlaceholderText(self.tr("Typ een naam of cliëntnummer"))
        self.client.setMinimumContentsLength(14)
        self.client.currentIndexChanged.connect(lambda _i: self._update_hours())
        row.addWidget(self.client, 1)
        self.pickers.addWidget(vacancy_box)
        self.pickers.addWidget(client_box)
        controls.addWidget(self.pickers, 3)
        self.search = widgets.button(
            self.tr("Zoeken"), icon_name="search", primary=True, on_click=self.run
        )
        self.search.setObjectName("matchSearch")
        controls.addWidget(self.search)
        layout.addLayout(controls)

        hours_row = QHBoxLayout()
        self.hours_text = QLabel()
        self.hours_text.setObjectName("muted")
        self.hours_text.setWordWrap(True)
        self.hours_button = widgets.button(self.tr("Urenwens…"), on_click=self.edit_hours)
        self.hours_button.setObjectName("hoursButton")
        hours_row.addWidget(self.hours_text, 1)
        hours_row.addWidget(self.hours_button)
        layout.addLayout(hours_row)

        split = QSplitter()
        split.setChildrenCollapsible(False)
        self.list = table("suggestionTable", self.tr("Suggesties"), self.models[VACANCY])
        self.list.selection_changed.connect(self._show_reasons)
        split.addWidget(self.list)
        side, box = widgets.card(margins=16, spacing=10)
        side.setMinimumWidth(400)
        self.reasons = QLabel()
        self.reasons.setObjectName("matchReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setObjectName("reasonsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.reasons)
        self.propose = widgets.button(self.tr("Voordragen"), primary=True, on_click=self._propose)
        self.propose.setObjectName("proposeButton")
        box.addWidget(scroll, 1)
        box.addWidget(self.propose, 0, Qt.AlignmentFlag.AlignLeft)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 500])
        layout.addWidget(split, 1)
        self.setTabOrder(self.direction, self.vacancy)
        self.setTabOrder(self.vacancy, self.scope)
        self.setTabOrder(self.scope, self.client)
        self.setTabOrder(self.client, self.search)
        self.setTabOrder(self.search, self.hours_button)
        self.setTabOrder(self.hours_button, self.list)
        self.setTabOrder(self.list, self.propose)
        self._set_model()
        self._show_empty(self.tr("Kies een vacature en klik op Zoeken."))
        self.propose.setEnabled(False)
        self._update_hours()

    # ------------------------------------------------------------ choices
    def reload(self) -> None:
        current = self.vacancy.currentData()
        self.vacancy.blockSignals(True)
        self.vacancy.clear()
        for row in self.contacts.vacancy_rows(open_only=True):
            self.vacancy.addItem(f"{row.occupation} · {row.employer_name}", row.id)
        self.vacancy.blockSignals(False)
        self.select_vacancy(current)
        if self.mode == CLIENT:
            self._load_clients()

    def _load_clients(self) -> None:
        """The coach's own clients, read on the runner (the read is audited)."""

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            show_error(self, exc)
            self._show_clients([])

        self.wsp.runner.run_latest(
            f"wsp-own-clients-{id(self)}",
            self.matching.own_active_clients,
            self._show_clients,
            failed,
        )

    def _show_clients(self, people) -> None:
        current = self.client.currentData()
        self.client.blockSignals(True)
        self.client.clear()
        for person in people:
            text = (
                f"{person.name} ({person.client_number})" if person.client_number else person.name
            )
            self.client.addItem(text, person.id)
        self.client.blockSignals(False)
        self.select_client(current)
        self._update_hours()
        self.clients_loaded.emit()

    def select_vacancy(self, vacancy_id: int | None) -> None:
        index = self.vacancy.findData(vacancy_id) if vacancy_id is not None else -1
        if index >= 0:
            self.vacancy.setCurrentIndex(index)

    def select_client(self, client_id: int | None) -> None:
        index = self.client.findData(client_id) if client_id is not None else -1
        if index >= 0:
            self.client.setCurrentIndex(index)

    def set_direction(self, mode: str) -> None:
        self.direction.setCurrentIndex(self.direction.findData(mode))

    def _direction_changed(self, _index: int) -> None:
        self.mode = self.direction.currentData()
        self.pickers.setCurrentIndex(0 if self.mode == VACANCY else 1)
        self._set_model()
        if self.mode == CLIENT:
            self._load_clients()
            self._show_empty(self.tr("Kies een cliënt en klik op Zoeken."))
        else:
            self._show_empty(self.tr("Kies een vacature en klik op Zoeken."))
        self._update_hours()

    @property
    def model(self) -> SuggestionTableModel:
        """The suggestions of the current direction."""
        return self.models[self.mode]

    @property
    def suggestions(self) -> tuple:
        return self.model.rows

    def _set_model(self) -> None:
        """Show the current direction's columns, empty: an answer of the other direction
        does not belong under them."""
        model = self.model
        model.set_rows([])
        stretch = "client" if self.mode == VACANCY else "occupation"
        self.list.set_model(model, stretch=stretch, widths=model.WIDTHS)

    # ------------------------------------------------------------ searching
    def run(self) -> None:
        # ``work`` runs on a worker thread: it holds the service and plain values, never
        # this tab or one of its widgets.
        matching = self.matching
        if self.mode == VACANCY:
            vacancy_id, scope = self.vacancy.currentData(), self.scope.currentData()
            if vacancy_id is None:
                return

            def work():
                return matching.candidates(vacancy_id, scope=scope)
        else:
            client_id = self.client.currentData()
            if client_id is None:
                return

            def work():
                return matching.vacancies_for(client_id)

        self.search.setEnabled(False)
        self.propose.setEnabled(False)
        self.reasons.setText(self.tr("Bezig met zoeken…"))
        self.wsp.runner.run_latest(f"wsp-matching-{id(self)}", work, self._found, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.search.setEnabled(True)
        self._show_empty("")
        show_error(self, exc)

    def _found(self, suggestions) -> None:
        self.search.setEnabled(True)
        self.list.show_rows(suggestions)
        if suggestions:
            self.list.selectRow(0)
        elif self.mode == VACANCY:
            self._show_empty(
                self.tr("Geen actieve cliënten gevonden die nog niet zijn voorgedragen.")
            )
        else:
            self._show_empty(
                self.tr(
                    "Geen open vacatures gevonden waarvoor deze cliënt nog niet is voorgedragen."
                )
            )
        self.searched.emit()

    def current(self):
        return self.list.selected_row()

    def _show_empty(self, text: str) -> None:
        self.reasons.setText(f"<p style='color:gray'>{escape(text)}</p>" if text else "")
        self.propose.setEnabled(False)

    def _show_reasons(self) -> None:
        s = self.current()
        self._update_hours()
        if s is None:
            return

        def items(values: Iterable[str]) -> str:
            return "".join(f"<li>{escape(v)}</li>" for v in values) or "<li>–</li>"

        parts = "".join(
            f"<tr><td>{escape(translated(PART_LABELS[k]))}</td>"
            f"<td align='right'>&nbsp;&nbsp;{v}</td></tr>"
            for k, v in s.parts
        )
        who = s.name or s.client_number
        heading = (
            f"{escape(who)} — {escape(s.occupation)}"
            if self.mode == VACANCY
            else f"{escape(s.occupation)} · {escape(s.employer_name)}"
        )
        distance = f"{s.km:.0f} km" if s.km is not None else self.tr("onbekend")
        self.reasons.setText(
            f"<p style='font-size:12pt; font-weight:600'>{heading}</p>"
            f"<p>{self.tr('Score')} <b>{s.total:.0f}</b> {self.tr('van 100')} · "
            f"{self.tr('afstand')} {distance}</p>"
            f"<table cellspacing='0' cellpadding='1'>{parts}</table>"
            f"<p><b>{self.tr('Passende vaardigheden')}</b></p>"
            f"<ul>{items(s.matched_required + s.matched_desired)}</ul>"
            f"<p><b>{self.tr('Ontbrekende vereiste vaardigheden')}</b></p>"
            f"<ul>{items(s.missing_required)}</ul>"
            f"<p><b>{self.tr('Ontbrekende gewenste vaardigheden')}</b></p>"
            f"<ul>{items(s.missing_desired)}</ul>"
            f"<p><b>{self.tr('Scholingsroute')}</b></p>"
            f"<ul>{items(translate_message(step) for step in s.training_route)}</ul>"
            f"<p><b>{self.tr('Let op')}</b></p>"
            f"<ul>{items(translate_message(note) for note in s.notes)}</ul>"
        )
        self.propose.setEnabled(s.client_id is not None)
        self.propose.setToolTip(
            ""
            if s.client_id is not None
            else self.tr("Alleen de eigen coach kan deze cliënt voordragen.")
        )

    def _propose(self) -> None:
        s = self.current()
        if s is None or s.client_id is None:
            return
        placements, vacancy_id, client_id, score = (
            self.placements,
            s.vacancy_id,
            s.client_id,
            s.total,
        )

        def proposed(_r) -> None:
            self.proposed.emit()
            self.run()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            show_error(self, exc)

        self.wsp.runner.write(
            lambda: Written(
                placements.propose(vacancy_id, client_id, score=score),
                Changes.of_client(client_id, vacancies=True),
            ),
            on_done=proposed,
            on_error=failed,
            busy=(self.propose,),
            initiator=self,
        )

    # ------------------------------------------------------------ hours wanted
    def hours_client(self) -> tuple[int | None, str]:
        """The client whose hours wish the button edits: the chosen one, or the selected
        candidate when that is one of the actor's own clients."""
        if self.mode == CLIENT:
            return self.client.currentData(), self.client.currentText()
        s = self.current()
        if s is not None and s.client_id is not None:
            return s.client_id, s.name or s.client_number
        return None, ""

    def _update_hours(self) -> None:
        client_id, who = self.hours_client()
        self.hours_button.setEnabled(client_id is not None)
        if client_id is None:
            self.hours_text.setText(
                self.tr("Selecteer een eigen cliënt om de urenwens te zien of vast te leggen.")
            )
            return
        matching = self.matching

        def shown(current) -> None:
            self.hours_text.setText(
                self.tr("Urenwens van {who}: {hours}").format(
                    who=who, hours=describe_hours(current)
                )
            )
            self.hours_shown.emit()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            shown((None, None))

        # The read is audited (a write): on the runner, newest choice only.
        self.wsp.runner.run_latest(
            f"wsp-hours-{id(self)}", lambda: matching.work_preference(client_id), shown, failed
        )

    def edit_hours(self) -> None:
        client_id, who = self.hours_client()
        if client_id is None:
            return
        matching = self.matching

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            show_error(self, exc)

        self.wsp.runner.run(
            lambda: matching.work_preference(client_id),
            on_done=lambda current: self._open_hours(client_id, who, current),
            on_error=failed,
        )

    def _open_hours(self, client_id: int, who: str, current) -> None:
        dialog = HoursDialog(self.matching, client_id, who, current, parent=self)
        dialog.runner, dialog.changes = self.wsp.runner, Changes.of_client(client_id)
        dialog.saved.connect(lambda _hours: self._hours_saved())
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _hours_saved(self) -> None:
        self._update_hours()
        if self.suggestions:
            self.run()
