"""Input checks shared by forms, services, imports and the CLI.

Every check lives here, in plain Python, so that a value typed into a form, read from an
import file or passed on the command line is judged by exactly the same rules; a rule
that only lives in a view is a rule an import can bypass.

Each failure raises :class:`~zkijdesk.domain.errors.ValidationError` with one Dutch
sentence that starts with the field's label (which the caller passes in, because only
the caller knows how the field is called on screen). Messages never repeat the rejected
value: error messages end up in dialogs, logs and screenshots, and a BSN or a mistyped
address does not belong there.

Functions return the canonical form of a value (compact BSN, ``1234 AB``, E.164) so
that duplicates can be found by plain equality and so that validating the output again
returns the same output.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Final, Literal, TypeVar, overload

from zkijdesk.domain import fields
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import Text, t

# phonenumbers and python-stdnum are imported inside the functions that use them: they
# cost tens of milliseconds to import, and the app's start-up (which imports this module
# through the services) validates nothing until a coach saves a form.

__all__ = [
    "BIDI_CONTROL_CHARACTERS",
    "EARLIEST_BIRTH_DATE",
    "MINIMUM_AGE_YEARS",
    "clean_text",
    "parse_date",
    "require",
    "validate_birth_date",
    "validate_bsn",
    "validate_date_order",
    "validate_email",
    "validate_kvk",
    "validate_not_future",
    "validate_phone",
    "validate_postcode",
    "validate_range",
]

_T = TypeVar("_T")

#: Characters that reorder how text is displayed without being visible themselves; they
#: can make a name or a note read differently on screen than what is stored ("Trojan
#: Source"), so no field accepts them.
BIDI_CONTROL_CHARACTERS: Final[frozenset[str]] = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)

# Joiners are invisible but change how letters in several scripts and emoji sequences
# are drawn, so removing them would alter names; every other format character is refused.
_ALLOWED_FORMAT_CHARACTERS: Final[frozenset[str]] = frozenset({"\u200c", "\u200d"})

# Line and paragraph separators that are not control characters by category but still
# break a line; treating them as "\n" keeps single-line fields on one line.
_LINE_BREAKS: Final[tuple[str, ...]] = ("\r\n", "\r", "\u0085", "\u2028", "\u2029")

#: Birth dates before this are typing errors, not clients.
EARLIEST_BIRTH_DATE: Final[date] = date(1900, 1, 1)

#: Youngest age at which a client can be coached towards work (rules on child labour).
MINIMUM_AGE_YEARS: Final[int] = 14

# Hyphen-minus plus the Unicode hyphens and dashes a word processor may substitute.
_NUMBER_SEPARATORS: Final[re.Pattern[str]] = re.compile(r"[\s.\-\u2010-\u2015\u2212]")
_NINE_DIGITS: Final[re.Pattern[str]] = re.compile(r"[0-9]{9}")
_EIGHT_DIGITS: Final[re.Pattern[str]] = re.compile(r"[0-9]{8}")
_ISO_DATE: Final[re.Pattern[str]] = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DUTCH_DATE: Final[re.Pattern[str]] = re.compile(r"([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})")
_EMAIL_LOCAL_PART: Final[re.Pattern[str]] = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
)
_ASCII_DOMAIN_LABEL: Final[re.Pattern[str]] = re.compile(
    r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", re.IGNORECASE
)

# Unicode categories a domain label may consist of besides "-"; combining marks (Mn) are
# part of ordinary words in many scripts that international domain names use.
_LETTER_OR_DIGIT: Final[frozenset[str]] = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Mn"})

# Phone input beyond this length is not a phone number; refusing it early keeps the
# parser away from pasted paragraphs.
_MAX_PHONE_INPUT: Final[int] = 40


def require(value: _T | None, *, field: str, label: str) -> _T:
    """Turn an absent optional value into the standard "is verplicht" error.

    The validators return ``None`` for empty input because most fields are optional;
    a caller whose field is mandatory wraps the result in this instead of writing its
    own wording.
    """
    if value is None:
        raise ValidationError(field, t("{label} is verplicht.", label=label))
    return value


@overload
def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: Literal[True],
    multiline: bool = False,
) -> str: ...
@overload
def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str | None: ...
def clean_text(
    value: str | None,
    *,
    field: str,
    label: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """Return ``value`` as it should be stored, or ``None`` when nothing was entered.

    NFC normalisation makes "é" typed on one keyboard equal to "é" pasted from a
    document, so searches and duplicate checks work. Invisible characters are refused
    rather than silently removed, because silently changing what the coach typed is
    worse than asking them to retype it. The length limit is counted after
    normalisation, as that is what is stored.
    """
    if value is None:
        _absent(field, label, required)
        return None
    if any("\ud800" <= char <= "\udfff" for char in value):
        raise ValidationError(field, t("{label} bevat een ongeldig teken.", label=label))
    if multiline:
        for line_break in _LINE_BREAKS:
            value = value.replace(line_break, "\n")
    text = unicodedata.normalize("NFC", value.strip()).strip()
    if not text:
        _absent(field, label, required)
        return None
    _check_characters(text, field=field, label=label, multiline=multiline)
    if len(text) > max_length:
        raise ValidationError(
            field, t("{label} mag hoogstens {n} tekens lang zijn.", label=label, n=max_length)
        )
    return text


def _absent(field: str, label: str, required: bool) -> None:
    if required:
        raise ValidationError(field, t("{label} is verplicht.", label=label))


def _check_characters(text: str, *, field: str, label: str, multiline: bool) -> None:
    allowed_controls = {"\n", "\t"} if multiline else set()
    for char in text:
        if char in BIDI_CONTROL_CHARACTERS:
            raise ValidationError(
                field,
                t(
                    "{label} bevat een onzichtbaar teken dat de leesrichting van de tekst "
                    "verandert; verwijder het en probeer het opnieuw.",
                    label=label,
                ),
            )
        if char in allowed_controls or char in _ALLOWED_FORMAT_CHARACTERS:
            continue
        if not multiline and (char == "\n" or char in _LINE_BREAKS):
            raise ValidationError(field, t("{label} moet op één regel passen.", label=label))
        if unicodedata.category(char) in ("Cc", "Cf"):
            raise ValidationError(
                field,
                t(
                    "{label} bevat een onzichtbaar stuurteken; verwijder het en probeer het "
                    "opnieuw.",
                    label=label,
                ),
            )


def _prepare(value: str | None) -> str | None:
    """Strip and normalise free input for the number-like validators; ``None`` if empty."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).strip()
    return text or None


