"""First start (welcome: new store or demo), later starts (last store, who signs in)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import shoot
from PySide6.QtCore import Qt

from zkijdesk import config
from zkijdesk.app import Startup, StartupTrace
from zkijdesk.domain.enums import Role
from zkijdesk.services.dto import UserView
from zkijdesk.storage.store import StoreLocation
from zkijdesk.views import widgets
from zkijdesk.views.main_window import MainWindow
from zkijdesk.views.signin import pick_user


@pytest.fixture
def frame(qtbot):
    window = MainWindow("")
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    yield window
    window.runner.wait()


def start(frame, location=None, user=None):
    location = location or StoreLocation(path=config.default_store_path())
    startup = Startup(frame, location, config.load_settings(), StartupTrace(None), user=user)
    startup.begin()
    return startup


def test_first_start_creates_an_encrypted_store_and_shows_the_recovery_key_once(
    qtbot, frame, memory_keyring, monkeypatch
):
    monkeypatch.setattr("zkijdesk.services.store_setup.os_username", lambda: "anna")
    startup = start(frame)
    dialog = startup.dialog
    qtbot.waitExposed(dialog)
    shoot(dialog, "welcome")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.create_button), "newStoreButton"), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.name_field.error.text() == "Naam is verplicht."
    qtbot.keyClicks(dialog.name_edit, "Anna de Vries")
    widgets.set_combo_value(dialog.role_combo, Role.COACH)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=15_000)
    key = dialog.key_label.text()
    assert len(key.split("-")) > 8
    shoot(dialog, "welcome_recovery_key")
    assert not dialog.begin_button.isEnabled()
    dialog.key_saved.setChecked(True)
    assert not dialog.begin_button.isEnabled()
    qtbot.keyClicks(dialog.key_check, key.rsplit("-", 1)[-1].lower())
    assert dialog.begin_button.isEnabled()
    dialog.reject()  # Esc does not skip the key
    assert dialog.isVisible()
    with qtbot.waitSignal(frame.usable, timeout=10_000):
        qtbot.mouseClick(dialog.begin_button, Qt.MouseButton.LeftButton)
    assert frame.user_label.text() == "Gebruiker: Anna de Vries (Coach)"
    assert "DEMO" not in frame.windowTitle()
    assert config.default_store_path().read_bytes()[:16] != b"SQLite format 3\x00"
    settings = config.load_settings()
    assert settings.last_store == str(config.default_store_path())
    assert memory_keyring.secrets, "the raw key went to the key vault, not to a file"


def test_the_demo_is_marked_in_the_title(qtbot, frame, monkeypatch):
    monkeypatch.setattr("zkijdesk.services.store_setup.DEMO_CLIENTS", 40)
    startup = start(frame)
    dialog = startup.dialog
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(frame.usable, timeout=30_000):
        qtbot.mouseClick(
            dialog.findChild(type(dialog.create_button), "demoButton"), Qt.MouseButton.LeftButton
        )
    assert frame.windowTitle() == "zkijdesk — DEMO (synthetische gegevens)"
    assert "(Coach)" in frame.user_label.text()
    assert frame.pages["clients"].model.rowCount() > 0


def test_a_later_start_opens_the_last_store_and_asks_who_is_working(qtbot, frame, gui_store):
    from zkijdesk.storage.keys import save_to_keyring

    path = gui_store.location.path
    save_to_keyring(path, gui_store.key)
    settings = config.load_settings()
    settings.last_store = str(path)
    config.save_settings(settings)
    startup = start(frame)
    assert startup.location.path == path
    qtbot.waitUntil(lambda: getattr(startup, "dialog", None) is not None, timeout=10_000)
    chooser = startup.dialog
    assert chooser.objectName() == "signInDialog"
    names = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert "Anna de Vries  ·  Coach" in names
    chooser.list.setCurrentRow(names.index("Bram Jansen  ·  Coach"))
    shoot(chooser, "sign_in")
    with qtbot.waitSignal(frame.usable, timeout=10_000):
        chooser.accept()
    assert frame.user_label.text() == "Gebruiker: Bram Jansen (Coach)"
    assert config.load_settings().user_for(str(path)) == "bram"
    frame.store = None


def test_who_signs_in_without_being_asked():
    def user(name, active=True):
        return UserView(1, name, name.title(), Role.COACH, active)

    users = [user("anna"), user("bram"), user("cees", active=False)]
    assert pick_user(users, "Anna", None) == "anna"
    assert pick_user(users, "root", "bram") == "bram"
    assert pick_user(users, "root", "cees") is None
    assert pick_user(users, None, None) is None
    assert pick_user([user("solo")], "root", None) == "solo"


def test_a_wrong_passphrase_is_asked_again_then_explained(qtbot, frame, gui_store, monkeypatch):
    asked = []

    def ask(self, again):
        from zkijdesk.storage import keys

        asked.append(again)
        if len(asked) > 3:
            return False
        self.open(keys.StoreKey(keys.KeyKind.PASSPHRASE, "verkeerd-verkeerd", "test"))
        return True

    monkeypatch.setattr(Startup, "ask_passphrase", ask)
    start(frame, StoreLocation(path=gui_store.location.path))
    qtbot.waitUntil(lambda: "sleutel is onjuist" in frame.store_label.text(), timeout=10_000)
    assert asked == [False, True, True]
    assert frame.ws is None


def test_a_store_that_cannot_be_opened_says_why(qtbot, frame, tmp_path):
    (tmp_path / "plain.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    start(frame, StoreLocation(path=tmp_path / "plain.db"))
    qtbot.waitUntil(lambda: "onversleuteld" in frame.loading.label.text(), timeout=10_000)
    assert "onversleuteld" in frame.store_label.text()
    assert not frame.nav.isEnabled()


def test_explicit_store_path_is_used_even_with_a_remembered_one(tmp_path, frame):
    settings = config.load_settings()
    settings.last_store = str(tmp_path / "old.db")
    startup = Startup(
        frame, StoreLocation(path=tmp_path / "other.db"), settings, StartupTrace(None)
    )
    assert startup.target().path == Path(tmp_path / "other.db")
