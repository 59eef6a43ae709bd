"""The placement pipeline in four columns: voorgedragen, gesprek, geplaatst, niet geplaatst.

Select a running proposal, then record the interview, the placement (contract, hours,
start; the follow-up tasks at 3, 6 and 12 months follow from it) or why it ended.
The service judges every field of a step at once; each refused field turns red with its
sentence under it, all together, and a refusal that belongs to no field (a decided
proposal, a closed route) appears on the line above the fields. A step that landed is
confirmed in the status bar, as a form's save is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import ContractType
from zkijdesk.domain.errors import ValidationError, ZkijdeskError
from zkijdesk.domain.matching import PENDING_STAGES, CandidacyStage, NotPlacedReason
from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.placements import CandidacyView
from zkijdesk.views import feedback, labels, widgets
from zkijdesk.views.itemmodels.candidacies import CandidacyListModel
from zkijdesk.views.itemmodels.rows import IdRole
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.wsp.common import choices, translated

STAGES = (
    (CandidacyStage.PROPOSED, QT_TRANSLATE_NOOP("Wsp", "Voorgedragen")),
    (CandidacyStage.INTERVIEW, QT_TRANSLATE_NOOP("Wsp", "Gesprek")),
    (CandidacyStage.PLACED, QT_TRANSLATE_NOOP("Wsp", "Geplaatst")),
    (CandidacyStage.NOT_PLACED, QT_TRANSLATE_NOOP("Wsp", "Niet geplaatst")),
)
REASONS = {
    NotPlacedReason.EMPLOYER_CHOSE_OTHER: QT_TRANSLATE_NOOP("Wsp", "Andere kandidaat gekozen"),
    NotPlacedReason.SKILLS: QT_TRANSLATE_NOOP("Wsp", "Vaardigheden onvoldoende"),
    NotPlacedReason.CLIENT_DECLINED: QT_TRANSLATE_NOOP("Wsp", "Cliënt ziet af"),
    NotPlacedReason.TERMS: QT_TRANSLATE_NOOP("Wsp", "Voorwaarden passen niet"),
    NotPlacedReason.VACANCY_CLOSED: QT_TRANSLATE_NOOP("Wsp", "Vacature vervallen"),
    NotPlacedReason.OTHER: QT_TRANSLATE_NOOP("Wsp", "Anders"),
}
LIST_STYLE = "QListView::item { padding: 8px 10px; margin: 2px 0; }"


class PipelineTab(QWidget):
    loaded = Signal()  # the lists show what ``reload`` read

    def __init__(self, wsp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placements, self.today, self.runner = wsp.placements, wsp.today, wsp.runner
        self.setObjectName("wspPipeline")
        self.current_id: int | None = None
        self.loading = False  # the pipeline is being read
        self.views: dict[int, CandidacyView] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)

        columns = QGridLayout()
        columns.setHorizontalSpacing(12)
        self.lists: dict[CandidacyStage, QListView] = {}
        self.models: dict[CandidacyStage, CandidacyListModel] = {}
        self.headers: dict[CandidacyStage, QLabel] = {}
        for col, (stage, text) in enumerate(STAGES):
            header = widgets.label(translated(text), "sectionTitle")
            model = CandidacyListModel(self)
            view = QListView()
            view.setObjectName(f"stage_{stage.value}")
            view.setAccessibleName(translated(text))
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setStyleSheet(LIST_STYLE)
            view.selectionModel().selectionChanged.connect(
                lambda _new, _old, v=view: self._selected(v)
            )
            self.models[stage] = model
            columns.addWidget(header, 0, col)
            columns.addWidget(view, 1, col)
            columns.setColumnStretch(col, 1)
            self.lists[stage] = view
            self.headers[stage] = header
        layout.addLayout(columns, 1)

        card, box = widgets.card(margins=14, spacing=8)
        self.chosen = widgets.label("", "sectionTitle", wrap=True)
        box.addWidget(self.chosen)
        # One reserved line for a refusal that belongs to no field: a fixed line keeps
        # the card still when it comes and goes.
        self.error = widgets.label("", "fieldError")
        self.error.setMinimumHeight(self.error.fontMetrics().height() + 4)
        box.addWidget(self.error)
        self.fields: dict[str, widgets.Field] = {}

        self.interview_on = widgets.date_edit(self.tr("Datum gesprek"), self.today())
        self.interview_on.setObjectName("interviewDate")
        self.interview = widgets.button(self.tr("Gesprek vastleggen"), on_click=self._interview)
        self.interview.setObjectName("interviewButton")
        box.addLayout(
            self._row(
                [("interview_on", self.tr("Datum gesprek"), self.interview_on)], self.interview
            )
        )

        self.contract = widgets.combo(self.tr("Soort contract"), labels.choices(ContractType))
        self.contract.setObjectName("contractType")
        self.contract.setMinimumContentsLength(16)
        self.hours = QSpinBox()
        self.hours.setObjectName("placementHours")
        self.hours.setRange(1, 60)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" uur"))
        self.hours.setAccessibleName(self.tr("Uren per week"))
        self.start = widgets.date_edit(self.tr("Startdatum"), self.today())
        self.start.setObjectName("placementStart")
        self.place = widgets.button(self.tr("Geplaatst"), primary=True, on_click=self._place)
        self.place.setObjectName("placeButton")
        box.addLayout(
            self._row(
                [
                    ("contract_type", self.tr("Soort contract"), self.contract),
                    ("hours_per_week", self.tr("Uren per week"), self.hours),
                    ("start_date", self.tr("Startdatum"), self.start),
                ],
                self.place,
            )
        )

        reasons: list[tuple[str, NotPlacedReason]] = choices(REASONS)
        self.reason = widgets.combo(self.tr("Reden"), reasons)
        self.reason.setObjectName("notPlacedReason")
        self.reason.setMinimumContentsLength(24)
        self.reject = widgets.button(self.tr("Niet geplaatst"), on_click=self._reject)
        self.reject.setObjectName("notPlacedButton")
        box.addLayout(
            self._row([("reason", self.tr("Reden niet geplaatst"), self.reason)], self.reject)
        )
        layout.addWidget(card)
        self._set_actions(None)

    def _row(self, items, button) -> QHBoxLayout:
        """Fields with their captions, then the action button level with the inputs."""
        row = QHBoxLayout()
        row.setSpacing(12)
        for name, caption, editor in items:
            editor.setMinimumWidth(max(editor.minimumWidth(), 130))
            field = widgets.Field(caption, editor)
            self.fields[name] = field
            row.addWidget(field)
        # A blank caption puts the button level with the inputs, error or not.
        row.addWidget(widgets.Field(" ", button))
        row.addStretch(1)
        return row

    # ------------------------------------------------------------ showing
    def reload(self) -> None:
        """Read the pipeline on the runner (the read is audited, so it writes)."""
        self.loading = True
        self.runner.run_latest(
            "wsp:pipeline", self.placements.pipeline, self._show, self._load_failed
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        if not isinstance(exc, ZkijdeskError):
            raise exc
        self._refuse(exc)

    def _show(self, rows: list[CandidacyView]) -> None:
        self.loading = False
        keep = self.current_id
        self.views = {c.id: c for c in rows}
        for stage, text in STAGES:
            model = self.models[stage]
            model.set_rows([c for c in rows if c.stage is stage])
            self.headers[stage].setText(f"{translated(text)} ({model.rowCount()})")
        self.current_id = None
        if keep is not None and keep in self.views:
            stage = self.views[keep].stage
            position = self.models[stage].position_of(keep)
            if position is not None:  # listed under its stage, as the rows were split
                self.lists[stage].setCurrentIndex(self.models[stage].index(position, 0))
        current = self.current_id  # set again when a row was selected just now
        self._set_actions(self.views.get(current) if current is not None else None)
        self.loaded.emit()

    def _selected(self, view: QListView) -> None:
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            return
        # One proposal is chosen in all columns; a column losing its selection comes
        # back here and stops at the check above.
        for other in self.lists.values():
            if other is not view:
                other.clearSelection()
        self.current_id = index.data(IdRole)
        self._set_actions(self.views.get(self.current_id))

    def _set_actions(self, candidacy: CandidacyView | None) -> None:
        running = candidacy is not None and candidacy.stage in PENDING_STAGES
        # A colleague's client is shown by number only; only their coach takes the step.
        mine = candidacy is not None and candidacy.client_id is not None
        for widget in (self.interview, self.place, self.reject):
            widget.setEnabled(running and mine)
        self._clear_errors()
        if candidacy is None:
            self.chosen.setText(
                self.tr("Selecteer een voordracht om de volgende stap vast te leggen.")
            )
            return
        who = candidacy.name or self.tr("{number} (cliënt van collega {coach})").format(
            number=candidacy.client_number, coach=candidacy.coach_name or "-"
        )
        text = f"{who} — {candidacy.occupation} · {candidacy.employer_name}"
        if running and not mine:
            text += self.tr(" · alleen de eigen coach legt de volgende stap vast")
        self.chosen.setText(text)

    def _clear_errors(self) -> None:
        self.error.setText("")
        self.error.setAccessibleName("")
        for field in self.fields.values():
            field.clear_error()

    def _refuse(self, exc: ZkijdeskError) -> None:
        elsewhere = (
            feedback.show_field_errors(exc, self.fields)
            if isinstance(exc, ValidationError)
            else [exc]
        )
        text = " ".join(feedback.message(e) for e in elsewhere)
        self.error.setText(text)
        self.error.setAccessibleName(text)

    # ------------------------------------------------------------ acting
    def _act(self, call, **kinds: bool) -> None:
        """Run ``call(candidacy_id)`` (a service call that reads no widget) on the
        writer; the candidacy's client and vacancy change, and what ``kinds`` adds."""
        candidacy = self.views.get(self.current_id) if self.current_id is not None else None
        if candidacy is None:
            return
        self._clear_errors()
        candidacy_id = candidacy.id
        clients = () if candidacy.client_id is None else (candidacy.client_id,)
        changes = Changes.of_clients(clients, vacancies=True, **kinds)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            self._refuse(exc)

        def done(_result) -> None:
            feedback.saved(self, QCoreApplication.translate("Wsp", "Opgeslagen."))
            self.reload()

        self.runner.write(
            lambda: Written(call(candidacy_id), changes),
            on_done=done,
            on_error=failed,
            busy=(self.interview, self.place, self.reject),
            initiator=self,
        )

    def _interview(self) -> None:
        placements, interview_on = self.placements, self.interview_on.text()
        self._act(lambda cid: placements.record_interview(cid, interview_on))

    def _place(self) -> None:
        placements = self.placements
        values = {
            "contract_type": self.contract.currentData(),
            "hours_per_week": self.hours.value(),
            "start_date": self.start.text(),
        }
        # A placement plans its follow-ups, which the worklist shows.
        self._act(lambda cid: placements.place(cid, **values), tasks=True)

    def _reject(self) -> None:
        placements, reason = self.placements, self.reason.currentData()
        self._act(lambda cid: placements.not_placed(cid, reason))
