"""The admin's audit page, driven with real widgets."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from page_support import page_on_its_own
from PySide6.QtCore import Qt
from screenshot_folder import SCREENSHOTS

from zkijdesk.services.dto import ClientInput, RouteInput


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_admin_filters_by_client_sees_chain_state_and_exports(qtbot, people, store, tmp_path):
    from zkijdesk.views.privacy.audit_page import AuditPage

    anna = people.anna
    cid = anna.clients.intake(
        ClientInput(
            first_name="Lotte",
            last_name="Verbeek",
            birth_date=date(1990, 2, 2),
            intake_status="werkend",
        ),
        RouteInput(intake_date=date(2026, 11, 2)),
    ).client.id
    anna.clients.get(cid)
    people.admin.today = lambda: date.today()

    page = page_on_its_own(AuditPage, people.admin)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.client_box.setValue(cid)
    qtbot.waitUntil(lambda: page.user_box.count() > 1, timeout=10_000)  # read on a worker
    with qtbot.waitSignal(page.searched, timeout=10_000):
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    actions = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert actions == {"Aangemaakt", "Ingezien"}
    assert "keten intact" in page.status.text()

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "audit_page.png"))

    target = tmp_path / "audit.csv"
    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export(str(target))
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0][:3] == ["id", "tijd_utc", "gebruiker_id"]
    assert {r[5] for r in rows[1:]} == {"create", "view"}
    assert "Verbeek" not in target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_a_coach_gets_a_refusal_not_a_list(qtbot, people, store):
    from zkijdesk.views.privacy.audit_page import AuditPage

    page = page_on_its_own(AuditPage, people.anna)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.searched, timeout=10_000):
        qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert "rol staat niet toe" in page.status.text()


def test_details_read_as_sentences_in_dutch_and_in_english(qapp):
    from PySide6.QtCore import QCoreApplication, Qt

    from zkijdesk import i18n
    from zkijdesk.views import translations
    from zkijdesk.views.privacy.audit_details import readable
    from zkijdesk.views.privacy.audit_page import AuditTableModel

    users = {7: "Bram Jansen"}
    assert readable("to=7;routes=12", users) == "Naar Bram Jansen; 12 routes"
    assert (
        readable("to=7;routes=12;tasks=3", users) == "Naar Bram Jansen; 12 routes; 3 open taken mee"
    )
    assert readable("closed:geplaatst") == "Route afgesloten: geplaatst"
    assert readable("soort=automatisch;tabellen=31;rijen=9") == (
        "Soort automatisch; 31 tabellen; 9 rijen"
    )
    assert readable("restricted=1") == "Afgeschermd: ja"
    assert "=" not in readable("scope=team;candidates=25;named=3")
    installed = translations.install(qapp, "en")
    try:
        assert readable("to=7;routes=12", users) == "To Bram Jansen; 12 routes"
        assert readable("to=7;tasks=1", users) == "To Bram Jansen; 1 open task(s) moved along"
        assert readable("contacts") == "Contacts viewed"
        assert readable("app_lock=opgeheven;herstelsleutel") == (
            "App lock lifted; with the recovery key"
        )
        model = AuditTableModel()
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert headers == [
            "Time (UTC)",
            "User",
            "Action",
            "Object",
            "Result",
            "Workstation",
            "Detail",
        ]
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        i18n.set_language("nl")
