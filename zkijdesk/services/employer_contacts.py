"""Serving employers through one door: contact persons, the contact log, the overviews.

Contact persons are personal data too (name, e-mail, phone of someone at the
employer), so adding, changing and viewing them is audited like a client's file,
with counts only in the detail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum
from zkijdesk.domain.enums import EmployerSize, VacancyStatus
from zkijdesk.domain.errors import FieldErrors, ValidationError
from zkijdesk.domain.matching import ContactKind
from zkijdesk.services import dto
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.services.convert import employer_view
from zkijdesk.services.employers import employer_fields, employer_references

NAME_MAX = 120
SUMMARY_MAX = 4000
OPEN_STATUSES = (VacancyStatus.OPEN, VacancyStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ContactPersonView:
    id: int
    employer_id: int
    name: str
    job_title: str | None
    email: str | None
    phone: str | None
    active: bool


@dataclass(frozen=True)
class ContactLogView:
    id: int
    employer_id: int
    contact_id: int | None
    contact_name: str | None
    kind: ContactKind
    occurred_on: date
    summary: str
    follow_up_on: date | None
    author_name: str


@dataclass(frozen=True)
class EmployerRow:
    """One line of the employers list."""

    id: int
    name: str
    kvk_number: str | None
    sector: str
    municipality: str
    size_class: EmployerSize | None
    banenafspraak: bool
    open_vacancies: int
    last_contact: date | None


@dataclass(frozen=True)
class VacancyRow:
    """One line of the vacancies list (with its skills as labels)."""

    id: int
    employer_id: int
    employer_name: str
    occupation: str
    sector: str
    municipality: str
    hours_per_week: int
    start_date: date | None
    status: VacancyStatus
    opened_on: date
    closed_on: date | None
    required: tuple[str, ...]
    desired: tuple[str, ...]


class EmployerContactService(Service):
    # ------------------------------------------------------------ contact persons
    def add_contact(
        self,
        employer_id: int,
        name: str,
        *,
        job_title: str | None = None,
        email: str | None = None,
        phone: str | None = None,
    ) -> ContactPersonView:
        problems = FieldErrors()
        clean_name = problems.check(
            lambda: v.clean_text(
                name, field="name", label=fields.CONTACT_NAME, max_length=NAME_MAX, required=True
            )
        )
        job_title = problems.check(
            lambda: v.clean_text(
                job_title, field="job_title", label=fields.JOB_TITLE, max_length=NAME_MAX
            )
        )
        email = problems.check(lambda: v.validate_email(email))
        phone = problems.check(lambda: v.validate_phone(phone))
        problems.raise_any()
        with self.store.session() as s:
            get_or_raise(s, m.Employer, employer_id, "Werkgever")
            person = m.EmployerContact(
                employer_id=employer_id,
                name=clean_name,
                job_title=job_title,
                email=email,
                phone=phone,
                active=True,
            )
            s.add(person)
            s.flush()
            self.audit(s, "create", "employer_contact", person.id)
            return _person_view(person)

    def contacts(self, employer_id: int) -> list[ContactPersonView]:
        with self.store.session() as s:
            get_or_raise(s, m.Employer, employer_id, "Werkgever")
            rows = s.scalars(
                select(m.EmployerContact)
                .where(m.EmployerContact.employer_id == employer_id)
                .order_by(m.EmployerContact.active.desc(), m.EmployerContact.name)
            ).all()
            self.audit(s, "view", "employer", employer_id, detail=f"contacts={len(rows)}")
            return [_person_view(p) for p in rows]

    def set_contact_active(self, contact_id: int, active: bool) -> ContactPersonView:
        with self.store.session() as s:
            person = get_or_raise(s, m.EmployerContact, contact_id, "Contactpersoon")
            person.active = bool(active)
            self.audit(s, "change", "employer_contact", contact_id, detail=f"active={int(active)}")
            s.flush()
            return _person_view(person)

    # ------------------------------------------------------------ contact log
    def log_contact(
        self,
        employer_id: int,
        kind: ContactKind | str,
        summary: str,
        *,
        occurred_on: date | str | None = None,
        contact_id: int | None = None,
        follow_up_on: date | str | None = None,
    ) -> ContactLogView:
        """Log a visit, call, e-mail or agreement with an employer."""
        kind = coerce_enum(ContactKind, kind, field="kind", label=fields.CONTACT_KIND)
        summary = v.clean_text(
            summary,
            field="summary",
            label=fields.SUMMARY,
            max_length=SUMMARY_MAX,
            required=True,
            multiline=True,
        )
        day = (
            v.parse_date(occurred_on, field="occurred_on", label=fields.CONTACT_DATE)
            or self.today()
        )
        v.validate_not_future(
            day, today=self.today(), field="occurred_on", label=fields.CONTACT_DATE
        )
        follow = v.parse_date(follow_up_on, field="follow_up_on", label=fields.FOLLOW_UP_ON)
        v.validate_date_order(
            day,
            follow,
            field="follow_up_on",
            start_label=fields.CONTACT_DATE,
            end_label=fields.FOLLOW_UP_ON,
        )
        with self.store.session() as s:
            get_or_raise(s, m.Employer, employer_id, "Werkgever")
            if contact_id is not None:
                person = get_or_raise(s, m.EmployerContact, contact_id, "Contactpersoon")
                if person.employer_id != employer_id:
                    raise ValidationError(
                        "contact_id", "Contactpersoon hoort niet bij deze werkgever."
                    )
            entry = m.EmployerContactLog(
                employer_id=employer_id,
                contact_id=contact_id,
                kind=kind,
                occurred_on=day,
                summary=summary,
                follow_up_on=follow,
                author_id=self.actor.user_id,
            )
            s.add(entry)
            s.flush()
            self.audit(s, "create", "employer_contact_log", entry.id, detail=kind.value)
            return self._log_view(s, entry)

    def contact_log(self, employer_id: int) -> list[ContactLogView]:
        with self.store.session() as s:
            get_or_raise(s, m.Employer, employer_id, "Werkgever")
            rows = s.scalars(
                select(m.EmployerContactLog)
                .where(m.EmployerContactLog.employer_id == employer_id)
                .order_by(m.EmployerContactLog.occurred_on.desc(), m.EmployerContactLog.id.desc())
            ).all()
            self.audit(s, "view", "employer", employer_id, detail=f"contact_log={len(rows)}")
            return [self._log_view(s, e) for e in rows]

    def _log_view(self, s: Session, e: m.EmployerContactLog) -> ContactLogView:
        person = s.get(m.EmployerContact, e.contact_id) if e.contact_id else None
        author = s.get(m.User, e.author_id) if e.author_id else None
        return ContactLogView(
            id=e.id,
            employer_id=e.employer_id,
            contact_id=e.contact_id,
            contact_name=person.name if person else None,
            kind=e.kind,
            occurred_on=e.occurred_on,
            summary=e.summary,
            follow_up_on=e.follow_up_on,
            author_name=author.display_name if author else "",
        )

    # ------------------------------------------------------------ employers and vacancies
    def employer(self, employer_id: int) -> dto.EmployerView:
        """One employer as its edit form needs it (ids, not names)."""
        with self.store.read_session() as s:
            return employer_view(get_or_raise(s, m.Employer, employer_id, "Werkgever"))

    def update_employer(
        self,
        employer_id: int,
        name: str,
        *,
        kvk_number: str | None = None,
        sector_id: int | None = None,
        size_class: EmployerSize | str | None = None,
        municipality_id: int | None = None,
        banenafspraak: bool = False,
    ) -> dto.EmployerView:
        """Change an employer's details; the KvK number stays unique across employers."""
        # The form's own problems and a KvK number in use are said together.
        problems = FieldErrors()
        clean_name, kvk, size = employer_fields(problems, name, kvk_number, size_class)
        with self.store.session() as s:
            employer = get_or_raise(s, m.Employer, employer_id, "Werkgever")
            employer_references(
                problems,
                s,
                sector_id=sector_id,
                municipality_id=municipality_id,
                kvk=kvk,
                exclude_id=employer_id,
            )
            problems.raise_any()
            assert clean_name is not None  # raise_any() raised if it was not cleaned
            changed = [
                key
                for key, old, new in (
                    ("name", employer.name, clean_name),
                    ("kvk", employer.kvk_number, kvk),
                    ("sector", employer.sector_id, sector_id),
                    ("size", employer.size_class, size),
                    ("municipality", employer.municipality_id, municipality_id),
                    ("banenafspraak", employer.banenafspraak, bool(banenafspraak)),
                )
                if old != new
            ]
            employer.name, employer.kvk_number, employer.sector_id = clean_name, kvk, sector_id
            employer.size_class, employer.municipality_id = size, municipality_id
            employer.banenafspraak = bool(banenafspraak)
            self.audit(s, "change", "employer", employer_id, detail=",".join(changed) or "none")
            s.flush()
            return employer_view(employer)

    def set_banenafspraak(self, employer_id: int, takes_part: bool) -> EmployerRow:
        """Whether the employer takes part in the banenafspraak (jobs for the doelgroepregister)."""
        with self.store.session() as s:
            employer = get_or_raise(s, m.Employer, employer_id, "Werkgever")
            employer.banenafspraak = bool(takes_part)
            self.audit(
                s, "change", "employer", employer_id, detail=f"banenafspraak={int(takes_part)}"
            )
            s.flush()
            return self._employer_rows(s, [employer_id])[0]

    def employer_rows(self) -> list[EmployerRow]:
        with self.store.read_session() as s:
            return self._employer_rows(s, None)

    def _employer_rows(self, s: Session, ids: list[int] | None) -> list[EmployerRow]:
        sectors: dict[int | None, str] = dict(s.execute(select(m.Sector.id, m.Sector.name)).all())
        places: dict[int | None, str] = dict(
            s.execute(select(m.Municipality.id, m.Municipality.name)).all()
        )
        open_counts = dict(
            s.execute(
                select(m.Vacancy.employer_id, func.count())
                .where(m.Vacancy.status.in_(OPEN_STATUSES))
                .group_by(m.Vacancy.employer_id)
            ).all()
        )
        last = dict(
            s.execute(
                select(
                    m.EmployerContactLog.employer_id, func.max(m.EmployerContactLog.occurred_on)
                ).group_by(m.EmployerContactLog.employer_id)
            ).all()
        )
        stmt = select(m.Employer).order_by(m.Employer.name, m.Employer.id)
        if ids is not None:
            stmt = stmt.where(m.Employer.id.in_(ids))
        return [
            EmployerRow(
                id=e.id,
                name=e.name,
                kvk_number=e.kvk_number,
                sector=sectors.get(e.sector_id, ""),
                municipality=places.get(e.municipality_id, ""),
                size_class=e.size_class,
                banenafspraak=e.banenafspraak,
                open_vacancies=open_counts.get(e.id, 0),
                last_contact=last.get(e.id),
            )
            for e in s.scalars(stmt)
        ]

    def vacancy_rows(
        self, *, employer_id: int | None = None, open_only: bool = False
    ) -> list[VacancyRow]:
        stmt = (
            select(m.Vacancy, m.Employer.name)
            .join(m.Employer, m.Employer.id == m.Vacancy.employer_id)
            .order_by(m.Vacancy.opened_on.desc(), m.Vacancy.id.desc())
        )
        skill_stmt = select(m.VacancySkill.vacancy_id, m.Skill.name, m.VacancySkill.required).join(
            m.Skill, m.Skill.id == m.VacancySkill.skill_id
        )
        if employer_id is not None:
            stmt = stmt.where(m.Vacancy.employer_id == employer_id)
            skill_stmt = skill_stmt.join(
                m.Vacancy, m.Vacancy.id == m.VacancySkill.vacancy_id
            ).where(m.Vacancy.employer_id == employer_id)
        if open_only:
            stmt = stmt.where(m.Vacancy.status.in_(OPEN_STATUSES))
        with self.store.read_session() as s:
            sectors: dict[int | None, str] = dict(
                s.execute(select(m.Sector.id, m.Sector.name)).all()
            )
            places: dict[int | None, str] = dict(
                s.execute(select(m.Municipality.id, m.Municipality.name)).all()
            )
            required: dict[int, list[str]] = {}
            desired: dict[int, list[str]] = {}
            for vid, name, req in s.execute(skill_stmt):
                (required if req else desired).setdefault(vid, []).append(name)
            return [
                VacancyRow(
                    id=vac.id,
                    employer_id=vac.employer_id,
                    employer_name=employer,
                    occupation=vac.occupation,
                    sector=sectors.get(vac.sector_id, ""),
                    municipality=places.get(vac.municipality_id, ""),
                    hours_per_week=vac.hours_per_week,
                    start_date=vac.start_date,
                    status=vac.status,
                    opened_on=vac.opened_on,
                    closed_on=vac.closed_on,
                    required=tuple(sorted(required.get(vac.id, ()))),
                    desired=tuple(sorted(desired.get(vac.id, ()))),
                )
                for vac, employer in s.execute(stmt)
            ]


def _person_view(p: m.EmployerContact) -> ContactPersonView:
    return ContactPersonView(
        id=p.id,
        employer_id=p.employer_id,
        name=p.name,
        job_title=p.job_title,
        email=p.email,
        phone=p.phone,
        active=p.active,
    )
