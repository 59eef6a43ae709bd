"""Choose a vacancy's required and desired skills from the curated list, by typing.

A few hundred skills are too many for a checkbox list: the accountmanager types part
of a name (or a sector), picks from what matches, and adds it as required or desired.
Double-click or Enter adds as required. A skill is in at most one of the two lists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain import skills as skill_search
from zkijdesk.views.itemmodels.rows import IdRole
from zkijdesk.views.itemmodels.skills import SkillListModel
from zkijdesk.views.wsp.common import SkillChoice

# How many matches the result list shows at once; typing narrows it down.
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
        self.setStyleSheet("QListView::item { padding: 3px 6px; }")
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
        self.results = self._list("skillResults", self.tr("Gevonden vaardigheden"), 180)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.doubleClicked.connect(lambda _index: self._add_current(True))
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

    def _list(self, name: str, accessible: str, height: int) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(SkillListModel(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMinimumHeight(height)
        return view

    def _chosen_list(self, name: str, accessible: str) -> QListView:
        view = self._list(name, accessible, 70)
        view.doubleClicked.connect(lambda _index: self._remove_current())
        return view

    @staticmethod
    def model_of(view: QListView) -> SkillListModel:
        return view.model()  # type: ignore[return-value]

    # ------------------------------------------------------------ reading
    def required_ids(self) -> list[int]:
        return self.model_of(self.required).ids

    def desired_ids(self) -> list[int]:
        return self.model_of(self.desired).ids

    # ------------------------------------------------------------ choosing
    def _filter(self, text: str) -> None:
        chosen = set(self.required_ids()) | set(self.desired_ids())
        found: list[SkillChoice] = []
        for skill in self.skills.values():
            if skill.id in chosen:
                continue
            if skill_search.matches(text, skill_search.haystack(skill.name, skill.sector)):
                found.append(skill)
                if len(found) >= SHOWN:
                    break
        model = self.model_of(self.results)
        model.set_rows(found)
        if found:
            self.results.setCurrentIndex(model.index(0, 0))

    def add(self, skill_id: int, required: bool) -> None:
        """Put a skill in the required or desired list (moving it if it was in the other)."""
        skill = self.skills.get(skill_id)
        if skill is None:
            return
        for view in (self.required, self.desired):
            model = self.model_of(view)
            if skill_id in model.ids:
                model.set_rows([s for s in model.rows if s.id != skill_id])
        model = self.model_of(self.required if required else self.desired)
        model.set_rows([*model.rows, skill])
        self._filter(self.search.text())
        self.changed.emit()

    def _add_current(self, required: bool) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self.add(index.data(IdRole), required)

    def _remove_current(self) -> None:
        for view in (self.required, self.desired):
            index = view.currentIndex()
            if index.isValid() and view.selectionModel().isSelected(index):
                model = self.model_of(view)
                model.set_rows([s for s in model.rows if s.id != index.data(IdRole)])
                self._filter(self.search.text())
                self.changed.emit()
                return
