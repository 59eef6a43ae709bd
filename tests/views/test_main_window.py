"""The frame: fast to paint, says which store and user, answers the shortcuts, names its inputs."""

from __future__ import annotations

import subprocess
import sys

from gui_support import open_window, settle, shoot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QCheckBox)


def test_the_frame_paints_without_the_database_layers():
    """Importing the window and app must not pull in SQLAlchemy, keyring or Alembic."""
    code = (
        "import sys, zkijdesk.app, zkijdesk.views.main_window, zkijdesk.config, zkijdesk.i18n\n"
        "heavy = [m for m in ('sqlalchemy', 'keyring', 'alembic', 'openpyxl')\n"
        "         if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_status_bar_names_store_user_and_role_and_demo_is_marked(qtbot, gui_store):
    window = open_window(qtbot, gui_store, "anna", is_demo=True)
    assert window.windowTitle() == "zkijdesk — DEMO (synthetische gegevens)"
    assert window.store_label.text() == "Opslag: store.db"
    assert window.user_label.text() == "Gebruiker: Anna de Vries (Coach)"
    assert window.findChild(QWidget, "worklistPage") is window.current_page()
    window.runner.wait()


def test_shortcuts_find_new_save_and_escape(qtbot, window, answers):
    clients = window.pages["clients"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is clients and clients.search.hasFocus()
    qtbot.keyClicks(clients.search, "zzz")
    qtbot.keyClick(clients.search, Qt.Key.Key_Escape)
    assert clients.search.text() == ""

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.current_page()
    assert intake.objectName() == "intakePage" and intake.form.first_name.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.runner)  # the intake runs on the writer
    assert intake.form.error_text("first_name") == "Voornaam is verplicht."
    qtbot.keyClicks(intake.form.first_name, "Iris")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert answers.confirmed, "Esc on a filled-in intake asks before throwing it away"
    assert window.current_page() is clients
    assert window.files_nav.count() == 0

    window.show_page("worklist")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is clients


def unnamed_inputs(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not w.accessibleName()
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))
    ]


def test_every_input_has_an_accessible_name(qtbot, window, answers):
    from zkijdesk.services.dto import ClientInput, RouteInput

    client = window.ws.services.clients.intake(
        ClientInput(
            first_name="Iris", last_name="Dekker", birth_date="04-03-1985", intake_status="werkend"
        ),
        RouteInput(intake_date="01-10-2026"),
    ).client
    window.open_client(client.id)
    file = window.files[client.id]
    qtbot.waitUntil(lambda: file.data is not None)
    window.new_client()
    window.pages["clients"].filter_button.setChecked(True)
    route = file.route_tab
    dialogs = [
        route.add_training_button,
        route.add_placement_button,
        route.add_guidance_button,
        route.close_route_button,
    ]
    for button in dialogs:
        button.click()
        assert unnamed_inputs(route.dialog) == []
        route.dialog.reject()
    assert unnamed_inputs(window) == []
    shoot(window, "new_client_form")


def test_closing_during_an_export_lets_it_finish_then_closes(qtbot, window):
    import threading

    release = threading.Event()
    finished: list[str] = []

    def export():
        release.wait(10)
        return "klaar"

    window.runner.run(export, on_done=finished.append, label="Lijst exporteren", serial=True)
    window.close()
    assert window.isVisible()  # not closed under the running export
    assert "Lijst exporteren" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert finished == ["klaar"]
