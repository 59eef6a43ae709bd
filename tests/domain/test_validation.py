"""Tests for the shared input checks: what a coach can type, and what gets refused and how."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.validation import (
    BIDI_CONTROL_CHARACTERS,
    clean_text,
    parse_date,
    require,
    validate_birth_date,
    validate_bsn,
    validate_date_order,
    validate_email,
    validate_kvk,
    validate_not_future,
    validate_phone,
    validate_plausible,
    validate_postcode,
    validate_range,
)

TODAY = date(2024, 6, 15)
BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def _check_digit(first_eight: str) -> int:
    return sum(w * int(d) for w, d in zip(BSN_WEIGHTS, first_eight, strict=True)) % 11


@st.composite
def valid_bsns(draw: st.DrawFn) -> str:
    """Eight random digits plus the check digit the eleven-test demands (10 is impossible)."""
    first_eight = draw(st.text(alphabet="0123456789", min_size=8, max_size=8))
    check = _check_digit(first_eight)
    assume(check != 10 and first_eight != "00000000")
    return first_eight + str(check)


# --- BSN -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("111222333", "111222333"),
        ("123456782", "123456782"),
        ("1234.56.782", "123456782"),
        ("123 456 782", "123456782"),
        (" 123-456-782 ", "123456782"),
    ],
)
def test_bsn_accepts_valid_numbers_with_separators(typed: str, stored: str) -> None:
    assert validate_bsn(typed) == stored


@pytest.mark.parametrize(
    ("typed", "expected_message"),
    [
        ("111222334", "BSN voldoet niet aan de elfproef."),
        ("12345678", "BSN moet uit 9 cijfers bestaan."),
        ("1234567820", "BSN moet uit 9 cijfers bestaan."),
        ("abcdefghi", "BSN moet uit 9 cijfers bestaan."),
        ("000000000", "BSN is geen bestaand nummer."),
        ("١٢٣٤٥٦٧٨٢", "BSN moet uit 9 cijfers bestaan."),  # Arabic-Indic digits
    ],
)
def test_bsn_refuses_invalid_numbers_without_echoing_them(
    typed: str, expected_message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_bsn(typed)
    assert caught.value.field == "bsn"
    assert caught.value.message == expected_message
    assert typed not in str(caught.value)


def test_bsn_uses_caller_label_and_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_bsn("111222334", field="partner_bsn", label="BSN partner")
    assert caught.value.field == "partner_bsn"
    assert caught.value.message.startswith("BSN partner ")


@pytest.mark.parametrize("typed", [None, "", "   "])
def test_empty_bsn_is_absent(typed: str | None) -> None:
    assert validate_bsn(typed) is None


@given(valid_bsns())
def test_every_valid_bsn_is_accepted_and_stable(number: str) -> None:
    assert validate_bsn(number) == number
    assert validate_bsn(validate_bsn(number)) == number
    assert validate_bsn(f"{number[:4]}.{number[4:6]}.{number[6:]}") == number


@given(valid_bsns(), st.integers(min_value=0, max_value=8), st.integers(min_value=1, max_value=9))
def test_eleven_test_catches_every_single_digit_typo(
    number: str, position: int, shift: int
) -> None:
    wrong_digit = str((int(number[position]) + shift) % 10)
    typo = number[:position] + wrong_digit + number[position + 1 :]
    assert typo != number
    with pytest.raises(ValidationError) as caught:
        validate_bsn(typo)
    assert typo not in caught.value.message


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_bsn_error_never_contains_the_number(digits: str) -> None:
    for typed in (digits, f"{digits[:3]} {digits[3:6]} {digits[6:]}"):
        try:
            validate_bsn(typed)
        except ValidationError as error:
            assert digits not in error.message
            assert typed not in error.message
            assert digits not in str(error)


# --- Postcode ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("1011 AB", "1011 AB"),
        ("2011ab", "2011 AB"),
        ("  2011 ab ", "2011 AB"),
        ("2011-AB", "2011 AB"),
    ],
)
def test_postcode_is_stored_as_four_digits_space_two_capitals(typed: str, stored: str) -> None:
    assert validate_postcode(typed) == stored


@pytest.mark.parametrize(
    ("typed", "expected_message"),
    [
        ("0123 AB", "Postcode moet de vorm 1234 AB hebben en mag niet met een 0 beginnen."),
        ("12345", "Postcode moet de vorm 1234 AB hebben en mag niet met een 0 beginnen."),
        ("1234 A", "Postcode moet de vorm 1234 AB hebben en mag niet met een 0 beginnen."),
        ("1234 ÄB", "Postcode moet de vorm 1234 AB hebben en mag niet met een 0 beginnen."),
        ("1234 ﬀ", "Postcode moet de vorm 1234 AB hebben en mag niet met een 0 beginnen."),
        (
            "1234 SA",
            "Postcode mag niet eindigen op SA, SD of SS, want die lettercombinaties "
            "worden in Nederland niet gebruikt.",
        ),
        (
            "1234sd",
            "Postcode mag niet eindigen op SA, SD of SS, want die lettercombinaties "
            "worden in Nederland niet gebruikt.",
        ),
        (
            "1234 ss",
            "Postcode mag niet eindigen op SA, SD of SS, want die lettercombinaties "
            "worden in Nederland niet gebruikt.",
        ),
    ],
)
def test_postcode_refuses_impossible_codes(typed: str, expected_message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_postcode(typed)
    assert caught.value.field == "postcode"
    assert caught.value.message == expected_message


@given(st.from_regex(r"[1-9][0-9]{3} ?[A-Za-z]{2}", fullmatch=True))
def test_postcode_output_validates_to_itself(typed: str) -> None:
    try:
        stored = validate_postcode(typed)
    except ValidationError:
        assert typed[-2:].upper() in ("SA", "SD", "SS")
        return
    assert stored is not None
    assert stored == f"{typed[:4]} {typed[-2:].upper()}"
    assert validate_postcode(stored) == stored


# --- Phone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06 12345678", "+31612345678"),
        ("06-12345678", "+31612345678"),
        ("+31 6 1234 5678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("023-5123456", "+31235123456"),  # Haarlem landline
        ("+32 470 12 34 56", "+32470123456"),  # Belgian mobile
    ],
)
def test_phone_is_stored_in_international_form(typed: str, stored: str) -> None:
    assert validate_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "06 1234", "06 123456789", "bel mij", "0" * 60])
def test_phone_refuses_numbers_that_cannot_exist(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_phone(typed, label="Telefoonnummer werk", field="work_phone")
    assert caught.value.field == "work_phone"
    assert caught.value.message.startswith("Telefoonnummer werk is geen bestaand nummer")


@given(st.from_regex(r"(\+31 ?|0)(6[1-5]|23|20|255) ?[0-9]{6,8}", fullmatch=True))
def test_phone_output_validates_to_itself(typed: str) -> None:
    try:
        stored = validate_phone(typed)
    except ValidationError:
        return
    assert stored is not None
    assert stored.startswith("+31")
    assert validate_phone(stored) == stored


# --- E-mail --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("jan@example.nl", "jan@example.nl"),
        ("Jan.Jansen@Example.NL", "Jan.Jansen@example.nl"),
        (" a+nieuwsbrief@mail.sub.example.com ", "a+nieuwsbrief@mail.sub.example.com"),
        ("info@Café.nl", "info@café.nl"),
        ("o'brien@example.co.uk", "o'brien@example.co.uk"),
    ],
)
def test_email_keeps_local_part_and_lowercases_domain(typed: str, stored: str) -> None:
    assert validate_email(typed) == stored


@pytest.mark.parametrize(
    ("typed", "expected_message"),
    [
        ("jan", "E-mailadres moet precies één @ bevatten."),
        ("jan@@example.nl", "E-mailadres moet precies één @ bevatten."),
        ("jan@a@example.nl", "E-mailadres moet precies één @ bevatten."),
        ("jan jansen@example.nl", "E-mailadres mag geen spaties bevatten."),
        ("jan@", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("@example.nl", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("jan@example", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("jan@example.", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("jan@example..nl", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("jan@-example.nl", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("jan@exa_mple.nl", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("jan@10.0.0.1", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("jan..jansen@example.nl", "E-mailadres heeft niet de vorm naam@domein.nl."),
        (".jan@example.nl", "E-mailadres heeft niet de vorm naam@domein.nl."),
        ("a" * 65 + "@example.nl", "E-mailadres heeft niet de vorm naam@domein.nl."),
        (
            "jan@exa\u00admple.nl",
            "E-mailadres bevat een onzichtbaar stuurteken; verwijder het en probeer het opnieuw.",
        ),
        (
            "a@" + ".".join(["b" * 62] * 4) + ".nl",
            "E-mailadres mag hoogstens 254 tekens lang zijn.",
        ),
        (  # 221 characters on screen, but 261 once the domain is written in punycode
            "a@" + ".".join(["ü" * 30] * 7) + ".nl",
            "E-mailadres mag hoogstens 254 tekens lang zijn.",
        ),
    ],
)
def test_email_refuses_typing_errors(typed: str, expected_message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_email(typed)
    assert caught.value.field == "email"
    assert caught.value.message == expected_message


@given(
    st.from_regex(r"[A-Za-z0-9._+-]{1,20}", fullmatch=True),
    st.lists(
        st.text(alphabet=st.characters(categories=["L", "Nd"]), min_size=1, max_size=12),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(["nl", "COM", "Be", "frl"]),
)
def test_email_output_validates_to_itself(local: str, labels: list[str], top_level: str) -> None:
    typed = f"{local}@{'.'.join(labels)}.{top_level}"
    try:
        stored = validate_email(typed)
    except ValidationError as error:
        assert error.field == "email"
        return
    assert stored is not None
    assert stored.startswith(f"{local}@")
    assert stored.endswith(f".{top_level.lower()}")
    assert validate_email(stored) == stored


def test_email_of_64_character_local_part_is_accepted() -> None:
    address = "a" * 64 + "@example.nl"
    assert validate_email(address) == address


# --- Free text -----------------------------------------------------------------------------


def test_clean_text_strips_and_normalises_to_nfc() -> None:
    assert clean_text("  Rene\u0301e  ", field="first_name", label="Voornaam", max_length=5) == (
        "Renée"
    )


@pytest.mark.parametrize("typed", [None, "", " \t\n "])
def test_clean_text_turns_blank_into_none_or_required_error(typed: str | None) -> None:
    assert clean_text(typed, field="last_name", label="Achternaam", max_length=80) is None
    with pytest.raises(ValidationError) as caught:
        clean_text(typed, field="last_name", label="Achternaam", max_length=80, required=True)
    assert caught.value.field == "last_name"
    assert caught.value.message == "Achternaam is verplicht."


def test_clean_text_refuses_too_long_text_counted_after_normalisation() -> None:
    assert clean_text("e\u0301" * 80, field="f", label="Achternaam", max_length=80) == "é" * 80
    with pytest.raises(ValidationError) as caught:
        clean_text("x" * 81, field="last_name", label="Achternaam", max_length=80)
    assert caught.value.message == "Achternaam mag hoogstens 80 tekens lang zijn."


@pytest.mark.parametrize("control", sorted(BIDI_CONTROL_CHARACTERS))
def test_clean_text_refuses_bidirectional_controls(control: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text(f"Jan{control}sen", field="last_name", label="Achternaam", max_length=80)
    assert caught.value.message.startswith("Achternaam bevat een onzichtbaar teken")
    assert "leesrichting" in caught.value.message


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\u00ad", "\u200b", "\ufeff"])
def test_clean_text_refuses_invisible_control_characters(control: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text(f"Jan{control}sen", field="last_name", label="Achternaam", max_length=80)
    assert caught.value.message == (
        "Achternaam bevat een onzichtbaar stuurteken; verwijder het en probeer het opnieuw."
    )


def test_clean_text_keeps_joiners_that_change_how_text_looks() -> None:
    family = "\U0001f469\u200d\U0001f467"
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert clean_text(family, field="note", label="Notitie", max_length=10) == family
    assert clean_text(persian, field="note", label="Notitie", max_length=10) == persian


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "\u2028", "\x85"])
def test_single_line_fields_refuse_line_breaks(line_break: str) -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text(f"Jan{line_break}sen", field="last_name", label="Achternaam", max_length=80)
    assert caught.value.message == "Achternaam moet op één regel passen."


def test_multiline_fields_keep_tabs_and_unify_line_endings() -> None:
    typed = "Eerste regel\r\nTweede\tregel\rDerde regel\u2028Vierde"
    assert clean_text(typed, field="notes", label="Notitie", max_length=200, multiline=True) == (
        "Eerste regel\nTweede\tregel\nDerde regel\nVierde"
    )


def test_clean_text_refuses_tab_in_single_line_field() -> None:
    with pytest.raises(ValidationError):
        clean_text("Jan\tsen", field="last_name", label="Achternaam", max_length=80)


def test_clean_text_refuses_lone_surrogates() -> None:
    with pytest.raises(ValidationError) as caught:
        clean_text("Jan\ud800sen", field="last_name", label="Achternaam", max_length=80)
    assert caught.value.message == "Achternaam bevat een ongeldig teken."


@given(st.text(), st.integers(min_value=1, max_value=30), st.booleans())
def test_clean_text_output_is_nfc_short_and_free_of_bidi_controls(
    typed: str, max_length: int, multiline: bool
) -> None:
    try:
        cleaned = clean_text(
            typed, field="note", label="Notitie", max_length=max_length, multiline=multiline
        )
    except ValidationError as error:
        assert error.field == "note"
        assert error.message.startswith("Notitie ")
        return
    if cleaned is None:
        assert not typed.strip()
        return
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(cleaned) <= max_length
    assert not BIDI_CONTROL_CHARACTERS & set(cleaned)
    assert cleaned == cleaned.strip()
    assert "\r" not in cleaned
    if not multiline:
        assert "\n" not in cleaned
    again = clean_text(
        cleaned, field="note", label="Notitie", max_length=max_length, multiline=multiline
    )
    assert again == cleaned


# --- Any text into any validator ------------------------------------------------------------

TEXT_VALIDATORS = [
    validate_bsn,
    validate_postcode,
    validate_phone,
    validate_email,
    validate_kvk,
    lambda value: parse_date(value, field="start_date", label="Startdatum"),
    lambda value: clean_text(value, field="note", label="Notitie", max_length=20),
]

nasty_text = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 .-+@abAB\u2013\u202e\u00ad\ud800/", max_size=20),
    st.from_regex(r"[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}", fullmatch=True),
    st.from_regex(r"[^@ ]{1,10}@[^@ ]{1,10}\.[a-z]{2,3}", fullmatch=True),
)


@given(nasty_text)
def test_any_text_gives_a_value_or_a_dutch_sentence_never_a_crash(typed: str) -> None:
    for validator in TEXT_VALIDATORS:
        try:
            validator(typed)
        except ValidationError as error:
            assert error.message.endswith(".")
            assert error.message[0].isupper()


# --- Dates ---------------------------------------------------------------------------------


def test_birth_date_accepts_someone_turning_fourteen_today() -> None:
    assert validate_birth_date(date(2010, 6, 15), today=TODAY) == date(2010, 6, 15)
    assert validate_birth_date(datetime(1900, 1, 1, 12, 0), today=TODAY) == date(1900, 1, 1)


@pytest.mark.parametrize(
    ("born", "expected_message"),
    [
        (
            date(2010, 6, 16),
            "Geboortedatum moet minstens 14 jaar geleden liggen, omdat de regels voor "
            "kinderarbeid werk door jongere kinderen niet toestaan.",
        ),
        (TODAY + timedelta(days=1), "Geboortedatum mag niet in de toekomst liggen."),
        (date(1899, 12, 31), "Geboortedatum mag niet vóór 1 januari 1900 liggen."),
    ],
)
def test_birth_date_refusals(born: date, expected_message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_birth_date(born, today=TODAY)
    assert caught.value.field == "birth_date"
    assert caught.value.message == expected_message


def test_leap_day_child_turns_fourteen_on_first_of_march() -> None:
    born = date(2008, 2, 29)
    with pytest.raises(ValidationError):
        validate_birth_date(born, today=date(2022, 2, 28))
    assert validate_birth_date(born, today=date(2022, 3, 1)) == born


def test_birth_date_required() -> None:
    assert validate_birth_date(None, today=TODAY) is None
    with pytest.raises(ValidationError) as caught:
        validate_birth_date(None, today=TODAY, required=True)
    assert caught.value.message == "Geboortedatum is verplicht."


def test_not_future_allows_today_and_refuses_tomorrow() -> None:
    kwargs = {"today": TODAY, "field": "contact_date", "label": "Contactdatum"}
    assert validate_not_future(TODAY, **kwargs) == TODAY
    assert validate_not_future(None, **kwargs) is None
    with pytest.raises(ValidationError) as caught:
        validate_not_future(TODAY + timedelta(days=1), **kwargs)
    assert caught.value.field == "contact_date"
    assert caught.value.message == "Contactdatum mag niet in de toekomst liggen."


def test_date_order_message_names_both_dates() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_date_order(
            date(2024, 3, 2),
            date(2024, 3, 1),
            field="end_date",
            start_label="Startdatum",
            end_label="Einddatum",
        )
    assert caught.value.field == "end_date"
    assert caught.value.message == "Einddatum mag niet vóór de startdatum liggen."


@given(st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.dates()))
def test_date_order_refuses_exactly_an_end_before_its_start(
    start: date | None, end: date | None
) -> None:
    kwargs = {"field": "end_date", "start_label": "Startdatum", "end_label": "Einddatum"}
    if start is not None and end is not None and end < start:
        with pytest.raises(ValidationError):
            validate_date_order(start, end, **kwargs)
    else:
        assert validate_date_order(start, end, **kwargs) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        ("1-3-2024", date(2024, 3, 1)),
        ("01-03-2024", date(2024, 3, 1)),
        (" 29-02-2024 ", date(2024, 2, 29)),
        (date(2024, 3, 1), date(2024, 3, 1)),
        (datetime(2024, 3, 1, 9, 30), date(2024, 3, 1)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date_reads_dutch_and_iso_dates(typed: str | date | None, expected: date) -> None:
    assert parse_date(typed, field="start_date", label="Startdatum") == expected


@pytest.mark.parametrize(
    "typed", ["03/01/2024", "1.3.2024", "29-02-2023", "31-04-2024", "1-3-24", "morgen", "2024-3-1"]
)
def test_parse_date_refuses_anything_else(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(typed, field="start_date", label="Startdatum")
    assert caught.value.field == "start_date"
    assert caught.value.message == "Startdatum is geen geldige datum; gebruik dd-mm-jjjj."


@given(st.dates())
def test_parse_date_reads_back_both_written_forms(day: date) -> None:
    dutch = f"{day.day}-{day.month}-{day.year:04d}"
    assert parse_date(dutch, field="d", label="Datum") == day
    assert parse_date(day.isoformat(), field="d", label="Datum") == day


# --- Numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize("hours", [0, 32, 60])
def test_range_accepts_bounds(hours: int) -> None:
    assert validate_range(hours, field="hours", label="Uren per week", minimum=0, maximum=60) == (
        hours
    )


@pytest.mark.parametrize(
    ("typed", "expected_message"),
    [
        (-1, "Uren per week moet tussen 0 en 60 liggen."),
        (61, "Uren per week moet tussen 0 en 60 liggen."),
        (True, "Uren per week moet een heel getal zijn."),
        (12.5, "Uren per week moet een heel getal zijn."),
    ],
)
def test_range_refusals(typed: int, expected_message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_range(typed, field="hours", label="Uren per week", minimum=0, maximum=60)
    assert caught.value.field == "hours"
    assert caught.value.message == expected_message


def test_range_allows_absent_value() -> None:
    assert validate_range(None, field="m", label="Minuten", minimum=0, maximum=1440) is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("12345678", "12345678"), ("1234 5678", "12345678"), ("12.34.56.78", "12345678")],
)
def test_kvk_is_stored_as_eight_digits(typed: str, stored: str) -> None:
    assert validate_kvk(typed) == stored


@pytest.mark.parametrize(
    ("typed", "expected_message"),
    [
        ("1234567", "KvK-nummer moet uit 8 cijfers bestaan."),
        ("123456789", "KvK-nummer moet uit 8 cijfers bestaan."),
        ("abcdefgh", "KvK-nummer moet uit 8 cijfers bestaan."),
        ("00000000", "KvK-nummer is geen bestaand nummer."),
    ],
)
def test_kvk_refusals(typed: str, expected_message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_kvk(typed)
    assert caught.value.field == "kvk_number"
    assert caught.value.message == expected_message


def test_require_turns_absent_into_verplicht() -> None:
    assert require("x", field="f", label="Voornaam") == "x"
    with pytest.raises(ValidationError) as caught:
        require(validate_bsn(""), field="bsn", label="BSN")
    assert caught.value.message == "BSN is verplicht."


def test_importing_the_rules_does_not_load_the_number_libraries():
    """phonenumbers and python-stdnum load when a number is checked, not at start-up."""
    import subprocess
    import sys

    code = (
        "import sys, zkijdesk.domain.validation\n"
        "print(','.join(m for m in ('phonenumbers', 'stdnum') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_an_empty_required_choice_asks_for_a_choice(empty):
    from zkijdesk.domain.choices import coerce_enum
    from zkijdesk.domain.enums import GuidanceKind

    with pytest.raises(ValidationError) as caught:
        coerce_enum(GuidanceKind, empty, field="kind", label="Soort begeleiding")
    assert caught.value.message == "Kies een soort begeleiding."
    with pytest.raises(ValidationError, match="niet kent"):
        coerce_enum(GuidanceKind, "vliegen", field="kind", label="Soort begeleiding")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_a_planned_date_is_plausible_within_a_year_back_and_five_ahead(day: date) -> None:
    kwargs = {"today": TODAY, "field": "due_date", "label": "Vervaldatum"}
    inside = TODAY - timedelta(days=366) <= day <= TODAY + timedelta(days=5 * 366)
    if inside:
        assert validate_plausible(day, **kwargs) == day
        return
    with pytest.raises(ValidationError) as caught:
        validate_plausible(day, **kwargs)
    assert caught.value.field == "due_date"
    when = "in het verleden" if day < TODAY else "in de toekomst"
    assert str(caught.value.message).startswith("Vervaldatum ligt meer dan ")
    assert f"{when}; controleer het jaar." in str(caught.value.message)
