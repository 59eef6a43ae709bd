"""Appointments to Outlook: the coach's open tasks and follow-ups as an .ics calendar.

Each open task becomes an all-day event on its due date (RFC 5545), with a stable UID
so importing the file again updates the events instead of doubling them; an overdue
open task is included (it is the one most needed). A task finished in the last
``CANCEL_DAYS`` days goes out again as a cancelled event (STATUS:CANCELLED, a higher
SEQUENCE), so re-importing removes it from the calendar instead of leaving it there:
in the main file for calendars that honour the status, and in a companion file with
METHOD:CANCEL (``cancel_file``), which is what Outlook needs to remove an event.

A calendar is often synchronised to a phone or a cloud service. Coaches type names
into task titles ("Cv nabespreken met Fatima"), so by default an event says only
"Taak cliënt <number>": the title stays in the store. The coach can choose to send the
titles as typed. No name, birth date or note text is added by the export itself.
The file is written atomically.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from zkijdesk import __version__
from zkijdesk import models as m
from zkijdesk.atomic import atomic_write
from zkijdesk.domain.errors import ValidationError
from zkijdesk.models.base import utcnow
from zkijdesk.services.access import visible_clients_clause
from zkijdesk.services.base import Service

_LINE_OCTETS = 75
#: Title modes: only the client number (default), or the task title as typed.
TITLES_NUMBER_ONLY, TITLES_AS_TYPED = "client_number", "as_typed"
TITLE_MODES = (TITLES_NUMBER_ONLY, TITLES_AS_TYPED)
#: How long a finished task keeps being sent as cancelled, so every re-import removes it.
CANCEL_DAYS = 90


def escape_text(text: str) -> str:
    """TEXT value escaping of RFC 5545 section 3.3.11."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    limit = _LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size = " ", 1
            limit = _LINE_OCTETS
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _day(day: date) -> str:
    return day.strftime("%Y%m%d")


def build_calendar(
    events: Iterable[tuple[Any, ...]], *, now: datetime, calendar_name: str, method: str = "PUBLISH"
) -> str:
    """(uid, day, summary[, cancelled]) -> the text of a VCALENDAR with all-day VEVENTs."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//ZKIJ//zkijdesk {__version__}//NL",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for uid, day, summary, *rest in events:
        cancelled = bool(rest and rest[0])
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{_stamp(now)}",
            f"SEQUENCE:{1 if cancelled else 0}",
            f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
            f"DTSTART;VALUE=DATE:{_day(day)}",
            f"DTEND;VALUE=DATE:{_day(date.fromordinal(day.toordinal() + 1))}",
            f"SUMMARY:{escape_text(summary)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


class CalendarExportService(Service):
    def export_tasks(
        self, target: Path, *, since: date | None = None, titles: str = TITLES_NUMBER_ONLY
    ) -> int:
        """Write the actor's open tasks, overdue ones too, and recently finished ones as
        cancelled, to ``target``; returns the number of open tasks.

        ``since`` no longer hides overdue open tasks; it only bounds which finished
        tasks are still sent as cancelled (finished from ``CANCEL_DAYS`` before it).
        """
        if titles not in TITLE_MODES:
            raise ValidationError("titles", "Titels in de agenda moeten een bekende keuze zijn.")
        now = utcnow()
        reference = since or now.date()
        cancel_from = datetime.combine(
            date.fromordinal(reference.toordinal() - CANCEL_DAYS), datetime.min.time()
        )
        stmt = (
            select(m.Task.id, m.Task.title, m.Task.due_date, m.Task.done_at, m.Client.client_number)
            .outerjoin(m.Client, m.Client.id == m.Task.client_id)
            .where(
                m.Task.owner_id == self.actor.user_id,
                or_(m.Task.done_at.is_(None), m.Task.done_at >= cancel_from),
                or_(m.Task.client_id.is_(None), visible_clients_clause(self.actor)),
            )
            .order_by(m.Task.due_date, m.Task.id)
        )
        with self.store.read_session() as s:
            info = s.scalars(select(m.StoreInfo)).first()
            store_uuid = info.store_uuid if info is not None else "zkijdesk"
            events = [
                (
                    f"task-{task_id}-{store_uuid}@zkijdesk",
                    due,
                    _summary(title, number, titles),
                    done_at is not None,
                )
                for task_id, title, due, done_at, number in s.execute(stmt)
            ]
        text = build_calendar(events, now=now, calendar_name="zkijdesk")
        open_count = sum(1 for e in events if not e[3])
        # Outlook removes an event only from a file whose METHOD is CANCEL, and a file
        # has one METHOD: the finished tasks also go in a file of their own beside it.
        companion = cancel_file(Path(target))
        cancelled = [e for e in events if e[3]]
        if cancelled:
            cancel_text = build_calendar(
                cancelled, now=now, calendar_name="zkijdesk", method="CANCEL"
            )
            with atomic_write(companion, "wb") as fh:
                fh.write(cancel_text.encode("utf-8"))
        else:
            companion.unlink(missing_ok=True)  # a stale one would cancel a reopened task
        # Written first, published after the audit entry is committed (see list_export).
        with atomic_write(Path(target), "wb") as fh:
            fh.write(text.encode("utf-8"))
            with self.store.session() as s:
                detail = f"ics:{open_count}+{len(events) - open_count} geannuleerd;{titles}"
                self.audit(s, "export", "task", None, detail=detail)
        return open_count


def cancel_file(target: Path) -> Path:
    """Beside ``agenda.ics``: ``agenda-afgerond.ics``, the finished tasks for Outlook."""
    return target.with_name(f"{target.stem}-afgerond{target.suffix or '.ics'}")


def _summary(title: str, number: str | None, mode: str) -> str:
    if mode == TITLES_AS_TYPED:
        return f"{title} ({number})" if number else title
    return f"Taak cliënt {number}" if number else "Taak (zkijdesk)"
