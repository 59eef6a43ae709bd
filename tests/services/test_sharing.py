"""A file shared with a colleague: who may share, and what happens to the colleague's
to-dos when the share ends."""

from __future__ import annotations

from datetime import date

import pytest
from people_support import register as intake

from zkijdesk.domain.errors import PermissionDeniedError, StateError, ValidationError
from zkijdesk.services.audit_query import AuditQueryService
from zkijdesk.services.dto import RouteInput


def open_titles(ctx, **where):
    return {t.title for t in ctx.activities.tasks(**where) if t.done_at is None}


def test_the_coach_shares_and_the_colleague_sees_the_file(people):
    anna, bram = people.anna, people.bram
    cid = intake(anna)
    anna.sharing.share(cid, bram.actor.user_id)
    assert bram.clients.get(cid).last_name == "Dekker"
    assert [c.id for c in bram.clients.find("dekker")] == [cid]
    seen = anna.sharing.shares(cid)
    assert seen.coach == (anna.actor.user_id, "Anna")
    assert seen.shared == [(bram.actor.user_id, "Bram")]
    assert seen.manages and not bram.sharing.shares(cid).manages
    details = [
        r.detail
        for r in AuditQueryService(people.admin.store, people.admin.actor).search(client_id=cid)
    ]
    assert f"shared_with={bram.actor.user_id}" in details


def test_only_the_coach_shares_and_never_with_the_wrong_person(people):
    anna, bram, lead, admin = people.anna, people.bram, people.lead, people.admin
    cid = intake(anna)
    anna.sharing.share(cid, bram.actor.user_id)
    # Bram only reads the file: he may not pass it on.
    with pytest.raises(PermissionDeniedError) as refused:
        bram.sharing.share(cid, lead.actor.user_id)
    assert "Alleen de coach" in refused.value.message
    with pytest.raises(PermissionDeniedError):
        lead.sharing.share(cid, lead.actor.user_id)  # the lead never sees the file
    for user_id, words in (
        (anna.actor.user_id, "coacht dit dossier zelf al"),
        (bram.actor.user_id, "al gedeeld gekregen"),
        (admin.actor.user_id, "actieve coach of teamleider"),
    ):
        with pytest.raises(ValidationError) as wrong:
            anna.sharing.share(cid, user_id)
        assert wrong.value.message.startswith("Collega ") and words in wrong.value.message
    with pytest.raises(PermissionDeniedError):
        lead.clients.get(cid)


def test_a_file_under_restriction_is_shared_with_no_one_new(people):
    anna, bram = people.anna, people.bram
    cid = intake(anna)
    anna.clients.set_restriction(cid, True)
    with pytest.raises(StateError):
        anna.sharing.share(cid, bram.actor.user_id)
    with pytest.raises(PermissionDeniedError):
        bram.clients.get(cid)


def test_ending_a_share_hands_the_colleagues_to_dos_to_the_coach(people):
    """Without the hand-over Bram's to-do stayed open on his list, about a file he no
    longer sees, and on no list Anna looks at."""
    anna, bram = people.anna, people.bram
    cid = intake(anna)
    other = intake(anna, "Ander")
    anna.sharing.share(cid, bram.actor.user_id)
    anna.sharing.share(other, bram.actor.user_id)
    bram.activities.add_task("Cv nalopen", date(2026, 12, 1), client_id=cid)
    done = bram.activities.add_task("Al gebeld", date(2026, 12, 1), client_id=cid)
    bram.activities.set_done(done.id)
    bram.activities.add_task("Ander dossier", date(2026, 12, 1), client_id=other)
    bram.activities.add_task("Eigen notitie", date(2026, 12, 1))

    assert anna.sharing.unshare(cid, bram.actor.user_id) == 1

    with pytest.raises(PermissionDeniedError):
        bram.clients.get(cid)
    assert open_titles(bram, owner_id=bram.actor.user_id) == {"Ander dossier", "Eigen notitie"}
    assert "Cv nalopen" in open_titles(anna, owner_id=anna.actor.user_id)
    # The done one stays Bram's: it is history, not work.
    owners = {t.title: t.owner_id for t in anna.activities.tasks(client_id=cid, include_done=True)}
    assert owners == {"Cv nalopen": anna.actor.user_id, "Al gebeld": bram.actor.user_id}
    assert anna.sharing.shares(cid).shared == []
    with pytest.raises(ValidationError) as again:
        anna.sharing.unshare(cid, bram.actor.user_id)
    assert "niet gedeeld gekregen" in again.value.message


