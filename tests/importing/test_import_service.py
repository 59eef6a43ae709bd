"""Importing messy sheets into a real store (encrypted SQLite and PostgreSQL): what
landed, field by field; what was refused, and that it left nothing behind."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from sheets import BSNS, HEADER, cache_formula_values, person, write_csv, write_ods, write_xlsx
from sqlalchemy import func, select, text

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError, StateError
from zkijdesk.services.clients import clean_client
from zkijdesk.services.dto import ClientInput
from zkijdesk.services.importing.plan import Action
from zkijdesk.services.importing.readers import ImportFileError
from zkijdesk.storage.store import check_store

TODAY = date(2026, 11, 15)
COUNTED = (
    m.Client,
    m.Route,
    m.Training,
    m.Placement,
    m.PlacementFollowUp,
    m.Employer,
    m.Vacancy,
    m.Activity,
    m.Task,
    m.ClientShare,
)


def counts(store) -> dict[str, int]:
    with store.read_session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }


def client_by_last_name(store, last_name: str) -> m.Client | None:
    with store.read_session() as s:
        return s.scalar(select(m.Client).where(m.Client.last_name == last_name))


def routes_of(store, client_id: int) -> list[m.Route]:
    with store.read_session() as s:
        return list(s.scalars(select(m.Route).where(m.Route.client_id == client_id)))


def test_a_messy_workbook_lands_field_by_field(tmp_path, services, do_import):
    rows = [
        person(1, BSN=int(BSNS[0]), Tel=612345678, Postcode="2011ab"),  # lost zeros
        person(2, **{"Geb.datum": "3-4-75", "BSN": BSNS[2], "Tel": "023-5112345"}),
        person(3, **{"Geb.datum": "1980-02-29", "Postcode": "2011 AB", "Tel": "+31 6 1234 5679"}),
        person(4, **{"Geb.datum": 27000, "Woonplaats gemeente": "IJmuiden", "Sector": "ICT"}),
        person(
            5,
            **{
                "Geb.datum": "12-10-1990",
                "Tussenv.": "van der",
                "Afsluitdatum": date(2025, 12, 1),
                "Reden uitstroom": "betaald werk",
                "Doelgroep": "Jongeren; deeltijders",
                "Uitkering": "bijstand",
                "Woonplaats gemeente": "GM0375",
                "_empty_after": True,
            },
        ),
    ]
    path = write_xlsx(tmp_path / "lijst.xlsx", rows)
    preview, result = do_import(path)

    assert [r.action for r in preview.rows] == [Action.CREATE] * 5, [
        r.problems for r in preview.rows
    ]
    assert result.counts["clients"] == 5 and result.counts["routes"] == 5
    # What the import keeps of a client is what the intake form's own check keeps.
    for plan in preview.rows:
        assert clean_client(ClientInput(**plan.client), TODAY) == plan.client
    one = client_by_last_name(services.store, "Achter1")
    assert one.bsn == BSNS[0]
    assert one.phone == "+31612345678"
    assert one.postcode == "2011 AB"
    assert one.birth_date == date(1971, 2, 2)
    assert one.client_number == f"ZK{one.id:07d}"
    assert one.import_batch_id == result.batch_id
    two = client_by_last_name(services.store, "Achter2")
    assert two.birth_date == date(1975, 4, 3)
    assert two.phone == "+31235112345"
    three = client_by_last_name(services.store, "Achter3")
    assert three.birth_date == date(1980, 2, 29)
    four = client_by_last_name(services.store, "Achter4")
    assert four.birth_date == date(1973, 12, 2)  # Excel serial 27000
    with services.store.read_session() as s:
        assert s.get(m.Municipality, four.municipality_id).name == "Velsen"
        assert s.get(m.Sector, four.sector_id).code == "TECH_ICT"
        five = s.scalar(select(m.Client).where(m.Client.last_name == "Achter5"))
        assert five.name_prefix == "van der"
        assert five.intake_status.value == "werkzoekend_bijstand"
        assert s.get(m.Municipality, five.municipality_id).name == "Beverwijk"
        tags = s.scalars(
            select(m.FocusTargetGroup.code)
            .join(m.ClientTargetGroup)
            .where(m.ClientTargetGroup.client_id == five.id)
        ).all()
        assert sorted(tags) == ["DEELTIJD", "JONG"]
    (route,) = routes_of(services.store, five.id)
    assert route.closed_on == date(2025, 12, 1)
    assert route.exit_reason.value == "werk"
    assert route.coach_id == services.actor.user_id
    assert route.import_batch_id == result.batch_id
    # The coach sees what they imported, in their own list.
    assert services.clients.count() == 5


def test_title_rows_empty_rows_and_the_totals_row_are_left_out(tmp_path, importer):
    path = write_xlsx(tmp_path / "t.xlsx", [person(1), person(2, _empty_after=True), person(3)])
    table = importer.table(importer.open(path))
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [4, 5, 7]
    assert (1, "titel") in table.left_out
    assert (8, "totaal") in table.left_out


def test_a_refused_row_never_half_lands(tmp_path, services, do_import):
    """A good client with a bad route, training or placement is refused whole."""
    rows = [
        person(1),
        person(2, Intakedatum="31-02-2025"),  # the route's date is impossible
        person(3, Afsluitdatum=date(2024, 1, 1)),  # closed before intake, no reason
        person(4, BSN="123456789"),  # fails the eleven-test
        person(5, Voornaam="Ann\u202eA"),  # bidirectional control character
        person(6, Sector="Ruimtevaart"),  # a sector nobody knows
    ]
    before = counts(services.store)
    preview, _ = do_import(write_xlsx(tmp_path / "r.xlsx", rows))
    by_row = {r.number: r for r in preview.rows}
    sentences = {n: [s for _, s in r.problems] for n, r in by_row.items()}
    assert by_row[4].action is Action.CREATE
    assert "Intakedatum is geen geldige datum; gebruik dd-mm-jjjj." in sentences[5]
    assert "Afsluitdatum mag niet vóór de intakedatum liggen." in sentences[6]
    assert "Kies een reden uitstroom." in sentences[6]
    assert "BSN voldoet niet aan de elfproef." in sentences[7]
    assert sentences[8] == [
        "Voornaam bevat een onzichtbaar teken dat de leesrichting van de tekst verandert; "
        "verwijder het en probeer het opnieuw."
    ]
    assert sentences[9] == ["Sector “Ruimtevaart” kent zkijdesk niet."]
    assert all("123456789" not in s for s in sentences[7])
    after = counts(services.store)
    assert after["client"] == before["client"] + 1
    assert after["route"] == before["route"] + 1
    for last in ("Achter2", "Achter3", "Achter4", "Achter5", "Achter6"):
        assert client_by_last_name(services.store, last) is None


def test_steps_land_with_their_route_and_a_new_employer(tmp_path, services, do_import):
    header = [
        "Naam",
        "Geboortedatum",
        "Status",
        "Intakedatum",
        "Opleiding",
        "Aanbieder",
        "Resultaat",
        "Start scholing",
        "Einde scholing",
        "Werkgever",
        "Datum plaatsing",
        "Uren",
        "Contract",
        "Laatste contact",
        "Soort contact",
        "Verslag",
    ]
    rows = [
        {
            "Naam": "Jan van den Berg",
            "Geboortedatum": "1-2-1980",
            "Status": "WW",
            "Intakedatum": "2025-01-06",
            "Opleiding": "VCA-basis",
            "Aanbieder": "Nova College",
            "Resultaat": "behaald",
            "Start scholing": "13-1-2025",
            "Einde scholing": "31-1-2025",
            "Werkgever": "Tata Steel",
            "Datum plaatsing": "3-3-2025",
            "Uren": 32,
            "Contract": "tijdelijk",
            "Laatste contact": "10-03-2025",
            "Soort contact": "gebeld",
            "Verslag": "Start goed; na de zomer bellen.",
        },
        {
            "Naam": "Els Vos",
            "Geboortedatum": "2-2-1982",
            "Status": "bijstand",
            "Intakedatum": "2026-06-01",
            "Werkgever": "tata steel",
            "Datum plaatsing": "1-10-2026",
            "Uren": "24",
            "Contract": "vast",
        },
    ]
    _, result = do_import(write_xlsx(tmp_path / "s.xlsx", rows, header=header, totals=False))
    assert result.counts == {
        "clients": 2,
        "updated": 0,
        "routes": 2,
        "trainings": 1,
        "placements": 2,
        "employers": 1,  # "Tata Steel" and "tata steel" are one employer
        "contacts": 1,
        "skills": 0,
        "follow_up_tasks": 3,  # Els's follow-ups are still to come; Jan's are past
        "tags": 0,
    }
    client = client_by_last_name(services.store, "Berg")
    assert (client.first_name, client.name_prefix) == ("Jan", "van den")
    (route,) = routes_of(services.store, client.id)
    with services.store.read_session() as s:
        training = s.scalar(select(m.Training).where(m.Training.route_id == route.id))
        assert (training.title, training.provider, training.result.value) == (
            "VCA-basis",
            "Nova College",
            "behaald",
        )
        assert (training.actual_start, training.actual_end) == (
            date(2025, 1, 13),
            date(2025, 1, 31),
        )
        placement = s.scalar(select(m.Placement).where(m.Placement.route_id == route.id))
        assert placement.hours_per_week == 32
        assert placement.contract_type.value == "bepaalde_tijd"
        assert s.get(m.Employer, placement.employer_id).name == "Tata Steel"
        months = s.scalars(
            select(m.PlacementFollowUp.months).where(
                m.PlacementFollowUp.placement_id == placement.id
            )
        ).all()
        assert sorted(months) == [3, 6, 12]
        contact = s.scalar(select(m.Activity).where(m.Activity.client_id == client.id))
        assert (contact.kind.value, contact.occurred_on, contact.note) == (
            "telefoon",
            date(2025, 3, 10),
            "Start goed; na de zomer bellen.",
        )
        assert contact.route_id == route.id and contact.import_batch_id == result.batch_id
        els = s.scalar(select(m.Client).where(m.Client.last_name == "Vos"))
        tasks = s.scalars(
            select(m.Task.due_date).where(m.Task.client_id == els.id).order_by(m.Task.due_date)
        ).all()
        assert tasks == [date(2027, 1, 1), date(2027, 4, 1), date(2027, 10, 1)]


def test_undo_restores_the_counts_and_check_passes(tmp_path, services, do_import, importer):
    services.clients.intake(
        __import__("zkijdesk.services.dto", fromlist=["ClientInput"]).ClientInput(
            first_name="Eerder",
            last_name="Bestaand",
            birth_date="1-1-1980",
            intake_status="werkend",
        )
    )
    before = counts(services.store)
    rows = [person(i, BSN=BSNS[i]) for i in range(1, 5)]
    rows[0].update(
        {
            "Werkgever": "Nieuw BV",
            "Datum plaatsing": date(2026, 10, 1),
            "Uren": 20,
            "Datum contact": date(2026, 10, 2),
            "Soort contact": "mail",
        }
    )
    header = [*HEADER, "Werkgever", "Datum plaatsing", "Uren", "Datum contact", "Soort contact"]
    _, result = do_import(write_xlsx(tmp_path / "u.xlsx", rows, header=header))
    assert result.counts["contacts"] == 1 and result.counts["follow_up_tasks"] == 3
    assert counts(services.store)["client"] == before["client"] + 4
    undone = importer.undo(result.batch_id)
    assert undone["clients"] == 4 and undone["routes"] == 4
    assert counts(services.store) == before
    assert check_store(services.store).ok
    with pytest.raises(StateError, match="al ongedaan"):
        importer.undo(result.batch_id)
    with services.store.read_session() as s:
        details = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.object_type == "import_batch")
        ).all()
    assert details[0].startswith("rows=4;imported=4;refused=0;skipped=0;")
    assert all("Achter" not in d and BSNS[1] not in d for d in details)


def test_undo_is_refused_once_someone_built_on_the_batch(tmp_path, services, do_import, importer):
    from zkijdesk.services import dto

    _, result = do_import(write_xlsx(tmp_path / "b.xlsx", [person(1), person(2)]))
    client = client_by_last_name(services.store, "Achter1")
    view = services.clients.get(client.id)
    services.clients.update(
        client.id, dto.ClientInput(**{**importer_input(view), "email": "nieuw@example.nl"})
    )
    with pytest.raises(StateError, match="1 gegevens uit deze import"):
        importer.undo(result.batch_id)
    assert client_by_last_name(services.store, "Achter2") is not None
    other = client_by_last_name(services.store, "Achter2")
    services.activities.record_contact(other.id, "telefoon", date(2026, 11, 1))
    with pytest.raises(StateError, match="2 gegevens uit deze import"):
        importer.undo(result.batch_id)


def importer_input(view) -> dict:
    return {
        "first_name": view.first_name,
        "last_name": view.last_name,
        "birth_date": view.birth_date,
        "intake_status": view.intake_status,
        "municipality_id": view.municipality_id,
        "sector_id": view.sector_id,
    }


def test_duplicates_in_the_file_and_in_the_store_get_a_choice(tmp_path, services, do_import):
    from zkijdesk.services import dto

    services.clients.intake(
        dto.ClientInput(
            first_name="Voornaam1",
            last_name="Achter1",
            birth_date=date(1971, 2, 2),
            intake_status="werkend",
        )
    )
    rows = [
        person(1, BSN=BSNS[1], Tel="0612345678"),  # same name and birth date as the store's
        person(2, BSN=BSNS[2]),
        person(3, BSN=BSNS[2]),  # same BSN as row 5
        # Row 5's name, birth date and route again: a plain repeat (another intake date
        # would make it the client's next route).
        person(
            4,
            Voornaam="Voornaam2",
            Achternaam="Achter2",
            Intakedatum=person(2)["Intakedatum"],
            **{"Geb.datum": date(1972, 3, 3)},
        ),
    ]
    preview, result = do_import(write_xlsx(tmp_path / "d.xlsx", rows), choices={4: "aanvullen"})
    by_row = {r.number: r for r in preview.rows}
    assert by_row[4].action is Action.UPDATE
    assert by_row[5].action is Action.CREATE
    assert by_row[6].action is Action.SKIP
    assert by_row[6].duplicate.sentence() == "Regel 5 van dit bestand heeft dit BSN ook."
    assert by_row[7].action is Action.SKIP
    assert by_row[7].duplicate.reason == "name_birth_date"
    existing = client_by_last_name(services.store, "Achter1")
    assert existing.bsn == BSNS[1] and existing.phone == "+31612345678"
    assert existing.import_batch_id is None
    assert len(routes_of(services.store, existing.id)) == 1
    with services.store.read_session() as s:
        assert s.scalar(select(func.count()).where(m.Client.last_name == "Achter2")) == 1
    assert result.counts["updated"] == 1


def test_formulas_give_their_cached_value_and_formula_text_stays_text(
    tmp_path, services, do_import
):
    rows = [
        person(1, Achternaam='=HYPERLINK("http://x.example","klik")'),
        person(2, Achternaam="+Plus", Voornaam="@Apenstaart"),
        person(3, Achternaam="-Min"),
        person(4, _formula=("Achternaam", '=CONCATENATE("Jans","sen")')),
        person(5, _formula=("Voornaam", "=1+1")),  # no cached value: read as empty
    ]

    def formulas(cell, name, row):
        if row.get("_formula", (None,))[0] == name:
            cell.value = row["_formula"][1]

    path = write_xlsx(tmp_path / "f.xlsx", rows, totals=False, cell_hook=formulas)
    cache_formula_values(path, {"C7": ("str", "Janssen")})
    preview, _ = do_import(path)
    by_row = {r.number: r for r in preview.rows}
    assert by_row[8].action is Action.REFUSE
    assert [s for _, s in by_row[8].problems] == ["Voornaam is verplicht."]
    assert client_by_last_name(services.store, "Janssen") is not None
    # Text that looks like a formula is stored as typed, as text.
    for last in ('=HYPERLINK("http://x.example","klik")', "+Plus", "-Min"):
        assert client_by_last_name(services.store, last) is not None
    assert client_by_last_name(services.store, "+Plus").first_name == "@Apenstaart"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [("utf-8", ";", True), ("utf-8", ",", False), ("cp1252", ";", False)],
)
def test_csv_variants(tmp_path, services, do_import, encoding, delimiter, bom):
    rows = [
        person(1, Achternaam="Çelik-Müller", BSN=BSNS[0][1:], Tel="06 12345678"),
        person(2, Achternaam="Jansen, de", Postcode="1971aa"),
    ]
    path = write_csv(tmp_path / "e.csv", rows, delimiter=delimiter, encoding=encoding, bom=bom)
    preview, _ = do_import(path)
    assert [r.action for r in preview.rows] == [Action.CREATE, Action.CREATE], preview.rows
    first = client_by_last_name(services.store, "Çelik-Müller")
    assert first.bsn == BSNS[0]  # an eight-digit BSN in a CSV lost its zero
    assert first.birth_date == date(1971, 2, 2)
    assert client_by_last_name(services.store, "Jansen, de").postcode == "1971 AA"


def test_an_ods_sheet(tmp_path, services, do_import):
    path = write_ods(tmp_path / "l.ods", [person(1, BSN=BSNS[3]), person(2)])
    _, result = do_import(path)
    assert result.counts["clients"] == 2
    assert client_by_last_name(services.store, "Achter1").bsn == BSNS[3]
    assert client_by_last_name(services.store, "Achter2").birth_date == date(1972, 3, 3)


def test_choosing_a_sheet(tmp_path, importer):
    path = write_xlsx(tmp_path / "w.xlsx", [person(1)], extra_sheets=("Werkgevers",))
    source = importer.open(path)
    assert importer.sheets(source) == ["Cliënten", "Werkgevers"]
    with pytest.raises(
        ImportFileError, match=re.escape("Het werkblad Vacatures staat niet in w.xlsx.")
    ):
        importer.table(source, "Vacatures")


def test_bad_files_get_one_sentence(tmp_path, importer):
    corrupt = tmp_path / "kapot.xlsx"
    good = write_xlsx(tmp_path / "goed.xlsx", [person(1)])
    corrupt.write_bytes(good.read_bytes()[:700])
    with pytest.raises(
        ImportFileError, match=re.escape("kapot.xlsx is beschadigd of geen werkmap")
    ):
        importer.table(importer.open(corrupt))
    picture = tmp_path / "foto.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(ImportFileError, match=re.escape("foto.xlsx is beschadigd of geen werkmap")):
        importer.open(picture)
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(ImportFileError, match=re.escape("brief.pdf is geen spreadsheet")):
        importer.open(pdf)
    # What an Excel file with a password is: an OLE container with EncryptionInfo.
    locked = tmp_path / "geheim.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    )
    with pytest.raises(
        ImportFileError, match=re.escape("geheim.xlsx is beveiligd met een wachtwoord")
    ):
        importer.open(locked)
    binary = tmp_path / "data.csv"
    binary.write_bytes(b"abc\x00\x01\x02" * 50)
    with pytest.raises(ImportFileError, match=re.escape("data.csv is geen spreadsheet")):
        importer.open(binary)


def test_a_sheet_of_200000_rows_is_refused_before_anything_is_checked(tmp_path, importer):
    path = tmp_path / "groot.csv"
    lines = ["Voornaam;Achternaam;Geboortedatum"]
    lines += [f"V{i};A{i};1-1-1980" for i in range(200_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"meer dan 100\.000 regels; splits het"):
        importer.table(importer.open(path))


def test_a_workbook_of_200000_rows_is_refused_in_one_sentence(tmp_path, importer):
    """A real XLSX of 200,000 rows: its sheet XML is written directly, as openpyxl would
    take minutes."""
    import zipfile

    small = write_xlsx(tmp_path / "klein.xlsx", [person(1)], title=None, totals=False)
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>V{r}</t></is></c>'
        f'<c r="B{r}" t="inlineStr"><is><t>A{r}</t></is></c></row>'
        for r in range(2, 200_002)
    )
    big = tmp_path / "groot.xlsx"
    with zipfile.ZipFile(small) as zin, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.namelist():
            data = zin.read(item)
            if item == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                header = xml[xml.index("<sheetData>") + 11 : xml.index("</row>") + 6]
                start, end = xml.index("<sheetData>"), xml.index("</sheetData>")
                xml = xml[:start] + "<sheetData>" + header + rows + xml[end:]
                xml = xml.replace('<dimension ref="A1:P2"', '<dimension ref="A1:P200001"')
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    with pytest.raises(
        ImportFileError,
        match=re.escape(
            "Het werkblad Cliënten heeft meer dan 100.000 regels; splits het in delen van "
            "hoogstens 100.000 regels en importeer ze na elkaar."
        ),
    ):
        importer.table(importer.open(big))


def test_a_file_changed_after_its_preview_is_not_imported(tmp_path, importer):
    path = write_xlsx(tmp_path / "c.xlsx", [person(1)])
    source = importer.open(path)
    write_xlsx(path, [person(1), person(2)])
    with pytest.raises(ImportFileError, match=re.escape("c.xlsx is gewijzigd sinds de controle")):
        importer.still_the_same(path, source)


def test_a_saved_mapping_maps_next_months_sheet(tmp_path, services, importer, do_import):
    from zkijdesk.services.importing.mapping import load_mapping

    header = ["Roepnaam", "Fam.naam", "Geboren op", "Situatie", "Branche"]
    rows = [
        {
            "Roepnaam": "Els",
            "Fam.naam": "Vos",
            "Geboren op": "2-2-1982",
            "Situatie": "PW",
            "Branche": "Kinderopvang",
        },
    ]
    path = write_xlsx(tmp_path / "m.xlsx", rows, header=header, totals=False, title=None)
    source = importer.open(path)
    table = importer.table(source)
    mapping = importer.suggest(table)
    assert 1 not in mapping.columns and 2 not in mapping.columns  # not known headers
    mapping.columns.update({1: "last_name", 2: "birth_date"})
    mapping.values["sector"] = {"kinderopvang": "ZW"}
    saved = tmp_path / "koppeling.json"
    saved.write_text(mapping.to_json(table.headers), encoding="utf-8")
    again = load_mapping(saved, table.headers)
    assert again.columns == mapping.columns
    _, result = do_import(path, mapping=importer.suggest(table, saved))
    assert result.counts["clients"] == 1
    client = client_by_last_name(services.store, "Vos")
    with services.store.read_session() as s:
        assert s.get(m.Sector, client.sector_id).code == "ZW"
    assert client.intake_status.value == "werkzoekend_bijstand"


def test_only_coaches_and_team_leads_import(people, tmp_path):
    from zkijdesk.services.importing.service import ImportService

    service = ImportService(people.admin.store, people.admin.actor)
    path = write_xlsx(tmp_path / "a.xlsx", [person(1)])
    source = service.open(path)
    table = service.table(source)
    with pytest.raises(PermissionDeniedError):
        service.preview(source, table, service.suggest(table))


def test_only_the_importer_undoes(people, tmp_path):
    from zkijdesk.services.importing.service import ImportService

    anna = ImportService(people.anna.store, people.anna.actor, lambda: date(2026, 11, 15))
    bram = ImportService(people.bram.store, people.bram.actor, lambda: date(2026, 11, 15))
    path = write_xlsx(tmp_path / "a.xlsx", [person(1)])
    source = anna.open(path)
    table = anna.table(source)
    result = anna.run(source, anna.preview(source, table, anna.suggest(table)))
    with pytest.raises(PermissionDeniedError, match="Alleen wie de import heeft gedaan"):
        bram.undo(result.batch_id)
    assert isinstance(datetime.now(), datetime)


def test_a_cancelled_import_writes_nothing(tmp_path, services, importer):
    from zkijdesk.services.importing.write import ImportCancelledError

    path = write_xlsx(tmp_path / "c.xlsx", [person(i) for i in range(1, 4)])
    source = importer.open(path)
    table = importer.table(source)
    preview = importer.preview(source, table, importer.suggest(table))
    before = counts(services.store)
    with pytest.raises(ImportCancelledError, match="er is niets opgeslagen"):
        importer.run(source, preview, cancelled=lambda: True)
    assert counts(services.store) == before
    with services.store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.ImportBatch)) == 0


def test_a_sheet_of_employers_and_vacancies(tmp_path, services, do_import, importer):
    services.employers.create_employer("Spaarne Gasthuis", kvk_number="34567890")
    header = ["Werkgever", "KvK", "Sector", "Vestigingsplaats", "Functie", "Uren", "Datum open"]
    rows = [
        {
            "Werkgever": "Zorgbalans",
            "KvK": "12345678",
            "Sector": "Zorg",
            "Vestigingsplaats": "Haarlem",
            "Functie": "Verzorgende IG",
            "Uren": 24,
            "Datum open": date(2026, 10, 1),
        },
        {
            "Werkgever": "Zorgbalans",
            "KvK": "1234 5678",
            "Functie": "Helpende",
            "Uren": "32",
            "Datum open": "1-11-2026",
        },
        {"Werkgever": "spaarne gasthuis"},
        {"Werkgever": "Kapot BV", "KvK": "123"},
        {"Werkgever": "Zonder Uren", "Functie": "Monteur"},
        {"Werkgever": "Tata Steel", "Sector": "Techniek", "Functie": "Operator", "Uren": 36},
    ]
    path = write_xlsx(tmp_path / "wsp.xlsx", rows, header=header, totals=False)
    source = importer.open(path)
    table = importer.table(source)
    mapping = importer.suggest(table)
    assert mapping.columns[3] == "municipality"
    preview = importer.preview(source, table, mapping)
    by_row = {r.number: r for r in preview.rows}
    assert [by_row[n].action for n in range(4, 10)] == [
        Action.CREATE,
        Action.CREATE,
        Action.SKIP,
        Action.REFUSE,
        Action.REFUSE,
        Action.CREATE,
    ]
    assert by_row[6].duplicate.sentence() == "Deze werkgever staat al in zkijdesk."
    assert [s for _, s in by_row[7].problems] == ["KvK-nummer moet uit 8 cijfers bestaan."]
    assert [s for _, s in by_row[8].problems] == ["Uren per week is verplicht."]
    before = counts(services.store)
    result = importer.run(source, preview)
    assert (result.counts["employers"], result.counts["vacancies"]) == (2, 3)
    with services.store.read_session() as s:
        zorg = s.scalar(select(m.Employer).where(m.Employer.kvk_number == "12345678"))
        assert zorg.name == "Zorgbalans" and s.get(m.Sector, zorg.sector_id).code == "ZW"
        assert s.get(m.Municipality, zorg.municipality_id).name == "Haarlem"
        jobs = s.scalars(select(m.Vacancy.occupation).where(m.Vacancy.employer_id == zorg.id)).all()
        assert sorted(jobs) == ["Helpende", "Verzorgende IG"]
        operator = s.scalar(select(m.Vacancy).where(m.Vacancy.occupation == "Operator"))
        assert operator.opened_on == TODAY and operator.status.value == "open"
    importer.undo(result.batch_id)
    assert counts(services.store) == before
    assert [e.name for e in services.employers.employers()] == ["Spaarne Gasthuis"]


@pytest.mark.postgres
def test_after_an_import_postgresql_plans_with_the_new_sizes(tmp_path, services, do_import):
    """A move-in multiplies the tables' sizes: the planner gets fresh statistics at once
    rather than at autovacuum's next visit (issue 17)."""
    if services.store.is_sqlite:
        pytest.skip("statistics after a bulk load are PostgreSQL's concern here")
    _, result = do_import(write_xlsx(tmp_path / "l.xlsx", [person(1), person(2)]))
    assert result.counts["clients"] == 2
    with services.store.engine.connect() as conn:
        analyzed = conn.execute(
            text(
                "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() "
                "AND relname IN ('client', 'route', 'client_skill') "
                "AND last_analyze IS NOT NULL AND last_vacuum IS NOT NULL"
            )
        ).scalars()
        assert set(analyzed) == {"client", "route", "client_skill"}


