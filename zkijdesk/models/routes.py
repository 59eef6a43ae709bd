"""Routes to and from work, and their steps."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zkijdesk.domain.enums import (
    ContractType,
    ExitReason,
    GuidanceKind,
    ReferralSource,
    TrainingKind,
    TrainingResult,
)
from zkijdesk.models.base import Base, TimestampMixin, enum_column
from zkijdesk.models.clients import Client
from zkijdesk.models.reference import Project, Sector


class Route(TimestampMixin, Base):
    """One enrolment of a client, from intake to closing (route van/naar werk).

    A route is open while ``closed_on`` is empty. A client can have several routes over
    the years; only one may be open at a time, which the services check and the
    database holds (``ux_route_one_open``).
    """

    __tablename__ = "route"
    __table_args__ = (
        Index("ix_route_client", "client_id"),
        Index("ix_route_coach_open", "coach_id", "closed_on"),
        # The monthly figures read the year's routes from this index alone (migration
        # 0010 added the client and sector): who ran in which month, in which sector.
        Index("ix_route_dates", "intake_date", "closed_on", "client_id", "sector_id"),
        # Matching starts from the open routes, not from every client (docs/matching.md).
        Index("ix_route_open", "closed_on", "client_id", "sector_id", "coach_id"),
        # One open route per client, also when two coaches open one at the same moment
        # on a team database (storage/one_open_route.py, migration 0012).
        Index(
            "ux_route_one_open",
            "client_id",
            unique=True,
            sqlite_where=text("closed_on IS NULL"),
            postgresql_where=text("closed_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    referral_source: Mapped[ReferralSource] = enum_column(ReferralSource)
    intake_date: Mapped[date] = mapped_column(Date)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)
    exit_reason: Mapped[ExitReason | None] = enum_column(ExitReason, nullable=True)
    note: Mapped[str | None] = mapped_column(Text)
    # The import that wrote this row (migration 0009); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    client: Mapped[Client] = relationship()
    sector: Mapped[Sector | None] = relationship()
    project: Mapped[Project | None] = relationship()
    guidances: Mapped[list[Guidance]] = relationship(
        back_populates="route", cascade="all, delete-orphan"
    )
    trainings: Mapped[list[Training]] = relationship(
        back_populates="route", cascade="all, delete-orphan"
    )
    placements: Mapped[list[Placement]] = relationship(
        back_populates="route", cascade="all, delete-orphan"
    )


class Guidance(Base):
    """A period of begeleiding within a route."""

    __tablename__ = "guidance"

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("route.id", ondelete="CASCADE"), index=True)
    kind: Mapped[GuidanceKind] = enum_column(GuidanceKind)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    route: Mapped[Route] = relationship(back_populates="guidances")


class Training(Base):
    """Scholing: training or upskilling, from a short skills course to a diploma."""

    __tablename__ = "training"
    __table_args__ = (
        # The monthly figures read trainings by date (migration 0010): started or
        # running in the year, and achieved or stopped in it.
        Index("ix_training_dates", "actual_start", "actual_end", "route_id", "sector_id"),
        Index("ix_training_result_end", "result", "actual_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("route.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(120))
    provider: Mapped[str] = mapped_column(String(120))
    kind: Mapped[TrainingKind] = enum_column(TrainingKind)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    planned_start: Mapped[date | None] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    result: Mapped[TrainingResult] = enum_column(TrainingResult)
    credential: Mapped[str | None] = mapped_column(String(120))
    # The import that wrote this row (migration 0009); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    route: Mapped[Route] = relationship(back_populates="trainings")
    sector: Mapped[Sector | None] = relationship()


class Placement(Base):
    """A plaatsing at an employer; it only counts as duurzaam if the follow-ups say so."""

    __tablename__ = "placement"
    __table_args__ = (
        CheckConstraint("hours_per_week >= 0 AND hours_per_week <= 60", name="hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("route.id", ondelete="CASCADE"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"), index=True)
    vacancy_id: Mapped[int | None] = mapped_column(ForeignKey("vacancy.id"))
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    contract_type: Mapped[ContractType] = enum_column(ContractType)
    hours_per_week: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    banenafspraak: Mapped[bool] = mapped_column(Boolean, default=False)
    # The import that wrote this row (migration 0009); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    route: Mapped[Route] = relationship(back_populates="placements")
    sector: Mapped[Sector | None] = relationship()
    follow_ups: Mapped[list[PlacementFollowUp]] = relationship(
        back_populates="placement",
        cascade="all, delete-orphan",
        order_by="PlacementFollowUp.months",
    )


class PlacementFollowUp(Base):
    """The check at 3, 6 or 12 months: does the person still work there?"""

    __tablename__ = "placement_follow_up"
    __table_args__ = (CheckConstraint("months IN (3, 6, 12)", name="months"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    months: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    checked_on: Mapped[date | None] = mapped_column(Date)
    still_working: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(500))

    placement: Mapped[Placement] = relationship(back_populates="follow_ups")
