"""The import wizard's tables as models: columns, words, preview; no widget, no store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from zkijdesk.services.importing.codes import CodedColumn, CodeOption, SheetWord
from zkijdesk.services.importing.plan import Action, Choice, Duplicate, RowPlan
from zkijdesk.views.itemmodels.importing import (
    ImportColumnModel,
    ImportPreviewModel,
    ImportValueModel,
    SheetColumn,
    WordRow,
    choice_text,
    created_text,
    takes_choice,
)
from zkijdesk.views.itemmodels.rows import IdRole, RowRole

HORIZONTAL, TIP = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
COLUMNS = [SheetColumn(0, "BSN", "•••••••••"), SheetColumn(1, "Achternaam", "Bakker")]
SECTOR = CodedColumn(
    key="sector",
    label="Sector",
    headers=("Sector", "Branche"),
    words=(
        SheetWord("Zorgg", "zorgg", 2, automatic=None, chosen=None),
        SheetWord("Zorg", "zorg", 1_250, automatic=1, chosen=1),
    ),
    options=(CodeOption("ZW", "Zorg & Welzijn", 1),),
)
WORDS = [WordRow(SECTOR, word) for word in SECTOR.words]


def preview_rows() -> list[RowPlan]:
    return [
        RowPlan(4, Action.CREATE, client={"last_name": "Bakker"}, route={}, contacts=[{}, {}]),
        RowPlan(
            6,
            Action.SKIP,
            client={"last_name": "Bakker"},
            duplicate=Duplicate("name_birth_date", in_file_row=4),
            choice=Choice.SKIP,
        ),
        RowPlan(1_200, Action.REFUSE, problems=[("bsn", "BSN voldoet niet aan de elfproef.")]),
        RowPlan(9, Action.CREATE, employer={}, vacancy={}),
    ]


def test_the_models_pass_qts_checks(qtmodeltester):
    columns, values, preview = ImportColumnModel(), ImportValueModel(), ImportPreviewModel()
    columns.set_rows(COLUMNS)
    values.set_rows(WORDS)
    preview.set_rows(preview_rows())
    for model in (columns, values, preview):
        qtmodeltester.check(model)
    for empty in (ImportColumnModel(), ImportValueModel(), ImportPreviewModel()):
        qtmodeltester.check(empty)


def test_the_columns_step_lists_each_header_with_its_first_value():
    model = ImportColumnModel()
    model.set_rows(COLUMNS)
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert [model.index(1, c).data() for c in range(3)] == ["Achternaam", "Bakker", ""]
    assert model.index(0, 1).data() == "•••••••••"  # a BSN never shows
    assert [model.index(r, 0).data(IdRole) for r in range(2)] == [0, 1]
    assert model.index(1, 2).data(RowRole) is COLUMNS[1]
    headers = [model.headerData(c, HORIZONTAL) for c in range(3)]
    assert headers == ["Kolom in het bestand", "Eerste waarde", "Veld in zkijdesk"]


def test_the_values_step_marks_an_unknown_word_and_counts_its_rows():
    model = ImportValueModel()
    model.set_rows(WORDS)
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert [model.index(0, c).data() for c in range(4)] == ["Sector", "Zorgg", "2", ""]
    assert model.index(1, 2).data() == "1.250"
    assert isinstance(model.index(0, 1).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.index(0, 1).data(TIP) == "zkijdesk kent dit woord niet"
    assert model.index(1, 1).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(1, 1).data(TIP) is None
    assert model.index(1, 0).data(TIP) == "Sector, Branche"
    assert model.index(0, 0).data(IdRole) == "sector\tzorgg"
    assert model.position_of("sector\tzorg") == 1
    headers = [model.headerData(c, HORIZONTAL) for c in range(4)]
    assert headers == ["Veld", "In het bestand", "Regels", "Waarde in zkijdesk"]


def test_the_preview_says_per_row_what_happens_what_it_makes_and_why():
    model = ImportPreviewModel(translate=lambda sentence: f"<{sentence}>")
    rows = preview_rows()
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (4, 4)
    assert [model.index(0, c).data() for c in range(4)] == [
        "4",
        "Nieuw dossier",
        "1 cliënt, 1 route, 2 contacten",
        "",
    ]
    duplicate = [model.index(1, c).data() for c in range(4)]
    assert duplicate == [
        "6",
        "",
        "",
        "<Regel 4 van dit bestand heeft deze naam en geboortedatum ook.>",
    ]
    assert takes_choice(rows[1]) and not takes_choice(rows[0])  # its choice box stands there
    assert [model.index(2, c).data() for c in range(2)] == ["1.200", "Geweigerd"]
    assert model.index(2, 3).data() == "<BSN voldoet niet aan de elfproef.>"
    assert model.index(3, 1).data() == "Toevoegen"  # an employer's row makes no file
    assert model.index(3, 2).data() == "1 werkgever, 1 vacature"
    assert [model.index(r, 0).data(IdRole) for r in range(4)] == [4, 6, 1_200, 9]
    assert model.index(2, 0).data(RowRole) is rows[2]
    headers = [model.headerData(c, HORIZONTAL) for c in range(4)]
    assert headers == ["Regel", "Wat er gebeurt", "Wordt aangemaakt", "Waarom"]


def test_a_choice_changes_the_rows_in_place_and_refresh_shows_it_without_a_reset(qtbot):
    model = ImportPreviewModel()
    rows = preview_rows()
    model.set_rows(rows)
    rows[1].action, rows[1].choice = Action.CREATE, Choice.CREATE
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh()
    assert model.index(1, 2).data() == "1 cliënt"
    assert not resets
    assert choice_text("nieuw") == "Toch nieuw dossier"
    assert created_text({"skills": 1, "clients": 2}) == "2 cliënten, 1 vaardigheid"
    assert created_text({}) == ""