def validate_bsn(value: str | None, *, field: str = "bsn", label: str = fields.BSN) -> str | None:
    """Return the BSN as nine digits, or ``None`` when nothing was entered.

    Exactly nine digits are required (no zero-padding of eight-digit input) because an
    eight-digit entry is far more often a missed digit than an old number written
    without its leading zero, and padding it could turn a typo into someone else's BSN.
    """
    text = _prepare(value)
    if text is None:
        return None
    digits = _NUMBER_SEPARATORS.sub("", text)
    if not _NINE_DIGITS.fullmatch(digits):
        raise ValidationError(field, t("{label} moet uit {n} cijfers bestaan.", label=label, n=9))
    if digits == "000000000":
        raise ValidationError(field, t("{label} is geen bestaand nummer.", label=label))
    from stdnum.exceptions import ValidationError as StdnumValidationError
    from stdnum.nl import bsn as stdnum_bsn

    try:
        return stdnum_bsn.validate(digits)
    except StdnumValidationError:
        raise ValidationError(
            field, t("{label} voldoet niet aan de elfproef.", label=label)
        ) from None


def validate_postcode(
    value: str | None, *, field: str = "postcode", label: str = fields.POSTCODE
) -> str | None:
    """Return the postcode as ``1234 AB``, or ``None`` when nothing was entered.

    Non-ASCII input is refused before python-stdnum sees it, because its upper-casing
    would turn characters such as "ß" or the "ﬀ" ligature into valid-looking letters.
    """
    text = _prepare(value)
    if text is None:
        return None
    if not text.isascii():
        raise ValidationError(field, _postcode_format_message(label))
    from stdnum.exceptions import InvalidComponent
    from stdnum.exceptions import ValidationError as StdnumValidationError
    from stdnum.nl import postcode as stdnum_postcode

    try:
        return stdnum_postcode.validate(text)
    except StdnumValidationError as error:
        if isinstance(error, InvalidComponent):
            raise ValidationError(
                field,
                t(
                    "{label} mag niet eindigen op SA, SD of SS, want die lettercombinaties "
                    "worden in Nederland niet gebruikt.",
                    label=label,
                ),
            ) from None
        raise ValidationError(field, _postcode_format_message(label)) from None


