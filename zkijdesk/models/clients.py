"""The people coaches guide, and what is known about them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zkijdesk.domain.enums import IntakeStatus, SkillEvidence
from zkijdesk.models.base import Base, TimestampMixin, enum_column, utcnow
from zkijdesk.models.reference import FocusTargetGroup, Municipality, Sector, Skill


class Client(TimestampMixin, Base):
    """A person who is guided.

    ``doelgroepregister`` marks people registered under the banenafspraak, the national
    job agreement for people with an occupational disability. ``search_key`` is a
    lower-cased, accent-folded copy of the name used for search-as-you-type; it is
    derived data and is rewritten whenever the name changes.
    """

    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_birth_name", "birth_date", "last_name"),
        Index("ix_client_search_key", "search_key"),
        # The access rule looks up the clients a user registered (services/access.py).
        Index("ix_client_created_by", "created_by_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_number: Mapped[str | None] = mapped_column(String(16), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    name_prefix: Mapped[str | None] = mapped_column(String(20))
    last_name: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[date] = mapped_column(Date)
    bsn: Mapped[str | None] = mapped_column(String(9), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    postcode: Mapped[str | None] = mapped_column(String(7), index=True)
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id"))
    intake_status: Mapped[IntakeStatus] = enum_column(IntakeStatus)
    doelgroepregister: Mapped[bool] = mapped_column(Boolean, default=False)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sector.id"))
    consent_note: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Optimistic locking (migration 0008): every UPDATE checks and raises the version.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # The import that wrote this row (migration 0009); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    municipality: Mapped[Municipality | None] = relationship()
    sector: Mapped[Sector | None] = relationship()
    skills: Mapped[list[ClientSkill]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )
    target_groups: Mapped[list[ClientTargetGroup]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )


class ClientSkill(Base):
    """A skill or credential in a client's profile, with how and when it was shown."""

    __tablename__ = "client_skill"
    __table_args__ = (Index("ix_client_skill_skill", "skill_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id"))
    evidence: Mapped[SkillEvidence] = enum_column(SkillEvidence)
    shown_on: Mapped[date | None] = mapped_column(Date)
    # The import that wrote this row (migration 0011); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)

    client: Mapped[Client] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship()


class ClientTargetGroup(Base):
    """A client's tag with one focus group of one year; old years' tags are never rewritten."""

    __tablename__ = "client_target_group"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    target_group_id: Mapped[int] = mapped_column(
        ForeignKey("focus_target_group.id"), primary_key=True, index=True
    )
    tagged_on: Mapped[date] = mapped_column(Date)
    tagged_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    client: Mapped[Client] = relationship(back_populates="target_groups")
    target_group: Mapped[FocusTargetGroup] = relationship()
