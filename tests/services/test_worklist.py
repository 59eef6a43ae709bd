"""Mijn werkvoorraad: tasks by urgency, due follow-ups, recent clients and counts."""

from __future__ import annotations

from datetime import date

from workspace_data import make_client, ref

from zkijdesk.services.bin import BinService
from zkijdesk.services.dto import PlacementInput
from zkijdesk.services.preferences import PreferenceService
from zkijdesk.services.worklist import WorklistService

# conftest's TODAY, 2026-11-15, is a Sunday; these tests pin a Wednesday instead.
WEDNESDAY = date(2026, 11, 11)


def worklist(ctx):
    return WorklistService(ctx.store, ctx.actor, lambda: WEDNESDAY).worklist()


def test_tasks_are_grouped_by_urgency_and_follow_ups_listed_once(people):
    anna = people.anna
    client, route = make_client(anna, "Iris", "Dekker", route={"intake_date": date(2026, 1, 5)})
    for title, due in (
        ("Te laat", date(2026, 11, 2)),
        ("Vandaag", WEDNESDAY),
        ("Vrijdag", date(2026, 11, 13)),
        ("Volgende week", date(2026, 11, 17)),
    ):
        anna.activities.add_task(title, due, client_id=client.id)
    anna.activities.add_task("Eigen taak", date(2026, 11, 12))
    anna.routes.add_placement(
        route.id, PlacementInput(start_date=date(2026, 8, 11), hours_per_week=24)
    )
    people.bram.activities.add_task("Van Bram", WEDNESDAY)

    work = worklist(anna)
    assert [t.title for t in work.overdue] == ["Te laat"]
    assert [t.title for t in work.due_today] == ["Vandaag"]
    assert [t.title for t in work.this_week] == ["Eigen taak", "Vrijdag"]
    assert work.this_week[0].client_name is None
    assert work.due_today[0].client_name == "Iris Dekker"
    (follow_up,) = work.follow_ups
    assert (follow_up.months, follow_up.due_date) == (3, date(2026, 11, 11))
    assert follow_up.client_number == client.client_number
    assert all("Nazorg" not in t.title for t in work.overdue + work.due_today + work.this_week)

    anna.routes.record_follow_up(follow_up.follow_up_id, True, WEDNESDAY)
    assert worklist(anna).follow_ups == ()


def test_counts_change_when_a_route_closes_and_a_client_goes_to_the_bin(people):
    anna = people.anna
    sectors = anna.reference.sectors()
    ict, care = ref(sectors, "TECH_ICT"), ref(sectors, "ZW")
    first, route = make_client(
        anna, "Iris", "Dekker", route={"intake_date": date(2026, 1, 5), "sector_id": ict}
    )
    make_client(anna, "Ole", "Smit", route={"intake_date": date(2026, 2, 5), "sector_id": care})
    loose, _ = make_client(anna, "Pim", "Kok")

    before = worklist(anna)
    assert before.status_counts == {"open": 2, "closed": 0, "none": 1}
    by_code = {s.code: s for s in before.sectors}
    assert by_code["TECH"].by_status["open"] == 1
    assert by_code["ZW"].by_status["open"] == 1
    assert by_code["geen"].by_status["none"] == 1
    assert [s.code for s in before.sectors][:3] == ["ZW", "OND", "TECH"]

    anna.routes.close(route.id, date(2026, 11, 1), "werk")
    BinService(anna.store, anna.actor, anna.today).delete(loose.id)
    after = worklist(anna)
    assert after.status_counts == {"open": 1, "closed": 1, "none": 0}
    assert {s.code: s for s in after.sectors}["TECH"].by_status == {
        "open": 0,
        "closed": 1,
        "none": 0,
    }
    assert after.client_count == 2
    assert worklist(people.bram).client_count == 0
    assert first.id not in {r.client_id for r in worklist(people.bram).recent}


def test_recently_opened_clients_in_order_without_hidden_ones(people):
    anna = people.anna
    prefs = PreferenceService(anna.store, anna.actor, anna.today)
    one, _ = make_client(anna, "Iris", "Dekker")
    two, _ = make_client(anna, "Ole", "Smit")
    others, _ = make_client(people.bram, "Bram", "Anders")
    for client_id in (one.id, two.id, one.id, others.id):
        prefs.note_opened(client_id)
    assert [r.name for r in worklist(anna).recent] == ["Iris Dekker", "Ole Smit"]
    for n in range(20):
        prefs.note_opened(1000 + n)
    assert len(prefs.recent_clients()) == 12
