"""Matching: candidates for a vacancy, vacancies for a client, each with the reasons why.

Data is loaded in a handful of set-based queries (never one per candidate) and scored
in Python by :mod:`zkijdesk.domain.matching`, which also explains every suggestion.

Who is considered (see docs/matching.md):

- ``scope="mine"``: the active clients (open route) the actor may open, by the same
  rule as the client list (``visible_clients_clause``). Names are shown.
- ``scope="team"``: every active client of the store, so an accountmanager or team
  lead sees who in the team fits. Clients outside the actor's own files are shown
  **pseudonymised**: client number and their coach only, no name and no other
  details; only their own coach can propose them. On a team database a coach's search
  reads the matching views (``Store.matching_pool``), and a team lead's is refused:
  beside the figures views a team lead reads, they would say too much about a client.

Clients whose processing is restricted, or who are in the bin, are never suggested.
"""

from __future__ import annotations

import contextlib
import csv
import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Result,
    Select,
    and_,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import matching as dm
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role, VacancyStatus
from zkijdesk.domain.errors import FieldErrors, ValidationError
from zkijdesk.domain.names import full_name
from zkijdesk.domain.text import t
from zkijdesk.services import matching_prefilter as prefilter
from zkijdesk.services.access import current_route_clients, visible_clients_clause
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.services.matching_prefilter import Key, Row

# Core tables: matching reads plain columns of many rows, which needs no ORM identity
# map; selecting table columns keeps that cost out of the hot path.
CANDIDACY = m.Candidacy.__table__
CLIENT = m.Client.__table__
CLIENT_SKILL = m.ClientSkill.__table__
EMPLOYER = m.Employer.__table__
MUNICIPALITY = m.Municipality.__table__
PLACEMENT = m.Placement.__table__
PREFERENCE = m.ClientWorkPreference.__table__
ROUTE = m.Route.__table__
SECTOR = m.Sector.__table__
SHARE = m.ClientShare.__table__
SKILL = m.Skill.__table__
USER = m.User.__table__
VACANCY = m.Vacancy.__table__
VACANCY_SKILL = m.VacancySkill.__table__

SKILLS_CSV = Path(__file__).resolve().parent.parent / "resources" / "skills.csv"
OPEN_STATUSES = (VacancyStatus.OPEN, VacancyStatus.IN_PROGRESS)
SCOPES = ("mine", "team")
DEFAULT_LIMIT = 25
#: Rows fetched per round trip when reading every active client.
BATCH = 500
#: Packs two skill counts in one int (required * SHIFT + desired); a vacancy lists far
#: fewer than this many skills.
SHIFT = 1 << 16
PART_LABELS = {
    "skills": "Vaardigheden",
    "sector": "Sector",
    "distance": "Afstand",
    "hours": "Uren",
    "availability": "Beschikbaarheid",
}


@dataclass(frozen=True)
class Suggestion:
    """One ranked suggestion, with the reasons a coach needs to judge it.

    ``name`` and ``client_id`` are None when the client is outside the actor's files
    (team scope): then only ``client_number`` and ``coach_name`` are shown.
    """

    rank: int
    vacancy_id: int
    occupation: str
    employer_name: str
    client_id: int | None
    client_number: str
    name: str | None
    coach_name: str
    total: float
    parts: tuple[tuple[str, float], ...]
    matched_required: tuple[str, ...]
    matched_desired: tuple[str, ...]
    missing_required: tuple[str, ...]
    missing_desired: tuple[str, ...]
    notes: tuple[str, ...]
    training_route: tuple[str, ...]
    km: float | None

    @property
    def pseudonymised(self) -> bool:
        return self.name is None


@dataclass(frozen=True)
class ClientChoice:
    """One of the actor's own active clients, as a picker shows it."""

    id: int
    name: str
    client_number: str


@lru_cache(maxsize=1)
def training_hints() -> dict[str, str]:
    """Suggested training per skill code, from the curated list (editable CSV)."""
    if not SKILLS_CSV.exists():
        return {}
    with SKILLS_CSV.open(encoding="utf-8", newline="") as handle:
        return {
            row["code"].strip(): row["training"].strip()
            for row in csv.DictReader(handle)
            if row.get("training", "").strip()
        }


