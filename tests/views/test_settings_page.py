"""Settings and privacy page: a coach sets their app lock; an admin makes a backup and
sets the store-wide settings, whose editors the page builds from the registry."""

from __future__ import annotations

import pytest
from gui_support import settle
from page_support import page_on_its_own
from PySide6.QtCore import Qt
from screenshot_folder import SCREENSHOTS

from zkijdesk.services import settings


def labelled(page, text):
    """The widget the form row labelled ``text`` holds (a form's label is its buddy)."""
    from PySide6.QtWidgets import QLabel

    found = [lbl.buddy() for lbl in page.findChildren(QLabel) if lbl.text() == text]
    assert len(found) == 1 and found[0] is not None, f"no one editor labelled {text!r}"
    return found[0]


def open_page(qtbot, services, **kwargs):
    """The settings page as ``services``' user sees it, with its first reads done."""
    from zkijdesk.views.privacy.settings_page import SettingsPage

    page = page_on_its_own(SettingsPage, services, **kwargs)
    qtbot.addWidget(page)
    settle(qtbot, page.runner)
    return page


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
def test_the_lock_errors_name_the_field_as_its_row_does(qtbot, people, store):
    """A too short new pin and a wrong current one: each sentence names the row the
    coach typed in (the rows once read "Nieuwe pincode" over "Pincode of wachtwoord
    moet minstens 6 tekens lang zijn.")."""
    page = open_page(qtbot, people.anna)
    qtbot.keyClicks(labelled(page, "Nieuwe pincode of wachtwoord"), "48")
    qtbot.keyClicks(labelled(page, "Herhaal de nieuwe pincode of wachtwoord"), "48")
    qtbot.mouseClick(page.set_pin_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert page.status.text() == "Nieuwe pincode of wachtwoord moet minstens 6 tekens lang zijn."
    assert not page.lock.is_set()

    page.lock.set_secret("4821-97")
    page.refresh()
    settle(qtbot, page.runner)
    page.new_pin.clear()
    page.repeat_pin.clear()
    qtbot.keyClicks(labelled(page, "Huidige pincode of wachtwoord"), "fout-fout")
    qtbot.mouseClick(page.clear_pin_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert page.status.text() == "Huidige pincode of wachtwoord klopt niet."
    assert page.lock.is_set()


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_admin_makes_a_backup_and_previews_retention(qtbot, people, store, tmp_path, monkeypatch):
    from zkijdesk.views import feedback
    from zkijdesk.views.privacy.settings_page import SettingsPage

    page = page_on_its_own(SettingsPage, people.admin)
    qtbot.addWidget(page)
    settle(qtbot, page.runner)
    folder = labelled(page, "Map voor reservekopieën")
    assert folder is page.editors[settings.BACKUP_FOLDER.key]
    # Saved by the backup service, which also proves the folder is there to write in.
    folder.choose(str(tmp_path / "bestaat-niet"))
    settle(qtbot, page.runner)
    assert page.status.text() == "Map voor reservekopieën bestaat niet; maak hem eerst aan."
    assert page.ws.services.backups.folder() is None
    folder.choose(str(tmp_path))
    settle(qtbot, page.runner)
    assert folder.text() == str(tmp_path)
    assert page.ws.services.backups.folder() == tmp_path
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert "gecontroleerd" in page.status.text()
    assert page.backup_model.rowCount() == 1
    assert page.backup_table.model().index(0, 1).data() == "Handmatig"
    # Restoring asks for a row first, then shows that backup's own moment to confirm.
    asked: list[str] = []
    monkeypatch.setattr(
        feedback, "confirm", lambda parent, title, text, accept, **kw: asked.append(text) or False
    )
    page.restore_button.click()
    assert page.status.text() == "Kies eerst een reservekopie in de lijst."
    page.backup_table.selectRow(0)
    page.restore_button.click()
    assert asked and page.backup_model.index(0, 0).data() in asked[0]
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


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_the_admins_cards_follow_the_registry_and_a_coach_gets_none(qtbot, people, store):
    from PySide6.QtWidgets import QLabel

    page = open_page(qtbot, people.admin)
    titles = [w.text() for w in page.findChildren(QLabel) if w.objectName() == "sectionTitle"]
    assert titles == [
        "App-vergrendeling",
        "Vergrendelen na inactiviteit",
        "Reservekopieën",
        "Bewaartermijnen",
        "Privacygegevens voor inzageverzoeken",
    ]
    # Only what the registry puts on the page: the threshold and contact are set in the
    # CLI, the yearly aims on the trends page.
    assert list(page.editors) == [settings.IDLE_MINUTES.key, settings.BACKUP_FOLDER.key]

    coach = open_page(qtbot, people.anna)
    assert coach.editors == {} and not coach.cards and not coach.sections


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_the_idle_time_is_edited_in_its_declared_range_and_saved_by_the_lock(qtbot, people, store):
    from PySide6.QtWidgets import QPushButton, QSpinBox

    page = open_page(qtbot, people.admin)
    editor = labelled(page, "Vergrendelen na (minuten)")
    spin = editor.findChild(QSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.value()) == (
        settings.IDLE_MIN,
        settings.IDLE_MAX,
        settings.IDLE_MINUTES.default,
    )
    spin.setValue(25)
    qtbot.mouseClick(editor.findChild(QPushButton), Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert page.status.text() == "Vergrendelen na (minuten) opgeslagen."
    assert people.anna.app_lock.idle_minutes() == 25


def extra_settings():
    """Two settings no page code knows: a whole number in a card of its own, and a line
    of text with a help sentence in the lock card."""
    from zkijdesk.services.settings import Kind, Setting

    def whole(value):
        if isinstance(value, bool) or not 1 <= int(value) <= 9:
            raise ValueError(value)
        return int(value)

    number = Setting("test.number", "Proefgetal", 3, whole, Kind.WHOLE, 1, 9, card="proef")
    text = Setting(
        "test.text",
        "Proeftekst",
        "",
        str,
        Kind.TEXT,
        maximum=20,
        help="Geldt op deze opslag voor iedereen.",
        card="lock",
    )
    return number, text


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_a_simple_setting_added_to_the_registry_gets_an_editor_that_saves_it(qtbot, people, store):
    from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox
    from sqlalchemy import select

    from zkijdesk import models as m

    number, text = extra_settings()
    page = open_page(qtbot, people.admin, registry=(*settings.SETTINGS, number, text))

    spin = labelled(page, "Proefgetal").findChild(QSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 9, 3)
    line = labelled(page, "Proeftekst").findChild(QLineEdit)
    assert line.maxLength() == 20
    assert any(w.text() == "Geldt op deze opslag voor iedereen." for w in page.findChildren(QLabel))
    titles = [w.text() for w in page.findChildren(QLabel) if w.objectName() == "sectionTitle"]
    assert titles[-1] == "Overige instellingen"

    spin.setValue(7)
    qtbot.mouseClick(labelled(page, "Proefgetal").findChild(QPushButton), Qt.MouseButton.LeftButton)
    settle(qtbot, page.runner)
    assert page.status.text() == "Proefgetal opgeslagen."
    qtbot.keyClicks(line, "  Team  Noord ")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    settle(qtbot, page.runner)
    assert page.status.text() == "Proeftekst opgeslagen."

    values = people.admin.store_settings
    assert (values.value(number), values.value(text)) == (7, "Team  Noord")
    assert line.text() == "Team  Noord"
    with store.read_session() as s:
        details = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.object_type == "setting")
        ).all()
    assert details == ["test.number", "test.text"]


@pytest.mark.parametrize("store", ["postgresql"], indirect=True)
def test_on_postgresql_the_backup_folder_says_who_makes_backups(qtbot, people, store):
    page = open_page(qtbot, people.admin)
    folder = labelled(page, "Map voor reservekopieën")
    assert folder.text() == "PostgreSQL: reservekopieën maakt de beheerder."
    assert not folder.button.isEnabled()
    assert not page.backup_now_button.isEnabled() and not page.restore_button.isEnabled()
    assert page.status.text() == ""
