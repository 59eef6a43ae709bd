"""The WSP pages and forms, driven as an accountmanager would, with the app's style.

Vacancy -> candidates with reasons -> proposal -> placement; the forms for employers,
contact persons, vacancies, vacancy status and a client's hours wish, each with a
refused input showing its sentence under the field. Screenshots of every tab and form
go to ZKIJDESK_SCREENSHOTS for a human to look at.
"""

from __future__ import annotations

from datetime import date

import pytest
from page_support import page_on_its_own
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_folder import SCREENSHOTS

from zkijdesk.domain.enums import VacancyStatus
from zkijdesk.domain.matching import CandidacyStage

TODAY = date(2026, 11, 15)

pytestmark = pytest.mark.parametrize("store", ["sqlite"], indirect=True)


@pytest.fixture(scope="module", autouse=True)
def _styled(qapp):
    """The app's own look (Fusion, palette, style sheet), as a coach sees it."""
    from zkijdesk.views import style, translations

    translations.install(qapp, "nl")
    style.apply(qapp, dark=False)


@pytest.fixture(autouse=True)
def errors(monkeypatch):
    """Message boxes would block offscreen: collect what would have been shown."""
    from zkijdesk.views import feedback
    from zkijdesk.views.wsp import employers, matching_view

    shown: list[BaseException] = []
    for module in (feedback, employers, matching_view):
        monkeypatch.setattr(module, "show_error", lambda parent, exc, title=None: shown.append(exc))
    return shown


def shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


@pytest.fixture
def page(qtbot, world, services):
    from zkijdesk.services.container import Services
    from zkijdesk.views.wsp.page import WspPage

    person = world.wsp.contacts.add_contact(
        world.employer.id, "Marieke Jansen", job_title="HR-adviseur", email="m.jansen@spaarne.nl"
    )
    world.wsp.contacts.log_contact(
        world.employer.id,
        "bezoek",
        "Kennismaking; twee plekken voor zij-instromers.",
        contact_id=person.id,
        follow_up_on=date(2026, 12, 1),
    )
    widget = page_on_its_own(WspPage, Services(services.store, services.actor, lambda: TODAY))
    qtbot.addWidget(widget)
    widget.resize(1280, 780)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.loading, timeout=10_000)  # read on a worker
    settle(qtbot, widget)
    yield widget
    widget.runner.pool.waitForDone(5_000)


def settle(qtbot, page) -> None:
    """Wait until the page's reads and writes are over and shown: writes run on the
    runner's writer, and audited reads (an employer's people, the pipeline) on it too."""
    qtbot.waitUntil(lambda: not page.runner.busy and not page.loading, timeout=10_000)


def closed(dialog) -> bool:
    """A saved form closes, and is deleted once the event loop gets to it."""
    from shiboken6 import isValid

    return not isValid(dialog) or not dialog.isVisible()


def search(qtbot, tab) -> None:
    with qtbot.waitSignal(tab.searched, timeout=10_000):
        tab.search.click()


def dialog_of(tab, name: str):
    dialog = tab.dialog
    assert dialog.objectName() == name and dialog.isVisible()
    return dialog


