"""Team-scope candidates for one vacancy without reading the whole region (issue 17).

Scoring every active client reads 130,000 rows at 300,000 clients. Here the database
returns candidates best first by an *upper bound* of their score that it computes from
its indexes alone, without reading a client's row: which of the vacancy's required and
desired skills they hold (probes of the ``(skill_id, client_id)`` index) and the sector
of their open route (``ix_route_open`` covers it), with distance, hours and availability
granted at the best the vacancy allows anyone. It sorts by that bound as an integer
(:meth:`_Bounds.code`), so its order is exact.

The rows are scored exactly in growing batches (place, hours wish, placement and
proposals read by id), and reading stops as soon as the worst of the best ``limit``
beats the best key any unread row can have. Keys compare as the full scan's do
(:meth:`Ranker.key`: total, then missing required skills, then id). A row's bound is
such a key, its total computed by the same function from inputs at least as good as
the row's: every part is then at least the row's, and a rounded sum or product of
larger non-negative numbers is never smaller, so nobody's key is better than their
bound. A tie stops the search only where the id decides it, as the full scan's order
does. What the unread rows can have is the best bound over every combination of skills
held and sector that the database's order still allows (:class:`_Order`), so the proof
does not rest on the database and Python rounding alike.

Which clients the database returns is chosen per vacancy. Everyone holds some set of
the vacancy's skills, a class; the search reads the heaviest class not covered yet,
until nobody in an uncovered class can enter the list (:func:`best_holders`):

1. first those who hold every skill (every required one, when it requires two or more);
2. then a class by the stretch of its rarest skill when that has few holders, which
   covers every class holding it, else by those who hold its two heaviest skills:
   common skills such as Dutch at B1, held by 70,000 of 300,000 clients, meet in a
   fraction of that;
3. everyone by the sector of their route, as holding none of the vacancy's skills: when
   the holders do not complete the list, and for a vacancy that asks for no skills.

So the search always decides; ``Search.complete`` is False only for a vacancy that asks
more than ``MOST_SKILLS`` skills, and then the caller reads everyone.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations
from typing import Any, TypeVar

from sqlalchemy import (
    ARRAY,
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    and_,
    any_,
    bindparam,
    case,
    distinct,
    func,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import matching as dm

CLIENT_SKILL = m.ClientSkill.__table__
ROUTE = m.Route.__table__

#: A sort key of :meth:`Ranker.key`: smaller is better.
Key = tuple[float, int, int]
#: The full scan's row: client id, orientation sector, municipality id, hours min, max.
Row = tuple[int, int | None, int | None, int | None, int | None]
T = TypeVar("T")

#: Rows scored exactly in the first round trip; each next one twice as many, up to
#: ``BATCH``. The first rows are the likeliest to be shown, and the search often stops
#: within the first hundred.
FIRST_BATCH = 50
BATCH = 500
#: Holders counted per skill to find the rarest: enough to tell a sector's skill
#: (12,000 holders at 300,000 clients) from a common one such as Dutch at B1 (70,000).
SIZE_CAP = 25_000
#: A skill with fewer holders is read by its whole stretch, every skill of theirs
#: counted (a few milliseconds): that covers every class of clients holding it. The
#: holders of more are read where they meet the vacancy's other skills instead.
SMALL = 8_000
#: Vacancies asking more skills are matched by reading everyone: the search weighs
#: every set of them a client can hold.
MOST_SKILLS = 12
#: The bound's skills and sector points in integers: 20 times the vacancy's weight
#: times them is ``SKILL_UNIT * skills weight held + vacancy weight * SECTOR_UNIT *
#: sector part`` (the parts are 1, 0.7, 0.5 or 0).
SKILL_UNIT = 1000
SECTOR_UNIT = 300
#: The required and the desired skills held are each a digit of this base, below the
#: bound in the code. A vacancy asks far fewer skills of each kind.
PACK = 64
#: The best key there is: a row the bound cannot place never stops the search.
NOWHERE: Key = (-math.inf, -1, -1)


@dataclass
class Search:
    """What the search found, and how much of the region it read."""

    rows: list[Row] = field(default_factory=list)
    placed: set[int] = field(default_factory=set)
    #: Proposals running for other vacancies, of the clients in ``rows`` who have any.
    pending: dict[int, int] = field(default_factory=dict)
    holders_read: int = 0
    scored: int = 0
    complete: bool = False
    #: Whether it read everyone by sector (step 3).
    everyone: bool = False


def _best(options: Sequence[T], key: Callable[[T], Key]) -> T:
    return min(options, key=key)


class _Bounds:
    """The vacancy's bound: its integer code, and its key for given skills and sector."""

    def __init__(
        self, ranker: dm.Ranker, sectors: dm.Sectors, municipality: Mapping[int, str]
    ) -> None:
        self.ranker = ranker
        opening = ranker.opening
        self.required, self.desired = len(opening.required), len(opening.desired)
        self.sector_ids: list[int | None] = [*sorted(sectors.parent), None]
        self.best_sector = _best(
            self.sector_ids, lambda sid: ranker.key(0, 0, 0, sid, None, None, None, False, 0)
        )
        self.best_place = _best(
            [*sorted(set(municipality.values())), None],
            lambda code: ranker.key(0, 0, 0, None, code, None, None, False, 0),
        )
        self.best_hours = _best(
            [(None, None), (opening.hours, opening.hours)],
            lambda pair: ranker.key(0, 0, 0, None, None, pair[0], pair[1], False, 0),
        )

        def points(sid: int | None) -> int:
            return round(SECTOR_UNIT * dm.sector_fit(sid, opening, sectors))

        #: Sector points by sector id; a route without one orients by the client's own
        #: sector, which the route does not tell: it gets the best (``else``).
        self.points = {sid: points(sid) for sid in sectors.parent}
        self.best_points = points(self.best_sector)
        square = PACK * PACK
        #: The code's factors of required and desired skills held and of sector points,
        #: and its constant.
        self.per_required = dm.REQUIRED_WEIGHT * SKILL_UNIT * square + PACK
        self.per_desired = dm.DESIRED_WEIGHT * SKILL_UNIT * square + 1
        # A vacancy that asks no skills gives everyone the same skills part: its bound
        # is the sector's alone.
        self.per_point = max(ranker.weight, 1) * square
        self.base = (PACK - 1 - self.required) * PACK

    def sector_points(self, sector_id: int | None) -> int:
        """The points a route with this sector gets (the best without one)."""
        return self.best_points if sector_id is None else self.points[sector_id]

    def code(self, required: int, desired: int, sector_id: int | None) -> int:
        """The integer the database sorts by, descending: the bound's skills and sector
        points, then the required and then the desired skills held, each a digit of base
        ``PACK`` (so that more of them come first)."""
        points = self.sector_points(sector_id)
        return (
            required * self.per_required
            + desired * self.per_desired
            + points * self.per_point
            + self.base
        )

    def held(self, code: int) -> tuple[int, int]:
        """The (required, desired) skills held, read back from a row's code."""
        digits, desired = divmod(code % (PACK * PACK), PACK)
        return digits - (PACK - 1 - self.required), desired

    def key(self, required: int, desired: int, sector_id: int | None) -> tuple[float, int]:
        """The best (total, missing required) of anyone with these skills and sector."""
        low, high = self.best_hours
        sector = self.best_sector if sector_id is None else sector_id
        total, missing, _ = self.ranker.key(
            0, required, desired, sector, self.best_place, low, high, False, 0
        )
        return total, missing

    def params(self) -> dict[str, int | None]:
        """The bind parameters of the code's sector points (:func:`_code`)."""
        found: dict[str, int | None] = {"points_else": self.best_points}
        for n, (sid, points) in enumerate(sorted(self.points.items())):
            found[f"sector_{n}"], found[f"points_{n}"] = sid, points
        return found


