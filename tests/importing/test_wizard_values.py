"""The sheet words a user maps on the wizard's values step, without a widget or a store:
what ``sheet_words`` lists, that a choice stored with ``Mapping.translate`` is what the
preview then reads, and that a word nobody maps is refused by name, in one sentence."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.names import fold
from zkijdesk.i18n import translate_message
from zkijdesk.services.importing.codes import (
    QUOTED_MAX,
    CodeOption,
    ValueMaps,
    quoted_word,
    sheet_words,
)
from zkijdesk.services.importing.mapping import Mapping
from zkijdesk.services.importing.readers import SheetRow, Table

SECTORS = [CodeOption("ZW", "Zorg & Welzijn", 1), CodeOption("OND", "Onderwijs", 2)]
GROUPS = [CodeOption("JONG", "Jongeren", 7), CodeOption("50PLUS", "50-plussers", 8)]
COACHES = [CodeOption("anna", "Anna de Vries", 11), CodeOption("bram", "Bram Jansen", 12)]


def maps() -> ValueMaps:
    return ValueMaps(
        words={
            "sector": {"zw": 1, "zorg & welzijn": 1, "zorg": 1, "ond": 2, "onderwijs": 2},
            "target_groups": {"jong": 7, "jongeren": 7, "50plus": 8, "50-plussers": 8},
            "coach": {"anna": 11, "anna de vries": 11, "bram": 12, "bram jansen": 12},
        },
        options={"sector": SECTORS, "target_groups": GROUPS, "coach": COACHES},
    )


def table(rows: list[list[object]]) -> Table:
    return Table(
        sheet="Blad1",
        sheets=["Blad1"],
        header_row=1,
        headers=["Achternaam", "Sector", "Doelgroep", "Coach"],
        rows=[SheetRow(number, tuple(cells)) for number, cells in enumerate(rows, start=2)],
    )


MAPPING_COLUMNS = {0: "last_name", 1: "sector", 2: "target_groups", 3: "coach"}


def test_the_words_of_each_coded_column_unknown_first():
    sheet = table(
        [
            ["A", "Zorg", "Jongeren; Nieuwkomers", "Anna de Vries"],
            ["B", "Zorgg", "jongeren", "JdV"],
            ["C", "ZORG", None, "JdV"],
            ["D", "Kinderopvang", "50-plussers en jongeren", None],
        ]
    )
    mapping = Mapping(columns=dict(MAPPING_COLUMNS), values={"coach": {"jdv": "anna"}})
    found = {column.key: column for column in sheet_words(sheet, mapping, maps())}
    assert list(found) == ["sector", "target_groups", "coach"]
    # A coded column the sheet leaves empty has nothing to ask about.
    empty = table([["A", None, None, None]])
    assert sheet_words(empty, mapping, maps()) == []
    sector = found["sector"]
    assert [(w.word, w.rows, w.automatic, w.chosen) for w in sector.words] == [
        ("Kinderopvang", 1, None, None),
        ("Zorgg", 1, None, None),
        ("Zorg", 2, 1, 1),  # "Zorg" and "ZORG" are one word, as the first row spells it
    ]
    assert sector.unknown == 2 and sector.options == tuple(SECTORS)
    groups = found["target_groups"]
    assert [(w.word, w.rows, w.chosen) for w in groups.words] == [
        ("Nieuwkomers", 1, None),
        ("Jongeren", 3, 7),
        ("50-plussers", 1, 8),
    ]
    coach = found["coach"]
    # A word the mapping translates is known, and still shows what zkijdesk alone reads.
    assert [(w.word, w.automatic, w.chosen) for w in coach.words] == [
        ("JdV", None, 11),
        ("Anna de Vries", 11, 11),
    ]
    assert coach.headers == ("Coach",)


@st.composite
def sheet_word(draw):
    """Words as sheets have them: letters, digits, spaces, punctuation, accents, and
    now and then an invisible or direction-changing character."""
    alphabet = st.sampled_from(
        [*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJZ0123456789 -&/'.éëïüç", "\u202e", "\u200b"]
    )
    return draw(st.text(alphabet, min_size=1, max_size=60))


@settings(max_examples=300, deadline=None)
@given(word=sheet_word(), pick=st.sampled_from(SECTORS))
def test_a_chosen_word_is_read_as_chosen_and_an_unchosen_one_is_refused_by_name(word, pick):
    values = maps()
    if not fold(word).strip():
        assert values.resolve("sector", word, label="Sector", own={}) is None
        return
    mapping = Mapping()
    automatic = values.known("sector", word)
    if automatic is None:
        with pytest.raises(ValidationError) as refused:
            values.resolve("sector", word, label="Sector", own={})
        message = refused.value.message
        assert refused.value.field == "sector"
        assert message == f"Sector “{quoted_word(word)}” kent zkijdesk niet."
        # One line, no invisible characters, the word no longer than a sentence quotes.
        assert "\n" not in message
        assert all(unicodedata.category(c) not in ("Cc", "Cf") for c in message)
        assert len(quoted_word(word)) <= QUOTED_MAX
        english = translate_message(message, "en")
        assert english == f"Sector “{quoted_word(word)}” is unknown to zkijdesk."
    else:
        assert values.resolve("sector", word, label="Sector", own={}) == automatic

    mapping.translate("sector", word, pick.word)
    own = mapping.values["sector"]
    assert values.resolve("sector", word, label="Sector", own=own) == pick.target
    assert values.known("sector", word, own) == pick.target
    # The saved mapping keys the word folded, as load_mapping reads it back.
    assert list(own) == [fold(word)]

    mapping.translate("sector", word, None)
    assert "sector" not in mapping.values
    assert values.known("sector", word, mapping.values.get("sector", {})) == automatic


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(["Jongeren", "jong", "50-plussers", "Nieuwkomers", "Statushouders"]),
        min_size=1,
        max_size=4,
    ),
    separator=st.sampled_from(["; ", ",", " / ", " | ", " en "]),
)
def test_a_cell_of_several_target_groups_lists_each_word(parts, separator):
    """The words the values step lists for a cell are the words the preview resolves:
    mapping every listed word makes the whole cell readable."""
    values = maps()
    cell = separator.join(parts)
    listed = values.parts("target_groups", cell, {})
    assert [fold(w) for w in listed] == [fold(p) for p in parts]
    own: dict[str, str] = {}
    for word in listed:
        if values.known("target_groups", word) is None:
            own[fold(word)] = "JONG"
    resolved = values.resolve_many("target_groups", cell, label="Focusdoelgroep", own=own)
    assert len(resolved) == len(parts)
    assert set(resolved) <= {7, 8}
