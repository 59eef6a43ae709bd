"""The client file's contact list as a model: no widget, no store."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from zkijdesk.domain.enums import ActivityKind
from zkijdesk.services.dto import ActivityView
from zkijdesk.views.itemmodels.contacts import ContactTableModel
from zkijdesk.views.itemmodels.rows import IdRole, RowRole


def contact(contact_id: int, kind: ActivityKind, minutes: int, note: str | None) -> ActivityView:
    return ActivityView(
        id=contact_id,
        client_id=1,
        route_id=None,
        kind=kind,
        occurred_on=date(2026, 11, contact_id),
        minutes=minutes,
        note=note,
        author_id=None,
    )


CONTACTS = [
    contact(12, ActivityKind.PHONE, 15, "  Besproken: cv.\nVolgende week bellen.  "),
    contact(3, ActivityKind.EMAIL, 0, None),
]


def filled() -> ContactTableModel:
    model = ContactTableModel()
    model.set_rows(CONTACTS)
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(filled())
    qtmodeltester.check(ContactTableModel())


def test_each_contact_is_one_row_of_date_kind_duration_and_note():
    model = filled()
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert [model.index(0, c).data() for c in range(4)] == [
        "12-11-2026",
        "Telefoon",
        "15 min",
        "Besproken: cv.\nVolgende week bellen.",
    ]
    assert [model.index(1, c).data() for c in range(4)] == ["03-11-2026", "E-mail", "", ""]
    assert [model.index(r, 2).data(IdRole) for r in range(2)] == [12, 3]
    assert model.index(1, 0).data(RowRole) == CONTACTS[1]
    assert model.position_of(3) == 1
    assert model.position_of(99) is None


def test_the_note_has_its_whole_text_as_tooltip_and_headers_are_dutch():
    model = filled()
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == model.index(0, 3).data()
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 3).data(Qt.ItemDataRole.AccessibleTextRole) == model.index(0, 3).data()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Datum", "Soort", "Duur", "Notitie"]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_new_rows_replace_the_old(qtbot):
    model = filled()
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(CONTACTS[1:])
    assert model.rowCount() == 1
    assert model.index(0, 0).data(IdRole) == 3
