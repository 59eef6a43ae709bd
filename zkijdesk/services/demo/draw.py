"""Cheap, deterministic draws shared by every part of the demo."""

from __future__ import annotations

import functools
import random
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from zkijdesk.domain.names import fold


class Weighted:
    """Draws from fixed weights with one ``random()`` and a bisect: much cheaper than choices."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum: list[float] = []
        running = 0.0
        for _, weight in pairs:
            running += weight
            self.cum.append(running)
        self.total = running

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


_WORKING_MINUTES = tuple(timedelta(minutes=480 + minute) for minute in range(540))


@functools.lru_cache(maxsize=8192)
def _midnight(ordinal: int) -> datetime:
    return datetime.fromordinal(ordinal)


def stamp(ordinal: int, salt: int) -> datetime:
    """A working-hours timestamp on a day, derived from an id so output stays deterministic."""
    return _midnight(ordinal) + _WORKING_MINUTES[(salt * 37) % 540]


def ascii_word(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


def bsn(rng: random.Random, used: set[str]) -> str:
    """Nine digits passing the eleven-test, not yet used."""
    while True:
        first = rng.randrange(10_000_000, 100_000_000)
        digits = str(first)
        check = sum((9 - i) * int(d) for i, d in enumerate(digits)) % 11
        if check == 10:
            continue
        number = digits + str(check)
        if number not in used:
            used.add(number)
            return number
