"""A client's route to work: opening, its steps, placements with follow-ups, closing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum
from zkijdesk.domain.dates import add_months
from zkijdesk.domain.enums import (
    FOLLOW_UP_MONTHS,
    ContractType,
    ExitReason,
    GuidanceKind,
    ReferralSource,
    Role,
    TrainingKind,
    TrainingResult,
)
from zkijdesk.domain.errors import FieldErrors, StateError, ValidationError
from zkijdesk.domain.text import t
from zkijdesk.models.base import utcnow
from zkijdesk.services import dto
from zkijdesk.services.access import current_first, file_coach
from zkijdesk.services.base import ColumnValues, Service, get_or_raise
from zkijdesk.services.caseload import move_open_tasks
from zkijdesk.services.convert import (
    follow_up_view,
    guidance_view,
    placement_view,
    route_view,
    training_view,
)
from zkijdesk.storage.one_open_route import ALREADY_OPEN

ONLY_THE_COACH = "Alleen de coach van dit dossier kan de route openen, wijzigen of afsluiten."

TITLE_MAX = 120
NOTE_MAX = 4000

_Step = TypeVar("_Step", m.Guidance, m.Training, m.Placement)


def _date(
    value: date | str | None, field: str, label: str, *, required: bool = False
) -> date | None:
    day = v.parse_date(value, field=field, label=label)
    if day is None and required:
        raise ValidationError(field, t("{label} is verplicht.", label=label))
    return day


def _past(
    value: date | str | None, field: str, label: str, today: date, *, required: bool = False
) -> date | None:
    """A date that has already happened (intake, actual start, closing)."""
    day = _date(value, field, label, required=required)
    return v.validate_not_future(day, today=today, field=field, label=label)


def _not_before_intake(day: date | None, route: m.Route, field: str, label: str) -> None:
    if day is not None and day < route.intake_date:
        raise ValidationError(
            field, t("{label} mag niet vóór de intakedatum van de route liggen.", label=label)
        )


def _guidance_fields(
    kind: GuidanceKind | str,
    start_date: date | str | None,
    end_date: date | str | None,
    note: str | None,
) -> tuple[GuidanceKind, date, date | None, str | None]:
    """A guidance period's fields, checked the same way when it is added and corrected;
    every problem at once."""
    problems = FieldErrors()
    check = problems.check
    clean_kind = check(
        lambda: coerce_enum(GuidanceKind, kind, field="kind", label=fields.GUIDANCE_KIND)
    )
    start = check(lambda: _date(start_date, "start_date", fields.START_DATE, required=True))
    end = check(lambda: _date(end_date, "end_date", fields.END_DATE))
    check(
        lambda: v.validate_date_order(
            start, end, field="end_date", start_label=fields.START_DATE, end_label=fields.END_DATE
        )
    )
    clean_note = check(
        lambda: v.clean_text(
            note, field="note", label=fields.NOTE, max_length=NOTE_MAX, multiline=True
        )
    )
    problems.raise_any()
    assert clean_kind is not None and start is not None  # raise_any() raised if not
    return clean_kind, start, end, clean_note


def placement_fields(data: dto.PlacementInput) -> tuple[date, date | None, ContractType, int]:
    """A placement's own fields (start, end, contract, hours), every problem at once:
    the pipeline checks them before it looks at the proposal, the route form on save."""
    problems = FieldErrors()
    check = problems.check
    start = check(lambda: _date(data.start_date, "start_date", fields.START_DATE, required=True))
    end = check(lambda: _date(data.end_date, "end_date", fields.END_DATE))
    check(
        lambda: v.validate_date_order(
            start, end, field="end_date", start_label=fields.START_DATE, end_label=fields.END_DATE
        )
    )
    contract = check(
        lambda: coerce_enum(
            ContractType, data.contract_type, field="contract_type", label=fields.CONTRACT_TYPE
        )
    )
    hours = check(
        lambda: v.require(
            v.validate_range(
                data.hours_per_week,
                field="hours_per_week",
                label=fields.HOURS_PER_WEEK,
                minimum=1,
                maximum=60,
            ),
            field="hours_per_week",
            label=fields.HOURS_PER_WEEK,
        )
    )
    problems.raise_any()
    assert start is not None and contract is not None and hours is not None  # raised if not
    return start, end, contract, hours


class RouteService(Service):
    def _route(self, session: Session, route_id: int, *, change: bool = True) -> m.Route:
        """The route, if the actor may open its client's file (and change it, if asked)."""
        route = get_or_raise(session, m.Route, route_id, "Route")
        self.client_for(session, route.client_id, change=change)
        return route

    def _open_route(self, session: Session, route_id: int) -> m.Route:
        route = self._route(session, route_id)
        if route.closed_on is not None:
            raise StateError(
                "Deze route is afgesloten; heropen hem eerst om stappen toe te voegen."
            )
        return route

    def route_fields(self, data: dto.RouteInput) -> ColumnValues:
        """The route form's own fields checked, every problem at once (no database)."""
        problems = FieldErrors()
        check = problems.check
        values: ColumnValues = {
            "intake_date": check(
                lambda: _past(
                    data.intake_date, "intake_date", fields.INTAKE_DATE, self.today(), required=True
                )
            ),
            "referral_source": check(
                lambda: coerce_enum(
                    ReferralSource,
                    data.referral_source,
                    field="referral_source",
                    label=fields.REFERRAL_SOURCE,
                )
            ),
            "coach_id": data.coach_id,
            "sector_id": data.sector_id,
            "project_id": data.project_id,
            "note": check(
                lambda: v.clean_text(
                    data.note,
                    field="note",
                    label=fields.EXPLANATION,
                    max_length=NOTE_MAX,
                    multiline=True,
                )
            ),
        }
        problems.raise_any()
        return values

    def _clean_route(self, session: Session, data: dto.RouteInput) -> ColumnValues:
        values = self.route_fields(data)
        if values["coach_id"] is None and self.actor.role is Role.COACH:
            values["coach_id"] = self.actor.user_id
        for key, model, label in (
            ("coach_id", m.User, fields.COACH),
            ("sector_id", m.Sector, fields.ORIENTATION_SECTOR),
            ("project_id", m.Project, fields.PROJECT),
        ):
            if values[key] is not None and session.get(model, values[key]) is None:
                raise ValidationError(key, t("{label} bestaat niet.", label=label))
        return values

    def open_in(self, session: Session, client: m.Client, data: dto.RouteInput) -> m.Route:
        """Open a route inside the caller's unit of work (used by intake)."""
        self._require_file_coach(session, client.id)
        values = self._clean_route(session, data)
        if values["intake_date"] < client.birth_date:
            raise ValidationError("intake_date", "Intakedatum ligt vóór de geboortedatum.")
        already_open = session.scalar(
            select(m.Route.id).where(m.Route.client_id == client.id, m.Route.closed_on.is_(None))
        )
        if already_open is not None:
            raise StateError(ALREADY_OPEN)
        moved = self._hand_over_tasks(session, client.id, values["coach_id"])
        route = m.Route(client_id=client.id, **values)
        session.add(route)
        session.flush()
        self.audit(session, "create", "route", route.id, detail=f"tasks={moved}" if moved else None)
        return route

    def _current_route(self, session: Session, client_id: int) -> int | None:
        route_id: int | None = session.scalar(
            select(m.Route.id)
            .where(m.Route.client_id == client_id)
            .order_by(*current_first(m.Route))
            .limit(1)
        )
        return route_id

    def _require_file_coach(self, session: Session, client_id: int) -> None:
        """Which route is current, and so who coaches the file (``access.file_coach``),
        is the coach's to change: a colleague it is shared with who closed the current
        route, reopened an old one of theirs or named themselves coach would have taken
        the file over, and could share it on. They add to the file, not to its route.
        On a team database the route's policies (``zk_route_writer``) hold the same."""
        coach = session.scalar(select(file_coach(client_id)))
        if coach != self.actor.user_id:
            raise self.deny(ONLY_THE_COACH, "client", client_id)

    def _hand_over_tasks(self, session: Session, client_id: int, coach_id: int | None) -> int:
        """A new route makes its coach the client's current one, and the coach before no
        longer sees the file (``access``): their open to-dos about the client go along,
        as with a transfer, so none is left where nobody can act on it. Done before the
        route exists, while the file is still visible to whoever opens it."""
        previous = session.scalar(select(file_coach(client_id)))
        if previous is None or coach_id is None or previous == coach_id:
            return 0
        return move_open_tasks(session, client_id, previous, coach_id)

    def open(self, client_id: int, data: dto.RouteInput) -> dto.RouteView:
        with self.store.session() as s:
            client = self.client_for(s, client_id, change=True)
            return route_view(self.open_in(s, client, data))

    def get(self, route_id: int) -> dto.RouteView:
        with self.store.session() as s:
            route = self._route(s, route_id, change=False)
            self.audit(s, "view", "route", route_id)
            return route_view(route)

    def update(self, route_id: int, data: dto.RouteInput) -> dto.RouteView:
        with self.store.session() as s:
            route = self._route(s, route_id)
            values = self._clean_route(s, data)
            if data.coach_id is None and route.coach_id is not None:
                values["coach_id"] = route.coach_id  # no coach given: the coach stays
            self._require_file_coach(s, route.client_id)
            moved = 0
            if values["coach_id"] != route.coach_id and route.id == self._current_route(
                s, route.client_id
            ):
                # The file changes coach: the to-dos go along, as with a transfer.
                moved = self._hand_over_tasks(s, route.client_id, values["coach_id"])
            if route.closed_on is not None and route.closed_on < values["intake_date"]:
                raise ValidationError(
                    "intake_date", "Intakedatum mag niet na de afsluitdatum van de route liggen."
                )
            for key, value in values.items():
                setattr(route, key, value)
            self.audit(s, "change", "route", route_id, detail=f"tasks={moved}" if moved else None)
            s.flush()
            return route_view(route)

    def close(
        self, route_id: int, closed_on: date | str | None, exit_reason: ExitReason | str
    ) -> dto.RouteView:
        problems = FieldErrors()
        day = problems.check(
            lambda: _past(closed_on, "closed_on", fields.CLOSED_ON, self.today(), required=True)
        )
        reason = problems.check(
            lambda: coerce_enum(
                ExitReason, exit_reason, field="exit_reason", label=fields.EXIT_REASON
            )
        )
        problems.raise_any()
        assert day is not None and reason is not None  # raise_any() raised if they were not
        with self.store.session() as s:
            route = self._open_route(s, route_id)
            self._require_file_coach(s, route.client_id)
            if day < route.intake_date:
                raise ValidationError(
                    "closed_on", "Afsluitdatum mag niet vóór de intakedatum liggen."
                )
            route.closed_on, route.exit_reason = day, reason
            self.audit(s, "change", "route", route_id, detail=f"closed:{reason.value}")
            s.flush()
            return route_view(route)

    def reopen(self, route_id: int) -> dto.RouteView:
        """Undo a closing (for example one recorded by mistake); the exit reason is cleared."""
        with self.store.session() as s:
            route = self._route(s, route_id)
            self._require_file_coach(s, route.client_id)
            if route.closed_on is None:
                raise StateError("Deze route loopt nog.")
            other_open = s.scalar(
                select(m.Route.id).where(
                    m.Route.client_id == route.client_id, m.Route.closed_on.is_(None)
                )
            )
            if other_open is not None:
                raise StateError("Deze cliënt heeft al een andere lopende route.")
            # The reopened route is the current one: if it is a colleague's, the file
            # is theirs again, with its to-dos.
            moved = self._hand_over_tasks(s, route.client_id, route.coach_id)
            route.closed_on, route.exit_reason = None, None
            self.audit(
                s,
                "change",
                "route",
                route_id,
                detail=f"reopened;tasks={moved}" if moved else "reopened",
            )
            s.flush()
            return route_view(route)

    def add_guidance(
        self,
        route_id: int,
        kind: GuidanceKind | str,
        start_date: date | str | None,
        end_date: date | str | None = None,
        note: str | None = None,
    ) -> dto.GuidanceView:
        kind, start, end, note = _guidance_fields(kind, start_date, end_date, note)
        with self.store.session() as s:
            route = self._open_route(s, route_id)
            _not_before_intake(start, route, "start_date", fields.START_DATE)
            item = m.Guidance(route=route, kind=kind, start_date=start, end_date=end, note=note)
            s.add(item)
            s.flush()
            self.audit(s, "create", "guidance", item.id)
            return guidance_view(item)

    def _clean_training(self, data: dto.TrainingInput) -> ColumnValues:
        """The training form's fields, every problem at once; a rule between two fields
        is checked only when both fields are right on their own."""
        today = self.today()
        problems = FieldErrors()
        check = problems.check
        values: ColumnValues = {
            "title": check(
                lambda: v.clean_text(
                    data.title,
                    field="title",
                    label=fields.COURSE,
                    max_length=TITLE_MAX,
                    required=True,
                )
            ),
            "provider": check(
                lambda: v.clean_text(
                    data.provider,
                    field="provider",
                    label=fields.PROVIDER,
                    max_length=TITLE_MAX,
                    required=True,
                )
            ),
            "kind": check(
                lambda: coerce_enum(
                    TrainingKind, data.kind, field="kind", label=fields.TRAINING_KIND
                )
            ),
            "sector_id": data.sector_id,
            "planned_start": check(
                lambda: _date(data.planned_start, "planned_start", fields.PLANNED_START)
            ),
            "planned_end": check(
                lambda: _date(data.planned_end, "planned_end", fields.PLANNED_END)
            ),
            "actual_start": check(
                lambda: _past(data.actual_start, "actual_start", fields.ACTUAL_START, today)
            ),
            "actual_end": check(
                lambda: _past(data.actual_end, "actual_end", fields.ACTUAL_END, today)
            ),
            "result": check(
                lambda: coerce_enum(
                    TrainingResult, data.result, field="result", label=fields.RESULT
                )
            ),
            "credential": check(
                lambda: v.clean_text(
                    data.credential,
                    field="credential",
                    label=fields.CREDENTIAL,
                    max_length=TITLE_MAX,
                )
            ),
        }
        wrong = {problem.field for problem in problems.found}

        def rule(fields: tuple[str, ...], test: Callable[[], object]) -> None:
            if not wrong.intersection(fields):
                check(test)

        rule(
            ("planned_start", "planned_end"),
            lambda: v.validate_date_order(
                values["planned_start"],
                values["planned_end"],
                field="planned_end",
                start_label=fields.PLANNED_START,
                end_label=fields.PLANNED_END,
            ),
        )
        rule(
            ("actual_start", "actual_end"),
            lambda: v.validate_date_order(
                values["actual_start"],
                values["actual_end"],
                field="actual_end",
                start_label=fields.ACTUAL_START,
                end_label=fields.ACTUAL_END,
            ),
        )
        if (
            not wrong.intersection(("actual_start", "actual_end"))
            and values["actual_end"] is not None
            and values["actual_start"] is None
        ):
            problems.found.append(
                ValidationError("actual_start", "Werkelijke start is nodig bij een einddatum.")
            )
        if (
            not wrong.intersection(("result", "actual_end"))
            and values["result"] is not TrainingResult.ONGOING
            and values["actual_end"] is None
        ):
            problems.found.append(
                ValidationError(
                    "actual_end",
                    "Werkelijk einde is verplicht bij een behaalde of gestopte scholing.",
                )
            )
        if (
            not wrong.intersection(("result", "credential"))
            and values["credential"]
            and values["result"] is not TrainingResult.ACHIEVED
        ):
            problems.found.append(
                ValidationError(
                    "credential", "Behaald certificaat kan alleen bij resultaat 'behaald'."
                )
            )
        problems.raise_any()
        return values

    def add_training(self, route_id: int, data: dto.TrainingInput) -> dto.TrainingView:
        values = self._clean_training(data)
        with self.store.session() as s:
            route = self._open_route(s, route_id)
            _not_before_intake(values["actual_start"], route, "actual_start", fields.ACTUAL_START)
            if values["sector_id"] is not None and s.get(m.Sector, values["sector_id"]) is None:
                raise ValidationError("sector_id", t("{label} bestaat niet.", label=fields.SECTOR))
            item = m.Training(route=route, **values)
            s.add(item)
            s.flush()
            self.audit(s, "create", "training", item.id)
            return training_view(item)

    def update_training(self, training_id: int, data: dto.TrainingInput) -> dto.TrainingView:
        values = self._clean_training(data)
        with self.store.session() as s:
            item = get_or_raise(s, m.Training, training_id, "Scholing")
            self._route(s, item.route_id)
            _not_before_intake(
                values["actual_start"], item.route, "actual_start", fields.ACTUAL_START
            )
            if values["sector_id"] is not None and s.get(m.Sector, values["sector_id"]) is None:
                raise ValidationError("sector_id", t("{label} bestaat niet.", label=fields.SECTOR))
            for key, value in values.items():
                setattr(item, key, value)
            self.audit(s, "change", "training", training_id)
            s.flush()
            return training_view(item)

    def add_placement(self, route_id: int, data: dto.PlacementInput) -> dto.PlacementView:
        """Record a placement and plan its follow-ups at 3, 6 and 12 months as tasks."""
        with self.store.session() as s:
            placement = self.add_placement_in(s, route_id, data)
            return placement_view(placement)

    def add_placement_in(self, s: Session, route_id: int, data: dto.PlacementInput) -> m.Placement:
        """``add_placement`` inside the caller's unit of work (the WSP pipeline uses this)."""
        start, end, contract, hours = placement_fields(data)
        route = self._open_route(s, route_id)
        problems = FieldErrors()
        problems.check(lambda: _not_before_intake(start, route, "start_date", fields.START_DATE))
        if data.employer_id is not None:
            get_or_raise(s, m.Employer, data.employer_id, "Werkgever")
        if data.vacancy_id is not None:
            vacancy = get_or_raise(s, m.Vacancy, data.vacancy_id, "Vacature")
            if data.employer_id is not None and vacancy.employer_id != data.employer_id:
                problems.found.append(
                    ValidationError("vacancy_id", "Vacature hoort niet bij deze werkgever.")
                )
        if data.sector_id is not None and s.get(m.Sector, data.sector_id) is None:
            problems.found.append(
                ValidationError("sector_id", t("{label} bestaat niet.", label=fields.SECTOR))
            )
        problems.raise_any()
        placement = m.Placement(
            route=route,
            employer_id=data.employer_id,
            vacancy_id=data.vacancy_id,
            sector_id=data.sector_id,
            contract_type=contract,
            hours_per_week=hours,
            start_date=start,
            end_date=end,
            banenafspraak=bool(data.banenafspraak),
        )
        s.add(placement)
        s.flush()
        self.audit(s, "create", "placement", placement.id)
        for months in FOLLOW_UP_MONTHS:
            due = add_months(start, months)
            follow_up = m.PlacementFollowUp(placement=placement, months=months, due_date=due)
            s.add(follow_up)
            s.flush()
            s.add(
                m.Task(
                    client_id=route.client_id,
                    route_id=route.id,
                    follow_up_id=follow_up.id,
                    title=f"Nazorg plaatsing: werkt de cliënt er na {months} maanden nog?",
                    due_date=due,
                    owner_id=route.coach_id or self.actor.user_id,
                )
            )
        s.flush()
        s.refresh(placement)
        return placement

    def end_placement(self, placement_id: int, end_date: date | str | None) -> dto.PlacementView:
        end = _past(end_date, "end_date", fields.END_DATE, self.today(), required=True)
        with self.store.session() as s:
            placement = get_or_raise(s, m.Placement, placement_id, "Plaatsing")
            self._route(s, placement.route_id)
            v.validate_date_order(
                placement.start_date,
                end,
                field="end_date",
                start_label=fields.START_DATE,
                end_label=fields.END_DATE,
            )
            placement.end_date = end
            self.audit(s, "change", "placement", placement_id)
            s.flush()
            return placement_view(placement)

    def record_follow_up(
        self, follow_up_id: int, still_working: bool, checked_on: date | str | None = None
    ) -> dto.FollowUpView:
        """Answer a follow-up; its task is marked done. The answers feed 'duurzaam'."""
        day = _past(
            checked_on if checked_on is not None else self.today(),
            "checked_on",
            fields.FOLLOW_UP_DATE,
            self.today(),
            required=True,
        )
        assert day is not None  # required: a blank date was refused
        with self.store.session() as s:
            follow_up = get_or_raise(s, m.PlacementFollowUp, follow_up_id, "Nazorgmoment")
            self._route(s, follow_up.placement.route_id)
            if day < follow_up.placement.start_date:
                raise ValidationError(
                    "checked_on", "Datum nazorg mag niet vóór de start van de plaatsing liggen."
                )
            follow_up.checked_on, follow_up.still_working = day, bool(still_working)
            for task in s.scalars(select(m.Task).where(m.Task.follow_up_id == follow_up.id)):
                task.done_at = task.done_at or utcnow()
            self.audit(s, "change", "follow_up", follow_up_id)
            s.flush()
            return follow_up_view(follow_up)

    # ----------------------------------------------------------------- corrections
    # A coach fixes mistakes: a guidance period's dates or end, a step on the wrong route.
    def _step_route(self, s: Session, model: type[_Step], step_id: int, what: str) -> _Step:
        item = get_or_raise(s, model, step_id, what)
        self.client_for(s, item.route.client_id, change=True)
        return item

    # ----------------------------------------------------------------- guidance
    def update_guidance(
        self,
        guidance_id: int,
        kind: GuidanceKind | str,
        start_date: date | str | None,
        end_date: date | str | None = None,
        note: str | None = None,
    ) -> dto.GuidanceView:
        """Change a guidance period; setting its end date closes it."""
        kind, start, end, note = _guidance_fields(kind, start_date, end_date, note)
        with self.store.session() as s:
            item = self._step_route(s, m.Guidance, guidance_id, "Begeleiding")
            _not_before_intake(start, item.route, "start_date", fields.START_DATE)
            item.kind, item.start_date, item.end_date, item.note = kind, start, end, note
            s.flush()
            self.audit(s, "change", "guidance", guidance_id)
            return guidance_view(item)

    def delete_guidance(self, guidance_id: int) -> None:
        with self.store.session() as s:
            item = self._step_route(s, m.Guidance, guidance_id, "Begeleiding")
            s.delete(item)
            self.audit(s, "delete", "guidance", guidance_id)

    # ----------------------------------------------------------------- training, placement
    def delete_training(self, training_id: int) -> None:
        with self.store.session() as s:
            item = self._step_route(s, m.Training, training_id, "Scholing")
            s.delete(item)
            self.audit(s, "delete", "training", training_id)

    def delete_placement(self, placement_id: int) -> None:
        """Remove a placement recorded by mistake, with its follow-ups and their tasks."""
        with self.store.session() as s:
            item = self._step_route(s, m.Placement, placement_id, "Plaatsing")
            follow_up_ids = [f.id for f in item.follow_ups]
            if follow_up_ids:
                for task in s.scalars(select(m.Task).where(m.Task.follow_up_id.in_(follow_up_ids))):
                    s.delete(task)
            s.delete(item)
            self.audit(s, "delete", "placement", placement_id)
