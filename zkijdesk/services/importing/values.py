"""Cell values as the intake form would have them: dates, BSN, postcode, phone, yes/no.

A spreadsheet changes what was typed: a BSN or a mobile number typed as a number loses
its leading zero, a date becomes a serial number, "2011ab" and "2011 AB" are the same
postcode. These functions undo that where it is unambiguous and then hand the value to
``domain/validation.py``, so a problem reads in the same Dutch sentence as on the form.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Final

from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import t

Cell = str | int | float | bool | date | datetime | time | timedelta | None

#: Day 0 of Excel's 1900 date system as Python counts it (Excel's phantom 29-02-1900
#: sits before 1 March 1900, which no birth date or intake reaches).
EXCEL_EPOCH: Final[date] = date(1899, 12, 30)
#: Serial numbers of 1-1-1900 and 31-12-2199: anything outside is not a date.
_SERIAL_RANGE: Final[tuple[int, int]] = (1, 109_572)

_ISO: Final = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9:.]+)?")
_DUTCH: Final = re.compile(r"([0-9]{1,2})[-.]([0-9]{1,2})[-.]([0-9]{4}|[0-9]{2})")
_DIGITS: Final = re.compile(r"[0-9]+")

_YES: Final = frozenset({"ja", "j", "yes", "y", "1", "x", "waar", "true", "wel"})
_NO: Final = frozenset({"nee", "n", "no", "0", "onwaar", "false", "niet", "-"})


def as_text(value: Cell) -> str | None:
    """A cell as text; whole numbers lose the ``.0`` a spreadsheet gives them."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


def _number(value: Cell) -> int | None:
    """The whole number in a numeric cell, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def parse_date(value: Cell, *, field: str, label: str, latest_year: int) -> date | None:
    """A real date, an Excel serial number, or text as ISO, dd-mm-jjjj or d-m-jj.

    A two-digit year is read as 20jj when that is not after ``latest_year`` and as 19jj
    otherwise; the caller passes the latest year that makes sense for the field (for a
    birth date, the year a client is old enough to be coached).
    """
    message = t("{label} is geen geldige datum; gebruik dd-mm-jjjj.", label=label)
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    number = _number(value)
    if number is not None:
        if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1]:
            raise ValidationError(field, message)
        return EXCEL_EPOCH + timedelta(days=number)
    if isinstance(value, float | time | timedelta):
        raise ValidationError(field, message)
    text = str(value).strip()
    if not text:
        return None
    if match := _ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DUTCH.fullmatch(text):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3))
        if len(match.group(3)) == 2:
            year += 2000 if 2000 + year <= latest_year else 1900
    else:
        raise ValidationError(field, message)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, message) from None


def parse_bsn(value: Cell, *, from_text_file: bool) -> str | None:
    """The BSN, given back its leading zero where a spreadsheet took it away.

    A number cell lost its leading zeros: Excel drops them. So does a CSV export of
    such a cell, which is why ``from_text_file`` gives eight digits their zero back
    too (only eight: in text, fewer is more likely a typing error). A *text* cell in a
    workbook keeps what was typed, so there eight digits are a missing digit and are
    refused as on the form.
    """
    number = _number(value)
    if number is not None:
        # A number cell dropped every leading zero (rare, but BSNs 00... exist).
        digits = str(number)
        return v.validate_bsn(digits.zfill(9) if number > 0 and len(digits) < 9 else digits)
    if isinstance(value, float):
        raise ValidationError(
            "bsn", t("{label} moet uit {n} cijfers bestaan.", label=fields.BSN, n=9)
        )
    text = as_text(value)
    if text is None:
        return None
    compact = text.strip()
    if from_text_file and _DIGITS.fullmatch(compact) and len(compact) == 8:
        compact = "0" + compact
    return v.validate_bsn(compact)


def parse_phone(value: Cell, *, field: str = "phone", label: str = fields.PHONE) -> str | None:
    """E.164, as on the form; a number cell that lost its leading zero gets it back."""
    number = _number(value)
    if number is not None:
        text = str(number)
        if len(text) == 9:
            text = "0" + text
        elif len(text) == 11 and text.startswith("31"):
            text = "+" + text
        return v.validate_phone(text, field=field, label=label)
    return v.validate_phone(as_text(value), field=field, label=label)


def parse_postcode(value: Cell) -> str | None:
    return v.validate_postcode(as_text(value))


def parse_email(value: Cell) -> str | None:
    return v.validate_email(as_text(value))


def parse_yes_no(value: Cell, *, field: str, label: str) -> bool | None:
    """ja/nee, yes/no, x, 1/0, waar/onwaar; empty is unknown (the caller's default)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    number = _number(value)
    if number in (0, 1):
        return bool(number)
    text = (as_text(value) or "").strip().lower()
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(field, t("{label} moet ja of nee zijn.", label=label))


def parse_whole_number(value: Cell, *, field: str, label: str) -> int | None:
    """Hours and minutes: a number cell or digits; a fraction is refused, not rounded."""
    if value is None:
        return None
    number = _number(value)
    if number is not None:
        return number
    text = (as_text(value) or "").strip().replace(",", ".")
    if not text:
        return None
    if _DIGITS.fullmatch(text):
        return int(text)
    try:
        as_float = float(text)
    except ValueError:
        raise ValidationError(field, t("{label} moet een heel getal zijn.", label=label)) from None
    if as_float.is_integer():
        return int(as_float)
    raise ValidationError(field, t("{label} moet een heel getal zijn.", label=label))
