"""The import wizard on encrypted SQLite and on PostgreSQL, driven as a coach drives it.

A messy sheet goes through every step with real widgets; what landed is read back
field by field with SQLAlchemy (not through the wizard or the services that wrote
it), and undo through the wizard brings the store back to the counts before. The
value step (a sheet's own words for sectors, places and coaches) is saved in the
mapping and used again; the bulk choice for duplicates reaches rows the table does
not list; a write stopped halfway leaves the store as it was.
"""

from __future__ import annotations

import json
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from landed import counts, person_fields
from sheets import BSNS, person, write_xlsx
from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.views.itemmodels.rows import IdRole

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "views"))
from gui_support import TODAY, context_for, settle, shoot, themed_app

EXCEL_EPOCH = date(1899, 12, 30)
#: Every table an import writes to, or that a stopped write could leave half filled.
WRITTEN = (m.ImportBatch, m.Client, m.ClientTargetGroup, m.Route, m.Activity, m.Task)


@pytest.fixture(scope="module", autouse=True)
def _themed_app(qapp):
    with themed_app(qapp):
        yield qapp


@pytest.fixture
def team(store):
    """Anna and Bram, coaches, and the admin who made them, on SQLite or PostgreSQL."""
    from zkijdesk.services.users import actor_for, create_user

    create_user(store, "beheer", "Beheerder", "admin")
    admin = actor_for(store, "beheer")
    create_user(store, "anna", "Anna de Vries", "coach", actor=admin)
    create_user(store, "bram", "Bram Jansen", "coach", actor=admin)
    return store


@pytest.fixture
def window(qtbot, team):
    from zkijdesk.views.main_window import MainWindow

    win = MainWindow("")
    qtbot.addWidget(win)
    win.resize(1360, 840)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.usable, timeout=20_000):
        win.attach(context_for(team, "anna"), team, store_name="toets", is_demo=False)
    qtbot.waitUntil(lambda: win._ref_loaded, timeout=20_000)
    yield win
    win.runner.wait()
    win.store = None  # the store fixture closes it


def open_wizard(qtbot, window):
    window.act_import.trigger()
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    return wizard


def ready(wizard, step: str) -> bool:
    return wizard.step == step and wizard.next_button.isEnabled() and not wizard.busy


def to_columns(qtbot, wizard, path: Path) -> None:
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: ready(wizard, "columns"), timeout=20_000)


def to_values(qtbot, wizard) -> None:
    wizard.next_button.click()
    qtbot.waitUntil(lambda: ready(wizard, "values"), timeout=20_000)


def to_preview(qtbot, wizard) -> None:
    """From the values step to a preview of the whole file ("Importeren" usable)."""
    wizard.next_button.click()
    qtbot.waitUntil(
        lambda: wizard.step == "preview" and wizard.preview.complete and not wizard.busy,
        timeout=30_000,
    )


def write_and_wait(qtbot, wizard) -> None:
    assert wizard.next_button.text() == "Importeren" and wizard.next_button.isEnabled()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.step == "done", timeout=30_000)


def table_counts(store) -> dict[str, int]:
    with store.read_session() as s:
        found = {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in WRITTEN
        }
    return {**counts(store), **found}


def value_rows(wizard) -> dict[tuple[str, str], object]:
    """(field, word in the sheet) -> its choice box on the values step."""
    table, model = wizard.values_table, wizard.values_model
    return {
        (model.index(r, 0).data(), model.index(r, 1).data()): table.indexWidget(model.index(r, 3))
        for r in range(model.rowCount())
    }


