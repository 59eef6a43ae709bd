"""``zkijdesk import``, ``import-undo`` and ``import-template`` as an admin moving a team
meets them: real processes, a real encrypted store, real files."""

from __future__ import annotations

from datetime import date

from cli_run import PASS, run_cli
from sheets import BSNS, person, write_xlsx
from sqlalchemy import func, select

from zkijdesk import models as m


def read(store_path, stmt):
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store

    store = open_store(
        StoreLocation(path=store_path), key=StoreKey(KeyKind.PASSPHRASE, PASS, "test")
    )
    try:
        with store.read_session() as s:
            return s.execute(stmt).all()
    finally:
        store.close()


def client_count(store_path) -> int:
    return read(store_path, select(func.count()).select_from(m.Client))[0][0]


def test_dry_run_import_report_check_and_undo(tmp_path):
    store = tmp_path / "team.db"
    made = run_cli("--store", str(store), "init", "--user", "coach01", "--role", "coach")
    assert made.returncode == 0, made.stderr
    rows = [
        person(1, BSN=int(BSNS[0])),
        person(2, Achternaam='=HYPERLINK("http://x.example","klik")'),
        person(3, BSN="123456789"),
        person(4, Intakedatum=date(2025, 5, 5)),
    ]
    sheet = write_xlsx(tmp_path / "caseload.xlsx", rows)
    common = ("--store", str(store), "--user", "coach01")

    dry = run_cli(*common, "import", str(sheet), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "kopregel op regel 3, 4 regels" in dry.stdout
    assert "regel 1 overgeslagen (titel)" in dry.stdout
    assert "Regel 6: geweigerd. BSN voldoet niet aan de elfproef." in dry.stdout
    assert "Proefimport, niets opgeslagen: 3 nieuw, 0 aangevuld, 0 overgeslagen, 1 geweigerd." in (
        dry.stdout
    )
    assert "Zou worden aangemaakt: 3 cliënten, 3 routes." in dry.stdout
    assert "123456789" not in dry.stdout + dry.stderr
    assert client_count(store) == 0

    report = tmp_path / "verslag.xlsx"
    real = run_cli(*common, "import", str(sheet), "--report", str(report))
    assert real.returncode == 0, real.stderr
    assert "Import 1 opgeslagen: 3 nieuw" in real.stdout
    assert "3 cliënten, 3 routes" in real.stdout
    assert client_count(store) == 3

    from openpyxl import load_workbook

    book = load_workbook(report)
    fix = book["Te verbeteren"]
    assert [c.value for c in fix[1]][-1] == "Reden"
    assert [c.value for c in fix[2]][-1] == "BSN voldoet niet aan de elfproef."
    every = book["Alle regels"]
    outcomes = [(r[0].value, r[1].value) for r in every.iter_rows(min_row=2)]
    assert outcomes == [
        (4, "Geïmporteerd"),
        (5, "Geïmporteerd"),
        (6, "Geweigerd"),
        (7, "Geïmporteerd"),
    ]

    checked = run_cli("--store", str(store), "check")
    assert checked.returncode == 0, checked.stderr

    undo = run_cli(*common, "import-undo", "1")
    assert undo.returncode == 0, undo.stderr
    assert "Import 1 ongedaan gemaakt: 3 cliënten, 3 routes" in undo.stdout
    assert client_count(store) == 0
    assert run_cli("--store", str(store), "check").returncode == 0
    again = run_cli(*common, "import-undo", "1")
    assert again.returncode == 1
    assert again.stderr.strip() == "zkijdesk: Deze import is al ongedaan gemaakt."


def test_the_refused_rows_sheet_imports_once_fixed(tmp_path):
    """The report's first sheet is the file's own header: fix a row there, import it."""
    from openpyxl import load_workbook

    store = tmp_path / "s.db"
    assert run_cli("--store", str(store), "init", "--user", "c1").returncode == 0
    sheet = write_xlsx(tmp_path / "l.xlsx", [person(1), person(2, BSN="123456789")])
    common = ("--store", str(store), "--user", "c1")
    result = run_cli(*common, "import", str(sheet))
    assert result.returncode == 0, result.stderr
    report = tmp_path / "l-importverslag.xlsx"
    assert f"Verslag per regel: {report}" in result.stdout
    book = load_workbook(report)
    fix = book["Te verbeteren"]
    bsn_column = [c.value for c in fix[1]].index("BSN") + 1
    fix.cell(row=2, column=bsn_column, value=BSNS[3])
    book.save(report)
    second = run_cli(*common, "import", str(report), "--report", str(tmp_path / "r2.xlsx"))
    assert second.returncode == 0, second.stderr
    assert "1 nieuw, 0 aangevuld, 0 overgeslagen, 0 geweigerd" in second.stdout
    assert client_count(store) == 2


def test_template_imports_as_it_is_and_a_mapping_is_saved(tmp_path):
    store = tmp_path / "s.db"
    assert run_cli("--store", str(store), "init", "--user", "c1").returncode == 0
    template = tmp_path / "voorbeeld.xlsx"
    written = run_cli("import-template", str(template))
    assert written.returncode == 0, written.stderr
    mapping = tmp_path / "koppeling.json"
    result = run_cli(
        "--store",
        str(store),
        "--user",
        "c1",
        "import",
        str(template),
        "--save-mapping",
        str(mapping),
    )
    assert result.returncode == 0, result.stderr
    assert "2 nieuw, 0 aangevuld, 0 overgeslagen, 0 geweigerd" in result.stdout
    assert "1 scholingen, 1 plaatsingen, 2 contacten, 1 nieuwe werkgevers" in result.stdout
    assert "4 vaardigheden bij cliënten." in result.stdout
    assert "Contact 2 soort → Soort contact (contact 2)" in result.stdout
    assert '"Voornaam": "first_name"' in mapping.read_text(encoding="utf-8")
    again = run_cli(
        "--store",
        str(store),
        "--user",
        "c1",
        "import",
        str(template),
        "--mapping",
        str(mapping),
        "--dry-run",
    )
    assert "0 nieuw, 0 aangevuld, 2 overgeslagen, 0 geweigerd" in again.stdout
    employers = run_cli(
        "--store", str(store), "--user", "c1", "import", str(template), "--sheet", "Werkgevers"
    )
    assert employers.returncode == 0, employers.stderr
    assert "2 nieuw, 0 aangevuld, 0 overgeslagen, 0 geweigerd" in employers.stdout
    assert "1 nieuwe werkgevers" in employers.stdout
    assert "2 vacatures bij hun werkgevers, 1 contactpersonen." in employers.stdout
    assert "4 vaardigheden bij vacatures." in employers.stdout
    asked = read(
        store, select(m.VacancySkill.required, func.count()).group_by(m.VacancySkill.required)
    )
    assert dict(asked) == {True: 3, False: 1}  # the template's Gewenste vaardigheden


def test_a_bad_file_is_one_line_and_exit_1(tmp_path):
    store = tmp_path / "s.db"
    assert run_cli("--store", str(store), "init", "--user", "c1").returncode == 0
    bad = tmp_path / "lijst.xlsx"
    bad.write_text("dit is geen werkmap", encoding="utf-8")
    result = run_cli("--store", str(store), "--user", "c1", "import", str(bad))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "zkijdesk: lijst.xlsx is beschadigd of geen werkmap; open het in Excel of "
        "LibreOffice, sla het opnieuw op en probeer het nog eens."
    )
    assert client_count(store) == 0


