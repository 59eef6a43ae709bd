"""Writes run off the UI thread (``runner.write``), and announce what they changed.

A save that has to wait for the store's write lock (a backup, a purge, a colleague's
save) waits on the writer thread: the window keeps answering meanwhile, the save button
is disabled, and the save lands once the lock is free. The suite-wide guard
(tests/ui_thread_guard.py) fails any test in which the GUI writes on the UI thread; the
last tests check that guard itself.
"""

from __future__ import annotations

import pytest
from gui_support import settle
from PySide6.QtCore import QTimer

from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.dto import ClientInput, RouteInput


@pytest.fixture
def client_id(window):
    result = window.ws.services.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name="Dekker",
            birth_date="04-03-1985",
            intake_status="werkzoekend_bijstand",
        ),
        RouteInput(intake_date="01-06-2026"),
    )
    return result.client.id


def open_file(qtbot, window, client_id):
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None)
    return file


def test_a_save_waiting_for_the_write_lock_keeps_the_window_responsive(
    qtbot, window, gui_store, client_id
):
    from zkijdesk.storage.engine import sqlcipher_engine

    file = open_file(qtbot, window, client_id)
    qtbot.keyClicks(file.form.phone, "0612345678")
    assert file.save_button.isEnabled()

    # Another connection to the same file takes the write lock, as a backup or a
    # colleague's save would, and keeps it until we let go.
    other = sqlcipher_engine(gui_store.location.path, gui_store.key)
    holder = other.raw_connection()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    try:
        holder.cursor().execute("BEGIN IMMEDIATE")
        file.save()  # returns at once; the save waits on the writer
        assert not file.save_button.isEnabled()  # no second save while the first waits
        timer.start(5)
        # The event loop turns while the save waits for the lock: the timer fires, and
        # the window still reads (a read does not need the write lock).
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)
        assert window.ws.services.client_list.count() == 1  # a read needs no write lock
        assert file.form.phone.text() == "0612345678"  # the input is kept meanwhile
        assert not file.save_button.isEnabled()
    finally:
        timer.stop()
        holder.cursor().execute("ROLLBACK")
        holder.close()
        other.dispose()

    settle(qtbot, window.runner)
    assert window.ws.services.clients.get(client_id).phone == "+31612345678"
    assert not file.form.dirty
    assert window.statusBar().currentMessage() == "Gegevens opgeslagen."


def test_a_dialog_saving_behind_the_lock_stays_until_the_save_landed(
    qtbot, window, gui_store, client_id
):
    from zkijdesk.storage.engine import sqlcipher_engine

    file = open_file(qtbot, window, client_id)
    file.show_tab("route")
    file.route_tab.add_training_button.click()
    dialog = file.route_tab.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, "VCA-basis")
    qtbot.keyClicks(dialog.provider, "Techniek College IJmond")
    qtbot.keyClicks(dialog.planned_start, "20-11-2026")
    qtbot.keyClicks(dialog.planned_end, "18-12-2026")
    other = sqlcipher_engine(gui_store.location.path, gui_store.key)
    holder = other.raw_connection()
    try:
        holder.cursor().execute("BEGIN IMMEDIATE")
        dialog.ok_button.click()
        assert not dialog.ok_button.isEnabled() and not dialog.cancel_button.isEnabled()
        dialog.reject()  # Esc while it saves: the save would land unseen
        assert dialog.isVisible()
    finally:
        holder.cursor().execute("ROLLBACK")
        holder.close()
        other.dispose()
    settle(qtbot, window.runner)
    assert not dialog.isVisible() and not dialog.banner.isVisible()
    # The file shows the step once it landed (it reads itself again).
    qtbot.waitUntil(lambda: [t.title for t in file.route_tab.current.trainings] == ["VCA-basis"])


def test_a_write_announces_what_it_changed_and_pages_follow(qtbot, window, client_id):
    """The runner turns a write's Changes into the hub's signals; nobody emits by hand."""
    events = window.events
    seen: list[tuple] = []
    events.client_changed.connect(lambda cid: seen.append(("client", cid)))
    events.tasks_changed.connect(lambda: seen.append(("tasks",)))
    events.employers_changed.connect(lambda: seen.append(("employers",)))
    activities = window.ws.services.activities

    with qtbot.waitSignal(events.tasks_changed):
        window.runner.write(
            lambda: Written(
                activities.add_task("Cv nabespreken", "20-11-2026", client_id=client_id),
                Changes.of_client(client_id, tasks=True),
            )
        )
    assert seen == [("client", client_id), ("tasks",)]

    failed: list[BaseException] = []
    seen.clear()

    def refused():
        raise ValueError("no")

    window.runner.write(refused, on_error=failed.append)
    settle(qtbot, window.runner)
    assert [type(e) for e in failed] == [ValueError] and seen == []  # nothing announced

    window.runner.write(lambda: "not a Changes", on_error=failed.append)
    settle(qtbot, window.runner)
    assert isinstance(failed[-1], TypeError)  # a write must say what it changed


def test_an_open_file_follows_a_change_made_elsewhere_and_not_its_own(qtbot, window, client_id):
    file = open_file(qtbot, window, client_id)
    activities = window.ws.services.activities
    reloads: list[int] = []
    file.loaded.connect(lambda: reloads.append(1))

    # The start page (or Werkgevers & vacatures) adds a task for this client.
    window.runner.write(
        lambda: Written(
            activities.add_task("Cv nabespreken", "20-11-2026", client_id=client_id),
            Changes.of_client(client_id, tasks=True),
        )
    )
    qtbot.waitUntil(lambda: reloads == [1])
    assert [t.title for t in file.data.tasks] == ["Cv nabespreken"]

    # The file's own save: shown by the file already, no second read.
    qtbot.keyClicks(file.form.phone, "0612345678")
    file.save()
    settle(qtbot, window.runner)
    assert reloads == [1] and not file.form.dirty


def test_the_guard_catches_a_write_from_the_gui_on_the_ui_thread(qtbot, window, client_id):
    """A GUI frame writing on the UI thread is recorded; the same write on the writer,
    or a test's own seeding on the UI thread, is not."""
    from pathlib import Path

    import ui_thread_guard

    import zkijdesk.views

    activities = window.ws.services.activities
    views = Path(zkijdesk.views.__file__).parent
    code = compile("add()", str(views / "pretend_page.py"), "exec")

    def add():
        activities.add_task("Bellen", "20-11-2026", client_id=client_id)

    exec(code, {"add": add})  # as if a page's slot wrote on the UI thread
    seen = ui_thread_guard.take()
    assert seen and all("pretend_page.py" in line for line in seen)

    add()  # a test seeding data: no GUI frame on the stack
    window.runner.write(lambda: exec(code, {"add": add}) or Changes(tasks=True))
    settle(qtbot, window.runner)
    assert ui_thread_guard.take() == []
