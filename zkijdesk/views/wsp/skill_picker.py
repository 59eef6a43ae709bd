"""Choose a vacancy's required and desired skills from the curated list, by typing.

A few hundred skills are too many for a checkbox list: the accountmanager types part
of a name (or a sector), picks from what matches, and adds it as required or desired.
Double-click or Enter adds as required. A skill is in at most one of the two lists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain import skills as skill_search
from zkijdesk.views.wsp.common import SkillChoice

#: How many matches the result list shows at once; typing narrows it down.
SHOWN = 200


class _SearchLine(QLineEdit):
    """Enter adds the highlighted skill instead of pressing the dialog's Save button."""

    entered = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SkillPicker(QWidget):
    changed = Signal()

    def __init__(self, skills: list[SkillChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skillPicker")
        # Room around each entry, on top of the app's list style.
        self.setStyleSheet("QListWidget::item { padding: 3px 6px; }")
        ordered = sorted(skills, key=lambda s: (s.name.casefold(), s.id))
        self.skills = {s.id: s for s in ordered}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)

        left = QVBoxLayout()
        left.setSpacing(6)
        self.search = _SearchLine()
        self.search.setObjectName("skillSearch")
        self.search.setPlaceholderText(self.tr("Zoek op naam of sector, bijv. 'ADL' of 'Techniek'"))
        self.search.setAccessibleName(self.tr("Vaardigheid zoeken"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.entered.connect(lambda: self._add_current(True))
        self.results = QListWidget()
        self.results.setObjectName("skillResults")
        self.results.setAccessibleName(self.tr("Gevonden vaardigheden"))
        self.results.setMinimumHeight(180)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemDoubleClicked.connect(lambda _item: self._add_current(True))
        buttons = QHBoxLayout()
        self.add_required = QPushButton(self.tr("Toevoegen als vereist"))
        self.add_required.setObjectName("addRequiredSkill")
        self.add_required.setAccessibleName(self.tr("Gekozen vaardigheid toevoegen als vereist"))
        self.add_required.clicked.connect(lambda: self._add_current(True))
        self.add_desired = QPushButton(self.tr("Toevoegen als gewenst"))
        self.add_desired.setObjectName("addDesiredSkill")
        self.add_desired.setAccessibleName(self.tr("Gekozen vaardigheid toevoegen als gewenst"))
        self.add_desired.clicked.connect(lambda: self._add_current(False))
        buttons.addWidget(self.add_required)
        buttons.addWidget(self.add_desired)
        buttons.addStretch(1)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        left.addLayout(buttons)

        right = QVBoxLayout()
        right.setSpacing(6)
        self.required = self._chosen_list("requiredSkills", self.tr("Vereiste vaardigheden"))
        self.desired = self._chosen_list("desiredSkills", self.tr("Gewenste vaardigheden"))
        self.remove = QPushButton(self.tr("Verwijderen uit de keuze"))
        self.remove.setObjectName("removeSkill")
        self.remove.setAccessibleName(self.tr("Geselecteerde vaardigheid uit de keuze halen"))
        self.remove.clicked.connect(self._remove_current)
        for caption, view in (
            (self.tr("Vereist"), self.required),
            (self.tr("Gewenst"), self.desired),
        ):
            heading = QLabel(caption)
            heading.setBuddy(view)
            right.addWidget(heading)
            right.addWidget(view, 1)
        right.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._filter("")

    def _chosen_list(self, name: str, accessible: str) -> QListWidget:
        view = QListWidget()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setMinimumHeight(70)
        view.itemDoubleClicked.connect(lambda _item: self._remove_current())
        return view

    # ------------------------------------------------------------ reading
    def required_ids(self) -> list[int]:
        return self._ids(self.required)

    def desired_ids(self) -> list[int]:
        return self._ids(self.desired)

    @staticmethod
    def _ids(view: QListWidget) -> list[int]:
        return [view.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.count())]

    # ------------------------------------------------------------ choosing
    def _filter(self, text: str) -> None:
        chosen = set(self.required_ids()) | set(self.desired_ids())
        self.results.clear()
        shown = 0
        for skill in self.skills.values():
            if skill.id in chosen:
                continue
            if skill_search.matches(text, skill_search.haystack(skill.name, skill.sector)):
                item = QListWidgetItem(self._text(skill))
                item.setData(Qt.ItemDataRole.UserRole, skill.id)
                self.results.addItem(item)
                shown += 1
                if shown >= SHOWN:
                    break
        if self.results.count():
            self.results.setCurrentRow(0)

    @staticmethod
    def _text(skill: SkillChoice) -> str:
        return f"{skill.name}  ·  {skill.sector}" if skill.sector else skill.name

    def add(self, skill_id: int, required: bool) -> None:
        """Put a skill in the required or desired list (moving it if it was in the other)."""
        skill = self.skills.get(skill_id)
        if skill is None:
            return
        for view in (self.required, self.desired):
            for i in reversed(range(view.count())):
                if view.item(i).data(Qt.ItemDataRole.UserRole) == skill_id:
                    view.takeItem(i)
        item = QListWidgetItem(self._text(skill))
        item.setData(Qt.ItemDataRole.UserRole, skill_id)
        (self.required if required else self.desired).addItem(item)
        self._filter(self.search.text())
        self.changed.emit()

    def _add_current(self, required: bool) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.add(item.data(Qt.ItemDataRole.UserRole), required)

    def _remove_current(self) -> None:
        for view in (self.required, self.desired):
            item = view.currentItem()
            if item is not None and item.isSelected():
                view.takeItem(view.row(item))
                self._filter(self.search.text())
                self.changed.emit()
                return
