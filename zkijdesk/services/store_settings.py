"""The settings page's one way to a simple setting's value, through its owner.

A setting that has a service of its own (the idle time: ``AppLockService``, the backup
folder: ``BackupService``) is read and changed through that service, which checks who
may change it, checks the value and writes the audit entry. A simple setting declared
in ``services/settings.py`` without such a service is kept here the same way: only an
admin changes it, ``Setting.check`` refuses a wrong value in one Dutch sentence, and
the change is audited with the setting's key. So a new simple setting needs only its
declaration to appear on the page and be saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from zkijdesk.domain.enums import Role
from zkijdesk.services import settings
from zkijdesk.services.actor import Actor
from zkijdesk.services.base import Service
from zkijdesk.services.settings import Setting

if TYPE_CHECKING:
    from zkijdesk.services.container import Services
    from zkijdesk.storage.store import Store


class Owner(NamedTuple):
    """How the service that owns a setting reads it and changes it."""

    read: Callable[[], Any]
    change: Callable[[Any], Any]


def owners(services: Services) -> dict[str, Owner]:
    """The simple settings with a service of their own (made only when called)."""

    def backup_folder() -> str | None:
        # What the page shows: the folder backups go to, also before one was chosen.
        # A team database's backups are IT's; it has no folder here.
        if not services.store.is_sqlite:
            return None
        return str(services.backups.effective_folder())

    return {
        settings.IDLE_MINUTES.key: Owner(
            lambda: services.app_lock.idle_minutes(),
            lambda value: services.app_lock.set_idle_minutes(value),
        ),
        settings.BACKUP_FOLDER.key: Owner(
            backup_folder, lambda value: services.backups.set_folder(value)
        ),
    }


class StoreSettingsService(Service):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        today: Callable[[], date] = date.today,
        owned: Mapping[str, Owner] | None = None,
    ) -> None:
        super().__init__(store, actor, today)
        self._owned = dict(owned or {})

    def value(self, setting: Setting[Any]) -> Any:
        """The value the page shows: its owner's reading, else the stored value."""
        owner = self._owned.get(setting.key)
        if owner is not None:
            return owner.read()
        with self.store.read_session() as s:
            return setting.read(s)

    def change(self, setting: Setting[Any], value: object) -> Any:
        """Change a simple setting through its owner, or (admin only) here; returns the
        value as stored."""
        owner = self._owned.get(setting.key)
        if owner is not None:
            return owner.change(value)
        self.require_role(Role.ADMIN, what="instellingen wijzigt")
        clean = setting.check(value)
        with self.store.session() as s:
            setting.write(s, clean, self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=setting.key)
        return clean
