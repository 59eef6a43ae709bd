"""Taking an import batch back out, whole, while nobody has built on it.

"Built on it" is read from the records themselves: a client of the batch that was
edited (its version moved), binned or restricted; a route of the batch that was
changed (its ``updated_at`` moved from the import's stamp); a step, contact, task,
share, label, skill or candidacy added to those files by hand; a follow-up answered; an
employer of the batch that got a vacancy, a contact or another placement; a contact
person of the batch that was edited or named in the employer's contact log. Any of
these refuses the undo, naming how many files, never which person.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError, StateError
from zkijdesk.domain.text import t
from zkijdesk.models.base import utcnow
from zkijdesk.services import audit
from zkijdesk.services.actor import Actor
from zkijdesk.services.base import get_or_raise, rowcount


def _count(session: Session, stmt: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def changed_on_top(session: Session, batch: m.ImportBatch, actor: Actor) -> int:
    """How many records of the batch someone changed or built on since the import."""
    b = batch.id
    clients = select(m.Client.id).where(m.Client.import_batch_id == b)
    routes = select(m.Route.id).where(m.Route.import_batch_id == b)
    placements = select(m.Placement.id).where(m.Placement.import_batch_id == b)
    employers = select(m.Employer.id).where(m.Employer.import_batch_id == b)
    checks = [
        select(m.Client.id).where(
            m.Client.import_batch_id == b,
            or_(m.Client.version != 1, m.Client.deleted_at.is_not(None), m.Client.restricted),
        ),
        select(m.Route.id).where(
            m.Route.import_batch_id == b, m.Route.updated_at != m.Route.created_at
        ),
        select(m.Route.id).where(
            m.Route.client_id.in_(clients),
            or_(m.Route.import_batch_id.is_(None), m.Route.import_batch_id != b),
        ),
        select(m.Guidance.id).where(m.Guidance.route_id.in_(routes)),
        select(m.Training.id).where(
            m.Training.route_id.in_(routes),
            or_(m.Training.import_batch_id.is_(None), m.Training.import_batch_id != b),
        ),
        select(m.Placement.id).where(
            or_(m.Placement.route_id.in_(routes), m.Placement.employer_id.in_(employers)),
            or_(m.Placement.import_batch_id.is_(None), m.Placement.import_batch_id != b),
        ),
        select(m.PlacementFollowUp.id).where(
            m.PlacementFollowUp.placement_id.in_(placements),
            m.PlacementFollowUp.checked_on.is_not(None),
        ),
        select(m.Activity.id).where(
            m.Activity.client_id.in_(clients),
            or_(m.Activity.import_batch_id.is_(None), m.Activity.import_batch_id != b),
        ),
        select(m.Activity.id).where(
            m.Activity.import_batch_id == b, m.Activity.updated_at != m.Activity.created_at
        ),
        select(m.Task.id).where(
            m.Task.follow_up_id.in_(
                select(m.PlacementFollowUp.id).where(
                    m.PlacementFollowUp.placement_id.in_(placements)
                )
            ),
            or_(m.Task.done_at.is_not(None), m.Task.updated_at != m.Task.created_at),
        ),
        select(m.Task.id).where(m.Task.client_id.in_(clients), m.Task.follow_up_id.is_(None)),
        select(m.Candidacy.id).where(m.Candidacy.client_id.in_(clients)),
        select(m.ClientSkill.id).where(
            m.ClientSkill.client_id.in_(clients),
            or_(m.ClientSkill.import_batch_id.is_(None), m.ClientSkill.import_batch_id != b),
        ),
        select(m.ClientShare.client_id).where(
            m.ClientShare.client_id.in_(clients), m.ClientShare.user_id != actor.user_id
        ),
        select(m.ClientTargetGroup.client_id).where(
            m.ClientTargetGroup.client_id.in_(clients),
            m.ClientTargetGroup.created_at != batch.created_at,
        ),
        select(m.Vacancy.id).where(
            m.Vacancy.employer_id.in_(employers),
            or_(m.Vacancy.import_batch_id.is_(None), m.Vacancy.import_batch_id != b),
        ),
        select(m.Vacancy.id).where(
            m.Vacancy.import_batch_id == b, m.Vacancy.updated_at != m.Vacancy.created_at
        ),
        select(m.Candidacy.id).where(
            m.Candidacy.vacancy_id.in_(select(m.Vacancy.id).where(m.Vacancy.import_batch_id == b))
        ),
        select(m.Placement.id).where(
            m.Placement.vacancy_id.in_(select(m.Vacancy.id).where(m.Vacancy.import_batch_id == b))
        ),
        select(m.EmployerContact.id).where(
            m.EmployerContact.employer_id.in_(employers),
            or_(
                m.EmployerContact.import_batch_id.is_(None),
                m.EmployerContact.import_batch_id != b,
            ),
        ),
        select(m.EmployerContact.id).where(
            m.EmployerContact.import_batch_id == b,
            m.EmployerContact.updated_at != m.EmployerContact.created_at,
        ),
        select(m.EmployerContactLog.id).where(
            m.EmployerContactLog.contact_id.in_(
                select(m.EmployerContact.id).where(m.EmployerContact.import_batch_id == b)
            ),
            m.EmployerContactLog.employer_id.not_in(employers),
        ),
        select(m.EmployerContactLog.id).where(m.EmployerContactLog.employer_id.in_(employers)),
        select(m.Employer.id).where(
            m.Employer.import_batch_id == b, m.Employer.updated_at != m.Employer.created_at
        ),
    ]
    found = sum(_count(session, stmt) for stmt in checks)
    for change in json.loads(batch.changes or "[]"):
        client = session.get(m.Client, change["client_id"])
        if client is None or client.version != change["version"]:
            found += 1
    return found


def undo_batch(session: Session, actor: Actor, batch_id: int) -> dict[str, int]:
    batch = get_or_raise(session, m.ImportBatch, batch_id, "Importbatch")
    if batch.created_by_id != actor.user_id:
        raise PermissionDeniedError("Alleen wie de import heeft gedaan, kan hem ongedaan maken.")
    if batch.undone_at is not None:
        raise StateError("Deze import is al ongedaan gemaakt.")
    changed = changed_on_top(session, batch, actor)
    if changed:
        raise StateError(
            t(
                "Deze import kan niet meer ongedaan worden gemaakt: {n} gegevens uit deze "
                "import zijn intussen gewijzigd of aangevuld.",
                n=changed,
            )
        )
    b = batch.id
    counts: dict[str, int] = {}
    # A vacancy's skills have no batch of their own: they go with the batch's vacancies.
    vacancy_skills = rowcount(
        session.execute(
            delete(m.VacancySkill.__table__).where(
                m.VacancySkill.__table__.c.vacancy_id.in_(
                    select(m.Vacancy.id).where(m.Vacancy.import_batch_id == b)
                )
            )
        )
    )
    for name, model in (
        ("contacts", m.Activity),
        ("skills", m.ClientSkill),
        ("employer_contacts", m.EmployerContact),
        ("placements", m.Placement),
        ("trainings", m.Training),
        ("routes", m.Route),
        ("clients", m.Client),
        ("vacancies", m.Vacancy),
        ("employers", m.Employer),
    ):
        table = model.__table__
        result = session.execute(delete(table).where(table.c.import_batch_id == b))
        counts[name] = rowcount(result) or 0
    counts["skills"] += vacancy_skills or 0
    for change in json.loads(batch.changes or "[]"):
        # changed_on_top() counted a client that is gone, so every one is still there.
        client = session.get_one(m.Client, change["client_id"])
        for name in change["fields"]:
            if name == "share":
                share = session.get(m.ClientShare, (client.id, actor.user_id))
                if share is not None:
                    session.delete(share)
            else:
                setattr(client, name, None)
    counts["updated"] = len(json.loads(batch.changes or "[]"))
    batch.undone_at = utcnow()
    detail = ";".join(f"{key}={value}" for key, value in sorted(counts.items()))
    audit.record(session, actor.user_id, "delete", "import_batch", b, detail=detail)
    session.flush()
    return counts