def pick(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def reasons(wizard) -> dict[int, str]:
    model = wizard.preview_model
    rows = range(model.rowCount())
    return {model.index(r, 0).data(IdRole): model.index(r, 3).data() for r in rows}


def landed(store, last_name: str) -> dict:
    """A client and its route as the store has them, read with SQLAlchemy."""
    with store.read_session() as s:
        client = s.scalar(select(m.Client).where(m.Client.last_name == last_name))
        assert client is not None, last_name
        (route,) = s.scalars(select(m.Route).where(m.Route.client_id == client.id)).all()
        groups = s.scalars(
            select(m.FocusTargetGroup.code)
            .join(m.ClientTargetGroup)
            .where(m.ClientTargetGroup.client_id == client.id)
        ).all()
        return {
            **person_fields(s, client, route),
            "groups": sorted(groups),
            "coach": s.get(m.User, route.coach_id).username,
            "batch": (client.import_batch_id, route.import_batch_id),
        }


def messy_rows() -> list[dict]:
    """Rows as a team's own sheet has them: a BSN that lost its leading zero, phone
    numbers in three notations, postcodes in lower case and without a space, dates as
    real dates, as text (two-digit years, ISO) and as Excel serial numbers, a place
    name that is not a municipality, CBS codes with and without GM, common words for
    sector, status and target groups, coaches by name and by username."""
    return [
        person(
            1,
            Voornaam="Fatima",
            Achternaam="Amrani",
            BSN=int(BSNS[0]),  # 012345672 as a number: the leading zero is gone
            Tel=612345678,
            Postcode="2011ab",
            **{
                "Tussenv.": "el",
                "Geb.datum": date(1988, 3, 14),
                "E-mail": "  fatima.amrani@example.nl ",
                "Woonplaats gemeente": "IJmuiden",
                "Sector": "ICT",
                "Doelgroep": "Jongeren; deeltijders",
                "Intakedatum": "5-1-26",
                "Coach": "Anna de Vries",
            },
        ),
        person(
            2,
            Voornaam="Pieter",
            Achternaam="Berg",
            BSN=BSNS[2],
            Tel="023-5112345",
            Postcode="2011 AB",
            **{
                "Tussenv.": "van den",
                "Geb.datum": "3-4-75",
                "Woonplaats gemeente": "GM0375",
                "Uitkering": "bijstand",
                "Sector": "Zorg",
                "Intakedatum": "2025-09-01",
                "Coach": "bram",
                "Afsluitdatum": "31-12-2025",
                "Reden uitstroom": "betaald werk",
            },
        ),
        person(
            3,
            Voornaam="Sanne",
            Achternaam="Vries",
            Tel="+31 6 1234 5679",
            Postcode="1971 aa",
            **{
                "Tussenv.": "de",
                "Geb.datum": (date(1982, 6, 5) - EXCEL_EPOCH).days,  # an Excel serial
                "Woonplaats gemeente": "392",
                "Uitkering": "wajong",
                "Sector": "Onderwijs",
                "Intakedatum": date(2026, 2, 2),
            },
        ),
        person(4, Achternaam="Geweigerd", BSN="123456789"),  # fails the eleven-test
    ]


def test_a_messy_sheet_lands_field_by_field_and_undo_restores_the_counts(
    qtbot, window, team, tmp_path
):
    path = write_xlsx(tmp_path / "caseload.xlsx", messy_rows())
    before = table_counts(team)
    wizard = open_wizard(qtbot, window)
    to_columns(qtbot, wizard, path)
    to_values(qtbot, wizard)
    # Every word of the coded columns was understood: nothing to choose.
    assert wizard.values_intro.text().startswith(
        "zkijdesk kent alle woorden in de kolommen met vaste waarden."
    )
    words = value_rows(wizard)
    assert words[("Sector", "ICT")].currentText() == "ICT & digitaal"
    assert words[("Gemeente", "IJmuiden")].currentText() == "Velsen"
    assert words[("Coach", "bram")].currentText() == "Bram Jansen"
    assert words[("Focusdoelgroep", "deeltijders")].currentText() != ""
    to_preview(qtbot, wizard)
    assert wizard.preview_summary.text().startswith("3 nieuw, 0 aanvullen, 0 overslaan, 1 gew")
    assert reasons(wizard)[7] == "BSN voldoet niet aan de elfproef."
    assert table_counts(team) == before  # the preview wrote nothing
    write_and_wait(qtbot, wizard)
    batch = wizard.written.batch_id
    assert "3 nieuwe cliënten" in wizard.done_label.text()

    assert landed(team, "Amrani") == {
        "name": ("Fatima", "el", "Amrani"),
        "bsn": BSNS[0],
        "birth_date": date(1988, 3, 14),
        "postcode": "2011 AB",
        "phone": "+31612345678",
        "email": "fatima.amrani@example.nl",
        "municipality": "Velsen",
        "sector": "TECH_ICT",
        "status": "werkzoekend_ww",
        "groups": ["DEELTIJD", "JONG"],
        "intake": date(2026, 1, 5),
        "closed": (None, None),
        "coach": "anna",
        "batch": (batch, batch),
    }
    assert landed(team, "Berg") == {
        "name": ("Pieter", "van den", "Berg"),
        "bsn": BSNS[2],
        "birth_date": date(1975, 4, 3),
        "postcode": "2011 AB",
        "phone": "+31235112345",
        "email": None,
        "municipality": "Beverwijk",
        "sector": "ZW",
        "status": "werkzoekend_bijstand",
        "groups": [],
        "intake": date(2025, 9, 1),
        "closed": (date(2025, 12, 31), "werk"),
        "coach": "bram",
        "batch": (batch, batch),
    }
    assert landed(team, "Vries") == {
        "name": ("Sanne", "de", "Vries"),
        "bsn": None,
        "birth_date": date(1982, 6, 5),
        "postcode": "1971 AA",
        "phone": "+31612345679",
        "email": None,
        "municipality": "Haarlem",
        "sector": "OND",
        "status": "werkzoekend_wia_wajong",
        "groups": [],
        "intake": date(2026, 2, 2),
        "closed": (None, None),
        "coach": "anna",  # an empty Coach column: the importer's own file
        "batch": (batch, batch),
    }
    after = table_counts(team)
    assert after["client"] == before["client"] + 3
    assert after["import_batch"] == before["import_batch"] + 1

    wizard.undo_button.click()
    settle(qtbot, wizard.ws.runner)  # the undo runs on the writer
    assert wizard.banner.text.text() == (
        "De import is ongedaan gemaakt; de opslag is weer zoals ervoor."
    )
    undone = table_counts(team)
    assert {k: v for k, v in undone.items() if k != "import_batch"} == {
        k: v for k, v in before.items() if k != "import_batch"
    }
    with team.read_session() as s:  # the batch stays, marked undone, for the audit
        assert s.get(m.ImportBatch, batch).undone_at is not None
    from zkijdesk.storage.store import check_store

    assert check_store(team).ok
    wizard.close()


def test_the_sheets_own_words_are_chosen_saved_and_used_again(qtbot, window, team, tmp_path):
    """ "Zorgg", "Kinderopvang", "Hlm" and the coach "JdV" are not zkijdesk's words: the
    values step names them, the user picks what they mean, the mapping keeps it, and
    next month's sheet of the same system reads them without asking."""
    rows = [
        person(1, Sector="Zorgg", Coach="JdV", **{"Woonplaats gemeente": "Hlm"}),
        person(2, Sector="Kinderopvang", Coach="BJ"),
        person(3, Sector="Zorg", Coach="Anna de Vries"),
        person(4, Sector="Ruimtevaart"),
    ]
    path = write_xlsx(tmp_path / "oud-systeem.xlsx", rows)
    wizard = open_wizard(qtbot, window)
    to_columns(qtbot, wizard, path)
    to_values(qtbot, wizard)
    assert wizard.step_label.text() == "Stap 4 van 6"
    assert wizard.values_intro.text() == (
        "6 woorden in de kolommen met vaste waarden kent zkijdesk niet; ze staan bovenaan. "
        "Kies wat ze betekenen, anders worden die regels geweigerd. Met 'Koppeling opslaan' "
        "bewaart u de keuzes voor het volgende bestand."
    )
    words = value_rows(wizard)
    unknown = "— niet herkend: regel wordt geweigerd —"
    for key in (
        ("Sector", "Zorgg"),
        ("Sector", "Kinderopvang"),
        ("Sector", "Ruimtevaart"),
        ("Gemeente", "Hlm"),
        ("Coach", "JdV"),
        ("Coach", "BJ"),
    ):
        assert words[key].currentText() == unknown, key
    # A word zkijdesk knows is pre-filled, and the unknown ones are listed first.
    assert words[("Sector", "Zorg")].currentText() == "Zorg & Welzijn"
    assert words[("Sector", "Zorg")].findText(unknown) == -1
    assert words[("Coach", "Anna de Vries")].currentText() == "Anna de Vries"
    model = wizard.values_model
    sectors = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert sectors.index("Zorgg") < sectors.index("Zorg")
    pick(words[("Sector", "Zorgg")], "Zorg & Welzijn")
    pick(words[("Sector", "Kinderopvang")], "Onderwijs")
    pick(words[("Gemeente", "Hlm")], "Haarlem")
    pick(words[("Coach", "JdV")], "Anna de Vries")
    pick(words[("Coach", "BJ")], "Bram Jansen")
    shoot(wizard, "import-3b-waarden")

    saved = tmp_path / "koppeling.json"
    wizard.save_mapping(saved)
    qtbot.waitUntil(saved.exists, timeout=10_000)
    values = json.loads(saved.read_text(encoding="utf-8"))["values"]
    assert values == {
        "sector": {"zorgg": "ZW", "kinderopvang": "OND"},
        "municipality": {"hlm": "GM0392"},
        "coach": {"jdv": "anna", "bj": "bram"},
    }

    to_preview(qtbot, wizard)
    assert wizard.preview_summary.text().startswith("3 nieuw, 0 aanvullen, 0 overslaan, 1 gew")
    # The word nobody chose is refused by name, in one sentence naming the field.
    assert reasons(wizard)[7] == "Sector “Ruimtevaart” kent zkijdesk niet."
    write_and_wait(qtbot, wizard)
    one, two, three = (landed(team, f"Achter{i}") for i in (1, 2, 3))
    assert (one["sector"], one["coach"], one["municipality"]) == ("ZW", "anna", "Haarlem")
    assert (two["sector"], two["coach"]) == ("OND", "bram")
    assert (three["sector"], three["coach"]) == ("ZW", "anna")
    wizard.close()

    # Next month: the same system's sheet, with the saved mapping loaded.
    rows = [
        person(5, Sector="Zorgg", Coach="BJ", **{"Woonplaats gemeente": "Hlm"}),
        person(6, Sector="Kinderopvang", Coach="JdV"),
    ]
    path = write_xlsx(tmp_path / "volgende-maand.xlsx", rows)
    wizard = open_wizard(qtbot, window)
    to_columns(qtbot, wizard, path)
    wizard.load_mapping(saved)
    to_values(qtbot, wizard)
    assert wizard.values_intro.text().startswith("zkijdesk kent alle woorden")
    words = value_rows(wizard)
    assert words[("Sector", "Zorgg")].currentText() == "Zorg & Welzijn"
    assert words[("Coach", "BJ")].currentText() == "Bram Jansen"
    assert words[("Gemeente", "Hlm")].currentText() == "Haarlem"
    to_preview(qtbot, wizard)
    assert wizard.preview_summary.text().startswith("2 nieuw, 0 aanvullen, 0 overslaan, 0 gew")
    write_and_wait(qtbot, wizard)
    five, six = landed(team, "Achter5"), landed(team, "Achter6")
    assert (five["sector"], five["coach"], five["municipality"]) == ("ZW", "bram", "Haarlem")
    assert (six["sector"], six["coach"]) == ("OND", "anna")
    wizard.close()


#: A first route that ended, so the same people can come back for a new one.
CLOSED = {"Afsluitdatum": date(2025, 6, 30), "Reden uitstroom": "werk"}


def import_first(store, tmp_path: Path, rows: list[dict]) -> None:
    """The people a later sheet repeats, imported beforehand through the service."""
    from zkijdesk.services.importing.service import ImportService

    importer = ImportService(store, context_for(store, "anna").actor, lambda: TODAY)
    source = importer.open(write_xlsx(tmp_path / "eerst.xlsx", rows))
    table = importer.table(source)
    result = importer.run(source, importer.preview(source, table, importer.suggest(table)))
    assert result.counts["clients"] == len(rows)


def test_all_duplicates_at_once_reach_the_rows_the_table_does_not_list(
    qtbot, window, team, tmp_path, monkeypatch
):
    from zkijdesk.views.importing import wizard as wizard_module

    monkeypatch.setattr(wizard_module, "SHOWN_ROWS", 3)
    monkeypatch.setattr(wizard_module, "QUICK_ROWS", 2)
    first = [person(i, BSN=BSNS[i], **CLOSED) for i in range(5)]
    import_first(team, tmp_path, first)
    before = table_counts(team)

    # The same five people again, back for a new route, with a phone number now, and
    # two new ones.
    again = [
        person(i, BSN=BSNS[i], Tel="06-1234567" + str(i), Intakedatum=date(2026, 1, 5))
        for i in range(5)
    ]
    path = write_xlsx(tmp_path / "weer.xlsx", [*again, person(7), person(8)])
    wizard = open_wizard(qtbot, window)
    to_columns(qtbot, wizard, path)
    to_values(qtbot, wizard)
    to_preview(qtbot, wizard)
    assert wizard.preview_summary.text().startswith("2 nieuw, 0 aanvullen, 5 overslaan, 0 gew")
    assert wizard.shown_note.text().startswith("De eerste 3 van 7 regels staan hieronder")
    assert wizard.preview_model.rowCount() == 3
    assert wizard.bulk_row.isVisible()
    shoot(wizard, "import-4b-alle-dubbelen")

    wizard.bulk_update.click()
    assert wizard.preview_summary.text().startswith("2 nieuw, 5 aanvullen, 0 overslaan")
    assert {c.currentData() for c in wizard.choice_combos.values()} == {"aanvullen"}
    # One row back to "overslaan" by hand, after the bulk choice.
    number = min(wizard.choice_combos)
    combo = wizard.choice_combos[number]
    combo.setCurrentIndex(combo.findData("overslaan"))
    assert wizard.preview_summary.text().startswith("2 nieuw, 4 aanvullen, 1 overslaan")
    write_and_wait(qtbot, wizard)
    after = table_counts(team)
    assert after["client"] == before["client"] + 2
    assert after["route"] == before["route"] + 2 + 4
    with team.read_session() as s:
        phones = dict(s.execute(select(m.Client.bsn, m.Client.phone)).all())
    skipped = BSNS[number - 4]
    assert phones[skipped] is None
    assert {b: p for b, p in phones.items() if b in BSNS[:5] and b != skipped} == {
        b: "+3161234567" + str(i) for i, b in enumerate(BSNS[:5]) if b != skipped
    }
    wizard.close()


def test_the_bulk_choice_made_on_the_first_rows_holds_for_the_whole_file(
    qtbot, window, team, tmp_path, monkeypatch
):
    """A choice made while the rest of the file is still checked is made again on the
    whole file's preview: the rows checked later follow it too."""
    from zkijdesk.views.importing import wizard as wizard_module

    monkeypatch.setattr(wizard_module, "QUICK_ROWS", 2)
    import_first(team, tmp_path, [person(i, **CLOSED) for i in range(4)])
    before = table_counts(team)

    rows = [person(i, Intakedatum=date(2026, 1, 5)) for i in range(4)]
    path = write_xlsx(tmp_path / "weer.xlsx", rows)
    wizard = open_wizard(qtbot, window)
    gate = threading.Event()
    real = wizard.service.preview

    def preview(*args, limit=None, **kwargs):
        if limit is None:
            assert gate.wait(30)
        return real(*args, limit=limit, **kwargs)

    wizard.service.preview = preview
    to_columns(qtbot, wizard, path)
    to_values(qtbot, wizard)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.step == "preview" and wizard.checking, timeout=20_000)
    assert len(wizard.preview.rows) == 2 and not wizard.next_button.isEnabled()
    wizard.bulk_update.click()
    assert wizard.preview_summary.text().startswith("In de eerste 2 regels: 0 nieuw, 2 aanv")
    gate.set()
    qtbot.waitUntil(lambda: wizard.preview.complete and not wizard.busy, timeout=20_000)
    assert wizard.preview_summary.text().startswith("0 nieuw, 4 aanvullen, 0 overslaan")
    assert wizard.next_button.isEnabled()
    write_and_wait(qtbot, wizard)
    after = table_counts(team)
    assert after["client"] == before["client"]
    assert after["route"] == before["route"] + 4
    wizard.close()


