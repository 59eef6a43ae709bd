"""The one form dialog every form builds on: a route's steps, the WSP forms.

A form is named fields in a grid, a banner for refusals that belong to no field, and
Annuleren / Opslaan (and, for a form that edits something, Verwijderen). ``submit``
reads the fields on the UI thread and returns the service call, which runs on the task
runner's writer (``runner.write``) with the buttons disabled. A refusal shows each
Dutch sentence under its own field and keeps the form open with everything typed; a
save that landed is confirmed in the status bar and closes the form. Esc cancels,
except while a save runs (it would land unseen).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.changes import NOTHING, Changes, Written
from zkijdesk.views import feedback, widgets
from zkijdesk.views.tasks import TaskRunner


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        title: str,
        *,
        runner: TaskRunner | None = None,
        name: str = "",
        width: int = 560,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(width)
        self.fields: dict[str, widgets.Field] = {}
        self.order: list[QWidget] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(12)
        column.addWidget(widgets.label(title, "sectionTitle", wrap=True))
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        column.addLayout(self.grid, 1)
        buttons = QHBoxLayout()
        self.extra = QHBoxLayout()
        buttons.addLayout(self.extra)
        buttons.addStretch(1)
        self.cancel_button = widgets.button(self.tr("Annuleren"), on_click=self.reject)
        self.cancel_button.setObjectName("cancelButton")
        self.ok_button = widgets.button(self.tr("Opslaan"), primary=True, on_click=self.accept)
        self.ok_button.setObjectName("saveButton")
        self.ok_button.setAutoDefault(True)
        self.ok_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        column.addLayout(buttons)
        self._extra_buttons: list[QWidget] = []
        # The runner the save goes through (a page that opens a form may set it), and
        # what the save changes, announced to every page once it landed.
        self.runner = runner
        self.changes: Changes = NOTHING
        self.writing = False  # a save or delete runs on the writer

    def add(self, name: str, caption: str, editor: QWidget, row: int, col: int, span: int = 1):
        field = widgets.Field(caption, editor)
        field.setObjectName(f"field_{name}")
        self.fields[name] = field
        self.grid.addWidget(field, row, col, 1, span)
        self.order.append(editor)
        return editor

    def finish(self) -> None:
        """Fix the tab order to the order the fields were added, then the two buttons."""
        chain = [*self.order, self.cancel_button, self.ok_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self.order:
            self.order[0].setFocus()

    def submit(self) -> Callable[[], object]:  # pragma: no cover - every form overrides it
        """Read the fields (here, on the UI thread) and return the service call that
        saves them, which runs on the writer: it touches no widget."""
        raise NotImplementedError

    def initiator(self) -> QObject:
        """Who the save is announced as coming from: a page skips the refresh it
        caused itself, since it reads itself again on ``saved``."""
        return self

    def accept(self) -> None:
        """Save on the writer with the buttons disabled; close once the save landed,
        or stay open with the reason shown and the input kept."""
        if self.writing:
            return
        self.banner.hide()
        for field in self.fields.values():
            field.clear_error()
        try:
            call = self.submit()
        except ZkijdeskError as exc:
            self._refused(exc)
            return
        changes = self.changes

        def done(result: object) -> None:
            feedback.saved(self, QCoreApplication.translate("FormDialog", "Opgeslagen."))
            self.saved.emit(result)
            super(FormDialog, self).accept()

        self._write(lambda: Written(call(), changes), done)

    def add_delete(self, text: str, action: Callable[[], object]) -> None:
        """A delete button; ``action`` (the service call) runs on the writer once the
        user confirmed it."""

        def run() -> None:
            if not feedback.confirm(
                self, self.windowTitle(), text, self.tr("Verwijderen"), destructive=True
            ):
                return
            changes = self.changes

            def done(_result: object) -> None:
                self.saved.emit(None)
                super(FormDialog, self).accept()

            self._write(lambda: Written(action(), changes), done)

        button = widgets.button(
            self.tr("Verwijderen"), icon_name="trash", danger=True, flat=True, on_click=run
        )
        self._extra_buttons.append(button)
        self.extra.addWidget(button)

    def reject(self) -> None:
        """Esc or Annuleren; not while a save runs (it would land unseen, or fail so)."""
        if not self.writing:
            super().reject()

    def _write(self, op: Callable[[], Written], done: Callable[[object], None]) -> None:
        if self.runner is None:
            raise RuntimeError("a form needs a task runner before it saves")
        self.writing = True

        def landed(result: object) -> None:
            self.writing = False
            done(result)

        self.runner.write(
            op,
            on_done=landed,
            on_error=self._refused,
            busy=(self.ok_button, self.cancel_button, *self._extra_buttons),
            initiator=self.initiator(),
        )

    def _refused(self, exc: BaseException) -> None:
        self.writing = False
        feedback.show_refusal(exc, self.fields, self.banner)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a sentence that wrapped onto a second line (never shrink)."""
        layout = self.layout()
        if layout is None:  # the dialog's column, made in __init__
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
