"""The client file: nothing typed is lost, contacts in seconds, tasks, labels, the bin."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import settle, shoot
from PySide6.QtCore import Qt

from zkijdesk.domain.enums import ActivityKind
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.views import widgets
from zkijdesk.views.client_file import drafting


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


def open_file(qtbot, window, client_id):
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None)
    return file


def test_typed_input_survives_a_crash_and_is_offered_back(qtbot, window, client_id, monkeypatch):
    monkeypatch.setattr(drafting, "DELAY_MS", 10)
    file = open_file(qtbot, window, client_id)
    file.drafts._timer.setInterval(10)
    qtbot.keyClicks(file.form.phone, "0612345678")
    qtbot.keyClicks(file.contacts_tab.note, "Gesprek over een opleiding in de zorg.")
    assert file.dirty and file.save_button.isEnabled()
    key = file.drafts.key
    qtbot.waitUntil(lambda: window.ws.services.drafts.load(key) is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: window.ws.services.drafts.load(file.contacts_tab.drafts.key) is not None,
        timeout=5000,
    )
    window.runner.wait()

    # A crash: the widget disappears without any save or question.
    window._remove(file)
    assert window.ws.services.clients.get(client_id).phone is None

    reopened = open_file(qtbot, window, client_id)
    assert reopened.form.phone.text() == "0612345678"
    assert reopened.contacts_tab.note.toPlainText() == "Gesprek over een opleiding in de zorg."
    assert reopened.banner.isVisibleTo(reopened)
    assert "teruggezet" in reopened.banner.text.text()
    shoot(window, "file_draft_restored")
    reopened.save()
    settle(qtbot, window.runner)
    assert window.ws.services.clients.get(client_id).phone == "+31612345678"
    # A draft write still on its way is followed by the discard queued behind it.
    qtbot.waitUntil(lambda: window.ws.services.drafts.load(key) is None, timeout=5000)
    window.runner.wait()


def test_closing_with_unsaved_changes_asks_first(qtbot, window, client_id, answers):
    file = open_file(qtbot, window, client_id)
    file.form.last_name.setText("Dekker-Smit")
    answers.save = "cancel"
    assert not window.close_file(file)
    assert client_id in window.files
    answers.save = "discard"
    assert window.close_file(file)
    assert client_id not in window.files
    assert window.ws.services.clients.get(client_id).last_name == "Dekker"

    file = open_file(qtbot, window, client_id)
    file.form.last_name.setText("Dekker-Smit")
    answers.save = "save"
    assert not window.close_file(file)  # not yet: the save runs on the writer
    qtbot.waitUntil(lambda: client_id not in window.files)
    assert window.ws.services.clients.get(client_id).last_name == "Dekker-Smit"


def test_a_refused_change_is_shown_at_its_field_and_nothing_is_saved(qtbot, window, client_id):
    file = open_file(qtbot, window, client_id)
    file.form.postcode.setText("0123 AB")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.runner)
    assert file.form.error_text("postcode").startswith("Postcode moet de vorm 1234 AB hebben")
    assert window.ws.services.clients.get(client_id).postcode is None


def test_contacts_tasks_and_labels_are_recorded_in_the_file(qtbot, window, client_id, answers):
    file = open_file(qtbot, window, client_id)
    contacts = file.contacts_tab
    file.show_tab("contacts")
    widgets.set_combo_value(contacts.kind, ActivityKind.PHONE)
    contacts.minutes.setValue(15)
    contacts.use_template(contacts.template_button.menu().actions()[0].text())
    contacts.note.setPlainText("Besproken: cv en vacatures in de zorg.")
    with qtbot.waitSignal(file.loaded):
        qtbot.keyClick(contacts.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert contacts.model.rowCount() == 1
    assert (contacts.model.index(0, 1).data(), contacts.model.index(0, 2).data()) == (
        "Telefoon",
        "15 min",
    )
    assert contacts.note.toPlainText() == ""
    contacts.day.setText("01-01-2030")
    contacts.note.setPlainText("x")
    contacts.record()
    settle(qtbot, window.runner)
    assert (
        contacts.fields["occurred_on"].error.text()
        == "Datum contact mag niet in de toekomst liggen."
    )
    contacts.note.clear()
    shoot(window, "file_contacts")

    tasks = file.tasks_tab
    file.show_tab("tasks")
    qtbot.keyClicks(tasks.title, "Cv nabespreken")
    tasks.due.setText("20-11-2026")
    with qtbot.waitSignal(file.loaded):
        qtbot.keyClick(tasks.title, Qt.Key.Key_Return)
    assert tasks.model.rowCount() == 1
    tasks.add()  # the title field was emptied after saving
    settle(qtbot, window.runner)
    assert tasks.fields["title"].error.text() == "Taak is verplicht."
    assert tasks.model.rowCount() == 1
    tasks.list.setCurrentIndex(tasks.model.index(0, 0))
    with qtbot.waitSignal(file.loaded):
        qtbot.keyClick(tasks.list, Qt.Key.Key_Space)  # ticks the task off
    assert tasks.model.rowCount() == 0
    tasks.show_done.setChecked(True)
    assert tasks.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    shoot(window, "file_tasks")

    labels = file.labels_tab
    file.show_tab("labels")
    first_group = next(iter(labels.group_checks.values()))
    first_group.setChecked(True)
    settle(qtbot, window.runner)
    assert [t.year for t in window.ws.services.clients.get(client_id).tags] == [2026]
    zw = next(s.id for s in window.ws.ref.sectors if s.code == "ZW")
    widgets.set_combo_value(labels.sector, zw)
    settle(qtbot, window.runner)
    assert window.ws.services.clients.get(client_id).sector_id == zw
    shoot(window, "file_labels")


def test_delete_moves_to_the_bin_and_restore_brings_it_back(qtbot, window, client_id, answers):
    file = open_file(qtbot, window, client_id)
    clients = window.pages["clients"]
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1)
    with qtbot.waitSignal(clients.results_shown):
        file.delete()
    assert client_id not in window.files
    assert clients.model.rowCount() == 0
    window.show_bin()
    dialog = window.bin_dialog
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Iris Dekker"
    assert dialog.list.currentIndex().row() == 0  # the first file is chosen
    shoot(dialog, "bin_dialog")
    with qtbot.waitSignal(clients.results_shown):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert clients.model.rowCount() == 1
    qtbot.waitUntil(lambda: client_id in window.files)
    dialog.reject()


def test_placement_follow_up_is_recorded_from_the_start_page(qtbot, window, client_id):
    from zkijdesk.services.dto import PlacementInput

    ws = window.ws
    route = ws.services.clients.routes(client_id)[0]
    ws.services.routes.add_placement(
        route.id, PlacementInput(start_date=date(2026, 8, 15), hours_per_week=20)
    )
    worklist = window.pages["worklist"]
    window.show_page("worklist")
    worklist.mark_stale()
    qtbot.waitUntil(lambda: worklist.data is not None and len(worklist.data.follow_ups) == 1)
    assert worklist.kpi_follow.number == 1
    # The figure counts what falls due this coming week; the Team page's column counts
    # what is due by today. Both read "Nazorg te doen" once, for different numbers.
    assert worklist.kpi_follow.caption == "Nazorg binnen 7 dagen"
    worklist.record_follow_up(worklist.data.follow_ups[0])
    from zkijdesk.views.client_file.step_dialogs import FollowUpDialog

    dialog = worklist.findChildren(FollowUpDialog)[0]
    with qtbot.waitSignal(worklist.loaded, timeout=5000):
        dialog.accept()
    assert worklist.kpi_follow.number == 0
    follow = ws.services.clients.routes(client_id)[0].placements[0].follow_ups[0]
    assert (follow.still_working, follow.checked_on) == (True, date(2026, 11, 15))


def test_a_placement_names_its_employer_in_the_file(qtbot, window, client_id):
    """The file reads the names of its own placements' employers, and only those."""
    from PySide6.QtWidgets import QLabel

    from zkijdesk.services.dto import PlacementInput

    ws = window.ws
    ws.services.employers.create_employer("Andere Werkgever")
    employer = ws.services.employers.create_employer("Zorgbalans Haarlem")
    route = ws.services.clients.routes(client_id)[0]
    ws.services.routes.add_placement(
        route.id,
        PlacementInput(start_date=date(2026, 8, 15), hours_per_week=20, employer_id=employer.id),
    )
    file = open_file(qtbot, window, client_id)
    assert file.data.employers == {employer.id: "Zorgbalans Haarlem"}
    shown = {label.text() for label in file.route_tab.findChildren(QLabel)}
    assert "Zorgbalans Haarlem" in shown


