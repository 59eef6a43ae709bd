"""Pickers in a client file ask the database as the user types (issue 17): a placement's
employer is found by typing part of its name, and the region's employers are never
loaded whole to fill a list."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.services.employers import EmployerService


@pytest.fixture
def client_id(window):
    result = window.ws.services.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name="Dekker",
            birth_date="04-03-1985",
            intake_status="werkzoekend_bijstand",
            bsn="111222333",
        ),
        RouteInput(intake_date="01-06-2026"),
    )
    window.ws.events.clients_changed.emit()
    return result.client.id


@pytest.fixture
def employers(window, monkeypatch):
    ws = window.ws
    made = {
        name: ws.services.employers.create_employer(name).id
        for name in ("Tata Steel", "Zorgbalans Haarlem", "Zorggroep Spaarne", "Gemeente Velsen")
    }

    def refused(self):
        raise AssertionError("a picker read every employer")

    monkeypatch.setattr(EmployerService, "employers", refused)
    return made


def _placement_dialog(qtbot, window, client_id):
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None)
    file.show_tab("route")
    route_tab = file.route_tab
    qtbot.mouseClick(route_tab.add_placement_button, Qt.MouseButton.LeftButton)
    dialog = route_tab.dialog
    qtbot.waitExposed(dialog)
    return file, dialog


def _type(qtbot, picker, text: str) -> list[str]:
    """Type into the picker and return the names its popup then lists."""
    picker.setFocus()
    picker.clear()
    with qtbot.waitSignal(picker.matches_shown, timeout=5000, check_params_cb=text.__eq__):
        qtbot.keyClicks(picker, text)
    model = picker.model
    return [model.item(row).text() for row in range(model.rowCount())]


def test_typing_part_of_a_name_lists_the_employers_that_have_it(
    qtbot, window, client_id, employers
):
    file, dialog = _placement_dialog(qtbot, window, client_id)
    picker = dialog.employer
    assert _type(qtbot, picker, "zorg") == ["Zorgbalans Haarlem", "Zorggroep Spaarne"]
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert _type(qtbot, picker, "Zorgg") == ["Zorggroep Spaarne"]
    # Pick it from the popup with the keyboard, as a user does.
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == "Zorggroep Spaarne"
    assert picker.value() == employers["Zorggroep Spaarne"]
    dialog.start.setText("16-11-2026")
    with qtbot.waitSignal(file.loaded, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (placement,) = file.route_tab.current.placements
    assert placement.employer_id == employers["Zorggroep Spaarne"]
    assert "Zorggroep Spaarne" in {label.text() for label in file.findChildren(QLabel)}


def test_a_name_typed_but_not_picked_is_not_dropped_silently(qtbot, window, client_id, employers):
    file, dialog = _placement_dialog(qtbot, window, client_id)
    picker = dialog.employer
    assert _type(qtbot, picker, "Bakkerij") == []
    dialog.start.setText("16-11-2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.fields["employer_id"].error.text() == (
        "Kies een werkgever uit de lijst, of maak het veld leeg."
    )
    assert not file.route_tab.current.placements
    # The whole name typed (any case) counts as picking it.
    assert _type(qtbot, picker, "tata steel") == ["Tata Steel"]
    assert picker.value() == employers["Tata Steel"]


def test_the_client_list_is_filtered_on_a_coach_found_by_typing(qtbot, window, client_id):
    """The coach filter lists only coaches whose name has what was typed; picking one
    filters the list, and a saved filter brings the name back."""
    page = window.pages["clients"]
    window.show_page("clients")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    picker = page.filters.coach
    assert picker.placeholderText() == "Alle coaches; typ een naam"
    # The admin is no coach; Anna and Bram both have an "a".
    assert _type(qtbot, picker, "a") == ["Anna de Vries", "Bram Jansen"]
    assert _type(qtbot, picker, "JAN") == ["Bram Jansen"]
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    bram = picker.value()
    assert picker.text() == "Bram Jansen" and page.query.coach_id == bram
    assert page.model.rowCount() == 0  # Iris is Anna's
    assert page.filter_button.text() == "Filters (1)"
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.filters.clear()
    assert picker.text() == "" and picker.value() is None
    assert page.model.rowCount() == 1
    # A saved filter's coach is shown by name again.
    page.filters.show_query(replace(page.query, coach_id=bram))
    assert picker.value() == bram
    qtbot.waitUntil(lambda: picker.text() == "Bram Jansen")


def test_a_file_names_its_coach_as_the_database_has_it_now(qtbot, window, client_id):
    """The file reads the names of its own routes' coaches when it opens, not from a
    list of every user read at sign-in (which also went stale)."""
    with window.ws.services.store.session() as s:
        s.connection().exec_driver_sql(
            "UPDATE app_user SET display_name = 'Anna de Vries-Bakker' WHERE username = 'anna'"
        )
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None)
    file.show_tab("route")
    shown = {label.text() for label in file.route_tab.findChildren(QLabel)}
    assert any("Coach: Anna de Vries-Bakker" in text for text in shown), shown
