"""Import batches: every record a spreadsheet import wrote points at its batch."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from zkijdesk.models.base import Base, utcnow


class ImportBatch(Base):
    """One run of ``zkijdesk import`` or the import wizard.

    The batch keeps counts and the file's digest, never a cell's value; ``changes`` is
    a JSON list of the existing clients the import filled in (their id, which fields,
    and the version the import left), so an undo can empty exactly those fields again
    and can see whether someone edited the file since.
    """

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sheet: Mapped[str | None] = mapped_column(String(120))
    file_sha256: Mapped[str] = mapped_column(String(64))
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_refused: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    counts: Mapped[str] = mapped_column(Text, default="{}")
    changes: Mapped[str] = mapped_column(Text, default="[]")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
