"""Monthly figures: the publication ledger, contribution keys and imported contributions.

The ledger remembers every number a publication made public (and which it hid, and
why), so that next month's disclosure control takes into account what readers
already know. It holds aggregates only, never a person.

Teams without a shared database exchange contribution files: each coach's store
keeps its own signing key and the team lead's public key (``ReportKey``); the team
lead's store keeps its decryption key, the coaches' public signing keys
(``Contributor``) and the imported aggregates (``Contribution``). Private keys live
only inside the encrypted store.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from zkijdesk.models.base import Base, utcnow


class Publication(Base):
    """One export of one month; a second export of the same month is a correction."""

    __tablename__ = "publication"
    __table_args__ = (
        UniqueConstraint("year", "month", "version", name="uq_publication_year_month_version"),
        Index("ix_publication_year_month", "year", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))
    threshold: Mapped[int] = mapped_column(Integer)
    formats: Mapped[str] = mapped_column(String(40))
    digest: Mapped[str] = mapped_column(String(64))
    cell_count: Mapped[int] = mapped_column(Integer)
    suppressed_count: Mapped[int] = mapped_column(Integer)
    cells: Mapped[str] = mapped_column(Text)  # JSON {cell key: published value or null}
    hidden: Mapped[str] = mapped_column(Text)  # JSON {cell key: reason}, internal only
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class ReportKey(Base):
    """Key material of this store for contribution files.

    ``purpose`` is ``ontvangen`` (the team lead's X25519 key pair, to decrypt),
    ``ondertekenen`` (this store's Ed25519 key pair, to sign contributions) or
    ``teamleider`` (the team lead's public X25519 key, to encrypt for).
    """

    __tablename__ = "report_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(16), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    private_key: Mapped[str | None] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Contributor(Base):
    """A team member whose signed contributions the team lead accepts."""

    __tablename__ = "contributor"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    public_key: Mapped[str] = mapped_column(String(64), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    registered_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Contribution(Base):
    """One contributor's aggregates for one month; importing again replaces them."""

    __tablename__ = "contribution"
    __table_args__ = (
        UniqueConstraint(
            "contributor_id", "year", "month", name="uq_contribution_contributor_year_month"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contributor_id: Mapped[int] = mapped_column(ForeignKey("contributor.id"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)  # JSON: groups and atoms
    digest: Mapped[str] = mapped_column(String(64))
    made_at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
