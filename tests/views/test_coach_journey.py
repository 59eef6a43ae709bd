"""The whole path of the issue, through the real widgets: intake with a refused BSN, find
the client by typing, open the file, add a training and a placement, close the route,
and see the start page's counts change."""

from __future__ import annotations

from gui_support import settle, shoot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zkijdesk.domain.enums import ExitReason, IntakeStatus
from zkijdesk.views import widgets


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.clear()
    qtbot.keyClicks(editor, text)


def choose(combo, value) -> None:
    widgets.set_combo_value(combo, value)
    assert combo.currentData() == value


def test_a_coach_takes_a_client_from_intake_to_a_closed_route(qtbot, window, answers):
    worklist = window.findChild(type(window.pages["worklist"]), "worklistPage")
    assert worklist is not None and worklist.isVisible()
    qtbot.waitUntil(lambda: worklist.data is not None)
    assert (worklist.kpi_open.number, worklist.kpi_closed.number) == (0, 0)

    # Intake through the form; Ctrl+N opens it.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.current_page()
    assert intake.objectName() == "intakePage"
    form = intake.form
    type_into(qtbot, form.first_name, "Sanne")
    type_into(qtbot, form.name_prefix, "van der")
    type_into(qtbot, form.last_name, "Meer")
    type_into(qtbot, form.birth_date, "12-03-1988")
    type_into(qtbot, form.bsn, "123456789")
    type_into(qtbot, form.postcode, "2011ab")
    choose(form.intake_status, IntakeStatus.JOBSEEKER_WW)
    click(qtbot, intake.save_button)
    settle(qtbot, window.runner)  # the intake runs on the writer
    assert form.error_text("bsn") == "BSN voldoet niet aan de elfproef."
    assert form.fields["bsn"].error.isVisible()
    assert form.bsn.property("invalid") is True
    assert window.ws.services.client_list.count() == 0
    shoot(window, "intake_refused_bsn")

    type_into(qtbot, form.bsn, "111222333")
    assert not form.fields["bsn"].has_error
    click(qtbot, intake.save_button)
    qtbot.waitUntil(lambda: window.current_page().objectName() == "clientFile")
    first_file = window.current_page()
    qtbot.waitUntil(lambda: first_file.data is not None)
    assert first_file.name_label.text() == "Sanne van der Meer"
    assert window.ws.services.client_list.count() == 1

    # Find them again by typing in clientSearch (Ctrl+F goes there).
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    clients = window.pages["clients"]
    search = window.findChild(type(clients.search), "clientSearch")
    assert search.hasFocus()
    with qtbot.waitSignal(clients.results_shown, timeout=5000):
        qtbot.keyClicks(search, "meer")
    qtbot.waitUntil(lambda: clients.query.text == "meer" and clients.model.rowCount() == 1)
    table = window.findChild(type(clients.table), "clientTable")
    assert table.model().index(0, 1).data() == "Sanne van der Meer"
    with qtbot.waitSignal(clients.results_shown, timeout=5000):
        qtbot.keyClicks(search, "x")
    assert clients.model.rowCount() == 0
    qtbot.keyClick(search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1)

    # Open the file from the list (it is already open: the same file comes forward).
    rect = table.visualRect(table.model().index(0, 1))
    window.show_page("worklist")
    window.show_page("clients")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_page() is first_file)
    file = window.findChild(type(first_file), "clientFile")
    assert file is first_file
    file.show_tab("route")
    route_tab = file.route_tab
    assert route_tab.current is not None

    # Add a training.
    click(qtbot, route_tab.add_training_button)
    dialog = route_tab.dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.title_edit, "VCA-basis")
    type_into(qtbot, dialog.provider, "Techniek College IJmond")
    type_into(qtbot, dialog.planned_start, "20-11-2026")
    type_into(qtbot, dialog.planned_end, "10-11-2026")
    click(qtbot, dialog.ok_button)
    settle(qtbot, window.runner)
    assert dialog.isVisible()
    assert dialog.fields["planned_end"].error.text() == (
        "Gepland einde mag niet vóór de geplande start liggen."
    )
    shoot(dialog, "dialog_training_error")
    type_into(qtbot, dialog.planned_end, "18-12-2026")
    with qtbot.waitSignal(file.loaded, timeout=5000):
        click(qtbot, dialog.ok_button)
    assert [t.title for t in route_tab.current.trainings] == ["VCA-basis"]

    # Add a placement: its follow-ups at 3, 6 and 12 months are planned.
    click(qtbot, route_tab.add_placement_button)
    dialog = route_tab.dialog
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.start, "16-11-2026")
    dialog.hours.setValue(32)
    with qtbot.waitSignal(file.loaded, timeout=5000):
        click(qtbot, dialog.ok_button)
    (placement,) = route_tab.current.placements
    assert placement.hours_per_week == 32
    assert [f.months for f in placement.follow_ups] == [3, 6, 12]
    shoot(window, "file_route_timeline")

    # Close the route with an exit reason.
    click(qtbot, route_tab.close_route_button)
    dialog = route_tab.dialog
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.ok_button)
    settle(qtbot, window.runner)
    assert dialog.fields["exit_reason"].has_error
    choose(dialog.reason, ExitReason.WORK)
    with qtbot.waitSignal(file.loaded, timeout=5000):
        click(qtbot, dialog.ok_button)
    assert route_tab.current is None
    qtbot.waitUntil(route_tab.new_route_button.isVisible)
    assert file.chips.itemAt(0).widget().text() == "Afgesloten"

    # The start page counts follow.
    window.show_page("worklist")
    qtbot.waitUntil(lambda: worklist.kpi_closed.number == 1, timeout=5000)
    assert worklist.kpi_open.number == 0
    assert worklist.count_of("TECH", "closed") + worklist.count_of("geen", "closed") == 1
    QApplication.processEvents()
    shoot(window, "worklist_after_closing")
