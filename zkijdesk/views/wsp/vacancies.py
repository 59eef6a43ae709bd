"""Vacancies: the list with status, and for one vacancy its skills; 'zoek kandidaten'."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import VacancyStatus
from zkijdesk.views.wsp.common import day, fill, selected_id, table

STATUS_LABELS = {
    VacancyStatus.OPEN: "Open",
    VacancyStatus.IN_PROGRESS: "In behandeling",
    VacancyStatus.FILLED: "Vervuld",
    VacancyStatus.WITHDRAWN: "Ingetrokken",
}


class VacanciesTab(QWidget):
    find_candidates = Signal(int)

    def __init__(self, contacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.setObjectName("wspVacancies")
        layout = QVBoxLayout(self)
        self.open_only = QCheckBox(self.tr("Alleen open vacatures"))
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(self.reload)
        layout.addWidget(self.open_only)
        split = QSplitter()
        layout.addWidget(split, 1)
        self.list = table(
            "vacancyTable",
            self.tr("Vacatures"),
            [
                self.tr("Beroep"),
                self.tr("Werkgever"),
                self.tr("Sector"),
                self.tr("Uren"),
                self.tr("Plaats"),
                self.tr("Status"),
                self.tr("Open sinds"),
            ],
        )
        self.list.itemSelectionChanged.connect(self._show_detail)
        split.addWidget(self.list)
        detail = QWidget()
        box = QVBoxLayout(detail)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.skills = QLabel()
        self.skills.setObjectName("vacancySkills")
        self.skills.setWordWrap(True)
        buttons = QHBoxLayout()
        self.match = QPushButton(self.tr("Kandidaten zoeken"))
        self.match.setObjectName("findCandidatesButton")
        self.match.clicked.connect(self._emit_match)
        buttons.addWidget(self.match)
        buttons.addStretch(1)
        for widget in (self.title, self.facts, self.skills):
            box.addWidget(widget)
        box.addLayout(buttons)
        box.addStretch(1)
        split.addWidget(detail)
        split.setSizes([700, 500])

    def reload(self) -> None:
        rows = self.contacts.vacancy_rows(open_only=self.open_only.isChecked())
        self.rows = {r.id: r for r in rows}
        fill(
            self.list,
            [
                (
                    r.occupation,
                    r.employer_name,
                    r.sector,
                    r.hours_per_week,
                    r.municipality,
                    self.tr(STATUS_LABELS[r.status]),
                    day(r.opened_on),
                )
                for r in rows
            ],
            [r.id for r in rows],
        )
        if rows:
            self.list.selectRow(0)

    def _show_detail(self) -> None:
        vacancy_id = selected_id(self.list)
        if vacancy_id is None:
            return
        r = self.rows[vacancy_id]
        self.title.setText(f"{r.occupation} · {r.employer_name}")
        self.facts.setText(
            self.tr("{hours} uur per week in {place}; start {start}; status {status}.").format(
                hours=r.hours_per_week,
                place=r.municipality or "-",
                start=day(r.start_date) or "-",
                status=self.tr(STATUS_LABELS[r.status]).lower(),
            )
        )
        required = "".join(f"<li>{name}</li>" for name in r.required) or "<li>-</li>"
        desired = "".join(f"<li>{name}</li>" for name in r.desired) or "<li>-</li>"
        self.skills.setText(
            f"<b>{self.tr('Vereiste vaardigheden')}</b><ul>{required}</ul>"
            f"<b>{self.tr('Gewenste vaardigheden')}</b><ul>{desired}</ul>"
        )
        self.match.setEnabled(r.status in (VacancyStatus.OPEN, VacancyStatus.IN_PROGRESS))

    def _emit_match(self) -> None:
        vacancy_id = selected_id(self.list)
        if vacancy_id is not None:
            self.find_candidates.emit(vacancy_id)
