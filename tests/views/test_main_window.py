"""The main window, driven as a user would: it opens a store and says which one."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

SCREENSHOTS = Path(os.environ.get("ZKIJDESK_SCREENSHOTS", "screenshots"))


def test_window_opens_a_demo_store_and_marks_it_as_demo(qtbot, tmp_path, memory_keyring):
    from zkijdesk.views.main_window import MainWindow

    path = tmp_path / "demo.db"
    store = create_store(StoreLocation(path=path), is_demo=True)
    store.close()

    window = MainWindow(str(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "wordt geopend" in window.store_label.text()

    window.open_store(StoreLocation(path=path))
    assert "DEMO" in window.windowTitle()
    assert window.store_label.text() == f"Opslag: {path}"

    qtbot.mouseClick(
        window.nav.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.nav.visualItemRect(window.nav.item(1)).center(),
    )
    assert window.pages.currentIndex() == 1
    assert window.findChild(type(window.pages.widget(0)), "worklistPage") is not None

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main_window.png"))
    window.close()


def test_window_explains_a_wrong_key_instead_of_crashing(qtbot, tmp_path, memory_keyring):
    from zkijdesk.views.main_window import MainWindow

    path = tmp_path / "s.db"
    create_store(StoreLocation(path=path), key=new_raw_key()).close()
    window = MainWindow(str(path))
    qtbot.addWidget(window)
    window.ask_passphrase = lambda question: "een verkeerde wachtwoordzin"
    window.open_store(StoreLocation(path=path))
    assert window.store is None
    assert "sleutel is onjuist" in window.store_label.text()
