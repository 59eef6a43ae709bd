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


def test_search_folds_accents_and_matches_every_word(people, caseload):
    anna = people.anna
    assert names(anna, text="muller") == ["Jürgen Müller"]
    assert names(anna, text="jan vries") == ["Jan de Vries"]
    assert names(anna, text="VRIES JAN") == ["Jan de Vries"]
    assert names(anna, text="zzz") == []


def test_search_by_number_postcode_and_birth_date(people, caseload):
    anna = people.anna
    number = caseload["aziz"].client_number
    assert names(anna, text=number.lower()) == ["Aziz Ahmadi"]
    assert names(anna, text="2011ab") == ["Jürgen Müller"]
    assert names(anna, text="2011 AB") == ["Jürgen Müller"]
    assert names(anna, text="03-02-1961") == ["Jan de Vries"]
    assert names(anna, text="50%") == []


def test_filters_on_route_status_sector_rollup_and_place(people, caseload):
    anna = people.anna
    sectors = anna.reference.sectors()
    tech = ref(sectors, "TECH")
    velsen = ref(anna.reference.municipalities(), "GM0453")
    assert names(anna, route_status="open") == ["Jürgen Müller"]
    assert names(anna, route_status="closed") == ["Jan de Vries"]
    assert names(anna, route_status="none") == ["Aziz Ahmadi"]
    assert names(anna, sector_id=tech) == ["Jürgen Müller"]
    assert names(anna, sector_id=caseload["ict"]) == ["Jürgen Müller"]
    assert names(anna, municipality_id=velsen) == ["Jan de Vries"]


def test_filters_on_coach_project_and_target_group_of_a_year(people, caseload):
    anna = people.anna
    mine = names(anna, coach_id=anna.actor.user_id, sort="name")
    assert mine == ["Jürgen Müller", "Jan de Vries"]
    assert names(anna, coach_id=people.bram.actor.user_id) == []
    project = anna.reference.projects()
    if project:
        assert names(anna, project_id=project[0].id) == []
    groups = anna.reference.target_groups(2026)
    anna.clients.set_target_groups(caseload["aziz"].id, [groups[0].id])
    assert names(anna, target_group_id=groups[0].id) == ["Aziz Ahmadi"]
    earlier = anna.reference.target_groups(2025)[0]
    assert names(anna, target_group_id=earlier.id) == []


def test_sorting_is_done_in_sql_in_both_directions(people, caseload):
    anna = people.anna
    assert names(anna) == ["Aziz Ahmadi", "Jürgen Müller", "Jan de Vries"]
    assert names(anna, descending=True) == ["Jan de Vries", "Jürgen Müller", "Aziz Ahmadi"]
    assert names(anna, sort="birth_date") == ["Jan de Vries", "Jürgen Müller", "Aziz Ahmadi"]
    by_intake = names(anna, sort="intake_date", descending=True)
    assert by_intake == ["Jürgen Müller", "Jan de Vries", "Aziz Ahmadi"]
    assert names(anna, sort="intake_date")[-1] == "Aziz Ahmadi"
    for column in ("client_number", "postcode", "municipality", "route_status", "sector", "coach"):
        assert sorted(names(anna, sort=column)) == sorted(names(anna))


def test_rows_carry_the_visible_columns_of_the_current_route(people, caseload):
    anna = people.anna
    result = lister(anna).search(ClientListQuery(text="muller"))
    (row,) = result.first_rows
    assert row.route_status == "open"
    assert row.sector == "ICT & digitaal"
    assert row.coach == "Anna"
    assert row.municipality == "Haarlem"
    assert row.intake_date == date(2026, 3, 1)
    assert not hasattr(row, "bsn")


def test_other_coaches_clients_and_the_bin_stay_out_of_the_list(people, caseload):
    anna, bram = people.anna, people.bram
    assert "Bram Anders" not in names(anna)
    assert names(bram) == ["Bram Anders"]
    assert names(people.admin) == []
    BinService(anna.store, anna.actor, anna.today).delete(caseload["aziz"].id)
    assert "Aziz Ahmadi" not in names(anna)
    assert lister(anna).count() == 2
    assert lister(anna).rows([caseload["aziz"].id, caseload["muller"].id])[0].name == (
        "Jürgen Müller"
    )


def test_a_saved_filter_comes_back_as_the_same_query(people, caseload):
    anna = people.anna
    prefs = PreferenceService(anna.store, anna.actor, anna.today)
    query = ClientListQuery(text="vries", route_status="closed", sort="birth_date", descending=True)
    prefs.save_filter("  Afgesloten Vries ", query.to_dict())
    saved = prefs.saved_filters()
    assert list(saved) == ["Afgesloten Vries"]
    restored = ClientListQuery.from_dict({**saved["Afgesloten Vries"], "unknown_key": 1})
    assert restored == query
    assert names(anna, **restored.to_dict()) == ["Jan de Vries"]
    prefs.delete_filter("Afgesloten Vries")
    assert prefs.saved_filters() == {}
    assert PreferenceService(people.bram.store, people.bram.actor).saved_filters() == {}
