"""The matching score on constructed cases where the right order is known."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zkijdesk.domain import matching as dm

ZW, TECH, ICT, PROD, HANDEL, OVERIG = 1, 3, 4, 6, 8, 7
SECTORS = dm.Sectors({ZW: None, TECH: None, ICT: TECH, PROD: TECH, OVERIG: None, HANDEL: OVERIG})
HAARLEM, HEEMSTEDE, BEVERWIJK = "GM0392", "GM0397", "GM0375"
VACANCY = dm.Opening(
    id=10,
    required=frozenset({1, 2}),
    desired=frozenset({3}),
    sector_id=ZW,
    municipality=HAARLEM,
    hours=24,
)


def person(pid: int, skills=(), **kw) -> dm.Person:
    base = {"sector_id": ZW, "municipality": HAARLEM, "hours_min": 20, "hours_max": 32}
    base.update(kw)
    return dm.Person(id=pid, skills=frozenset(skills), **base)


def order(people, opening=VACANCY) -> list[int]:
    return [x.person_id for x in dm.rank_people(opening, people, SECTORS)]


def test_required_skills_weigh_more_than_desired_ones():
    both_required = person(1, {1, 2})
    one_required_and_desired = person(2, {1, 3})
    only_desired = person(3, {3})
    assert order([only_desired, one_required_and_desired, both_required]) == [1, 2, 3]
    match = dm.rank_people(VACANCY, [both_required], SECTORS)[0]
    assert match.parts["skills"] == 4 / 5
    assert match.matched_required == {1, 2}
    assert match.missing_desired == {3} and not match.missing_required


def test_sector_orientation_rolls_subsectors_up_to_the_focus_sector():
    tech = dm.Opening(id=11, required=frozenset({5}), sector_id=ICT, municipality=HAARLEM, hours=24)
    same = person(1, {5}, sector_id=ICT)
    sibling = person(2, {5}, sector_id=PROD)
    unknown = person(3, {5}, sector_id=None)
    other = person(4, {5}, sector_id=HANDEL)
    assert order([other, unknown, sibling, same], tech) == [1, 2, 3, 4]
    parts = [x.parts["sector"] for x in dm.rank_people(tech, [same, sibling, other], SECTORS)]
    assert parts == [1.0, 0.7, 0.0]


def test_closer_to_home_ranks_higher_and_outside_the_region_lowest():
    near = person(3, {1, 2}, municipality=HEEMSTEDE)
    far = person(1, {1, 2}, municipality=BEVERWIJK)
    outside = person(2, {1, 2}, municipality="BUITEN")
    home = person(4, {1, 2})
    assert order([far, outside, near, home]) == [4, 3, 1, 2]
    assert dm.distance_km(HAARLEM, HEEMSTEDE) == dm.distance_km(HEEMSTEDE, HAARLEM) == 5


def test_hours_outside_the_wanted_range_cost_points_and_say_so():
    fits = person(2, {1, 2}, hours_min=20, hours_max=28)
    wants_more = person(1, {1, 2}, hours_min=32, hours_max=40)
    match = dm.rank_people(VACANCY, [fits, wants_more], SECTORS)
    assert [x.person_id for x in match] == [2, 1]
    assert "Vacature biedt 8 uur minder dan gewenst." in match[1].notes


def test_someone_already_placed_or_proposed_elsewhere_is_less_available():
    free = person(3, {1, 2})
    proposed = person(1, {1, 2}, pending_elsewhere=1)
    placed = person(2, {1, 2}, placed=True)
    result = dm.rank_people(VACANCY, [placed, proposed, free], SECTORS)
    assert [x.person_id for x in result] == [3, 1, 2]
    assert "Werkt al via een lopende plaatsing." in result[2].notes


def test_ties_are_broken_by_missing_required_skills_then_by_lowest_id():
    twins = [person(pid, {1, 2}) for pid in (9, 4, 7)]
    assert order(twins) == [4, 7, 9]
    # Equal totals, but one lacks a required skill: it goes after.
    opening = dm.Opening(id=12, required=frozenset({1}), desired=frozenset({2, 3}), hours=24)
    one_required = person(5, {1}, sector_id=None, municipality=None)
    two_desired = person(2, {2, 3}, sector_id=None, municipality=None)
    ranked = dm.rank_people(opening, [two_desired, one_required], SECTORS)
    assert ranked[0].total == ranked[1].total
    assert [x.person_id for x in ranked] == [5, 2]


def test_a_client_without_skills_still_gets_a_score_and_a_training_route():
    nobody = person(1, (), has_any_skill=False)
    match = dm.rank_people(VACANCY, [nobody], SECTORS)[0]
    assert match.parts["skills"] == 0.0
    assert match.total > 0
    assert "Nog geen vaardigheden vastgelegd." in match.notes
    route = dm.training_route(
        match.missing_required,
        match.missing_desired,
        {1: "Ondersteunen bij ADL", 2: "Medicatie", 3: "Omgaan met dementie"},
        {1: "Helpende Zorg & Welzijn niveau 2 (bbl)"},
    )
    assert route == [
        "Medicatie (verplicht): via scholing of werkervaring",
        "Ondersteunen bij ADL (verplicht): via Helpende Zorg & Welzijn niveau 2 (bbl)",
        "Omgaan met dementie (gewenst): via scholing of werkervaring",
    ]


def test_vacancies_for_a_client_are_ranked_the_same_way():
    client = person(1, {1, 2, 5}, sector_id=ZW)
    care = VACANCY
    tech = dm.Opening(id=3, required=frozenset({5}), sector_id=PROD, municipality=HAARLEM, hours=24)
    none = dm.Opening(id=2, sector_id=HANDEL, municipality=BEVERWIJK, hours=40)
    ranked = dm.rank_openings(client, [none, tech, care], SECTORS)
    assert [x.opening_id for x in ranked] == [10, 3, 2]
    assert "De vacature vraagt geen specifieke vaardigheden." in ranked[2].notes


skill_sets = st.frozensets(st.integers(1, 6), max_size=6)


@given(skill_sets, skill_sets, st.integers(1, 40))
def test_gaining_a_skill_never_lowers_the_score(skills, extra, hours):
    opening = dm.Opening(id=1, required=frozenset({1, 2}), desired=frozenset({3, 4}), hours=hours)
    before = dm.score(person(1, skills), opening, SECTORS).total
    after = dm.score(person(1, skills | extra), opening, SECTORS).total
    assert after >= before
    assert 0 <= before <= 100


people_strategy = st.lists(
    st.builds(
        dm.Person,
        id=st.integers(1, 10_000),
        skills=skill_sets,
        sector_id=st.sampled_from([None, ZW, ICT, PROD, HANDEL]),
        municipality=st.sampled_from([None, HAARLEM, HEEMSTEDE, BEVERWIJK, "BUITEN"]),
        hours_min=st.sampled_from([None, 8, 20, 32]),
        hours_max=st.sampled_from([None, 24, 36, 40]),
        placed=st.booleans(),
        pending_elsewhere=st.integers(0, 2),
    ),
    max_size=30,
    unique_by=lambda p: p.id,
)


@given(people_strategy, st.integers(1, 40), st.sampled_from([None, 3, 10]))
def test_the_fast_ranking_agrees_with_the_explained_score(people, hours, limit):
    """The ranking reads counts and remembered parts; the reasons come from score()."""
    opening = dm.Opening(
        id=1,
        required=frozenset({1, 2}),
        desired=frozenset({3}),
        sector_id=ZW,
        municipality=HAARLEM,
        hours=hours,
    )
    explained = sorted(
        (dm.score(p, opening, SECTORS) for p in people),
        key=lambda x: (-round(x.total, 6), len(x.missing_required), x.person_id),
    )
    ranked = dm.rank_people(opening, people, SECTORS, limit)
    assert [x.person_id for x in ranked] == [x.person_id for x in explained][:limit]
