"""The lock screen and the idle watcher: personal data off the screen when the coach is away.

``LockScreen.lock(window)`` takes the window's central widget out and shows itself in
its place; dock widgets, tool bars, the menu and status bars and every other open window
are hidden too (a question asked with exec() is cancelled), the window's shortcuts are off,
and the title becomes neutral. Nothing of the hidden widgets is painted, grabbed or
offered to a screen reader while locked: they are not covered, they are gone from the
screen. ``unlock`` (after the right PIN) puts everything back
as it was, so unsaved input in a form survives the lock.

The PIN is checked by a callable the window passes in (``AppLockService.unlock``),
which raises a ``ZkijdeskError`` with the sentence to show. Argon2id takes about a
second on purpose, so the check runs on the task runner, off the UI thread.

``IdleWatcher`` watches the application's input events and fires ``idle`` after the
configured minutes without a key press, click, wheel or mouse movement.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeGuard

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain import fields
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.i18n import translate_label, translate_message
from zkijdesk.views.tasks import TaskRunner

UnlockCheck = Callable[[str], None]
"""Raises a ZkijdeskError (wrong secret, wait) or returns when the secret is right."""

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once the application saw no user input for ``minutes``."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may move its deadline by 5% (30 s of 10 min) when restarted.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, msecs: int) -> None:
        self._timer.setInterval(msecs)
        if self._timer.isActive():
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """While the screen is locked there is nothing to time."""
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart: the user is here
        return False

    def uninstall(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Stands in for the window's content while locked and asks for the PIN."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        check: UnlockCheck,
        user_name: str = "",
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._runner = runner or TaskRunner(self)
        self._window: QMainWindow | None = None
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction | QShortcut] = []
        self._title = ""
        self.setObjectName("lockScreen")
        self.setAccessibleName(self.tr("Vergrendeld scherm"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(420)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        title = QLabel(self.tr("zkijdesk is vergrendeld"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr("Voer uw pincode of wachtwoord in om verder te werken.")
            if not user_name
            else self.tr("%1, voer uw pincode of wachtwoord in om verder te werken.").replace(
                "%1", user_name
            )
        )
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setObjectName("lockSecret")
        self.secret.setAccessibleName(translate_label(fields.SECRET))
        self.secret.setPlaceholderText(translate_label(fields.SECRET))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("Ontgrendelen"))
        self.button.setObjectName("lockUnlockButton")
        self.button.setProperty("primary", True)
        self.button.setAccessibleName(self.tr("Ontgrendelen"))
        self.button.clicked.connect(self.submit)
        self.message = QLabel("")
        self.message.setObjectName("fieldError")
        self.message.setAccessibleName(self.tr("Melding"))
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.button)
        inner.addWidget(title)
        inner.addWidget(intro)
        hint = QLabel(
            self.tr(
                "Pincode vergeten? De beheerder kan de vergrendeling opheffen, of gebruik de "
                "herstelsleutel van deze opslag (zie de handleiding)."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 2)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    @property
    def is_locked(self) -> bool:
        return self._window is not None

    def lock(self, window: QMainWindow) -> None:
        """Take everything personal off the screen and show the PIN prompt instead."""
        if self._window is not None:
            return
        self._window = window
        self._title = window.windowTitle()
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible():
                continue
            if _runs_its_own_loop(widget):
                # A question asked with exec() (application modal) is answered "cancel":
                # hiding it would end its loop anyway, and its box is gone afterwards.
                widget.reject()
                continue
            widget.hide()
            self._hidden.append(widget)
        for child in window.findChildren(QWidget):
            if child.parent() is window and child.isVisible() and _is_window_bar(child):
                child.hide()
                self._hidden.append(child)
        menu_bar = window.menuWidget()
        if menu_bar is not None and menu_bar.isVisible():
            menu_bar.hide()
            self._hidden.append(menu_bar)
        # Shortcuts reach actions even with their menus hidden (Ctrl+N, the bin): off.
        self._disabled = [a for a in window.actions() if a.isEnabled()]
        self._disabled += [s for s in window.findChildren(QShortcut) if s.isEnabled()]
        for item in self._disabled:
            item.setEnabled(False)
        self._content = window.takeCentralWidget()
        if self._content is not None:
            self._content.hide()
            self._content.setParent(window)  # kept alive, not shown
        window.setCentralWidget(self)
        window.setWindowTitle(self.tr("zkijdesk — vergrendeld"))
        self.secret.clear()
        self.message.hide()
        self.button.setEnabled(True)
        self.secret.setEnabled(True)
        self.show()
        self.secret.setFocus()
        self.locked.emit()

    def submit(self) -> None:
        if self._window is None or not self.button.isEnabled():
            return
        secret = self.secret.text()
        self.button.setEnabled(False)
        self.secret.setEnabled(False)
        check = self._check  # the work captures no widget
        self._runner.run(lambda: check(secret), on_done=self._accepted, on_error=self._refused)

    def _accepted(self, _result=None) -> None:
        self.secret.clear()
        self._restore()

    def _refused(self, exc: BaseException) -> None:
        text: str
        if isinstance(exc, ZkijdeskError):
            text = translate_message(exc.text)
        else:  # a bug: say so, and keep the screen locked
            text = self.tr(
                "Ontgrendelen is mislukt door een onverwachte fout; probeer het opnieuw."
            )
        self.message.setText(text)
        self.message.show()
        self.button.setEnabled(True)
        self.secret.setEnabled(True)
        self.secret.selectAll()
        self.secret.setFocus()

    def _restore(self) -> None:
        window = self._window
        if window is None:
            return
        try:
            window.takeCentralWidget()  # this lock screen; the window must not delete it
            # Kept as the window's hidden child, never parentless: a parentless widget is
            # freed by Python's garbage collector, which may run on a worker thread.
            self.hide()
            self.setParent(window)
            if self._content is not None:
                window.setCentralWidget(self._content)
                self._content.show()
            # A window closed while locked (a task finished and closed its dialog) is
            # gone: skip it rather than stop halfway with the window half unlocked.
            for widget in self._hidden:
                if shiboken6.isValid(widget):
                    widget.show()
            for item in self._disabled:
                if shiboken6.isValid(item):
                    item.setEnabled(True)
            window.setWindowTitle(self._title)
        finally:
            self._window, self._content, self._hidden, self._disabled = None, None, [], []
        self.unlocked.emit()


class AppLock(QObject):
    """The lock wired to one main window: asked at start, and after the idle time.

    Only a user who has set a PIN or password is locked; for the others the idle timer
    keeps running so that a PIN set later takes effect without a restart. ``lock_now``
    is for a "Vergrendelen" menu action (Ctrl+L).
    """

    def __init__(
        self,
        window: QMainWindow,
        check: UnlockCheck,
        is_set: Callable[[], bool],
        idle_minutes: int,
        user_name: str = "",
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._is_set = is_set
        self.screen = LockScreen(check, user_name, runner, parent=window)
        self.screen.hide()
        self.watcher = IdleWatcher(idle_minutes, self)
        self.watcher.idle.connect(self._idle)
        self.screen.locked.connect(self.watcher.stop)
        self.screen.unlocked.connect(self.watcher.start)
        self.destroyed.connect(self.watcher.uninstall)

    def start(self) -> None:
        """At sign-in: lock at once when the user has a PIN, else start the idle timer."""
        if self._is_set():
            self.screen.lock(self.window)
        else:
            self.watcher.start()

    def lock_now(self) -> bool:
        if self._is_set():
            self.screen.lock(self.window)
            return True
        return False

    def _idle(self) -> None:
        if not self.lock_now():
            self.watcher.start()


def _runs_its_own_loop(widget: QWidget) -> TypeGuard[QDialog]:
    """A dialog shown with exec(): application modal. Forms opened with open() or show()
    are window modal or not modal; they are hidden and come back with their input."""
    return (
        isinstance(widget, QDialog)
        and widget.windowModality() == Qt.WindowModality.ApplicationModal
    )


def _is_window_bar(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QDockWidget, QStatusBar, QToolBar

    return isinstance(widget, QDockWidget | QToolBar | QStatusBar)