class _Order:
    """The combinations of skills held and sector that one query can return, in the
    database's order, with the best key of any row from a given one on."""

    def __init__(self, bounds: _Bounds, required: Iterable[int], desired: Iterable[int]) -> None:
        self.bounds = bounds
        heads: dict[int, tuple[float, int]] = {}
        for r in required:
            for d in desired:
                for sid in bounds.sector_ids:
                    code, head = bounds.code(r, d, sid), bounds.key(r, d, sid)
                    heads[code] = min(heads.get(code, head), head)
        self.heads = heads
        #: Per code, the best key of the codes the database returns after it.
        self.later: dict[int, Key | None] = {}
        best: Key | None = None
        for code in sorted(heads):  # the last the database returns first
            self.later[code] = best
            total, missing = heads[code]
            if best is None or (total, missing, -1) < best:
                best = (total, missing, -1)

    def floor(self, code: int, client_id: int) -> Key:
        """The best key of this row and of every row after it."""
        head = self.heads.get(code)
        if head is None:
            return NOWHERE
        own = (*head, client_id)
        later = self.later[code]
        return own if later is None or own < later else later


class _Kept:
    """The best ``limit`` rows scored so far, and how to score a batch of ids."""

    def __init__(
        self,
        s: Session,
        batch: Select[Any],
        ranker: dm.Ranker,
        municipality: Mapping[int, str],
        skip: set[int],
        limit: int,
    ) -> None:
        self.s, self.batch, self.ranker, self.code = s, batch, ranker, municipality.get
        self.skip, self.limit = skip, limit
        self.seen: set[int] = set()
        self.placed: set[int] = set()
        self.pending: dict[int, int] = {}
        self.best: list[tuple[Key, Row]] = []  # best first

    def add(self, held: Mapping[int, tuple[int, int]]) -> None:
        """Score the clients by id, each with the (required, desired) skills held."""
        self.seen.update(held)
        if not held:
            return
        scored, rows = list(self.best), set()
        for cid, sector, mun, low, high, placed, pending in self.s.execute(
            self.batch, {"ids": list(held)}
        ):
            if cid in rows:  # a second open route: the full scan too keeps one row
                continue
            rows.add(cid)
            if placed:
                self.placed.add(cid)
            if pending:
                self.pending[cid] = pending
            required, desired = held[cid]
            mark = self.ranker.key(
                cid, required, desired, sector, self.code(mun), low, high, bool(placed), pending
            )
            scored.append((mark, (cid, sector, mun, low, high)))
        self.best = heapq.nsmallest(self.limit, scored, key=lambda pair: pair[0])

    def beats(self, floor: Key) -> bool:
        """Whether nobody whose key is at best ``floor`` can enter the list any more."""
        return len(self.best) == self.limit and self.best[-1][0] < floor

    def read(
        self, stmt: Select[int, int], params: Mapping[str, Any], order: _Order, found: Search
    ) -> None:
        """Score the query's rows (client id, code) in its order until nobody left in
        it can enter the list."""
        size, queued = FIRST_BATCH, dict[int, tuple[int, int]]()
        result = self.s.execute(stmt, params)
        try:
            for part in result.partitions(FIRST_BATCH):
                for cid, code in part:
                    found.holders_read += 1
                    if cid in self.seen or cid in queued or cid in self.skip:
                        continue
                    if self.beats(order.floor(code, cid)):
                        self.add(queued)
                        return
                    queued[cid] = order.bounds.held(code)
                    if len(queued) >= size:
                        self.add(queued)
                        queued, size = {}, min(2 * size, BATCH)
            self.add(queued)
        finally:
            result.close()


