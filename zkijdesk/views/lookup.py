"""A picker that asks the database as the user types, for lists too long to load whole.

A region of 300,000 clients has 20,000 employers and 2,500 coaches: a combo box that
holds them all costs a read of the whole table, and items by the ten thousand, each
time a form opens (issue 17). :class:`LookupEdit` is a line edit with a completer
popup instead: after a short pause in typing it runs a service's search for what has
been typed on the task runner (only the newest answer is shown) and lists the few
matches; picking one sets :meth:`LookupEdit.value`. The widget never queries itself:
it is given the search function, which a service provides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from zkijdesk.views.tasks import TaskRunner

#: (label, id) pairs for what has been typed.
Search = Callable[[str], Sequence[tuple[str, int]]]
#: Milliseconds of quiet after a keystroke before the search runs.
PAUSE_MS = 150
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class LookupEdit(QLineEdit):
    """Type part of a name, pick it from the list that appears; ``value()`` is its id.

    ``value()`` is None while the text names nothing picked (typed over, or empty);
    text that equals one of the matches exactly (any case) counts as picking it.
    """

    value_changed = Signal(object)
    #: Emitted with the typed text when its matches are shown (tests wait on it).
    matches_shown = Signal(str)

    def __init__(
        self,
        accessible: str,
        search: Search,
        runner: TaskRunner,
        *,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._search, self._runner = search, runner
        self._value: int | None = None
        self._key = f"lookup:{id(self)}"
        self.model = QStandardItemModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._picked)  # type: ignore[index]  # the stub knows no overloaded signals
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._ask)
        self.textEdited.connect(self._edited)

    # ------------------------------------------------------------------ value
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, label: str = "") -> None:
        """Show a known choice (an existing record's), without asking the database."""
        self.setText(label if value is not None else "")
        self._set(value)

    def show_value(self, value: int | None, describe: Callable[[int], str]) -> None:
        """Show a known choice by its value alone; ``describe`` (a service call) finds
        its label on the task runner."""
        self.setText("")
        self._set(value)
        if value is None:
            return
        self._runner.run_latest(
            self._key, lambda: describe(value), on_done=lambda label: self._described(value, label)
        )

    def _described(self, value: int, label: str) -> None:
        if self._value == value and not self.text():
            self.setText(label)

    @property
    def unresolved(self) -> bool:
        """Text typed that names nothing picked: the form should say so, not drop it."""
        return self._value is None and bool(self.text().strip())

    def _set(self, value: int | None) -> None:
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)

    # ------------------------------------------------------------------ typing
    def _edited(self, _text: str) -> None:
        self._set(None)
        self._timer.start()

    def _ask(self) -> None:
        typed = self.text()
        search = self._search
        self._runner.run_latest(
            self._key, lambda: list(search(typed)), on_done=lambda found: self._show(typed, found)
        )

    def _show(self, typed: str, found: list[tuple[str, int]]) -> None:
        if typed != self.text():  # typed on since: a newer search follows
            return
        self.model.clear()
        wanted = typed.strip().casefold()
        for label, value in found:
            item = QStandardItem(label)
            item.setData(value, VALUE_ROLE)
            self.model.appendRow(item)
            if wanted and label.casefold() == wanted and self._value is None:
                self._set(value)
        if found and self.hasFocus():
            self.completer_.complete()
        else:
            popup = self.completer_.popup()
            if popup is not None:  # Qt makes the popup when first asked: never None here
                popup.hide()
        self.matches_shown.emit(typed)

    def _picked(self, index: QModelIndex) -> None:
        self.setText(index.data(Qt.ItemDataRole.DisplayRole))
        self._set(index.data(VALUE_ROLE))
