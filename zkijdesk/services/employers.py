"""Employers and their vacancies (the WSP's records)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from zkijdesk import models as m
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum, optional_enum
from zkijdesk.domain.enums import EmployerSize, VacancyStatus
from zkijdesk.domain.errors import FieldErrors, ValidationError
from zkijdesk.domain.text import t
from zkijdesk.models.base import Base
from zkijdesk.services import dto
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.services.convert import employer_view, vacancy_view

NAME_MAX = 160
#: Names a picker shows for what has been typed so far; more means: type on.
LOOKUP_LIMIT = 30
OCCUPATION_MAX = 120
_CLOSED = {VacancyStatus.FILLED, VacancyStatus.WITHDRAWN}


def _reference(
    session: Session, model: type[Base], object_id: int | None, field: str, label: str
) -> None:
    if object_id is not None and session.get(model, object_id) is None:
        raise ValidationError(field, t("{label} bestaat niet.", label=label))


def employer_fields(
    problems: FieldErrors,
    name: str | None,
    kvk_number: str | None,
    size_class: EmployerSize | str | None,
) -> tuple[str | None, str | None, EmployerSize | None]:
    check = problems.check
    return (
        check(
            lambda: v.clean_text(
                name, field="name", label="Naam werkgever", max_length=NAME_MAX, required=True
            )
        ),
        check(lambda: v.validate_kvk(kvk_number)),
        check(lambda: optional_enum(EmployerSize, size_class, field="size_class", label="Omvang")),
    )


def clean_employer(
    name: str | None, kvk_number: str | None, size_class: EmployerSize | str | None
) -> tuple[str, str | None, EmployerSize | None]:
    """Name, KvK number and size class as an employer form hands them in, validated;
    every problem at once, so the form can show each under its field."""
    problems = FieldErrors()
    clean_name, kvk, size = employer_fields(problems, name, kvk_number, size_class)
    problems.raise_any()
    assert clean_name is not None  # raise_any() raised if it was not cleaned
    return clean_name, kvk, size


def employer_references(
    problems: FieldErrors,
    session: Session,
    *,
    sector_id: int | None,
    municipality_id: int | None,
    kvk: str | None,
    exclude_id: int | None,
) -> None:
    problems.check(lambda: _reference(session, m.Sector, sector_id, "sector_id", "Sector"))
    problems.check(
        lambda: _reference(session, m.Municipality, municipality_id, "municipality_id", "Gemeente")
    )
    if kvk:
        clash = select(m.Employer.id).where(m.Employer.kvk_number == kvk)
        if exclude_id is not None:
            clash = clash.where(m.Employer.id != exclude_id)
        if session.scalar(clash):
            problems.found.append(
                ValidationError(
                    "kvk_number", "KvK-nummer is al bij een andere werkgever in gebruik."
                )
            )


class EmployerService(Service):
    def create_employer(
        self,
        name: str,
        *,
        kvk_number: str | None = None,
        sector_id: int | None = None,
        size_class: EmployerSize | str | None = None,
        municipality_id: int | None = None,
        banenafspraak: bool = False,
    ) -> dto.EmployerView:
        # The form's own problems and those only the store can tell (a KvK number in
        # use) are said together: a coach fixes them in one go.
        problems = FieldErrors()
        clean_name, kvk, size = employer_fields(problems, name, kvk_number, size_class)
        with self.store.session() as s:
            employer_references(
                problems,
                s,
                sector_id=sector_id,
                municipality_id=municipality_id,
                kvk=kvk,
                exclude_id=None,
            )
            problems.raise_any()
            employer = m.Employer(
                name=clean_name,
                kvk_number=kvk,
                sector_id=sector_id,
                size_class=size,
                municipality_id=municipality_id,
                banenafspraak=bool(banenafspraak),
            )
            s.add(employer)
            s.flush()
            self.audit(s, "create", "employer", employer.id)
            return employer_view(employer)

    def employers(self) -> list[dto.EmployerView]:
        with self.store.read_session() as s:
            return [
                employer_view(e) for e in s.scalars(select(m.Employer).order_by(m.Employer.name))
            ]

    def names(self, ids: Iterable[int | None]) -> dict[int, str]:
        """Employer id -> name for just these ids: a client file names the employers of
        its placements, and reading every employer of a large region for that cost
        390 ms at 300,000 clients (issue 17)."""
        wanted = sorted({i for i in ids if i is not None})
        if not wanted:
            return {}
        table = m.Employer.__table__
        with self.store.read_session() as s:
            rows = s.execute(select(table.c.id, table.c.name).where(table.c.id.in_(wanted)))
            return dict(rows.all())

    def search_names(self, text: str, limit: int = LOOKUP_LIMIT) -> list[tuple[int, str]]:
        """(id, name) of the employers whose name contains ``text`` (any case), in name
        order, at most ``limit``: a picker asks as the user types, and a region of
        20,000 employers is never read whole (issue 17). The scan walks the name
        index in order and stops at ``limit`` matches."""
        table = m.Employer.__table__
        stmt = select(table.c.id, table.c.name).order_by(table.c.name, table.c.id).limit(limit)
        typed = text.strip().lower()
        if typed:
            stmt = stmt.where(func.lower(table.c.name).contains(typed, autoescape=True))
        with self.store.read_session() as s:
            return [(eid, name) for eid, name in s.execute(stmt)]

    def create_vacancy(
        self,
        employer_id: int,
        occupation: str,
        hours_per_week: int,
        *,
        sector_id: int | None = None,
        municipality_id: int | None = None,
        start_date: date | str | None = None,
        opened_on: date | str | None = None,
        required_skill_ids: list[int] | None = None,
        desired_skill_ids: list[int] | None = None,
    ) -> dto.VacancyView:
        problems = FieldErrors()
        check = problems.check
        if employer_id is None:
            problems.found.append(ValidationError("employer_id", "Kies een werkgever."))
        job = check(
            lambda: v.clean_text(
                occupation,
                field="occupation",
                label="Beroep",
                max_length=OCCUPATION_MAX,
                required=True,
            )
        )
        hours = check(
            lambda: v.require(
                v.validate_range(
                    hours_per_week,
                    field="hours_per_week",
                    label="Uren per week",
                    minimum=1,
                    maximum=60,
                ),
                field="hours_per_week",
                label="Uren per week",
            )
        )
        start = check(lambda: v.parse_date(start_date, field="start_date", label="Startdatum"))
        opened = check(lambda: self._opened(opened_on))
        required = set(required_skill_ids or [])
        desired = set(desired_skill_ids or []) - required
        with self.store.session() as s:
            if employer_id is not None:
                get_or_raise(s, m.Employer, employer_id, "Werkgever")
            check(lambda: _reference(s, m.Sector, sector_id, "sector_id", "Sector"))
            check(
                lambda: _reference(
                    s, m.Municipality, municipality_id, "municipality_id", "Gemeente"
                )
            )
            if any(s.get(m.Skill, i) is None for i in required | desired):
                problems.found.append(
                    ValidationError("skills", t("{label} bestaat niet.", label="Vaardigheid"))
                )
            problems.raise_any()
            vacancy = m.Vacancy(
                employer_id=employer_id,
                occupation=job,
                hours_per_week=hours,
                sector_id=sector_id,
                municipality_id=municipality_id,
                start_date=start,
                opened_on=opened,
                status=VacancyStatus.OPEN,
                skills=[m.VacancySkill(skill_id=i, required=True) for i in sorted(required)]
                + [m.VacancySkill(skill_id=i, required=False) for i in sorted(desired)],
            )
            s.add(vacancy)
            s.flush()
            self.audit(s, "create", "vacancy", vacancy.id, detail=f"employer={employer_id}")
            return vacancy_view(vacancy)

    def _opened(self, opened_on: date | str | None) -> date:
        opened = v.parse_date(opened_on, field="opened_on", label="Datum open") or self.today()
        return v.validate_not_future(
            opened, today=self.today(), field="opened_on", label="Datum open"
        )

    def set_vacancy_status(
        self, vacancy_id: int, status: VacancyStatus | str, on: date | str | None = None
    ) -> dto.VacancyView:
        problems = FieldErrors()
        new_status = problems.check(
            lambda: coerce_enum(VacancyStatus, status, field="status", label="Nieuwe status")
        )
        day = problems.check(lambda: self._closing_day(on))
        problems.raise_any()
        assert new_status is not None  # raise_any() raised if it was not cleaned
        with self.store.session() as s:
            vacancy = get_or_raise(s, m.Vacancy, vacancy_id, "Vacature")
            if new_status in _CLOSED:
                v.validate_date_order(
                    vacancy.opened_on,
                    day,
                    field="closed_on",
                    start_label="Datum open",
                    end_label="Datum gesloten",
                )
                vacancy.closed_on = day
            else:
                vacancy.closed_on = None
            vacancy.status = new_status
            s.flush()
            self.audit(s, "change", "vacancy", vacancy_id, detail=f"status={new_status.value}")
            return vacancy_view(vacancy)

    def _closing_day(self, on: date | str | None) -> date:
        day = v.parse_date(on, field="closed_on", label="Datum") or self.today()
        return v.validate_not_future(day, today=self.today(), field="closed_on", label="Datum")

    def vacancies(self, *, open_only: bool = False) -> list[dto.VacancyView]:
        stmt = select(m.Vacancy).options(selectinload(m.Vacancy.skills)).order_by(m.Vacancy.id)
        if open_only:
            stmt = stmt.where(m.Vacancy.status.in_([VacancyStatus.OPEN, VacancyStatus.IN_PROGRESS]))
        with self.store.read_session() as s:
            return [vacancy_view(x) for x in s.scalars(stmt)]
