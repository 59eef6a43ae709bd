"""The client list: search as you type, filters, SQL sorting and the access rule."""

from __future__ import annotations

from datetime import date

import pytest
from workspace_data import make_client, ref

from zkijdesk.services.bin import BinService
from zkijdesk.services.client_list import ClientListQuery, ClientListService
from zkijdesk.services.preferences import PreferenceService


def lister(ctx):
    return ClientListService(ctx.store, ctx.actor, ctx.today)


def names(ctx, **query):
    result = lister(ctx).search(ClientListQuery(**query))
    return [row.name for row in lister(ctx).rows(result.ids)]


@pytest.fixture
def caseload(people):
    """Anna's clients: open, closed and route-less, in different sectors and places."""
    anna = people.anna
    ref_data = anna.reference
    sectors, places = ref_data.sectors(), ref_data.municipalities()
    haarlem, velsen = ref(places, "GM0392"), ref(places, "GM0453")
    ict, care = ref(sectors, "TECH_ICT"), ref(sectors, "ZW")
    muller, route = make_client(
        anna,
        "Jürgen",
        "Müller",
        postcode="2011 AB",
        municipality_id=haarlem,
        route={"intake_date": date(2026, 3, 1), "sector_id": ict},
    )
    vries, closed = make_client(
        anna,
        "Jan",
        "Vries",
        prefix="de",
        born=date(1961, 2, 3),
        municipality_id=velsen,
        route={"intake_date": date(2025, 1, 6), "sector_id": care},
    )
    anna.routes.close(closed.id, date(2025, 9, 1), "werk")
    aziz, _ = make_client(anna, "Aziz", "Ahmadi", born=date(2001, 7, 9), postcode="1971 KL")
    make_client(people.bram, "Bram", "Anders", route={"intake_date": date(2026, 1, 5)})
    return {"muller": muller, "vries": vries, "aziz": aziz, "route": route, "ict": ict}


def test_search_as_you_type_and_sorting_in_sql(people, caseload):
    anna = people.anna
    assert names(anna, text="muller") == ["Jürgen Müller"]
    assert names(anna, text="jan vries") == ["Jan de Vries"]
    assert names(anna, text="VRIES JAN") == ["Jan de Vries"]
    assert names(anna, text=caseload["aziz"].client_number.lower()) == ["Aziz Ahmadi"]
    assert names(anna, text="2011ab") == ["Jürgen Müller"]
    assert names(anna, text="2011 AB") == ["Jürgen Müller"]
    assert names(anna, text="03-02-1961") == ["Jan de Vries"]
    assert names(anna, text="50%") == []

    assert names(anna) == ["Aziz Ahmadi", "Jürgen Müller", "Jan de Vries"]
    assert names(anna, descending=True) == ["Jan de Vries", "Jürgen Müller", "Aziz Ahmadi"]
    assert names(anna, sort="birth_date") == ["Jan de Vries", "Jürgen Müller", "Aziz Ahmadi"]
    by_intake = names(anna, sort="intake_date", descending=True)
    assert by_intake == ["Jürgen Müller", "Jan de Vries", "Aziz Ahmadi"]
    assert names(anna, sort="intake_date")[-1] == "Aziz Ahmadi"
    for column in ("client_number", "postcode", "municipality", "route_status", "sector", "coach"):
        assert sorted(names(anna, sort=column)) == sorted(names(anna))

    (row,) = lister(anna).search(ClientListQuery(text="muller")).first_rows
    assert (row.route_status, row.sector, row.coach) == ("open", "ICT & digitaal", "Anna")
    assert (row.municipality, row.intake_date) == ("Haarlem", date(2026, 3, 1))
    assert not hasattr(row, "bsn")


def test_filters_roll_sectors_up_and_take_target_groups_of_their_year(people, caseload):
    anna = people.anna
    reference = anna.reference
    tech = ref(reference.sectors(), "TECH")
    velsen = ref(reference.municipalities(), "GM0453")
    assert names(anna, route_status="open") == ["Jürgen Müller"]
    assert names(anna, route_status="closed") == ["Jan de Vries"]
    assert names(anna, route_status="none") == ["Aziz Ahmadi"]
    assert names(anna, sector_id=tech) == ["Jürgen Müller"]
    assert names(anna, sector_id=caseload["ict"]) == ["Jürgen Müller"]
    assert names(anna, municipality_id=velsen) == ["Jan de Vries"]
    assert names(anna, coach_id=anna.actor.user_id) == ["Jürgen Müller", "Jan de Vries"]
    assert names(anna, coach_id=people.bram.actor.user_id) == []
    projects = reference.projects()
    if projects:
        assert names(anna, project_id=projects[0].id) == []
    group = reference.target_groups(2026)[0]
    anna.clients.set_target_groups(caseload["aziz"].id, [group.id])
    assert names(anna, target_group_id=group.id) == ["Aziz Ahmadi"]
    assert names(anna, target_group_id=reference.target_groups(2025)[0].id) == []
    assert ClientListQuery(sector_id=tech, route_status="open").filter_count == 2


