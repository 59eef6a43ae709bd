"""Forms say every problem at once, each under its own field, and confirm a save."""

from __future__ import annotations

from gui_support import settle, shoot
from PySide6.QtCore import Qt

from zkijdesk.domain.errors import FormValidationError
from zkijdesk.services.clients import clean_client
from zkijdesk.services.dto import ClientInput


def test_an_empty_intake_names_every_missing_field_at_once(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.current_page()
    intake.intake_date.clear()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.runner)  # the intake runs on the writer
    form = intake.form
    assert form.error_text("first_name") == "Voornaam is verplicht."
    assert form.error_text("last_name") == "Achternaam is verplicht."
    assert form.error_text("birth_date") == "Geboortedatum is verplicht."
    assert form.error_text("intake_status") == "Kies een status bij intake."
    route_date = intake.route_fields["intake_date"]
    assert route_date.has_error and route_date.error.text() == "Intakedatum is verplicht."
    assert form.first_name.hasFocus()  # the first problem has the cursor
    assert not intake.banner.isVisible()  # each sentence is at its field, none above
    shoot(window, "intake_all_errors")

    qtbot.keyClicks(form.first_name, "Iris")
    qtbot.keyClicks(form.last_name, "Dekker")
    qtbot.keyClicks(form.birth_date, "04-03-1985")
    form.intake_status.setCurrentIndex(form.intake_status.findData("werkend"))
    qtbot.keyClicks(intake.intake_date, "02-11-2026")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page().objectName() == "clientFile", timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Ingeschreven als ZK")


def test_a_file_edit_shows_both_wrong_fields_then_confirms_the_save(qtbot, window):
    from zkijdesk.services.dto import RouteInput

    client = window.ws.services.clients.intake(
        ClientInput(
            first_name="Noor",
            last_name="Visser",
            birth_date="12-12-1990",
            intake_status="werkend",
        ),
        RouteInput(intake_date="01-06-2026"),
    ).client
    window.open_client(client.id)
    file = window.files[client.id]
    qtbot.waitUntil(lambda: file.data is not None, timeout=10_000)
    form = file.form
    form.email.setText("noor@")
    form.postcode.setText("12")
    file.save()
    settle(qtbot, window.runner)
    assert form.error_text("email").startswith("E-mailadres")
    assert form.error_text("postcode").startswith("Postcode")
    form.email.setText("noor@example.nl")
    form.postcode.setText("2011 AB")
    file.save()
    settle(qtbot, window.runner)
    assert window.statusBar().currentMessage() == "Gegevens opgeslagen."
    assert not form.error_text("email") and not form.error_text("postcode")


def test_the_service_raises_all_problems_of_one_form_together():
    from datetime import date

    try:
        clean_client(
            ClientInput(first_name=" ", last_name="", birth_date="31-02-1990", bsn="123"),
            date(2026, 11, 15),
        )
    except FormValidationError as exc:
        fields = [e.field for e in exc.errors]
        assert fields == ["first_name", "last_name", "birth_date", "bsn", "intake_status"]
        assert exc.field == "first_name" and exc.message == "Voornaam is verplicht."
        assert all("123" not in e.message for e in exc.errors)  # no BSN in any sentence
    else:
        raise AssertionError("four wrong fields were accepted")
