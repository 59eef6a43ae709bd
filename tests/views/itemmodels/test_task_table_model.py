"""The client file's task list as a model: no widget, no store."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from zkijdesk.services.dto import TaskView
from zkijdesk.views import style
from zkijdesk.views.itemmodels.rows import IdRole, RowRole
from zkijdesk.views.itemmodels.tasks import TaskTableModel

TODAY = date(2026, 11, 16)
CHECK = Qt.ItemDataRole.CheckStateRole


def task(task_id: int, title: str, due: date, *, done: bool = False) -> TaskView:
    return TaskView(
        id=task_id,
        client_id=1,
        route_id=None,
        follow_up_id=None,
        title=title,
        due_date=due,
        done_at=datetime(2026, 11, 1, 9, 0) if done else None,
        owner_id=None,
    )


TASKS = [
    task(7, "Cv nabespreken", date(2026, 11, 20)),
    task(8, "Werkgever bellen", date(2026, 11, 2)),
    task(9, "Intake afronden", date(2026, 10, 1), done=True),
]


def model_with(tasks=TASKS, *, show_done: bool = False) -> TaskTableModel:
    model = TaskTableModel(TODAY)
    model.set_show_done(show_done)
    model.set_tasks(tasks)
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(model_with(show_done=True))
    qtmodeltester.check(TaskTableModel(TODAY))


def test_open_tasks_show_title_date_id_and_an_empty_box():
    model = model_with()
    assert model.rowCount() == 2
    assert model.columnCount() == 2
    assert [model.index(r, 0).data() for r in range(2)] == ["Cv nabespreken", "Werkgever bellen"]
    assert model.index(0, 1).data() == "20-11-2026"
    assert [model.index(r, 1).data(IdRole) for r in range(2)] == [7, 8]
    assert model.index(1, 0).data(RowRole) == TASKS[1]
    assert model.index(0, 0).data(CHECK) == Qt.CheckState.Unchecked
    assert model.index(0, 1).data(CHECK) is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable


def test_headers_are_dutch():
    model = model_with()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == ["Taak", "Uiterste datum"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_done_tasks_are_listed_on_request_struck_through_and_ticked():
    model = model_with()
    model.set_show_done(True)
    assert model.rowCount() == 3
    done = model.index(2, 0)
    assert done.data() == "Intake afronden"
    assert done.data(CHECK) == Qt.CheckState.Checked
    assert done.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert done.data(Qt.ItemDataRole.ForegroundRole).color().name() == style.current().muted
    model.set_show_done(False)
    assert model.rowCount() == 2


def test_a_late_open_task_shows_its_date_in_red():
    model = model_with(show_done=True)
    danger = style.current().danger
    late, future, done_late = model.index(1, 1), model.index(0, 1), model.index(2, 1)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == danger
    assert future.data(Qt.ItemDataRole.ForegroundRole) is None
    assert done_late.data(Qt.ItemDataRole.ForegroundRole) is None  # done: no longer late
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None


def test_ticking_shows_the_tick_and_asks_for_the_write_once(qtbot):
    model = model_with()
    asked: list[tuple[int, bool]] = []
    model.done_requested.connect(lambda task_id, done: asked.append((task_id, done)))
    index = model.index(1, 0)
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, Qt.CheckState.Checked, CHECK)
    assert index.data(CHECK) == Qt.CheckState.Checked
    assert model.setData(index, Qt.CheckState.Checked.value, CHECK)  # same again: no write
    assert asked == [(8, True)]
    assert not model.setData(model.index(1, 1), Qt.CheckState.Checked, CHECK)
    assert not model.setData(index, "x", Qt.ItemDataRole.EditRole)


def test_new_rows_replace_a_tick_that_was_not_read_back():
    model = model_with()
    model.setData(model.index(0, 0), Qt.CheckState.Checked, CHECK)
    model.set_tasks(TASKS)  # the write was refused: the store still says open
    assert model.index(0, 0).data(CHECK) == Qt.CheckState.Unchecked