def test_a_colleague_ends_their_own_share_but_no_one_elses(people):
    anna, bram, lead = people.anna, people.bram, people.lead
    cid = intake(anna)
    anna.sharing.share(cid, bram.actor.user_id)
    anna.sharing.share(cid, lead.actor.user_id)
    bram.activities.add_task("Terugbellen", date(2026, 12, 1), client_id=cid)
    with pytest.raises(PermissionDeniedError):
        bram.sharing.unshare(cid, lead.actor.user_id)
    assert bram.sharing.unshare(cid, bram.actor.user_id) == 1
    with pytest.raises(PermissionDeniedError):
        bram.clients.get(cid)
    assert open_titles(anna, client_id=cid) == {"Terugbellen"}
    assert anna.sharing.shares(cid).shared == [(lead.actor.user_id, "Lead")]


def test_a_colleague_it_is_shared_with_adds_to_the_file_but_not_to_its_route(people):
    """Or Bram, who reads Anna's file, could take it over and share it on (review): by
    naming himself coach, or by closing Anna's route and reopening an old one of his.
    Which route is current is the coach's; Bram adds guidance, contacts and to-dos."""
    anna, bram, lead = people.anna, people.bram, people.lead
    b = bram.actor.user_id
    cid = intake(bram, "Dekker", day=date(2026, 3, 1))
    old = bram.clients.routes(cid)[0]
    bram.routes.close(old.id, date(2026, 6, 1), "verhuisd")
    route = bram.routes.open(
        cid, RouteInput(intake_date=date(2026, 10, 1), coach_id=anna.actor.user_id)
    )
    anna.sharing.share(cid, b)
    for attempt in (
        lambda: bram.routes.update(route.id, RouteInput(intake_date=date(2026, 10, 1), coach_id=b)),
        lambda: bram.routes.update(route.id, RouteInput(intake_date=date(2026, 10, 2))),
        lambda: bram.routes.close(route.id, date(2026, 10, 20), "werk"),
        lambda: bram.routes.reopen(old.id),
    ):
        with pytest.raises(PermissionDeniedError) as refused:
            attempt()
        assert refused.value.message == (
            "Alleen de coach van dit dossier kan de route openen, wijzigen of afsluiten."
        )
    bram.routes.add_guidance(route.id, "jobcoaching", date(2026, 10, 5))
    bram.activities.add_task("Werkgever bellen", date(2026, 12, 1), client_id=cid)
    with pytest.raises(PermissionDeniedError):
        bram.sharing.share(cid, lead.actor.user_id)
    anna.routes.close(route.id, date(2026, 10, 20), "werk")
    with pytest.raises(PermissionDeniedError):
        bram.routes.open(cid, RouteInput(intake_date=date(2026, 11, 2), coach_id=b))
    # Anna herself gives the file to Bram, who is then its coach; her to-do goes along.
    anna.activities.add_task("Nabellen", date(2026, 12, 1), client_id=cid)
    again = anna.routes.open(cid, RouteInput(intake_date=date(2026, 11, 2), coach_id=b))
    assert again.coach_id == b
    bram.sharing.share(cid, lead.actor.user_id)
    assert bram.sharing.shares(cid).manages
    assert open_titles(bram, owner_id=b) >= {"Nabellen", "Werkgever bellen"}
    assert people.lead.caseload.stray_tasks() == 0


def test_the_registrants_to_dos_go_along_with_the_first_route_to_a_colleague(people):
    """A client registered without a route is its registrant's; the route for a colleague
    makes the colleague its coach, and the registrant's to-dos go with it (review)."""
    anna, bram = people.anna, people.bram
    cid = intake(anna, "Zonder route", route=False)
    anna.activities.add_task("Intake afronden", date(2026, 12, 1), client_id=cid)
    anna.routes.open(cid, RouteInput(intake_date=date(2026, 10, 1), coach_id=bram.actor.user_id))
    assert open_titles(bram, client_id=cid) == {"Intake afronden"}
    assert people.lead.caseload.stray_tasks() == 0


def test_reopening_a_colleagues_older_route_gives_them_the_file_and_its_to_dos(people):
    anna, bram = people.anna, people.bram
    cid = intake(bram, "Heropend", day=date(2026, 3, 1))
    older = bram.clients.routes(cid)[0]
    bram.routes.close(older.id, date(2026, 6, 1), "verhuisd")
    mine = bram.routes.open(
        cid, RouteInput(intake_date=date(2026, 10, 1), coach_id=anna.actor.user_id)
    )
    anna.activities.add_task("Nabellen", date(2026, 12, 1), client_id=cid)
    anna.routes.close(mine.id, date(2026, 10, 20), "anders")
    anna.routes.reopen(older.id)  # recorded by mistake: the client never left Bram
    assert open_titles(bram, client_id=cid) == {"Nabellen"}
    assert people.lead.caseload.stray_tasks() == 0
