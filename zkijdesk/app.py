"""Composition root of the desktop app: window first, then store, user and pages.

Start-up is ordered for a fast first paint: Qt, the theme and the window frame are
built and shown before anything heavy is imported (SQLAlchemy alone costs about 150 ms
of imports, the models and keyring more; Alembic only when a store needs upgrading).
Then, on the task runner, the store is opened (the last one used, or the one on the
command line); the signed-in user is chosen; the pages are created and the client
list's first search runs. With no store yet, the welcome dialog creates one or opens
the demo.

After the first paint the start-up is almost all Python imports, which hold the GIL
whichever thread runs them, so what counts is how much work there is, not where it
runs. Two process-wide settings shrink it: PySide6's check of every imported module
is made cheap (``quicken_pyside_imports``), and the cyclic garbage collector waits
until the window is usable (``pause_gc``).

``ZKIJDESK_STARTUP_TRACE`` makes the app print ``zkijdesk-trace <event> <ns>`` lines
(``time.perf_counter_ns``) to stderr: ``paint`` (first frame), ``storage-imported``,
``store-open``, ``users-read``, ``signed-in``, ``attached`` and ``usable`` (the client
list answered its first search); set to ``exit`` it closes the window when usable
(``closing``) and marks ``closed`` when the window has gone. The start-up and scale
benchmarks (``benchmarks/bench_gui.py``, ``benchmarks/bench_scale.py``) read these.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from zkijdesk.storage.location import StoreLocation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

TRACE_ENV = "ZKIJDESK_STARTUP_TRACE"
MAX_PASSPHRASE_TRIES = 3


def quicken_pyside_imports() -> None:
    """Make the check PySide6 runs on every later import cheap; its answers stay the same.

    Once PySide6 is loaded it asks of each newly imported module whether its source
    mentions "PySide6" (for ``from __feature__ import ...``), through
    ``inspect.getsource``: linecache, tokenize and a decode per module, about a sixth of
    the start-up's import time (SQLAlchemy alone is ~150 modules). Reading the file's
    bytes answers the same question; anything but a plain ``.py`` file (a frozen
    module, a file gone) still goes to PySide6's own check.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "zkijdesk_quick", False):
        return

    # The module's global that PySide6's import hook calls (set as its own code would).
    vars(feature)["_mod_uses_pyside"] = _QuickPySideCheck(original)


