"""A team lead, who keeps no caseload, on the pages made for coaches: Cliënten and the
worklist say why they are empty and where the team is, instead of blaming a filter or
showing a row of zeros."""

from __future__ import annotations

from gui_support import context_for, open_window
from PySide6.QtCore import Qt

from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.services.users import actor_for, create_user

NO_MATCH = "Geen cliënten gevonden met deze zoekterm en filters."


def _team(gui_store) -> None:
    """Anna coaches two clients; the team lead Lotte has none of her own."""
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


def _signed_in(qtbot, gui_store, username: str):
    from zkijdesk.views.privacy.integration import after_sign_in

    window = open_window(qtbot, gui_store, username)
    after_sign_in(window, context_for(gui_store, username))
    return window


def _close(window) -> None:
    from zkijdesk.views.privacy.integration import before_close

    window.runner.shut_down()
    before_close(window)
    window.store = None


def _words(widget) -> str:
    """The text a user sees in ``widget``: its visible labels, top to bottom."""
    from PySide6.QtWidgets import QLabel

    shown = [label for label in widget.findChildren(QLabel) if label.isVisible()]
    shown.sort(key=lambda label: label.mapTo(widget, label.rect().topLeft()).y())
    return " ".join(label.text() for label in shown if label.text())


def _button(widget, text: str):
    from PySide6.QtWidgets import QPushButton

    found = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    return found[0] if found else None


def _empty_words(page) -> str:
    assert page.stack.currentWidget() is page.empty  # no table: the empty state
    return _words(page.empty)


def _search(qtbot, page, text: str) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=10_000):
        page.search.setText(text)


def test_the_team_lead_s_empty_client_list_points_to_the_team(qtbot, gui_store):
    _team(gui_store)
    window = _signed_in(qtbot, gui_store, "lead")
    try:
        page = window.pages["clients"]
        window.show_page("clients")
        qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
        said = _empty_words(page)
        assert "geen eigen cliënten" in said and "pagina Team" in said
        assert "zoekterm" not in said and "filters" not in said

        _search(qtbot, page, "Aap")  # Anna's client: not in the lead's list
        assert _empty_words(page) == NO_MATCH
        _search(qtbot, page, "")
        assert "pagina Team" in _empty_words(page)
    finally:
        _close(window)


def test_a_coach_without_clients_is_told_so_and_a_search_blames_the_search(qtbot, gui_store):
    _team(gui_store)
    window = _signed_in(qtbot, gui_store, "bram")
    try:
        page = window.pages["clients"]
        window.show_page("clients")
        qtbot.waitUntil(lambda: page.result is not None, timeout=10_000)
        said = _empty_words(page)
        assert "nog geen cliënten" in said and "zoekterm" not in said
        _search(qtbot, page, "Zwaan")
        assert _empty_words(page) == NO_MATCH
    finally:
        _close(window)


def test_the_team_lead_s_worklist_explains_and_leads_to_the_team(qtbot, gui_store):
    _team(gui_store)
    window = _signed_in(qtbot, gui_store, "lead")
    try:
        worklist = window.pages["worklist"]
        window.show_page("worklist")
        qtbot.waitUntil(lambda: worklist.data is not None, timeout=10_000)
        said = _words(worklist)
        assert "Geen eigen caseload" in said and "pagina Team" in said
        assert not worklist.kpi_open.isVisible()  # no row of zeros
        assert not worklist.sector_table.isVisible()
        go = _button(worklist, "Naar de pagina Team")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.pages["team"]
    finally:
        _close(window)


def test_a_coach_with_clients_sees_the_figures_not_the_explanation(qtbot, gui_store):
    _team(gui_store)
    window = _signed_in(qtbot, gui_store, "anna")
    try:
        worklist = window.pages["worklist"]
        window.show_page("worklist")
        qtbot.waitUntil(lambda: worklist.kpi_open.number == 2, timeout=10_000)
        assert worklist.kpi_open.isVisible() and worklist.sector_table.isVisible()
        said = _words(worklist)
        assert "Geen eigen caseload" not in said and "Nog geen cliënten" not in said
        assert _button(worklist, "Naar de pagina Team") is None
    finally:
        _close(window)


def test_the_admin_lands_on_an_explanation_and_registers_no_clients(qtbot, gui_store):
    """An admin opens no files and registers nobody: no zeros, no form that cannot be
    saved; the way to the admin's own work instead."""
    _team(gui_store)
    window = _signed_in(qtbot, gui_store, "beheer")
    try:
        worklist = window.pages["worklist"]
        window.show_page("worklist")
        qtbot.waitUntil(lambda: worklist.data is not None, timeout=10_000)
        said = _words(worklist)
        assert "Geen caseload" in said and "Instellingen" in said
        assert not worklist.kpi_open.isVisible()
        assert _button(worklist, "Nieuwe cliënt") is None
        assert not window.act_new.isEnabled()
        window.new_client()  # Ctrl+N, the menu: nothing opens
        assert not any(w.objectName() == "intakePage" for w in window._open_widgets())
        window.show_page("clients")
        assert not window.pages["clients"].new_button.isVisible()
        window.show_page("worklist")
        qtbot.mouseClick(_button(worklist, "Naar Instellingen"), Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.pages["settings"]
    finally:
        _close(window)
