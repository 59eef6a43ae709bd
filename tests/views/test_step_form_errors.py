"""The client file's step, contact and task forms say every problem of a save at once,
each under its own field, store nothing until all are right, and confirm the save."""

from __future__ import annotations

from gui_support import settle
from PySide6.QtCore import Qt

from zkijdesk.services.dto import ClientInput, RouteInput

DATE_FORMAT = "is geen geldige datum; gebruik dd-mm-jjjj."


def _file(qtbot, window, tab: str):
    client = window.ws.services.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name="Dekker",
            birth_date="04-03-1985",
            intake_status="werkzoekend_bijstand",
        ),
        RouteInput(intake_date="01-06-2026"),
    ).client
    window.open_client(client.id)
    file = window.files[client.id]
    qtbot.waitUntil(lambda: file.data is not None, timeout=10_000)
    file.show_tab(tab)
    return file


def _errors(fields) -> dict[str, str]:
    return {name: f.error.text() for name, f in fields.items() if f.has_error}


def _save(qtbot, window, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)


def _dialog(qtbot, route_tab, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = route_tab.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_task_without_a_title_and_with_a_wrong_date_names_both(qtbot, window):
    file = _file(qtbot, window, "tasks")
    tab = file.tasks_tab
    tab.due.clear()
    qtbot.keyClicks(tab.due, "32-01-2027")
    _save(qtbot, window, tab.add_button)
    assert _errors(tab.fields) == {
        "title": "Taak is verplicht.",
        "due_date": f"Uiterste datum {DATE_FORMAT}",
    }
    assert window.ws.services.activities.tasks(client_id=file.client_id) == []

    qtbot.keyClicks(tab.title, "Cv nalopen")
    tab.due.clear()
    qtbot.keyClicks(tab.due, "01-02-2027")
    _save(qtbot, window, tab.add_button)
    assert not _errors(tab.fields)
    assert [t.title for t in window.ws.services.activities.tasks(client_id=file.client_id)] == [
        "Cv nalopen"
    ]
    assert window.statusBar().currentMessage() == "Opgeslagen."


def test_a_training_names_each_missing_and_wrong_field_at_once(qtbot, window):
    file = _file(qtbot, window, "route")
    route_tab = file.route_tab
    dialog = _dialog(qtbot, route_tab, route_tab.add_training_button)
    qtbot.keyClicks(dialog.actual_start, "99-99-2026")
    _save(qtbot, window, dialog.ok_button)
    assert _errors(dialog.fields) == {
        "title": "Opleiding is verplicht.",
        "provider": "Aanbieder is verplicht.",
        "actual_start": f"Werkelijke start {DATE_FORMAT}",
    }
    assert dialog.isVisible() and not dialog.banner.isVisible()
    assert not route_tab.current.trainings

    qtbot.keyClicks(dialog.title_edit, "Heftruckcertificaat")
    qtbot.keyClicks(dialog.provider, "Opleidingscentrum IJmond")
    dialog.actual_start.clear()
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        _save(qtbot, window, dialog.ok_button)
    assert [t.title for t in file.route_tab.current.trainings] == ["Heftruckcertificaat"]
    assert window.statusBar().currentMessage() == "Opgeslagen."


def test_closing_a_route_asks_for_a_reason_and_names_the_wrong_date(qtbot, window):
    file = _file(qtbot, window, "route")
    route_tab = file.route_tab
    route_id = route_tab.current.id
    dialog = _dialog(qtbot, route_tab, route_tab.close_route_button)
    dialog.closed_on.clear()
    qtbot.keyClicks(dialog.closed_on, "31-02-2026")
    _save(qtbot, window, dialog.ok_button)
    assert _errors(dialog.fields) == {
        "closed_on": f"Afsluitdatum {DATE_FORMAT}",
        "exit_reason": "Kies een reden uitstroom.",
    }
    assert window.ws.services.routes.get(route_id).closed_on is None

    dialog.closed_on.clear()
    qtbot.keyClicks(dialog.closed_on, "01-09-2026")
    dialog.reason.setCurrentIndex(1)
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        _save(qtbot, window, dialog.ok_button)
    assert str(window.ws.services.routes.get(route_id).closed_on) == "2026-09-01"
    assert window.statusBar().currentMessage() == "Opgeslagen."


def test_a_placement_with_an_unpicked_employer_names_its_other_problems_too(qtbot, window):
    file = _file(qtbot, window, "route")
    route_tab = file.route_tab
    dialog = _dialog(qtbot, route_tab, route_tab.add_placement_button)
    dialog.employer.setText("Bakkerij de Korenschoof")
    dialog.start.clear()
    qtbot.keyClicks(dialog.start, "31-04-2026")
    dialog.hours.setValue(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _errors(dialog.fields) == {
        "employer_id": "Kies een werkgever uit de lijst, of maak het veld leeg.",
        "start_date": f"Startdatum {DATE_FORMAT}",
        "hours_per_week": "Uren per week is verplicht.",
    }
    assert dialog.focusWidget() is dialog.employer  # the first problem has the cursor
    settle(qtbot, window.runner)
    assert not route_tab.current.placements

    dialog.employer.clear()
    dialog.start.clear()
    qtbot.keyClicks(dialog.start, "01-09-2026")
    dialog.hours.setValue(32)
    with qtbot.waitSignal(file.loaded, timeout=10_000):
        _save(qtbot, window, dialog.ok_button)
    assert [p.hours_per_week for p in file.route_tab.current.placements] == [32]
    assert window.statusBar().currentMessage() == "Opgeslagen."


def test_changing_a_task_to_no_title_and_no_date_names_both(qtbot, window):
    file = _file(qtbot, window, "tasks")
    window.ws.services.activities.add_task("Cv nalopen", "01-02-2027", client_id=file.client_id)
    file.reload()
    tab = file.tasks_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.list.doubleClicked.emit(tab.model.index(0, 0))
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    dialog.title_edit.clear()
    dialog.due.clear()
    _save(qtbot, window, dialog.ok_button)
    assert _errors(dialog.fields) == {
        "title": "Taak is verplicht.",
        "due_date": "Uiterste datum is verplicht.",
    }
    assert [t.title for t in window.ws.services.activities.tasks(client_id=file.client_id)] == [
        "Cv nalopen"
    ]

    qtbot.keyClicks(dialog.title_edit, "Cv en brief nalopen")
    qtbot.keyClicks(dialog.due, "03-02-2027")
    _save(qtbot, window, dialog.ok_button)
    assert [t.title for t in window.ws.services.activities.tasks(client_id=file.client_id)] == [
        "Cv en brief nalopen"
    ]
    assert window.statusBar().currentMessage() == "Opgeslagen."
