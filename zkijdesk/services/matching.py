"""Matching: candidates for a vacancy, vacancies for a client, each with the reasons why.

Data is loaded in a handful of set-based queries (never one per candidate) and scored
in Python by :mod:`zkijdesk.domain.matching`, which also explains every suggestion.

Who is considered (see docs/matching.md):

- ``scope="mine"``: the active clients (open route) the actor may open, by the same
  rule as the client list (``visible_clients_clause``). Names are shown.
- ``scope="team"``: every active client of the store, so an accountmanager or team
  lead sees who in the team fits. Clients outside the actor's own files are shown
  **pseudonymised**: client number and their coach only, no name and no other
  details; only their own coach can propose them.

Clients whose processing is restricted, or who are in the bin, are never suggested.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from zkijdesk import models as m
from zkijdesk.domain import matching as dm
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role, VacancyStatus
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.names import full_name
from zkijdesk.services.access import visible_clients_clause
from zkijdesk.services.base import Service, get_or_raise

SKILLS_CSV = Path(__file__).resolve().parent.parent / "resources" / "skills.csv"
OPEN_STATUSES = (VacancyStatus.OPEN, VacancyStatus.IN_PROGRESS)
SCOPES = ("mine", "team")
DEFAULT_LIMIT = 25
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


class MatchingService(Service):
    # ------------------------------------------------------------ shared loading
    def _reference(self, s: Session):
        sectors = dm.Sectors(dict(s.execute(select(m.Sector.id, m.Sector.parent_id)).all()))
        municipality = dict(s.execute(select(m.Municipality.id, m.Municipality.code)).all())
        hints = training_hints()
        labels, training = {}, {}
        for sid, code, name in s.execute(select(m.Skill.id, m.Skill.code, m.Skill.name)):
            labels[sid] = name
            if code in hints:
                training[sid] = hints[code]
        users = dict(s.execute(select(m.User.id, m.User.display_name)).all())
        return sectors, municipality, labels, training, users

    def _openings(self, s: Session, vacancy_ids: list[int] | None, municipality) -> list:
        stmt = select(
            m.Vacancy.id,
            m.Vacancy.sector_id,
            m.Vacancy.municipality_id,
            m.Vacancy.hours_per_week,
            m.Vacancy.occupation,
            m.Employer.name,
        ).join(m.Employer, m.Employer.id == m.Vacancy.employer_id)
        skill_stmt = select(
            m.VacancySkill.vacancy_id, m.VacancySkill.skill_id, m.VacancySkill.required
        )
        if vacancy_ids is None:
            stmt = stmt.where(m.Vacancy.status.in_(OPEN_STATUSES))
            skill_stmt = skill_stmt.join(
                m.Vacancy, m.Vacancy.id == m.VacancySkill.vacancy_id
            ).where(m.Vacancy.status.in_(OPEN_STATUSES))
        else:
            stmt = stmt.where(m.Vacancy.id.in_(vacancy_ids))
            skill_stmt = skill_stmt.where(m.VacancySkill.vacancy_id.in_(vacancy_ids))
        required: dict[int, set[int]] = {}
        desired: dict[int, set[int]] = {}
        for vid, sid, req in s.execute(skill_stmt):
            (required if req else desired).setdefault(vid, set()).add(sid)
        result = []
        for vid, sector, mun, hours, occupation, employer in s.execute(stmt):
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

    def _placed_clients(self, s: Session, client_ids=None) -> set[int]:
        stmt = (
            select(m.Route.client_id)
            .join(m.Placement, m.Placement.route_id == m.Route.id)
            .where(
                m.Route.closed_on.is_(None),
                or_(m.Placement.end_date.is_(None), m.Placement.end_date >= self.today()),
                m.Placement.start_date <= self.today(),
            )
        )
        if client_ids is not None:
            stmt = stmt.where(m.Route.client_id.in_(client_ids))
        return set(s.scalars(stmt))

    def _pending(self, s: Session, client_ids=None) -> list[tuple[int, int]]:
        stmt = select(m.Candidacy.client_id, m.Candidacy.vacancy_id).where(
            m.Candidacy.stage.in_(dm.PENDING_STAGES)
        )
        if client_ids is not None:
            stmt = stmt.where(m.Candidacy.client_id.in_(client_ids))
        return list(s.execute(stmt))

    # ------------------------------------------------------------ vacancy -> people
    def candidates(
        self, vacancy_id: int, *, scope: str = "mine", limit: int = DEFAULT_LIMIT
    ) -> list[Suggestion]:
        """Active clients ranked for one vacancy, best first, each with its reasons."""
        if scope not in SCOPES:
            raise ValidationError("scope", "Kies welke cliënten meedoen: eigen of team.")
        if self.actor.role is Role.ADMIN:
            raise self.deny(
                "Uw rol staat niet toe dat u kandidaten voor een vacature bekijkt.",
                "vacancy",
                vacancy_id,
            )
        with self.store.session() as s:
            get_or_raise(s, m.Vacancy, vacancy_id, "Vacature")
            sectors, municipality, labels, training, users = self._reference(s)
            ((opening, occupation, employer),) = self._openings(s, [vacancy_id], municipality)
            # An alias: the access rule's own subqueries on ``route`` must not correlate.
            route = aliased(m.Route)
            active = (
                select(
                    route.client_id,
                    route.sector_id,
                    m.Client.sector_id,
                    m.Client.municipality_id,
                    route.coach_id,
                    m.Client.client_number,
                )
                .join(m.Client, m.Client.id == route.client_id)
                .where(
                    route.closed_on.is_(None),
                    m.Client.deleted_at.is_(None),
                    m.Client.restricted.is_(False),
                )
            )
            rows = s.execute(active).all()
            if scope == "mine":
                mine = self._own_clients(s)
                rows = [r for r in rows if r[0] in mine]
            wanted = opening.required | opening.desired
            skills: dict[int, set[int]] = {}
            if wanted:
                skill_rows = s.execute(
                    select(m.ClientSkill.client_id, m.ClientSkill.skill_id)
                    .join(m.Route, m.Route.client_id == m.ClientSkill.client_id)
                    .where(m.Route.closed_on.is_(None), m.ClientSkill.skill_id.in_(wanted))
                )
                for cid, sid in skill_rows:
                    skills.setdefault(cid, set()).add(sid)
            placed = self._placed_clients(s)
            pending: dict[int, int] = {}
            here = set(
                s.scalars(
                    select(m.Candidacy.client_id).where(m.Candidacy.vacancy_id == vacancy_id)
                )
            )
            for cid, vid in self._pending(s):
                if vid != vacancy_id:
                    pending[cid] = pending.get(cid, 0) + 1
            prefs = {
                cid: (low, high)
                for cid, low, high in s.execute(
                    select(
                        m.ClientWorkPreference.client_id,
                        m.ClientWorkPreference.hours_min,
                        m.ClientWorkPreference.hours_max,
                    )
                )
            }
            people, meta = [], {}
            empty: frozenset[int] = frozenset()
            for cid, route_sector, client_sector, mun, coach, number in rows:
                if cid in here:
                    continue
                low, high = prefs.get(cid, (None, None))
                found = skills.get(cid)
                people.append(
                    dm.Person(
                        id=cid,
                        skills=frozenset(found) if found else empty,
                        sector_id=route_sector if route_sector is not None else client_sector,
                        municipality=municipality.get(mun),
                        hours_min=low,
                        hours_max=high,
                        placed=cid in placed,
                        pending_elsewhere=pending.get(cid, 0),
                    )
                )
                meta[cid] = (coach, number)
            top = dm.rank_people(opening, people, sectors, limit)
            shown = [x.person_id for x in top]
            with_skills = set(
                s.scalars(
                    select(m.ClientSkill.client_id)
                    .where(m.ClientSkill.client_id.in_(shown))
                    .distinct()
                )
            )
            visible = self._visible_names(s, shown) if scope == "team" else None
            if visible is None:
                visible = self._names(s, shown)
            result = []
            for rank, match in enumerate(top, start=1):
                coach, number = meta[match.person_id]
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
                        client_id=match.person_id if match.person_id in visible else None,
                        number=number or "",
                        name=visible.get(match.person_id),
                        coach=users.get(coach, "") if coach else "",
                    )
                )
            self.audit(
                s,
                "view",
                "matching",
                vacancy_id,
                detail=f"scope={scope};candidates={len(result)};named={len(visible)}",
            )
            return result

    def _own_clients(self, s: Session) -> set[int]:
        """Clients with a route the actor coaches or shared with them.

        For clients with an open route this is exactly ``visible_clients_clause`` (its
        third branch, registered without any route, cannot apply), read as two indexed
        id lists instead of a correlated subquery per row, which SQLite plans poorly here.
        """
        coached = s.scalars(select(m.Route.client_id).where(m.Route.coach_id == self.actor.user_id))
        shared = s.scalars(
            select(m.ClientShare.client_id).where(m.ClientShare.user_id == self.actor.user_id)
        )
        return set(coached) | set(shared)

    def _names(self, s: Session, ids: list[int]) -> dict[int, str]:
        rows = s.execute(
            select(
                m.Client.id, m.Client.first_name, m.Client.name_prefix, m.Client.last_name
            ).where(m.Client.id.in_(ids))
        )
        return {cid: full_name(first, prefix, last) for cid, first, prefix, last in rows}

    def _visible_names(self, s: Session, ids: list[int]) -> dict[int, str]:
        rows = s.execute(
            select(
                m.Client.id, m.Client.first_name, m.Client.name_prefix, m.Client.last_name
            ).where(m.Client.id.in_(ids), visible_clients_clause(self.actor))
        )
        return {cid: full_name(first, prefix, last) for cid, first, prefix, last in rows}

    def _suggestion(
        self,
        rank,
        match,
        notes,
        labels,
        training,
        *,
        occupation,
        employer,
        client_id,
        number,
        name,
        coach,
    ) -> Suggestion:
        def names(ids) -> tuple[str, ...]:
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
            sectors, municipality, labels, training, users = self._reference(s)
            route = s.execute(
                select(m.Route.sector_id, m.Route.coach_id).where(
                    m.Route.client_id == client_id, m.Route.closed_on.is_(None)
                )
            ).first()
            skills = frozenset(
                s.scalars(
                    select(m.ClientSkill.skill_id).where(m.ClientSkill.client_id == client_id)
                )
            )
            pref = s.get(m.ClientWorkPreference, client_id)
            candidacies = {
                vid
                for (vid,) in s.execute(
                    select(m.Candidacy.vacancy_id).where(m.Candidacy.client_id == client_id)
                )
            }
            pending = sum(1 for _ in self._pending(s, [client_id]))
            sector = route[0] if route is not None and route[0] is not None else client.sector_id
            person = dm.Person(
                id=client_id,
                skills=skills,
                sector_id=sector,
                municipality=municipality.get(client.municipality_id),
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
            coach = users.get(route[1], "") if route is not None and route[1] else ""
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
                    coach=coach,
                )
                for rank, match in enumerate(top, start=1)
            ]
            self.audit(s, "view", "client", client_id, detail=f"matching={len(result)}")
            return result

    # ------------------------------------------------------------ work preference
    def set_work_preference(
        self, client_id: int, hours_min: int | None, hours_max: int | None
    ) -> tuple[int | None, int | None]:
        """Record the hours per week a client wants (a range; either end may stay open)."""
        low = v.validate_range(
            hours_min, field="hours_min", label="Minimaal aantal uren", minimum=0, maximum=60
        )
        high = v.validate_range(
            hours_max, field="hours_max", label="Maximaal aantal uren", minimum=1, maximum=60
        )
        if low is not None and high is not None and low > high:
            raise ValidationError(
                "hours_max", "Maximaal aantal uren mag niet lager zijn dan het minimum."
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
