"""The store-wide settings the admin sets, each declared once.

A ``Setting`` names its key in ``store_setting``, its Dutch label, its default and how
a stored JSON value is read back (anything unreadable or out of range reads as the
default, so a damaged value never stops the app). ``read`` and ``write`` are the only
code that touches ``store_setting``; the service that owns a setting checks who may
change it, checks the new value with the label's sentence, and writes the audit entry.
``SETTINGS`` lists them all, for the settings page and for the docs.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from zkijdesk import models as m

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Setting(Generic[T]):
    key: str
    label: str
    default: T
    # A stored JSON value to the setting's value; it raises TypeError, ValueError,
    # KeyError, AttributeError or OverflowError (int of Infinity) on one that does
    # not fit.
    decode: Callable[[Any], T]

    def read(self, session: Session) -> T:
        try:
            return self.read_strictly(session)
        except ValueError:
            return copy.deepcopy(self.default)

    def read_strictly(self, session: Session) -> T:
        """The stored value, or the default when none is stored; a stored value that
        does not read back raises ValueError. For a setting where guessing would do
        harm (shorter retention terms erase sooner), the service refuses instead."""
        row = session.get(m.StoreSetting, self.key)
        if row is None:
            return copy.deepcopy(self.default)
        try:
            return self.decode(json.loads(row.value))
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
            raise ValueError(self.key) from exc

    def write(self, session: Session, value: object, user_id: int | None) -> None:
        """Store ``value`` (checked by its service) as JSON, in the caller's unit of
        work: one row per key, made on first use."""
        text = json.dumps(value, sort_keys=True, ensure_ascii=False)
        row = session.get(m.StoreSetting, self.key)
        if row is None:
            session.add(m.StoreSetting(key=self.key, value=text, updated_by_id=user_id))
        else:
            row.value, row.updated_by_id = text, user_id


def _whole_in(low: int, high: int) -> Callable[[Any], int]:
    def decode(value: Any) -> int:
        if isinstance(value, bool) or int(value) != value or not low <= int(value) <= high:
            raise ValueError(value)
        return int(value)

    return decode


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _texts(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in dict(value).items()}


def _months(value: Any) -> dict[str, int]:
    """Retention terms in months by exit reason, each a whole number in range."""
    check = _whole_in(MIN_MONTHS, MAX_MONTHS)
    return {str(k): check(v) for k, v in dict(value).items()}


def _aims(value: Any) -> dict[int, int]:
    return {int(year): int(aim) for year, aim in dict(value).items()}


def _folder(value: Any) -> str | None:
    return _text(value) or None


MIN_THRESHOLD, MAX_THRESHOLD = 3, 25
IDLE_MIN, IDLE_MAX = 1, 240
MIN_MONTHS, MAX_MONTHS = 6, 240

THRESHOLD = Setting("disclosure.threshold", "Drempel", 5, _whole_in(MIN_THRESHOLD, MAX_THRESHOLD))
CONTACT = Setting("reporting.contact", "Contact", "", _text)
IDLE_MINUTES = Setting(
    "lock.idle_minutes", "Vergrendelen na (minuten)", 10, _whole_in(IDLE_MIN, IDLE_MAX)
)
BACKUP_FOLDER: Setting[str | None] = Setting(
    "backup.folder", "Map voor reservekopieën", None, _folder
)
RETENTION_TERMS: Setting[dict[str, int]] = Setting("retention.months", "Bewaartermijn", {}, _months)
PRIVACY_NOTICE: Setting[dict[str, str]] = Setting("privacy.notice", "Privacygegevens", {}, _texts)
PLACEMENT_AIMS: Setting[dict[int, int]] = Setting(
    "trends.placement_aims", "Streefcijfer plaatsingen", {}, _aims
)

SETTINGS: tuple[Setting[Any], ...] = (
    THRESHOLD,
    CONTACT,
    IDLE_MINUTES,
    BACKUP_FOLDER,
    RETENTION_TERMS,
    PRIVACY_NOTICE,
    PLACEMENT_AIMS,
)
