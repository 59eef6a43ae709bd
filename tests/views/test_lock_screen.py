"""The lock screen hides personal data, refuses a wrong PIN and opens with the right one."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)
from screenshot_folder import SCREENSHOTS

from zkijdesk.services.app_lock import AppLockService, Throttle
from zkijdesk.services.users import actor_for, create_user

NAME = "Wilhelmina Zonneveldt"
PIN = "482916"


@pytest.fixture
def lock_service(sqlite_store):
    create_user(sqlite_store, "coach01", "Coach Een", "coach")
    service = AppLockService(
        sqlite_store,
        actor_for(sqlite_store, "coach01"),
        throttle=Throttle(),
        hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
    )
    service.set_secret(PIN)
    return service


@pytest.fixture
def window(qtbot):
    from zkijdesk.views import style

    style.apply(QApplication.instance(), dark=False)
    win = QMainWindow()
    win.setWindowTitle(f"zkijdesk — {NAME}")
    win.resize(900, 560)
    page = QWidget()
    layout = QVBoxLayout(page)
    name = QLabel(NAME)
    name.setObjectName("fileName")
    note = QLineEdit()
    note.setObjectName("unsavedNote")
    note.setText("nog niet opgeslagen")
    layout.addWidget(name)
    layout.addWidget(note)
    win.setCentralWidget(page)
    dock = QDockWidget("Recent")
    dock.setWidget(QLabel(NAME))
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dialog = QDialog(win)
    dialog.setWindowTitle("Dossier")
    QVBoxLayout(dialog).addWidget(QLabel(NAME))
    qtbot.addWidget(win)
    win.show()
    dialog.show()
    qtbot.waitExposed(win)
    win.page, win.name_label, win.note, win.dock, win.dialog = page, name, note, dock, dialog
    return win


def visible_texts() -> list[str]:
    """Every text a user (or a screen reader) could see in any visible widget."""
    texts = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if widget.isWindow():
            texts.append(widget.windowTitle())
        text = getattr(widget, "text", None)
        if callable(text):
            value = text()
            if isinstance(value, str):
                texts.append(value)
    return texts


def test_locking_hides_personal_data_and_the_right_pin_brings_it_back(qtbot, window, lock_service):
    from zkijdesk.views.privacy.lock import LockScreen

    assert any("Zonneveldt" in t for t in visible_texts())
    screen = LockScreen(lock_service.unlock, user_name="Coach Een")
    with qtbot.waitSignal(screen.locked):
        screen.lock(window)

    assert screen.is_locked
    assert not window.name_label.isVisible()
    assert not window.dock.isVisible() and not window.dialog.isVisible()
    assert window.centralWidget() is screen
    assert not any("Zonneveldt" in t for t in visible_texts())
    assert "vergrendeld" in window.windowTitle()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "lock_screen.png"))

    # a wrong PIN: refused, with a message, still locked
    qtbot.keyClicks(screen.secret, "000000")
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.isVisible() and screen.button.isEnabled())
    assert "klopt niet" in screen.message.text()
    assert screen.is_locked and not window.name_label.isVisible()
    assert screen.secret.echoMode() is QLineEdit.EchoMode.Password
    window.grab().save(str(SCREENSHOTS / "lock_screen_wrong_pin.png"))

    # the right PIN (Enter in the field): everything back as it was, input kept
    screen.secret.clear()
    qtbot.keyClicks(screen.secret, PIN)
    with qtbot.waitSignal(screen.unlocked):
        qtbot.keyClick(screen.secret, Qt.Key.Key_Return)
    assert not screen.is_locked
    assert window.centralWidget() is window.page
    assert window.name_label.isVisible() and window.dock.isVisible()
    assert window.dialog.isVisible()
    assert window.note.text() == "nog niet opgeslagen"
    assert window.windowTitle() == f"zkijdesk — {NAME}"

    # and it locks again the same way
    screen.lock(window)
    assert not window.name_label.isVisible() and screen.secret.text() == ""


def test_repeated_wrong_pins_are_told_to_wait(qtbot, window, lock_service):
    from zkijdesk.views.privacy.lock import LockScreen

    screen = LockScreen(lock_service.unlock)
    screen.lock(window)
    for _ in range(4):
        screen.secret.setText("000000")
        screen.submit()
        qtbot.waitUntil(lambda: screen.button.isEnabled())
    assert "probeer het over" in screen.message.text()
    assert screen.is_locked


def test_idle_watcher_locks_the_window(qtbot, window, lock_service):
    from zkijdesk.views.privacy.lock import IdleWatcher, LockScreen

    screen = LockScreen(lock_service.unlock)
    watcher = IdleWatcher(minutes=10)
    try:
        assert watcher.interval_ms() == 600_000
        watcher.set_interval_ms(50)
        watcher.idle.connect(lambda: screen.lock(window))
        watcher.start()
        with qtbot.waitSignal(screen.locked, timeout=5000):
            pass
        assert not window.name_label.isVisible()
    finally:
        watcher.uninstall()


def test_user_input_restarts_the_idle_timer(qtbot, window):
    from zkijdesk.views.privacy.lock import IdleWatcher

    watcher = IdleWatcher(minutes=10)
    try:
        watcher.start()
        full = watcher._timer.interval()
        # Some of the ten minutes must have run for a restart to show.
        qtbot.waitUntil(lambda: watcher._timer.remainingTime() < full - 20)
        before = watcher._timer.remainingTime()
        qtbot.keyClick(window.note, Qt.Key.Key_A)
        assert watcher._timer.remainingTime() > before
        watcher.stop()
        assert not watcher.running
        qtbot.keyClick(window.note, Qt.Key.Key_B)
        assert not watcher.running  # input while locked does not start it again
    finally:
        watcher.uninstall()


def test_app_lock_asks_at_start_only_for_a_user_with_a_pin(qtbot, window, lock_service):
    from zkijdesk.views.privacy.lock import AppLock

    has_pin = {"value": False}
    app_lock = AppLock(window, lock_service.unlock, lambda: has_pin["value"], idle_minutes=10)
    try:
        app_lock.start()
        assert not app_lock.screen.is_locked and app_lock.watcher.running
        assert not app_lock.lock_now()  # no PIN: nothing to unlock with, so no lock
        has_pin["value"] = True
        app_lock.watcher.set_interval_ms(30)
        with qtbot.waitSignal(app_lock.screen.locked, timeout=5000):
            pass
        assert not window.name_label.isVisible() and not app_lock.watcher.running
        app_lock.screen.secret.setText(PIN)
        with qtbot.waitSignal(app_lock.screen.unlocked):
            app_lock.screen.submit()
        assert app_lock.watcher.running and window.name_label.isVisible()
    finally:
        app_lock.watcher.uninstall()
