"""Contacts, notes and tasks: the day-to-day trail of a coach's work."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zkijdesk.domain.enums import ActivityKind
from zkijdesk.models.base import Base, TimestampMixin, enum_column


class Activity(TimestampMixin, Base):
    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_client_date", "client_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    route_id: Mapped[int | None] = mapped_column(ForeignKey("route.id", ondelete="CASCADE"))
    kind: Mapped[ActivityKind] = enum_column(ActivityKind)
    occurred_on: Mapped[date] = mapped_column()
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # The import that wrote this row (migration 0009); undo finds its rows by it.
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)


class Task(TimestampMixin, Base):
    __tablename__ = "task"
    __table_args__ = (Index("ix_task_owner_due", "owner_id", "done_at", "due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True
    )
    route_id: Mapped[int | None] = mapped_column(ForeignKey("route.id", ondelete="CASCADE"))
    follow_up_id: Mapped[int | None] = mapped_column(
        ForeignKey("placement_follow_up.id", ondelete="CASCADE")
    )
    title: Mapped[str] = mapped_column(String(200))
    due_date: Mapped[date] = mapped_column()
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str | None] = mapped_column(Text)
