"""How the privacy and durability duties hook into the app's start, sign-in and close.

Kept in one module so ``app.py`` and the main window each call one function at the
right moment: claiming the store (one app per store, no network shares), what follows
signing in (daily backup, app lock, the settings and audit pages), and the backup at
closing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StoreError, ZkijdeskError
from zkijdesk.views import feedback

if TYPE_CHECKING:
    from zkijdesk.services.container import Services

HOUR_MS = 3_600_000


def claim_store(startup, location) -> bool:
    """One app per store: bring a running one to the front, or take the store's lock.

    Returns False when this start must not go on (another app has the store, or the
    store sits on a network share); the window then says why.
    """
    if getattr(location, "path", None) is None:
        return True
    from zkijdesk.services.store_setup import claim_instance, instance_key
    from zkijdesk.views.privacy.single_instance import SingleInstance, bring_to_front

    key = instance_key(location)
    single = SingleInstance(key, startup.window)
    if single.notify_running():
        startup.window.show_loading(
            QCoreApplication.translate(
                "PrivacyIntegration",
                "zkijdesk is al geopend met deze opslag; dat venster staat nu voor.",
            )
        )
        QTimer.singleShot(1500, QApplication.quit)
        return False
    try:
        startup.instance_lock = claim_instance(Path(location.path))
    except StoreError as exc:
        startup.window.show_loading(feedback.message(exc))
        return False
    single.listen()
    single.activation_requested.connect(lambda: bring_to_front(startup.window))
    startup.single = single
    return True


def release_store(startup) -> None:
    lock = getattr(startup, "instance_lock", None)
    if lock is not None:
        lock.release()
        startup.instance_lock = None


def install_app_lock(window, services: Services) -> None:
    """The app lock: asked now when the user set a PIN, and after the idle time.

    A "Vergrendelen" action (Ctrl+L) in the File menu locks at once. The idle watcher
    filters every input event of the application, so ``before_close`` takes it out
    before the window goes.
    """
    from PySide6.QtGui import QKeySequence

    from zkijdesk.views.privacy.lock import AppLock

    service = services.app_lock
    app_lock = AppLock(
        window,
        service.unlock,
        service.is_set,
        service.idle_minutes(),
        services.actor.display_name,
        window.runner,
    )
    window.app_lock = app_lock

    def lock_now() -> None:
        if not app_lock.lock_now():
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "PrivacyIntegration",
                    "Stel eerst een pincode in bij Instellingen om te kunnen vergrendelen.",
                ),
                10000,
            )

    action = window.add_action(
        window.file_menu,
        QCoreApplication.translate("PrivacyIntegration", "Vergrendelen"),
        lock_now,
        QKeySequence("Ctrl+L"),
        "lock",
    )
    window.file_menu.removeAction(action)  # above "Afsluiten", not below it
    window.file_menu.insertAction(window.act_quit, action)
    window.act_lock = action
    app_lock.start()


def after_sign_in(window, services: Services) -> None:
    """Daily backup, the app lock and the privacy pages, once a user is signed in."""
    from zkijdesk.views.privacy.audit_page import AuditPage
    from zkijdesk.views.privacy.settings_page import SettingsPage

    window.add_page(
        "settings",
        QCoreApplication.translate("PrivacyIntegration", "Instellingen"),
        "lock",
        SettingsPage(window.ws, window),
    )
    if services.actor.role is Role.TEAMLEAD:
        # A team lead's day starts with the team, not with an own caseload of zeros.
        from zkijdesk.views.team.page import TeamPage

        window.add_page(
            "team",
            QCoreApplication.translate("PrivacyIntegration", "Team"),
            "users",
            TeamPage(window.ws, window),
        )
        window.show_page("team")
    if services.actor.role in (Role.TEAMLEAD, Role.ADMIN):
        from zkijdesk.views.trends.page import TrendsPage

        window.add_page(
            "trends",
            QCoreApplication.translate("PrivacyIntegration", "Trends"),
            "chart",
            TrendsPage(window.ws, window),
        )
    if services.actor.role is Role.ADMIN:
        window.add_page(
            "audit",
            QCoreApplication.translate("PrivacyIntegration", "Auditlog"),
            "file",
            AuditPage(window.ws, window),
        )

    if services.store.is_sqlite:
        backups = services.backups
        window.backups = backups

        def backup_if_due() -> None:
            # Closing stops it rather than wait: the backup at closing makes a whole one.
            unmade = backups.unmade_closing_backup()
            window.runner.run(
                lambda progress, token: backups.backup_if_due(stop=lambda: token.cancelled),
                label=QCoreApplication.translate("PrivacyIntegration", "Reservekopie maken"),
                on_done=lambda made: _say_unmade_made(window, unmade, made),
                on_error=lambda exc: window.statusBar().showMessage(feedback.message(exc), 15000),
                serial=True,
                cancellable=True,
                with_progress=True,
            )

        backup_if_due()
        window.backup_timer = QTimer(window)
        window.backup_timer.setInterval(HOUR_MS)
        window.backup_timer.timeout.connect(backup_if_due)
        window.backup_timer.start()

    install_app_lock(window, services)  # last: a user with a PIN starts behind the lock


def stop_watching(window) -> None:
    """Take out the idle watcher and the hourly backup before the window goes.

    The watcher filters every event of the application; it must go before the window
    does, or Qt would call into a deleted object.
    """
    app_lock = getattr(window, "app_lock", None)
    if app_lock is not None:
        app_lock.watcher.stop()
        app_lock.watcher.uninstall()
    timer = getattr(window, "backup_timer", None)
    if timer is not None:
        timer.stop()


def _say_unmade_made(window, unmade, made) -> None:
    """Say that the backup the last closing left undone has been made now."""
    if unmade is None or made is None:
        return
    from zkijdesk.views.fmt import moment

    window.statusBar().showMessage(
        QCoreApplication.translate(
            "PrivacyIntegration",
            "De reservekopie van het afsluiten op {when} is nu alsnog gemaakt.",
        ).format(when=moment(unmade)),
        15000,
    )


def hand_off_closing_backup(window) -> None:
    """The backup at closing (docs/durability.md), handed off: the window closes.

    A verified backup takes most of a minute on a store ten times the region's size,
    and nobody closing the app asked for one. So the window notes that it is due and,
    once the app has quit (the store closed), starts the helper that makes it
    (``storage/closing_backup.py``); what the helper cannot make, the next start makes.
    """
    backups = getattr(window, "backups", None)
    if backups is None or window.store is None:
        return
    try:
        start_helper = backups.hand_off_closing_backup()
    except (OSError, ZkijdeskError):
        return  # no note (a full disk, say): the next start's daily backup remains
    if start_helper is not None:
        app = QCoreApplication.instance()
        assert app is not None, "the application runs while its window closes"
        app.aboutToQuit.connect(start_helper)


def closing_backup_work(window) -> Callable[[], object] | None:
    """The closing backup as work to wait for (tests tidy up with it)."""
    backups = getattr(window, "backups", None)
    if backups is None or window.store is None:
        return None
    return backups.closing_backup


def before_close(window) -> None:
    """Stop watching, then make the closing backup on the writer and wait for it
    (tests tidy up with it; the window's own closing does not wait like this)."""
    stop_watching(window)
    work = closing_backup_work(window)
    if work is None:
        return
    errors: list[BaseException] = []
    window.runner.run(work, serial=True, on_error=errors.append)
    window.runner.wait(-1)
    QCoreApplication.sendPostedEvents()
    for exc in errors:
        if not isinstance(exc, ZkijdeskError):
            raise exc
        feedback.show_error(window, exc)