def _postcode_format_message(label: str) -> Text:
    return t("{label} moet de vorm 1234 AB hebben en mag niet met een 0 beginnen.", label=label)


def validate_phone(
    value: str | None, *, field: str = "phone", label: str = fields.PHONE
) -> str | None:
    """Return the number in E.164 (``+31612345678``), or ``None`` when nothing was entered.

    Numbers without a country code are read as Dutch, as almost all clients have one.
    E.164 is stored because it is the only form in which "06-12345678" and
    "+31 6 1234 5678" compare equal. An extension, if typed, is not kept.
    """
    text = _prepare(value)
    if text is None:
        return None
    message = t(
        "{label} is geen bestaand nummer; controleer het netnummer en het aantal cijfers.",
        label=label,
    )
    if len(text) > _MAX_PHONE_INPUT:
        raise ValidationError(field, message)
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        raise ValidationError(field, message) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, message)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def validate_email(
    value: str | None, *, field: str = "email", label: str = fields.EMAIL
) -> str | None:
    """Return the address with a lower-case domain, or ``None`` when nothing was entered.

    The check is deliberately pragmatic: it catches typing errors (no @, a space, a
    missing top-level domain) rather than implementing every corner of RFC 5321, and
    whether the address really exists only shows when mail is sent. The local part keeps
    its case because a mail server may treat it as significant; the domain never is.
    International domain names are accepted and kept in their readable Unicode form.
    """
    text = clean_text(value, field=field, label=label, max_length=254)
    if text is None:
        return None
    form_message = t("{label} heeft niet de vorm naam@domein.nl.", label=label)
    if any(char.isspace() for char in text):
        raise ValidationError(field, t("{label} mag geen spaties bevatten.", label=label))
    if text.count("@") != 1:
        raise ValidationError(field, t("{label} moet precies één @ bevatten.", label=label))
    local, domain = text.split("@")
    if not 1 <= len(local) <= 64 or not _EMAIL_LOCAL_PART.fullmatch(local):
        raise ValidationError(field, form_message)
    # Lower-casing can leave a string that is no longer NFC (e.g. "İ" becomes "i" plus a dot).
    domain = unicodedata.normalize("NFC", domain.lower())
    ascii_domain = _ascii_domain(domain)
    if ascii_domain is None:
        raise ValidationError(field, form_message)
    # Mail servers count the punycode form, which is longer than what the coach sees.
    if len(local) + 1 + len(ascii_domain) > 254:
        raise ValidationError(
            field, t("{label} mag hoogstens {n} tekens lang zijn.", label=label, n=254)
        )
    return f"{local}@{domain}"


def _ascii_domain(domain: str) -> str | None:
    """Return the domain as ASCII (punycode) if it is a plausible host name, else ``None``."""
    labels = domain.split(".")
    if len(labels) < 2:
        return None
    for domain_label in labels:
        if not domain_label or domain_label[0] == "-" or domain_label[-1] == "-":
            return None
        for char in domain_label:
            if char != "-" and unicodedata.category(char) not in _LETTER_OR_DIGIT:
                return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    ascii_labels = ascii_domain.split(".")
    if len(ascii_labels) != len(labels):
        return None
    if not all(_ASCII_DOMAIN_LABEL.fullmatch(part) for part in ascii_labels):
        return None
    top_level = ascii_labels[-1]
    if len(top_level) < 2 or top_level.isdigit():
        return None
    return ascii_domain


def validate_birth_date(
    value: date | None,
    *,
    today: date,
    field: str = "birth_date",
    label: str = fields.BIRTH_DATE,
    required: bool = False,
) -> date | None:
    """Check a birth date against ``today`` (passed in so that tests need no clock).

    Someone born on 29 February reaches an age on 1 March in a non-leap year.
    """
    if value is None:
        _absent(field, label, required)
        return None
    value = _as_date(value)
    validate_not_future(value, today=today, field=field, label=label)
    if value < EARLIEST_BIRTH_DATE:
        raise ValidationError(field, t("{label} mag niet vóór 1 januari 1900 liggen.", label=label))
    had_birthday = (today.month, today.day) >= (value.month, value.day)
    age = today.year - value.year - (0 if had_birthday else 1)
    if age < MINIMUM_AGE_YEARS:
        raise ValidationError(
            field,
            t(
                "{label} moet minstens {n} jaar geleden liggen, omdat de regels voor "
                "kinderarbeid werk door jongere kinderen niet toestaan.",
                label=label,
                n=MINIMUM_AGE_YEARS,
            ),
        )
    return value


