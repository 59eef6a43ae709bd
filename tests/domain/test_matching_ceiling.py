"""The ceiling that lets team matching stop reading (issue 17) is never beaten: if it
were, a better candidate than the 25th shown could stay unread and never be suggested."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zkijdesk.domain import matching as dm

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)

SECTORS = dm.Sectors({1: None, 2: None, 3: 1, 4: 1, 5: 2})
PLACES = [None, "GM0375", "GM0377", "GM0392", "GM0396", "GM0397", "GM0453", "GM0473", "BUITEN"]
SKILLS = st.frozensets(st.integers(1, 8), max_size=6)
HOURS = st.one_of(st.none(), st.integers(0, 60))


@st.composite
def openings(draw) -> dm.Opening:
    required = draw(SKILLS)
    desired = draw(SKILLS) - required
    return dm.Opening(
        1,
        required,
        desired,
        draw(st.sampled_from([None, 1, 2, 3, 4, 5])),
        draw(st.sampled_from(PLACES)),
        draw(HOURS),
    )


@st.composite
def people(draw) -> dm.Person:
    low, high = draw(HOURS), draw(HOURS)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return dm.Person(
        draw(st.integers(1, 10_000)),
        draw(SKILLS),
        draw(st.sampled_from([None, 1, 2, 3, 4, 5])),
        draw(st.sampled_from(PLACES)),
        low,
        high,
        draw(st.booleans()),
        draw(st.integers(0, 2)),
    )


@settings(max_examples=3000, deadline=None)
@given(openings(), people())
def test_nobody_beats_the_ceiling_of_their_skills_weight(opening, person):
    ranker = dm.Ranker(opening, SECTORS)
    weight = dm.REQUIRED_WEIGHT * len(opening.required & person.skills) + dm.DESIRED_WEIGHT * len(
        opening.desired & person.skills
    )
    assert ranker.ceiling(weight) < ranker.person_key(person)
    # The ceiling is what the score would be: the shown total agrees with the key.
    total = dm.score(person, opening, SECTORS).total
    assert -ranker.ceiling(weight)[0] >= round(total, 6)


def test_the_ceiling_is_reached_by_the_best_possible_person():
    """Not so loose that the search could never stop: a perfect fit scores it."""
    opening = dm.Opening(1, frozenset({1, 2}), frozenset({3}), 3, "GM0392", 24)
    ranker = dm.Ranker(opening, SECTORS)
    best = dm.Person(7, frozenset({1, 2, 3}), 3, "GM0392", 20, 32)
    total = dm.score(best, opening, SECTORS).total
    assert abs(-ranker.ceiling(ranker.weight)[0] - total) < 1e-5
