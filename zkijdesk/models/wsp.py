"""The WSP's working records: employer contacts, the contact log, the placement pipeline.

Also a client's work preference (hours wanted), which matching weighs against the
hours a vacancy offers; it is kept apart from ``client`` because it changes often and
only the WSP side uses it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from zkijdesk.domain.matching import CandidacyStage, ContactKind, NotPlacedReason
from zkijdesk.models.base import Base, TimestampMixin, enum_column


class EmployerContact(TimestampMixin, Base):
    """A contact person at an employer (not a client: no BSN, work details only)."""

    __tablename__ = "employer_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    job_title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The import that wrote this row (migration 0011); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)


class EmployerContactLog(TimestampMixin, Base):
    """A visit, call, e-mail or agreement with an employer, as the accountmanager logged it."""

    __tablename__ = "employer_contact_log"
    __table_args__ = (Index("ix_employer_contact_log_employer_date", "employer_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("employer_contact.id", ondelete="SET NULL")
    )
    kind: Mapped[ContactKind] = enum_column(ContactKind)
    occurred_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Candidacy(TimestampMixin, Base):
    """A client proposed for a vacancy: voorgedragen -> gesprek -> geplaatst / niet geplaatst.

    ``score`` keeps the matching score at the moment of proposing, so a later look can
    see what the suggestion was based on. A placement made from it is linked.
    """

    __tablename__ = "candidacy"
    __table_args__ = (
        UniqueConstraint("vacancy_id", "client_id", name="uq_candidacy_vacancy_client"),
        Index("ix_candidacy_client_stage", "client_id", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(
        ForeignKey("vacancy.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    route_id: Mapped[int | None] = mapped_column(ForeignKey("route.id", ondelete="CASCADE"))
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    stage: Mapped[CandidacyStage] = enum_column(CandidacyStage)
    proposed_on: Mapped[date] = mapped_column(Date)
    interview_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[NotPlacedReason | None] = enum_column(NotPlacedReason, nullable=True)
    placement_id: Mapped[int | None] = mapped_column(
        ForeignKey("placement.id", ondelete="SET NULL")
    )
    score: Mapped[int | None] = mapped_column(Integer)


class ClientWorkPreference(Base):
    """Hours a client wants to work per week (a range); matching compares it with vacancies."""

    __tablename__ = "client_work_preference"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    hours_min: Mapped[int | None] = mapped_column(Integer)
    hours_max: Mapped[int | None] = mapped_column(Integer)
    updated_on: Mapped[date | None] = mapped_column(Date)
