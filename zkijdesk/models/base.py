"""Declarative base and the column conventions every table shares."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import DateTime, Enum, MetaData, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite keeps no zone, so the store holds UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every model maps one declared Table; SQLAlchemy types it as any FromClause,
        # which Core's insert() and delete() do not take.
        __table__: ClassVar[Table]


def enum_column(enum_cls: type[StrEnum], **kwargs) -> Mapped:
    """A portable VARCHAR column for a StrEnum, storing the stable code, not the name.

    Not a native PostgreSQL ENUM: adding a value later must stay a one-line change in
    Python, not an ALTER TYPE migration on every store.
    """
    return mapped_column(
        Enum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        **kwargs,
    )


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
