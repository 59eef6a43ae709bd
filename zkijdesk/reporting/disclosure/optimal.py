"""Secondary suppression by optimisation: the fewest hidden cells the audit accepts.

The greedy protector (``secondary.py``) hides one neighbour at a time and never takes
a choice back, so it hides far more than needed. Here the whole publication's choice
is one mixed-integer programme over every cell that may be hidden (solved with HiGHS),
in the spirit of tau-Argus's optimal method:

- every hidden cell (unsafe, kept from an earlier version, hidden by an earlier
  publication of the year, or chosen now) must share each additive relation it is in
  with another hidden cell, or that relation gives it away exactly. For a cell an
  earlier publication hid this is the "carry": this month's year-to-date stays
  hidden beside last month's, so what was hidden earlier is not given away later;
- an unsafe part of a relation needs hidden partners that can absorb a rise up to the
  threshold: their values (another unsafe cell's less one, since whoever is counted
  in it knows it holds at least one), or a hidden total;
- the objective is the number of hidden cells, then their summed value.

A cell an earlier publication hid only to protect another is kept hidden where that
is cheap and let go where it would cost new cells (``RELEASE_COST``); the file counts
the cells let go, and the small counts they protected stay in the audit.

These rules only see one relation at a time. The LP audit then bounds every hidden
cell against everything published in the year and the reader's full model (chains
through months, relations between indicators). For a small count it leaves too
narrow, an attacker over the count's additive relations says which cells, once
hidden, would give it room and how much (a capacity cut, ``cuts.py``), and the
programme is solved again with that cut. Where that attacker finds no shortfall (the
reader's relations between indicators narrowed the cell), or for any other cell left
too narrow, a cut asks for one more hidden cell in the cell's neighbourhood; a
neighbourhood that fails again must hide one cell more, and grows.
When the solver stops without an answer, or small counts are still too narrow after
the rounds (or the same cells keep failing round after round), the greedy protector
completes the last pattern around them: slower to read, never unsafe.

The solver runs single-threaded with a fixed seed and a node limit, so the same data
give the same pattern, and the same bytes, on every machine.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Hashable, Mapping
from concurrent.futures import ThreadPoolExecutor

from zkijdesk.reporting.disclosure.audit import block_intervals
from zkijdesk.reporting.disclosure.cuts import Cut, capacity_cuts, reader_cuts
from zkijdesk.reporting.disclosure.primary import SECONDARY
from zkijdesk.reporting.disclosure.secondary import Key, Problem, Protection, _Protector
from zkijdesk.reporting.disclosure.solver import OPTIMAL, STOPPED, Model

NODE_LIMIT = 500
"""Branch-and-bound nodes per solve: deterministic, unlike a time limit."""
GAP = 0.01
"""Relative gap at which a solve stops: within 1 % of the fewest cells is enough,
and the audit rounds that follow cost more than the last few nodes would save."""
TIME_LIMIT = 30.0
"""Seconds per solve; reached only on a machine far slower than ours, and then the
programme's answer is not used (the greedy protector finishes instead)."""
MAX_ROUNDS = 16
"""Solve-and-audit rounds before the greedy protector takes over. A region of 30,000
clients needs at most six; a small region with many small cells can need dozens, and
there the greedy finish is as good and far quicker."""
RELEASE_COST = 1.5
"""What letting go of a cell an earlier month hid to protect another costs, in new
hidden cells. Keeping every such cell hidden for the rest of the year (the "carry")
made a region of 3,000 clients hide nearly all its cells by the autumn; tau-Argus
keeps none. At one and a half, a carried cell stays hidden where that costs at most
one new cell and is let go where it would cost two or more. A cell let go may become
derivable later; it was hidden to protect, never for being small, and the audit still
holds every small count of the year wide. The file says how many were let go.
(Cheaper letting go, 0.5, hid more at 30,000 clients: a cell let go often left a
small count to be protected again, by more cells.)"""
TOTAL_COST = 0.5
"""What hiding a total costs on top of any other cell."""
SLACK_COST = 20.0
"""What leaving one of the programme's wishes unmet costs (per unit missing)."""
READER_AFTER = 1
"""Failures of a cell after which its cut comes from the reader's whole model
(``cuts.ReaderAttacker``). The first failure gets the neighbourhood cut, which keeps
the choice near the cell; a cell that fails again gets the reader's cut. Measured on
demo regions: 30,000 clients (seed 7), secondary cells January to July 1,066 without
the reader's cut, 1,093 with it from the first failure, 1,066 from the second; 2,000
clients (seed 1), January to August 1,849 (95 s), 1,640 (74 s), 1,568 (69 s)."""
RUN_CELLS = 200
"""The fewest cells the whole-number audit of one block is split into a run of."""
RUNS = 8
"""The whole-number audit splits each block's cells into runs of about this share of
all cells it audits (``1/RUNS``), each at least ``RUN_CELLS`` (a smaller block is one
run): the split, and so every answer, is the same on every machine."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may run on (Linux)
    except AttributeError:  # Windows and macOS have no affinity call here
        return os.cpu_count() or 2


AUDIT_THREADS = min(RUNS, max(2, _cores()))
"""Threads the audit's runs are spread over: one per core, up to ``RUNS``. HiGHS lets
go of the GIL while it solves, and the whole-number audit is nearly all solving: a
3,000-client region's December took 207 s of it on one thread and 101 s on two (the
whole export 257 and 143 s, the same pattern). Measured on two cores only; a team
lead's four- or eight-core laptop was not at hand."""
STALLED_ROUNDS = 2
"""Rounds that may end with the same failing cells as the round before, one after the
other, before the greedy finish takes over (at 2: the same cells failing three rounds
in a row); only while a small count is among them, since the greedy finish widens
small counts only. Such a round only hides one more cell of a failing cell's
neighbourhood (its cut asks for one more each time), which the pattern then keeps
without it helping. A region of 3,000 clients (seed 1) went thirteen rounds in
December 2025 with the same nine cells failing: 393 secondary cells in 161 s, and 379
in 149 s with the hand-over. Over the year that region hides 3,488 secondary cells
instead of 3,504 (each month's history changes the next: its own December hides 398),
800 clients (seed 3) 3,168 instead of 3,180. No month of a region of 30,000 clients
(seed 7) stalls: its year is unchanged (1,963)."""
FREE_ROUNDS = 1
"""Rounds in which the programme may drop cells it hid in the round before. After
the first optimum it only adds: hiding more only widens, so cells that passed the
audit once need no new audit, and a month ends in seconds. (Re-optimising freely
each round saved a few cells a month at ten times the time.)"""