def test_a_row_per_contact_moment_on_the_command_line(tmp_path):
    """--duplicates (skip, by default) is for duplicates; a row that repeats a client to
    add a contact joins it unless --choice says otherwise."""
    from sheets import HEADER

    store = tmp_path / "s.db"
    assert run_cli("--store", str(store), "init", "--user", "c1").returncode == 0
    header = [*HEADER, "Datum contact", "Verslag"]
    rows = [
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 1, 5), "Verslag": "een"}),
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 2, 5), "Verslag": "twee"}),
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 3, 5), "Verslag": "drie"}),
    ]
    sheet = write_xlsx(tmp_path / "momenten.xlsx", rows, header=header)
    result = run_cli(
        "--store", str(store), "--user", "c1", "import", str(sheet), "--choice", "6=overslaan"
    )
    assert result.returncode == 0, result.stderr
    assert "1 nieuw, 1 aangevuld, 1 overgeslagen, 0 geweigerd" in result.stdout
    assert "1 cliënten" in result.stdout and "2 contacten" in result.stdout
    assert client_count(store) == 1


def test_a_row_per_route_on_the_command_line(tmp_path):
    """A client's training on its first route, a second route, and a route inside the
    first that is refused: the dry run counts them, the import writes them, undo takes
    them out, and --choice skips the second route."""
    from sheets import HEADER

    store = tmp_path / "r.db"
    assert run_cli("--store", str(store), "init", "--user", "c1").returncode == 0
    header = [*HEADER, "Opleiding", "Aanbieder", "Datum contact"]
    first = {
        "Intakedatum": date(2025, 1, 6),
        "Afsluitdatum": date(2025, 6, 30),
        "Reden uitstroom": "werk",
    }
    rows = [
        person(1, BSN=BSNS[0], **first),
        person(1, BSN=BSNS[0], **first, Opleiding="VCA-basis", Aanbieder="Nova College"),
        person(1, BSN=BSNS[0], Intakedatum=date(2026, 1, 5), **{"Datum contact": date(2026, 2, 1)}),
        person(1, BSN=BSNS[0], Intakedatum=date(2025, 3, 1)),
    ]
    sheet = write_xlsx(tmp_path / "routes.xlsx", rows, header=header)
    common = ("--store", str(store), "--user", "c1")

    dry = run_cli(*common, "import", str(sheet), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert (
        "Regel 7: geweigerd. Intakedatum valt in de route van regel 4 met dezelfde cliënt; een "
        "volgende route begint op of na de afsluitdatum van de vorige."
    ) in dry.stdout
    assert "1 nieuw, 2 aangevuld, 0 overgeslagen, 1 geweigerd." in dry.stdout
    assert "Zou worden aangemaakt: 1 cliënt, 2 routes, 1 scholing, 1 contact." in dry.stdout

    real = run_cli(*common, "import", str(sheet))
    assert real.returncode == 0, real.stderr
    assert (
        "Import 1 opgeslagen: 1 nieuw, 2 aangevuld, 0 overgeslagen, 1 geweigerd; 1 cliënten, "
        "2 routes, 1 scholingen, 0 plaatsingen, 1 contacten"
    ) in real.stdout
    routes = read(
        store,
        select(m.Route.intake_date, m.Route.closed_on, func.count(m.Training.id))
        .outerjoin(m.Training, m.Training.route_id == m.Route.id)
        .group_by(m.Route.id, m.Route.intake_date, m.Route.closed_on)
        .order_by(m.Route.intake_date),
    )
    assert [tuple(r) for r in routes] == [
        (date(2025, 1, 6), date(2025, 6, 30), 1),
        (date(2026, 1, 5), None, 0),
    ]
    undo = run_cli(*common, "import-undo", "1")
    assert undo.returncode == 0, undo.stderr
    assert "1 cliënten, 2 routes, 1 scholingen en 0 plaatsingen verwijderd" in undo.stdout
    assert client_count(store) == 0

    skip = run_cli(*common, "import", str(sheet), "--choice", "6=overslaan")
    assert skip.returncode == 0, skip.stderr
    assert "1 nieuw, 1 aangevuld, 1 overgeslagen, 1 geweigerd; 1 cliënten, 1 routes" in (
        skip.stdout
    )
    assert run_cli("--store", str(store), "check").returncode == 0