class _QuickPySideCheck:
    """PySide6's question of a module, answered from its file's bytes where it has one."""

    zkijdesk_quick = True
    """Marks the check as this one, so a second ``quicken_pyside_imports`` keeps it."""

    def __init__(self, original: Callable[[ModuleType], bool]) -> None:
        self.original = original

    def __call__(self, module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return self.original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return self.original(module)


# The longest the cyclic garbage collector stays paused at start-up (see ``pause_gc``).
GC_PAUSE_LIMIT_MS = 3000


_gc_paused = False


def pause_gc() -> None:
    """Pause the cyclic garbage collector until the window is usable.

    Start-up allocates hundreds of thousands of objects (modules, classes, SQLAlchemy's
    mappers) and almost none of them is garbage, yet each allocation burst starts a
    collection that walks them all: about a tenth of the start-up's import time.
    Reference counting still frees everything else at once. ``resume_gc`` ends the
    pause when the window is usable, or after ``GC_PAUSE_LIMIT_MS`` at the latest (a
    dialog waiting for the user).
    """
    global _gc_paused
    if gc.isenabled():
        gc.disable()
        _gc_paused = True


def resume_gc() -> None:
    """End the pause ``pause_gc`` began (a collector someone else turned off stays off).

    What start-up allocated is frozen first (``gc.freeze``): later collections skip
    it, and whatever cycles it holds are never collected at all, so no Qt object made
    during start-up can be freed by a collection that happens to run on a worker thread.
    """
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    """The windowed app's entry: only the options the GUI needs, nothing heavy before paint."""
    import argparse

    from zkijdesk import config

    parser = argparse.ArgumentParser(prog="zkijdesk-gui")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--store", type=Path)
    where.add_argument("--database-url")
    parser.add_argument("--user")
    args, _unknown = parser.parse_known_args(argv)
    if args.database_url:
        from zkijdesk.storage.connect import with_tls_default

        location = StoreLocation(url=with_tls_default(args.database_url))
    else:
        location = StoreLocation(
            path=(args.store or config.default_store_path()).expanduser().absolute()
        )
    return run_gui(location, sys.argv[:1], user=args.user)


class StartupTrace:
    """Timestamps for the start-up benchmark; silent unless the environment asks."""

    def __init__(self, mode: str | None) -> None:
        self.mode = mode
        self.seen: set[str] = set()

    @classmethod
    def from_env(cls) -> StartupTrace:
        return cls(os.environ.get(TRACE_ENV) or None)

    def mark(self, event: str) -> None:
        if self.mode and event not in self.seen:
            self.seen.add(event)
            print(f"zkijdesk-trace {event} {time.perf_counter_ns()}", file=sys.stderr, flush=True)

    @property
    def exit_when_usable(self) -> bool:
        return self.mode == "exit"


# What the app keeps referenced as long as it runs: its translators, its start-up steps.
_kept_alive: list[object] = []

# Start anyway when no paint arrives (a window started minimised is never painted).
PAINT_FALLBACK_MS = 1500


def _after_first_paint(window, callback) -> None:
    """Call ``callback`` once the window's first frame has been painted and shown.

    Everything heavy waits for this, so nothing delays the first frame on screen.
    """
    from PySide6.QtCore import QEvent, QObject

    fired: list[bool] = []

    def once() -> None:
        if not fired:
            fired.append(True)
            callback()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # The paint event is being handled now; the frame is flushed when it ends.
                QTimer.singleShot(0, window, once)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(PAINT_FALLBACK_MS, window, once)


def _describe(location) -> str:
    """The store's name as the status bar and the settings file know it (after opening)."""
    return str(location.path) if location.path is not None else location.describe()


def _shown_name(location: StoreLocation) -> str:
    """The store as the status bar names it: a file by its path, a team database by its
    name and server (the URL, with its driver and login, told a coach nothing)."""
    server = location.server_database()
    if server is None:
        return _describe(location)
    host, database = server
    return (
        QCoreApplication.translate("Startup", "teamdatabase %1 op %2")
        .replace("%1", database)
        .replace("%2", host)
    )


def run_gui(
    location, argv: list[str], *, user: str | None = None, language: str | None = None
) -> int:
    trace = StartupTrace.from_env()
    pause_gc()
    quicken_pyside_imports()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from zkijdesk import config
    from zkijdesk.views import translations

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(argv)
    app.setApplicationName("zkijdesk")
    app.setOrganizationName("ZKIJ")
    settings = config.load_settings()
    _kept_alive.append(translations.install(app, language or settings.language))

    from zkijdesk.views import style
    from zkijdesk.views.main_window import MainWindow

    style.apply(app)
    style.follow_system(app)
    app_icon = Path(__file__).resolve().parent / "resources" / "icons" / "zkijdesk.png"
    if app_icon.exists():
        app.setWindowIcon(QIcon(str(app_icon)))
    window = MainWindow(location.describe_quickly())
    startup = Startup(window, location, settings, trace, user=user)
    _kept_alive.append(startup)

    def painted() -> None:
        trace.mark("paint")
        startup.begin()

    _after_first_paint(window, painted)
    QTimer.singleShot(GC_PAUSE_LIMIT_MS, resume_gc)
    window.show()
    try:
        return app.exec()
    finally:
        trace.mark("closed")
        resume_gc()
        from zkijdesk.views.privacy.integration import release_store

        release_store(startup)


def _preload_pages() -> None:
    """Import the pages on the UI thread while the worker opens the store.

    The store is opened in C (SQLCipher) with the GIL released, so these imports use
    time that would otherwise pass waiting; the window then attaches faster.
    """
    import zkijdesk.views.clients.page
    import zkijdesk.views.worklist  # noqa: F401


class Startup:
    """The steps after the first paint: choose and open a store, sign in, attach pages."""

    def __init__(self, window, location, settings, trace: StartupTrace, *, user=None) -> None:
        self.window = window
        self.location = location
        self.settings = settings
        self.trace = trace
        self.user = user
        self.tries = 0
        self.store = None
        self.password: str | None = None  # a team database's, kept in memory only
        self.dialog: QDialog | None = None  # the last welcome or sign-in dialog shown
        window.usable.connect(self._usable)

    # ------------------------------------------------------------------ which store
    def target(self):
        """The store to open, or None when there is none yet (first start)."""
        from zkijdesk import config

        location = self.location
        if location.url is not None:
            return location
        if Path(location.path) != config.default_store_path():
            return location
        last = self.settings.last_store
        if last and last.startswith("postgresql"):
            return StoreLocation(url=last)  # a team database: no password in it
        if last and Path(last).is_file():
            return StoreLocation(path=Path(last))
        if Path(location.path).is_file():
            return location
        return None

    def begin(self) -> None:
        target = self.target()
        if target is None:
            self.welcome()
            return
        self.location = target
        from zkijdesk.views.privacy.integration import claim_store

        if not claim_store(self, target):
            return
        self.window.set_store_status(
            QCoreApplication.translate("Startup", "Opslag: %1 (wordt geopend…)").replace(
                "%1", target.describe_quickly()
            )
        )
        self.open(None)

    # ------------------------------------------------------------------ first start
    def welcome(self) -> None:
        from zkijdesk import config
        from zkijdesk.views.welcome import WelcomeDialog

        self.window.show_loading(
            QCoreApplication.translate("Startup", "Welkom! Maak een opslag aan of open de demo.")
        )
        dialog = WelcomeDialog(
            self.window.runner, config.default_store_path(), config.demo_store_path(), self.window
        )
        dialog.accepted.connect(lambda: self._welcomed(dialog))
        dialog.rejected.connect(self.window.close)
        dialog.open()
        self.dialog = dialog

    def _welcomed(self, dialog) -> None:
        created = dialog.created
        self.location = created.store.location
        from zkijdesk.views.privacy.integration import claim_store

        if not claim_store(self, self.location):
            return
        self.settings.users[_describe(self.location)] = created.username
        self._opened((created.store, created.username))

    # ------------------------------------------------------------------ opening
    def open(self, key) -> None:
        location = self.location

        def work():
            from zkijdesk.storage.store import open_store

            self.trace.mark("storage-imported")
            if location.url is not None and self.password is None:
                from zkijdesk.storage.connect import remembered_password

                self.password = remembered_password(location.url)
            store = open_store(
                location, key=key or self._demo_key(location), password=self.password
            )
            self.trace.mark("store-open")
            try:
                from zkijdesk.services.users import list_users

                users = list_users(store)
                info = store.info()
                self.trace.mark("users-read")
                return store, users, info
            except BaseException:
                store.close()
                raise

        # Not cancellable: opening may upgrade an older store, which must run to its end.
        self.window.runner.run(
            work,
            on_done=self._opened_users,
            on_error=self._open_failed,
            label=QCoreApplication.translate("Startup", "Opslag openen"),
        )
        QTimer.singleShot(0, _preload_pages)

    def _demo_key(self, location):
        from zkijdesk import config
        from zkijdesk.services.store_setup import demo_key

        return demo_key(location, config.demo_store_path())

    def _open_failed(self, exc: BaseException) -> None:
        from zkijdesk.domain.errors import KeyUnavailableError, WrongKeyError
        from zkijdesk.storage.errors import PasswordNeededError, WrongPasswordError
        from zkijdesk.views import feedback

        if isinstance(exc, PasswordNeededError | WrongPasswordError) and self.tries < 3:
            self.tries += 1
            if self.ask_password(isinstance(exc, WrongPasswordError)):
                return

        wrong_key = isinstance(exc, WrongKeyError)
        if isinstance(exc, KeyUnavailableError) or (
            wrong_key and 0 < self.tries < MAX_PASSPHRASE_TRIES
        ):
            self.tries += 1
            if self.ask_passphrase(wrong_key):
                return
        self.window.set_store_status(feedback.message(exc))
        self.window.show_loading(feedback.message(exc))

    def ask_passphrase(self, again: bool) -> bool:
        from zkijdesk.storage import keys

        question = (
            QCoreApplication.translate(
                "Startup", "De wachtwoordzin klopt niet. Probeer het opnieuw:"
            )
            if again
            else QCoreApplication.translate("Startup", "Wachtwoordzin van de opslag:")
        )
        text = self._ask_secret(QCoreApplication.translate("Startup", "Opslag openen"), question)
        if not text:
            return False
        self.open(keys.StoreKey(keys.KeyKind.PASSPHRASE, text, "ingetypte wachtwoordzin"))
        return True

    def _ask_secret(self, title: str, question: str) -> str:
        """A passphrase or password typed into a masked field; empty when cancelled."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(self.window, title, question, QLineEdit.EchoMode.Password)
        return text if ok else ""

    def ask_password(self, again: bool) -> bool:
        """A team database's password, asked in the window; kept in memory only."""
        from zkijdesk.storage.connect import login_of

        question = (
            QCoreApplication.translate("Startup", "Het wachtwoord klopt niet. Wachtwoord van %1:")
            if again
            else QCoreApplication.translate("Startup", "Wachtwoord van %1 voor de teamdatabase:")
        ).replace("%1", login_of(self.location.url))
        text = self._ask_secret(
            QCoreApplication.translate("Startup", "Aanmelden bij de teamdatabase"), question
        )
        if not text:
            return False
        self.password = text
        self.open(None)
        return True

    # ------------------------------------------------------------------ signing in
    def _opened_users(self, result) -> None:
        import getpass

        from zkijdesk.views.signin import SignInDialog, pick_user

        store, users, info = result
        self.store = store
        self.location = store.location
        self.users, self.info = users, info
        if store.team is not None:
            # Identity is the database login, never a pick from a list or a --user claim.
            from zkijdesk.domain.errors import ZkijdeskError
            from zkijdesk.storage.team import refuse_claimed_user
            from zkijdesk.views import feedback

            try:
                refuse_claimed_user(self.user)
            except ZkijdeskError as exc:
                store.close()
                self.store = None
                self.window.show_loading(feedback.message(exc))
                return
            self._opened((store, store.team.login))
            return
        try:
            login = getpass.getuser()
        except (KeyError, OSError):
            login = None
        remembered = self.user or self.settings.user_for(_describe(self.location))
        if self.user:
            login = self.user
        username = pick_user(users, login, remembered)
        if username is not None:
            self._opened((store, username))
            return
        dialog = SignInDialog(users, remembered, self.window)
        dialog.accepted.connect(lambda: self._opened((store, dialog.username)))
        dialog.rejected.connect(self.window.close)
        dialog.open()
        self.dialog = dialog

    def _opened(self, result) -> None:
        from zkijdesk import config
        from zkijdesk.domain.errors import ZkijdeskError
        from zkijdesk.services.base import Actor
        from zkijdesk.services.container import Services
        from zkijdesk.services.users import actor_for, actor_for_login
        from zkijdesk.views import feedback

        store, username = result
        self.store = store
        user = next((u for u in getattr(self, "users", ()) if u.username == username), None)
        try:
            if user is not None and user.active:
                actor = Actor(user.id, user.role, user.display_name, team=store.team is not None)
                info = self.info
            elif store.team is not None:
                actor = actor_for_login(store)
                info = store.info()
            else:
                actor = actor_for(store, username)
                info = store.info()
        except ZkijdeskError as exc:
            self.window.show_loading(feedback.message(exc))
            return
        if store.team is not None and store.local_drafts is None:
            from zkijdesk.storage.local_drafts import LocalDraftBox

            store.local_drafts = LocalDraftBox.open(
                config.data_dir() / "teamconcepten", self.location.describe()
            )
        services = Services(store, actor)
        name = _describe(self.location)
        is_demo = bool(info is not None and info.is_demo)
        self.trace.mark("signed-in")
        self.window.attach(services, store, store_name=_shown_name(self.location), is_demo=is_demo)
        self.trace.mark("attached")
        if self.location.path is not None:
            self.settings.last_store = str(self.location.path)
        elif store.team is not None:
            self.settings.last_store = self.location.url
        self.settings.users[name] = username
        config.save_settings(self.settings)
        self.after_sign_in(services)

    def after_sign_in(self, services) -> None:
        """Daily backup, the app lock (asks its PIN here) and the privacy pages."""
        from zkijdesk.views.privacy.integration import after_sign_in

        after_sign_in(self.window, services)

    def _usable(self) -> None:
        self.trace.mark("usable")
        resume_gc()
        if self.trace.exit_when_usable:
            shot = os.environ.get("ZKIJDESK_SMOKE_SCREENSHOT")
            if shot:  # the frozen smoke test looks at the window it started
                self.window.grab().save(shot)
            self.trace.mark("closing")
            QTimer.singleShot(0, self.window, self.window.close)
            return
        ws = self.window.ws
        if ws is not None:
            self.window.runner.run(ws.services.bin.purge_expired, on_error=lambda _e: None)


if __name__ == "__main__":
    sys.exit(main())