def test_access_rule_bin_and_saved_filters(people, caseload):
    anna, bram = people.anna, people.bram
    assert "Bram Anders" not in names(anna)
    assert names(bram) == ["Bram Anders"]
    assert names(people.admin) == []

    prefs = PreferenceService(anna.store, anna.actor, anna.today)
    query = ClientListQuery(text="vries", route_status="closed", sort="birth_date", descending=True)
    prefs.save_filter("  Afgesloten Vries ", query.to_dict())
    saved = prefs.saved_filters()
    assert list(saved) == ["Afgesloten Vries"]
    restored = ClientListQuery.from_dict({**saved["Afgesloten Vries"], "unknown_key": 1})
    assert restored == query
    assert names(anna, **restored.to_dict()) == ["Jan de Vries"]
    assert PreferenceService(bram.store, bram.actor).saved_filters() == {}
    prefs.delete_filter("Afgesloten Vries")
    assert prefs.saved_filters() == {}

    BinService(anna.store, anna.actor, anna.today).delete(caseload["aziz"].id)
    assert "Aziz Ahmadi" not in names(anna)
    assert lister(anna).count() == 2
    rows = lister(anna).rows([caseload["aziz"].id, caseload["muller"].id])
    assert [r.name for r in rows] == ["Jürgen Müller"]


def test_the_access_rule_in_sql_is_the_rule_in_words(people, caseload):
    """Coached, shared, or registered and without any route; never the bin; admins none.

    Also inside a query that itself reads routes, which must not narrow "any route of
    the client" to "this route".
    """
    from sqlalchemy import select

    from zkijdesk import models as m
    from zkijdesk.services.access import visible_clients_clause
    from zkijdesk.services.client_list import visible

    anna, bram = people.anna, people.bram
    client, _ = make_client(anna, "Zoë", "Zwart")
    anna.sharing.share(client.id, bram.actor.user_id)
    make_client(people.lead, "Lot", "Leider")
    handed_over, _ = make_client(
        bram,
        "Hugo",
        "Overdracht",
        route={"intake_date": date(2026, 9, 1), "coach_id": people.lead.actor.user_id},
    )
    BinService(anna.store, anna.actor, anna.today).delete(caseload["aziz"].id)
    with anna.store.read_session() as s:
        routes = s.execute(select(m.Route.client_id, m.Route.coach_id)).all()
        shares = s.execute(select(m.ClientShare.client_id, m.ClientShare.user_id)).all()
        clients = s.execute(select(m.Client.id, m.Client.created_by_id, m.Client.deleted_at)).all()
    with_route = {client_id for client_id, _ in routes}
    seen = {}
    for name, ctx in (
        ("anna", anna),
        ("bram", bram),
        ("lead", people.lead),
        ("admin", people.admin),
    ):
        me = ctx.actor.user_id
        expected = set()
        if ctx.actor.role.value != "admin":
            expected = {c for c, coach in routes if coach == me} | {c for c, u in shares if u == me}
            expected |= {c for c, creator, _ in clients if creator == me and c not in with_route}
            expected -= {c for c, _, deleted in clients if deleted is not None}
        with ctx.store.read_session() as s:
            by_rule = set(s.scalars(select(m.Client.id).where(visible_clients_clause(ctx.actor))))
            listed = set(s.scalars(select(m.Client.id).where(visible(ctx.actor))))
            via_routes = set(
                s.scalars(
                    select(m.Route.client_id)
                    .join(m.Client, m.Client.id == m.Route.client_id)
                    .where(visible_clients_clause(ctx.actor))
                )
            )
        assert by_rule == listed == expected, ctx.actor
        assert via_routes == expected & with_route
        seen[name] = expected
    assert handed_over.id in seen["lead"] and handed_over.id not in seen["bram"]
    assert client.id in seen["bram"] and caseload["aziz"].id not in seen["anna"]
    assert seen["admin"] == set()


def test_both_forms_of_the_current_route_pick_the_same_route(people, caseload):
    """The current route is the open one, else the latest intake. SQLite joins it on a
    correlated subquery, PostgreSQL on a LATERAL pick (``CurrentRoute``): a list, its
    filters and the start page's counts must mean the same route on both."""
    from sqlalchemy import select

    from zkijdesk import models as m
    from zkijdesk.services.client_list import CurrentRoute
    from zkijdesk.services.dto import RouteInput

    anna = people.anna
    vries, aziz = caseload["vries"], caseload["aziz"]
    later = anna.routes.open(vries.id, RouteInput(intake_date=date(2025, 10, 1)))
    anna.routes.close(later.id, date(2025, 12, 1), "werk")
    old = anna.routes.open(aziz.id, RouteInput(intake_date=date(2024, 1, 8)))
    anna.routes.close(old.id, date(2024, 6, 3), "werk")
    current = anna.routes.open(aziz.id, RouteInput(intake_date=date(2026, 2, 2)))
    expected = {
        caseload["muller"].id: caseload["route"].id,
        vries.id: later.id,
        aziz.id: current.id,
    }

    forms = (False,) if anna.store.is_sqlite else (False, True)
    for lateral in forms:
        pick = CurrentRoute.build("cur_route", lateral=lateral)
        with anna.store.read_session() as s:
            found = dict(
                s.execute(
                    select(m.Client.id, pick.route.id)
                    .select_from(m.Client)
                    .outerjoin(pick.route, pick.on)
                    .where(m.Client.id.in_(expected))
                ).all()
            )
        assert found == expected, f"lateral={lateral}"
