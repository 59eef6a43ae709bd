"""Matching people to vacancies: the score, its parts and the reasons, in plain Python.

The score is a weighted sum of five parts, each between 0 and 1, times 100:

- **skills**: required skills count twice, desired skills once; a vacancy that asks
  for nothing scores a neutral 0.5 for everybody;
- **sector**: the person's orientation (route sector, else the client's own) against
  the vacancy's sector; subsectors roll up to their focus sector;
- **distance**: approximate kilometres between home municipality and work location;
- **hours**: hours wanted against hours offered (neutral when nobody asked);
- **availability**: already working in an ongoing placement, or waiting for an
  interview elsewhere, lowers the part.

Nothing here knows about the database or Qt, so the rules are tested on constructed
cases and the services only load rows and call :func:`score` / :func:`rank`.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from zkijdesk.domain.text import Text, t

#: The weights of the parts; they sum to 1 so the total is a percentage.
WEIGHTS: dict[str, float] = {
    "skills": 0.50,
    "sector": 0.15,
    "distance": 0.15,
    "hours": 0.10,
    "availability": 0.10,
}
REQUIRED_WEIGHT = 2
DESIRED_WEIGHT = 1
NEUTRAL = 0.5
#: Beyond this many kilometres the distance part is 0.
MAX_KM = 40.0
#: A gap of this many hours between wanted and offered makes the hours part 0.
MAX_HOURS_GAP = 16.0

OUTSIDE = "BUITEN"
SAME_PLACE_KM = 3.0
OUTSIDE_KM = 30.0

#: Approximate road distances (km) between the centres of the seven ZKIJ municipalities.
_KM: dict[frozenset[str], float] = {
    frozenset(pair): km
    for pair, km in (
        (("GM0375", "GM0377"), 15),  # Beverwijk - Bloemendaal
        (("GM0375", "GM0392"), 18),  # Beverwijk - Haarlem
        (("GM0375", "GM0396"), 4),  # Beverwijk - Heemskerk
        (("GM0375", "GM0397"), 22),  # Beverwijk - Heemstede
        (("GM0375", "GM0453"), 8),  # Beverwijk - Velsen
        (("GM0375", "GM0473"), 24),  # Beverwijk - Zandvoort
        (("GM0377", "GM0392"), 5),  # Bloemendaal - Haarlem
        (("GM0377", "GM0396"), 18),  # Bloemendaal - Heemskerk
        (("GM0377", "GM0397"), 8),  # Bloemendaal - Heemstede
        (("GM0377", "GM0453"), 10),  # Bloemendaal - Velsen
        (("GM0377", "GM0473"), 9),  # Bloemendaal - Zandvoort
        (("GM0392", "GM0396"), 21),  # Haarlem - Heemskerk
        (("GM0392", "GM0397"), 5),  # Haarlem - Heemstede
        (("GM0392", "GM0453"), 12),  # Haarlem - Velsen
        (("GM0392", "GM0473"), 10),  # Haarlem - Zandvoort
        (("GM0396", "GM0397"), 25),  # Heemskerk - Heemstede
        (("GM0396", "GM0453"), 10),  # Heemskerk - Velsen
        (("GM0396", "GM0473"), 26),  # Heemskerk - Zandvoort
        (("GM0397", "GM0453"), 16),  # Heemstede - Velsen
        (("GM0397", "GM0473"), 10),  # Heemstede - Zandvoort
        (("GM0453", "GM0473"), 17),  # Velsen - Zandvoort
    )
}


class CandidacyStage(StrEnum):
    """Where a proposal stands in the placement pipeline of the WSP."""

    PROPOSED = "voorgedragen"
    INTERVIEW = "gesprek"
    PLACED = "geplaatst"
    NOT_PLACED = "niet_geplaatst"


#: Stages in which a candidacy is still running (the person is not free for others).
PENDING_STAGES = frozenset({CandidacyStage.PROPOSED, CandidacyStage.INTERVIEW})


class NotPlacedReason(StrEnum):
    """Why a proposal did not end in a placement; counted, never free text in figures."""

    EMPLOYER_CHOSE_OTHER = "andere_kandidaat"
    SKILLS = "vaardigheden"
    CLIENT_DECLINED = "client_ziet_af"
    TERMS = "voorwaarden"
    VACANCY_CLOSED = "vacature_vervallen"
    OTHER = "anders"


class ContactKind(StrEnum):
    """An entry in an employer's contact log."""

    VISIT = "bezoek"
    PHONE = "telefoon"
    EMAIL = "email"
    AGREEMENT = "afspraak"
    OTHER = "anders"


