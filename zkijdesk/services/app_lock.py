"""The app lock: an optional PIN or password that hides the screen when a coach steps away.

It is a screen lock, not encryption: the store stays open underneath, so the lock costs
nothing when it opens. It guards against the colleague or visitor who walks past an
unattended workstation, which is the everyday risk in an office where files of
vulnerable people are on screen.

The secret is hashed with Argon2id (``argon2-cffi``'s default) in
``app_user.lock_secret_hash``. Wrong attempts are throttled with a growing delay kept
in memory per store and user: the first few are free (typos), then each wait doubles
up to five minutes. Restarting the app resets the delay, which is acceptable because
the lock is asked again at start and a restart is slow and visible.

The idle time after which the window locks is a store-wide setting the admin chooses
(``lock.idle_minutes``, default 10).
"""

from __future__ import annotations

import time
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select, text

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StateError, ValidationError
from zkijdesk.domain.fields import Label
from zkijdesk.domain.text import t
from zkijdesk.services import audit, settings
from zkijdesk.services.actor import Actor
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.storage.store import Store

MIN_LENGTH = 6
MAX_LENGTH = 128
IDLE_DEFAULT = settings.IDLE_MINUTES.default
IDLE_MIN, IDLE_MAX = settings.IDLE_MIN, settings.IDLE_MAX
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300.0

_hasher = PasswordHasher()  # Argon2id, RFC 9106 low-memory profile


class LockThrottledError(StateError):
    """Too many wrong attempts: wait ``wait_seconds`` before trying again."""

    def __init__(self, wait_seconds: float) -> None:
        seconds = max(1, round(wait_seconds))
        super().__init__(
            t("Te veel onjuiste pogingen; probeer het over {n} seconden opnieuw.", n=seconds)
        )
        self.wait_seconds = wait_seconds


@dataclass
class Throttle:
    """Failures per user and when the next attempt may be made (monotonic seconds)."""

    clock: Callable[[], float] = time.monotonic
    failures: dict[int, int] = field(default_factory=dict)
    not_before: dict[int, float] = field(default_factory=dict)

    @staticmethod
    def delay_after(failures: int) -> float:
        """No wait for the first few typos, then 1, 2, 4, ... seconds, at most 5 minutes."""
        if failures < FREE_ATTEMPTS:
            return 0.0
        return min(MAX_DELAY_SECONDS, 2.0 ** (failures - FREE_ATTEMPTS))

    def check(self, user_id: int) -> None:
        wait = self.not_before.get(user_id, 0.0) - self.clock()
        if wait > 0:
            raise LockThrottledError(wait)

    def failed(self, user_id: int) -> None:
        count = self.failures.get(user_id, 0) + 1
        self.failures[user_id] = count
        self.not_before[user_id] = self.clock() + self.delay_after(count)

    def succeeded(self, user_id: int) -> None:
        self.failures.pop(user_id, None)
        self.not_before.pop(user_id, None)


_throttles: dict[int, Throttle] = {}


def throttle_for(store: Store) -> Throttle:
    """One throttle per open store, so a new service object does not forget failures.

    Keyed by the store object's identity and dropped when the store is collected
    (``Store`` is a mutable dataclass and so cannot key a weak dictionary itself).
    """
    key = id(store)
    found = _throttles.get(key)
    if found is None:
        found = _throttles[key] = Throttle()
        weakref.finalize(store, _throttles.pop, key, None)
    return found


def check_secret(secret: str | None, label: Label = fields.SECRET) -> str:
    """A PIN or password as it will be hashed; refuses short, long or odd input, naming
    the field as the form that asked for it does (``label``)."""
    if secret is None or not secret.strip():
        raise ValidationError("secret", t("{label} is verplicht.", label=label))
    if secret != secret.strip():
        raise ValidationError(
            "secret", t("{label} mag niet met een spatie beginnen of eindigen.", label=label)
        )
    cleaned = v.clean_text(
        secret,
        field="secret",
        label=label,
        max_length=MAX_LENGTH,
        required=True,
    )
    assert cleaned is not None
    if len(cleaned) < MIN_LENGTH:
        raise ValidationError(
            "secret", t("{label} moet minstens {n} tekens lang zijn.", label=label, n=MIN_LENGTH)
        )
    return cleaned


