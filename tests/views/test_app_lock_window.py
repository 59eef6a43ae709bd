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


def _iris(window) -> int:
    from zkijdesk.services.dto import ClientInput, RouteInput

    result = window.ws.services.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name="Dekker",
            birth_date="04-03-1985",
            intake_status="werkzoekend_bijstand",
        ),
        RouteInput(intake_date="01-06-2026"),
    )
    return result.client.id


def test_signing_in_with_a_pin_locks_through_the_real_sign_in_path(qtbot, window, gui_store):
    from zkijdesk.views.privacy.integration import after_sign_in

    ctx = context_for(gui_store, "anna")
    AppLockService(gui_store, ctx.actor, ctx.today, hasher=FAST).set_secret(PIN)
    after_sign_in(window, ctx)
    try:
        assert window.app_lock.screen.is_locked
        assert not window.statusBar().isVisible()
        assert window.act_lock.shortcut().toString() == "Ctrl+L"
    finally:
        window.runner.shut_down()  # as closing does: the sign-in backup finishes first
        before_close(window)


def test_a_question_open_when_the_lock_comes_is_cancelled_and_unlocking_restores_all(
    qtbot, window, gui_store
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    ctx = context_for(gui_store, "anna")
    AppLockService(gui_store, ctx.actor, ctx.today, hasher=FAST).set_secret(PIN)
    install_app_lock(window, ctx)
    lock = window.app_lock
    lock.screen.secret.setText(PIN)
    with qtbot.waitSignal(lock.screen.unlocked, timeout=15_000):
        lock.screen.submit()
    answers: list[int] = []
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "Vraag", "Iris Dekker verwijderen?")
        box.setParent(window, box.windowFlags())
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        QTimer.singleShot(50, window.act_lock.trigger)  # the lock comes while it is asked
        answers.append(box.exec())
        box.deleteLater()
        QApplication.processEvents()
        assert lock.screen.is_locked and not box.isVisible()
        assert answers[0] != QMessageBox.StandardButton.Yes

        lock.screen.secret.setText(PIN)
        with qtbot.waitSignal(lock.screen.unlocked, timeout=15_000):
            lock.screen.submit()
        assert not lock.screen.is_locked
        assert window.menuWidget().isVisible() and window.statusBar().isVisible()
        assert window.act_new.isEnabled() and "vergrendeld" not in window.windowTitle()
        assert lock.watcher.running
    finally:
        before_close(window)


def test_closing_a_locked_window_asks_nothing_and_keeps_the_typing_as_a_draft(
    qtbot, window, gui_store, answers
):
    ctx = context_for(gui_store, "anna")
    client_id = _iris(window)
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None)
    qtbot.keyClicks(file.form.phone, "0612345678")
    assert file.dirty
    AppLockService(gui_store, ctx.actor, ctx.today, hasher=FAST).set_secret(PIN)
    install_app_lock(window, ctx)
    window.act_lock.trigger()
    assert window.app_lock.screen.is_locked
    key = file.drafts.key
    answers.save = "discard"  # what a passer-by would choose, if they were asked

    window.close()
    qtbot.waitUntil(lambda: window._closed_for_good)  # drafts are kept on the writer

    assert window.ws.services.drafts.load(key).fields["phone"] == "0612345678"
    assert answers.confirmed == []
    assert window.ws.services.clients.get(client_id).phone is None  # not saved, not thrown away


def test_closing_leaves_no_stale_draft_of_a_saved_form(qtbot, window, gui_store):
    client_id = _iris(window)
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None)
    key = file.drafts.key
    # A draft write that was still queued when the form was saved lands afterwards:
    window.ws.services.drafts.save(key, {"phone": "0612345678"})
    assert not file.dirty

    window.close()
    qtbot.waitUntil(lambda: window._closed_for_good)  # drafts are settled on the writer

    assert window.ws.services.drafts.load(key) is None
