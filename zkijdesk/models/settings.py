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