def test_from_vacancy_to_placement_in_the_pages(page, world, services, qtbot):
    employers = page.employers
    assert employers.model.rowCount() == 1
    assert employers.list.selected_id() == employers.model.id_at(0)
    assert employers.log_model.rowCount() == 1
    assert employers.people_model.index(0, 0).data() == "Marieke Jansen"
    shoot(page, "wsp_werkgevers")

    page.tabs.setCurrentWidget(page.vacancies)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.vacancies.model.index(0, 0).data() == "Helpende thuiszorg"
    assert page.vacancies.list.selected_row().occupation == "Helpende thuiszorg"
    assert "Ondersteunen bij ADL" in page.vacancies.skills.text()
    shoot(page, "wsp_vacatures")

    with qtbot.waitSignal(page.matching.searched, timeout=10_000):
        page.vacancies.match.click()
        settle(qtbot, page)
    assert page.tabs.currentWidget() is page.matching
    model = page.matching.model
    assert model.rowCount() == 3
    assert model.index(0, model.column("client")).data() == "Fatima Bakker"
    assert page.matching.current() is model.row_at(0)  # the best is selected
    reasons = page.matching.reasons.text()
    assert "Omgaan met dementie" in reasons and "Scholingsroute" in reasons
    shoot(page, "wsp_matching")

    page.matching.propose.click()
    settle(qtbot, page)
    qtbot.waitUntil(lambda: page.matching.model.rowCount() == 2, timeout=10_000)
    page.tabs.setCurrentWidget(page.pipeline)
    settle(qtbot, page)
    pipeline = page.pipeline
    proposed = pipeline.lists[CandidacyStage.PROPOSED]
    assert proposed.model().rowCount() == 1
    proposed.setCurrentIndex(proposed.model().index(0, 0))
    assert pipeline.interview.isEnabled() and "Fatima Bakker" in pipeline.chosen.text()
    pipeline.interview_on.clear()
    qtbot.keyClicks(pipeline.interview_on, "32-13-2026")
    pipeline.interview.click()
    settle(qtbot, page)
    assert pipeline.fields["interview_on"].error.text() == (
        "Datum gesprek is geen geldige datum; gebruik dd-mm-jjjj."
    )
    assert not pipeline.error.text()  # the sentence is under its field, not above them
    assert pipeline.interview_on.property("invalid") is True
    shoot(page, "wsp_plaatsingen_fout")
    pipeline.interview_on.clear()
    qtbot.keyClicks(pipeline.interview_on, "20-11-2026")
    pipeline.interview.click()
    settle(qtbot, page)
    assert pipeline.lists[CandidacyStage.INTERVIEW].model().rowCount() == 1
    assert pipeline.headers[CandidacyStage.INTERVIEW].text() == "Gesprek (1)"
    pipeline.place.click()
    settle(qtbot, page)
    assert pipeline.lists[CandidacyStage.PLACED].model().rowCount() == 1
    assert not pipeline.place.isEnabled()  # decided: nothing more to record
    shoot(page, "wsp_plaatsingen")
    follow_ups = [
        t for t in services.activities.tasks(owner_id=services.actor.user_id) if t.follow_up_id
    ]
    assert [t.due_date for t in follow_ups] == [
        date(2027, 2, 15),
        date(2027, 5, 15),
        date(2027, 11, 15),
    ]


def test_employer_form_shows_a_refused_kvk_under_the_field_then_saves(page, qtbot, services):
    tab = page.employers
    tab.new.click()
    dialog = dialog_of(tab, "employerDialog")
    qtbot.keyClicks(dialog.name, "Techniekbedrijf IJmond")
    qtbot.keyClicks(dialog.kvk, "1234")
    dialog.sector.setCurrentIndex(dialog.sector.findText("Techniek", Qt.MatchFlag.MatchStartsWith))
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("middel"))
    dialog.municipality.setCurrentIndex(dialog.municipality.findText("Velsen"))
    dialog.banen.setChecked(True)
    shoot(dialog, "wsp_form_werkgever")
    dialog.ok_button.click()
    settle(qtbot, page)

    field = dialog.fields["kvk_number"]
    assert dialog.isVisible()
    assert field.has_error and field.error.text() == "KvK-nummer moet uit 8 cijfers bestaan."
    assert dialog.kvk.property("invalid") is True
    assert dialog.kvk.accessibleDescription() == field.error.text()
    shoot(dialog, "wsp_form_werkgever_fout")

    qtbot.keyClicks(dialog.kvk, "5679")
    assert not field.has_error  # typing clears the sentence
    dialog.ok_button.click()
    settle(qtbot, page)
    assert closed(dialog)
    assert tab.model.rowCount() == 2
    assert tab.title.text() == "Techniekbedrijf IJmond"
    assert "middelgroot" in tab.facts.text() and "banenafspraak: ja" in tab.facts.text()

    tab.edit.click()
    edit = dialog_of(tab, "employerDialog")
    assert edit.kvk.text() == "12345679"
    edit.kvk.clear()
    qtbot.keyClicks(edit.kvk, "3456.7890")
    edit.banen.setChecked(False)
    edit.ok_button.click()
    settle(qtbot, page)
    assert closed(edit)
    assert "banenafspraak: nee" in tab.facts.text() and "KvK 34567890" in tab.facts.text()