def test_stopping_a_running_write_leaves_the_store_as_it_was(qtbot, window, team, tmp_path):
    """Stop pressed while clients are being inserted: the whole batch rolls back, the
    batch row too, and the preview can be imported afterwards."""
    rows = [person(i, Coach="Bram Jansen" if i % 2 else None) for i in range(1200)]
    path = write_xlsx(tmp_path / "groot.xlsx", rows)
    before = table_counts(team)
    wizard = open_wizard(qtbot, window)
    inside = threading.Event()
    go_on = threading.Event()
    real = wizard.service.run
    seen: list[tuple[int, int]] = []

    def run(source, preview, *, progress=None, cancelled=None):
        def tick(done, total):
            seen.append((done, total))
            if done > 0 and not inside.is_set():
                inside.set()  # the first chunk of clients is in the transaction now
                assert go_on.wait(30)
            progress(done, total)

        return real(source, preview, progress=tick, cancelled=cancelled)

    wizard.service.run = run
    to_columns(qtbot, wizard, path)
    to_values(qtbot, wizard)
    to_preview(qtbot, wizard)
    assert wizard.preview_summary.text().startswith("1200 nieuw")
    wizard.next_button.click()
    qtbot.waitUntil(inside.is_set, timeout=20_000)
    assert wizard.stop_button.isVisible()
    wizard.stop_button.click()
    go_on.set()
    qtbot.waitUntil(lambda: wizard.banner.isVisible(), timeout=20_000)
    assert wizard.banner.text.text() == "Gestopt; er is niets opgeslagen."
    assert seen[-1][0] > 0  # it stopped after clients had been inserted
    settle(qtbot, wizard.ws.runner)
    assert table_counts(team) == before
    assert wizard.step == "preview" and wizard.next_button.isEnabled()

    # Nothing half-written stands in the way: the same preview imports whole.
    wizard.service.run = real
    write_and_wait(qtbot, wizard)
    after = table_counts(team)
    assert after["client"] == before["client"] + 1200
    assert after["route"] == before["route"] + 1200
    with team.read_session() as s:
        coaches = dict(
            s.execute(
                select(m.User.username, func.count())
                .join(m.Route, m.Route.coach_id == m.User.id)
                .group_by(m.User.username)
            ).all()
        )
    assert coaches == {"anna": 600, "bram": 600}
    wizard.close()