def distance_km(home: str | None, work: str | None) -> float | None:
    """Approximate kilometres between two municipality codes; None when one is unknown."""
    if not home or not work:
        return None
    if home == work:
        return OUTSIDE_KM if home == OUTSIDE else SAME_PLACE_KM
    if OUTSIDE in (home, work):
        return OUTSIDE_KM
    return _KM.get(frozenset((home, work)), OUTSIDE_KM)


class Person(NamedTuple):
    """What matching knows of a person: ids and codes only, never a name.

    A named tuple rather than a dataclass: a team-wide search builds one per active
    client (tens of thousands), and a tuple is several times cheaper to make.
    """

    id: int
    skills: frozenset[int] = frozenset()
    sector_id: int | None = None
    municipality: str | None = None
    hours_min: int | None = None
    hours_max: int | None = None
    placed: bool = False
    pending_elsewhere: int = 0
    has_any_skill: bool | None = None


class Opening(NamedTuple):
    """What matching knows of a vacancy."""

    id: int
    required: frozenset[int] = frozenset()
    desired: frozenset[int] = frozenset()
    sector_id: int | None = None
    municipality: str | None = None
    hours: int | None = None


@dataclass(frozen=True)
class Sectors:
    """The sector hierarchy, to roll a subsector up to its focus sector."""

    parent: Mapping[int, int | None] = field(default_factory=dict)

    def top(self, sector_id: int | None) -> int | None:
        if sector_id is None:
            return None
        parent = self.parent.get(sector_id)
        return sector_id if parent is None else parent


@dataclass(frozen=True)
class Match:
    """One suggestion with its reasons: the parts, what fits and what is missing."""

    person_id: int
    opening_id: int
    total: float
    parts: dict[str, float]
    matched_required: frozenset[int]
    matched_desired: frozenset[int]
    missing_required: frozenset[int]
    missing_desired: frozenset[int]
    notes: tuple[str, ...]
    km: float | None


def _skills_part(person: Person, opening: Opening) -> tuple[float, frozenset[int], frozenset[int]]:
    required = opening.required & person.skills
    desired = opening.desired & person.skills
    weight = REQUIRED_WEIGHT * len(opening.required) + DESIRED_WEIGHT * len(opening.desired)
    if weight == 0:
        return NEUTRAL, required, desired
    got = REQUIRED_WEIGHT * len(required) + DESIRED_WEIGHT * len(desired)
    return got / weight, required, desired


def _sector_part(person: Person, opening: Opening, sectors: Sectors) -> tuple[float, str | None]:
    if opening.sector_id is None or person.sector_id is None:
        return NEUTRAL, "Geen sectorvoorkeur vastgelegd." if person.sector_id is None else None
    if person.sector_id == opening.sector_id:
        return 1.0, None
    if sectors.top(person.sector_id) == sectors.top(opening.sector_id):
        return 0.7, "Zelfde focussector, ander deelgebied."
    return 0.0, "Andere sector dan de voorkeur."


def sector_fit(sector_id: int | None, opening: Opening, sectors: Sectors) -> float:
    """The sector part for a person oriented to ``sector_id``, by the rule the score uses.

    Team matching orders the region by a bound in SQL that includes it, sector by sector.
    """
    return _sector_part(Person(0, sector_id=sector_id), opening, sectors)[0]


def _distance_part(km: float | None) -> float:
    if km is None:
        return NEUTRAL
    return max(0.0, 1.0 - km / MAX_KM)


def _hours_part(person: Person, opening: Opening) -> tuple[float, str | None]:
    if opening.hours is None or (person.hours_min is None and person.hours_max is None):
        return NEUTRAL, "Urenwens niet vastgelegd."
    low = person.hours_min if person.hours_min is not None else 0
    high = person.hours_max if person.hours_max is not None else 60
    if low <= opening.hours <= high:
        return 1.0, None
    gap = low - opening.hours if opening.hours < low else opening.hours - high
    if opening.hours < low:
        note = t("Vacature biedt {gap} uur minder dan gewenst.", gap=gap)
    else:
        note = t("Vacature biedt {gap} uur meer dan gewenst.", gap=gap)
    return max(0.0, 1.0 - gap / MAX_HOURS_GAP), note


