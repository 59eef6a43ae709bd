"""Vacancies: the list with status, and for one vacancy its skills; new vacancy, status,
'kandidaten zoeken'."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import VacancyStatus
from zkijdesk.services.changes import Changes
from zkijdesk.views import widgets
from zkijdesk.views.feedback import show_error
from zkijdesk.views.itemmodels.vacancies import VacancyTableModel
from zkijdesk.views.wsp.common import STATUS_LABELS, day, label, list_and_detail
from zkijdesk.views.wsp.forms import VacancyDialog, VacancyStatusDialog

OPEN = (VacancyStatus.OPEN, VacancyStatus.IN_PROGRESS)


class VacanciesTab(QWidget):
    find_candidates = Signal(int)
    loaded = Signal()  # the list shows what ``load`` fetched

    def __init__(self, wsp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wsp = wsp
        self.contacts = wsp.contacts
        self.model = VacancyTableModel(self)
        self.loading = False
        self.setObjectName("wspVacancies")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        self.open_only = QCheckBox(self.tr("Alleen open vacatures"))
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)
        self.new = widgets.button(
            self.tr("Nieuwe vacature"), icon_name="plus", primary=True, on_click=self.new_vacancy
        )
        self.new.setObjectName("newVacancyButton")
        self.filter, self.list, split, detail, box = list_and_detail(
            layout,
            filter_name="vacancyFilter",
            filter_label=self.tr("Vacatures filteren"),
            placeholder=self.tr("Zoek op beroep, werkgever, sector of plaats"),
            bar_widgets=[self.open_only, self.new],
            table_name="vacancyTable",
            table_label=self.tr("Vacatures"),
            model=self.model,
        )
        self.filter.textChanged.connect(self._apply_filter)
        self.open_only.toggled.connect(lambda _on: self.load())
        self.list.selection_changed.connect(self._show_detail)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.status_chip = widgets.Chip()
        self.status_chip.setObjectName("vacancyStatus")
        self.facts = QLabel()
        self.facts.setObjectName("muted")
        self.facts.setWordWrap(True)
        self.skills = QLabel()
        self.skills.setObjectName("vacancySkills")
        self.skills.setWordWrap(True)
        self.skills.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.skills)
        buttons = QHBoxLayout()
        self.match = widgets.button(
            self.tr("Kandidaten zoeken"),
            icon_name="search",
            primary=True,
            on_click=self._emit_match,
        )
        self.match.setObjectName("findCandidatesButton")
        self.status = widgets.button(self.tr("Status wijzigen…"), on_click=self.change_status)
        self.status.setObjectName("changeStatusButton")
        buttons.addWidget(self.match)
        buttons.addWidget(self.status)
        buttons.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.facts)
        box.addWidget(scroll, 1)
        box.addLayout(buttons)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 380])
        self.match.setEnabled(False)
        self.status.setEnabled(False)

    def load(self) -> None:
        """Fetch the list on a worker (every vacancy of the region); fill it here."""
        keep = self.list.selected_id()
        contacts, open_only = self.contacts, self.open_only.isChecked()
        self.loading = True
        self.wsp.runner.run_latest(
            f"wsp-vacancies-{id(self)}",
            lambda: contacts.vacancy_rows(open_only=open_only),
            lambda rows: self._show_rows(rows, keep),
            self._load_failed,
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        show_error(self, exc)

    def reload(self, keep: int | None = None) -> None:
        """Read and show the list now, keeping ``keep`` selected (after an edit)."""
        keep = keep if keep is not None else self.list.selected_id()
        self._show_rows(self.contacts.vacancy_rows(open_only=self.open_only.isChecked()), keep)

    def _show_rows(self, rows, keep: int | None) -> None:
        self.loading = False
        self.list.show_rows(rows)
        self._apply_filter(self.filter.text())
        if not self.list.select_id(keep):
            self.list.select_first_visible()
        self.loaded.emit()

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for r, row in enumerate(self.model.rows):
            haystack = f"{row.occupation} {row.employer_name} {row.sector} {row.municipality}"
            self.list.setRowHidden(r, not all(w in haystack.casefold() for w in words))

    def _show_detail(self) -> None:
        r = self.list.selected_row()
        self.match.setEnabled(r is not None and r.status in OPEN)
        self.status.setEnabled(r is not None)
        if r is None:
            return
        self.title.setText(f"{r.occupation} · {r.employer_name}")
        self.status_chip.setText(label(STATUS_LABELS, r.status))
        self.status_chip.set_tone(
            {VacancyStatus.FILLED: "success", VacancyStatus.WITHDRAWN: "muted"}.get(r.status)
        )
        facts = [
            self.tr("{hours} uur per week").format(hours=r.hours_per_week),
            r.municipality or self.tr("plaats onbekend"),
            r.sector or self.tr("geen sector"),
        ]
        if r.start_date:
            facts.append(self.tr("start {day}").format(day=day(r.start_date)))
        facts.append(self.tr("open sinds {day}").format(day=day(r.opened_on)))
        if r.closed_on:
            facts.append(self.tr("gesloten {day}").format(day=day(r.closed_on)))
        self.facts.setText(" · ".join(facts))

        def items(names) -> str:
            return "".join(f"<li>{escape(n)}</li>" for n in names) or "<li>-</li>"

        self.skills.setText(
            f"<b>{self.tr('Vereiste vaardigheden')}</b><ul>{items(r.required)}</ul>"
            f"<b>{self.tr('Gewenste vaardigheden')}</b><ul>{items(r.desired)}</ul>"
        )

    # ------------------------------------------------------------ actions
    def _open(self, dialog, on_saved) -> None:
        # A vacancy's count shows on its employer's row too.
        dialog.runner, dialog.changes = self.wsp.runner, Changes(employers=True, vacancies=True)
        dialog.saved.connect(on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def new_vacancy(self, employer_id: int | None = None) -> None:
        employers = [(r.name, r.id) for r in self.contacts.employer_rows()]
        dialog = VacancyDialog(
            self.wsp.ref(), self.wsp.employers, employers, employer_id, parent=self
        )
        self._open(dialog, self._saved)

    def change_status(self) -> None:
        r = self.list.selected_row()
        if r is None:
            return
        dialog = VacancyStatusDialog(
            self.wsp.employers,
            r.id,
            f"{r.occupation} · {r.employer_name}",
            r.status,
            self.wsp.today(),
            parent=self,
        )
        self._open(dialog, self._saved)

    def _saved(self, vacancy) -> None:
        if vacancy.status not in OPEN and self.open_only.isChecked():
            self.open_only.setChecked(False)
        self.reload(keep=vacancy.id)

    def _emit_match(self) -> None:
        vacancy_id = self.list.selected_id()
        if vacancy_id is not None:
            self.find_candidates.emit(vacancy_id)
