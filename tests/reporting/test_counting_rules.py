"""The counting rules of docs/indicators.md, on small hand-made data, in SQL on both databases."""

from __future__ import annotations

from datetime import date

from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.indicators import TOTAL
from zkijdesk.services.reporting_queries import year_counts

Y = 2026


def cell(indicator, dim="", cat=TOTAL, kind=MONTH, month=1, own=""):
    return CellKey.make(indicator, own, dim, cat, Y, kind, month)


def counts(store, last_month=4):
    with store.read_session() as s:
        return year_counts(s, Y, last_month)


def test_persons_in_guidance_count_once_per_month_in_their_latest_route(store, data):
    a = data.client(birth=date(1999, 6, 1), municipality="GM0473", groups=((Y, "JONG"),))
    first = data.route(a, date(2026, 1, 15), date(2026, 2, 3), "verhuisd", sector="TECH_ICT")
    data.route(a, date(2026, 2, 20), sector="OND")
    b = data.client(birth=date(1976, 1, 1), municipality=None)
    data.route(b, date(2025, 11, 1), date(2026, 3, 10), "werk", sector="OV_HANDEL")
    yc = counts(store)

    assert first
    assert yc.value(cell("in_begeleiding", month=1)) == 2
    # Two routes in February, one person: counted once, in the route that began last.
    assert yc.value(cell("in_begeleiding", month=2)) == 2
    assert yc.value(cell("in_begeleiding", "sector", "OND", month=2)) == 1
    assert yc.value(cell("in_begeleiding", "sector", "TECH", month=2)) == 0
    # Subsectors roll up to the focus sector; everything else is 'overige'.
    assert yc.value(cell("in_begeleiding", "sector", "TECH", month=1)) == 1
    assert yc.value(cell("in_begeleiding", "sector", "OVERIG", month=1)) == 1
    # Year to date: once each, in the categories of the first month they appear.
    ytd = cell("in_begeleiding", "sector", "TECH", YEAR_TO_DATE, 3)
    assert yc.value(ytd) == 1
    assert yc.value(cell("in_begeleiding", kind=YEAR_TO_DATE, month=4)) == 2
    # Municipality unknown counts as 'outside the region or unknown'.
    assert yc.value(cell("in_begeleiding", "gemeente", "BUITEN", month=1)) == 1
    assert yc.value(cell("in_begeleiding", "gemeente", "GM0473", month=4)) == 1
    # b's route closed on 10 March: in guidance in March, not in April.
    assert yc.value(cell("in_begeleiding", "leeftijd", "50PLUS", month=3)) == 1
    assert yc.value(cell("in_begeleiding", "leeftijd", "50PLUS", month=4)) == 0


def test_inflow_outflow_and_reopened_routes(store, data):
    a = data.client()
    data.route(a, date(2026, 1, 5), date(2026, 2, 1), None)  # no reason recorded: anders
    b = data.client()
    data.route(b, date(2026, 1, 20))  # was closed and reopened: closed_on is empty again
    c = data.client()
    data.route(c, date(2025, 12, 1), date(2026, 2, 15), "werk")
    yc = counts(store)
    assert yc.value(cell("instroom", month=1)) == 2
    assert yc.value(cell("instroom", kind=YEAR_TO_DATE, month=3)) == 2
    assert yc.value(cell("uitstroom", own=TOTAL, month=2)) == 2
    assert yc.value(cell("uitstroom", own="anders", month=2)) == 1
    assert yc.value(cell("uitstroom", own="werk", month=2)) == 1
    assert yc.value(cell("uitstroom", own=TOTAL, kind=YEAR_TO_DATE, month=4)) == 2


def test_bin_and_restricted_clients_are_not_counted(store, data):
    kept = data.client()
    data.route(kept, date(2026, 1, 5))
    for flags in ({"deleted": True}, {"restricted": True}):
        gone = data.client(**flags)
        data.route(gone, date(2026, 1, 5))
    yc = counts(store)
    assert yc.value(cell("instroom", month=1)) == 1
    assert yc.value(cell("in_begeleiding", month=1)) == 1


def test_age_on_first_january_and_each_focus_group_as_its_own_split(store, data):
    young = data.client(birth=date(1999, 1, 2), groups=((Y, "JONG"), (Y, "STATUS")))
    mid = data.client(birth=date(1999, 1, 1), groups=((2025, "50PLUS"),))
    old = data.client(birth=date(1976, 1, 1))
    for c in (young, mid, old):
        data.route(c, date(2026, 3, 3))
    yc = counts(store)
    assert yc.value(cell("instroom", "leeftijd", "TOT27", month=3)) == 1
    assert yc.value(cell("instroom", "leeftijd", "27_49", month=3)) == 1
    assert yc.value(cell("instroom", "leeftijd", "50PLUS", month=3)) == 1
    # A client in two groups is a 'ja' in both splits, and every split adds up to 3.
    for group in ("JONG", "STATUS"):
        assert yc.value(cell("instroom", f"doelgroep_{group}", "JA", month=3)) == 1
        assert yc.value(cell("instroom", f"doelgroep_{group}", "NEE", month=3)) == 2
    # Last year's tag does not make someone a focus-group member this year.
    assert yc.value(cell("instroom", "doelgroep_DEELTIJD", "JA", month=3)) == 0


def test_training_placement_and_sustained_rules(store, data):
    c = data.client()
    r = data.route(c, date(2025, 6, 1), sector="ZW")
    data.training(r, date(2026, 1, 10), date(2026, 3, 1), "behaald", "Certificaat", sector="OND")
    data.training(r, date(2026, 2, 1), date(2026, 2, 20), "behaald", None)  # no credential
    data.training(r, date(2026, 2, 5), date(2026, 3, 20), "gestopt")
    employer = data.employer(sector="TECH_PROD", municipality="GM0453")
    data.placement(r, date(2025, 9, 10), "bepaalde_tijd", employer=employer, six_months=True)
    data.placement(r, date(2026, 2, 1), "uitzend", banen=True, employer=employer)
    data.vacancy(employer, date(2026, 2, 2), date(2026, 3, 3), "vervuld")
    yc = counts(store)
    assert yc.value(cell("scholing_gestart", month=2)) == 2
    assert yc.value(cell("scholing_behaald", month=3)) == 1
    assert yc.value(cell("scholing_behaald", month=2)) == 0
    assert yc.value(cell("scholing_behaald", "sector", "OND", month=3)) == 1
    assert yc.value(cell("scholing_gestopt", month=3)) == 1
    assert yc.value(cell("in_scholing", month=2)) == 1  # three trainings, one person
    assert yc.value(cell("plaatsingen", own="uitzend", month=2)) == 1
    assert yc.value(cell("plaatsingen_banenafspraak", month=2)) == 1
    assert yc.value(cell("duurzaam_6m", month=3)) == 1  # 10 Sep + 6 months = 10 March
    assert yc.value(cell("werkgevers_bediend", month=2)) == 1  # placement and vacancy: once
    assert yc.value(cell("werkgevers_bediend", "gemeente", "GM0453", month=2)) == 1
    assert yc.value(cell("vacatures_geopend", "sector", "TECH", month=2)) == 1
    assert yc.value(cell("vacatures_vervuld", month=3)) == 1
