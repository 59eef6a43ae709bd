"""The import wizard driven as a coach drives it: menu, file, sheet, columns, preview,
import, undo; each step's work off the UI thread, and what landed in the store."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from gui_support import settle, shoot
from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.views.itemmodels.rows import IdRole

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importing"))
from sheets import BSNS, person, write_xlsx


def client_count(store) -> int:
    with store.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.Client)) or 0


def open_wizard(qtbot, window):
    window.act_import.trigger()
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    return wizard


def preview_lines(wizard) -> dict[int, tuple[str, str]]:
    """The preview's rows by the sheet's row number: (what it makes, why)."""
    model = wizard.preview_model
    creates, why = model.column("creates"), model.column("why")
    return {
        model.index(r, 0).data(IdRole): (model.index(r, creates).data(), model.index(r, why).data())
        for r in range(model.rowCount())
    }


def wait_step(qtbot, wizard, step: str) -> None:
    """Wait for ``step`` to be ready; on the way to the preview, the words of the coded
    columns are taken as zkijdesk read them (the values step)."""

    def ready(name: str) -> bool:
        return (wizard.step == name and wizard.next_button.isEnabled()) or (
            wizard.step == name == "done"
        )

    if step == "preview":
        qtbot.waitUntil(lambda: ready("values") or ready("preview"), timeout=20_000)
        if wizard.step == "values":
            wizard.next_button.click()
    qtbot.waitUntil(lambda: ready(step), timeout=20_000)


def test_the_wizard_imports_a_workbook_and_undoes_it(qtbot, window, gui_store, tmp_path):
    rows = [
        person(1, BSN=int(BSNS[0]), Coach="Anna de Vries"),
        person(2, BSN="123456789"),  # fails the eleven-test
        person(
            3,
            Voornaam="Voornaam1",
            Achternaam="Achter1",
            Intakedatum=person(1)["Intakedatum"],
            **{"Geb.datum": date(1971, 2, 2)},
        ),  # row 4's name, birth date and route: a plain duplicate
    ]
    path = write_xlsx(tmp_path / "caseload.xlsx", rows, extra_sheets=("Werkgevers",))
    wizard = open_wizard(qtbot, window)
    assert wizard.title.text() == "Bestand kiezen"
    shoot(wizard, "import-1-bestand")

    wizard.next_button.click()  # no file chosen yet
    assert wizard.banner.text.text() == "Kies eerst een bestand."

    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "sheet")
    assert [wizard.sheet_combo.itemText(i) for i in range(wizard.sheet_combo.count())] == [
        "Cliënten",
        "Werkgevers",
    ]
    shoot(wizard, "import-2-werkblad")

    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    assert "Kopregel gevonden op regel 3; 3 regels" in wizard.columns_intro.text()
    combos = {
        wizard.columns_model.index(i, 0).data(): wizard.field_combos[i].currentText()
        for i in range(wizard.columns_model.rowCount())
    }
    assert combos["Geb.datum"] == "Geboortedatum"
    assert combos["Tel"] == "Telefoonnummer"
    assert combos["Uitkering"] == "Status bij intake"
    shoot(wizard, "import-3-kolommen")

    wizard.next_button.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview_summary.text().startswith(
        "1 nieuw, 0 aanvullen, 1 overslaan, 1 geweigerd."
    )
    model = wizard.preview_model
    texts = [model.index(r, model.column("why")).data() for r in range(model.rowCount())]
    assert "BSN voldoet niet aan de elfproef." in texts
    assert "Regel 4 van dit bestand heeft deze naam en geboortedatum ook." in texts
    # The duplicate can still be made a file of its own.
    combo = wizard.choice_combos[6]
    combo.setCurrentIndex(combo.findData("nieuw"))
    assert wizard.preview_summary.text().startswith("2 nieuw, 0 aanvullen, 0 overslaan")
    shoot(wizard, "import-4-controle")
    assert client_count(gui_store) == 0  # the preview wrote nothing

    # Every reason shows whole at any width: its row is as tall as its wrapped lines,
    # shrinks when the window widens and grows back, and the choice box in it keeps
    # its own height.
    table = wizard.preview_table
    duplicate = texts.index("Regel 4 van dit bestand heeft deze naam en geboortedatum ook.")
    narrow = table.rowHeight(duplicate)
    assert narrow >= 2 * table.fontMetrics().height() + 8  # two lines and the padding
    wizard.resize(1600, wizard.height())
    qtbot.waitUntil(lambda: table.rowHeight(duplicate) < narrow)
    wizard.resize(860, wizard.height())
    qtbot.waitUntil(lambda: table.rowHeight(duplicate) == narrow)
    assert combo.height() <= combo.sizeHint().height() + 2

    wizard.next_button.click()
    wait_step(qtbot, wizard, "done")
    assert "Import 1 is opgeslagen: 2 nieuwe cliënten" in wizard.done_label.text()
    assert client_count(gui_store) == 2
    shoot(wizard, "import-5-klaar")

    report = tmp_path / "verslag.xlsx"
    wizard.save_report(report)
    qtbot.waitUntil(report.exists, timeout=10_000)

    wizard.undo_button.click()
    settle(qtbot, wizard.ws.runner)  # the undo runs on the writer
    assert client_count(gui_store) == 0
    wizard.close()


def test_a_bad_file_is_said_in_the_banner_and_the_template_is_saved(
    qtbot, window, gui_store, tmp_path
):
    bad = tmp_path / "lijst.xlsx"
    bad.write_bytes(b"geen werkmap")
    wizard = open_wizard(qtbot, window)
    wizard.path_edit.setText(str(bad))
    wizard.next_button.click()
    qtbot.waitUntil(wizard.banner.isVisible, timeout=10_000)
    assert wizard.banner.text.text().startswith("lijst.xlsx is beschadigd of geen werkmap")
    assert wizard.step == "file"

    template = tmp_path / "voorbeeld.xlsx"
    wizard.save_template(template)
    qtbot.waitUntil(template.exists, timeout=10_000)
    wizard.path_edit.setText(str(template))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "sheet")  # the template has a sheet of explanation too
    assert wizard.sheet_combo.currentText() == "Cliënten"
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    wizard.next_button.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview_summary.text().startswith("2 nieuw, 0 aanvullen, 0 overslaan, 0")
    wizard.close()


def test_the_first_rows_show_first_and_only_a_file_checked_whole_is_imported(
    qtbot, window, gui_store, tmp_path
):
    """The preview of the first 1,000 rows is on screen while the rest is checked;
    "Importeren" waits for the whole file; stopping that check writes nothing, keeps
    the window usable, and the check can go on."""
    import threading

    rows = [person(i) for i in range(3000)]
    path = write_xlsx(tmp_path / "groot.xlsx", rows)
    wizard = open_wizard(qtbot, window)
    calls: list[int | None] = []
    gate = threading.Event()
    real = wizard.service.preview

    def preview(*args, limit=None, **kwargs):
        calls.append(limit)
        if limit is None:
            assert gate.wait(30)  # the whole file's check waits until the test has looked
        return real(*args, limit=limit, **kwargs)

    wizard.service.preview = preview
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    wizard.next_button.click()
    wait_step(qtbot, wizard, "values")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.step == "preview" and wizard.stop_button.isVisible())
    assert calls == [1000, None]  # the first rows, then the whole file
    assert wizard.preview is not None and not wizard.preview.complete
    assert len(wizard.preview.rows) == 1000
    assert wizard.preview_model.rowCount() == 1000
    assert wizard.preview_summary.text().startswith("In de eerste 1.000 regels: 1000 nieuw,")
    assert wizard.shown_note.text().startswith(
        "Hieronder staan de eerste 1.000 van 3.000 regels; de andere worden nu gecontroleerd."
    )
    assert wizard.next_button.text() == "Importeren" and not wizard.next_button.isEnabled()
    assert wizard.progress.isVisible()
    shoot(wizard, "import-4a-eerste-regels")

    wizard.stop()
    gate.set()
    qtbot.waitUntil(lambda: wizard.banner.isVisible(), timeout=20_000)
    assert wizard.banner.text.text() == (
        "Controle gestopt; er is niets opgeslagen. Importeren kan pas als het hele bestand "
        "is gecontroleerd."
    )
    assert wizard.step == "preview" and not wizard.next_button.isEnabled()
    assert not wizard.stop_button.isVisible()
    assert "de andere zijn nog niet gecontroleerd" in wizard.shown_note.text()
    window.show_page("clients")  # the window answers while and after the check ran
    assert client_count(gui_store) == 0

    (again,) = [
        wizard.banner.action_row.itemAt(i).widget() for i in range(wizard.banner.action_row.count())
    ]
    assert again.text() == "Verder controleren"
    again.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview.complete and len(wizard.preview.rows) == 3000
    assert wizard.preview_summary.text().startswith("3000 nieuw, 0 aanvullen")
    assert wizard.shown_note.text().startswith("De eerste 2.000 van 3.000 regels staan hieronder")
    assert wizard.preview_model.rowCount() == 2000
    assert client_count(gui_store) == 0
    wizard.close()


def test_a_sheet_of_employers_through_the_wizard(qtbot, window, gui_store, tmp_path):
    header = ["Werkgever", "KvK-nummer", "Functie", "Uren"]
    rows = [
        {"Werkgever": "Zorgbalans", "KvK-nummer": "12345678", "Functie": "Helpende", "Uren": 24},
        {"Werkgever": "Zorgbalans", "Functie": "Verzorgende IG", "Uren": 32},
    ]
    path = write_xlsx(tmp_path / "wsp.xlsx", rows, header=header, totals=False)
    wizard = open_wizard(qtbot, window)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    wizard.next_button.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview_summary.text().startswith("2 nieuw, 0 aanvullen, 0 overslaan, 0")
    # An employer's row adds an employer and a vacancy: no client's file is made.
    actions = {wizard.preview_model.index(r, 1).data() for r in range(2)}
    assert actions == {"Toevoegen"}
    wizard.next_button.click()
    wait_step(qtbot, wizard, "done")
    assert "Nieuwe werkgevers: 1; vacatures: 2; contactpersonen: 0." in wizard.done_label.text()
    with gui_store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Vacancy)) == 2
    wizard.close()


def test_a_column_the_sheet_would_not_read_is_named_and_can_be_unhooked(
    qtbot, window, gui_store, tmp_path
):
    header = ["Werkgever", "Functie", "Uren", "Vaardigheden", "Bewijs"]
    rows = [
        {
            "Werkgever": "Zorgbalans",
            "Functie": "Helpende",
            "Uren": 24,
            "Vaardigheden": "BHV-certificaat",
            "Bewijs": "Diploma",
        }
    ]
    path = write_xlsx(tmp_path / "bewijs.xlsx", rows, header=header, totals=False)
    wizard = open_wizard(qtbot, window)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.banner.isVisible() and wizard.next_button.isEnabled())
    assert wizard.step == "columns"
    assert wizard.banner.text.text().startswith(
        "Kolom “Bewijs” (Bewijs) wordt op een werkblad met werkgevers niet gebruikt;"
    )
    evidence = wizard.field_combos[header.index("Bewijs")]
    assert evidence.currentData() == "skill_evidence"
    evidence.setCurrentIndex(0)  # — niet gebruiken —
    wizard.next_button.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview_summary.text().startswith("1 nieuw, 0 aanvullen, 0 overslaan, 0")
    wizard.close()


def test_the_preview_shows_the_contacts_and_skills_a_row_makes(qtbot, window, gui_store, tmp_path):
    from sheets import HEADER

    header = [*HEADER, "Vaardigheden", "Contact 1 datum", "Contact 2 datum", "Contact 2 soort"]
    rows = [
        person(
            1,
            Vaardigheden="Heftruckcertificaat; Wondzorg",
            **{
                "Contact 1 datum": date(2026, 1, 5),
                "Contact 2 datum": date(2026, 2, 5),
                "Contact 2 soort": "gebeld",
            },
        ),
        person(2, Vaardigheden="Ruimtevaart"),
    ]
    path = write_xlsx(tmp_path / "contacten.xlsx", rows, header=header)
    wizard = open_wizard(qtbot, window)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    combos = {
        wizard.columns_model.index(i, 0).data(): wizard.field_combos[i].currentText()
        for i in range(wizard.columns_model.rowCount())
    }
    assert combos["Vaardigheden"] == "Vaardigheden"
    assert combos["Contact 2 soort"] == "Soort contact (contact 2)"
    wizard.next_button.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview_summary.text() == (
        "1 nieuw, 0 aanvullen, 0 overslaan, 1 geweigerd. Er is nog niets opgeslagen. "
        "Wordt aangemaakt: 1 cliënt, 1 route, 2 contacten, 2 vaardigheden."
    )
    lines = preview_lines(wizard)
    assert lines[4] == ("1 cliënt, 1 route, 2 contacten, 2 vaardigheden", "")
    assert lines[5] == (
        "",
        "Vaardigheden bevat “Ruimtevaart”, een vaardigheid die zkijdesk niet kent.",
    )
    wizard.next_button.click()
    wait_step(qtbot, wizard, "done")
    assert "Contacten: 2; vaardigheden: 2." in wizard.done_label.text()
    with gui_store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.ClientSkill)) == 2
    wizard.undo_button.click()
    settle(qtbot, wizard.ws.runner)  # the undo runs on the writer
    with gui_store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.ClientSkill)) == 0
        assert s.scalar(select(func.count()).select_from(m.Activity)) == 0
    wizard.close()


def test_a_row_per_contact_moment_in_the_wizard(qtbot, window, gui_store, tmp_path):
    from sheets import HEADER

    header = [*HEADER, "Datum contact", "Verslag"]
    rows = [
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 1, 5), "Verslag": "een"}),
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 2, 5), "Verslag": "twee"}),
        person(1, BSN=BSNS[0], **{"Datum contact": date(2026, 3, 5), "Verslag": "drie"}),
    ]
    path = write_xlsx(tmp_path / "momenten.xlsx", rows, header=header)
    wizard = open_wizard(qtbot, window)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    wizard.next_button.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview_summary.text().startswith("1 nieuw, 2 aanvullen, 0 overslaan")
    lines = preview_lines(wizard)
    assert lines[4] == ("1 cliënt, 1 route, 1 contact", "")
    assert lines[5] == (
        "1 contact",
        "Regel 4 van dit bestand heeft deze cliënt ook; de contacten en vaardigheden van "
        "deze regel komen in hetzelfde dossier.",
    )
    combo = wizard.choice_combos[6]
    assert combo.currentData() == "aanvullen"
    combo.setCurrentIndex(combo.findData("overslaan"))
    assert wizard.preview_summary.text().startswith("1 nieuw, 1 aanvullen, 1 overslaan")
    assert preview_lines(wizard)[6][0] == ""  # skipped now: it makes nothing
    wizard.next_button.click()
    wait_step(qtbot, wizard, "done")
    with gui_store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Client)) == 1
        notes = s.scalars(select(m.Activity.note).order_by(m.Activity.occurred_on)).all()
    assert notes == ["een", "twee"]
    wizard.close()


def test_one_row_is_said_in_the_singular(qtbot, window, gui_store, tmp_path):
    header = ["Werkgever", "Functie"]
    path = write_xlsx(
        tmp_path / "een.xlsx",
        [{"Werkgever": "Zorgbalans", "Functie": "Helpende"}],
        header=header,
        totals=False,
    )
    wizard = open_wizard(qtbot, window)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    assert "; 1 regel met gegevens." in wizard.columns_intro.text()
    wizard.close()


def test_a_row_per_route_in_the_wizard(qtbot, window, gui_store, tmp_path):
    from sheets import HEADER

    header = [*HEADER, "Datum contact"]
    rows = [
        person(
            1,
            BSN=BSNS[0],
            Intakedatum=date(2025, 1, 6),
            Afsluitdatum=date(2025, 6, 30),
            **{"Reden uitstroom": "werk", "Datum contact": date(2025, 2, 1)},
        ),
        person(1, BSN=BSNS[0], Intakedatum=date(2026, 1, 5), **{"Datum contact": date(2026, 2, 1)}),
        person(1, BSN=BSNS[0], Intakedatum=date(2025, 3, 1)),  # inside the first route
    ]
    path = write_xlsx(tmp_path / "routes.xlsx", rows, header=header)
    wizard = open_wizard(qtbot, window)
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "columns")
    wizard.next_button.click()
    wait_step(qtbot, wizard, "preview")
    assert wizard.preview_summary.text() == (
        "1 nieuw, 1 aanvullen, 0 overslaan, 1 geweigerd. Er is nog niets opgeslagen. "
        "Wordt aangemaakt: 1 cliënt, 2 routes, 2 contacten."
    )
    lines = preview_lines(wizard)
    assert lines[5] == (
        "1 route, 1 contact",
        "Regel 4 van dit bestand heeft deze cliënt ook; de route van deze regel komt als "
        "extra route in hetzelfde dossier.",
    )
    assert lines[6] == (
        "",
        "Intakedatum valt in de route van regel 4 met dezelfde cliënt; een volgende route "
        "begint op of na de afsluitdatum van de vorige.",
    )
    combo = wizard.choice_combos[5]
    combo.setCurrentIndex(combo.findData("overslaan"))
    assert wizard.preview_summary.text().endswith("Wordt aangemaakt: 1 cliënt, 1 route, 1 contact.")
    combo.setCurrentIndex(combo.findData("aanvullen"))
    wizard.next_button.click()
    wait_step(qtbot, wizard, "done")
    assert "1 nieuwe cliënten, 0 bestaande dossiers aangevuld, 2 routes" in (
        wizard.done_label.text()
    )
    with gui_store.read_session() as s:
        routes = s.execute(
            select(m.Route.intake_date, m.Route.closed_on).order_by(m.Route.intake_date)
        ).all()
    assert [tuple(r) for r in routes] == [
        (date(2025, 1, 6), date(2025, 6, 30)),
        (date(2026, 1, 5), None),
    ]
    wizard.undo_button.click()
    settle(qtbot, wizard.ws.runner)  # the undo runs on the writer
    with gui_store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Route)) == 0
    wizard.close()
