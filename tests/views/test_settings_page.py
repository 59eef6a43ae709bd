"""Settings and privacy page: a coach sets their app lock; an admin makes a backup."""

from __future__ import annotations

import pytest
from gui_support import settle
from page_support import page_on_its_own
from PySide6.QtCore import Qt
from screenshot_folder import SCREENSHOTS


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_coach_sets_and_clears_the_app_lock(qtbot, people, store):
    from zkijdesk.views.privacy.settings_page import SettingsPage

    page = page_on_its_own(SettingsPage, people.anna)
    qtbot.addWidget(page)
    settle(qtbot, page.runner)
    assert page.lock_state.text() == "niet ingesteld"
    assert not hasattr(page, "backup_now_button")

    qtbot.keyClicks(page.new_pin, "4821-97")
    qtbot.keyClicks(page.repeat_pin, "4821-98")
    qtbot.mouseClick(page.set_pin_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert "niet gelijk" in page.status.text()
    assert page.lock_state.text() == "niet ingesteld"

    page.repeat_pin.clear()
    qtbot.keyClicks(page.repeat_pin, "4821-97")
    qtbot.mouseClick(page.set_pin_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert page.status.text() == "Vergrendeling ingesteld."
    assert page.lock_state.text().startswith("ingesteld")
    assert page.lock.unlock_matches("4821-97")

    qtbot.keyClicks(page.current_pin, "fout-fout")
    qtbot.mouseClick(page.clear_pin_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert page.lock.is_set()
    assert page.status.text() and page.status.text() != "Vergrendeling ingesteld."


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_admin_makes_a_backup_and_previews_retention(qtbot, people, store, tmp_path):
    from zkijdesk.views.privacy.settings_page import SettingsPage

    page = page_on_its_own(SettingsPage, people.admin)
    qtbot.addWidget(page)
    settle(qtbot, page.runner)
    page.choose_folder(str(tmp_path))
    settle(qtbot, page.runner)
    assert page.backup_folder.text() == str(tmp_path)
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert "gecontroleerd" in page.status.text()
    assert page.backup_table.rowCount() == 1
    assert any(tmp_path.glob("*.bak"))

    page.findChild(type(page.backup_now_button), "retentionPreview").click()
    settle(qtbot, page.runner)
    assert page.retention_result.text().startswith("0 dossier(s)")

    page.resize(900, 1400)
    page.show()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENSHOTS / "settings_page_admin.png"))


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_admin_lifts_a_coachs_forgotten_pin(qtbot, people, store, monkeypatch):
    from argon2 import PasswordHasher

    from zkijdesk.services.app_lock import AppLockService
    from zkijdesk.views import feedback
    from zkijdesk.views.privacy.settings_page import SettingsPage

    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    anna_lock = AppLockService(store, people.anna.actor, hasher=fast)
    anna_lock.set_secret("482916")
    asked: list[str] = []
    monkeypatch.setattr(
        feedback, "confirm", lambda parent, title, text, accept, **kw: asked.append(text) or True
    )

    page = page_on_its_own(SettingsPage, people.admin)
    qtbot.addWidget(page)
    settle(qtbot, page.runner)
    assert [page.locked_users.itemText(i) for i in range(page.locked_users.count())] == ["Anna"]
    assert page.reset_lock_button.isEnabled()
    qtbot.mouseClick(page.reset_lock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)

    assert asked and "Anna" in asked[0]
    assert not anna_lock.is_set()
    assert page.status.text() == "De vergrendeling van Anna is opgeheven."
    assert page.locked_users.count() == 0 and not page.reset_lock_button.isEnabled()


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_admin_fills_the_privacy_texts_every_access_reply_carries(qtbot, people, store):
    from zkijdesk.services.privacy_notice import PrivacyNoticeService
    from zkijdesk.views.privacy.settings_page import SettingsPage

    coach_page = page_on_its_own(SettingsPage, people.anna)
    qtbot.addWidget(coach_page)
    settle(qtbot, coach_page.runner)
    assert not hasattr(coach_page, "notice_section")
    page = page_on_its_own(SettingsPage, people.admin)
    qtbot.addWidget(page)
    settle(qtbot, page.runner)
    section = page.notice_section
    assert "Participatiewet" in section.fields["legal_basis"].toPlainText()
    qtbot.keyClicks(section.fields["controller"], "Gemeente Haarlem")
    qtbot.keyClicks(section.fields["contact"], "x" * 1001)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert "Contactgegevens" in page.status.text()  # one sentence naming the field
    section.fields["contact"].clear()
    qtbot.keyClicks(section.fields["contact"], "privacy@haarlem.example")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert page.status.text() == "Privacygegevens opgeslagen."
    notice = PrivacyNoticeService(store, people.admin.actor).notice()
    assert (notice.controller, notice.contact) == ("Gemeente Haarlem", "privacy@haarlem.example")
