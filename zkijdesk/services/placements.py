"""The placement pipeline: proposed -> interview -> placed / not placed (with a reason).

Proposing, interviewing and deciding change the client's file, so each step checks
that the actor may change that file (``client_for``) and is audited. The vacancy moves
along: a first proposal puts an open vacancy 'in behandeling', a placement makes it
'vervuld', and when the last running proposal ends without a placement it is open
again.

A placement itself is recorded by ``RouteService.add_placement_in`` on the client's
open route, which also plans the follow-ups at 3, 6 and 12 months as tasks for the
coach. It runs inside the pipeline's own unit of work, so the placement, its
follow-up tasks, the candidacy's new stage and the filled vacancy are committed
together or not at all: a placement never exists without its proposal being linked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum
from zkijdesk.domain.enums import ContractType, Role, VacancyStatus
from zkijdesk.domain.errors import FieldErrors, StateError, ValidationError
from zkijdesk.domain.matching import PENDING_STAGES, CandidacyStage, NotPlacedReason
from zkijdesk.domain.names import full_name
from zkijdesk.domain.text import t
from zkijdesk.services import dto
from zkijdesk.services.access import visible_clients_clause
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.services.routes import RouteService, placement_fields

#: An interview may be planned up to this far ahead.
INTERVIEW_HORIZON = timedelta(days=366)


@dataclass(frozen=True)
class CandidacyView:
    """A proposal in the pipeline; ``name`` is None for a client outside the actor's files."""

    id: int
    vacancy_id: int
    occupation: str
    employer_name: str
    client_id: int | None
    client_number: str
    name: str | None
    coach_name: str
    stage: CandidacyStage
    proposed_on: date
    interview_on: date | None
    decided_on: date | None
    reason: NotPlacedReason | None
    placement_id: int | None
    score: int | None


