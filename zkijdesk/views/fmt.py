"""Formats on screen: 28-11-2026, and numbers and long days in the interface language
(1.234 and 'zondag 15 november 2026' in Dutch, 1,234 in English)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QLocale


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value is not None else ""


def moment(value: datetime | None) -> str:
    """A stored timestamp (naive UTC, as the store keeps them) in local time."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone() if value.tzinfo is None else value.astimezone()
    return local.strftime("%d-%m-%Y %H:%M")


def number(value: int) -> str:
    """In the default locale, which ``views.translations.install`` sets with the language."""
    return QLocale().toString(int(value))


def long_day(value: date, locale: QLocale | None = None) -> str:
    """'zondag 15 november 2026' (in the interface language)."""
    loc = locale or QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), "dddd d MMMM yyyy")


def month(period: str) -> str:
    """'oktober 2026' for the period '2026-10' (in the interface language)."""
    year, number_ = (int(part) for part in period.split("-"))
    return QLocale().toString(QDate(year, number_, 1), "MMMM yyyy")


def age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