def test_a_coach_named_in_the_sheet_gets_the_route(qtbot, window, team, tmp_path):
    """Coach names as sheets write them (display name, username, another spelling
    mapped on the values step) land as that colleague's route; the importer keeps a
    share of the files it made for someone else."""
    rows = [
        person(1, Coach="Bram Jansen"),
        person(2, Coach="BRAM"),
        person(3, Coach="B. Jansen"),
        person(4, Coach=None),
    ]
    path = write_xlsx(tmp_path / "coaches.xlsx", rows)
    wizard = open_wizard(qtbot, window)
    to_columns(qtbot, wizard, path)
    to_values(qtbot, wizard)
    words = value_rows(wizard)
    assert words[("Coach", "Bram Jansen")].currentText() == "Bram Jansen"
    assert words[("Coach", "BRAM")].currentText() == "Bram Jansen"
    assert words[("Coach", "B. Jansen")].currentText().startswith("— niet herkend")
    pick(words[("Coach", "B. Jansen")], "Bram Jansen")
    to_preview(qtbot, wizard)
    write_and_wait(qtbot, wizard)
    assert [landed(team, f"Achter{i}")["coach"] for i in (1, 2, 3, 4)] == [
        "bram",
        "bram",
        "bram",
        "anna",
    ]
    with team.read_session() as s:
        anna = s.scalar(select(m.User.id).where(m.User.username == "anna"))
        shared = s.scalar(
            select(func.count()).select_from(m.ClientShare).where(m.ClientShare.user_id == anna)
        )
    assert shared == 3
    wizard.close()
