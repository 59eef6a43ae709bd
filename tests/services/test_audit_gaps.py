"""Every create writes an audit entry, and the audit export holds every entry asked for."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import select
from workspace_data import make_client

from zkijdesk import models as m

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)


def _entries(store, action: str, object_type: str) -> list[tuple[int | None, int | None]]:
    with store.read_session() as s:
        rows = s.execute(
            select(m.AuditEntry.user_id, m.AuditEntry.object_id).where(
                m.AuditEntry.action == action, m.AuditEntry.object_type == object_type
            )
        )
        return [tuple(r) for r in rows]


def test_adding_and_finishing_a_task_is_logged(people):
    anna = people.anna
    client, _ = make_client(anna, "Iris", "Dekker")
    task = anna.activities.add_task("Cv nabespreken", date(2026, 11, 20), client_id=client.id)
    own = anna.activities.add_task("Teamoverleg", date(2026, 11, 18))
    assert _entries(anna.store, "create", "task") == [
        (anna.actor.user_id, task.id),
        (anna.actor.user_id, own.id),
    ]
    anna.activities.set_done(task.id)
    assert (anna.actor.user_id, task.id) in _entries(anna.store, "change", "task")


def test_creating_a_user_is_logged(people):
    from zkijdesk.services.users import actor_for, create_user

    admin = people.admin.actor
    made = create_user(people.admin.store, "cees", "Cees", "coach", actor=admin)
    assert (admin.user_id, made.id) in _entries(people.admin.store, "create", "user")
    first = actor_for(people.admin.store, "beheer")  # the store's first user made itself
    assert (first.user_id, first.user_id) in _entries(people.admin.store, "create", "user")


def test_creating_employers_vacancies_and_reference_data_is_logged(people):
    anna, admin = people.anna, people.admin
    employer = anna.employers.create_employer("Bakkerij De Korst")
    vacancy = anna.employers.create_vacancy(employer.id, "Bakker", 24)
    group = admin.reference.add_target_group(2027, "NIEUW", "Nieuwe groep")
    project = admin.reference.add_project(
        "P-1", "Project", "Inclusiviteit", "Gemeente", date(2026, 1, 1), None
    )
    store = anna.store
    assert (anna.actor.user_id, employer.id) in _entries(store, "create", "employer")
    assert (anna.actor.user_id, vacancy.id) in _entries(store, "create", "vacancy")
    assert (admin.actor.user_id, group.id) in _entries(store, "create", "focus_group")
    assert (admin.actor.user_id, project.id) in _entries(store, "create", "project")
    anna.employers.set_vacancy_status(vacancy.id, "vervuld")
    assert (anna.actor.user_id, vacancy.id) in _entries(store, "change", "vacancy")


def test_audit_export_writes_every_entry_past_ten_thousand(people, tmp_path):
    from zkijdesk.services import audit
    from zkijdesk.services.audit_query import AuditQueryService

    store = people.admin.store
    with store.session() as s:
        for i in range(10_050):
            audit.record(s, people.anna.actor.user_id, "view", "client", i)
    with store.read_session() as s:
        total = s.scalar(select(m.AuditEntry.id).order_by(m.AuditEntry.id.desc()).limit(1))
    target = tmp_path / "audit.csv"
    written = AuditQueryService(store, people.admin.actor).export_csv(target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        ids = [int(row[0]) for row in list(csv.reader(fh, delimiter=";"))[1:]]
    assert written == total == len(ids)
    assert sorted(ids) == list(range(1, total + 1))
