"""People's and firms' names: pools drawn once from Faker, then picked by the demo's rng.

Faker is slow per call, so a few hundred first names, surnames and company names are
drawn up front and every person is made from them.
"""

from __future__ import annotations

import random

from faker import Faker
from faker.providers.company.nl_NL import Provider as _FakerCompanies

from zkijdesk.services.demo.data import (
    DEFAULT_PREFIXES,
    NAME_PREFIXES,
    STATUS_FIRST_NAMES,
    STATUS_LAST_NAMES,
)
from zkijdesk.services.demo.draw import Weighted

#: Share of people whose surname has a prefix (van, de, van der ...).
PREFIX_SHARE = 0.25
#: Chance that a status holder gets a name from the status holders' lists.
STATUS_NAME_SHARE = 0.8

_POSTCODE_LETTERS: tuple[str, ...] = tuple(
    a + b
    for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if a + b not in ("SA", "SD", "SS")
)


class NamePool:
    """First names, surnames (plain and with a prefix) and company names."""

    def __init__(self, seed: int, rng: random.Random) -> None:
        fk = Faker("nl_NL")
        fk.seed_instance(seed)
        self.first_names = [fk.first_name() for _ in range(600)]
        plain: list[str] = []
        prefixed: list[tuple[str, str]] = []
        for _ in range(1500):
            name = fk.last_name()
            if "," in name or not name[:1].isalpha():
                continue
            for prefix in NAME_PREFIXES:
                if name.startswith(prefix + " "):
                    rest = name[len(prefix) + 1 :]
                    if rest[:1].isupper():
                        prefixed.append((prefix, rest))
                    break
            else:
                if name[:1].isupper() and " " not in name:
                    plain.append(name)
        prefix_mix = Weighted(DEFAULT_PREFIXES)
        while len(prefixed) < 100:  # a Faker version without prefixed names still gets some
            prefixed.append((prefix_mix.pick(rng), rng.choice(plain)))
        self.plain_last_names = plain
        self.prefixed_last_names = prefixed
        # Faker mixes in real large firms; a demo should not give them made-up vacancies.
        real = set(getattr(_FakerCompanies, "large_companies", ()))
        companies = [fk.company() for _ in range(300)]
        self.companies = [c for c in companies if c not in real and "," not in c] or plain

    def name(self, rng: random.Random, status_holder: bool) -> tuple[str, str | None, str]:
        """First name, surname prefix (or None) and surname."""
        if status_holder and rng.random() < STATUS_NAME_SHARE:
            return rng.choice(STATUS_FIRST_NAMES), None, rng.choice(STATUS_LAST_NAMES)
        first = rng.choice(self.first_names)
        if rng.random() < PREFIX_SHARE:
            prefix, last = rng.choice(self.prefixed_last_names)
            return first, prefix, last
        return first, None, rng.choice(self.plain_last_names)


def postcode(rng: random.Random, ranges: Weighted) -> str:
    """A postcode in one of a municipality's ranges (``Reference.postcode_mix``)."""
    low, high = ranges.pick(rng)
    return f"{rng.randint(low, high)} {rng.choice(_POSTCODE_LETTERS)}"
