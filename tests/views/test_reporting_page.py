"""The Rapportage page, driven as a team lead would: preview, look at a table, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from page_support import page_on_its_own
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton
from screenshot_folder import SCREENSHOTS

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)

TODAY = date(2026, 11, 15)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    path = tmp_path_factory.mktemp("region") / "demo.db"
    store = create_store(StoreLocation(path=path), key=new_raw_key())
    generate_demo(store, clients=1500, seed=3, today=TODAY)
    yield store
    store.close()


def page_for(region, username, qtbot):
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.views.reporting.page import ReportingPage

    ctx = Services(region, actor_for(region, username), lambda: TODAY)
    page = page_on_its_own(ReportingPage, ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_team_lead_previews_and_exports_off_the_ui_thread(region, qtbot, tmp_path):
    page = page_for(region, "teamlead01", qtbot)
    assert page.month.currentText() == "oktober 2026"
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert not page.preview_button.isEnabled()  # busy while the worker runs
    qtbot.waitUntil(lambda: page.publication is not None, timeout=120_000)
    assert page.preview_button.isEnabled() and not page.progress.isVisible()
    assert "Controle geslaagd" in page.status.text()
    assert page.table_choice.count() == len(page.publication.tables)

    index = page.table_choice.findData("uitstroom.gemeente")
    page.table_choice.setCurrentIndex(index)
    model = page.model
    hidden = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.data(model.index(r, c)) == "x"
    ]
    assert hidden, "a region of 1,500 has small municipality-by-reason cells"
    assert model.data(hidden[0], Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(hidden[0], Qt.ItemDataRole.ToolTipRole).startswith("Geheim")
    assert "geheim in deze tabel" in page.hidden_label.text()
    shown = []
    page.show_dialog = shown.append
    qtbot.mouseClick(page.contributions_button, Qt.MouseButton.LeftButton)
    assert [(type(d).__name__, d.period) for d in shown] == [("ContributionsDialog", "2026-10")]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "reporting_page.png"))

    opened: list[Path] = []
    page.choose_folder = lambda: str(tmp_path / "uit")
    page.open_folder = opened.append
    assert page.formats["html"].isChecked() and not page.formats["html"].isEnabled()
    page.formats["pdf"].setChecked(False)
    assert page.formats["html"].isEnabled()  # without the PDF, the HTML is a free choice
    page.formats["html"].setChecked(False)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=120_000)
    assert opened == [tmp_path / "uit"]
    names = sorted(p.name for p in (tmp_path / "uit").iterdir())
    assert [n.rsplit(".", 1)[-1] for n in names] == ["json", "csv", "json", "xlsx"]
    assert names[0].endswith(".auditanker.json")  # the audit log's head, for check --anchors
    assert "versie 1" in page.status.text()
    assert page.export_button.isEnabled()


def test_a_coach_and_the_team_lead_do_the_contribution_round_with_buttons(region, qtbot, tmp_path):
    """A coach met a page of disabled buttons that sent them to the command line, and so
    did every step of the team lead's side. Both sides now have buttons; real key and
    contribution files go from one to the other."""
    from sqlalchemy import select

    from zkijdesk import models as m
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.views.reporting.contributions_dialog import ContributionsDialog
    from zkijdesk.views.workspace import Workspace

    with region.read_session() as s:
        coach = s.scalar(select(m.User.username).where(m.User.role == "coach"))
    lead_services = Services(region, actor_for(region, "teamlead01"), lambda: TODAY)
    holder = QObject()
    lead = ContributionsDialog(Workspace.standalone(lead_services, holder), "2026-10")
    holder.setParent(lead)
    qtbot.addWidget(lead)
    lead.show()
    qtbot.waitUntil(lambda: "Nog geen sleutel" in lead.key_state.text(), timeout=10_000)
    assert lead.make_key.isVisible() and not lead.save_key.isVisible()
    qtbot.mouseClick(lead.make_key, LEFT)
    qtbot.waitUntil(lambda: "Sleutel gemaakt" in lead.status.text(), timeout=10_000)
    fingerprint = lead.service.team_key().fingerprint
    assert fingerprint in lead.key_state.text() and lead.save_key.isVisible()
    team_key = tmp_path / "teamleider-sleutel.json"
    lead.choose_key_target = lambda: str(team_key)
    qtbot.mouseClick(lead.save_key, LEFT)
    qtbot.waitUntil(team_key.exists, timeout=10_000)

    page = page_for(region, coach, qtbot)
    panel = page.contribution
    assert not page.lead_area.isVisible() and panel.isVisible()
    qtbot.waitUntil(lambda: "Nog geen sleutel" in panel.team_key_state.text(), timeout=10_000)
    assert not panel.make_button.isEnabled()  # nothing to seal for yet
    trust = page.findChild(QPushButton, "trustTeamKeyButton")
    (tmp_path / "kapot.json").write_text("{}", encoding="utf-8")
    panel.choose_team_key = lambda: str(tmp_path / "kapot.json")
    qtbot.mouseClick(trust, LEFT)
    qtbot.waitUntil(lambda: "geen geldige" in panel.status.text(), timeout=10_000)
    assert panel.status.text() == "Dit bestand is geen geldige teamleidersleutel van zkijdesk."
    assert not panel.make_button.isEnabled()
    panel.choose_team_key = lambda: str(team_key)
    # The key is trusted only once the coach says the team lead read out this very
    # fingerprint: a "no" leaves nothing to seal for.
    asked: list[str] = []
    panel.confirm_fingerprint = lambda info: asked.append(info.fingerprint) and False
    qtbot.mouseClick(trust, LEFT)
    qtbot.waitUntil(lambda: "niet ingelezen" in panel.status.text(), timeout=10_000)
    assert asked == [fingerprint]
    assert "Nog geen sleutel" in panel.team_key_state.text()
    assert not panel.make_button.isEnabled() and panel.service.trusted_team_key() is None
    panel.confirm_fingerprint = lambda info: info.fingerprint == fingerprint
    qtbot.mouseClick(trust, LEFT)
    qtbot.waitUntil(lambda: "teamleider ingelezen." in panel.status.text(), timeout=10_000)
    assert fingerprint in panel.team_key_state.text() and panel.make_button.isEnabled()

    own_key = tmp_path / "anna-sleutel.json"
    panel.choose_my_key_file = lambda: str(own_key)
    qtbot.mouseClick(page.findChild(QPushButton, "saveMyKeyButton"), LEFT)
    qtbot.waitUntil(lambda: "Uw sleutel staat in" in panel.status.text(), timeout=10_000)
    lead.choose_coach_key = lambda: str(own_key)
    qtbot.mouseClick(lead.findChild(QPushButton, "registerContributorButton"), LEFT)
    qtbot.waitUntil(lambda: "geregistreerd" in lead.status.text(), timeout=10_000)
    assert lead.contributors.count() == 1
    assert "Ontbreekt nog: " in lead.month_state.text()
    assert lead.contributors.item(0).text().split(" · ")[0] in lead.month_state.text()

    opened: list[Path] = []
    panel.choose_folder = lambda: str(tmp_path / "post")
    panel.open_folder = opened.append
    assert panel.month.currentData() == "2026-10"
    qtbot.mouseClick(panel.make_button, LEFT)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    (made,) = (tmp_path / "post").glob("*.zkb")
    assert made.name in panel.status.text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "reporting_page_coach.png"))

    # The team lead imports it beside a file that is no contribution: each says its own.
    (tmp_path / "vreemd.zkb").write_bytes(b"geen bijdrage")
    lead.choose_contributions = lambda: [str(made), str(tmp_path / "vreemd.zkb")]
    qtbot.mouseClick(lead.findChild(QPushButton, "importContributionsButton"), LEFT)
    qtbot.waitUntil(lambda: "vreemd.zkb" in lead.status.text(), timeout=20_000)
    assert f"{made.name}: bijdrage van " in lead.status.text()
    assert "vreemd.zkb: Dit bestand is geen geldige bijdrage van zkijdesk." in lead.status.text()
    assert lead.imported and "Ontbreekt nog: niemand." in lead.month_state.text()
    assert lead.service.status("2026-10").missing == ()
    lead.ws.runner.wait()


def test_a_coachs_step_that_breaks_says_so_without_speaking_of_the_monthly_figures(
    region, qtbot, tmp_path
):
    """A bug in saving a key is no failed export: the sentence is the step's own."""
    from sqlalchemy import select

    from zkijdesk import models as m

    with region.read_session() as s:
        coach = s.scalar(select(m.User.username).where(m.User.role == "coach"))
    page = page_for(region, coach, qtbot)
    panel = page.contribution
    qtbot.waitUntil(lambda: not panel.runner.busy and bool(panel.team_key_state.text()))

    def broken(_path):
        raise RuntimeError("kapot")

    panel.service.save_my_key = broken
    panel.choose_my_key_file = lambda: str(tmp_path / "sleutel.json")
    qtbot.mouseClick(page.findChild(QPushButton, "saveMyKeyButton"), LEFT)
    qtbot.waitUntil(lambda: "onverwacht" in panel.status.text(), timeout=10_000)
    assert panel.status.text().startswith("Er ging onverwacht iets mis bij deze stap")
    assert "maandcijfers" not in panel.status.text()
    assert page.findChild(QPushButton, "saveMyKeyButton").isEnabled()


