"""The Team page says whose contribution file for last month came in, and whose not yet.

A team without a shared database works with contribution files (services/
reporting_contributions.py): each coach seals last month's figures for the team lead,
who imports them. The page names both groups, so the lead knows whom to remind.
"""

from __future__ import annotations

from pathlib import Path

from gui_support import TODAY, context_for, open_window

from zkijdesk.services.reporting import today_period
from zkijdesk.services.reporting_contributions import ContributionService
from zkijdesk.services.users import actor_for, create_user


def _coach_store(path: Path, username: str, name: str):
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    store = create_store(StoreLocation(path=path), key=new_raw_key())
    create_user(store, username, name, "coach")
    return store, ContributionService(store, actor_for(store, username), lambda: TODAY)


def _team_with_one_file_in(gui_store, tmp_path: Path) -> list:
    """Anna and Bram contribute to Lotte's figures; only Anna's file has come in."""
    admin = actor_for(gui_store, "beheer")
    create_user(gui_store, "lead", "Lotte Leider", "teamlead", actor=admin)
    lead = ContributionService(gui_store, actor_for(gui_store, "lead"), lambda: TODAY)
    team_key = lead.create_team_key()
    coaches = [
        _coach_store(tmp_path / "anna.db", "anna", "Anna de Vries"),
        _coach_store(tmp_path / "bram.db", "bram", "Bram Jansen"),
    ]
    for _store, coach in coaches:
        coach.trust_team_key(team_key.file_bytes, team_key.fingerprint)
        lead.register_contributor(coach.my_key().file_bytes)
    month = today_period(TODAY)
    lead.import_contribution(coaches[0][1].make_contribution(month, tmp_path / "post"))
    return [store for store, _ in coaches]


def test_the_team_page_names_who_sent_last_month_s_file_and_who_has_not(qtbot, gui_store, tmp_path):
    from zkijdesk.views.privacy.integration import after_sign_in, before_close

    stores = _team_with_one_file_in(gui_store, tmp_path)
    window = open_window(qtbot, gui_store, "lead")
    try:
        after_sign_in(window, context_for(gui_store, "lead"))
        page = window.pages["team"]
        assert window.stack.currentWidget() is page
        qtbot.waitUntil(lambda: page.contributions.isVisible(), timeout=10_000)
        assert page.contributions.text() == (
            "Bijdragen oktober 2026: ontvangen van Anna de Vries; nog niet van Bram Jansen."
        )
    finally:
        window.runner.shut_down()
        before_close(window)
        window.store = None
        for store in stores:
            store.close()


def test_without_contribution_files_the_page_says_nothing_about_them(qtbot, gui_store):
    from zkijdesk.views.privacy.integration import after_sign_in, before_close

    admin = actor_for(gui_store, "beheer")
    create_user(gui_store, "lead", "Lotte Leider", "teamlead", actor=admin)
    window = open_window(qtbot, gui_store, "lead")
    try:
        after_sign_in(window, context_for(gui_store, "lead"))
        page = window.pages["team"]
        qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
        qtbot.waitUntil(lambda: page.loads_model.rowCount() > 0, timeout=10_000)
        assert not page.contributions.isVisible()
    finally:
        window.runner.shut_down()
        before_close(window)
        window.store = None