def test_a_duplicate_kvk_is_refused_in_the_edit_form(page, qtbot, world, services):
    other = services.employers.create_employer("Bouwbedrijf Kennemerland", kvk_number="87654321")
    page.employers.reload(keep=other.id)
    settle(qtbot, page)
    page.employers.edit.click()
    settle(qtbot, page)
    dialog = dialog_of(page.employers, "employerDialog")
    dialog.kvk.clear()
    qtbot.keyClicks(dialog.kvk, "12345678")  # Zorggroep Spaarne's number
    dialog.ok_button.click()
    settle(qtbot, page)
    assert dialog.isVisible()
    assert dialog.fields["kvk_number"].error.text() == (
        "KvK-nummer is al bij een andere werkgever in gebruik."
    )
    dialog.reject()


def test_contact_person_form_refuses_a_bad_email_then_adds_the_person(page, qtbot):
    tab = page.employers
    tab.add_person.click()
    dialog = dialog_of(tab, "contactPersonDialog")
    qtbot.keyClicks(dialog.name, "Peter de Boer")
    qtbot.keyClicks(dialog.job_title, "Teamleider productie")
    qtbot.keyClicks(dialog.email, "peter.deboer")
    qtbot.keyClicks(dialog.phone, "023 555 1234")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert dialog.isVisible() and dialog.fields["email"].has_error
    assert "E-mailadres" in dialog.fields["email"].error.text()
    shoot(dialog, "wsp_form_contactpersoon_fout")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "p.deboer@spaarne.nl")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert closed(dialog)
    people = tab.people_model
    names = [people.index(r, 0).data() for r in range(people.rowCount())]
    assert names == ["Marieke Jansen", "Peter de Boer"]


def test_vacancy_form_with_the_skill_picker_and_a_status_change(page, qtbot, world, services):
    tab = page.vacancies
    page.tabs.setCurrentWidget(tab)
    settle(qtbot, page)
    tab.new.click()
    dialog = dialog_of(tab, "vacancyDialog")
    assert dialog.employer.currentData() is not None
    qtbot.keyClicks(dialog.occupation, "Medewerker technische dienst")
    dialog.hours.setValue(32)
    qtbot.keyClicks(dialog.start, "31-02-2027")
    picker = dialog.skills
    qtbot.keyClicks(picker.search, "zorg")
    shoot(dialog, "wsp_form_vacature_zoeken")
    picker.search.clear()
    qtbot.keyClicks(picker.search, "vca")
    results = picker.results.model()
    assert results.rowCount() >= 1
    found = [results.index(i, 0).data() for i in range(results.rowCount())]
    assert all("vca" in text.casefold() for text in found)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # Enter adds as required, does not save
    assert dialog.isVisible() and len(picker.required_ids()) == 1
    picker.search.clear()
    qtbot.keyClicks(picker.search, "dementie")
    picker.add_desired.click()
    assert picker.desired_ids() == [world.skills.dementie]
    shoot(dialog, "wsp_form_vacature")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert dialog.isVisible() and dialog.fields["start_date"].has_error
    assert "Startdatum" in dialog.fields["start_date"].error.text()
    shoot(dialog, "wsp_form_vacature_fout")
    dialog.start.clear()
    qtbot.keyClicks(dialog.start, "01-02-2027")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert closed(dialog)
    assert tab.title.text().startswith("Medewerker technische dienst")
    assert "VCA" in tab.skills.text() and "Omgaan met dementie" in tab.skills.text()

    tab.status.click()
    status = dialog_of(tab, "statusDialog")
    status.status.setCurrentIndex(status.status.findData(VacancyStatus.WITHDRAWN))
    status.when.clear()
    qtbot.keyClicks(status.when, "01-01-2027")
    status.ok_button.click()
    settle(qtbot, page)
    assert status.isVisible() and status.fields["closed_on"].has_error
    shoot(status, "wsp_form_status_fout")
    status.when.clear()
    qtbot.keyClicks(status.when, "15-11-2026")
    status.ok_button.click()
    settle(qtbot, page)
    assert closed(status)
    assert not tab.open_only.isChecked()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert tab.status_chip.text() == "Ingetrokken"
    shoot(page, "wsp_vacatures_ingetrokken")