def _availability_part(person: Person) -> tuple[float, str | None]:
    if person.placed:
        return 0.0, "Werkt al via een lopende plaatsing."
    if person.pending_elsewhere:
        return 0.5, "Is al voorgedragen voor een andere vacature."
    return 1.0, None


def score(person: Person, opening: Opening, sectors: Sectors) -> Match:
    """Score one person against one vacancy, with every reason a coach needs to judge it."""
    skills, matched_req, matched_des = _skills_part(person, opening)
    sector, sector_note = _sector_part(person, opening, sectors)
    km = distance_km(person.municipality, opening.municipality)
    hours, hours_note = _hours_part(person, opening)
    available, available_note = _availability_part(person)
    parts = {
        "skills": skills,
        "sector": sector,
        "distance": _distance_part(km),
        "hours": hours,
        "availability": available,
    }
    total = 100.0 * sum(WEIGHTS[name] * value for name, value in parts.items())
    notes = []
    if person.has_any_skill is False:
        notes.append("Nog geen vaardigheden vastgelegd.")
    if not opening.required and not opening.desired:
        notes.append("De vacature vraagt geen specifieke vaardigheden.")
    notes += [n for n in (sector_note, hours_note, available_note) if n]
    return Match(
        person_id=person.id,
        opening_id=opening.id,
        total=total,
        parts=parts,
        matched_required=matched_req,
        matched_desired=matched_des,
        missing_required=opening.required - matched_req,
        missing_desired=opening.desired - matched_des,
        notes=tuple(notes),
        km=km,
    )


def _rest_ceiling(opening: Opening) -> float:
    """The most the four parts besides skills can give anyone for this vacancy.

    Distances are never below SAME_PLACE_KM (see :func:`distance_km`), and a part the
    vacancy leaves open (no sector, place or hours) is neutral for everyone.
    """
    sector = 1.0 if opening.sector_id is not None else NEUTRAL
    distance = max(NEUTRAL, _distance_part(SAME_PLACE_KM)) if opening.municipality else NEUTRAL
    hours = 1.0 if opening.hours is not None else NEUTRAL
    return (
        WEIGHTS["sector"] * sector
        + WEIGHTS["distance"] * distance
        + WEIGHTS["hours"] * hours
        + WEIGHTS["availability"] * 1.0
    )


class _Parts:
    """The four parts that do not depend on skills, remembered per distinct input.

    People share a handful of sectors, seven municipalities and a few hours wishes, so
    each combination is computed once, by the same functions :func:`score` uses: the
    order and the explanation cannot disagree.
    """

    def __init__(self, sectors: Sectors) -> None:
        self.sectors = sectors
        self.cache: dict[tuple[object, ...], float] = {}

    def rest(
        self,
        opening: Opening,
        sector_id: int | None,
        municipality: str | None,
        hours_min: int | None,
        hours_max: int | None,
        placed: bool,
        pending: bool,
    ) -> float:
        """Weighted sector + distance + hours + availability, as a fraction of 1."""
        key = (
            sector_id,
            municipality,
            hours_min,
            hours_max,
            placed,
            pending,
            opening.sector_id,
            opening.municipality,
            opening.hours,
        )
        value = self.cache.get(key)
        if value is None:
            person = Person(0, frozenset(), sector_id, municipality, hours_min, hours_max)
            person = person._replace(placed=placed, pending_elsewhere=int(pending))
            km = distance_km(municipality, opening.municipality)
            value = (
                WEIGHTS["sector"] * _sector_part(person, opening, self.sectors)[0]
                + WEIGHTS["distance"] * _distance_part(km)
                + WEIGHTS["hours"] * _hours_part(person, opening)[0]
                + WEIGHTS["availability"] * _availability_part(person)[0]
            )
            self.cache[key] = value
        return value


