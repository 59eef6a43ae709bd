"""Calendar export from the window: only client numbers unless the coach chooses titles,
and then a warning says why that is a risk; the task form warns where titles are typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.views.calendar_dialog import CalendarTitlesDialog


def test_the_title_choice_defaults_to_the_client_number_and_warns_for_titles(qtbot, window):
    dialog = CalendarTitlesDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.number_only.isChecked() and dialog.mode() == "client_number"
    assert not dialog.warning.isVisible()
    qtbot.mouseClick(dialog.as_typed, Qt.MouseButton.LeftButton)
    assert dialog.mode() == "as_typed"
    assert dialog.warning.isVisible() and "naam" in dialog.warning.text()


def test_the_window_exports_overdue_tasks_by_number(qtbot, window, tmp_path, monkeypatch):
    result = window.ws.services.clients.intake(
        ClientInput(
            first_name="Fatima",
            last_name="Yilmaz",
            birth_date="04-03-1985",
            intake_status="werkzoekend_bijstand",
        ),
        RouteInput(intake_date="01-06-2026"),
    )
    today = window.ws.today()
    window.ws.services.activities.add_task(
        "Cv nabespreken met Fatima",
        date.fromordinal(today.toordinal() - 5),
        client_id=result.client.id,
    )
    window.open_client(result.client.id)
    file = window.files[result.client.id]
    qtbot.waitUntil(lambda: file.data is not None)
    file.show_tab("tasks")
    hint = file.tasks_tab.findChild(QLabel, "taskTitleHint")
    assert hint is not None and "geen namen in de titel" in hint.text()
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(window, "ask_calendar_titles", lambda: "client_number")
    monkeypatch.setattr(window, "ask_calendar_path", lambda: target)
    window.export_calendar()
    qtbot.waitUntil(target.exists, timeout=20_000)
    window.runner.wait()
    text = target.read_bytes().decode()
    assert f"Taak cliënt {result.client.client_number}" in text  # overdue, still there
    assert "Fatima" not in text and "nabespreken" not in text
