"""The WSP employers tab's lists as models: employers, contact persons, contact log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from zkijdesk.domain.enums import EmployerSize
from zkijdesk.domain.matching import ContactKind
from zkijdesk.services.employer_contacts import ContactLogView, ContactPersonView, EmployerRow
from zkijdesk.views.itemmodels.employers import (
    ContactLogModel,
    ContactPersonTableModel,
    EmployerTableModel,
)
from zkijdesk.views.itemmodels.rows import IdRole, RowRole

HORIZONTAL = Qt.Orientation.Horizontal
TIP, ALIGN = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

EMPLOYERS = [
    EmployerRow(
        id=31,
        name="Zorggroep Spaarne en Kennemerland Thuiszorg",
        kvk_number="12345678",
        sector="Zorg & Welzijn",
        municipality="Haarlem",
        size_class=EmployerSize.LARGE,
        banenafspraak=True,
        open_vacancies=3,
        last_contact=date(2026, 11, 12),
    ),
    EmployerRow(
        id=4,
        name="Bakkerij Dekker",
        kvk_number=None,
        sector="",
        municipality="Velsen",
        size_class=None,
        banenafspraak=False,
        open_vacancies=0,
        last_contact=None,
    ),
]
PEOPLE = [
    ContactPersonView(
        8, 31, "Marieke Jansen", "HR-adviseur", "m.jansen@zorggroep-spaarne.nl", None, True
    ),
    ContactPersonView(9, 31, "Peter de Boer", None, None, "023-5551234", True),
]
LOG = [
    ContactLogView(
        id=70,
        employer_id=31,
        contact_id=8,
        contact_name="Marieke Jansen",
        kind=ContactKind.VISIT,
        occurred_on=date(2026, 11, 12),
        summary="Rondleiding; twee plekken in de thuiszorg.",
        follow_up_on=date(2026, 12, 1),
        author_name="Anna de Vries",
    ),
    ContactLogView(
        71, 31, None, None, ContactKind.PHONE, date(2026, 11, 2), "Teruggebeld.", None, ""
    ),
]


def employers() -> EmployerTableModel:
    model = EmployerTableModel()
    model.set_rows(EMPLOYERS)
    return model


def test_the_models_pass_qts_checks(qtmodeltester):
    for kind, rows in (
        (EmployerTableModel, EMPLOYERS),
        (ContactPersonTableModel, PEOPLE),
        (ContactLogModel, LOG),
    ):
        model = kind()
        model.set_rows(rows)
        qtmodeltester.check(model)
        qtmodeltester.check(kind())


def test_an_employer_row_shows_name_sector_place_open_vacancies_and_last_contact():
    model = employers()
    assert (model.rowCount(), model.columnCount()) == (2, 5)
    assert [model.index(0, c).data() for c in range(5)] == [
        "Zorggroep Spaarne en Kennemerland Thuiszorg",
        "Zorg & Welzijn",
        "Haarlem",
        "3",
        "12-11-2026",
    ]
    assert [model.index(1, c).data() for c in range(5)] == [
        "Bakkerij Dekker",
        "",
        "Velsen",
        "0",
        "",
    ]
    assert [model.index(r, 3).data(IdRole) for r in range(2)] == [31, 4]
    assert model.index(1, 0).data(RowRole) is EMPLOYERS[1]
    assert model.position_of(4) == 1


def test_the_open_count_is_right_aligned_and_banenafspraak_has_a_tick():
    model = employers()
    assert model.index(0, model.column("open_vacancies")).data(ALIGN) == RIGHT
    assert model.index(0, 0).data(ALIGN) is None
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.index(0, 0).data(TIP) == "Doet mee aan de banenafspraak"
    assert model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(1, 0).data(TIP) is None  # short, and no banenafspraak
    headers = [model.headerData(c, HORIZONTAL) for c in range(5)]
    assert headers == ["Werkgever", "Sector", "Gemeente", "Open", "Laatste contact"]


def test_contact_persons_show_name_function_email_and_phone():
    model = ContactPersonTableModel()
    model.set_rows(PEOPLE)
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert [model.index(1, c).data() for c in range(4)] == ["Peter de Boer", "", "", "023-5551234"]
    email = model.index(0, model.column("email"))
    assert email.data(TIP) == "m.jansen@zorggroep-spaarne.nl"  # long: its text is its tooltip
    assert model.index(0, 0).data(TIP) is None
    assert [model.index(r, 0).data(IdRole) for r in range(2)] == [8, 9]
    headers = [model.headerData(c, HORIZONTAL) for c in range(4)]
    assert headers == ["Naam", "Functie", "E-mail", "Telefoon"]


def test_a_log_entry_is_a_line_of_when_how_who_then_the_summary():
    model = ContactLogModel()
    model.set_rows(LOG)
    assert (model.rowCount(), model.columnCount()) == (2, 1)
    assert model.index(0, 0).data() == (
        "12-11-2026 · Bezoek · met Marieke Jansen · vervolg 01-12-2026 · Anna de Vries\n"
        "Rondleiding; twee plekken in de thuiszorg."
    )
    assert model.index(1, 0).data() == "02-11-2026 · Telefoon\nTeruggebeld."
    assert model.index(1, 0).data(IdRole) == 71
    assert model.index(0, 0).data(RowRole) is LOG[0]
    model.set_rows([])
    assert model.rowCount() == 0
    assert model.headerData(0, HORIZONTAL) == "Contact"
