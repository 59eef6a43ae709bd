"""Reference data for choice lists, and its upkeep by the functional admin."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.domain.text import t
from zkijdesk.services import dto
from zkijdesk.services.actor import Actor
from zkijdesk.services.base import Service

PILLARS = (
    "Inclusiviteit",
    "Focussectoren",
    "Route van/naar werk",
    "Onderwijs & opleiding",
    "Innovatieve projecten",
)
FUNDING_SOURCES = ("ESF+", "REACT-EU", "Regio Deal", "Gemeente", "UWV", "Overig")


def require_admin(actor: Actor) -> None:
    if actor.role is not Role.ADMIN:
        raise PermissionDeniedError(
            "Alleen een functioneel beheerder mag referentiegegevens wijzigen."
        )


class ReferenceService(Service):
    def sectors(self) -> list[dto.RefItem]:
        with self.store.read_session() as s:
            rows = s.scalars(select(m.Sector).where(m.Sector.active).order_by(m.Sector.sort_order))
            return [dto.RefItem(r.id, r.code, r.name, r.parent_id) for r in rows]

    def municipalities(self) -> list[dto.RefItem]:
        with self.store.read_session() as s:
            rows = s.scalars(select(m.Municipality).order_by(m.Municipality.sort_order))
            return [dto.RefItem(r.id, r.code, r.name) for r in rows]

    def target_groups(self, year: int | None = None) -> list[dto.RefItem]:
        stmt = select(m.FocusTargetGroup).order_by(m.FocusTargetGroup.year, m.FocusTargetGroup.code)
        if year is not None:
            stmt = stmt.where(m.FocusTargetGroup.year == year)
        with self.store.read_session() as s:
            return [dto.RefItem(r.id, r.code, r.name, None, r.year) for r in s.scalars(stmt)]

    def skills(self) -> list[dto.RefItem]:
        with self.store.read_session() as s:
            rows = s.scalars(select(m.Skill).where(m.Skill.active).order_by(m.Skill.name))
            return [dto.RefItem(r.id, r.code, r.name, r.sector_id) for r in rows]

    def projects(self) -> list[dto.RefItem]:
        with self.store.read_session() as s:
            rows = s.scalars(select(m.Project).order_by(m.Project.start_date, m.Project.code))
            return [dto.RefItem(r.id, r.code, r.name) for r in rows]

    def add_target_group(
        self, year: int, code: str, name: str, name_en: str | None = None
    ) -> dto.RefItem:
        """Add a focus group for a year; the admin does this when the region sets next year's."""
        require_admin(self.actor)
        year = v.require(
            v.validate_range(year, field="year", label=fields.YEAR, minimum=2000, maximum=2100),
            field="year",
            label=fields.YEAR,
        )
        code = v.clean_text(
            code, field="code", label=fields.CODE, max_length=32, required=True
        ).upper()
        name = v.clean_text(name, field="name", label=fields.NAME, max_length=80, required=True)
        name_en = (
            v.clean_text(name_en, field="name_en", label=fields.NAME_EN, max_length=80) or name
        )
        with self.store.session() as s:
            exists = s.scalar(
                select(m.FocusTargetGroup.id).where(
                    m.FocusTargetGroup.year == year, m.FocusTargetGroup.code == code
                )
            )
            if exists:
                raise ValidationError("code", t("Code bestaat al voor {n}.", n=year))
            group = m.FocusTargetGroup(year=year, code=code, name=name, name_en=name_en)
            s.add(group)
            s.flush()
            self.audit(s, "create", "focus_group", group.id, detail=f"year={year}")
            return dto.RefItem(group.id, group.code, group.name, None, group.year)

    def add_project(
        self,
        code: str,
        name: str,
        pillar: str,
        funding_source: str,
        start_date: date | str,
        end_date: date | str | None = None,
    ) -> dto.RefItem:
        require_admin(self.actor)
        code = v.clean_text(
            code, field="code", label=fields.PROJECT_CODE, max_length=32, required=True
        )
        name = v.clean_text(
            name, field="name", label=fields.PROJECT_NAME, max_length=120, required=True
        )
        if pillar not in PILLARS:
            raise ValidationError("pillar", "Pijler moet een van de pijlers van de agenda zijn.")
        if funding_source not in FUNDING_SOURCES:
            raise ValidationError("funding_source", "Financieringsbron is onbekend.")
        start = v.parse_date(start_date, field="start_date", label=fields.START_DATE)
        if start is None:
            raise ValidationError("start_date", t("{label} is verplicht.", label=fields.START_DATE))
        end = v.parse_date(end_date, field="end_date", label=fields.END_DATE)
        v.validate_date_order(
            start, end, field="end_date", start_label=fields.START_DATE, end_label=fields.END_DATE
        )
        with self.store.session() as s:
            if s.scalar(select(m.Project.id).where(m.Project.code == code)):
                raise ValidationError("code", "Projectcode is al in gebruik.")
            project = m.Project(
                code=code,
                name=name,
                pillar=pillar,
                funding_source=funding_source,
                start_date=start,
                end_date=end,
            )
            s.add(project)
            s.flush()
            self.audit(s, "create", "project", project.id)
            return dto.RefItem(project.id, project.code, project.name)
