"""To-dos whose owner no longer sees the file: counted and handed to the file's coach
by the team lead, once; nothing else moves."""

from __future__ import annotations

from datetime import date

import pytest
from people_support import register as intake
from sqlalchemy import delete, update

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError
from zkijdesk.services.audit_query import AuditQueryService


def owners(store) -> dict[str, int]:
    with store.read_session() as s:
        return dict(
            s.execute(
                m.Task.__table__.select().with_only_columns(m.Task.title, m.Task.owner_id)
            ).all()
        )


def test_stray_to_dos_go_to_the_files_coach(people):
    anna, bram, lead = people.anna, people.bram, people.lead
    store = anna.store
    a, b = anna.actor.user_id, bram.actor.user_id
    shared = intake(anna, "Gedeeld")
    still = intake(anna, "Nog gedeeld")
    moved = intake(anna, "Verhuisd")
    unrouted = intake(anna, "Zonder route", route=False)
    binned = intake(anna, "Prullenbak")
    anna.sharing.share(shared, b)
    anna.sharing.share(unrouted, b)
    bram.activities.add_task("Van Bram, delen voorbij", date(2026, 12, 1), client_id=shared)
    bram.activities.add_task("Van Bram, zonder route", date(2026, 12, 1), client_id=unrouted)
    anna.activities.add_task("Van Anna, dossier nu bij Bram", date(2026, 12, 1), client_id=moved)
    done = anna.activities.add_task("Afgerond", date(2026, 12, 1), client_id=moved)
    anna.activities.set_done(done.id)
    anna.activities.add_task("Eigen notitie", date(2026, 12, 1))
    anna.sharing.share(still, b)
    bram.activities.add_task("Bram deelt nog", date(2026, 12, 1), client_id=still)
    anna.sharing.share(binned, b)
    bram.activities.add_task("In de prullenbak", date(2026, 12, 1), client_id=binned)
    # What releases before this one left behind: a share removed without its to-dos,
    # a file given to a colleague without Anna's.
    with store.session() as s:
        s.execute(
            delete(m.ClientShare).where(m.ClientShare.client_id.in_([shared, unrouted, binned]))
        )
        s.execute(update(m.Route).where(m.Route.client_id == moved).values(coach_id=b))
    anna.bin.delete(binned)
    before = owners(store)

    with pytest.raises(PermissionDeniedError):
        anna.caseload.stray_tasks()
    assert lead.caseload.stray_tasks() == 3
    assert lead.caseload.hand_over_stray_tasks() == 3

    after = owners(store)
    assert after["Van Bram, delen voorbij"] == a
    assert after["Van Bram, zonder route"] == a
    assert after["Van Anna, dossier nu bij Bram"] == b
    unchanged = {
        k: v
        for k, v in before.items()
        if k
        not in (
            "Van Bram, delen voorbij",
            "Van Bram, zonder route",
            "Van Anna, dossier nu bij Bram",
        )
    }
    assert {k: after[k] for k in unchanged} == unchanged
    assert lead.caseload.stray_tasks() == 0
    assert lead.caseload.hand_over_stray_tasks() == 0
    details = [r.detail for r in AuditQueryService(people.admin.store, people.admin.actor).search()]
    assert details.count("tasks=3") == 1


def test_a_file_whose_route_has_no_coach_gives_no_to_do_to_its_registrant(people):
    """The registrant does not see a file that has a route; handing them its to-dos
    would show the titles to someone without the file (review)."""
    anna, bram, lead = people.anna, people.bram, people.lead
    cid = intake(bram, "Zonder coach", day=date(2026, 10, 1), coach_id=anna.actor.user_id)
    anna.activities.add_task("Geheime taak", date(2026, 12, 1), client_id=cid)
    with anna.store.session() as s:
        s.execute(update(m.Route).where(m.Route.client_id == cid).values(coach_id=None))
    assert lead.caseload.stray_tasks() == 0
    assert lead.caseload.hand_over_stray_tasks() == 0
    assert owners(anna.store)["Geheime taak"] == anna.actor.user_id
