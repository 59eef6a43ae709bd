"""The WSP forms say every problem of a save at once, each under its own field, store
nothing until all are right, and then confirm the save in the status bar.

The employer, vacancy and placement forms are driven as an accountmanager would: two
or more fields wrong or empty, Opslaan, every sentence at its field; put right, saved.
"""

from __future__ import annotations

from datetime import date

import pytest
from page_support import page_on_its_own
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from zkijdesk.domain.matching import CandidacyStage

TODAY = date(2026, 11, 15)

pytestmark = pytest.mark.parametrize("store", ["sqlite"], indirect=True)


@pytest.fixture(scope="module", autouse=True)
def _styled(qapp):
    from zkijdesk.views import style, translations

    translations.install(qapp, "nl")
    style.apply(qapp, dark=False)


@pytest.fixture(autouse=True)
def shown(monkeypatch):
    """A message box would block offscreen: collect what it would have said."""
    from zkijdesk.views import feedback
    from zkijdesk.views.wsp import employers, matching_view

    found: list[BaseException] = []
    for module in (feedback, employers, matching_view):
        monkeypatch.setattr(module, "show_error", lambda parent, exc, title=None: found.append(exc))
    return found


@pytest.fixture
def window(qtbot, world, services):
    """The WSP page in a main window, whose status bar takes a save's confirmation."""
    from zkijdesk.services.container import Services
    from zkijdesk.views.wsp.page import WspPage

    win = QMainWindow()
    page = page_on_its_own(WspPage, Services(services.store, services.actor, lambda: TODAY))
    win.setCentralWidget(page)
    qtbot.addWidget(win)
    win.resize(1280, 780)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, page)
    win.page = page
    yield win
    page.runner.pool.waitForDone(5_000)


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy and not page.loading, timeout=10_000)


def closed(dialog) -> bool:
    from shiboken6 import isValid

    return not isValid(dialog) or not dialog.isVisible()


def errors_of(fields) -> dict[str, str]:
    return {name: f.error.text() for name, f in fields.items() if f.has_error}


def test_the_employer_form_names_an_empty_name_and_a_wrong_kvk_together(
    window, qtbot, services, shown
):
    page = window.page
    before = len(services.employers.employers())
    page.employers.new.click()
    dialog = page.employers.dialog
    qtbot.keyClicks(dialog.kvk, "123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)

    assert errors_of(dialog.fields) == {
        "name": "Naam werkgever is verplicht.",
        "kvk_number": "KvK-nummer moet uit 8 cijfers bestaan.",
    }
    assert dialog.isVisible() and dialog.name.hasFocus()  # the first problem has the cursor
    assert not dialog.banner.isVisible() and not shown
    assert len(services.employers.employers()) == before  # nothing stored

    qtbot.keyClicks(dialog.name, "Bouwbedrijf Kennemerland")
    dialog.kvk.clear()
    qtbot.keyClicks(dialog.kvk, "87654321")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert closed(dialog)
    assert window.statusBar().currentMessage() == "Opgeslagen."
    assert "Bouwbedrijf Kennemerland" in [e.name for e in services.employers.employers()]


def test_the_vacancy_form_asks_for_an_employer_with_the_other_problems(
    window, qtbot, services, world
):
    page = window.page
    tab = page.vacancies
    page.tabs.setCurrentWidget(tab)
    settle(qtbot, page)
    before = len(services.employers.vacancies())
    tab.new.click()
    dialog = tab.dialog
    dialog.employer.setCurrentIndex(-1)  # no employer chosen
    qtbot.keyClicks(dialog.start, "31-02-2027")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)

    assert errors_of(dialog.fields) == {
        "employer_id": "Kies een werkgever.",
        "occupation": "Beroep is verplicht.",
        "start_date": "Startdatum is geen geldige datum; gebruik dd-mm-jjjj.",
    }
    assert dialog.isVisible() and not dialog.banner.isVisible()
    assert len(services.employers.vacancies()) == before

    dialog.employer.setCurrentIndex(dialog.employer.findData(world.employer.id))
    qtbot.keyClicks(dialog.occupation, "Medewerker schoonmaak")
    dialog.start.clear()
    qtbot.keyClicks(dialog.start, "01-02-2027")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert closed(dialog)
    assert window.statusBar().currentMessage() == "Opgeslagen."
    assert len(services.employers.vacancies()) == before + 1


def test_a_placement_names_a_missing_contract_and_a_wrong_start_at_their_fields(
    window, qtbot, services, world
):
    page = window.page
    world.wsp.placements.propose(world.vacancy.id, world.best.id, on=date(2026, 11, 2))
    page.tabs.setCurrentWidget(page.pipeline)
    pipeline = page.pipeline
    pipeline.reload()
    settle(qtbot, page)
    proposed = pipeline.lists[CandidacyStage.PROPOSED]
    qtbot.waitUntil(lambda: proposed.model().rowCount() == 1, timeout=10_000)
    proposed.setCurrentIndex(proposed.model().index(0, 0))
    pipeline.contract.setCurrentIndex(-1)  # no contract chosen
    pipeline.start.clear()
    qtbot.keyClicks(pipeline.start, "31-13-2026")
    qtbot.mouseClick(pipeline.place, Qt.MouseButton.LeftButton)
    settle(qtbot, page)

    assert errors_of(pipeline.fields) == {
        "contract_type": "Kies een soort contract.",
        "start_date": "Startdatum is geen geldige datum; gebruik dd-mm-jjjj.",
    }
    assert not pipeline.error.text()  # both are at their fields, nothing above them
    assert pipeline.lists[CandidacyStage.PLACED].model().rowCount() == 0
    assert not [t for t in services.activities.tasks() if t.follow_up_id]  # no follow-ups

    pipeline.contract.setCurrentIndex(0)
    pipeline.start.clear()
    qtbot.keyClicks(pipeline.start, "01-12-2026")
    qtbot.mouseClick(pipeline.place, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    qtbot.waitUntil(
        lambda: pipeline.lists[CandidacyStage.PLACED].model().rowCount() == 1, timeout=10_000
    )
    assert not errors_of(pipeline.fields)
    assert window.statusBar().currentMessage() == "Opgeslagen."


def test_ending_a_proposal_without_a_reason_asks_for_one(window, qtbot, world):
    page = window.page
    world.wsp.placements.propose(world.vacancy.id, world.half.id, on=date(2026, 11, 2))
    page.tabs.setCurrentWidget(page.pipeline)
    pipeline = page.pipeline
    pipeline.reload()
    settle(qtbot, page)
    proposed = pipeline.lists[CandidacyStage.PROPOSED]
    qtbot.waitUntil(lambda: proposed.model().rowCount() == 1, timeout=10_000)
    proposed.setCurrentIndex(proposed.model().index(0, 0))
    pipeline.reason.setCurrentIndex(-1)
    qtbot.mouseClick(pipeline.reject, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert errors_of(pipeline.fields) == {"reason": "Kies een reden."}
    assert proposed.model().rowCount() == 1