@overload
def validate_not_future(value: date, *, today: date, field: str, label: str) -> date: ...
@overload
def validate_not_future(
    value: date | None, *, today: date, field: str, label: str
) -> date | None: ...
def validate_not_future(value: date | None, *, today: date, field: str, label: str) -> date | None:
    """Refuse a date after ``today``; for events that can only be recorded once they happened."""
    if value is None:
        return None
    value = _as_date(value)
    if value > today:
        raise ValidationError(field, t("{label} mag niet in de toekomst liggen.", label=label))
    return value


PLAUSIBLE_PAST = timedelta(days=366)
PLAUSIBLE_FUTURE = timedelta(days=5 * 366)


def validate_plausible(value: date, *, today: date, field: str, label: str) -> date:
    """Refuse a planned date more than a year back or five years ahead: a slip of the
    year (2020 for 2026) made a task that was overdue the day it was made, unnoticed."""
    value = _as_date(value)
    if value < today - PLAUSIBLE_PAST:
        raise ValidationError(
            field,
            t("{label} ligt meer dan een jaar in het verleden; controleer het jaar.", label=label),
        )
    if value > today + PLAUSIBLE_FUTURE:
        raise ValidationError(
            field,
            t("{label} ligt meer dan vijf jaar in de toekomst; controleer het jaar.", label=label),
        )
    return value


def validate_date_order(
    start: date | None, end: date | None, *, field: str, start_label: str, end_label: str
) -> None:
    """Refuse an end before its start; an end on the start day is a one-day period.

    The error belongs to the end field, as that is the one a user usually fixes.
    """
    if start is None or end is None:
        return
    if _as_date(end) < _as_date(start):
        raise ValidationError(
            field,
            t(
                "{label} mag niet vóór de {label2} liggen.",
                label=end_label,
                label2=_mid_sentence(start_label),
            ),
        )


def _mid_sentence(label: str) -> str:
    """Lower-case a label's first letter for use inside a sentence, but keep acronyms."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def _as_date(value: date) -> date:
    # A datetime is a date subclass; comparing one with a date raises TypeError.
    return value.date() if isinstance(value, datetime) else value


@overload
def validate_range(value: int, *, field: str, label: str, minimum: int, maximum: int) -> int: ...
@overload
def validate_range(
    value: int | None, *, field: str, label: str, minimum: int, maximum: int
) -> int | None: ...
def validate_range(
    value: int | None, *, field: str, label: str, minimum: int, maximum: int
) -> int | None:
    """Check a whole number (hours per week, minutes) lies within ``minimum..maximum``.

    ``True`` and ``False`` are refused although Python treats them as 1 and 0: a bool
    arriving here means a form or import mixed up its fields.
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, t("{label} moet een heel getal zijn.", label=label))
    if not minimum <= value <= maximum:
        raise ValidationError(
            field, t("{label} moet tussen {n} en {m} liggen.", label=label, n=minimum, m=maximum)
        )
    return value


def parse_date(value: str | date | None, *, field: str, label: str) -> date | None:
    """Read a date typed the Dutch way (1-3-2024, 01-03-2024) or in ISO form (2024-03-01).

    Only these two forms are accepted: a form like 03/01/2024 is ambiguous between
    Dutch and American order, and guessing wrong silently stores the wrong date.
    """
    if value is None:
        return None
    if isinstance(value, date):
        return _as_date(value)
    text = _prepare(value)
    if text is None:
        return None
    message = t("{label} is geen geldige datum; gebruik dd-mm-jjjj.", label=label)
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DUTCH_DATE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValidationError(field, message)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, message) from None


def validate_kvk(
    value: str | None, *, field: str = "kvk_number", label: str = fields.KVK_NUMBER
) -> str | None:
    """Return the Chamber of Commerce number as eight digits, or ``None`` if not entered.

    KvK numbers have no public check digit, so only the shape can be checked.
    """
    text = _prepare(value)
    if text is None:
        return None
    digits = re.sub(r"[\s.]", "", text)
    if not _EIGHT_DIGITS.fullmatch(digits):
        raise ValidationError(field, t("{label} moet uit {n} cijfers bestaan.", label=label, n=8))
    if digits == "00000000":
        raise ValidationError(field, t("{label} is geen bestaand nummer.", label=label))
    return digits