def test_a_colleagues_client_in_the_file_is_named_by_no_number(people, tmp_path):
    """Anna's preview of a row with Bram's client's BSN said "Er bestaat al een cliënt
    met dit BSN (cliëntnummer ZK…)": a colleague's file, which she may not open, named.
    Now it says a colleague has the person; the number of her own client still shows."""
    from zkijdesk.services.importing.service import ImportService

    today = date(2026, 11, 15)
    theirs = people.bram.clients.intake(
        ClientInput(
            first_name="Vera",
            last_name="Verborgen",
            birth_date=date(1980, 3, 4),
            bsn=BSNS[0],
            intake_status="werkzoekend_ww",
        )
    ).client
    mine = people.anna.clients.intake(
        ClientInput(
            first_name="Eva",
            last_name="Eigen",
            birth_date=date(1981, 4, 5),
            bsn=BSNS[1],
            intake_status="werkzoekend_ww",
        )
    ).client
    anna = ImportService(people.anna.store, people.anna.actor, lambda: today)
    path = write_xlsx(tmp_path / "b.xlsx", [person(1, BSN=BSNS[0]), person(2, BSN=BSNS[1])])
    source = anna.open(path)
    table = anna.table(source)
    preview = anna.preview(source, table, anna.suggest(table))
    said = {
        r.number: " ".join(str(p) for _f, p in r.problems) or str(r.duplicate.sentence())
        for r in preview.rows
        if r.duplicate is not None
    }
    assert len(said) == 2, said
    colleague, own = (said[n] for n in sorted(said))
    assert theirs.client_number not in colleague
    assert colleague.startswith("Dit BSN hoort al bij een cliënt in het dossier van een collega")
    assert f"(cliëntnummer {mine.client_number})" in own