def test_a_training_not_begun_reads_planned_and_a_begun_one_ongoing(qtbot, window, client_id):
    """A course planned for next year read "Lopend" in the file."""
    from zkijdesk.services.dto import TrainingInput
    from zkijdesk.views.widgets import Chip

    ws = window.ws
    route = ws.services.clients.routes(client_id)[0]
    for title, actual in (("VCA later", None), ("Heftruck nu", date(2026, 11, 2))):
        ws.services.routes.add_training(
            route.id,
            TrainingInput(
                title=title,
                provider="ROC",
                planned_start=date(2027, 2, 1) if actual is None else date(2026, 11, 1),
                actual_start=actual,
            ),
        )
    file = open_file(qtbot, window, client_id)
    chips = [chip.text() for chip in file.route_tab.findChildren(Chip)]
    assert chips.count("Gepland") == 1  # the one begun is "Lopend", as before


def test_a_double_click_or_enter_on_a_contact_opens_it_once(qtbot, window, client_id, monkeypatch):
    from zkijdesk.views.client_file import contacts as contacts_module

    file = open_file(qtbot, window, client_id)
    contacts = file.contacts_tab
    file.show_tab("contacts")
    contacts.note.setPlainText("Besproken: cv.")
    with qtbot.waitSignal(file.loaded):
        contacts.record()
    opened = []
    monkeypatch.setattr(contacts_module.ContactDialog, "open", lambda d: opened.append(d))
    view, first = contacts.list, contacts.model.index(0, 0)
    centre = view.visualRect(first).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert [d.item.note for d in opened] == ["Besproken: cv."]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(opened) == 2


def test_leaving_a_half_filled_intake_asks_with_a_way_back_that_is_not_cancel(
    qtbot, window, answers
):
    """The question offered "Niet inschrijven" and "Annuleren" after the coach had
    pressed Annuleren: which one goes back? The way back now says so."""
    from zkijdesk.views.client_file.intake import IntakePage

    intake = IntakePage(window.ws)
    qtbot.addWidget(intake)
    qtbot.keyClicks(intake.form.first_name, "Noor")
    answers.confirm = False
    intake.cancel()
    assert answers.buttons[-1] == ("Niet inschrijven", "Verder invullen")
    assert intake.form.first_name.text() == "Noor"  # kept: the coach went back
    answers.confirm = True
    with qtbot.waitSignal(intake.cancelled, timeout=2000):
        intake.cancel()
    intake.drafts.discard()
