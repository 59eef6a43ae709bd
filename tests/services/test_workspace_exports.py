"""The coach's own exports: the list as XLSX (no BSN) and tasks as an .ics calendar."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from workspace_data import make_client

from zkijdesk.services.calendar_export import CalendarExportService, fold_line
from zkijdesk.services.client_list import ClientListQuery
from zkijdesk.services.list_export import ExportCancelledError, ListExportService


def test_list_export_writes_only_the_visible_columns_and_never_the_bsn(people, tmp_path):
    anna = people.anna
    tmp_path = tmp_path / "exports"
    make_client(anna, "Iris", "Dekker", bsn="111222333", route={"intake_date": date(2026, 1, 5)})
    make_client(anna, "Ole", "Smit", born=date(1970, 1, 2))
    target = tmp_path / "lijst.xlsx"
    exporter = ListExportService(anna.store, anna.actor, anna.today)
    seen = []
    count = exporter.export_xlsx(
        ClientListQuery(),
        ["name", "birth_date", "route_status"],
        ["Naam", "Geboortedatum", "Route"],
        target,
        values=lambda column, value: {"open": "Lopend"}.get(value, value),
        progress=lambda done, total: seen.append((done, total)),
    )
    assert count == 2 and seen[-1] == (2, 2)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("Naam", "Geboortedatum", "Route")
    assert rows[1][0] == "Iris Dekker" and rows[1][2] == "Lopend"
    assert rows[2][1].date() == date(1970, 1, 2)
    assert "111222333" not in repr(rows)
    with pytest.raises(ValueError):
        exporter.export_xlsx(ClientListQuery(), ["bsn"], ["BSN"], tmp_path / "x.xlsx")
    with pytest.raises(ExportCancelledError):
        exporter.export_xlsx(
            ClientListQuery(), ["name"], ["Naam"], tmp_path / "y.xlsx", cancelled=lambda: True
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lijst.xlsx"]


def test_calendar_names_clients_by_number_only(people, tmp_path):
    anna = people.anna
    client, _ = make_client(anna, "Iris", "Dekker")
    anna.activities.add_task("Bellen; over cv, en rooster", date(2026, 11, 20), client_id=client.id)
    anna.activities.add_task("Teamoverleg", date(2026, 11, 18))
    done = anna.activities.add_task("Klaar", date(2026, 11, 19))
    anna.activities.set_done(done.id)
    target = tmp_path / "agenda.ics"
    assert CalendarExportService(anna.store, anna.actor).export_tasks(target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    text = raw.decode("utf-8")
    assert f"SUMMARY:Bellen\\; over cv\\, en rooster ({client.client_number})" in text
    assert "DTSTART;VALUE=DATE:20261118" in text and "Klaar" not in text
    assert "Dekker" not in text and "Iris" not in text
    assert text.count("BEGIN:VEVENT") == 2
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_long_lines_fold_without_splitting_characters():
    folded = fold_line("SUMMARY:" + "é" * 80)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "SUMMARY:" + "é" * 80


def test_list_export_dates_are_dates_that_sort_by_date(people, tmp_path):
    """The list page passes its screen wording ("09-09-1979"); the file keeps real dates."""
    from zkijdesk.views.itemmodels.client_table import display_value

    anna = people.anna
    make_client(anna, "Early", "Day", born=date(1990, 12, 1))
    make_client(anna, "Late", "Day", born=date(1985, 2, 28))
    target = tmp_path / "lijst.xlsx"
    ListExportService(anna.store, anna.actor, anna.today).export_xlsx(
        ClientListQuery(),
        ["name", "birth_date"],
        ["Naam", "Geboortedatum"],
        target,
        values=display_value,
    )
    sheet = load_workbook(target).active
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert all(c.is_date and c.number_format == "DD-MM-YYYY" for c in cells)
    assert sorted(c.value.date() for c in cells) == [date(1985, 2, 28), date(1990, 12, 1)]
