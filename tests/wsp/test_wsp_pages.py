"""The WSP pages, driven as an accountmanager would: vacancy -> candidates with reasons ->
proposal -> placement; screenshots of each tab for a human to look at."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

SCREENSHOTS = Path(os.environ.get("ZKIJDESK_SCREENSHOTS", "screenshots"))


def shoot(widget, name: str) -> None:
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def page(qtbot, world, services):
    from zkijdesk.views.wsp.page import WspPage

    world.wsp.contacts.add_contact(world.employer.id, "Marieke Jansen", job_title="HR-adviseur")
    world.wsp.contacts.log_contact(
        world.employer.id, "bezoek", "Kennismaking; twee plekken voor zij-instromers."
    )
    ctx = SimpleNamespace(
        store=services.store, actor=services.actor, today=lambda: date(2026, 11, 15)
    )
    widget = WspPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_from_vacancy_to_placement_in_the_pages(page, world, services, qtbot):
    assert page.employers.list.rowCount() == 1
    assert page.employers.log.rowCount() == 1
    shoot(page, "wsp_werkgevers")

    page.tabs.setCurrentWidget(page.vacancies)
    assert page.vacancies.list.item(0, 0).text() == "Helpende thuiszorg"
    assert "Ondersteunen bij ADL" in page.vacancies.skills.text()
    shoot(page, "wsp_vacatures")

    page.vacancies.match.click()
    assert page.tabs.currentWidget() is page.matching
    assert page.matching.list.rowCount() == 3
    assert page.matching.list.item(0, 1).text() == "Fatima Bakker"
    assert "Omgaan met dementie" in page.matching.reasons.text()
    assert "Scholingsroute" in page.matching.reasons.text()
    shoot(page, "wsp_matching")

    page.matching.propose.click()
    page.tabs.setCurrentWidget(page.pipeline)
    proposed = page.pipeline.lists[next(iter(page.pipeline.lists))]
    assert proposed.count() == 1
    proposed.setCurrentRow(0)
    page.pipeline.when.setDate(page.pipeline.when.date())
    page.pipeline.place.click()
    from zkijdesk.domain.matching import CandidacyStage

    assert page.pipeline.lists[CandidacyStage.PLACED].count() == 1
    shoot(page, "wsp_plaatsingen")
    follow_ups = [
        t for t in services.activities.tasks(owner_id=services.actor.user_id) if t.follow_up_id
    ]
    assert [t.due_date for t in follow_ups] == [
        date(2027, 2, 15),
        date(2027, 5, 15),
        date(2027, 11, 15),
    ]
