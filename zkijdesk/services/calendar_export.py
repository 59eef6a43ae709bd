"""Appointments to Outlook: the coach's open tasks and follow-ups as an .ics calendar.

Each open task becomes an all-day event on its due date (RFC 5545), with a stable UID
so importing the file again updates the events instead of doubling them. A calendar
is often synchronised to a phone or a cloud service, so an event names the client by
client number only: no name, no birth date, no note text leaves the store this way.
The file is written atomically.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import or_, select

from zkijdesk import __version__
from zkijdesk import models as m
from zkijdesk.atomic import atomic_write
from zkijdesk.models.base import utcnow
from zkijdesk.services.access import visible_clients_clause
from zkijdesk.services.base import Service

_LINE_OCTETS = 75


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
    events: Iterable[tuple[str, date, str]], *, now: datetime, calendar_name: str
) -> str:
    """(uid, day, summary) triples -> the text of a VCALENDAR with all-day VEVENTs."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//ZKIJ//zkijdesk {__version__}//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for uid, day, summary in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{_stamp(now)}",
            f"DTSTART;VALUE=DATE:{_day(day)}",
            f"DTEND;VALUE=DATE:{_day(date.fromordinal(day.toordinal() + 1))}",
            f"SUMMARY:{escape_text(summary)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


class CalendarExportService(Service):
    def export_tasks(self, target: Path, *, since: date | None = None) -> int:
        """Write the actor's open tasks (due from ``since`` on) to ``target``; returns the count."""
        stmt = (
            select(m.Task.id, m.Task.title, m.Task.due_date, m.Client.client_number)
            .outerjoin(m.Client, m.Client.id == m.Task.client_id)
            .where(
                m.Task.owner_id == self.actor.user_id,
                m.Task.done_at.is_(None),
                or_(m.Task.client_id.is_(None), visible_clients_clause(self.actor)),
            )
            .order_by(m.Task.due_date, m.Task.id)
        )
        if since is not None:
            stmt = stmt.where(m.Task.due_date >= since)
        with self.store.read_session() as s:
            info = s.scalars(select(m.StoreInfo)).first()
            store_uuid = info.store_uuid if info is not None else "zkijdesk"
            events = [
                (
                    f"task-{task_id}-{store_uuid}@zkijdesk",
                    due,
                    f"{title} ({number})" if number else title,
                )
                for task_id, title, due, number in s.execute(stmt)
            ]
        text = build_calendar(events, now=utcnow(), calendar_name="zkijdesk")
        # Written first, published after the audit entry is committed (see list_export).
        with atomic_write(Path(target), "wb") as fh:
            fh.write(text.encode("utf-8"))
            with self.store.session() as s:
                self.audit(s, "export", "task", None, detail=f"ics:{len(events)}")
        return len(events)