def batch_query(
    active: Select[Any], placed: ColumnElement[bool], pending: ColumnElement[int], dialect: str
) -> Select[Any]:
    """The full scan's rows for a batch of client ids (parameter ``ids``), each with
    whether the client is placed and how many proposals run for them elsewhere: one
    round trip per batch, built once per search.

    PostgreSQL takes the ids as one array (``= ANY``): an expanded ``IN`` of 500
    parameters cost more to render and send than the server took to answer."""
    by_id: ColumnElement[bool]
    if dialect == "postgresql":
        by_id = ROUTE.c.client_id == any_(bindparam("ids", type_=ARRAY(Integer)))
    else:
        by_id = ROUTE.c.client_id.in_(bindparam("ids", expanding=True))
    return active.add_columns(placed, pending).where(by_id)


def _capped_sizes(skill_ids: frozenset[int]) -> Select[Any]:
    """Each skill's number of holders, up to ``SIZE_CAP``: one short index range each."""
    parts = [
        select(literal(sid).label("skill_id"), func.count().label("holders")).select_from(
            select(CLIENT_SKILL.c.client_id)
            .where(CLIENT_SKILL.c.skill_id == sid)
            .limit(SIZE_CAP)
            .subquery()
        )
        for sid in sorted(skill_ids)
    ]
    return select(union_all(*parts).subquery())


