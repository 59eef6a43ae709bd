"""The editor of one simple store-wide setting, made from what it declares.

``services/settings.py`` says what a setting holds (``Kind``): a whole number in a
range gets a spin box with that range, a line of text a text field that holds no more
than its maximum, a folder its path and a chooser. The label is the setting's own,
translated with the services' label list, so the field and the sentence that refuses
a wrong value name it the same way. The editor only asks to save (``save``, with the
value); the page saves it through the service that owns the setting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from zkijdesk.i18n import translate_label
from zkijdesk.services.settings import Kind, Setting


class SettingEditor(QWidget):
    """``save`` carries the value to store; ``set_value`` shows the one read."""

    save = Signal(object)

    def __init__(self, setting: Setting[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        self.setObjectName(f"setting:{setting.key}")
        self.name = translate_label(setting.label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field: QSpinBox | QLineEdit | QLabel
        if setting.kind is Kind.WHOLE:
            self.field = spin = QSpinBox()
            if setting.minimum is not None and setting.maximum is not None:
                spin.setRange(setting.minimum, setting.maximum)
            spin.setMaximumWidth(160)
            self.button = QPushButton(self.tr("Opslaan"))
            self.button.clicked.connect(lambda: self.save.emit(spin.value()))
        elif setting.kind is Kind.TEXT:
            self.field = edit = QLineEdit()
            if setting.maximum is not None:
                edit.setMaxLength(setting.maximum)
            edit.setMinimumWidth(260)
            self.button = QPushButton(self.tr("Opslaan"))
            self.button.clicked.connect(lambda: self.save.emit(edit.text()))
            edit.returnPressed.connect(self.button.click)
        elif setting.kind is Kind.FOLDER:
            self.field = path = QLabel()
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path.setWordWrap(True)
            self.button = QPushButton(self.tr("Map kiezen…"))
            self.button.clicked.connect(lambda: self.choose())
        else:
            raise TypeError(f"{setting.key} is a section: the page gives it its own widget")
        self.field.setAccessibleName(self.name)
        row.addWidget(self.field, 1 if setting.kind is Kind.FOLDER else 0)
        row.addWidget(self.button)
        if setting.kind is not Kind.FOLDER:
            row.addStretch(1)

    def choose(self, folder: str | None = None) -> None:
        """A folder setting: ask for the folder (unless given) and ask to save it."""
        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.name)
        if folder:
            self.save.emit(folder)

    def set_value(self, value: Any) -> None:
        if isinstance(self.field, QSpinBox):
            self.field.setValue(int(value))
        else:
            self.field.setText("" if value is None else str(value))

    def text(self) -> str:
        """What the editor shows, as text."""
        if isinstance(self.field, QSpinBox):
            return str(self.field.value())
        return self.field.text()

    def set_unavailable(self, reason: str) -> None:
        """Nothing to set here (a team database's backups are IT's): say why instead."""
        self.button.setEnabled(False)
        if isinstance(self.field, QLabel):
            self.field.setText(reason)
        else:
            self.field.setEnabled(False)