def active_rows(*, by_id: bool = False) -> Select[Any]:
    """Every active client's id, orientation, municipality and hours wish.

    ``by_id``: the rows of a batch of clients named by id (the prefilter's), each hours
    wish looked up by its key. The full scan joins the whole preference table; a batch
    that did the same made PostgreSQL hash all 72,000 preferences for every 500 ids
    (16.8 ms a batch at 300,000 clients, 6.6 ms by key)."""
    hours_min: ColumnElement[Any]
    hours_max: ColumnElement[Any]
    if by_id:
        hours_min, hours_max = (
            select(column).where(PREFERENCE.c.client_id == ROUTE.c.client_id).scalar_subquery()
            for column in (PREFERENCE.c.hours_min, PREFERENCE.c.hours_max)
        )
        joined = ROUTE.join(CLIENT, CLIENT.c.id == ROUTE.c.client_id)
    else:
        hours_min, hours_max = PREFERENCE.c.hours_min, PREFERENCE.c.hours_max
        joined = ROUTE.join(CLIENT, CLIENT.c.id == ROUTE.c.client_id).outerjoin(
            PREFERENCE, PREFERENCE.c.client_id == ROUTE.c.client_id
        )
    return (
        select(
            ROUTE.c.client_id,
            # The person's orientation: the open route's sector, else their own.
            func.coalesce(ROUTE.c.sector_id, CLIENT.c.sector_id),
            CLIENT.c.municipality_id,
            hours_min,
            hours_max,
        )
        .select_from(joined)
        .where(
            ROUTE.c.closed_on.is_(None),
            CLIENT.c.deleted_at.is_(None),
            CLIENT.c.restricted.is_(False),
        )
    )