def _number(name: str) -> BindParameter[int]:
    return bindparam(name, type_=Integer)


def _points(sector: ColumnElement[Any], sectors: int) -> ColumnElement[int]:
    """The sector points of the route's sector (parameters ``sector_<n>``,
    ``points_<n>`` and ``points_else``)."""
    return case(
        *((sector == _number(f"sector_{n}"), _number(f"points_{n}")) for n in range(sectors)),
        else_=_number("points_else"),
    )


def _code(
    required: ColumnElement[Any] | None,
    desired: ColumnElement[Any] | None,
    sector: ColumnElement[Any],
    sectors: int,
) -> ColumnElement[int]:
    """:meth:`_Bounds.code` in SQL: the counts of skills held that the query probes,
    the route's sector, and the parameters ``per_required``, ``per_desired``,
    ``per_point`` and ``constant`` (the code of the skills the rows hold for sure)."""
    code: ColumnElement[Any] = _points(sector, sectors) * _number("per_point")
    code = code + _number("constant")
    if required is not None:
        code = code + required * _number("per_required")
    if desired is not None:
        code = code + desired * _number("per_desired")
    return code


@cache
def _holder_statement(
    dialect: str, sectors: int, required: int, desired: int, held: int, few: bool
) -> Select[int, int]:
    """(client id, code) of every active holder of the skill ``driver`` who also holds
    every skill ``held_<n>`` and whose route's sector gives at least ``min_points``,
    best bound first: the skill's stretch of the ``(skill_id, client_id)`` index, each
    holder's open route by its key. Rows count which of the ``required`` and
    ``desired`` other skills ``required_<n>`` and ``desired_<n>`` they hold (one probe
    of the index each, for the rows whose sector passed). A client listing the skill
    twice comes twice; the reader skips what it has seen.

    One statement per shape, with the skills as parameters, so that SQLAlchemy builds
    and compiles it once (building one took 4 ms). Probes select a constant: ``SELECT
    *`` made SQLite read each probed skill's table row. SQLite sorts the rows of a
    materialized CTE: ordered in the same query, it looked routes up through
    ``ix_route_client`` and their table rows instead of the covering ``ix_route_open``
    (140 ms against 30 for two common skills at 300,000 clients). On PostgreSQL, the
    route of each of ``few`` holders (a rare skill's stretch) is joined laterally,
    behind ``OFFSET 0``: as a plain join it hashed all 130,000 open routes to meet a few
    thousand holders; where many meet it (a common skill's 70,000, or where two meet),
    the planner chooses."""
    driver = CLIENT_SKILL.alias("driver")
    holder = driver.c.client_id
    is_open = ROUTE.c.client_id == holder, ROUTE.c.closed_on.is_(None)
    if dialect == "postgresql" and few:
        route = select(ROUTE.c.sector_id).where(*is_open).offset(0).lateral("open_route")
        joined = driver.join(route, literal(True))
        sector = route.c.sector_id
    else:
        joined = driver.join(ROUTE, and_(*is_open))
        sector = ROUTE.c.sector_id

    def count(kind: str, many: int) -> ColumnElement[Any] | None:
        """How many of the ``many`` skills the client holds, each counted once."""
        if not many:
            return None
        has = CLIENT_SKILL.alias(f"has_{kind}")
        skills = [_number(f"{kind}_{n}") for n in range(many)]
        return (
            select(func.count(distinct(has.c.skill_id)))
            .where(has.c.skill_id.in_(skills), has.c.client_id == holder)
            .scalar_subquery()
        )

    code = _code(count("required", required), count("desired", desired), sector, sectors)
    stmt = (
        select(holder.label("client_id"), code.label("code"))
        .select_from(joined)
        .where(
            driver.c.skill_id == _number("driver"),
            _points(sector, sectors) >= _number("min_points"),
        )
    )
    for n in range(held):
        probe = CLIENT_SKILL.alias(f"has_{n}")
        stmt = stmt.where(
            select(literal(1))
            .where(probe.c.skill_id == _number(f"held_{n}"), probe.c.client_id == holder)
            .exists()
        )
    if dialect == "postgresql":
        return stmt.order_by(code.desc(), holder)
    rows = stmt.cte("holder_rows").prefix_with("MATERIALIZED")
    return select(rows.c.client_id, rows.c.code).order_by(rows.c.code.desc(), rows.c.client_id)