def test_the_preview_starts_on_opening_can_be_cancelled_and_the_month_is_remembered(
    region, qtbot, tmp_path
):
    page = page_for(region, "teamlead02", qtbot)
    assert page.progress.isVisible() and page.cancel_button.isVisible()  # started unasked
    assert page.month.isEnabled()  # a month can be chosen while it computes
    qtbot.waitUntil(lambda: "gepubliceerd" in page.previous.text(), timeout=30_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.progress.isVisible(), timeout=120_000)
    assert page.publication is None
    assert page.status.text() == "Voorbeeld afgebroken; kies 'Voorbeeld berekenen'."

    september = page.month.findData("2026-09")
    page.month.setCurrentIndex(september)  # starts the new month's preview at once
    assert page.progress.isVisible()
    qtbot.waitUntil(lambda: "nog niet gepubliceerd" in page.previous.text(), timeout=30_000)
    qtbot.waitUntil(lambda: page.publication is not None, timeout=120_000)
    assert page.publication.period == "2026-09"
    page.choose_folder = lambda: str(tmp_path / "uit")
    page.open_folder = lambda _folder: None
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "al gepubliceerd: versie 1" in page.previous.text(), timeout=120_000)
    assert "een nieuwe export wordt versie 2" in page.previous.text()
    page.runner.wait()

    again = page_for(region, "teamlead02", qtbot)  # the next morning
    assert again.month.currentData() == "2026-09"
    qtbot.waitUntil(lambda: again.publication is not None, timeout=120_000)
    again.runner.wait()


def test_in_english_the_page_names_its_sources_months_and_numbers_in_english(region, qtbot, qapp):
    from zkijdesk.views import translations

    translations.install(qapp, "en")
    try:
        page = page_for(region, "teamlead01", qtbot)
        sources = [page.source.itemText(i) for i in range(page.source.count())]
        assert sources == ["This store", "The team's contributions"]
        assert page.month.currentText() == "October 2026"
        qtbot.waitUntil(lambda: page.publication is not None, timeout=120_000)
        page.runner.wait()
        total = len(page.publication.values)
        assert total >= 1000, "the count of figures needs a thousands separator"
        assert f"of {total:,} figures" in page.status.text()
    finally:
        translations.install(qapp, "nl")
