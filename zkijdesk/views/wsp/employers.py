"""Employers: the list, and for one employer its contact persons, contact log and vacancies."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.matching import ContactKind
from zkijdesk.views.feedback import show_error
from zkijdesk.views.wsp.common import day, fill, selected_id, table

KIND_LABELS = {
    ContactKind.VISIT: "Bezoek",
    ContactKind.PHONE: "Telefoon",
    ContactKind.EMAIL: "E-mail",
    ContactKind.AGREEMENT: "Afspraak",
    ContactKind.OTHER: "Anders",
}


class EmployersTab(QWidget):
    def __init__(self, contacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.setObjectName("wspEmployers")
        layout = QHBoxLayout(self)
        split = QSplitter()
        layout.addWidget(split)
        self.list = table(
            "employerTable",
            self.tr("Werkgevers"),
            [
                self.tr("Werkgever"),
                self.tr("Sector"),
                self.tr("Gemeente"),
                self.tr("Open"),
                self.tr("Banenafspraak"),
                self.tr("Laatste contact"),
            ],
        )
        self.list.itemSelectionChanged.connect(self._show_detail)
        split.addWidget(self.list)

        detail = QWidget()
        box = QVBoxLayout(detail)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.facts = QLabel()
        self.facts.setObjectName("muted")
        self.facts.setWordWrap(True)
        box.addWidget(self.title)
        box.addWidget(self.facts)
        box.addWidget(QLabel(self.tr("Contactpersonen")))
        self.people = table(
            "contactTable",
            self.tr("Contactpersonen"),
            [self.tr("Naam"), self.tr("Functie"), self.tr("E-mail"), self.tr("Telefoon")],
        )
        box.addWidget(self.people, 1)
        box.addWidget(QLabel(self.tr("Contactlog")))
        self.log = table(
            "contactLogTable",
            self.tr("Contactlog"),
            [
                self.tr("Datum"),
                self.tr("Soort"),
                self.tr("Met"),
                self.tr("Verslag"),
                self.tr("Vervolg"),
            ],
        )
        box.addWidget(self.log, 2)
        form = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort contact"))
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), kind.value)
        self.summary = QLineEdit()
        self.summary.setObjectName("contactSummary")
        self.summary.setAccessibleName(self.tr("Verslag"))
        self.summary.setPlaceholderText(self.tr("Kort verslag van het contact"))
        self.add = QPushButton(self.tr("Contact vastleggen"))
        self.add.setObjectName("logContactButton")
        self.add.clicked.connect(self._log_contact)
        form.addWidget(self.kind)
        form.addWidget(self.summary, 1)
        form.addWidget(self.add)
        box.addLayout(form)
        split.addWidget(detail)
        split.setSizes([560, 640])

    def reload(self) -> None:
        rows = self.contacts.employer_rows()
        fill(
            self.list,
            [
                (
                    r.name,
                    r.sector,
                    r.municipality,
                    r.open_vacancies,
                    self.tr("ja") if r.banenafspraak else "",
                    day(r.last_contact),
                )
                for r in rows
            ],
            [r.id for r in rows],
        )
        self.rows = {r.id: r for r in rows}
        if rows:
            self.list.selectRow(0)

    def _show_detail(self) -> None:
        employer_id = selected_id(self.list)
        if employer_id is None:
            return
        row = self.rows[employer_id]
        self.title.setText(row.name)
        self.facts.setText(
            self.tr("KvK {kvk} · {sector} · {place} · banenafspraak: {banen}").format(
                kvk=row.kvk_number or "-",
                sector=row.sector or "-",
                place=row.municipality or "-",
                banen=self.tr("ja") if row.banenafspraak else self.tr("nee"),
            )
        )
        people = self.contacts.contacts(employer_id)
        fill(
            self.people,
            [(p.name, p.job_title, p.email, p.phone) for p in people],
            [p.id for p in people],
        )
        log = self.contacts.contact_log(employer_id)
        fill(
            self.log,
            [
                (
                    day(e.occurred_on),
                    self.tr(KIND_LABELS[e.kind]),
                    e.contact_name,
                    e.summary,
                    day(e.follow_up_on),
                )
                for e in log
            ],
            [e.id for e in log],
        )

    def _log_contact(self) -> None:
        employer_id = selected_id(self.list)
        if employer_id is None:
            return
        try:
            self.contacts.log_contact(employer_id, self.kind.currentData(), self.summary.text())
        except ZkijdeskError as exc:
            show_error(self, exc)
            return
        self.summary.clear()
        self._show_detail()
