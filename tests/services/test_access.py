"""Each role is refused, at the service layer, what it may not do."""

from __future__ import annotations

from datetime import date

import pytest

from zkijdesk.domain.errors import PermissionDeniedError, StateError, ValidationError
from zkijdesk.services.audit_query import AuditQueryService
from zkijdesk.services.caseload import CaseloadService
from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput


def intake(ctx, last_name="Dekker", day=date(2026, 10, 1)):
    return ctx.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name=last_name,
            birth_date=date(1985, 3, 4),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=day),
    )


def audit_actions(people, client_id):
    rows = AuditQueryService(people.admin.store, people.admin.actor).search(client_id=client_id)
    return [(r.user_name, r.action) for r in reversed(rows)]


def test_a_coach_cannot_open_or_change_a_colleagues_client(people):
    result = intake(people.anna)
    cid = result.client.id
    bram = people.bram
    valid = people.anna.clients.as_input(cid)
    for attempt in (
        lambda: bram.clients.get(cid),
        lambda: bram.clients.routes(cid),
        lambda: bram.clients.update(cid, valid),
        lambda: bram.activities.record_contact(cid, "telefoon", date(2026, 11, 1)),
        lambda: bram.activities.contacts(cid),
        lambda: bram.routes.close(result.route.id, date(2026, 11, 1), "werk"),
    ):
        with pytest.raises(PermissionDeniedError):
            attempt()
    assert bram.clients.find("dekker") == []
    assert ("Bram", "denied") in audit_actions(people, cid)
    assert people.anna.routes.get(result.route.id).is_open


def test_sharing_gives_a_colleague_access(people):
    cid = intake(people.anna).client.id
    people.anna.sharing.share(cid, people.bram.actor.user_id)
    assert people.bram.clients.get(cid).last_name == "Dekker"
    people.anna.sharing.unshare(cid, people.bram.actor.user_id)
    with pytest.raises(PermissionDeniedError):
        people.bram.clients.get(cid)


def test_a_former_coach_loses_the_file_once_a_colleague_has_the_current_route(people):
    """Need-to-know: the coach of the client's current route (open, or the newest when
    none is) sees the file; an earlier coach whose route ended does not. What was theirs
    to do about the client goes along to the new coach, so nothing is left where nobody
    can act on it: the open to-dos, and the follow-ups of the earlier placement."""
    anna, bram = people.anna, people.bram
    result = intake(anna, "Eerder", date(2026, 1, 10))
    cid = result.client.id
    anna.routes.add_placement(
        result.route.id, PlacementInput(start_date=date(2026, 2, 1), hours_per_week=32)
    )
    anna.activities.add_task("Bellen over het werk", date(2026, 12, 1), client_id=cid)
    anna.routes.close(result.route.id, date(2026, 3, 1), "werk")
    assert anna.clients.get(cid).last_name == "Eerder"  # her closed route is the newest
    assert {f.client_id for f in anna.worklist.worklist().follow_ups} == {cid}

    anna.routes.open(cid, RouteInput(intake_date=date(2026, 11, 2), coach_id=bram.actor.user_id))

    assert bram.clients.get(cid).last_name == "Eerder"
    with pytest.raises(PermissionDeniedError):
        anna.clients.get(cid)
    assert anna.clients.find("eerder") == []
    assert [c.id for c in bram.clients.find("eerder")] == [cid]
    assert anna.worklist.worklist().follow_ups == ()
    due = bram.worklist.worklist().follow_ups
    assert {f.client_id for f in due} == {cid} and {f.months for f in due} == {3, 6}
    tasks = bram.activities.tasks(client_id=cid)
    assert "Bellen over het werk" in {task.title for task in tasks}
    assert {task.owner_id for task in tasks if task.done_at is None} == {bram.actor.user_id}


def test_admin_keeps_reference_data_but_sees_no_files(people):
    cid = intake(people.anna).client.id
    with pytest.raises(PermissionDeniedError):
        people.admin.clients.get(cid)
    with pytest.raises(PermissionDeniedError):
        intake(people.admin, "Anders")
    assert people.admin.clients.find("") == []
    group = people.admin.reference.add_target_group(2027, "jong", "Jongeren tot 27 jaar")
    assert (group.year, group.code) == (2027, "JONG")


def test_team_lead_transfers_without_reading_files(people):
    first = intake(people.anna, "Eerste").client.id
    intake(people.anna, "Tweede")
    lead = people.lead
    with pytest.raises(PermissionDeniedError):
        lead.clients.get(first)
    with pytest.raises(PermissionDeniedError):
        CaseloadService(people.anna.store, people.anna.actor).transfer_client(
            first, people.bram.actor.user_id
        )
    caseload = CaseloadService(lead.store, lead.actor)
    caseload.transfer_client(first, people.bram.actor.user_id)
    assert people.bram.clients.get(first).last_name == "Eerste"
    with pytest.raises(PermissionDeniedError):
        people.anna.clients.get(first)
    assert caseload.transfer_caseload(people.anna.actor.user_id, people.bram.actor.user_id) == 1
    assert {c.last_name for c in people.bram.clients.find("")} == {"Eerste", "Tweede"}
    assert people.anna.clients.find("") == []
    with pytest.raises(ValidationError):
        caseload.transfer_client(first, people.admin.actor.user_id)


def test_restriction_blocks_changes_until_lifted(people):
    result = intake(people.anna)
    cid = result.client.id
    people.anna.clients.set_restriction(cid, True)
    with pytest.raises(StateError) as err:
        people.anna.clients.update(cid, people.anna.clients.as_input(cid))
    assert "beperking" in err.value.message
    with pytest.raises(StateError):
        people.anna.routes.add_guidance(result.route.id, "jobcoaching", date(2026, 10, 2))
    assert people.anna.clients.get(cid).last_name == "Dekker"
    people.anna.clients.set_restriction(cid, False)
    people.anna.routes.add_guidance(result.route.id, "jobcoaching", date(2026, 10, 2))


def test_only_team_leads_see_colleagues_tasks_and_only_admins_the_audit_log(people):
    intake(people.anna)
    with pytest.raises(PermissionDeniedError):
        people.bram.activities.tasks(owner_id=people.anna.actor.user_id)
    assert people.lead.activities.tasks(owner_id=people.anna.actor.user_id) == []
    with pytest.raises(PermissionDeniedError):
        AuditQueryService(people.anna.store, people.anna.actor).search()


def test_every_view_and_change_of_a_file_is_logged_without_personal_data(people):
    result = intake(people.anna)
    cid = result.client.id
    people.anna.clients.get(cid)
    people.anna.activities.record_contact(cid, "gesprek", date(2026, 11, 2), 30, "Over CV")
    rows = AuditQueryService(people.admin.store, people.admin.actor).search()
    assert [r.action for r in rows if r.object_type == "client" and r.object_id == cid] == [
        "view",
        "create",
    ]
    assert {"route", "activity"} <= {r.object_type for r in rows}
    text = repr(rows)
    assert "Dekker" not in text and "Iris" not in text and "Over CV" not in text
    assert AuditQueryService(people.admin.store, people.admin.actor).verify().ok
