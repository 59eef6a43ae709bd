"""Reference data: seeded by migration, edited by the functional admin."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zkijdesk.models.base import Base


class Sector(Base):
    """A sector in a two-level hierarchy.

    The agenda's focus sectors are Zorg & Welzijn, Onderwijs and Techniek; Techniek has
    subsectors (ICT/digitaal, circulaire & duurzame economie, technische productie &
    onderhoud). Figures roll subsectors up to their focus sector via ``parent``.
    """

    __tablename__ = "sector"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    is_focus: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[Sector | None] = relationship(remote_side="Sector.id")


class Municipality(Base):
    """The seven municipalities of ZKIJ, plus one row for everywhere outside the region."""

    __tablename__ = "municipality"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # CBS code, e.g. GM0392
    name: Mapped[str] = mapped_column(String(80))
    in_region: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class FocusTargetGroup(Base):
    """A focusdoelgroep chosen for one calendar year.

    The region picks its focus groups anew every year, so a group belongs to a year;
    a client's tag points at the group of the year it was given in and therefore keeps
    its meaning when next year's list differs.
    """

    __tablename__ = "focus_target_group"
    __table_args__ = (UniqueConstraint("year", "code", name="uq_focus_target_group_year_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(80))
    name_en: Mapped[str] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Project(Base):
    """A project of the yearly uitvoeringsplan; funders want figures per project."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    pillar: Mapped[str] = mapped_column(String(60))
    funding_source: Mapped[str] = mapped_column(String(60))
    partners: Mapped[str | None] = mapped_column(Text)
    expected_results: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class Skill(Base):
    """A skill or credential from the curated list, used by client profiles and vacancies."""

    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(48), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    is_credential: Mapped[bool] = mapped_column(Boolean, default=False)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
