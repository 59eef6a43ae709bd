"""The status bar's progress indicator for long work, with a cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from zkijdesk.views import widgets
from zkijdesk.views.elided import ElidedLabel
from zkijdesk.views.tasks import Task, TaskRunner


class TaskProgress(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskProgress")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(8)
        self.label = ElidedLabel()
        self.bar = QProgressBar()
        # Narrower rather than over the cancel button when the window is small.
        self.bar.setMinimumWidth(60)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Voortgang"))
        self.cancel = widgets.button(self.tr("Annuleren"), flat=True, on_click=self._cancel)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel)
        self.tasks: list[Task] = []
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.ended.connect(self._ended)
        self.hide()

    @property
    def current(self) -> Task | None:
        return self.tasks[-1] if self.tasks else None

    def _started(self, task: Task) -> None:
        self.tasks.append(task)
        self._show(task)

    def _show(self, task: Task) -> None:
        self.label.setText(task.label or "")
        self.bar.setRange(0, 0)
        self.cancel.setVisible(task.cancellable)
        self.cancel.setEnabled(True)
        self.show()

    def _progressed(self, task: Task, done: int, total: int) -> None:
        if task is self.current and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _ended(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        if self.current is not None:
            self._show(self.current)
        else:
            self.hide()

    def _cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()
            self.cancel.setEnabled(False)
            self.label.setText(self.tr("Wordt afgebroken…"))