class _Planner(_Protector):
    def __init__(
        self,
        problem: Problem,
        threshold: int,
        fixed: Mapping[Key, str],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(problem, threshold, fixed)
        self.fixed = dict(fixed)
        self.tries: dict[Key, int] = {}
        self.cuts: dict[frozenset[Key], int] = {}
        """Neighbourhoods of cells the audit failed, with how many of their cells must
        be hidden: one more each time the same neighbourhood fails again."""
        self.capacity: list[Cut] = []
        """Cuts from the attacker's reduced costs (``cuts.py``)."""
        self.verdicts: dict[tuple, tuple[list[Key], dict]] = {}
        """Failing cells per block and hidden pattern of that block: a new solution
        often changes a few blocks only, and the others need no new audit."""
        self.progress = progress or (lambda _round: None)
        """Hears the number of each round as it starts."""
        self.growing = False
        """Whether the pattern now audited is kept: later ones only add to it."""

    # ------------------------------------------------------------------ states
    def need(self, key: Key) -> int:
        """Unsafe counts must stay the threshold wide; every other hidden cell at least
        one whole number, so that nothing is hidden for nothing."""
        return self.t if self.unsafe(key) else 1

    def hidden_for_good(self, key: Key) -> bool:
        return key not in self.p.known and (key in self.fixed or key not in self.p.values)

    def mass(self, key: Key) -> int:
        for source in (self.p.values, self.p.extra, self.p.carried):
            found = source.get(key)
            if found is not None:
                return found
        return self.t  # never published, value unknown here: the audit decides

    def share(self, key: Key, total: Key) -> int:
        """How far a hidden partner can give way when an unsafe part of a relation
        rises: a hidden total without limit (the threshold is enough), a part by its
        value, and another unsafe part by its value less one, because each person
        counted in it knows it holds at least one (two small cells must not be each
        other's only cover)."""
        if key == total:
            return self.t
        if self.unsafe(key):
            return max(self.mass(key) - 1, 0)
        return self.mass(key)

    # ------------------------------------------------------------------ model
    def model(self) -> tuple[Model, list[Key]] | None:
        self.suppressed = dict(self.fixed)
        cells = sorted((k for k in self.p.values if self.free(k)), key=self.p.sort_key)
        soft = sorted(self.soft - self.released, key=self.p.sort_key)
        variables = [*cells, *soft]
        col = {k: i for i, k in enumerate(variables)}
        hard: list[tuple[dict[int, float], float]] = []
        wanted: list[tuple[dict[int, float], float]] = []
        """Rows that may clash with the others (each sees one relation or one cut's
        neighbourhood): each gets a slack that costs more than any cell it saves, so
        the programme stays solvable and the audit has the last word."""
        for rel in self.p.relations:
            members = list(rel)
            total = members[-1]
            hidden = [m for m in members if m not in col and self.hidden_for_good(m)]
            free = [m for m in members if m in col]
            if not hidden and not free:
                continue
            for member in members:
                if member not in col and member not in hidden:
                    continue
                others = {col[m]: 1.0 for m in free if m != member}
                constant = sum(1 for m in hidden if m != member)
                if member in col:
                    if constant:
                        continue
                    row = dict(others)
                    row[col[member]] = row.get(col[member], 0.0) - 1.0
                    hard.append((row, 0.0))
                    continue
                if not constant and others:
                    wanted.append((others, 1.0))
                if not self.unsafe(member) or member == total:
                    continue
                missing = self.t - self.mass(member)
                missing -= sum(self.share(m, total) for m in hidden if m != member)
                if missing <= 0:
                    continue
                row = {col[m]: float(self.share(m, total)) for m in free if m != member}
                row = {v: a for v, a in row.items() if a}
                if sum(row.values()) >= missing:
                    wanted.append((row, float(missing)))
        for gains, short in self.capacity:
            lower = short - sum(
                g for k, g in gains.items() if k not in col and self.hidden_for_good(k)
            )
            row = {col[k]: g for k, g in gains.items() if k in col}
            if lower > 0 and sum(row.values()) >= lower:
                wanted.append((row, lower))
        for cut, need in self.cuts.items():
            row = {col[k]: 1.0 for k in cut if k in col}
            if row:
                wanted.append((row, float(min(need, len(row)))))
        model = Model(len(variables) + len(wanted))
        model.upper = [1.0] * len(variables) + [math.inf] * len(wanted)
        model.integer = [True] * len(variables) + [False] * len(wanted)
        total_value = sum(self.p.values[k] for k in cells) + 1
        for k in cells:
            # A total is what most readers look for first: hiding it costs half a cell
            # more, so it is hidden only where it saves a second cell.
            total_cost = TOTAL_COST if self.p.rank(k) >= 2 else 0.0
            model.cost[col[k]] = 1.0 + total_cost + self.p.values[k] / total_value
        for k in soft:
            # Keeping an earlier month's protective cell hidden is worth RELEASE_COST
            # new hidden cells: the carry is kept where it is cheap, let go where not.
            model.cost[col[k]] = -RELEASE_COST
        for row, lower in hard:
            model.add(row, lower=lower)
        for n, (row, lower) in enumerate(wanted):
            slack = len(variables) + n
            model.cost[slack] = SLACK_COST
            model.add({**row, slack: 1.0}, lower=lower)
        for key in self.kept:
            if key in col:
                model.lower[col[key]] = 1.0
        return model, variables

    def free(self, key: Key) -> bool:
        """A cell the programme may hide: published so far, able to protect, and no
        headline figure (``Problem.headline``). A region's total hidden to spare a few
        breakdown cells costs the team lead the one figure they report first: at
        30,000 clients (seed 7) the year hid 24 of them this way, and 0 once they were
        kept, for 10 more hidden cells in all (1,953 -> 1,963); at 3,000 clients (seed
        1) 131, and 18 (the greedy finish's), for 250 more (3,254 -> 3,504)."""
        return key not in self.fixed and self.candidate(key) and not self.p.headline(key)

    # ------------------------------------------------------------------ audit
    def check(self) -> list[Key]:
        """Hidden cells (and earlier hidden ones) the reader pins down too far.

        First in the LP relaxation, which is never narrower than whole numbers and
        finds nearly every cell that fails; only a pattern in which it finds every
        small count wide goes to the whole-number audit (up to ten times slower on a
        small region's autumn), which then answers for the small counts; for every
        other hidden cell the LP's verdict is the final one."""
        failing = self.audit_pattern(whole=False)
        if any(self.unsafe(k) for k in failing):
            return failing
        return sorted({*failing, *self.audit_pattern(whole=True)}, key=self.p.sort_key)

    def audit_pattern(self, whole: bool) -> list[Key]:
        carried = self.soft - self.released - self.dropped if self.kept or self.settling else ()
        # What passed in the LP under a pattern the later ones only add to passes
        # again there (hiding more only widens): the LP need not see it twice.
        passed = self.passed if whole else self.passed | self.passed_lp
        targets = [
            k
            for k in (*self.suppressed, *self.p.extra, *sorted(carried, key=self.p.sort_key))
            if k not in self.p.known
            and k not in self.lost
            and k not in passed
            # Whole numbers decide only for cells that must stay more than one wide:
            # the others keep the LP's bounds, so the LP audit's verdict is theirs.
            and (not whole or self.need(k) > 1)
        ]
        by_block: dict[Hashable, list[Key]] = {}
        for key in targets:
            by_block.setdefault(self.p.block_of(key), []).append(key)
        failing: list[Key] = []
        blocks = []
        for block_id in sorted(by_block, key=repr):
            model = self.p.blocks[block_id]
            keys = sorted(by_block[block_id], key=self.p.sort_key)
            pattern = (
                frozenset(k for k in self.suppressed if k in model.expressions),
                frozenset(keys),
                whole,
            )
            blocks.append((block_id, model, keys, pattern))
        answers = self._audit_blocks(
            {
                block_id: (model, self.published_in(model), keys)
                for block_id, model, keys, pattern in blocks
                if (block_id, pattern) not in self.verdicts
            },
            whole,
        )
        for block_id, _model, _keys, pattern in blocks:
            cached = self.verdicts.get((block_id, pattern))
            if cached is not None:
                self.intervals.update(cached[1])
                failing.extend(cached[0])
                continue
            found = answers[block_id]
            verdict = []
            for key, interval in found.items():
                self.intervals[key] = interval
                if interval.width < self.need(key):
                    verdict.append(key)
            self.verdicts[(block_id, pattern)] = (verdict, found)
            failing.extend(verdict)
        # An earlier month's protective cell that this pattern cannot keep wide is let
        # go rather than paid for with new cells; the small counts stay in the audit.
        let_go = {k for k in failing if k in self.soft}
        self.released |= let_go
        if self.growing and not whole:
            self.passed_lp |= set(targets) - set(failing)
        failing = [k for k in failing if k not in let_go]
        if self.kept and whole:
            # Only adding from now on: hiding more only widens, so what passed stays.
            self.passed |= {k for k in targets if k not in failing and k not in let_go}
        return sorted(failing, key=self.p.sort_key)

    def _audit_blocks(self, asked: dict, whole: bool) -> dict:
        """Each block's intervals on ``AUDIT_THREADS`` threads. Blocks are independent,
        and so are parts of one block's cells: the whole-number audit of a small
        region's autumn is one block of a thousand small counts or more, so there each
        block's cells go in runs of neighbours (which share their whole points) of about
        an eighth of all cells. Each run's answer depends on its cells alone, never on
        the threads' timing or their number."""
        tasks = []
        total = sum(len(keys) for _m, _pub, keys in asked.values())
        run = max(RUN_CELLS, math.ceil(total / RUNS)) if whole else total
        for b, (m, pub, keys) in asked.items():
            for start in range(0, len(keys), run):
                tasks.append((b, m, pub, keys[start : start + run]))
        found: dict = {b: {} for b in asked}
        if len(tasks) < 2:
            for b, m, pub, keys in tasks:
                found[b].update(block_intervals(m, pub, keys, self.need, whole=whole))
            return found
        tasks.sort(key=lambda task: -len(task[3]))
        with ThreadPoolExecutor(max_workers=AUDIT_THREADS) as pool:
            futures = [
                (b, pool.submit(block_intervals, m, pub, keys, self.need, whole=whole))
                for b, m, pub, keys in tasks
            ]
            for b, future in futures:
                found[b].update(future.result())
        return {b: {k: found[b][k] for k in keys} for b, (_m, _pub, keys) in asked.items()}

    def lost_before(self) -> set[Key]:
        """Carried cells the earlier publications already pin down: beyond saving.

        In calendar order last month's audit kept every one of them wide against
        everything published since, so only a correction or a month published out
        of order can find any."""
        if not self.p.carried or not self.p.known or not self.p.revisits():
            return set()
        by_block: dict[Hashable, list[Key]] = {}
        for key in self.p.carried:
            by_block.setdefault(self.p.block_of(key), []).append(key)
        lost: set[Key] = set()
        for block_id in sorted(by_block, key=repr):
            model = self.p.blocks[block_id]
            known = {k: v for k, v in self.p.known.items() if k in model.expressions}
            keys = sorted(by_block[block_id], key=self.p.sort_key)
            for key, interval in block_intervals(model, known, keys, 1).items():
                if interval.width < 1:
                    lost.add(key)
        return lost

    # ------------------------------------------------------------------ run
    def plan(self) -> Protection | None:
        self.narrow = self.narrow_before()
        self.lost = self.lost_before()
        lost_unsafe = {k for k in self.narrow if k in self.p.extra and k not in self.suppressed}
        lost_unsafe |= {k for k in self.narrow if k in self.suppressed and not self.unsafe(k)}
        self.lost |= lost_unsafe
        self.soft = {
            k
            for k in self.p.carried
            if k not in self.p.known and k not in self.lost and k not in self.fixed
        }
        self.released: set[Key] = set()
        """Carried cells let go for good: the audit could not keep them wide."""
        self.dropped: set[Key] = set()
        """Carried cells the programme's current answer lets go."""
        failing: list[Key] = []
        self.kept: set[Key] = set()
        self.passed: set[Key] = set()
        self.passed_lp: set[Key] = set()
        """Cells the LP found wide under a pattern every later one contains."""
        self.settling = False
        stalled, last = 0, frozenset[Key]()
        for round_ in range(MAX_ROUNDS):
            self.progress(round_ + 1)
            self.growing = round_ + 1 >= FREE_ROUNDS
            built = self.model()
            if built is None:
                return None
            model, variables = built
            if variables:
                result = model.solve(time_limit=TIME_LIMIT, node_limit=NODE_LIMIT, gap=GAP)
                if not result.x or result.status not in (OPTIMAL, STOPPED):
                    return None
                chosen = result.x
            else:  # everything is settled already (a repeat export of a month)
                chosen = []
            self.suppressed = dict(self.fixed)
            self.dropped = set()
            for key, x in zip(variables, chosen, strict=False):
                if key in self.soft:
                    if x < 0.5:
                        self.dropped.add(key)
                elif x > 0.5:
                    self.suppressed[key] = SECONDARY
            self.settling = round_ + 1 >= FREE_ROUNDS
            failing = self.check()
            if not failing and not self.settling:
                # Cells hidden earlier in the year are checked once the pattern
                # settles: their own relations keep them covered meanwhile.
                self.settling = True
                failing = self.check()
            if not failing:
                return self.finish([])
            if round_ + 1 >= FREE_ROUNDS:
                self.kept = {k for k, r in self.suppressed.items() if k not in self.fixed}
            stalled = stalled + 1 if frozenset(failing) == last else 0
            last = frozenset(failing)
            if stalled >= STALLED_ROUNDS and any(self.unsafe(k) for k in failing):
                break
            added = False
            cut_by_attacker = self.attacker_cuts(failing)
            for key in failing:
                if key in cut_by_attacker:
                    added = True
                    continue
                pool = self.around(key)
                hidden = sum(
                    1 for k in pool if k in self.suppressed or k in self.soft - self.dropped
                )
                need = max(self.cuts.get(pool, 0), hidden) + 1
                if pool and need <= len(pool):
                    self.cuts[pool] = need
                    added = True
            if not added:
                break
        return self.complete(failing, round_ + 1)

    def attacker_cuts(self, failing: list[Key]) -> set[Key]:
        """Capacity cuts for the small counts among ``failing``; the cells that got one."""
        shown = {k: v for k, v in self.p.values.items() if k not in self.suppressed}
        shown.update(self.p.known)

        def interval(key: Key) -> tuple[float, float] | None:
            found = self.intervals.get(key)
            return None if found is None else (found.lo, found.hi)

        found = capacity_cuts(self.p, failing, shown, self.t, self.unsafe, interval, self.free)
        rest = [k for k in failing if k not in found and self.tries.get(k, 0) >= READER_AFTER]
        if rest:
            found.update(
                reader_cuts(self.p, rest, self.published_in, self.need, interval, self.free)
            )
        self.capacity.extend(found.values())
        return set(found)

    def around(self, key: Key) -> frozenset[Key]:
        """The cells that could still protect ``key``: first the candidates nearby
        (through the chains of hidden cells), then, each time the same cell fails
        again, everything one relation further out, so a stubborn cell gets a wider
        choice before the greedy finish (``STALLED_ROUNDS``)."""
        tries = self.tries[key] = self.tries.get(key, 0) + 1
        pool = {k for k in self.nearby(key, depth=14) if self.free(k)}
        seen, frontier = {key}, [key]
        for _ in range(tries - 1):
            following = []
            for cell in frontier:
                for i in self.relations_of.get(cell, ()):
                    for member in self.p.relations[i]:
                        if member not in seen:
                            seen.add(member)
                            following.append(member)
                            if self.free(member):
                                pool.add(member)
            frontier = following
        return frozenset(pool)

    def complete(self, failing: list[Key], after: int = MAX_ROUNDS) -> Protection:
        """The greedy protector finishes from the last pattern, for the small counts
        still too narrow, around them only (a full local pass would re-impose the
        whole carry). A cell hidden only to protect that stays derivable is left so:
        it gives nothing away, and widening it can cost a hundred more hidden cells on
        a small region; the file then promises width for the small counts only."""
        self.final = True
        failing = [k for k in failing if self.unsafe(k)]
        round_ = after  # the rounds the team lead sees go on counting from the planner's
        while failing:
            round_ += 1
            self.progress(round_)
            picked = self.widen(failing)
            if not picked:
                break
            self.local_pass(picked)
            failing = [k for k in self.check() if self.unsafe(k)]
        return self.finish(failing)

    def finish(self, failing: list[Key]) -> Protection:
        # Which carried cells are let go is decided on the final pattern, not on the
        # rounds' way there: cells hidden later may have made a dropped one wide again,
        # and a repeat export of the month must say the same.
        self.settling = True
        self.released, self.dropped = set(), set()
        self.passed -= self.soft
        # A cell hidden only to protect that the reader still pins down is reported
        # with the cells earlier files already gave away (a repeat export finds it
        # there too), and the promise of width covers the rest.
        self.lost |= {k for k in self.check() if k in self.suppressed and not self.unsafe(k)}
        wide = not failing and not self.check()
        return Protection(
            self.t,
            dict(sorted(self.suppressed.items(), key=lambda kv: self.p.sort_key(kv[0]))),
            self.intervals,
            [k for k in failing if k not in self.lost and self.unsafe(k)],
            {k for k in self.suppressed if k in self.p.known} | (self.lost & set(self.suppressed)),
            others_wide=wide,
            # Carried cells earlier publications (an earlier version of this month,
            # say) already pin down count as let go too: a repeat export says the same.
            released=self.released | (self.lost & set(self.p.carried)),
        )


def protect_optimal(
    problem: Problem,
    threshold: int,
    fixed: Mapping[Key, str],
    progress: Callable[[int], None] | None = None,
) -> Protection:
    """Secondary suppression chosen by the MILP; the greedy protector where it gives up.
    ``progress`` hears the number of each solve-and-audit round as it starts: a small
    region's late months take minutes, and the team lead should see them move."""
    planned = _Planner(problem, threshold, fixed, progress).plan()
    if planned is not None:
        return planned
    return _Protector(problem, threshold, fixed).run()
