"""Before a calendar export: what the events' titles say.

Coaches type names into task titles; a calendar file usually ends up on a phone or in
a cloud service. The safe choice (only the client number) is the default, and
choosing the typed titles shows why that is a risk before the file is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.services.calendar_export import TITLES_AS_TYPED, TITLES_NUMBER_ONLY


class CalendarTitlesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Taken exporteren naar agenda"))
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Wat komt er in de titel van elke afspraak?")))
        self.number_only = QRadioButton(self.tr("Alleen cliëntnummer (aanbevolen)"))
        self.number_only.setObjectName("titlesNumberOnly")
        self.as_typed = QRadioButton(self.tr("De titel van de taak zoals getypt"))
        self.as_typed.setObjectName("titlesAsTyped")
        group = QButtonGroup(self)
        group.addButton(self.number_only)
        group.addButton(self.as_typed)
        self.number_only.setChecked(True)
        self.warning = QLabel(
            self.tr(
                "Let op: een getypte titel kan een naam bevatten (\u201cCv nabespreken met "
                "Fatima\u201d). Uw agenda staat vaak op uw telefoon of bij een clouddienst; "
                "met alleen het cliëntnummer verlaat geen naam de opslag."
            )
        )
        self.warning.setObjectName("titlesWarning")
        self.warning.setWordWrap(True)
        self.warning.setProperty("tone", "warning")
        self.warning.setVisible(False)
        self.as_typed.toggled.connect(self.warning.setVisible)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.number_only, self.as_typed, self.warning, buttons):
            column.addWidget(widget)

    def mode(self) -> str:
        return TITLES_AS_TYPED if self.as_typed.isChecked() else TITLES_NUMBER_ONLY