def test_vacancies_for_a_client_and_the_hours_wish(page, qtbot, world):
    tab = page.matching
    page.tabs.setCurrentWidget(tab)
    settle(qtbot, page)
    tab.set_direction("client")
    settle(qtbot, page)
    tab.select_client(world.best.id)
    settle(qtbot, page)
    assert tab.hours_button.isEnabled()
    assert "geen urenwens vastgelegd" in tab.hours_text.text()
    search(qtbot, tab)
    assert tab.model.index(0, 1).data() == "Helpende thuiszorg"
    assert tab.model.index(0, 2).data() == "Zorggroep Spaarne"
    assert tab.list.model() is tab.model
    assert tab.model.headerData(5, Qt.Orientation.Horizontal) == "Afstand"
    shoot(page, "wsp_matching_client")

    tab.hours_button.click()
    settle(qtbot, page)  # the current wish is read first
    dialog = dialog_of(tab, "hoursDialog")
    qtbot.keyClicks(dialog.low, "30")
    qtbot.keyClicks(dialog.high, "20")
    dialog.ok_button.click()
    settle(qtbot, page)
    assert dialog.isVisible()
    assert dialog.fields["hours_max"].error.text() == (
        "Maximaal aantal uren per week mag niet lager zijn dan het minimum."
    )
    shoot(dialog, "wsp_form_urenwens_fout")
    dialog.high.clear()
    qtbot.keyClicks(dialog.high, "36")
    with qtbot.waitSignal(tab.searched, timeout=10_000):
        dialog.ok_button.click()
        settle(qtbot, page)
    assert "30-36 uur" in tab.hours_text.text()
    assert "Vacature biedt 6 uur minder dan gewenst." in tab.reasons.text()
    # The notes and the training route are sentences by id: in English they read English.
    from zkijdesk import i18n

    i18n.set_language("en")
    try:
        tab._show_reasons()
        assert "The vacancy offers 6 hours fewer than wished for." in tab.reasons.text()
        assert "uur minder" not in tab.reasons.text()
    finally:
        i18n.set_language("nl")


def test_forms_name_every_input_and_tab_through_the_fields_in_order(page, qtbot):
    from zkijdesk.views.wsp.forms import WspForm

    page.employers.new.click()
    page.employers.add_person.click()
    page.tabs.setCurrentWidget(page.vacancies)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.vacancies.new.click()
    for dialog in page.findChildren(WspForm):
        inputs = [*dialog.order, dialog.cancel_button, dialog.ok_button]
        assert all(w.accessibleName() for w in inputs), dialog.objectName()
        walked, widget = [], inputs[0]
        for _ in inputs[1:]:
            widget = widget.nextInFocusChain()
            while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget not in inputs:
                widget = widget.nextInFocusChain()
            walked.append(widget)
        assert walked == inputs[1:], dialog.objectName()
        dialog.reject()


def test_the_page_fits_a_window_of_1024_and_names_stay_readable(page, qtbot):
    """At 1024 pixels (the content area is 774 beside the navigation) the page was wider
    than the window: the matching tab's row of choices asked for 920 pixels, the
    employers' tab beside it lost its "Nieuwe werkgever" button, and the employers'
    names were one letter wide."""
    from zkijdesk.views.wsp.common import MIN_STRETCH

    assert page.minimumSizeHint().width() <= 774
    page.resize(774, 640)
    qtbot.wait(50)
    employers = page.findChild(QWidget, "employerTable")
    assert employers.columnWidth(0) >= MIN_STRETCH
    new = page.findChild(QWidget, "newEmployerButton")
    assert new.isVisible()
    assert new.mapTo(page, new.rect().topRight()).x() <= page.width()
