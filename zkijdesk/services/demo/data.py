"""The demo's data: weights, names and phrases from ``zkijdesk/resources/demo/*.json``.

The files hold what a person edits (a municipality's weight, a training, a phrase); they
are edited in ``resources/demo/`` at the repository's top and copied into the package
by ``python3 dev.py assets``. This module reads each once, turns enum codes into enums
and lists into tuples, and names the results as constants. The knobs that shape the
generator itself (shares, chances, counts) stay in code next to it. Order matters: a
list's order is the order of its draws, so reordering an entry changes every seeded
demo.
"""

from __future__ import annotations

import json
from enum import Enum
from importlib import resources
from typing import Any, TypeVar

from zkijdesk.domain.enums import (
    ActivityKind,
    ContractType,
    EmployerSize,
    ExitReason,
    GuidanceKind,
    IntakeStatus,
    ReferralSource,
    TrainingKind,
)
from zkijdesk.domain.matching import ContactKind

E = TypeVar("E", bound=Enum)


def _load(name: str) -> dict[str, Any]:
    source = resources.files("zkijdesk").joinpath("resources", "demo", name)
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def _pairs(items: list[list[Any]]) -> tuple[tuple[Any, Any], ...]:
    return tuple((tuple(a) if isinstance(a, list) else a, b) for a, b in items)


def _weights(enum: type[E], items: list[list[Any]]) -> tuple[tuple[E, float], ...]:
    return tuple((enum(code), weight) for code, weight in items)


def _by_kind(enum: type[E], mapping: dict[str, Any]) -> dict[E, Any]:
    return {
        enum(code): tuple(value) if isinstance(value, list) else value
        for code, value in mapping.items()
    }


def _tuples(mapping: dict[str, list[Any]]) -> dict[str, tuple[Any, ...]]:
    return {
        key: tuple(tuple(v) if isinstance(v, list) else v for v in value)
        for key, value in mapping.items()
    }


_DIST = _load("distributions.json")
_NAMES = _load("names.json")
_EMPLOYERS = _load("employers.json")
_TEXTS = _load("texts.json")
_PROJECTS = _load("projects.json")
_TRAININGS = _load("trainings.json")

# ------------------------------------------------------------------- where people live
#: Population of the region's municipalities by CBS code: Haarlem is about 40%.
MUNICIPALITY_WEIGHTS: tuple[tuple[str, float], ...] = _pairs(_DIST["municipality_weights"])
#: The municipality code of everyone living outside the region.
OUTSIDE_REGION: str = _DIST["outside_region"]
#: Four-digit postcode ranges per municipality (inclusive).
POSTCODE_RANGES: dict[str, tuple[tuple[int, int], ...]] = _tuples(_DIST["postcode_ranges"])

# ------------------------------------------------------------------- who they are
SECTOR_WEIGHTS: tuple[tuple[str, float], ...] = _pairs(_DIST["sector_weights"])
INTAKE_STATUS_WEIGHTS = _weights(IntakeStatus, _DIST["intake_status_weights"])
#: Age at first intake: young people and people over 50 are both well represented.
AGE_BANDS: tuple[tuple[tuple[int, int], float], ...] = _pairs(_DIST["age_bands"])

# ------------------------------------------------------------------- their routes
ROUTE_COUNT_WEIGHTS: tuple[tuple[int, float], ...] = _pairs(_DIST["route_count_weights"])
EXIT_WEIGHTS = _weights(ExitReason, _DIST["exit_weights"])
REFERRAL_WEIGHTS = _weights(ReferralSource, _DIST["referral_weights"])
GUIDANCE_WEIGHTS = _weights(GuidanceKind, _DIST["guidance_weights"])
CONTRACT_WEIGHTS = _weights(ContractType, _DIST["contract_weights"])
HOURS_WEIGHTS: tuple[tuple[int, float], ...] = _pairs(_DIST["hours_weights"])
SIZE_WEIGHTS = _weights(EmployerSize, _DIST["size_weights"])
ACTIVITY_WEIGHTS = _weights(ActivityKind, _DIST["activity_weights"])
ACTIVITY_MINUTES: dict[ActivityKind, tuple[int, int]] = _by_kind(
    ActivityKind, _DIST["activity_minutes"]
)
CONTACT_WEIGHTS = _weights(ContactKind, _DIST["contact_weights"])
#: Hours a week people say they want (a range; part-timers often want more).
HOURS_WISHES: tuple[tuple[int, int], ...] = tuple(tuple(w) for w in _DIST["hours_wishes"])
TRAINING_DAYS: dict[TrainingKind, tuple[int, int]] = _by_kind(TrainingKind, _DIST["training_days"])

# ------------------------------------------------------------------- names
#: Names for status holders (Syrian, Eritrean, Afghan), which nl_NL Faker rarely gives.
STATUS_FIRST_NAMES: tuple[str, ...] = tuple(_NAMES["status_first_names"])
STATUS_LAST_NAMES: tuple[str, ...] = tuple(_NAMES["status_last_names"])
NAME_PREFIXES: tuple[str, ...] = tuple(_NAMES["name_prefixes"])
#: Prefixes for a Faker version without prefixed surnames.
DEFAULT_PREFIXES: tuple[tuple[str, float], ...] = _pairs(_NAMES["default_prefixes"])
EMAIL_DOMAINS: tuple[str, ...] = tuple(_NAMES["email_domains"])

# ------------------------------------------------------------------- employers (WSP)
#: Sector-flavoured employer names; {s} = a surname, {p} = a place, {n} = a noun.
EMPLOYER_PATTERNS: dict[str, tuple[str, ...]] = _tuples(_EMPLOYERS["employer_patterns"])
PLACES: tuple[str, ...] = tuple(_EMPLOYERS["places"])
NOUNS: tuple[str, ...] = tuple(_EMPLOYERS["nouns"])
OCCUPATIONS: dict[str, tuple[str, ...]] = _tuples(_EMPLOYERS["occupations"])
CONTACT_TITLES: tuple[str, ...] = tuple(_EMPLOYERS["contact_titles"])

# ------------------------------------------------------------------- phrases
ACTIVITY_NOTES: dict[ActivityKind, tuple[str, ...]] = _by_kind(
    ActivityKind, _TEXTS["activity_notes"]
)
INTAKE_NOTES: tuple[str, ...] = tuple(_TEXTS["intake_notes"])
CLOSING_NOTES: dict[ExitReason, str] = _by_kind(ExitReason, _TEXTS["closing_notes"])
CONTACT_SUMMARIES: dict[ContactKind, tuple[str, ...]] = _by_kind(
    ContactKind, _TEXTS["contact_summaries"]
)
TASK_TITLES: tuple[str, ...] = tuple(_TEXTS["task_titles"])
FOLLOW_UP_TITLE: str = _TEXTS["follow_up_title"]

# ------------------------------------------------------------------- projects, trainings
#: Name, pillar, funding source, partners, expected results. The first runs throughout.
PROJECTS: tuple[tuple[str, str, str, str, str], ...] = tuple(
    (p["name"], p["pillar"], p["funding_source"], p["partners"], p["expected_results"])
    for p in _PROJECTS["projects"]
)
#: Title, kind, credential when achieved (None: no certificate).
TrainingTemplate = tuple[str, TrainingKind, str | None]
TRAININGS: dict[str, tuple[TrainingTemplate, ...]] = {
    sector: tuple((t["title"], TrainingKind(t["kind"]), t["credential"]) for t in items)
    for sector, items in _TRAININGS["trainings"].items()
}
PROVIDERS: dict[str, tuple[str, ...]] = _tuples(_TRAININGS["providers"])
