"""The admin's texts for subject-access replies: controller, contact, purposes, basis.

One card on the settings page. What the admin types here goes into every access reply
(GDPR art. 15); an emptied text field falls back to the region's default wording.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from zkijdesk.views import widgets

if TYPE_CHECKING:
    from zkijdesk.services.container import Services


class PrivacyNoticeSection(QFrame):
    """``run(fn, on_done, label)`` is the page's way of doing work and showing failures;
    ``say`` puts a sentence in the page's status line."""

    def __init__(
        self, services: Services, run: Callable, say: Callable[[str], None], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.service = services.privacy_notice
        self.run = run
        self.say = say
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 20, 20, 20)
        column.setSpacing(10)
        title = self.tr("Privacygegevens voor inzageverzoeken")
        column.addWidget(widgets.label(title, "sectionTitle"))
        column.addWidget(
            widgets.label(
                self.tr(
                    "Elk inzageoverzicht noemt wie verantwoordelijk is, hoe de cliënt u of de "
                    "functionaris gegevensbescherming bereikt, de doelen, de grondslag, de "
                    "ontvangers en de bron. Een leeg tekstvak krijgt de standaardtekst."
                ),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, text, multiline in (
            ("controller", self.tr("Verwerkingsverantwoordelijke"), False),
            ("contact", self.tr("Contactgegevens"), False),
            ("dpo", self.tr("Functionaris gegevensbescherming"), False),
            ("purposes", self.tr("Doelen"), True),
            ("legal_basis", self.tr("Grondslag"), True),
            ("recipients", self.tr("Ontvangers"), True),
            ("source", self.tr("Bron van de gegevens"), True),
        ):
            edit = QPlainTextEdit() if multiline else QLineEdit()
            if multiline:
                edit.setFixedHeight(76)
            edit.setObjectName(f"notice_{key}")
            edit.setAccessibleName(text)
            self.fields[key] = edit
            form.addRow(text, edit)
        column.addLayout(form)
        self.save_button = QPushButton(self.tr("Privacygegevens opslaan"))
        self.save_button.setObjectName("saveNotice")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.load()

    def load(self) -> None:
        notice = self.service.notice()
        for key, edit in self.fields.items():
            value = getattr(notice, key)
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)

    def values(self) -> dict[str, str]:
        return {
            key: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for key, edit in self.fields.items()
        }

    def save(self) -> None:
        def done(_notice) -> None:
            self.load()
            self.say(self.tr("Privacygegevens opgeslagen."))

        self.run(partial(self.service.set_notice, **self.values()), done, self.tr("Opslaan"))
