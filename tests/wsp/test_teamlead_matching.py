"""A team lead opens Matching and finds the team's candidates, not an empty own caseload."""

from __future__ import annotations

from datetime import date

import pytest
from page_support import page_on_its_own
from wsp_data import add_user

TODAY = date(2026, 11, 15)

pytestmark = pytest.mark.parametrize("store", ["sqlite"], indirect=True)


def _page(qtbot, store, username: str):
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.views.wsp.page import WspPage

    page = page_on_its_own(WspPage, Services(store, actor_for(store, username), lambda: TODAY))
    qtbot.addWidget(page)
    page.resize(1280, 780)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading and not page.runner.busy, timeout=10_000)
    return page


def _search(qtbot, page) -> None:
    page.tabs.setCurrentWidget(page.matching)
    qtbot.waitUntil(lambda: not page.loading and not page.runner.busy, timeout=10_000)
    with qtbot.waitSignal(page.matching.searched, timeout=10_000):
        page.matching.search.click()


def test_a_team_lead_starts_on_the_team_and_sees_its_candidates(qtbot, world, services):
    add_user(services.store, "lead", "Lea Leiding", "teamlead")
    page = _page(qtbot, services.store, "lead")
    try:
        matching = page.matching
        assert matching.scope.currentData() == "team"
        assert matching.scope.currentText() == "Hele team (gepseudonimiseerd)"
        _search(qtbot, page)
        model = matching.model
        # The coach's three clients, pseudonymised: number and "client of a colleague".
        assert model.rowCount() == 3
        assert model.index(0, 1).data() == f"{world.best.client_number} (cliënt van collega)"
        assert model.index(0, 4).data() == "Coach Een"
    finally:
        page.runner.pool.waitForDone(5_000)


def test_a_coach_still_starts_on_their_own_clients(qtbot, world, services):
    page = _page(qtbot, services.store, "coach01")
    try:
        assert page.matching.scope.currentData() == "mine"
        _search(qtbot, page)
        assert page.matching.model.index(0, 1).data() == "Fatima Bakker"
    finally:
        page.runner.pool.waitForDone(5_000)
