"""Per-user preferences kept in the store: saved filters, recently opened clients.

They live in the store rather than in QSettings because they name clients (by id) and
must be encrypted, erased and backed up with everything else.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from zkijdesk.models.base import Base, utcnow


class UserSetting(Base):
    __tablename__ = "user_setting"
    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_user_setting_user_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class StoreSetting(Base):
    """Store-wide settings the admin sets (retention terms, disclosure threshold, backups).

    A value is JSON; the services that own a key validate it and supply its default.
    """

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class ClientShare(Base):
    """A client shared with a coach outside the route's own coach (need-to-know access)."""

    __tablename__ = "client_share"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
