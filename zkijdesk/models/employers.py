"""Employers and vacancies: the WSP side of the region's 'no wrong door'."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zkijdesk.domain.enums import EmployerSize, VacancyStatus
from zkijdesk.models.base import Base, TimestampMixin, enum_column
from zkijdesk.models.reference import Municipality, Sector, Skill


class Employer(TimestampMixin, Base):
    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), index=True)
    kvk_number: Mapped[str | None] = mapped_column(String(8), unique=True)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    size_class: Mapped[EmployerSize | None] = enum_column(EmployerSize, nullable=True)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    banenafspraak: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    # The import that wrote this row (migration 0009); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    sector: Mapped[Sector | None] = relationship()
    municipality: Mapped[Municipality | None] = relationship()


class Vacancy(TimestampMixin, Base):
    __tablename__ = "vacancy"
    __table_args__ = (
        # The monthly figures read vacancies by date (migration 0010): opened in the
        # year, and filled in it. The second also serves every look-up by status.
        Index("ix_vacancy_opened_on", "opened_on"),
        Index("ix_vacancy_status_closed", "status", "closed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    occupation: Mapped[str] = mapped_column(String(120))
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    hours_per_week: Mapped[int] = mapped_column(Integer)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    start_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[VacancyStatus] = enum_column(VacancyStatus)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    # The import that wrote this row (migration 0009); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    employer: Mapped[Employer] = relationship()
    sector: Mapped[Sector | None] = relationship()
    skills: Mapped[list[VacancySkill]] = relationship(
        back_populates="vacancy", cascade="all, delete-orphan"
    )


class VacancySkill(Base):
    """A skill a vacancy asks for; ``required`` ones weigh more than desired ones in matching."""

    __tablename__ = "vacancy_skill"

    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancy.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"), primary_key=True)
    required: Mapped[bool] = mapped_column(Boolean, default=True)

    vacancy: Mapped[Vacancy] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship()
