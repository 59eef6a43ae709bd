"""The placement pipeline in four columns: voorgedragen, gesprek, geplaatst, niet geplaatst."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import ContractType
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.matching import CandidacyStage, NotPlacedReason
from zkijdesk.views.feedback import show_error
from zkijdesk.views.wsp.common import day

STAGES = (
    (CandidacyStage.PROPOSED, "Voorgedragen"),
    (CandidacyStage.INTERVIEW, "Gesprek"),
    (CandidacyStage.PLACED, "Geplaatst"),
    (CandidacyStage.NOT_PLACED, "Niet geplaatst"),
)
REASONS = {
    NotPlacedReason.EMPLOYER_CHOSE_OTHER: "Andere kandidaat gekozen",
    NotPlacedReason.SKILLS: "Vaardigheden onvoldoende",
    NotPlacedReason.CLIENT_DECLINED: "Cliënt ziet af",
    NotPlacedReason.TERMS: "Voorwaarden passen niet",
    NotPlacedReason.VACANCY_CLOSED: "Vacature vervallen",
    NotPlacedReason.OTHER: "Anders",
}
CONTRACTS = {
    ContractType.FIXED_TERM: "Bepaalde tijd",
    ContractType.PERMANENT: "Vast",
    ContractType.TEMPORARY_AGENCY: "Uitzendbaan",
    ContractType.ON_CALL: "Oproep",
    ContractType.APPRENTICESHIP: "Leerwerkbaan",
    ContractType.SELF_EMPLOYED: "Zzp",
}


def _qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


class PipelineTab(QWidget):
    def __init__(self, placements, today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placements, self.today = placements, today
        self.setObjectName("wspPipeline")
        layout = QVBoxLayout(self)
        columns = QGridLayout()
        self.lists: dict[CandidacyStage, QListWidget] = {}
        for col, (stage, label) in enumerate(STAGES):
            header = QLabel(self.tr(label))
            header.setObjectName("sectionTitle")
            view = QListWidget()
            view.setObjectName(f"stage_{stage.value}")
            view.setAccessibleName(self.tr(label))
            view.itemSelectionChanged.connect(lambda v=view: self._selected(v))
            columns.addWidget(header, 0, col)
            columns.addWidget(view, 1, col)
            self.lists[stage] = view
        layout.addLayout(columns, 1)

        actions = QHBoxLayout()
        self.when = QDateEdit(_qdate(today()))
        self.when.setDisplayFormat("dd-MM-yyyy")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Datum"))
        self.interview = QPushButton(self.tr("Gesprek vastleggen"))
        self.interview.setObjectName("interviewButton")
        self.contract = QComboBox()
        self.contract.setAccessibleName(self.tr("Soort contract"))
        for code, label in CONTRACTS.items():
            self.contract.addItem(self.tr(label), code.value)
        self.hours = QSpinBox()
        self.hours.setRange(1, 60)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" uur"))
        self.hours.setAccessibleName(self.tr("Uren per week"))
        self.place = QPushButton(self.tr("Geplaatst"))
        self.place.setObjectName("placeButton")
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reden"))
        for code, label in REASONS.items():
            self.reason.addItem(self.tr(label), code.value)
        self.reject = QPushButton(self.tr("Niet geplaatst"))
        self.reject.setObjectName("notPlacedButton")
        for widget in (
            QLabel(self.tr("Datum")),
            self.when,
            self.interview,
            self.contract,
            self.hours,
            self.place,
            self.reason,
            self.reject,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.interview.clicked.connect(self._interview)
        self.place.clicked.connect(self._place)
        self.reject.clicked.connect(self._reject)
        self.current_id: int | None = None

    def reload(self) -> None:
        for view in self.lists.values():
            view.clear()
        for c in self.placements.pipeline():
            who = c.name or self.tr("{number} (cliënt van collega)").format(number=c.client_number)
            when = day(c.decided_on or c.interview_on or c.proposed_on)
            item = QListWidgetItem(f"{who}\n{c.occupation} · {c.employer_name}\n{when}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(c.coach_name)
            self.lists[c.stage].addItem(item)
        self.current_id = None

    def _selected(self, view: QListWidget) -> None:
        item = view.currentItem()
        if item is not None:
            self.current_id = item.data(Qt.ItemDataRole.UserRole)

    def _date(self):
        return self.when.date().toPython()

    def _act(self, call) -> None:
        if self.current_id is None:
            return
        try:
            call(self.current_id)
        except ZkijdeskError as exc:
            show_error(self, exc)
            return
        self.reload()

    def _interview(self) -> None:
        self._act(lambda cid: self.placements.record_interview(cid, self._date()))

    def _place(self) -> None:
        self._act(
            lambda cid: self.placements.place(
                cid,
                contract_type=self.contract.currentData(),
                hours_per_week=self.hours.value(),
                start_date=self._date(),
                decided_on=min(self._date(), self.today()),
            )
        )

    def _reject(self) -> None:
        self._act(
            lambda cid: self.placements.not_placed(
                cid, self.reason.currentData(), min(self._date(), self.today())
            )
        )