class AppLockService(Service):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        today: Callable[[], date] = date.today,
        throttle: Throttle | None = None,
        hasher: PasswordHasher | None = None,
    ) -> None:
        super().__init__(store, actor, today)
        self.throttle = throttle or throttle_for(store)
        self.hasher = hasher or _hasher

    # --- the user's own lock ---------------------------------------------------------

    def _stored_hash(self) -> str | None:
        with self.store.read_session() as s:
            if self.store.team is not None:
                stored: str | None = s.scalar(text("SELECT zk_lock_hash()"))
                return stored
            return s.scalar(select(m.User.lock_secret_hash).where(m.User.id == self.actor.user_id))

    def is_set(self) -> bool:
        return bool(self._stored_hash())

    def _matches(self, stored: str, secret: str) -> bool:
        try:
            return self.hasher.verify(stored, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _require_current(self, current: str | None) -> None:
        stored = self._stored_hash()
        if stored and not self.unlock_matches(current or ""):
            raise ValidationError("current", t("{label} klopt niet.", label=fields.CURRENT_SECRET))

    def set_secret(self, secret: str, *, current: str | None = None) -> None:
        """Set or change the user's PIN or password; a change needs the current one."""
        cleaned = check_secret(secret, fields.NEW_SECRET)
        self._require_current(current)
        hashed = self.hasher.hash(cleaned)
        self._store_hash(self.actor.user_id, hashed, detail="app_lock=aan")

    def clear(self, current: str) -> None:
        """Switch the lock off; needs the current PIN or password."""
        self._require_current(current)
        self._store_hash(self.actor.user_id, None, detail="app_lock=uit")

    def _store_hash(self, user_id: int, hashed: str | None, *, detail: str) -> None:
        with self.store.session() as s:
            user = get_or_raise(s, m.User, user_id, "Gebruiker")
            if self.store.team is not None:
                s.execute(text("SELECT zk_set_lock_hash(:u, :h)"), {"u": user.id, "h": hashed})
            else:
                user.lock_secret_hash = hashed
            self.audit(s, "change", "user", user.id, detail=detail)

    def unlock_matches(self, secret: str) -> bool:
        """True if ``secret`` opens the lock; throttled, and every failure is logged."""
        self.throttle.check(self.actor.user_id)
        stored = self._stored_hash()
        if not stored:
            return True
        secret = unicodedata.normalize("NFC", secret or "")
        if self._matches(stored, secret):
            self.throttle.succeeded(self.actor.user_id)
            if self.hasher.check_needs_rehash(stored):
                self._store_hash(
                    self.actor.user_id, self.hasher.hash(secret), detail="app_lock=rehash"
                )
            return True
        self.throttle.failed(self.actor.user_id)
        with self.store.session() as s:
            audit.record(
                s, self.actor.user_id, "login", "app_lock", self.actor.user_id, result="fout"
            )
        return False

    def unlock(self, secret: str) -> None:
        """Open the lock or raise: ``ValidationError`` for a wrong secret, or
        ``LockThrottledError`` while the delay after repeated failures runs."""
        if not self.unlock_matches(secret):
            raise ValidationError("secret", "Pincode of wachtwoord klopt niet.")

    # --- admin ---------------------------------------------------------------------

    def reset_for(self, user_id: int) -> None:
        """Remove another user's lock when they forgot it (admin only)."""
        self.require_role(Role.ADMIN, what="de schermvergrendeling van iemand anders opheft")
        self._store_hash(user_id, None, detail="app_lock=opgeheven")
        self.throttle.succeeded(user_id)

    def locked_users(self) -> list[tuple[int, str]]:
        """The users who set a lock, as (id, display name), for the admin to help one out."""
        self.require_role(Role.ADMIN, what="de schermvergrendeling van anderen bekijkt")
        with self.store.read_session() as s:
            if self.store.team is not None:
                rows = s.execute(text("SELECT id, display_name FROM zk_locked_users()"))
            else:
                rows = s.execute(
                    select(m.User.id, m.User.display_name)
                    .where(m.User.lock_secret_hash.is_not(None))
                    .order_by(m.User.display_name)
                )
            return [(row.id, row.display_name) for row in rows]

    def idle_minutes(self) -> int:
        with self.store.read_session() as s:
            return settings.IDLE_MINUTES.read(s)

    def set_idle_minutes(self, minutes: int) -> int:
        """How long the app may sit idle before it locks (admin only, 1-240 minutes)."""
        self.require_role(Role.ADMIN, what="de vergrendeltijd instelt")
        value = settings.IDLE_MINUTES.check(minutes, field="idle_minutes")
        with self.store.session() as s:
            settings.IDLE_MINUTES.write(s, value, self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=settings.IDLE_MINUTES.key)
        return value


def reset_with_recovery_key(store: Store, username: str) -> None:
    """Remove a user's forgotten lock on a store opened with its recovery key.

    The recovery key is the proof: whoever holds it can decrypt the whole store anyway,
    so it may also take away the screen lock (a store of one coach has no admin to ask).
    The caller must have opened ``store`` with that key, not with the keyring's.
    """
    from zkijdesk.services.users import actor_for

    actor = actor_for(store, username)
    service = AppLockService(store, actor)
    service._store_hash(actor.user_id, None, detail="app_lock=opgeheven;herstelsleutel")
    service.throttle.succeeded(actor.user_id)
