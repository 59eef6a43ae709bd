"""The coach's own exports: the list as XLSX (no BSN) and tasks as an .ics calendar."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from workspace_data import make_client

from zkijdesk.domain.errors import ValidationError
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
    anna.activities.add_task("Cv nabespreken met Fatima", date(2026, 11, 20), client_id=client.id)
    anna.activities.add_task("Teamoverleg met Joost", date(2026, 11, 18))
    done = anna.activities.add_task("Klaar", date(2026, 11, 19))
    anna.activities.set_done(done.id)
    target = tmp_path / "agenda.ics"
    assert CalendarExportService(anna.store, anna.actor).export_tasks(target) == 2
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    text = raw.decode("utf-8")
    assert f"SUMMARY:Taak cliënt {client.client_number}" in text
    for typed in ("Fatima", "Joost", "nabespreken", "Dekker", "Iris"):
        assert typed not in text  # by default no typed title leaves the store
    assert "DTSTART;VALUE=DATE:20261118" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    titled = tmp_path / "met-titels.ics"
    CalendarExportService(anna.store, anna.actor).export_tasks(titled, titles="as_typed")
    assert f"SUMMARY:Cv nabespreken met Fatima ({client.client_number})" in titled.read_text()


def _events(text: str) -> list[dict[str, str]]:
    events = []
    for block in text.split("BEGIN:VEVENT\r\n")[1:]:
        body = block.split("END:VEVENT")[0]
        events.append(dict(line.split(":", 1) for line in body.split("\r\n") if ":" in line))
    return events


def test_calendar_keeps_overdue_tasks_and_cancels_finished_ones(people, tmp_path):
    anna = people.anna
    today = anna.today()
    overdue = anna.activities.add_task("Te laat", date.fromordinal(today.toordinal() - 10))
    coming = anna.activities.add_task("Straks", date.fromordinal(today.toordinal() + 3))
    target = tmp_path / "agenda.ics"
    service = CalendarExportService(anna.store, anna.actor)
    assert service.export_tasks(target, since=today) == 2  # the overdue one is not dropped
    first = {e["UID"]: e for e in _events(target.read_bytes().decode())}
    assert all(e["STATUS"] == "CONFIRMED" for e in first.values()) and len(first) == 2
    anna.activities.set_done(coming.id)
    assert service.export_tasks(target, since=today) == 1
    again = {e["UID"]: e for e in _events(target.read_bytes().decode())}
    assert set(again) == set(first)  # the finished task goes out again, under its UID
    cancelled = [e for e in again.values() if e["STATUS"] == "CANCELLED"]
    assert len(cancelled) == 1 and int(cancelled[0]["SEQUENCE"]) > 0
    still = [e for e in again.values() if e["STATUS"] == "CONFIRMED"]
    assert [e["DTSTART;VALUE=DATE"] for e in still] == [
        date.fromordinal(today.toordinal() - 10).strftime("%Y%m%d")
    ]
    assert overdue.id != coming.id
    outlook = (tmp_path / "agenda-afgerond.ics").read_bytes().decode()
    assert "METHOD:CANCEL\r\n" in outlook and "METHOD:PUBLISH" not in outlook
    [gone] = _events(outlook)
    assert gone["UID"] == cancelled[0]["UID"] and gone["STATUS"] == "CANCELLED"
    anna.activities.set_done(coming.id, done=False)  # reopened: no file may cancel it
    assert service.export_tasks(target, since=today) == 2
    assert not (tmp_path / "agenda-afgerond.ics").exists()
    with pytest.raises(ValidationError):
        service.export_tasks(target, titles="alles")


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
