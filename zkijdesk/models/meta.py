"""Facts about the store itself, readable once the store is unlocked."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from zkijdesk.models.base import Base, utcnow


class StoreInfo(Base):
    """Exactly one row; marks a database as a zkijdesk store and says whether it is a demo."""

    __tablename__ = "store_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_uuid: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_version: Mapped[str] = mapped_column(String(32))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    region: Mapped[str] = mapped_column(String(16), default="ZKIJ")
