"""Suggestions for a vacancy with the reasons, and proposing a candidate from them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.matching import PART_LABELS
from zkijdesk.views.feedback import show_error
from zkijdesk.views.wsp.common import fill, table


class MatchingTab(QWidget):
    proposed = Signal()

    def __init__(self, matching, placements, contacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matching, self.placements, self.contacts = matching, placements, contacts
        self.suggestions = []
        self.setObjectName("wspMatching")
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.vacancy = QComboBox()
        self.vacancy.setObjectName("matchVacancy")
        self.vacancy.setAccessibleName(self.tr("Vacature"))
        self.scope = QComboBox()
        self.scope.setObjectName("matchScope")
        self.scope.setAccessibleName(self.tr("Welke cliënten"))
        self.scope.addItem(self.tr("Mijn cliënten"), "mine")
        self.scope.addItem(self.tr("Hele team (gepseudonimiseerd)"), "team")
        self.search = QPushButton(self.tr("Zoeken"))
        self.search.setObjectName("matchSearch")
        self.search.clicked.connect(self.run)
        controls.addWidget(QLabel(self.tr("Vacature")))
        controls.addWidget(self.vacancy, 1)
        controls.addWidget(self.scope)
        controls.addWidget(self.search)
        layout.addLayout(controls)
        split = QSplitter()
        self.list = table(
            "suggestionTable",
            self.tr("Kandidaten"),
            [
                self.tr("#"),
                self.tr("Cliënt"),
                self.tr("Score"),
                self.tr("Vereist"),
                self.tr("Coach"),
            ],
        )
        self.list.itemSelectionChanged.connect(self._show_reasons)
        split.addWidget(self.list)
        side = QWidget()
        box = QVBoxLayout(side)
        self.reasons = QLabel()
        self.reasons.setObjectName("matchReasons")
        self.reasons.setWordWrap(True)
        self.propose = QPushButton(self.tr("Voordragen"))
        self.propose.setObjectName("proposeButton")
        self.propose.clicked.connect(self._propose)
        box.addWidget(self.reasons)
        box.addWidget(self.propose)
        box.addStretch(1)
        split.addWidget(side)
        split.setSizes([560, 640])
        layout.addWidget(split, 1)

    def reload(self) -> None:
        current = self.vacancy.currentData()
        self.vacancy.clear()
        for row in self.contacts.vacancy_rows(open_only=True):
            self.vacancy.addItem(f"{row.occupation} · {row.employer_name} ({row.id})", row.id)
        self.select_vacancy(current)

    def select_vacancy(self, vacancy_id: int | None) -> None:
        index = self.vacancy.findData(vacancy_id) if vacancy_id is not None else -1
        if index >= 0:
            self.vacancy.setCurrentIndex(index)

    def run(self) -> None:
        vacancy_id = self.vacancy.currentData()
        if vacancy_id is None:
            return
        try:
            self.suggestions = self.matching.candidates(vacancy_id, scope=self.scope.currentData())
        except ZkijdeskError as exc:
            show_error(self, exc)
            return
        fill(
            self.list,
            [
                (
                    s.rank,
                    s.name
                    or self.tr("{number} (cliënt van collega)").format(number=s.client_number),
                    f"{s.total:.0f}",
                    f"{len(s.matched_required)}/"
                    f"{len(s.matched_required) + len(s.missing_required)}",
                    s.coach_name,
                )
                for s in self.suggestions
            ],
            list(range(len(self.suggestions))),
        )
        if self.suggestions:
            self.list.selectRow(0)
        else:
            self.reasons.setText(self.tr("Geen actieve cliënten gevonden."))

    def current(self):
        row = self.list.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def _show_reasons(self) -> None:
        s = self.current()
        if s is None:
            return

        def items(values) -> str:
            return "".join(f"<li>{escape(v)}</li>" for v in values) or "<li>-</li>"

        parts = " · ".join(f"{self.tr(PART_LABELS[k])} {v}" for k, v in s.parts)
        who = escape(s.name or s.client_number)
        distance = f"{s.km:.0f} km" if s.km is not None else self.tr("onbekend")
        self.reasons.setText(
            f"<h3>{who} — {s.total:.0f}</h3><p>{escape(parts)}; {self.tr('afstand')} "
            f"{distance}</p>"
            f"<b>{self.tr('Passende vaardigheden')}</b>"
            f"<ul>{items(s.matched_required + s.matched_desired)}</ul>"
            f"<b>{self.tr('Ontbrekende vereiste vaardigheden')}</b>"
            f"<ul>{items(s.missing_required)}</ul>"
            f"<b>{self.tr('Scholingsroute')}</b><ul>{items(s.training_route)}</ul>"
            f"<b>{self.tr('Let op')}</b><ul>{items(s.notes)}</ul>"
        )
        self.propose.setEnabled(s.client_id is not None)

    def _propose(self) -> None:
        s = self.current()
        if s is None or s.client_id is None:
            return
        try:
            self.placements.propose(s.vacancy_id, s.client_id, score=s.total)
        except ZkijdeskError as exc:
            show_error(self, exc)
            return
        self.proposed.emit()
        self.run()
