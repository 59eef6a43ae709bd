"""Team-scope candidates for one vacancy without reading the whole region.

Skills weigh half the score and required skills twice as much as desired ones, so the
database is asked first for the holders of the vacancy's *required* skills (the
desired ones when it requires none), with how many of them each holds, most first:
one ``GROUP BY`` on the ``(skill_id, client_id)`` index over those skills only, which
are usually rare (about 6,000 holders each at 300,000 clients, where a common desired
skill such as Dutch at B1 has 70,000). Holders are scored in batches, their active
route, place, hours and exact skills read per batch by id; after each batch,
:meth:`Ranker.ceiling` says the most anyone still unread can score (they hold at most
as many of those skills as the last one read, and are granted every other skill and
the best sector, distance, hours and availability the vacancy allows). Once the 25th
best beats that, the search stops (issue 17).

Sector and distance are not in the SQL order: they live on the client's row, and
fetching that row for every holder costs more than it saves (15,700 holders joined
to ``client`` took 135 ms at 300,000 clients; reading 500 of them by id, 1 ms).

When it cannot decide (the holders do not fill the list, someone holding none of
those skills might still enter it, or the vacancy asks for no skills), the caller
reads every active client, which gives the same answer by construction.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import (
    ARRAY,
    Integer,
    Select,
    any_,
    bindparam,
    distinct,
    exists,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import matching as dm

CLIENT_SKILL = m.ClientSkill.__table__
ROUTE = m.Route.__table__
#: Holders read and scored per round trip.
BATCH = 500


def _driving(opening: dm.Opening) -> tuple[frozenset[int], int, int]:
    """The skills the search is driven by, the weight of one of them, and the weight
    of the other skills a holder may have on top (granted in the bound)."""
    if opening.required:
        return opening.required, dm.REQUIRED_WEIGHT, dm.DESIRED_WEIGHT * len(opening.desired)
    return opening.desired, dm.DESIRED_WEIGHT, 0


def holders_query(skill_ids: frozenset[int]) -> Select:
    """(client id, how many of the skills they hold) for every holder of one of them,
    most first, then by id so the order is the same on every run.

    The count may exceed the truth when a client lists a skill twice (two imports);
    that only makes the search read a little further, never stop too early, and the
    score itself uses the exact skills (:func:`_skills_of`).
    """
    held = func.count().label("held")
    return (
        select(CLIENT_SKILL.c.client_id, held)
        .where(CLIENT_SKILL.c.skill_id.in_(sorted(skill_ids)))
        .group_by(CLIENT_SKILL.c.client_id)
        .order_by(held.desc(), CLIENT_SKILL.c.client_id)
    )


def _held(skill_ids: frozenset[int]):
    """How many of the skills the row's client holds, each counted once (a client
    may list a skill twice, from two imports)."""
    if not skill_ids:
        return literal(0)
    held = CLIENT_SKILL.alias("held")
    return (
        select(func.count(distinct(held.c.skill_id)))
        .where(held.c.client_id == ROUTE.c.client_id, held.c.skill_id.in_(sorted(skill_ids)))
        .scalar_subquery()
    )


def batch_query(active: Select, opening: dm.Opening, placed, dialect: str) -> Select:
    """The full scan's rows for a batch of client ids (parameter ``ids``), each with
    the required and desired skills held and whether the client is placed: one round
    trip per batch, built once per search.

    PostgreSQL takes the ids as one array (``= ANY``): an expanded ``IN`` of 500
    parameters cost more to render and send than the server took to answer."""
    if dialect == "postgresql":
        by_id = ROUTE.c.client_id == any_(bindparam("ids", type_=ARRAY(Integer)))
    else:
        by_id = ROUTE.c.client_id.in_(bindparam("ids", expanding=True))
    return active.add_columns(_held(opening.required), _held(opening.desired), placed).where(by_id)


@dataclass
class Search:
    """What the holders-first search found, and how much of the region it read."""

    rows: list = field(default_factory=list)
    placed: set[int] = field(default_factory=set)
    holders_read: int = 0
    scored: int = 0
    complete: bool = False


def holders_of_all(skill_ids: frozenset[int], rarest: int) -> Select:
    """Clients who hold every one of the skills, read from the rarest skill's stretch
    of the ``(skill_id, client_id)`` index and probing the others' stretches in
    client order."""
    driver = CLIENT_SKILL.alias("driver")
    stmt = select(driver.c.client_id).where(driver.c.skill_id == rarest)
    for other in sorted(skill_ids - {rarest}):
        probe = CLIENT_SKILL.alias(f"has_{other}")
        stmt = stmt.where(
            exists().where(probe.c.skill_id == other, probe.c.client_id == driver.c.client_id)
        )
    return stmt.distinct().order_by(driver.c.client_id)


#: Holders counted per skill to find the rarest; a common skill (70,000 holders at
#: 300,000 clients) is never the one to drive with, so counting it out cost for nothing.
SIZE_CAP = 2_000


def _capped_sizes(skill_ids: frozenset[int]):
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
    return union_all(*parts)


class _Kept:
    """The best ``limit`` rows scored so far, and how to score a batch of ids."""

    def __init__(self, s, batch, ranker, municipality, skip, pending, limit) -> None:
        self.s, self.batch, self.ranker, self.code = s, batch, ranker, municipality.get
        self.skip, self.pending, self.limit = skip, pending, limit
        self.seen: set[int] = set()
        self.placed: set[int] = set()
        self.best: list[tuple[tuple, tuple]] = []  # (key, row), best first

    def add(self, client_ids: Iterable[int]) -> None:
        ids = [cid for cid in client_ids if cid not in self.skip and cid not in self.seen]
        if not ids:
            return
        scored = []
        for row in self.s.execute(self.batch, {"ids": ids}):
            cid, sector, mun, low, high, req, des, placed = row
            if cid in self.seen:
                continue
            self.seen.add(cid)
            if placed:
                self.placed.add(cid)
            mark = self.ranker.key(
                cid, req, des, sector, self.code(mun), low, high, bool(placed),
                self.pending.get(cid, 0),
            )  # fmt: skip
            scored.append((mark, (cid, sector, mun, low, high)))
        self.best = heapq.nsmallest(self.limit, self.best + scored, key=lambda pair: pair[0])

    def beats(self, ceiling: tuple[float, int, int]) -> bool:
        """Whether nobody under this ceiling can enter the list any more."""
        return len(self.best) == self.limit and self.best[-1][0] < ceiling


def best_holders(
    s: Session,
    active: Select,
    ranker: dm.Ranker,
    municipality: dict[int, str],
    *,
    skip: set[int],
    pending: dict[int, int],
    placed,
    limit: int,
) -> Search:
    """The ``limit`` best active clients for the vacancy, read from its skill holders.

    First those who hold every skill it asks (often enough: when the 25th of them
    beats what anyone missing one skill can score, nobody else is read); then the
    holders of its required skills (desired, when it requires none), most of them
    first, until nobody unread can enter the list.

    ``active`` is the full scan's query by id (``matching.active_rows(by_id=True)``:
    client id, sector, municipality id, hours min, hours max), narrowed here to each
    batch's ids; ``placed`` is the
    service's test, correlated to the route, of working in an ongoing placement.
    ``complete`` says the rows are the true best of the whole region; when it is False
    the caller must read everyone.
    """
    found = Search()
    if not ranker.weight:
        return found
    opening = ranker.opening
    wanted = opening.required | opening.desired
    batch_stmt = batch_query(active, opening, placed, s.get_bind().dialect.name)
    kept = _Kept(s, batch_stmt, ranker, municipality, skip, pending, limit)

    def finish(complete: bool) -> Search:
        found.rows = [row for _mark, row in kept.best]
        found.placed, found.complete, found.scored = kept.placed, complete, len(kept.seen)
        return found

    # 1. Holders of every skill, driven by the rarest one.
    if len(wanted) > 1:
        sizes = dict(s.execute(_capped_sizes(wanted)).all())
        if min(sizes.values()) == 0:  # a skill nobody holds: nobody holds them all
            rarest = None
        else:
            rarest = min(wanted, key=lambda sid: (sizes[sid], sid))
        if rarest is not None:
            for batch in s.execute(holders_of_all(wanted, rarest)).partitions(BATCH):
                found.holders_read += len(batch)
                kept.add(cid for (cid,) in batch)
        lightest = dm.DESIRED_WEIGHT if opening.desired else dm.REQUIRED_WEIGHT
        if kept.beats(ranker.ceiling(ranker.weight - lightest)):
            return finish(True)

    # 2. Holders of the driving skills, most first.
    driving, unit, extra = _driving(opening)

    def ceiling(held: int) -> tuple[float, int, int]:
        return ranker.ceiling(unit * min(held, len(driving)) + extra)

    for batch in s.execute(holders_query(driving)).partitions(BATCH):
        found.holders_read += len(batch)
        kept.add(cid for cid, _held in batch)
        # Unread holders hold no more of the driving skills than the last one read.
        if kept.beats(ceiling(batch[-1][1])):
            return finish(True)
    # Every holder read: the rest of the region holds none of the driving skills.
    return finish(kept.beats(ceiling(0)))
