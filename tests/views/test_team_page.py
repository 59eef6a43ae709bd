"""A team lead lands on the Team page: caseloads per coach, and a caseload moved."""

from __future__ import annotations

from datetime import date

from gui_support import context_for, open_window, shoot
from people_support import register
from PySide6.QtCore import Qt

from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.services.users import actor_for, create_user


def _lead_window(qtbot, gui_store):
    admin = actor_for(gui_store, "beheer")
    create_user(gui_store, "lead", "Lotte Leider", "teamlead", actor=admin)
    anna = context_for(gui_store, "anna")
    for name in ("Aap", "Beer"):
        anna.clients.intake(
            ClientInput(
                first_name="Iris",
                last_name=name,
                birth_date="04-03-1985",
                intake_status="werkzoekend_ww",
            ),
            RouteInput(intake_date="03-11-2026"),
        )
    return open_window(qtbot, gui_store, "lead")


def test_the_team_lead_lands_on_the_team_and_moves_a_caseload(qtbot, gui_store):
    from zkijdesk.views.privacy.integration import after_sign_in, before_close

    window = _lead_window(qtbot, gui_store)
    try:
        after_sign_in(window, context_for(gui_store, "lead"))
        page = window.pages["team"]
        assert window.stack.currentWidget() is page
        qtbot.waitUntil(lambda: page.loads_model.rowCount() == 3, timeout=10_000)
        # Anna, Bram and the team lead are listed; the line counts the two coaches.
        assert page.status.text().startswith("2 coaches, 2 lopende routes"), page.status.text()
        names = [page.loads_model.rows[i].name for i in range(page.loads_model.rowCount())]
        assert names[0] == "Anna de Vries"  # the largest caseload first
        assert page.loads_model.data(page.loads_model.index(0, 1)) == "2"
        # Due by today, as its header says: the start page's figure looks a week ahead.
        header = page.loads_model.headerData(4, Qt.Orientation.Horizontal)
        assert header == "Nazorg t/m vandaag"
        assert not page.transfer_button.isEnabled()
        page.loads_view.selectRow(0)
        assert page.transfer_button.isEnabled()
        shoot(window, "team_page")
        qtbot.mouseClick(page.transfer_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None, timeout=10_000)
        dialog = page.dialog
        assert dialog.summary.text().startswith(
            "Van Anna de Vries gaan naar de gekozen collega: 2 lopende route(s), "
            "0 open taak/taken over die cliënten en 0 nazorgmoment(en)"
        )
        dialog.target.setCurrentIndex(dialog.target.findText("Bram Jansen"))
        dialog.accept()
        qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
        assert page.banner.text.text() == "2 route(s) overgedragen."
        qtbot.waitUntil(
            lambda: {c.name: c.open_routes for c in page.loads_model.rows}.get("Bram Jansen") == 2,
            timeout=10_000,
        )
        # What the table shows follows the new rows (its text is formatted once per
        # refresh), counts stand right-aligned, and the name column fits the names.
        model = page.loads_model
        bram = next(i for i, c in enumerate(model.rows) if c.name == "Bram Jansen")
        assert model.data(model.index(bram, 1)) == "2"
        right = int(Qt.AlignmentFlag.AlignRight)
        assert model.data(model.index(bram, 1), Qt.ItemDataRole.TextAlignmentRole) & right
        assert model.data(model.index(bram, 0), Qt.ItemDataRole.TextAlignmentRole) is None
        width = page.loads_view.fontMetrics().horizontalAdvance("Anna de Vries")
        assert page.loads_view.columnWidth(0) >= width
        # A narrow window (1080p at 200 %) puts the two lists one under the other.
        from PySide6.QtWidgets import QBoxLayout

        assert page.lists.direction() == QBoxLayout.Direction.LeftToRight
        window.resize(960, 500)
        qtbot.waitUntil(
            lambda: page.lists.direction() == QBoxLayout.Direction.TopToBottom, timeout=5_000
        )
        window.resize(1360, 840)
        qtbot.waitUntil(
            lambda: page.lists.direction() == QBoxLayout.Direction.LeftToRight, timeout=5_000
        )
    finally:
        window.runner.shut_down()
        before_close(window)
        window.store = None


def test_a_coach_has_no_team_page(qtbot, window, gui_store):
    from zkijdesk.views.privacy.integration import after_sign_in, before_close

    try:
        after_sign_in(window, context_for(gui_store, "anna"))
        assert "team" not in window.pages
    finally:
        window.runner.shut_down()
        before_close(window)


def test_the_team_lead_hands_stray_to_dos_to_the_files_coach(qtbot, gui_store):
    """A to-do left with a colleague who no longer sees the file is named on the Team
    page (a count, no client), and one button gives it to the file's coach."""
    from sqlalchemy import select, update

    from zkijdesk import models as m

    admin = actor_for(gui_store, "beheer")
    create_user(gui_store, "lead", "Lotte Leider", "teamlead", actor=admin)
    anna, bram = context_for(gui_store, "anna"), context_for(gui_store, "bram")
    cid = register(anna, "Zwerver", day=date(2026, 11, 3))
    anna.activities.add_task("Cv nalopen", "01-12-2026", client_id=cid)
    with gui_store.session() as s:  # the file went to Bram before to-dos went along
        s.execute(
            update(m.Route).where(m.Route.client_id == cid).values(coach_id=bram.actor.user_id)
        )
    from zkijdesk.views.privacy.integration import after_sign_in, before_close

    window = open_window(qtbot, gui_store, "lead")
    after_sign_in(window, context_for(gui_store, "lead"))
    page = window.pages["team"]
    qtbot.waitUntil(lambda: page.stray_banner.isVisible(), timeout=10_000)
    assert page.stray_banner.text.text().startswith("1 open taak/taken staan bij een collega")
    shoot(window, "team_stray_tasks")
    button = page.stray_banner.findChild(type(page.transfer_button), "handOverButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.stray_banner.isVisible(), timeout=10_000)
    assert page.banner.text.text() == "1 taak/taken naar de coach van het dossier."
    with gui_store.read_session() as s:
        owner = s.scalar(select(m.Task.owner_id).where(m.Task.title == "Cv nalopen"))
    assert owner == bram.actor.user_id
    window.runner.wait()
    before_close(window)
