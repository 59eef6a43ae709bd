"""Secondary suppression, driven by the audit itself.

Starting from the unsafe cells, two passes repeat until the audit passes:

1. Local rules, per additive relation (a row of a table with its total, a column of
   an own dimension with its total, year-to-date = earlier year-to-date + month):
   a relation with exactly one hidden cell gives it away, so another cell of that
   relation is hidden; and a relation whose hidden cells are all unsafe ones would let
   them "protect only each other", so a safe cell of that relation is hidden too.
2. The LP audit (``audit.py``) computes every hidden cell's derivable interval from
   everything published (including earlier publications of the year). For each cell
   whose interval is narrower than the threshold, a neighbour is hidden.

The neighbour is the cheapest candidate: not a total if an inner cell will do, not a
zero if a count will do (a hidden zero can only widen anything if its neighbours can
shrink, and must itself stay wide enough), and the smallest value that still carries
enough mass (at least the missing width), preferring cells that close a cycle with
cells already hidden, so few and small cells are hidden. Hiding more can only widen
intervals, so a cell that passed the audit once stays safe and only the failing ones
are checked again. Every choice is made in key order, so the
same figures give the same pattern.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from zkijdesk.reporting.cells import CellKey
from zkijdesk.reporting.disclosure.audit import Interval, block_intervals
from zkijdesk.reporting.disclosure.model import BlockModel
from zkijdesk.reporting.disclosure.primary import SECONDARY

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

Key = CellKey
"""A cell. The algorithm needs only keys that hash and sort: the textbook tests give
plain ``(row, column)`` tuples (``model.table_model``)."""


@dataclass
class Problem:
    """Everything secondary suppression and the audit need, independent of indicators."""

    values: dict[Key, int]
    """The cells of this publication with their true values."""
    known: dict[Key, int]
    """Cells published before (same value today): constants for every reader."""
    extra: dict[Key, int]
    """Cells this publication does not show that must stay hidden anyway, with their
    values: unsafe cells an earlier publication hid, and unsafe counts a reader could
    otherwise compute by differencing (January to September from a year-to-date
    October minus October)."""
    relations: list[tuple[Key, ...]]
    """Additive relations, parts first and their total last; a member outside ``values``
    and ``known`` is hidden for good."""
    blocks: dict[Hashable, BlockModel]
    block_of: Callable[[Key], Hashable]
    rank: Callable[[Key], int]
    """How costly hiding a cell is before its value counts: totals are worth more than
    inner cells, and a year-to-date cell more than a month (hiding it would leak next
    month, when next year-to-date minus next month gives it back)."""
    sort_key: Callable[[Key], SupportsRichComparison] = repr
    neighbours: dict[Key, tuple[Key, ...]] = field(default_factory=dict)
    carried: dict[Key, int] = field(default_factory=dict)
    """Other cells earlier publications hid (to protect unsafe ones), with their values:
    a reader must not be able to pin them down later either, or they were hidden for
    nothing. They must stay at least one whole number wide."""
    headline: Callable[[Key], bool] = lambda _key: False
    """A figure the optimising planner never hides to protect another (``optimal.py``):
    each indicator's total for the month and the year to date, the region's main
    figures. It is still hidden when it is unsafe itself, and the greedy protector may
    take it as a last resort."""
    revisits: Callable[[], bool] = lambda: True
    """Whether earlier publications reach this one's period or beyond (a correction,
    or months published out of order). Only then can they have narrowed a cell
    before this publication shows anything; in calendar order every earlier audit
    already kept them wide."""


@dataclass
class Protection:
    threshold: int
    suppressed: dict[Key, str]
    """Hidden cells of this publication with the reason (primair, groep, secundair)."""
    intervals: dict[Key, Interval]
    """What a reader can derive for each hidden cell; internal, never published."""
    failures: list[Key]
    already_public: set[Key]
    """Hidden cells earlier publications already showed, and unsafe cells of earlier
    months they already narrowed below the threshold: nothing this publication does
    can change that, so they do not block it; the audit reports how many there are."""
    others_wide: bool = False
    """Whether every other hidden cell (hidden to protect, now or earlier in the year)
    is shown at least one whole number wide: nothing is hidden for nothing."""
    released: set[Key] = field(default_factory=set)
    """Cells earlier publications of the year hid to protect others that this one no
    longer keeps wide (``optimal.RELEASE_COST``): a reader may now pin them down."""

    @property
    def passed(self) -> bool:
        return not self.failures


class _Protector:
    def __init__(self, problem: Problem, threshold: int, primary: Mapping[Key, str]) -> None:
        self.p = problem
        self.t = threshold
        self.suppressed: dict[Key, str] = dict(primary)
        self.intervals: dict[Key, Interval] = {}
        self.unproven: set[Key] = set()
        self.narrow: set[Key] = set()
        self.final = False
        self.relations_of: dict[Key, list[int]] = {}
        for i, rel in enumerate(problem.relations):
            for member in rel:
                self.relations_of.setdefault(member, []).append(i)

    # ------------------------------------------------------------------ helpers
    def hidden(self, key: Key) -> bool:
        if key in self.p.known:
            return False
        return key in self.suppressed or key not in self.p.values

    def protected(self, key: Key) -> bool:
        """Must stay hidden: hidden in this publication, or an unsafe extra cell.

        A cell earlier publications already pin down needs no protection unless it
        is unsafe (then the audit decides)."""
        if key in self.p.known or (key in self.narrow and not self.unsafe(key)):
            return False
        return key in self.suppressed or key in self.p.extra

    def need(self, key: Key) -> int:
        """How wide a hidden cell must stay (the threshold, here for every cell)."""
        return self.t

    def unsafe(self, key: Key) -> bool:
        if key in self.suppressed:
            return self.suppressed[key] != SECONDARY
        return key in self.p.extra

    def value(self, key: Key) -> int:
        for source in (self.p.values, self.p.known, self.p.extra, self.p.carried):
            found = source.get(key)
            if found is not None:
                return found
        return 0

    def candidate(self, key: Key) -> bool:
        return (
            key in self.p.values
            and key not in self.p.known
            and key not in self.suppressed
            and key not in self.narrow
            and not self.pinned(key)
        )

    def pinned(self, key: Key) -> bool:
        """A part of a relation whose published total is zero is zero for every reader:
        hiding it protects nothing and it could never be wide enough itself."""
        for i in self.relations_of.get(key, ()):
            rel = self.p.relations[i]
            total = rel[-1]
            if total != key and not self.hidden(total) and self.value(total) == 0:
                return True
        return False

    def exposure(self, key: Key, current: int | None) -> int:
        """Relations where hiding ``key`` would make it the only hidden cell.

        Each such relation would need yet another suppression, so a candidate that
        closes a cycle with cells already hidden (exposure 0) is cheaper than one that
        opens new ones: that is how few cells end up hidden.
        """
        count = 0
        for i in self.relations_of.get(key, ()):
            if i == current:
                continue
            if not any(self.hidden(m) for m in self.p.relations[i] if m != key):
                count += 1
        return count

    def cost(self, key: Key, need: float, current: int | None) -> tuple:
        value = self.p.values[key]
        enough = value >= need
        return (
            self.p.headline(key),  # the region's own totals last (``Problem.headline``)
            self.p.rank(key),
            value == 0,
            not enough,
            self.exposure(key, current),
            value if enough else -value,
            self.p.sort_key(key),
        )

    def choose(self, pool: set[Key], need: float, current: int | None = None) -> Key | None:
        options = [k for k in pool if self.candidate(k)]
        if not options:
            return None
        return min(options, key=lambda k: self.cost(k, need, current))

    # ------------------------------------------------------------------ pass 1
    def local_pass(self, touched: set[Key] | None = None) -> None:
        """Apply the local rules until no relation needs another suppression.

        Only relations around cells hidden since the last pass can have changed, so
        after the first pass just those are looked at again.
        """
        if touched is None:
            queue = deque(range(len(self.p.relations)))
        else:
            queue = deque(sorted({i for k in touched for i in self.relations_of.get(k, ())}))
        pending = set(queue)
        while queue:
            index = queue.popleft()
            pending.discard(index)
            rel = self.p.relations[index]
            hidden = [m for m in rel if self.hidden(m)]
            if not any(self.protected(m) for m in hidden):
                continue
            if len(hidden) >= 2 and not all(self.unsafe(m) for m in hidden):
                continue
            mass = sum(self.value(m) for m in hidden)
            pick = self.choose(set(rel), self.t - mass, index)
            if pick is None:
                continue
            self.suppressed[pick] = SECONDARY
            for i in self.relations_of.get(pick, ()):
                if i not in pending:
                    pending.add(i)
                    queue.append(i)

    # ------------------------------------------------------------------ pass 2
    def published_in(self, model: BlockModel) -> dict[Key, int]:
        """What a reader sees of one block: this publication's shown cells and every
        cell an earlier publication showed."""
        published = {
            k: v
            for k, v in self.p.values.items()
            if k not in self.suppressed and k in model.expressions
        }
        for k, v in self.p.known.items():
            if k in model.expressions:
                published[k] = v
        return published

    def audit(self, targets: list[Key]) -> list[Key]:
        by_block: dict[Hashable, list[Key]] = {}
        for key in targets:
            by_block.setdefault(self.p.block_of(key), []).append(key)
        failing: list[Key] = []
        for block_id in sorted(by_block, key=repr):
            model = self.p.blocks[block_id]
            published = self.published_in(model)
            found = block_intervals(model, published, by_block[block_id], self.t, self.exact_wanted)
            for key, interval in found.items():
                self.intervals[key] = interval
                if interval.width < self.t:
                    failing.append(key)
                    if not interval.exact:
                        self.unproven.add(key)
        return sorted(failing, key=self.p.sort_key)

    def exact_wanted(self, key: Key) -> bool:
        """Exact bounds only for a cell that stayed unproven once already (or at the end).

        The first time a cell cannot be shown safe cheaply it is simply treated as
        unsafe and a neighbour is hidden; that costs at most an extra suppression,
        whereas two exact LPs per doubtful cell dominate the run time.
        """
        return self.final or key in self.unproven

    def widen(self, failing: list[Key]) -> set[Key]:
        picked: set[Key] = set()
        for key in failing:
            interval = self.intervals[key]
            need = self.t - (interval.width if interval.width != float("inf") else self.t)
            pick = self.choose(self.nearby(key), need)
            if pick is None:
                block = self.p.block_of(key)
                pick = self.choose({k for k in self.p.values if self.p.block_of(k) == block}, need)
            if pick is not None:
                self.suppressed[pick] = SECONDARY
                picked.add(pick)
        return picked

    def nearby(self, key: Key, depth: int = 4) -> set[Key]:
        """Candidates in the relations around ``key``, looking through hidden cells.

        A cell hidden last month is often exposed through a chain: this month's
        year-to-date minus this month gives last month's year-to-date, which minus an
        earlier year-to-date gives the hidden month. So the search walks on through
        hidden cells until it finds cells it could hide.
        """
        seen = {key}
        frontier = [key]
        pool = {k for k in self.p.neighbours.get(key, ()) if self.candidate(k)}
        for _ in range(depth):
            following = []
            for cell in frontier:
                for i in self.relations_of.get(cell, ()):
                    for member in self.p.relations[i]:
                        if member in seen:
                            continue
                        seen.add(member)
                        if self.candidate(member):
                            pool.add(member)
                        elif self.hidden(member):
                            following.append(member)
            if pool:
                return pool
            frontier = following
        return pool

    def narrow_before(self) -> set[Key]:
        """Cells that earlier publications alone already narrow below the threshold.

        An unsafe cell of an earlier month among them cannot be protected by anything
        this publication hides: it is reported and does not block. One of this
        publication's own unsafe cells does block: the export is refused, since it
        could not keep that number hidden. A safe cell among them would be a useless
        protector that could never be wide enough itself, so it is never chosen as a
        secondary suppression. Safe cells only need to be shown wide
        cheaply (an unproven one is simply not used); unsafe ones get exact bounds.
        """
        if not self.p.known or not self.p.revisits():
            return set()
        by_block: dict[Hashable, list[Key]] = {}
        for key in (*self.p.values, *self.p.extra):
            if key not in self.p.known:
                by_block.setdefault(self.p.block_of(key), []).append(key)
        found: set[Key] = set()
        for block_id in sorted(by_block, key=repr):
            model = self.p.blocks[block_id]
            known = {k: v for k, v in self.p.known.items() if k in model.expressions}
            if not known:
                continue
            keys = sorted(by_block[block_id], key=self.p.sort_key)
            bounds = block_intervals(model, known, keys, self.need, self.settled)
            for key, interval in bounds.items():
                if interval.width < self.need(key):
                    found.add(key)
        return found

    def settled(self, key: Key) -> bool:
        """Whether earlier publications' hold on ``key`` must be known exactly: for
        unsafe cells, and for cells already hidden (by an earlier version of this
        month), which are reported as already public when narrow."""
        return self.unsafe(key) or key in self.suppressed

    def run(self) -> Protection:
        kept = any(reason == SECONDARY for reason in self.suppressed.values())
        self.narrow = self.narrow_before()
        lost = {k for k in self.narrow if k in self.p.extra and k not in self.suppressed}
        # Safe cells an earlier version of this month hid that later publications have
        # since pinned down: hiding them protects nothing, and they cannot block.
        lost |= {k for k in self.narrow if k in self.suppressed and not self.unsafe(k)}
        self.local_pass()
        checked: set[Key] = set(lost)
        failing: list[Key] = []
        # A repeat export starts from its earlier pattern: audit it exactly first, so
        # a pattern that passed before is kept as it was (the same files again).
        self.final = kept
        while True:
            targets = [
                k
                for k in (*self.suppressed, *self.p.extra)
                if k not in self.p.known and (k not in checked or k in failing)
            ]
            checked.update(targets)
            failing = self.audit(targets) if targets else []
            self.final = False
            if not failing:
                break
            picked = self.widen(failing)
            if not picked:
                self.final = True
                failing = self.audit(failing)
                break
            self.local_pass(picked)
        return Protection(
            self.t,
            dict(sorted(self.suppressed.items(), key=lambda kv: self.p.sort_key(kv[0]))),
            self.intervals,
            # Only an unsafe count pinned down blocks the export. A safe cell hidden to
            # protect others that a reader can still pin down (say, sustained
            # placements bounded by a published zero six months earlier) gives away
            # nothing that could be published anyway.
            [k for k in failing if k not in lost and self.unsafe(k)],
            {k for k in self.suppressed if k in self.p.known} | (lost & set(self.suppressed)),
        )


def protect(problem: Problem, threshold: int, primary: Mapping[Key, str]) -> Protection:
    """Choose secondary suppressions until every hidden cell is wide enough, or give up."""
    return _Protector(problem, threshold, primary).run()


def audit(problem: Problem, threshold: int, suppressed: Mapping[Key, str]) -> Protection:
    """Check a given suppression pattern from scratch, choosing nothing."""
    p = _Protector(problem, threshold, suppressed)
    p.final = True
    targets = sorted(
        (k for k in (*suppressed, *problem.extra) if k not in problem.known),
        key=problem.sort_key,
    )
    failing = p.audit(targets)
    return Protection(
        threshold,
        dict(suppressed),
        p.intervals,
        failing,
        {k for k in suppressed if k in problem.known},
    )
