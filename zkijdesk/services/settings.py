"""The store-wide settings the admin sets, each declared once.

A ``Setting`` names its key in ``store_setting``, its Dutch label, its default and how
a stored JSON value is read back (anything unreadable or out of range reads as the
default, so a damaged value never stops the app). ``read`` and ``write`` are the only
code that touches ``store_setting``; the service that owns a setting checks who may
change it, checks the new value with the label's sentence, and writes the audit entry.

It also says what the settings page needs (Vorta's ``store/settings.py``): its
``kind`` (a whole number in ``minimum..maximum``, one line of text of at most
``maximum`` characters, a folder, or a ``section`` of its own for the structured
ones), an optional ``help`` sentence, and the ``card`` of the page it sits in (None:
it is set elsewhere). ``check`` is its validation, with the one Dutch sentence that
names the field. ``SETTINGS`` lists them all, in the page's order, for the settings
page (``views/privacy/settings_page.py`` builds an editor from each simple one) and
for the docs.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import validation as v
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import t

T = TypeVar("T")


class Kind(StrEnum):
    """What a setting holds, and so which editor the settings page gives it."""

    WHOLE = "whole"  # a whole number in minimum..maximum: a spin box
    TEXT = "text"  # one line of at most ``maximum`` characters: a text field
    FOLDER = "folder"  # a folder on this computer: its path and a chooser
    SECTION = "section"  # structured (terms per reason, texts, aims per year): own widget


@dataclass(frozen=True, eq=False)
class Setting(Generic[T]):
    key: str
    label: str
    default: T
    # A stored JSON value to the setting's value; it raises TypeError, ValueError,
    # KeyError, AttributeError or OverflowError (int of Infinity) on one that does
    # not fit.
    decode: Callable[[Any], T]
    kind: Kind = Kind.SECTION
    # WHOLE: the range; TEXT: ``maximum`` is the longest text.
    minimum: int | None = None
    maximum: int | None = None
    # One Dutch sentence the page shows under the editor ("" for none).
    help: str = ""
    # The settings page's card it sits in ("lock", "backups", ...; a name the page does
    # not know gets a card of its own); None: set elsewhere (the CLI, the trends page).
    card: str | None = None

    @property
    def simple(self) -> bool:
        """One value, one editor: the page makes it from ``kind``."""
        return self.kind is not Kind.SECTION

    def check(self, value: object, field: str | None = None) -> T:
        """``value`` as it is stored, or ValidationError with the one Dutch sentence
        that names the field (the domain's wording, as every other form uses). ``field``
        is the form field the error belongs to; the setting's key by default."""
        name = field or self.key
        if self.kind is Kind.WHOLE:
            number = v.require(value, field=name, label=self.label)
            low, high = _range(self)
            checked: Any = v.validate_range(
                number,  # type: ignore[call-overload]  # validate_range refuses a non-int itself
                field=name,
                label=self.label,
                minimum=low,
                maximum=high,
            )
        elif self.kind is Kind.TEXT:
            if value is not None and not isinstance(value, str):
                raise ValidationError(
                    name,
                    t("{label} heeft een waarde die zkijdesk niet kent.", label=self.label),
                )
            length = self.maximum if self.maximum is not None else 200
            checked = v.clean_text(value, field=name, label=self.label, max_length=length) or ""
        elif self.kind is Kind.FOLDER:
            text = v.clean_text(
                value if isinstance(value, str) else None,
                field=name,
                label=self.label,
                max_length=4096,
                required=True,
            )
            if not Path(str(text)).is_absolute():
                raise ValidationError(
                    name, t("{label} moet een volledig pad zijn.", label=self.label)
                )
            checked = text
        else:
            raise TypeError(f"{self.key} is a section; its own service checks it")
        return self.decode(checked)

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


def _range(setting: Setting[Any]) -> tuple[int, int]:
    if setting.minimum is None or setting.maximum is None:
        raise TypeError(f"{setting.key} declares no range")
    return setting.minimum, setting.maximum


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

MAX_CONTACT = 200

# Set with ``zkijdesk export threshold`` and ``export contact``; not on the page (yet).
THRESHOLD = Setting(
    "disclosure.threshold",
    "Drempel",
    5,
    _whole_in(MIN_THRESHOLD, MAX_THRESHOLD),
    Kind.WHOLE,
    MIN_THRESHOLD,
    MAX_THRESHOLD,
)
CONTACT = Setting("reporting.contact", "Contact", "", _text, Kind.TEXT, maximum=MAX_CONTACT)
IDLE_MINUTES = Setting(
    "lock.idle_minutes",
    "Vergrendelen na (minuten)",
    10,
    _whole_in(IDLE_MIN, IDLE_MAX),
    Kind.WHOLE,
    IDLE_MIN,
    IDLE_MAX,
    card="lock",
)
BACKUP_FOLDER: Setting[str | None] = Setting(
    "backup.folder", "Map voor reservekopieën", None, _folder, Kind.FOLDER, card="backups"
)
RETENTION_TERMS: Setting[dict[str, int]] = Setting(
    "retention.months", "Bewaartermijn", {}, _months, card="retention"
)
PRIVACY_NOTICE: Setting[dict[str, str]] = Setting(
    "privacy.notice", "Privacygegevens", {}, _texts, card="privacy"
)
# Entered per year on the trends page, beside the chart it is drawn in.
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
