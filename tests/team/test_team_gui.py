"""The app signs in to a team database: the first-start dialog, then the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from zkijdesk import config
from zkijdesk.app import Startup, StartupTrace
from zkijdesk.storage.store import StoreLocation
from zkijdesk.views.main_window import MainWindow

pytestmark = pytest.mark.postgres


@pytest.fixture
def frame(qtbot):
    window = MainWindow("")
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    yield window
    window.runner.wait()
    if window.store is not None:
        window.store.close()
        window.store = None


def _start(frame, location=None):
    location = location or StoreLocation(path=config.default_store_path())
    startup = Startup(frame, location, config.load_settings(), StartupTrace(None))
    startup.begin()
    return startup


def test_first_start_connects_to_a_team_database_as_the_login(qtbot, frame, team):
    url = make_url(team.db.url_for("bram"))
    startup = _start(frame)
    dialog = startup.dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(
        dialog.findChild(type(dialog.connect_button), "teamButton"), Qt.MouseButton.LeftButton
    )
    assert dialog.pages.currentIndex() == 4
    dialog.team_login.clear()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 4, timeout=10_000)
    assert dialog.team_fields["server"].error.text() == "Server is verplicht."
    qtbot.keyClicks(dialog.team_server, f"{url.host}:{url.port}")
    qtbot.keyClicks(dialog.team_database, "bestaat_niet_db")
    qtbot.keyClicks(dialog.team_login, url.username)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.team_banner.isVisible(), timeout=10_000)
    assert "bestaat niet" in dialog.team_banner.text.text()
    dialog.team_database.clear()
    qtbot.keyClicks(dialog.team_database, url.database)
    with qtbot.waitSignal(frame.usable, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert frame.user_label.text() == "Gebruiker: Bram (Coach)"
    # The database and its server, not the URL with its driver and login.
    assert frame.store_label.text() == f"Opslag: teamdatabase {url.database} op {url.host}"
    assert config.load_settings().last_store == team.db.url_for("bram")


def test_a_later_start_reconnects_without_a_pick_list(qtbot, frame, team):
    settings = config.load_settings()
    settings.last_store = team.db.url_for("anna")
    config.save_settings(settings)
    with qtbot.waitSignal(frame.usable, timeout=20_000):
        startup = _start(frame)
    assert startup.location.url == team.db.url_for("anna")
    assert frame.user_label.text() == "Gebruiker: Anna (Coach)"
    assert getattr(startup, "dialog", None) is None  # nobody was asked who they are
