"""Contacten: record a conversation in seconds, and read back what was discussed.

The entry row is always at the top with today's date and the last used kind filled
in; a note template gives a structure to start from. Ctrl+Enter records. The note
being typed is kept as a draft, so a crash does not lose it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import ActivityKind
from zkijdesk.services import dto
from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.drafts import Draft, draft_key
from zkijdesk.views import feedback, fmt, labels, widgets
from zkijdesk.views.client_file.drafting import DraftKeeper
from zkijdesk.views.client_file.step_dialogs import ContactDialog
from zkijdesk.views.itemmodels.contacts import ContactTableModel
from zkijdesk.views.itemmodels.rows import IdRole
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.workspace import Workspace

TEMPLATES = (
    (
        QT_TRANSLATE_NOOP("NoteTemplates", "Voortgangsgesprek"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates",
            "Besproken:\n- \n\nAfspraken:\n- \n\nVolgende stap en datum:\n- ",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("NoteTemplates", "Intakegesprek"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates",
            "Hulpvraag:\n\nWerkervaring en opleiding:\n\nVaardigheden:\n\n"
            "Belemmeringen:\n\nAfspraken:\n- ",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("NoteTemplates", "Telefonisch contact"),
        QT_TRANSLATE_NOOP("NoteTemplates", "Reden van contact:\n\nUitkomst:\n\nActie:\n- "),
    ),
    (
        QT_TRANSLATE_NOOP("NoteTemplates", "Gesprek met werkgever"),
        QT_TRANSLATE_NOOP(
            "NoteTemplates",
            "Werkgever en contactpersoon:\n\nFunctie en uren:\n\nAfspraken over begeleiding:\n- ",
        ),
    ),
)


def templates() -> list[tuple[str, str]]:
    return [
        (
            QCoreApplication.translate("NoteTemplates", name),
            QCoreApplication.translate("NoteTemplates", text),
        )
        for name, text in TEMPLATES
    ]


class ContactsTab(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self.ws = ws
        self.client_id = client_id
        self.route_id: int | None = None
        self.contacts: list[dto.ActivityView] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 14, 4, 4)
        column.setSpacing(12)

        frame, layout = widgets.card(spacing=8)
        layout.addWidget(widgets.label(self.tr("Contact vastleggen"), "sectionTitle"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.fields: dict[str, widgets.Field] = {}
        self.kind = widgets.combo(self.tr("Soort contact"), labels.choices(ActivityKind))
        self.day = widgets.date_edit(self.tr("Datum contact"), ws.today())
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 1440)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Duur in minuten"))
        for position, (name, caption, editor) in enumerate(
            (
                ("kind", self.tr("Soort"), self.kind),
                ("occurred_on", self.tr("Datum"), self.day),
                ("minutes", self.tr("Duur"), self.minutes),
            )
        ):
            field = widgets.Field(caption, editor)
            self.fields[name] = field
            grid.addWidget(field, 0, position)
        self.template_button = widgets.button(self.tr("Sjabloon"), icon_name="file")
        self.template_button.setAccessibleName(self.tr("Notitiesjabloon invoegen"))
        menu = QMenu(self)
        for name, text in templates():
            action = menu.addAction(name)
            action.triggered.connect(lambda _c=False, t=text: self.use_template(t))
        self.template_button.setMenu(menu)
        self.template_button.setProperty("hasMenu", True)
        grid.addWidget(self.template_button, 0, 3, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(4, 1)
        layout.addLayout(grid)
        self.note = QPlainTextEdit()
        self.note.setObjectName("contactNote")
        self.note.setPlaceholderText(self.tr("Wat is er besproken? (Ctrl+Enter legt vast)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(110)
        note_field = widgets.Field(self.tr("Notitie"), self.note)
        self.fields["note"] = note_field
        layout.addWidget(note_field)
        row = QHBoxLayout()
        row.addStretch(1)
        self.record_button = widgets.button(
            self.tr("Vastleggen"), icon_name="check", primary=True, on_click=self.record
        )
        row.addWidget(self.record_button)
        layout.addLayout(row)
        column.addWidget(frame)
        QShortcut(QKeySequence("Ctrl+Return"), self.note, self.record)

        self.model = ContactTableModel(self)
        self.list = QTreeView()
        self.list.setObjectName("contactList")
        self.list.setAccessibleName(self.tr("Contacten"))
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Enter and a double-click both activate a row (one dialog, not one for each).
        self.list.activated.connect(self._edit)
        column.addWidget(self.list, 1)

        self.drafts = DraftKeeper(ws, draft_key("contact", client_id), self._draft_values, self)
        self.note.textChanged.connect(self.drafts.touch)

    @property
    def dirty(self) -> bool:
        return bool(self.note.toPlainText().strip())

    def _draft_values(self) -> dict:
        return {
            "kind": str(self.kind.currentData()),
            "occurred_on": self.day.text(),
            "minutes": str(self.minutes.value()),
            "note": self.note.toPlainText(),
        }

    def restore_draft(self, draft: Draft | None) -> bool:
        """Put a draft note back (read by the file's loader); False if there is none."""
        if draft is None or not str(draft.fields.get("note", "")).strip():
            return False
        self.note.blockSignals(True)
        self.note.setPlainText(str(draft.fields["note"]))
        self.note.blockSignals(False)
        self.day.setText(str(draft.fields.get("occurred_on", self.day.text())))
        if draft.fields.get("kind"):
            widgets.set_combo_value(self.kind, ActivityKind(draft.fields["kind"]))
        if str(draft.fields.get("minutes", "")).isdigit():
            self.minutes.setValue(int(draft.fields["minutes"]))
        return True

    def use_template(self, text: str) -> None:
        current = self.note.toPlainText()
        self.note.setPlainText(f"{current.rstrip()}\n\n{text}" if current.strip() else text)
        self.note.setFocus()

    def show_contacts(self, contacts: list[dto.ActivityView], route_id: int | None) -> None:
        self.contacts = contacts
        self.route_id = route_id
        self.model.set_rows(contacts)

    def record(self, then: Callable[[], object] | None = None) -> None:
        """Record the contact on the writer; ``then`` follows once it landed."""
        activities, client_id, route_id = self.ws.services.activities, self.client_id, self.route_id
        args = (
            self.kind.currentData(),
            self.day.text(),
            self.minutes.value(),
            self.note.toPlainText() or None,
        )

        def recorded(_result) -> None:
            feedback.saved(self, QCoreApplication.translate("StepDialogs", "Opgeslagen."))
            self.note.clear()
            self.day.setText(fmt.day(self.ws.today()))
            self.drafts.discard()
            self.changed.emit()
            if then is not None:
                then()

        feedback.attempt_write(
            self,
            self.fields,
            self.ws.runner,
            lambda: Written(
                activities.record_contact(client_id, *args, route_id=route_id),
                Changes.of_client(client_id),
            ),
            on_done=recorded,
            busy=(self.record_button,),
            initiator=self,
        )

    def _edit(self, index: QModelIndex) -> None:
        activity_id = index.data(IdRole)
        item = next((c for c in self.contacts if c.id == activity_id), None)
        if item is None:
            return
        dialog = ContactDialog(self.ws, item, self)
        dialog.changes = Changes.of_client(self.client_id)
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()
        self.dialog = dialog
