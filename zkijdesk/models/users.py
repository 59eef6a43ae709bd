"""Users of the store; roles decide what the services allow."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from zkijdesk.domain.enums import Role
from zkijdesk.models.base import Base, enum_column, utcnow


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = enum_column(Role)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Argon2id of the app lock's PIN or password. Deferred: a list of users never reads it,
    # and on a team database only the server's functions may (storage/team.py).
    lock_secret_hash: Mapped[str | None] = mapped_column(String(200), deferred=True)
