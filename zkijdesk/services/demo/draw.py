"""Cheap, deterministic draws shared by every part of the demo."""

from __future__ import annotations

import functools
import random
from bisect import bisect_right
from collections.abc import Iterable, Sequence
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


class BsnPool:
    """Citizen service numbers (BSN) handed out once each, marked in a fixed-size bitmap.

    A BSN's first eight digits (10,000,000 to 99,999,999 here) decide its ninth (the
    eleven-test), so one bit per eight-digit start marks a number as used: 11 MiB
    however many clients, where a set of strings grew by about 90 bytes a client. The
    draws are those of a set: the same numbers for the same seed.
    """

    LOW = 10_000_000
    HIGH = 100_000_000

    def __init__(self, used: Iterable[str] = ()) -> None:
        self._bits = bytearray((self.HIGH - self.LOW + 7) // 8)
        for number in used:
            if len(number) == 9 and number.isdigit() and int(number[:8]) >= self.LOW:
                self._mark(int(number[:8]) - self.LOW)

    def _mark(self, index: int) -> bool:
        """Mark an index used; False if it already was."""
        byte, bit = divmod(index, 8)
        mask = 1 << bit
        if self._bits[byte] & mask:
            return False
        self._bits[byte] |= mask
        return True

    def draw(self, rng: random.Random) -> str:
        """Nine digits passing the eleven-test, not yet used."""
        while True:
            first = rng.randrange(self.LOW, self.HIGH)
            digits = str(first)
            check = sum((9 - i) * int(d) for i, d in enumerate(digits)) % 11
            if check == 10:
                continue
            if self._mark(first - self.LOW):
                return digits + str(check)