def _holders(
    bounds: _Bounds,
    skill_id: int,
    held: Iterable[int],
    min_points: int,
    dialect: str,
    *,
    few: bool,
) -> tuple[Select[int, int], dict[str, int | None]]:
    """The holders of one skill who hold the skills ``held`` too and whose route's
    sector gives at least ``min_points``, by bound (:func:`_holder_statement`), and the
    statement's parameters; ``few``: the skill has few holders."""
    opening = bounds.ranker.opening
    sure = {skill_id, *held}
    required = sorted(opening.required - sure)
    desired = sorted(opening.desired - sure)
    params: dict[str, int | None] = {
        **bounds.params(),
        "driver": skill_id,
        "min_points": min_points,
        "per_point": bounds.per_point,
        "per_required": bounds.per_required,
        "per_desired": bounds.per_desired,
        # The code of the skills every row holds.
        "constant": bounds.base
        + len(opening.required & sure) * bounds.per_required
        + len(opening.desired & sure) * bounds.per_desired,
    }
    params.update({f"held_{n}": sid for n, sid in enumerate(sorted(sure - {skill_id}))})
    params.update({f"required_{n}": sid for n, sid in enumerate(required)})
    params.update({f"desired_{n}": sid for n, sid in enumerate(desired)})
    shape = (len(required), len(desired), len(sure) - 1, few and len(sure) == 1)
    return _holder_statement(dialect, len(bounds.points), *shape), params


@cache
def _everyone_statement(sectors: int) -> Select[int, int]:
    """(client id, code) of every active client, by the sector of their open route, as
    holding none of the vacancy's skills."""
    label = _code(None, None, ROUTE.c.sector_id, sectors)
    return (
        select(ROUTE.c.client_id, label.label("code"))
        .where(ROUTE.c.closed_on.is_(None))
        .order_by(label.desc(), ROUTE.c.client_id)
    )