class MatchingService(Service):
    #: Team scope reads candidates best bound first and stops when nobody unread can
    #: enter the list (services/matching_prefilter.py). False reads every active
    #: client: the reference the tests compare with.
    prefilter: bool = True

    # ------------------------------------------------------------ shared loading
    def _sectors(self, s: Session) -> dm.Sectors:
        return dm.Sectors(dict(s.execute(select(SECTOR.c.id, SECTOR.c.parent_id)).all()))

    def _municipality_codes(self, s: Session) -> dict[int, str]:
        return dict(s.execute(select(MUNICIPALITY.c.id, MUNICIPALITY.c.code)).all())

    def _skill_texts(self, s: Session, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, str]]:
        """Labels and suggested trainings of just the skills a result mentions."""
        labels: dict[int, str] = {}
        training: dict[int, str] = {}
        wanted = sorted(ids)
        if not wanted:
            return labels, training
        hints = training_hints()
        rows = s.execute(
            select(SKILL.c.id, SKILL.c.code, SKILL.c.name).where(SKILL.c.id.in_(wanted))
        )
        for sid, code, name in rows:
            labels[sid] = name
            if code in hints:
                training[sid] = hints[code]
        return labels, training

    def _user_names(self, s: Session, ids: Iterable[int | None]) -> dict[int, str]:
        wanted = sorted({i for i in ids if i is not None})
        if not wanted:
            return {}
        rows = s.execute(select(USER.c.id, USER.c.display_name).where(USER.c.id.in_(wanted)))
        return {uid: name for uid, name in rows}

    def _openings(
        self, s: Session, vacancy_ids: list[int] | None, municipality: Mapping[int, str]
    ) -> list[tuple[dm.Opening, str, str]]:
        stmt = select(
            VACANCY.c.id,
            VACANCY.c.sector_id,
            VACANCY.c.municipality_id,
            VACANCY.c.hours_per_week,
            VACANCY.c.occupation,
            EMPLOYER.c.name,
        ).join(EMPLOYER, EMPLOYER.c.id == VACANCY.c.employer_id)
        skill_stmt = select(
            VACANCY_SKILL.c.vacancy_id, VACANCY_SKILL.c.skill_id, VACANCY_SKILL.c.required
        )
        if vacancy_ids is None:
            stmt = stmt.where(VACANCY.c.status.in_(OPEN_STATUSES))
            skill_stmt = skill_stmt.join(VACANCY, VACANCY.c.id == VACANCY_SKILL.c.vacancy_id).where(
                VACANCY.c.status.in_(OPEN_STATUSES)
            )
        else:
            stmt = stmt.where(VACANCY.c.id.in_(vacancy_ids))
            skill_stmt = skill_stmt.where(VACANCY_SKILL.c.vacancy_id.in_(vacancy_ids))
        required: dict[int, set[int]] = {}
        desired: dict[int, set[int]] = {}
        for vid, sid, req in s.execute(skill_stmt).all():
            (required if req else desired).setdefault(vid, set()).add(sid)
        result: list[tuple[dm.Opening, str, str]] = []
        for vid, sector, mun, hours, occupation, employer in s.execute(stmt).all():
            opening = dm.Opening(
                id=vid,
                required=frozenset(required.get(vid, ())),
                desired=frozenset(desired.get(vid, ())),
                sector_id=sector,
                municipality=municipality.get(mun),
                hours=hours,
            )
            result.append((opening, occupation, employer))
        return result

    def _placed_clause(self, route_id: ColumnElement[int]) -> ColumnElement[bool]:
        """True when the open route ``route_id`` has an ongoing placement (as
        :meth:`_placed_clients`, correlated, for the open route of one row at a time:
        a client has one)."""
        today = self.today()
        # A constant, not ``SELECT *``, which made SQLite read the table's row; ``OFFSET
        # 0`` keeps it a look-up by key on PostgreSQL, which otherwise hashed all 78,000
        # placements for each batch of routes (5 against 30 ms for 1,000 ids).
        return (
            select(literal(1))
            .where(
                PLACEMENT.c.route_id == route_id,
                or_(PLACEMENT.c.end_date.is_(None), PLACEMENT.c.end_date >= today),
                PLACEMENT.c.start_date <= today,
            )
            .offset(0)
            .exists()
        )

    def _placed_clients(self, s: Session, client_ids: Iterable[int] | None = None) -> set[int]:
        """Clients working in an ongoing placement on their open route."""
        today = self.today()
        stmt = (
            select(ROUTE.c.client_id)
            .join(PLACEMENT, PLACEMENT.c.route_id == ROUTE.c.id)
            .where(
                ROUTE.c.closed_on.is_(None),
                or_(PLACEMENT.c.end_date.is_(None), PLACEMENT.c.end_date >= today),
                PLACEMENT.c.start_date <= today,
            )
        )
        if client_ids is not None:
            stmt = stmt.where(ROUTE.c.client_id.in_(list(client_ids)))
        return set(s.scalars(stmt).all())

    @staticmethod
    def _pending_clause(client_id: ColumnElement[int], vacancy_id: int) -> ColumnElement[int]:
        """How many proposals still run for ``client_id`` for other vacancies (as
        :meth:`_pending` counts them, correlated, for one row at a time)."""
        return (
            select(func.count())
            .where(
                CANDIDACY.c.client_id == client_id,
                CANDIDACY.c.stage.in_(sorted(dm.PENDING_STAGES)),
                CANDIDACY.c.vacancy_id != vacancy_id,
            )
            .scalar_subquery()
        )

    def _pending(self, s: Session, *, client_id: int | None = None) -> list[tuple[int, int]]:
        """(client, vacancy) of every proposal still running (few: the live pipeline)."""
        stmt = select(CANDIDACY.c.client_id, CANDIDACY.c.vacancy_id).where(
            CANDIDACY.c.stage.in_(sorted(dm.PENDING_STAGES))
        )
        if client_id is not None:
            stmt = stmt.where(CANDIDACY.c.client_id == client_id)
        return [(cid, vid) for cid, vid in s.execute(stmt).all()]

    def _own_clause(self) -> ColumnElement[bool]:
        """Clients whose current route the actor coaches or shared with them.

        For clients with an open route this is exactly ``visible_clients_clause`` (its
        third branch, registered without any route, cannot apply), written as two
        indexed id lists instead of correlated subqueries on ``client``.
        """
        me = self.actor.user_id
        coached = current_route_clients(me)
        shared = select(SHARE.c.client_id).where(SHARE.c.user_id == me)
        return or_(ROUTE.c.client_id.in_(coached), ROUTE.c.client_id.in_(shared))

    # ------------------------------------------------------------ vacancy -> people
    def candidates(
        self, vacancy_id: int, *, scope: str = "mine", limit: int = DEFAULT_LIMIT
    ) -> list[Suggestion]:
        """Active clients ranked for one vacancy, best first, each with its reasons.

        Team scope reads candidates best bound first and stops when nobody unread can
        enter the list (:mod:`zkijdesk.services.matching_prefilter`); a coach's own
        scope reads their caseload by id (:meth:`_scan`), which is also the way for a
        vacancy the search cannot bound. Only the shown ``limit`` get names, coaches
        and labels.
        """
        if scope not in SCOPES:
            raise ValidationError("scope", "Kies welke cliënten meedoen: eigen of team.")
        if self.actor.role is Role.ADMIN:
            raise self.deny(
                t(
                    "Uw rol staat niet toe dat u {label}.",
                    label="kandidaten voor een vacature bekijkt",
                ),
                "vacancy",
                vacancy_id,
            )
        if scope == "team" and self.actor.team and self.actor.role is Role.TEAMLEAD:
            # The server gives team leads the figures views (every client, by id); the
            # matching views beside them would name those ids (storage/team.py).
            raise ValidationError(
                "scope",
                "Op de teamdatabase zoeken alleen coaches in het hele team: een teamleider "
                "leest de anonieme maandcijfers, en samen met de kandidaten zeggen die te "
                "veel over één cliënt.",
            )
        with self.store.session() as s:
            get_or_raise(s, m.Vacancy, vacancy_id, "Vacature")
            # A team-wide search reads the team's pool (on a team database: the views
            # past row-level security); names come from the files the person may open.
            pool = self.store.matching_pool(s) if scope == "team" else contextlib.nullcontext()
            with pool:
                municipality = self._municipality_codes(s)
                sectors = self._sectors(s)
                ((opening, occupation, employer),) = self._openings(s, [vacancy_id], municipality)
                top, with_skills = self._rank(s, opening, sectors, municipality, scope, limit)
                shown = [match.person_id for match in top]
                people = self._numbers(s, shown)
            names = self._names(s, shown, every_name=scope == "mine")
            labels, training = self._skill_texts(s, opening.required | opening.desired)
            result = []
            for rank, match in enumerate(top, start=1):
                number, coach = people.get(match.person_id, ("", ""))
                name = names.get(match.person_id)
                notes = match.notes
                if match.person_id not in with_skills:
                    notes = ("Nog geen vaardigheden vastgelegd.", *notes)
                result.append(
                    self._suggestion(
                        rank,
                        match,
                        notes,
                        labels,
                        training,
                        occupation=occupation,
                        employer=employer,
                        client_id=match.person_id if name is not None else None,
                        number=number,
                        name=name,
                        coach=coach,
                    )
                )
            self.audit(
                s,
                "view",
                "matching",
                vacancy_id,
                detail=f"scope={scope};candidates={len(result)};named={len(names)}",
            )
            return result

    def _rank(
        self,
        s: Session,
        opening: dm.Opening,
        sectors: dm.Sectors,
        municipality: Mapping[int, str],
        scope: str,
        limit: int,
    ) -> tuple[list[dm.Match], set[int]]:
        """The best ``limit`` in scope for ``opening``, scored, and which of them have
        any skill recorded."""
        vacancy_id = opening.id
        active = active_rows()
        wanted = opening.required | opening.desired
        holders = (
            select(CLIENT_SKILL.c.client_id, CLIENT_SKILL.c.skill_id)
            .where(CLIENT_SKILL.c.skill_id.in_(sorted(wanted)))
            .distinct()
        )
        own_ids = None
        if scope == "mine":
            # A caseload is small: its ids first, then skills and placements by id
            # (a subquery let SQLite walk every holder of the skills instead).
            own_ids = sorted(
                set(
                    s.scalars(
                        select(ROUTE.c.client_id).where(
                            ROUTE.c.closed_on.is_(None), self._own_clause()
                        )
                    )
                )
            )
            active = active.where(ROUTE.c.client_id.in_(own_ids))
            holders = holders.where(CLIENT_SKILL.c.client_id.in_(own_ids))
        # Whoever is proposed for this vacancy already, in any stage.
        here = set(
            s.scalars(select(CANDIDACY.c.client_id).where(CANDIDACY.c.vacancy_id == vacancy_id))
        )
        ranker = dm.Ranker(opening, sectors)
        top_rows: list[Row] | None = None
        placed: set[int] = set()
        pending: dict[int, int] = {}
        if scope == "team" and self.prefilter:
            search = prefilter.best_holders(
                s,
                active_rows(by_id=True),
                ranker,
                sectors,
                municipality,
                skip=here,
                placed=self._placed_clause(ROUTE.c.id),
                pending=self._pending_clause(ROUTE.c.client_id, vacancy_id),
                limit=limit,
            )
            if search.complete:
                top_rows, placed, pending = search.rows, search.placed, search.pending
        if top_rows is None:
            for cid, vid in self._pending(s):
                if vid != vacancy_id:
                    pending[cid] = pending.get(cid, 0) + 1
            top_rows, placed = self._scan(
                s, active, holders, ranker, here, pending, municipality, limit, own_ids
            )
        shown = [row[0] for row in top_rows]
        found: dict[int, set[int]] = {cid: set() for cid in shown}
        with_skills: set[int] = set()
        for cid, sid in s.execute(
            select(CLIENT_SKILL.c.client_id, CLIENT_SKILL.c.skill_id).where(
                CLIENT_SKILL.c.client_id.in_(shown)
            )
        ).all():
            with_skills.add(cid)
            if sid in wanted:
                found[cid].add(sid)
        top = [
            dm.score(
                dm.Person(
                    cid,
                    frozenset(found[cid]),
                    sector,
                    municipality.get(mun) if mun is not None else None,
                    low,
                    high,
                    cid in placed,
                    pending.get(cid, 0),
                ),
                opening,
                sectors,
            )
            for cid, sector, mun, low, high in top_rows
        ]
        return top, with_skills

    def _scan(
        self,
        s: Session,
        active: Select[Any],
        holders: Select[Any],
        ranker: dm.Ranker,
        here: set[int],
        pending: Mapping[int, int],
        municipality: Mapping[int, str],
        limit: int,
        own_ids: list[int] | None,
    ) -> tuple[list[Row], set[int]]:
        """The best ``limit`` rows read from every active client in scope (and the
        placed clients among them): a coach's own search, the reference the team's
        search must match, and the way for a vacancy it cannot bound (more skills than
        its code counts)."""
        wanted = ranker.opening.required | ranker.opening.desired
        # Per client one int: matched required * SHIFT + matched desired. Ints, not a
        # set per client, and rows read in batches: tens of thousands of live
        # containers would wake the garbage collector, which then walks every
        # object of the process (tens of milliseconds).
        step = {sid: SHIFT for sid in ranker.opening.required} | dict.fromkeys(
            ranker.opening.desired, 1
        )
        matched: dict[int, int] = {}
        if wanted:
            for batch in s.execute(holders).partitions(BATCH):
                for cid, sid in batch:
                    matched[cid] = matched.get(cid, 0) + step[sid]
        # A coach's own search (``own_ids``) asks only about their clients' placements.
        placed = self._placed_clients(s, own_ids)

        def best(query: Select[Any]) -> tuple[list[Row], Key | None]:
            return self._best_rows(
                s.execute(query), ranker, matched, placed, pending, here, municipality, limit
            )

        # First only the holders of one of the vacancy's skills: when the worst of the
        # best among them still beats anyone without those skills, the rest need not
        # be read.
        floor = ranker.unmatched_floor()
        if self.prefilter and floor is not None and len(matched) >= limit:
            holders_only = active.where(
                ROUTE.c.client_id.in_(
                    select(CLIENT_SKILL.c.client_id).where(
                        CLIENT_SKILL.c.skill_id.in_(sorted(wanted))
                    )
                )
            )
            top_rows, worst = best(holders_only)
            if len(top_rows) == limit and worst is not None and worst < floor:
                return top_rows, placed
        return best(active)[0], placed

    @staticmethod
    def _best_rows(
        result: Result[int, int | None, int | None, int | None, int | None],
        ranker: dm.Ranker,
        matched: Mapping[int, int],
        placed: set[int],
        pending: Mapping[int, int],
        here: set[int],
        municipality: Mapping[int, str],
        limit: int,
    ) -> tuple[list[Row], Key | None]:
        """The ``limit`` best rows of the active-client query, best first, and the key of
        the last of them.

        Rows are read in batches and only the best ``limit`` are kept, so memory and
        garbage-collector work stay flat however many clients the region has.
        """
        key, code, seen = ranker.key, municipality.get, set[int]()

        def eligible() -> Iterator[Row]:
            for batch in result.partitions(BATCH):
                for cid, sector, mun, low, high in batch:
                    if cid in here or cid in seen:
                        continue
                    seen.add(cid)
                    yield cid, sector, mun, low, high

        def order(row: Row) -> Key:
            cid, sector, mun, low, high = row
            both = matched.get(cid, 0)
            return key(
                cid,
                both // SHIFT,
                both % SHIFT,
                sector,
                code(mun) if mun is not None else None,
                low,
                high,
                cid in placed,
                pending.get(cid, 0),
            )

        rows = heapq.nsmallest(limit, eligible(), key=order)
        return rows, (order(rows[-1]) if rows else None)

    def _numbers(self, s: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
        """Per client shown: their number and their coach's name, in one query."""
        route = ROUTE.alias("shown_route")
        rows = s.execute(
            select(CLIENT.c.id, CLIENT.c.client_number, USER.c.display_name)
            .select_from(
                CLIENT.outerjoin(
                    route, and_(route.c.client_id == CLIENT.c.id, route.c.closed_on.is_(None))
                ).outerjoin(USER, USER.c.id == route.c.coach_id)
            )
            .where(CLIENT.c.id.in_(ids))
        )
        return {cid: (number or "", coach or "") for cid, number, coach in rows}

    def _names(self, s: Session, ids: list[int], *, every_name: bool) -> dict[int, str]:
        """The names of the clients shown whose file the actor may open (every one in a
        coach's own search), read from the tables themselves: on a team database row-level
        security answers too."""
        visible = true() if every_name else visible_clients_clause(self.actor, few=True)
        rows = s.execute(
            select(CLIENT.c.id, CLIENT.c.first_name, CLIENT.c.name_prefix, CLIENT.c.last_name)
            .where(CLIENT.c.id.in_(ids))
            .where(visible)
        )
        return {cid: full_name(first, prefix, last) for cid, first, prefix, last in rows}

    def _suggestion(
        self,
        rank: int,
        match: dm.Match,
        notes: Iterable[str],
        labels: Mapping[int, str],
        training: Mapping[int, str],
        *,
        occupation: str,
        employer: str,
        client_id: int | None,
        number: str,
        name: str | None,
        coach: str,
    ) -> Suggestion:
        def names(ids: Iterable[int]) -> tuple[str, ...]:
            return tuple(sorted(labels.get(i, str(i)) for i in ids))

        return Suggestion(
            rank=rank,
            vacancy_id=match.opening_id,
            occupation=occupation,
            employer_name=employer,
            client_id=client_id,
            client_number=number,
            name=name,
            coach_name=coach,
            total=round(match.total, 1),
            parts=tuple((key, round(100 * value)) for key, value in match.parts.items()),
            matched_required=names(match.matched_required),
            matched_desired=names(match.matched_desired),
            missing_required=names(match.missing_required),
            missing_desired=names(match.missing_desired),
            notes=tuple(notes),
            training_route=tuple(
                dm.training_route(match.missing_required, match.missing_desired, labels, training)
            ),
            km=match.km,
        )

    # ------------------------------------------------------------ person -> vacancies
    def vacancies_for(self, client_id: int, *, limit: int = DEFAULT_LIMIT) -> list[Suggestion]:
        """Open vacancies ranked for one client the actor may open, with the reasons."""
        with self.store.session() as s:
            client = self.client_for(s, client_id)
            municipality = self._municipality_codes(s)
            sectors = self._sectors(s)
            route = s.execute(
                select(ROUTE.c.sector_id, ROUTE.c.coach_id).where(
                    ROUTE.c.client_id == client_id, ROUTE.c.closed_on.is_(None)
                )
            ).first()
            skills = frozenset(
                s.scalars(
                    select(CLIENT_SKILL.c.skill_id).where(CLIENT_SKILL.c.client_id == client_id)
                )
            )
            pref = s.get(m.ClientWorkPreference, client_id)
            candidacies = set(
                s.scalars(select(CANDIDACY.c.vacancy_id).where(CANDIDACY.c.client_id == client_id))
            )
            pending = len(self._pending(s, client_id=client_id))
            sector = route[0] if route is not None and route[0] is not None else client.sector_id
            person = dm.Person(
                id=client_id,
                skills=skills,
                sector_id=sector,
                municipality=(
                    municipality.get(client.municipality_id)
                    if client.municipality_id is not None
                    else None
                ),
                hours_min=pref.hours_min if pref else None,
                hours_max=pref.hours_max if pref else None,
                placed=bool(self._placed_clients(s, [client_id])),
                pending_elsewhere=pending,
                has_any_skill=bool(skills),
            )
            openings = [
                o for o in self._openings(s, None, municipality) if o[0].id not in candidacies
            ]
            info = {o.id: (occupation, employer) for o, occupation, employer in openings}
            top = dm.rank_openings(person, [o for o, _, _ in openings], sectors, limit)
            mentioned = skills.union(*(x.missing_required | x.missing_desired for x in top))
            labels, training = self._skill_texts(s, mentioned)
            coach = route[1] if route is not None else None
            coach_name = self._user_names(s, [coach]).get(coach, "") if coach else ""
            name = full_name(client.first_name, client.name_prefix, client.last_name)
            result = [
                self._suggestion(
                    rank,
                    match,
                    match.notes,
                    labels,
                    training,
                    occupation=info[match.opening_id][0],
                    employer=info[match.opening_id][1],
                    client_id=client_id,
                    number=client.client_number or "",
                    name=name,
                    coach=coach_name,
                )
                for rank, match in enumerate(top, start=1)
            ]
            self.audit(s, "view", "client", client_id, detail=f"matching={len(result)}")
            return result

    def own_active_clients(self) -> list[ClientChoice]:
        """The actor's own clients with an open route, to pick one and match vacancies."""
        stmt = (
            select(
                CLIENT.c.id,
                CLIENT.c.first_name,
                CLIENT.c.name_prefix,
                CLIENT.c.last_name,
                CLIENT.c.client_number,
            )
            .join(ROUTE, ROUTE.c.client_id == CLIENT.c.id)
            .where(
                ROUTE.c.closed_on.is_(None),
                CLIENT.c.deleted_at.is_(None),
                CLIENT.c.restricted.is_(False),
                self._own_clause(),
            )
            .distinct()
        )
        with self.store.session() as s:
            rows = s.execute(stmt).all()
            self.audit(s, "view", "matching", None, detail=f"client_choices={len(rows)}")
        choices = [
            ClientChoice(cid, full_name(first, prefix, last), number or "")
            for cid, first, prefix, last, number in rows
        ]
        return sorted(choices, key=lambda c: (c.name.casefold(), c.id))

    # ------------------------------------------------------------ work preference
    def set_work_preference(
        self, client_id: int, hours_min: int | None, hours_max: int | None
    ) -> tuple[int | None, int | None]:
        """Record the hours per week a client wants (a range; either end may stay open)."""
        problems = FieldErrors()
        low = problems.check(
            lambda: v.validate_range(
                hours_min, field="hours_min", label=fields.HOURS_MIN, minimum=0, maximum=60
            )
        )
        high = problems.check(
            lambda: v.validate_range(
                hours_max, field="hours_max", label=fields.HOURS_MAX, minimum=1, maximum=60
            )
        )
        problems.raise_any()
        if low is not None and high is not None and low > high:
            raise ValidationError(
                "hours_max",
                t("{label} mag niet lager zijn dan het minimum.", label=fields.HOURS_MAX),
            )
        with self.store.session() as s:
            self.client_for(s, client_id, change=True)
            pref = s.get(m.ClientWorkPreference, client_id)
            if pref is None:
                pref = m.ClientWorkPreference(client_id=client_id)
                s.add(pref)
            pref.hours_min, pref.hours_max, pref.updated_on = low, high, self.today()
            self.audit(s, "change", "client", client_id, detail="work_preference")
            return low, high

    def work_preference(self, client_id: int) -> tuple[int | None, int | None]:
        with self.store.session() as s:
            self.client_for(s, client_id)
            pref = s.get(m.ClientWorkPreference, client_id)
            return (pref.hours_min, pref.hours_max) if pref else (None, None)
