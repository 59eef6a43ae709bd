"""The WSP pages on a demo store, as a team lead sees them: many employers, a running
pipeline, team-wide matching shown pseudonymised. Screenshots for a human to look at."""

from __future__ import annotations

from datetime import date

import pytest
from demo_support import demo_store as make_demo_store
from page_support import page_on_its_own
from PySide6.QtWidgets import QApplication
from screenshot_folder import SCREENSHOTS

from zkijdesk.domain.matching import CandidacyStage

TODAY = date(2026, 11, 15)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wsp-demo")
    with make_demo_store(folder, clients=400, seed=5, today=TODAY) as store:
        yield store


@pytest.fixture(scope="module", autouse=True)
def _styled(qapp):
    from zkijdesk.views import style, translations

    translations.install(qapp, "nl")
    style.apply(qapp, dark=False)


def shoot(widget, name: str) -> None:
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_a_team_lead_on_a_lived_in_store(qtbot, demo_store):
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.views.wsp.page import WspPage

    lead = Services(demo_store, actor_for(demo_store, "teamlead01"), lambda: TODAY)
    page = page_on_its_own(WspPage, lead)
    qtbot.addWidget(page)
    page.resize(1280, 780)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=15_000)  # read on a worker
    try:
        assert page.employers.model.rowCount() > 20
        assert page.employers.people_model.rowCount() >= 1
        shoot(page, "wsp_demo_werkgevers")

        page.tabs.setCurrentWidget(page.vacancies)
        qtbot.waitUntil(lambda: not page.loading, timeout=15_000)
        assert page.vacancies.model.rowCount() >= 3
        shoot(page, "wsp_demo_vacatures")

        page.tabs.setCurrentWidget(page.pipeline)
        qtbot.waitUntil(lambda: not page.loading, timeout=15_000)  # read on a worker
        running = page.pipeline.models[CandidacyStage.PROPOSED].rowCount()
        running += page.pipeline.models[CandidacyStage.INTERVIEW].rowCount()
        assert running > 0
        proposed = page.pipeline.lists[CandidacyStage.PROPOSED]
        proposed.setCurrentIndex(proposed.model().index(0, 0))
        assert not page.pipeline.place.isEnabled()  # a colleague's client: only they decide
        shoot(page, "wsp_demo_plaatsingen")

        matching = page.matching
        page.tabs.setCurrentWidget(matching)
        matching.scope.setCurrentIndex(matching.scope.findData("team"))
        with qtbot.waitSignal(matching.searched, timeout=15_000):
            matching.search.click()
        assert matching.model.rowCount() == 25
        first = matching.current()
        assert first.name is None and first.client_id is None  # pseudonymised
        assert "cliënt van collega" in matching.model.index(0, 1).data()
        assert not matching.propose.isEnabled() and not matching.hours_button.isEnabled()
        shoot(page, "wsp_demo_matching_team")
    finally:
        page.runner.pool.waitForDone(5_000)