class Ranker:
    """Orders many people for one vacancy without building their reasons.

    A team-wide search ranks every active client of the region; only the few shown get
    :func:`score` with its reasons. :meth:`key` takes plain values (how many required
    and desired skills match, codes, flags), so a caller can rank straight from query
    rows without building a :class:`Person` or a set per client. Smaller keys are
    better: (-total, missing required skills, id).
    """

    def __init__(self, opening: Opening, sectors: Sectors, parts: _Parts | None = None) -> None:
        self.opening = opening
        self.parts = parts or _Parts(sectors)
        self.required_count = len(opening.required)
        self.weight = REQUIRED_WEIGHT * self.required_count + DESIRED_WEIGHT * len(opening.desired)
        # This vacancy's view of the shared cache, keyed without the vacancy's fields:
        # the hot loop then does one dict lookup per person.
        self._rest: dict[tuple[object, ...], float] = {}

    def key(
        self,
        other_id: int,
        required: int,
        desired: int,
        sector_id: int | None,
        municipality: str | None,
        hours_min: int | None,
        hours_max: int | None,
        placed: bool,
        pending: int,
    ) -> tuple[float, int, int]:
        """The sort key from counts of matching required and desired skills and the codes."""
        attributes = (sector_id, municipality, hours_min, hours_max, placed, pending > 0)
        rest = self._rest.get(attributes)
        if rest is None:
            rest = self._rest[attributes] = self.parts.rest(self.opening, *attributes)
        if self.weight:
            skills = (REQUIRED_WEIGHT * required + DESIRED_WEIGHT * desired) / self.weight
        else:
            skills = NEUTRAL
        total = 100.0 * (WEIGHTS["skills"] * skills + rest)
        # Rounded, so that sums of the same parts in another order still tie.
        return (-round(total, 6), self.required_count - required, other_id)

    def unmatched_floor(self) -> tuple[float, int, int] | None:
        """A key no person without any of the vacancy's skills can beat (None when the
        vacancy asks for no skills, so that everyone's skills part is the same)."""
        return self.ceiling(0) if self.weight else None

    def ceiling(self, weight: int) -> tuple[float, int, int]:
        """A key that nobody whose matched skills weigh at most ``weight`` can beat.

        ``weight`` counts as the skills part does (required twice, desired once). The
        other parts are taken at the best this vacancy allows anyone, so a search that
        reads people in order of falling weight may stop once its worst kept key is
        below this: nobody left to read can enter the list (issue 17: a region of
        300,000 clients must not be read whole for one vacancy).
        """
        skills = weight / self.weight if self.weight else NEUTRAL
        best = 100.0 * (WEIGHTS["skills"] * skills + _rest_ceiling(self.opening))
        # A hair above the best, so that float rounding can never let a tie slip past.
        return (-(round(best, 6) + 1e-6), 0, -1)

    def person_key(self, person: Person, other_id: int | None = None) -> tuple[float, int, int]:
        have = person.skills
        return self.key(
            person.id if other_id is None else other_id,
            len(self.opening.required & have),
            len(self.opening.desired & have),
            person.sector_id,
            person.municipality,
            person.hours_min,
            person.hours_max,
            person.placed,
            person.pending_elsewhere,
        )


def rank_people(
    opening: Opening, people: Iterable[Person], sectors: Sectors, limit: int | None = None
) -> list[Match]:
    """People for one vacancy, best first; ties go to fewer missing required, then lower id."""
    key = Ranker(opening, sectors).person_key
    chosen = sorted(people, key=key) if limit is None else heapq.nsmallest(limit, people, key)
    return [score(p, opening, sectors) for p in chosen]


def rank_openings(
    person: Person, openings: Iterable[Opening], sectors: Sectors, limit: int | None = None
) -> list[Match]:
    """Vacancies for one person, best first; ties go to fewer missing required, then lower id."""
    parts = _Parts(sectors)

    def key(opening: Opening) -> tuple[float, int, int]:
        return Ranker(opening, sectors, parts).person_key(person, opening.id)

    chosen = sorted(openings, key=key) if limit is None else heapq.nsmallest(limit, openings, key)
    return [score(person, o, sectors) for o in chosen]


def training_route(
    missing_required: Iterable[int],
    missing_desired: Iterable[int],
    label: Mapping[int, str],
    training: Mapping[int, str],
) -> list[str]:
    """What to learn to fit: required gaps first, each with a known training when there is one."""
    steps: list[str] = []
    for required, ids in ((True, missing_required), (False, missing_desired)):
        for skill_id in sorted(ids, key=lambda i: (label.get(i, ""), i)):
            steps.append(
                _training_step(label.get(skill_id, str(skill_id)), required, training.get(skill_id))
            )
    return steps


def _training_step(skill: str, required: bool, course: str | None) -> Text:
    """One step of a training route, a sentence by id (a reader may want English)."""
    if required and course:
        return t("{skill} (verplicht): via {course}", skill=skill, course=course)
    if required:
        return t("{skill} (verplicht): via scholing of werkervaring", skill=skill)
    if course:
        return t("{skill} (gewenst): via {course}", skill=skill, course=course)
    return t("{skill} (gewenst): via scholing of werkervaring", skill=skill)
