"""The trends dashboard's numbers: the monthly export's counts, the funnel, the aims, access.

Each test runs on encrypted SQLite and on PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

from datetime import date

import pytest
from reporting_data import TODAY, reporting
from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.reporting.indicators import TOTAL, YES
from zkijdesk.services.trends import (
    SPLIT_GROUP,
    SPLIT_MUNICIPALITY,
    SPLIT_SECTOR,
    SPLIT_TOTAL,
    TrendsService,
)

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)

SPLIT_OF_DIM = {"": SPLIT_TOTAL, "sector": SPLIT_SECTOR, "gemeente": SPLIT_MUNICIPALITY}


def trends_for(store, actor, today=TODAY):
    return TrendsService(store, actor, lambda: today)


def test_every_point_is_the_monthly_exports_count(store, roles):
    """October 2026 and October 2025 as the export counts them, cell by cell."""
    from zkijdesk.services.demo import generate_demo

    generate_demo(store, clients=400, seed=11, today=TODAY)
    _admin, lead, _coach = roles
    trends = trends_for(store, lead).trends()
    assert trends.months[0] == (2024, 11) and trends.months[-1] == (2026, 10)
    publication = reporting(store, lead).preview("2026-10")
    compared, years = 0, set()
    for key, value in publication.values.items():
        if key.own not in ("", TOTAL):
            continue
        if key.dim in SPLIT_OF_DIM:
            split, series_key = SPLIT_OF_DIM[key.dim], key.cat if key.dim else TOTAL
        elif key.dim.startswith("doelgroep_") and key.cat == YES:
            split, series_key = SPLIT_GROUP, key.dim.removeprefix("doelgroep_")
        else:
            continue
        lines = {s.key: s for s in trends.lines(key.indicator, split, key.kind)}
        index = trends.months.index((key.year, key.month))
        assert lines[series_key].values[index] == value, key
        compared += 1
        years.add(key.year)
    assert compared > 400 and years == {2025, 2026}
    placements = trends.lines("plaatsingen", SPLIT_TOTAL, "M")[0].values
    assert sum(placements) > 0


def _route_with(data, client, intake, training=None, placement=None, six=None):
    route = data.route(client, intake)
    if training is not None:
        data.training(route, training)
    if placement is not None:
        data.placement(route, placement, six_months=six)
    return route


def test_the_funnel_counts_routes_and_the_median_days_between_steps(store, roles, data):
    _admin, lead, _coach = roles
    one, two, three = data.client(), data.client(), data.client()
    _route_with(data, one, date(2026, 1, 10), date(2026, 2, 9), date(2026, 3, 11), six=True)
    _route_with(data, two, date(2026, 2, 1), placement=date(2026, 2, 21), six=False)
    _route_with(data, three, date(2026, 3, 1))
    _route_with(data, data.client(), date(2023, 1, 5), placement=date(2023, 2, 1))  # too early
    _route_with(data, data.client(deleted=True), date(2026, 4, 1), placement=date(2026, 5, 1))

    funnel = {step.code: step for step in trends_for(store, lead).trends().funnel}

    assert funnel["intake"].count == 3
    assert (funnel["scholing"].count, funnel["scholing"].days_from_previous) == (1, 30)
    placed = funnel["plaatsing"]
    assert placed.count == 2
    assert placed.days_from_previous == 25  # 30 after the training, 20 after the intake
    assert placed.days_from_intake == 40  # 60 and 20
    assert (funnel["werkt_6m"].count, funnel["werkt_6m"].not_yet_due) == (1, 0)
    assert funnel["werkt_12m"].count == 0


def test_focus_groups_are_those_of_each_year(store, roles, data):
    """JONG is a focus group in 2024 and 2026, not in 2025: its line has a gap there."""
    _admin, lead, _coach = roles
    young = data.client(groups=((2024, "JONG"), (2026, "JONG")))
    first = data.route(young, date(2024, 12, 2), date(2025, 3, 3), "werk")
    data.placement(first, date(2024, 12, 20))
    data.placement(data.route(young, date(2026, 5, 4)), date(2026, 6, 1))

    trends = trends_for(store, lead).trends()
    line = {s.key: s for s in trends.lines("plaatsingen", SPLIT_GROUP, "M")}["JONG"]
    by_month = dict(zip(trends.months, line.values, strict=True))
    assert by_month[(2024, 12)] == 1
    assert by_month[(2025, 6)] is None
    assert by_month[(2026, 6)] == 1
    assert by_month[(2026, 7)] == 0
    ytd = {s.key: s for s in trends.lines("plaatsingen", SPLIT_GROUP, "Y")}["JONG"]
    assert dict(zip(trends.months, ytd.values, strict=True))[(2026, 10)] == 1
    # Employers have no focus group: that chart has no lines to draw.
    assert trends.lines("vacatures_geopend", SPLIT_GROUP, "M") == ()


def test_a_coach_is_refused_and_the_refusal_is_logged(store, roles):
    _admin, _lead, coach = roles
    with pytest.raises(PermissionDeniedError, match="trends van het team"):
        trends_for(store, coach).trends()
    with store.read_session() as s:
        actions = s.scalars(
            select(m.AuditEntry.action).where(m.AuditEntry.user_id == coach.user_id)
        )
        assert "denied" in list(actions)


def test_the_admin_enters_aims_and_the_dashboard_sets_placements_against_them(store, roles, data):
    admin, lead, _coach = roles
    route = data.route(data.client(), date(2026, 2, 1))
    data.placement(route, date(2026, 3, 2))
    with pytest.raises(PermissionDeniedError):
        trends_for(store, lead).set_placement_aim(2026, 40)
    with pytest.raises(ValidationError) as refused:
        trends_for(store, admin).set_placement_aim(2026, -3)
    assert refused.value.field == "aim"
    assert trends_for(store, admin).set_placement_aim(2026, 40) == {2026: 40}
    trends_for(store, admin).set_placement_aim(2025, 30)
    assert trends_for(store, admin).set_placement_aim(2025, None) == {2026: 40}

    aims = {a.year: a for a in trends_for(store, lead).trends().aims}
    assert aims[2026].aim == 40
    assert aims[2026].year_to_date == (0, 0, 1, 1, 1, 1, 1, 1, 1, 1)
    assert aims[2025].aim is None
    with store.read_session() as s:
        details = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.user_id == admin.user_id)
        ).all()
    assert "trends.placement_aims 2026" in details


def test_a_charts_workbook_keeps_text_as_text_and_gaps_empty(tmp_path):
    """A focus group named like a formula stays text; a month without a count stays empty."""
    from openpyxl import load_workbook

    from zkijdesk.services.trends_export import chart_workbook, write_file

    evil = '=HYPERLINK("http://example.com","klik")'
    data = chart_workbook(
        "Plaatsingen", ["Intern"], ["", evil], [["januari 2026", None], ["februari 2026", 3]]
    )
    target = write_file(tmp_path / "uit" / "grafiek.xlsx", data)
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "Plaatsingen" and sheet["A2"].value == "Intern"
    assert sheet["B4"].value == evil and sheet["B4"].data_type == "s"
    assert sheet["B5"].value is None and sheet["B6"].value == 3
    assert [p.name for p in target.parent.iterdir()] == ["grafiek.xlsx"]


def test_the_admin_sets_aims_on_the_command_line(tmp_path, capsys):
    from reporting_data import make_user

    from zkijdesk.cli import main
    from zkijdesk.storage import keys
    from zkijdesk.storage.store import StoreLocation, create_store

    path = tmp_path / "opslag.db"
    key = keys.new_raw_key()
    made = create_store(StoreLocation(path=path), key=key)
    keys.save_to_keyring(path, key)
    make_user(made, "beheerder", "admin")
    make_user(made, "teamleider", "teamlead")
    made.close()

    def run(user, *args):
        return main(["--store", str(path), "--user", user, "aims", *args])

    assert run("beheerder", "--year", "2026", "--set", "380") == 0
    assert "2026: 380 plaatsingen" in capsys.readouterr().out
    assert run("beheerder", "--set", "12") == 1
    assert "Jaar is verplicht." in capsys.readouterr().err
    assert run("teamleider", "--year", "2026", "--set", "1") == 1
    assert "streefcijfers instelt" in capsys.readouterr().err
    assert run("teamleider") == 0
    assert capsys.readouterr().out == "2026: 380 plaatsingen\n"
    assert run("beheerder", "--year", "2026", "--clear") == 0
    assert "Nog geen streefcijfer" in capsys.readouterr().out
