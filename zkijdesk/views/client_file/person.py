"""Persoon: the intake form, shared by a new client and an open file.

Inputs are handed to the service as typed; the service validates and answers with one
Dutch sentence per refused field, which the form shows under that field (in English
when English is chosen). The form keeps track of unsaved changes and can give its
raw input as a draft, and take a draft back.
"""

from __future__ import annotations

import itertools
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import IntakeStatus
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services import dto
from zkijdesk.views import feedback, fmt, labels, widgets
from zkijdesk.views.workspace import RefData

Editor = TypeVar("Editor", bound=QWidget)

TEXT_FIELDS = (
    "first_name",
    "name_prefix",
    "last_name",
    "birth_date",
    "bsn",
    "email",
    "phone",
    "postcode",
)


class PersonForm(QWidget):
    changed = Signal()
    edit_finished = Signal()

    def __init__(self, ref: RefData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self._loading = False
        self.dirty = False
        self.fields: dict[str, widgets.Field] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)

        def section(title: str) -> QGridLayout:
            frame, layout = widgets.card(spacing=8)
            layout.addWidget(widgets.label(title, "sectionTitle"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(6)
            layout.addLayout(grid)
            column.addWidget(frame)
            return grid

        grid = section(self.tr("Personalia"))
        self.first_name = self._add(grid, "first_name", self.tr("Voornaam *"), QLineEdit(), 0, 0)
        self.name_prefix = self._add(
            grid, "name_prefix", self.tr("Tussenvoegsel"), QLineEdit(), 0, 1
        )
        self.last_name = self._add(grid, "last_name", self.tr("Achternaam *"), QLineEdit(), 0, 2)
        self.name_prefix.setMaximumWidth(160)
        self.birth_date = self._add(
            grid,
            "birth_date",
            self.tr("Geboortedatum *"),
            widgets.date_edit(self.tr("Geboortedatum")),
            1,
            0,
        )
        self.bsn = self._add(grid, "bsn", self.tr("BSN"), QLineEdit(), 1, 1)
        self.bsn.setPlaceholderText(self.tr("9 cijfers"))
        self.bsn.setMaxLength(14)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 3)

        grid = section(self.tr("Contact en woonplaats"))
        self.email = self._add(grid, "email", self.tr("E-mailadres"), QLineEdit(), 0, 0)
        self.phone = self._add(grid, "phone", self.tr("Telefoonnummer"), QLineEdit(), 0, 1)
        self.postcode = self._add(grid, "postcode", self.tr("Postcode"), QLineEdit(), 1, 0)
        self.postcode.setPlaceholderText("1234 AB")
        self.postcode.setMaximumWidth(160)
        self.municipality = self._add(
            grid,
            "municipality_id",
            self.tr("Gemeente"),
            widgets.combo(
                self.tr("Gemeente"),
                [(m.name, m.id) for m in ref.municipalities],
                empty=self.tr("Onbekend"),
            ),
            1,
            1,
        )

        grid = section(self.tr("Situatie bij intake"))
        self.intake_status = self._add(
            grid,
            "intake_status",
            self.tr("Status bij intake *"),
            widgets.combo(
                self.tr("Status bij intake"),
                labels.choices(IntakeStatus),
                empty=self.tr("Kies een status"),
            ),
            0,
            0,
        )
        self.doelgroepregister = QCheckBox(self.tr("In het doelgroepregister (banenafspraak)"))
        self.doelgroepregister.setAccessibleName(
            self.tr("In het doelgroepregister (banenafspraak)")
        )
        self.doelgroepregister.toggled.connect(self._edited)
        grid.addWidget(self.doelgroepregister, 0, 1)
        self.consent_note = QPlainTextEdit()
        self.consent_note.setTabChangesFocus(True)
        self.consent_note.setFixedHeight(80)
        self._add(
            grid, "consent_note", self.tr("Toestemming en afspraken"), self.consent_note, 1, 0, 2
        )

        order = [
            self.first_name,
            self.name_prefix,
            self.last_name,
            self.birth_date,
            self.bsn,
            self.email,
            self.phone,
            self.postcode,
            self.municipality,
            self.intake_status,
            self.doelgroepregister,
            self.consent_note,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _add(
        self,
        grid: QGridLayout,
        name: str,
        caption: str,
        editor: Editor,
        row: int,
        col: int,
        span: int = 1,
    ) -> Editor:
        field = widgets.Field(caption, editor)
        self.fields[name] = field
        grid.addWidget(field, row, col, 1, span)
        if isinstance(editor, QLineEdit):
            editor.textChanged.connect(self._edited)
            editor.editingFinished.connect(self.edit_finished.emit)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._edited)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self._edited)
        return editor

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self.changed.emit()

    # ------------------------------------------------------------------ values
    def load(self, client: dto.ClientView | None) -> None:
        """Show stored values (or an empty form) and forget unsaved changes."""
        self._loading = True
        for name in TEXT_FIELDS:
            value = getattr(client, name) if client else None
            if name == "birth_date":
                value = fmt.day(value) if value else ""
            getattr(self, name).setText(value or "")
        widgets.set_combo_value(self.municipality, client.municipality_id if client else None)
        widgets.set_combo_value(self.intake_status, client.intake_status if client else None)
        self.doelgroepregister.setChecked(bool(client and client.doelgroepregister))
        self.consent_note.setPlainText((client.consent_note or "") if client else "")
        for field in self.fields.values():
            field.clear_error()
        self._loading = False
        self.dirty = False

    def raw_values(self) -> dict:
        """The input as typed, for a draft."""
        values: dict = {name: getattr(self, name).text() for name in TEXT_FIELDS}
        values["municipality_id"] = str(self.municipality.currentData() or "")
        values["intake_status"] = str(self.intake_status.currentData() or "")
        values["doelgroepregister"] = self.doelgroepregister.isChecked()
        values["consent_note"] = self.consent_note.toPlainText()
        return values

    def apply_draft(self, values: dict) -> None:
        self._loading = True
        for name in TEXT_FIELDS:
            if name in values:
                getattr(self, name).setText(str(values[name]))
        if values.get("municipality_id"):
            widgets.set_combo_value(self.municipality, int(values["municipality_id"]))
        if "intake_status" in values:
            widgets.set_combo_value(
                self.intake_status,
                IntakeStatus(values["intake_status"]) if values["intake_status"] else None,
            )
        if "doelgroepregister" in values:
            self.doelgroepregister.setChecked(bool(values["doelgroepregister"]))
        if "consent_note" in values:
            self.consent_note.setPlainText(str(values["consent_note"]))
        self._loading = False
        self.dirty = True
        self.changed.emit()

    def to_input(self, sector_id: int | None = None) -> dto.ClientInput:
        def text(widget) -> str | None:
            value = widget.text()
            return value if value.strip() else None

        return dto.ClientInput(
            first_name=text(self.first_name),
            name_prefix=text(self.name_prefix),
            last_name=text(self.last_name),
            birth_date=text(self.birth_date),
            bsn=text(self.bsn),
            email=text(self.email),
            phone=text(self.phone),
            postcode=text(self.postcode),
            municipality_id=self.municipality.currentData(),
            intake_status=self.intake_status.currentData(),
            doelgroepregister=self.doelgroepregister.isChecked(),
            sector_id=sector_id,
            consent_note=self.consent_note.toPlainText() or None,
        )

    # ------------------------------------------------------------------ errors
    def show_error(self, exc: ValidationError) -> list[ValidationError]:
        """Put each sentence under its field; the problems not on this form are returned."""
        return feedback.show_field_errors(exc, self.fields)

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.clear_error()

    def error_text(self, name: str) -> str:
        field = self.fields[name]
        return field.error.text() if field.has_error else ""
