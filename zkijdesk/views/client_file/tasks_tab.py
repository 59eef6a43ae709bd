"""Taken: the file's tasks with their due dates; tick one off, untick it, add one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services import dto
from zkijdesk.services.changes import Changes, Written
from zkijdesk.views import feedback, widgets
from zkijdesk.views.client_file.step_dialogs import TaskDialog
from zkijdesk.views.itemmodels.rows import IdRole
from zkijdesk.views.itemmodels.tasks import TaskTableModel
from zkijdesk.views.workspace import Workspace


class TasksTab(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksTab")
        self.ws = ws
        self.client_id = client_id
        self.route_id: int | None = None
        self.tasks: list[dto.TaskView] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 14, 4, 4)
        column.setSpacing(12)

        frame, layout = widgets.card(spacing=8)
        layout.addWidget(widgets.label(self.tr("Taak toevoegen"), "sectionTitle"))
        row = QHBoxLayout()
        row.setSpacing(10)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Wat moet er gebeuren?"))
        self.due = widgets.date_edit(self.tr("Uiterste datum"), ws.today())
        self.fields = {
            "title": widgets.Field(self.tr("Taak"), self.title),
            "due_date": widgets.Field(self.tr("Uiterste datum"), self.due),
        }
        row.addWidget(self.fields["title"], 1)
        row.addWidget(self.fields["due_date"])
        self.add_button = widgets.button(
            self.tr("Toevoegen"), icon_name="plus", primary=True, on_click=self.add
        )
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        self.title_hint = widgets.label(
            self.tr(
                "Liever geen namen in de titel: wie de titels meestuurt naar de agenda, "
                "stuurt ze naar telefoon of cloud. Standaard gaat alleen het cliëntnummer mee."
            ),
            "muted",
            wrap=True,
        )
        self.title_hint.setObjectName("taskTitleHint")
        layout.addWidget(self.title_hint)
        self.title.returnPressed.connect(self.add)
        self.due.returnPressed.connect(self.add)
        column.addWidget(frame)

        self.model = TaskTableModel(ws.today(), self)
        self.model.done_requested.connect(self._set_done)
        top = QHBoxLayout()
        top.addWidget(widgets.label(self.tr("Taken"), "sectionTitle"))
        top.addStretch(1)
        self.show_done = QCheckBox(self.tr("Afgeronde taken tonen"))
        self.show_done.setAccessibleName(self.tr("Afgeronde taken tonen"))
        self.show_done.toggled.connect(self.model.set_show_done)
        top.addWidget(self.show_done)
        column.addLayout(top)

        self.list = QTreeView()
        self.list.setObjectName("taskList")
        self.list.setAccessibleName(self.tr("Taken van deze cliënt"))
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.doubleClicked.connect(self._edit)
        column.addWidget(self.list, 1)

    @property
    def dirty(self) -> bool:
        return False

    def show_tasks(self, tasks: list[dto.TaskView], route_id: int | None) -> None:
        self.tasks = tasks
        self.route_id = route_id
        self.model.set_tasks(tasks, self.ws.today())

    def add(self) -> None:
        activities, client_id, route_id = self.ws.services.activities, self.client_id, self.route_id
        title, due = self.title.text(), self.due.text()

        def added(_result) -> None:
            self.title.clear()
            # The same short word as a dialog's save: the coach sees the task landed.
            feedback.saved(self, QCoreApplication.translate("StepDialogs", "Opgeslagen."))
            self.changed.emit()

        feedback.attempt_write(
            self,
            self.fields,
            self.ws.runner,
            lambda: Written(
                activities.add_task(title, due, client_id=client_id, route_id=route_id),
                Changes.of_client(client_id, tasks=True),
            ),
            on_done=added,
            busy=(self.add_button,),
            initiator=self,
        )

    def _set_done(self, task_id: int, done: bool) -> None:
        activities, changes = (
            self.ws.services.activities,
            Changes.of_client(self.client_id, tasks=True),
        )

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            feedback.show_error(self, exc)
            self.changed.emit()  # shows the task as it is in the store again

        self.ws.runner.write(
            lambda: Written(activities.set_done(task_id, done), changes),
            on_done=lambda _r: self.changed.emit(),
            on_error=failed,
            initiator=self,
        )

    def _edit(self, index: QModelIndex) -> None:
        task_id = index.data(IdRole)
        task = next((t for t in self.tasks if t.id == task_id), None)
        if task is None:
            return
        dialog = TaskDialog(self.ws, task, self)
        dialog.changes = Changes.of_client(self.client_id, tasks=True)
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()
        self.dialog = dialog
