"""Employers: the list, and for one employer its details, contact persons and contact log.

The accountmanager adds and edits employers, adds contact persons and vacancies from
here, and logs each visit, call or agreement in one line at the bottom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain import fields
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.changes import Changes, Written
from zkijdesk.views import labels, widgets
from zkijdesk.views.feedback import show_error
from zkijdesk.views.itemmodels.employers import (
    ContactLogModel,
    ContactPersonTableModel,
    EmployerTableModel,
)
from zkijdesk.views.wsp.common import (
    KIND_LABELS,
    SIZE_LABELS,
    choices,
    label,
    list_and_detail,
    table,
)
from zkijdesk.views.wsp.forms import ContactPersonDialog, EmployerDialog, VacancyDialog


class EmployersTab(QWidget):
    loaded = Signal()  # the list shows what ``load`` fetched
    detail_loaded = Signal()  # the selected employer's people and log are shown

    def __init__(self, wsp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wsp = wsp
        self.contacts = wsp.contacts
        self.model = EmployerTableModel(self)
        self.loading = False
        self.detail_loading = False  # the selected employer's people and log are read
        self.setObjectName("wspEmployers")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)

        self.banen_only = QCheckBox(self.tr("Alleen banenafspraak"))
        self.banen_only.setObjectName("banenOnly")
        self.new = widgets.button(
            self.tr("Nieuwe werkgever"), icon_name="plus", primary=True, on_click=self.new_employer
        )
        self.new.setObjectName("newEmployerButton")
        self.filter, self.list, split, detail, box = list_and_detail(
            layout,
            filter_name="employerFilter",
            filter_label=self.tr("Werkgevers filteren"),
            placeholder=self.tr("Zoek op naam, sector of gemeente"),
            bar_widgets=[self.banen_only, self.new],
            table_name="employerTable",
            table_label=self.tr("Werkgevers"),
            model=self.model,
        )
        self.filter.textChanged.connect(self._apply_filter)
        self.banen_only.toggled.connect(lambda _on: self._apply_filter(self.filter.text()))
        self.list.selection_changed.connect(self._show_detail)

        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.edit = widgets.button(self.tr("Wijzigen…"), on_click=self.edit_employer)
        self.edit.setObjectName("editEmployerButton")
        head.addWidget(self.title, 1)
        head.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        self.facts = QLabel()
        self.facts.setObjectName("muted")
        self.facts.setWordWrap(True)
        box.addWidget(self.facts)

        people_head = QHBoxLayout()
        people_head.addWidget(widgets.label(self.tr("Contactpersonen"), "sectionTitle"), 1)
        self.add_person = widgets.button(
            self.tr("Contactpersoon…"), icon_name="plus", flat=True, on_click=self.new_contact
        )
        self.add_person.setObjectName("addContactButton")
        self.add_vacancy = widgets.button(
            self.tr("Vacature…"), icon_name="plus", flat=True, on_click=self.new_vacancy
        )
        self.add_vacancy.setObjectName("addVacancyButton")
        people_head.addWidget(self.add_person)
        people_head.addWidget(self.add_vacancy)
        box.addLayout(people_head)
        self.people_model = ContactPersonTableModel(self)
        self.people = table(
            "contactTable", self.tr("Contactpersonen"), self.people_model, stretch="email"
        )
        box.addWidget(self.people, 1)
        box.addWidget(widgets.label(self.tr("Contactlog"), "sectionTitle"))
        self.log_model = ContactLogModel(self)
        self.log = QListView()
        self.log.setObjectName("contactLog")
        self.log.setAccessibleName(self.tr("Contactlog"))
        self.log.setModel(self.log_model)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setWordWrap(True)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log.setResizeMode(QListView.ResizeMode.Adjust)
        self.log.setStyleSheet("QListView::item { padding: 6px 8px; }")
        box.addWidget(self.log, 2)
        form = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("contactKind")
        self.kind.setAccessibleName(labels.field(fields.CONTACT_KIND))
        for text, kind in choices(KIND_LABELS):
            self.kind.addItem(text, kind.value)
        self.summary = QLineEdit()
        self.summary.setObjectName("contactSummary")
        self.summary.setAccessibleName(labels.field(fields.SUMMARY))
        self.summary.setPlaceholderText(self.tr("Kort verslag van het contact"))
        self.summary.returnPressed.connect(self._log_contact)
        self.add = QPushButton(self.tr("Vastleggen"))
        self.add.setObjectName("logContactButton")
        self.add.setAccessibleName(self.tr("Contact vastleggen"))
        self.add.clicked.connect(self._log_contact)
        form.addWidget(self.kind)
        form.addWidget(self.summary, 1)
        form.addWidget(self.add)
        box.addLayout(form)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([660, 540])
        self._set_detail_enabled(False)

    # ------------------------------------------------------------ list
    def load(self) -> None:
        """Fetch the list on a worker (a first visit reads every employer); fill it here."""
        keep = self.list.selected_id()
        self.loading = True
        self.wsp.runner.run_latest(
            f"wsp-employers-{id(self)}",
            self.contacts.employer_rows,
            lambda rows: self._show_rows(rows, keep),
            self._load_failed,
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        show_error(self, exc)

    def reload(self, keep: int | None = None) -> None:
        """Read and show the list now, keeping ``keep`` selected (after an edit)."""
        keep = keep if keep is not None else self.list.selected_id()
        self._show_rows(self.contacts.employer_rows(), keep)

    def _show_rows(self, rows, keep: int | None) -> None:
        self.loading = False
        self.list.show_rows(rows)
        self._apply_filter(self.filter.text())
        if not self.list.select_id(keep) and rows:
            self.list.select_first_visible()
        self.loaded.emit()

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for r, row in enumerate(self.model.rows):
            haystack = f"{row.name} {row.sector} {row.municipality} {row.kvk_number or ''}"
            hidden = not all(w in haystack.casefold() for w in words) or (
                self.banen_only.isChecked() and not row.banenafspraak
            )
            self.list.setRowHidden(r, hidden)
        if self.list.isRowHidden(max(self.list.current_position(), 0)):
            self.list.select_first_visible()

    def _set_detail_enabled(self, enabled: bool) -> None:
        for widget in (
            self.edit,
            self.add_person,
            self.add_vacancy,
            self.kind,
            self.summary,
            self.add,
        ):
            widget.setEnabled(enabled)

    def _show_detail(self) -> None:
        row = self.list.selected_row()
        self._set_detail_enabled(row is not None)
        if row is None:
            return
        employer_id = row.id
        self.title.setText(row.name)
        size = label(SIZE_LABELS, row.size_class) or self.tr("omvang onbekend")
        self.facts.setText(
            self.tr("KvK {kvk} · {sector} · {place} · {size} · banenafspraak: {banen}").format(
                kvk=row.kvk_number or "-",
                sector=row.sector or "-",
                place=row.municipality or "-",
                size=size.lower(),
                banen=self.tr("ja") if row.banenafspraak else self.tr("nee"),
            )
        )
        # Reading an employer's people and log is audited (a write): on the runner.
        contacts = self.contacts
        self.detail_loading = True

        def failed(exc: BaseException) -> None:
            self.detail_loading = False
            show_error(self, exc)

        self.wsp.runner.run_latest(
            "wsp:employer-detail",
            lambda: (
                employer_id,
                contacts.contacts(employer_id),
                contacts.contact_log(employer_id),
            ),
            self._show_people,
            failed,
        )

    def _show_people(self, detail) -> None:
        employer_id, people, log = detail
        self.detail_loading = False
        if self.list.selected_id() != employer_id:
            return
        self.people.show_rows(people)
        self.log_model.set_rows(log)
        self.detail_loaded.emit()

    # ------------------------------------------------------------ actions
    def _open(self, dialog, on_saved, changes: Changes) -> None:
        dialog.runner, dialog.changes = self.wsp.runner, changes
        dialog.saved.connect(on_saved)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def new_employer(self) -> None:
        dialog = EmployerDialog(self.wsp.ref(), self.wsp.employers, self.contacts, parent=self)
        self._open(dialog, lambda view: self.reload(keep=view.id), Changes(employers=True))

    def edit_employer(self) -> None:
        employer_id = self.list.selected_id()
        if employer_id is None:
            return
        try:
            current = self.contacts.employer(employer_id)
        except ZkijdeskError as exc:
            show_error(self, exc)
            return
        dialog = EmployerDialog(
            self.wsp.ref(), self.wsp.employers, self.contacts, current, parent=self
        )
        # A new name shows in vacancies, matches and placements too.
        changes = Changes(employers=True, vacancies=True)
        self._open(dialog, lambda view: self.reload(keep=view.id), changes)

    def new_contact(self) -> None:
        row = self.list.selected_row()
        if row is None:
            return
        dialog = ContactPersonDialog(self.contacts, row.id, row.name, parent=self)
        self._open(dialog, lambda _person: self._show_detail(), Changes(employers=True))

    def new_vacancy(self) -> None:
        employer_id = self.list.selected_id()
        if employer_id is None:
            return
        dialog = VacancyDialog(
            self.wsp.ref(), self.wsp.employers, self.employer_choices(), employer_id, parent=self
        )
        self._open(dialog, self._vacancy_saved, Changes(employers=True, vacancies=True))

    def _vacancy_saved(self, vacancy) -> None:
        self.reload(keep=vacancy.employer_id)

    def employer_choices(self) -> list[tuple[str, int]]:
        rows = self.model.rows or self.contacts.employer_rows()
        return [(r.name, r.id) for r in rows]

    def _log_contact(self) -> None:
        employer_id = self.list.selected_id()
        if employer_id is None:
            return
        contacts, kind, summary = self.contacts, self.kind.currentData(), self.summary.text()

        def logged(_entry) -> None:
            self.summary.clear()
            self.reload(keep=employer_id)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            show_error(self, exc)

        self.wsp.runner.write(
            lambda: Written(
                contacts.log_contact(employer_id, kind, summary), Changes(employers=True)
            ),
            on_done=logged,
            on_error=failed,
            busy=(self.add,),
            initiator=self,
        )