def best_holders(
    s: Session,
    active: Select[Any],
    ranker: dm.Ranker,
    sectors: dm.Sectors,
    municipality: Mapping[int, str],
    *,
    skip: set[int],
    placed: ColumnElement[bool],
    pending: ColumnElement[int],
    limit: int,
) -> Search:
    """The ``limit`` best active clients for the vacancy, read best bound first.

    ``active`` is the full scan's query by id (``matching.active_rows(by_id=True)``:
    client id, sector, municipality id, hours min, hours max), narrowed here to each
    batch's ids; ``placed`` is the service's test, correlated to the route, of working
    in an ongoing placement, and ``pending`` its count of the proposals running for the
    client for other vacancies. ``skip``: clients proposed for this vacancy already.
    """
    found = Search()
    opening = ranker.opening
    wanted = opening.required | opening.desired
    if len(wanted) > MOST_SKILLS:
        return found
    bounds = _Bounds(ranker, sectors, municipality)
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        # The holders' queries are priced above PostgreSQL's default threshold for
        # compiling them to machine code (jit_above_cost): that took 15 to 150 ms a
        # query at 300,000 clients, where running one took 5 to 30. This transaction only.
        s.execute(text("SET LOCAL jit = off"))
    batch = batch_query(active, placed, pending, dialect)
    kept = _Kept(s, batch, ranker, municipality, skip, limit)
    sizes = {sid: count for sid, count in s.execute(_capped_sizes(wanted))} if wanted else {}

    def weight(skills: Iterable[int]) -> int:
        return sum(
            dm.REQUIRED_WEIGHT if sid in opening.required else dm.DESIRED_WEIGHT for sid in skills
        )

    def rarest(skills: Iterable[int]) -> int:
        return min(skills, key=lambda sid: (sizes[sid], -weight([sid]), sid))

    # Everyone holds some set of the vacancy's skills: a class. A class is covered once
    # the holders of every skill of one read set are all read (or out of reach).
    classes = [
        frozenset(held)
        for n in range(len(wanted), 0, -1)
        for held in combinations(sorted(wanted), n)
    ]
    covered: list[frozenset[int]] = []

    def most(without: int | None = None) -> frozenset[int] | None:
        """The heaviest class not covered yet (without the skill), if any."""
        open_ = [h for h in classes if without not in h and not any(c <= h for c in covered)]
        return max(open_, key=weight, default=None)

    def beaten(held: frozenset[int] | None) -> bool:
        return held is None or kept.beats(ranker.ceiling(weight(held)))

    order = _Order(bounds, range(bounds.required + 1), range(bounds.desired + 1))
    # The heaviest class first, until nobody in an uncovered class can enter: by the
    # stretch of its rarest skill when that has few holders (it covers every class
    # with that skill); else by those holding its two heaviest skills (12,000 or
    # 70,000 holders of a skill at 300,000 clients meet another's in a fraction of
    # that), or, first, all of the vacancy's skills (or its required ones). Skills
    # that nobody uncovered can enter without are required of every row too.
    while True:
        top = most()
        if top is None or beaten(top):
            break
        small = [sid for sid in top if sizes[sid] < SMALL]
        if small:
            core = frozenset({rarest(small)})
        elif top == wanted:
            # Holding every required skill, the desired counted, when it requires two
            # or more: one query for all the best classes. Of the 560 open vacancies of
            # the 300,000-client demo that require two common skills and desire some,
            # 507 were decided by it, against 151 by those holding every skill.
            both = len(opening.required) > 1 and opening.desired
            core = opening.required if both else top
        elif len(top) <= 2:
            core = top
        else:
            heaviest = sorted(top, key=lambda sid: (-weight([sid]), sizes[sid], sid))
            core = frozenset(heaviest[:2])
        needed = {sid for sid in top if beaten(most(without=sid))}
        # Sectors too far from the vacancy's for anyone uncovered are left out before
        # their holders' other skills are probed.
        open_ = [h for h in classes if not any(c <= h for c in covered)]
        most_required = max(len(opening.required & h) for h in open_)
        most_desired = max(len(opening.desired & h) for h in open_)
        points = [
            bounds.sector_points(sid)
            for sid in bounds.sector_ids
            if not kept.beats((*bounds.key(most_required, most_desired, sid), -1))
        ]
        covered.append(core)
        if not points:
            continue  # nobody uncovered can enter, whatever their sector
        rows = core | needed
        driver = rarest(rows)
        few = sizes[driver] < SMALL
        stmt, params = _holders(bounds, driver, rows - {driver}, min(points), dialect, few=few)
        kept.read(stmt, params, order, found)
    # 3. Everyone else, by sector, as holding none of the vacancy's skills.
    if not kept.beats(ranker.ceiling(0)):
        found.everyone = True
        stmt = _everyone_statement(len(bounds.points))
        params = {**bounds.params(), "per_point": bounds.per_point, "constant": bounds.base}
        kept.read(stmt, params, _Order(bounds, [0], [0]), found)
    found.rows = [row for _mark, row in kept.best]
    shown = {row[0] for row in found.rows}
    found.pending = {cid: n for cid, n in kept.pending.items() if cid in shown}
    found.placed, found.complete, found.scored = kept.placed, True, len(kept.seen)
    return found
