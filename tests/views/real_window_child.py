"""Child process of test_real_window: one user's session in a real (xcb) window.

The ghosting page and clipping only show in a real window (offscreen grabs paint each
widget alone), so this runs under an X server (Xvfb in CI) with
``QT_QPA_PLATFORM=xcb``, apart from the offscreen test session. It drives the window
as a user does, and after every step records which pages of the stack are visible,
what on the shown page is cut off, and a screenshot of the real window. Qt's own
messages (``QPainter::begin`` and the like) are collected. At the end it closes the
window as the user would and records what the window said while it closed.

Prints one JSON line. Arguments: store path, user name, window size ("1280x720"),
journey ("ghost" or "pages"), screenshot folder and prefix; the store's key comes in
``ZKIJDESK_TEST_STORE_KEY``, the day in ``ZKIJDESK_TEST_TODAY``; ``ZKIJDESK_TEST_DARK=1``
for the dark style.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path


def describe(widget) -> str:
    text = ""
    for getter in ("accessibleName", "text", "title"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value() or text
            except TypeError:
                continue
        if text:
            break
    name = widget.objectName()
    return type(widget).__name__ + (f"#{name}" if name else "") + (f" '{text}'" if text else "")


def clipping(root) -> list[str]:
    """What on ``root`` is cut off: squeezed below its layout's minimum, or scrolled
    content larger than its viewport without a scroll bar to reach the rest."""
    from PySide6.QtWidgets import QScrollArea, QWidget

    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.isWindow():
            continue
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner, port = widget.widget(), widget.viewport()
            if inner.width() > port.width() + 1 and not widget.horizontalScrollBar().isVisible():
                problems.append(f"{describe(inner)} wider than its view, no scroll bar")
            if inner.height() > port.height() + 1 and not widget.verticalScrollBar().isVisible():
                problems.append(f"{describe(inner)} taller than its view, no scroll bar")
        layout = widget.layout()
        if layout is None:
            continue
        need = layout.totalMinimumSize()
        if widget.width() + 1 < need.width() or widget.height() + 1 < need.height():
            problems.append(
                f"{describe(widget)} in {describe(widget.parentWidget())} is "
                f"{widget.width()}x{widget.height()}, "
                f"needs {need.width()}x{need.height()}"
            )
    return problems


def sideways(page) -> bool:
    """Whether the page scrolls sideways, in the frame around it or in a scroll area of
    its own (the worklist has one: a long task title once pushed it sideways while
    this looked only outside the page)."""
    from PySide6.QtWidgets import QScrollArea

    frame = page.parentWidget()
    while frame is not None and not isinstance(frame, QScrollArea):
        frame = frame.parentWidget()
    areas = [frame] if frame is not None else []
    areas += [a for a in page.findChildren(QScrollArea) if a.isVisible() and a.width() > 400]
    return any(area.horizontalScrollBar().isVisible() for area in areas)


def main() -> int:
    store_path, username, size, journey, shots, prefix = sys.argv[1:7]
    width, height = (int(x) for x in size.split("x"))
    from PySide6.QtCore import QEvent, Qt, QtMsgType, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    messages: list[str] = []

    def collect(kind, _context, text) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            messages.append(text)

    qInstallMessageHandler(collect)
    app = QApplication(sys.argv[:1])
    from zkijdesk.services.client_list import ClientListQuery
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.closing_backup import due_note
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store
    from zkijdesk.views import style, translations
    from zkijdesk.views.main_window import MainWindow
    from zkijdesk.views.privacy.integration import after_sign_in

    translations.install(app, os.environ.get("ZKIJDESK_TEST_LANGUAGE", "nl"))
    style.apply(app, dark=os.environ.get("ZKIJDESK_TEST_DARK") == "1")
    key = StoreKey(KeyKind.RAW, os.environ["ZKIJDESK_TEST_STORE_KEY"], "test")
    store = open_store(StoreLocation(path=Path(store_path)), key=key)
    today = date.fromisoformat(os.environ["ZKIJDESK_TEST_TODAY"])
    ctx = Services(store, actor_for(store, username), lambda: today)
    window = MainWindow(store_path)
    window.resize(width, height)
    window.move(window.screen().availableGeometry().topLeft())
    window.show()
    QTest.qWaitForWindowExposed(window)
    usable: list[bool] = []
    window.usable.connect(lambda: usable.append(True))
    window.attach(ctx, store, store_name=Path(store_path).name, is_demo=True)

    def wait_for(condition, timeout_ms: int = 20_000) -> bool:
        waited = 0
        while not condition():
            if waited >= timeout_ms:
                return False
            QTest.qWait(25)
            waited += 25
        return True

    wait_for(lambda: usable and window._ref_loaded)
    after_sign_in(window, ctx)
    steps: list[dict] = []
    folder = Path(shots)
    folder.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        """Let the page finish what it shows: its data in, its layouts done, painted."""
        page = window.current_page()
        wait_for(lambda: not getattr(page, "loading", False) and getattr(page, "data", 1))
        # Trends counts its 24 months and Rapportage its preview in the background (the
        # status bar lists such work): the shot is of the charts and figures, not of the
        # page waiting for them.
        wait_for(lambda: not window.runner.visible_work(), 120_000)
        for _ in range(3):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QApplication.processEvents()
        QTest.qWait(150)  # let the window paint, as a user would see it

    def check(step: str, shoot: bool = False) -> None:
        settle()
        current = window.current_page()
        record = {
            "step": step,
            "current": current.objectName(),
            "visible": [
                window.stack.widget(i).objectName()
                for i in range(window.stack.count())
                if window.stack.widget(i).isVisible()
            ],
            "clipped": clipping(current),
            "sideways": sideways(current),
        }
        if shoot:
            name = f"{prefix}_{len(steps):02d}_{step.replace(' ', '_')}.png"
            pixmap = window.screen().grabWindow(window.winId())
            pixmap.save(str(folder / name))
            record["screenshot"] = name
        steps.append(record)

    def key(code, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
        # A shortcut reaches only the active window (after a dialog, the window manager
        # gives the activation back; wait for it as a user would).
        if not window.isActiveWindow():
            window.activateWindow()
            QTest.qWaitForWindowActive(window)
        QTest.keyClick(window, code, modifier)

    check("start", shoot=True)
    if journey == "ghost":
        first = window.ws.services.client_list.search(ClientListQuery()).ids[:2]
        for round_ in range(2):
            key(Qt.Key.Key_F)
            check(f"ctrl-f {round_}")
            window.events.open_client.emit(first[round_])
            file = window.files[first[round_]]
            wait_for(lambda f=file: f.data is not None)
            check(f"open file {round_}")
            for tab in range(file.tabs.count()):
                file.tabs.setCurrentIndex(tab)
                check(f"tab {tab} round {round_}")
            key(Qt.Key.Key_N)
            check(f"ctrl-n {round_}")
            window.show_page("settings")
            check(f"settings {round_}")
            window.show_bin()
            wait_for(lambda: window.bin_dialog is not None and window.bin_dialog.isVisible())
            check(f"bin {round_}")
            window.bin_dialog.reject()
            window.activateWindow()  # as a window manager does when a dialog goes
            for number, code in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4), start=1):
                key(code)
                check(f"ctrl-{number} {round_}")
            window.files_nav.setCurrentRow(0)
            check(f"open files list {round_}")
            key(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
            check(f"escape {round_}")
    else:
        for row in range(window.nav.count()):
            page_key = window.nav.item(row).data(Qt.ItemDataRole.UserRole)
            window.nav.setCurrentRow(row)
            wait_for(lambda: not getattr(window.current_page(), "loading", False))
            check(f"page {page_key}", shoot=True)
        for client_id in window.ws.services.client_list.search(ClientListQuery()).ids[:1]:
            window.events.open_client.emit(client_id)
            file = window.files[client_id]
            wait_for(lambda f=file: f.data is not None)
            for tab in range(file.tabs.count()):
                file.tabs.setCurrentIndex(tab)
                check(f"file tab {tab}", shoot=True)
        if window.act_new.isEnabled():  # an admin registers no clients
            key(Qt.Key.Key_N)
            on_intake = lambda: window.current_page().objectName() == "intakePage"  # noqa: E731
            if not wait_for(on_intake, 10_000):
                # Under a loaded X server the window can miss its activation and with it
                # the key; a second press is what a user would do. Twice missed fails.
                key(Qt.Key.Key_N)
            if not wait_for(on_intake):
                raise AssertionError(f"Ctrl+N opened no intake page: {window.current_page()}")
            check("new client", shoot=True)
            window.current_page().cancel()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    shown_size = [window.width(), window.height()]
    notes: list[str] = []
    window.statusBar().messageChanged.connect(notes.append)
    asked = time.perf_counter()
    window.close()
    if window.progress.isVisible():
        notes.append(window.progress.label.text())
    closed = wait_for(lambda: not window.isVisible(), 60_000)
    closing_ms = (time.perf_counter() - asked) * 1000
    print(
        json.dumps(
            {
                "steps": steps,
                "messages": messages,
                "closed": closed,
                "closing_notes": [n for n in notes if n],
                "backup_due": due_note(Path(store_path)).exists(),
                "closing_ms": round(closing_ms),
                "minimum": [minimum.width(), minimum.height()],
                "size": shown_size,
            }
        ),
        flush=True,
    )
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
