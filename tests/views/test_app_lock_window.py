"""The app lock wired into the real main window, as a signed-in coach meets it."""

from __future__ import annotations

from argon2 import PasswordHasher
from gui_support import context_for, shoot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from zkijdesk.services.app_lock import AppLockService
from zkijdesk.views.privacy.integration import before_close, install_app_lock

PIN = "482916"
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # setting it, in tests


def client_search(window) -> QLineEdit:
    return window.findChild(QLineEdit, "clientSearch")


def show_clients(window) -> None:
    window.show_page("clients")
    QApplication.processEvents()


def test_a_coach_with_a_pin_signs_in_to_a_locked_window(qtbot, window, gui_store):
    ctx = context_for(gui_store, "anna")
    AppLockService(gui_store, ctx.actor, ctx.today, hasher=FAST).set_secret(PIN)

    install_app_lock(window, ctx)
    lock = window.app_lock
    try:
        assert lock.screen.is_locked
        assert window.centralWidget() is lock.screen
        show_clients(window)  # still behind the lock
        assert not client_search(window).isVisible()
        assert not window.menuWidget().isVisible()
        assert "vergrendeld" in window.windowTitle()
        assert not window.act_new.isEnabled() and not window.act_bin.isEnabled()
        shoot(window, "app-lock")

        qtbot.keyClicks(lock.screen.secret, "000000")
        with qtbot.waitSignal(lock.screen.secret.returnPressed):
            qtbot.keyClick(lock.screen.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lock.screen.message.isVisible(), timeout=10_000)
        assert "klopt niet" in lock.screen.message.text()
        assert lock.screen.is_locked

        lock.screen.secret.clear()
        qtbot.keyClicks(lock.screen.secret, PIN)
        with qtbot.waitSignal(lock.screen.unlocked, timeout=15_000):
            qtbot.keyClick(lock.screen.secret, Qt.Key.Key_Return)
        assert window.centralWidget() is not lock.screen
        show_clients(window)
        assert client_search(window).isVisible()
        assert window.menuWidget().isVisible()
        assert window.act_new.isEnabled() and window.act_bin.isEnabled()
        assert lock.watcher.running

        with qtbot.waitSignal(lock.screen.locked, timeout=5000):
            window.act_lock.trigger()  # Ctrl+L
        assert not lock.watcher.running
        assert not client_search(window).isVisible()
    finally:
        before_close(window)
    assert not lock.watcher.running


def test_without_a_pin_the_lock_action_explains_what_to_do(qtbot, window, gui_store):
    install_app_lock(window, context_for(gui_store, "anna"))
    try:
        assert not window.app_lock.screen.is_locked
        assert window.app_lock.watcher.running
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        assert not window.app_lock.screen.is_locked
        assert "pincode" in window.statusBar().currentMessage()
    finally:
        before_close(window)


def test_the_idle_time_locks_the_window_of_a_coach_with_a_pin(qtbot, window, gui_store):
    ctx = context_for(gui_store, "anna")
    AppLockService(gui_store, ctx.actor, ctx.today, hasher=FAST).set_secret(PIN)
    install_app_lock(window, ctx)
    lock = window.app_lock
    try:
        lock.screen.secret.setText(PIN)
        with qtbot.waitSignal(lock.screen.unlocked, timeout=15_000):
            lock.screen.submit()
        show_clients(window)
        assert lock.watcher.interval_ms() == 10 * 60_000  # the shipped default
        lock.watcher.set_interval_ms(200)  # ten minutes, shortened for the test
        with qtbot.waitSignal(lock.screen.locked, timeout=5000):
            pass
        assert not client_search(window).isVisible()
        assert window.centralWidget() is lock.screen
    finally:
        before_close(window)