class PlacementService(Service):
    def _candidacy(self, s: Session, candidacy_id: int) -> m.Candidacy:
        candidacy = get_or_raise(s, m.Candidacy, candidacy_id, "Voordracht")
        self.client_for(s, candidacy.client_id, change=True)
        return candidacy

    def _pending(self, s: Session, candidacy_id: int) -> m.Candidacy:
        """A candidacy that still awaits its outcome (proposed or interviewed)."""
        candidacy = self._candidacy(s, candidacy_id)
        if candidacy.stage not in PENDING_STAGES:
            raise StateError("Over deze voordracht is al besloten.")
        return candidacy

    def _view(self, s: Session, c: m.Candidacy, *, named: bool = True) -> CandidacyView:
        vacancy = s.get_one(m.Vacancy, c.vacancy_id)
        client = s.get_one(m.Client, c.client_id)
        coach = s.get(m.User, c.coach_id) if c.coach_id else None
        return CandidacyView(
            id=c.id,
            vacancy_id=c.vacancy_id,
            occupation=vacancy.occupation,
            employer_name=vacancy.employer.name,
            client_id=c.client_id if named else None,
            client_number=client.client_number or "",
            name=full_name(client.first_name, client.name_prefix, client.last_name)
            if named
            else None,
            coach_name=coach.display_name if coach else "",
            stage=c.stage,
            proposed_on=c.proposed_on,
            interview_on=c.interview_on,
            decided_on=c.decided_on,
            reason=c.reason,
            placement_id=c.placement_id,
            score=c.score,
        )

    def _past(self, value: date | str | None, field: str, label: str) -> date:
        day = v.parse_date(value, field=field, label=label) or self.today()
        return v.validate_not_future(day, today=self.today(), field=field, label=label)

    def propose(
        self,
        vacancy_id: int,
        client_id: int,
        *,
        on: date | str | None = None,
        score: float | None = None,
    ) -> CandidacyView:
        """Propose a client (with an open route) for an open vacancy."""
        day = self._past(on, "proposed_on", fields.PROPOSED_ON)
        with self.store.session() as s:
            client = self.client_for(s, client_id, change=True)
            vacancy = get_or_raise(s, m.Vacancy, vacancy_id, "Vacature")
            if vacancy.status not in (VacancyStatus.OPEN, VacancyStatus.IN_PROGRESS):
                raise StateError("Deze vacature is niet meer open; voordragen kan niet.")
            if day < vacancy.opened_on:
                raise ValidationError(
                    "proposed_on",
                    "Datum voordracht mag niet vóór de opening van de vacature liggen.",
                )
            route = s.scalar(
                select(m.Route).where(m.Route.client_id == client.id, m.Route.closed_on.is_(None))
            )
            if route is None:
                raise StateError("Deze cliënt heeft geen lopende route; open eerst een route.")
            existing = s.scalar(
                select(m.Candidacy.id).where(
                    m.Candidacy.vacancy_id == vacancy_id, m.Candidacy.client_id == client_id
                )
            )
            if existing is not None:
                raise StateError("Deze cliënt is al voorgedragen voor deze vacature.")
            candidacy = m.Candidacy(
                vacancy_id=vacancy_id,
                client_id=client_id,
                route_id=route.id,
                coach_id=self.actor.user_id,
                stage=CandidacyStage.PROPOSED,
                proposed_on=day,
                score=round(score) if score is not None else None,
            )
            s.add(candidacy)
            if vacancy.status is VacancyStatus.OPEN:
                vacancy.status = VacancyStatus.IN_PROGRESS
            s.flush()
            self.audit(s, "create", "candidacy", candidacy.id, detail=f"vacancy={vacancy_id}")
            return self._view(s, candidacy)

    def record_interview(self, candidacy_id: int, on: date | str | None) -> CandidacyView:
        """Plan or record the job interview; the date may lie ahead."""
        day = v.parse_date(on, field="interview_on", label=fields.INTERVIEW_ON)
        if day is None:
            raise ValidationError(
                "interview_on", t("{label} is verplicht.", label=fields.INTERVIEW_ON)
            )
        if day > self.today() + INTERVIEW_HORIZON:
            raise ValidationError("interview_on", "Datum gesprek ligt te ver in de toekomst.")
        with self.store.session() as s:
            candidacy = self._pending(s, candidacy_id)
            if day < candidacy.proposed_on:
                raise ValidationError(
                    "interview_on", "Datum gesprek mag niet vóór de voordracht liggen."
                )
            candidacy.stage, candidacy.interview_on = CandidacyStage.INTERVIEW, day
            self.audit(s, "change", "candidacy", candidacy_id, detail="interview")
            s.flush()
            return self._view(s, candidacy)

    def place(
        self,
        candidacy_id: int,
        *,
        contract_type: ContractType | str,
        hours_per_week: int | None,
        start_date: date | str | None,
        end_date: date | str | None = None,
        decided_on: date | str | None = None,
    ) -> CandidacyView:
        """The client got the job: record the placement (with its follow-up tasks)."""
        problems = FieldErrors()
        decided = problems.check(lambda: self._past(decided_on, "decided_on", fields.DECIDED_ON))
        problems.check(
            lambda: placement_fields(
                dto.PlacementInput(
                    start_date=start_date,
                    contract_type=contract_type,
                    hours_per_week=hours_per_week,
                    end_date=end_date,
                )
            )
        )
        problems.raise_any()
        assert decided is not None  # raise_any() raised if it was not cleaned
        with self.store.session() as s:
            candidacy = self._pending(s, candidacy_id)
            if decided < candidacy.proposed_on:
                raise ValidationError(
                    "decided_on", "Datum besluit mag niet vóór de voordracht liggen."
                )
            route_id = s.scalar(
                select(m.Route.id).where(
                    m.Route.client_id == candidacy.client_id, m.Route.closed_on.is_(None)
                )
            )
            if route_id is None:
                raise StateError("Deze cliënt heeft geen lopende route meer; heropen die eerst.")
            vacancy = s.get_one(m.Vacancy, candidacy.vacancy_id)
            employer = s.get_one(m.Employer, vacancy.employer_id)
            data = dto.PlacementInput(
                start_date=start_date,
                contract_type=contract_type,
                hours_per_week=hours_per_week,
                employer_id=vacancy.employer_id,
                vacancy_id=vacancy.id,
                sector_id=vacancy.sector_id,
                end_date=end_date,
                banenafspraak=bool(
                    employer.banenafspraak
                    and s.get_one(m.Client, candidacy.client_id).doelgroepregister
                ),
            )
            routes = RouteService(self.store, self.actor, self._today)
            placement = routes.add_placement_in(s, route_id, data)
            candidacy.stage = CandidacyStage.PLACED
            candidacy.decided_on = decided
            candidacy.placement_id = placement.id
            vacancy.status = VacancyStatus.FILLED
            vacancy.closed_on = max(decided, vacancy.opened_on)
            self.audit(s, "change", "candidacy", candidacy_id, detail="placed")
            s.flush()
            return self._view(s, candidacy)

    def not_placed(
        self,
        candidacy_id: int,
        reason: NotPlacedReason | str,
        on: date | str | None = None,
    ) -> CandidacyView:
        """The proposal ended without a placement, for a reason that can be counted."""
        problems = FieldErrors()
        why = problems.check(
            lambda: coerce_enum(NotPlacedReason, reason, field="reason", label=fields.REASON)
        )
        day = problems.check(lambda: self._past(on, "decided_on", fields.DECIDED_ON))
        problems.raise_any()
        assert why is not None and day is not None  # raise_any() raised if they were not
        with self.store.session() as s:
            candidacy = self._pending(s, candidacy_id)
            if day < candidacy.proposed_on:
                raise ValidationError(
                    "decided_on", "Datum besluit mag niet vóór de voordracht liggen."
                )
            candidacy.stage, candidacy.reason, candidacy.decided_on = (
                CandidacyStage.NOT_PLACED,
                why,
                day,
            )
            s.flush()
            still_running = s.scalar(
                select(m.Candidacy.id).where(
                    m.Candidacy.vacancy_id == candidacy.vacancy_id,
                    m.Candidacy.stage.in_(PENDING_STAGES),
                )
            )
            vacancy = s.get_one(m.Vacancy, candidacy.vacancy_id)
            if still_running is None and vacancy.status is VacancyStatus.IN_PROGRESS:
                vacancy.status = VacancyStatus.OPEN
            self.audit(s, "change", "candidacy", candidacy_id, detail=f"not_placed:{why.value}")
            s.flush()
            return self._view(s, candidacy)

    def pipeline(
        self, *, vacancy_id: int | None = None, include_decided: bool = True
    ) -> list[CandidacyView]:
        """Proposals by stage. The actor's own clients by name; colleagues' by number only."""
        if self.actor.role is Role.ADMIN:
            raise self.deny(
                t("Uw rol staat niet toe dat u {label}.", label="voordrachten bekijkt"),
                "candidacy",
                None,
            )
        stmt = select(m.Candidacy).order_by(m.Candidacy.proposed_on.desc(), m.Candidacy.id)
        if vacancy_id is not None:
            stmt = stmt.where(m.Candidacy.vacancy_id == vacancy_id)
        if not include_decided:
            stmt = stmt.where(m.Candidacy.stage.in_(PENDING_STAGES))
        with self.store.session() as s:
            rows = list(s.scalars(stmt))
            ids = {c.client_id for c in rows}
            visible = set(
                s.scalars(
                    select(m.Client.id).where(
                        m.Client.id.in_(ids), visible_clients_clause(self.actor)
                    )
                )
            )
            result = [self._view(s, c, named=c.client_id in visible) for c in rows]
            self.audit(
                s,
                "view",
                "candidacy",
                vacancy_id,
                detail=f"rows={len(result)};named={len(visible)}",
            )
            return result
