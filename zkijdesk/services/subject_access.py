"""The person's right of access: everything the store holds about one client.

The JSON is complete and typed for machines; the PDF (subject_access_pdf.py) says the
same in plain Dutch for the person, and an accessible HTML twin (subject_access_html.py)
beside it says what the PDF says, for a screen reader. All are written atomically. The
export itself is logged; the log entry names the client by id only, and so does an error.

On a team database the file may have come from a coach's workstation (``team move-in``):
that workstation's log is kept apart (``movein_audit``, under its old ids), and the
entries about this person are found through the move-in's mapping of old client ids
and users (storage/team.py, ``zk_movein_audit``), as ``access_log_before_move_in``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select, text
from sqlalchemy.orm import Session

from zkijdesk import __version__
from zkijdesk import models as m
from zkijdesk.atomic import atomic_write
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StateError, ValidationError, ZkijdeskError
from zkijdesk.domain.text import t
from zkijdesk.services.base import Service
from zkijdesk.services.convert import activity_view, client_view, route_view, task_view

SCHEMA = "zkijdesk/subject-access/v1"


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


class SubjectAccessService(Service):
    def collect(self, client_id: int) -> dict[str, Any]:
        """Everything about one client, as plain JSON-ready data (whose readers, the reply
        and its HTML twin, know its shape by its keys)."""
        processing = self._about_processing()
        with self.store.session() as s:
            client = self.client_for(s, client_id)
            routes = s.scalars(
                select(m.Route).where(m.Route.client_id == client_id).order_by(m.Route.intake_date)
            ).all()
            activities = s.scalars(
                select(m.Activity)
                .where(m.Activity.client_id == client_id)
                .order_by(m.Activity.occurred_on)
            ).all()
            tasks = s.scalars(
                select(m.Task).where(m.Task.client_id == client_id).order_by(m.Task.due_date)
            ).all()
            shares = s.scalars(
                select(m.ClientShare.user_id).where(m.ClientShare.client_id == client_id)
            ).all()
            users = {u.id: u for u in s.scalars(select(m.User))}
            accesses = s.scalars(
                select(m.AuditEntry)
                .where(m.AuditEntry.object_type == "client", m.AuditEntry.object_id == client_id)
                .order_by(m.AuditEntry.id)
            ).all()
            before_move_in = self._before_move_in(s, client_id)
            ref = {
                "sectors": {x.id: x.name for x in s.scalars(select(m.Sector))},
                "municipalities": {x.id: x.name for x in s.scalars(select(m.Municipality))},
                "projects": {x.id: x.name for x in s.scalars(select(m.Project))},
                "employers": {
                    x.id: x.name
                    for x in s.scalars(
                        select(m.Employer).where(
                            m.Employer.id.in_(
                                select(m.Placement.employer_id)
                                .join(m.Route)
                                .where(m.Route.client_id == client_id)
                            )
                        )
                    )
                },
            }
            data = {
                "schema": SCHEMA,
                "generated_at": datetime.now().isoformat(timespec="seconds"),
                "generated_by_version": __version__,
                "client": _plain(client_view(client)),
                "routes": _plain([route_view(r) for r in routes]),
                "contacts": _plain([activity_view(a) for a in activities]),
                "tasks": _plain([task_view(t) for t in tasks]),
                "shared_with": [
                    {"user_id": uid, "name": users[uid].display_name if uid in users else None}
                    for uid in shares
                ],
                "access_log": [
                    {
                        "at": e.at.isoformat(timespec="seconds"),
                        "action": e.action,
                        "by": users[e.user_id].display_name if e.user_id in users else None,
                        "role": users[e.user_id].role.value if e.user_id in users else None,
                        "detail": e.detail,
                    }
                    for e in accesses
                ],
                "access_log_before_move_in": [
                    {
                        "at": e.at.isoformat(timespec="seconds"),
                        "action": e.action,
                        "by": users[e.user_id].display_name if e.user_id in users else None,
                        "role": users[e.user_id].role.value if e.user_id in users else None,
                        "detail": e.detail,
                        "moved_in_at": e.moved_at.isoformat(timespec="seconds"),
                        "moved_as": e.how,
                    }
                    for e in before_move_in
                ],
                "reference": {k: {str(i): n for i, n in v.items()} for k, v in ref.items()},
                "about_processing": processing,
            }
            self.audit(s, "export", "client", client_id, detail="subject_access")
        return data

    def _before_move_in(self, session: Session, client_id: int) -> Sequence[Row[*tuple[Any, ...]]]:
        """The moved-in workstation logs' entries about this client (team database only);
        the server function checks again that the person may open the file."""
        if self.store.team is None:
            return []
        return session.execute(
            text(
                "SELECT batch_id, moved_at, how, entry_id, at, user_id, action, result, detail "
                "FROM zk_movein_audit(:c)"
            ),
            {"c": client_id},
        ).all()

    def _about_processing(self) -> dict[str, object]:
        """Art. 15's other half: who, why, on what basis, to whom, how long, from where."""
        from zkijdesk.services.privacy_notice import (
            AUTHORITY,
            PrivacyNoticeService,
            retention_sentence,
        )
        from zkijdesk.services.retention import RetentionService

        notice = PrivacyNoticeService(self.store, self.actor).notice()
        return {
            **asdict(notice),
            "retention": retention_sentence(RetentionService(self.store, self.actor).terms()),
            "complaint": AUTHORITY,
            "missing": list(notice.missing),
        }

    def export(self, client_id: int, target: Path) -> Path:
        """Write the access export; ``.pdf`` gives the person's version, with its accessible
        HTML twin beside it (``html_beside``), ``.json`` the machine's."""
        self.require_role(Role.COACH, Role.TEAMLEAD, what="een inzageverzoek uitvoert")
        target = Path(target)
        suffix = target.suffix.lower()
        if suffix not in {".pdf", ".json"}:
            raise ValidationError("out", "Uitvoerbestand moet eindigen op .pdf of .json.")
        data = self.collect(client_id)
        if suffix == ".json":
            with atomic_write(target, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=True)
            return target
        html = html_beside(target)
        pdf_bytes, html_bytes = _render(data, client_id, target.name, html.name)
        # Both are made before either is written: a reply that cannot be laid out leaves
        # no file behind, and each file is replaced whole.
        with atomic_write(html, "wb") as fh:
            fh.write(html_bytes)
        with atomic_write(target, "wb") as fh:
            fh.write(pdf_bytes)
        return target


def html_beside(pdf: Path) -> Path:
    """Where the accessible HTML twin of a reply's PDF is written: same name, ``.html``."""
    return Path(pdf).with_suffix(".html")


def _render(
    data: dict[str, Any], client_id: int, pdf_name: str, html_name: str
) -> tuple[bytes, bytes]:
    """The reply's PDF and HTML. A layout library's error can quote the text it could not
    place (a name, a note), so it is said without its message, by client id only."""
    import io

    from zkijdesk.services.subject_access_html import render_html
    from zkijdesk.services.subject_access_pdf import render_pdf

    try:
        out = io.BytesIO()
        render_pdf(data, out, html_name=html_name)
        return out.getvalue(), render_html(data, pdf_name=pdf_name)
    except ZkijdeskError:
        raise
    except Exception as exc:
        raise StateError(
            t(
                "Het inzageoverzicht van cliënt {n} kon niet worden opgemaakt ({x}); er is "
                "niets geschreven.",
                n=client_id,
                x=type(exc).__name__,
            )
        ) from None
