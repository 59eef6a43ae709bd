"""The Cliënten page: filters, saved filters, sorting in SQL, columns, paging, XLSX export."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import shoot
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from zkijdesk.services.client_list import COLUMNS, ClientListResult, ClientListRow
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.views import widgets
from zkijdesk.views.itemmodels.client_table import ClientTableModel, column_title


@pytest.fixture
def caseload(window):
    ws = window.ws
    ict = next(s.id for s in ws.ref.sectors if s.code == "TECH_ICT")
    people = [
        ("Iris", "Dekker", "1985-03-04", {"sector_id": ict}),
        ("Ole", "Smit", "1970-01-02", None),
        ("Zoë", "Aerts", "2001-07-09", {}),
    ]
    ids = []
    for first, last, born, route in people:
        result = ws.services.clients.intake(
            ClientInput(first_name=first, last_name=last, birth_date=born, intake_status="werkend"),
            RouteInput(intake_date=date(2026, 10, 1), **route) if route is not None else None,
        )
        ids.append(result.client.id)
    ws.events.clients_changed.emit()
    return ids


def names(page) -> list[str]:
    model = page.model
    return [model.index(r, COLUMNS.index("name")).data() for r in range(model.rowCount())]


def test_filters_sorting_saved_filters_and_columns(qtbot, window, caseload, monkeypatch):
    page = window.pages["clients"]
    window.show_page("clients")
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    assert names(page) == ["Zoë Aerts", "Iris Dekker", "Ole Smit"]
    assert page.count_label.text() == "3 cliënten"

    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.results_shown):
        header.setSortIndicator(COLUMNS.index("birth_date"), Qt.SortOrder.AscendingOrder)
    assert names(page) == ["Ole Smit", "Iris Dekker", "Zoë Aerts"]
    assert page.query.sort == "birth_date"

    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert page.filters.isVisible()
    tech = next(s.id for s in window.ws.ref.sectors if s.code == "TECH")
    with qtbot.waitSignal(page.results_shown):
        widgets.set_combo_value(page.filters.sector, tech)
    assert names(page) == ["Iris Dekker"]
    assert page.filter_button.text() == "Filters (1)"
    shoot(window, "clients_filtered")

    monkeypatch.setattr(page, "ask_filter_name", lambda: "Techniek")
    with qtbot.waitSignal(page.filters_saved):  # stored on the writer
        page.save_current_filter()
    with qtbot.waitSignal(page.results_shown):
        page.filters.clear()
    assert len(names(page)) == 3
    page._fill_saved_menu()
    saved = [a for a in page.saved_menu.actions() if a.text() == "Techniek"]
    with qtbot.waitSignal(page.results_shown):
        saved[0].trigger()
    assert names(page) == ["Iris Dekker"]
    assert page.filters.sector.currentData() == tech

    page._fill_columns_menu()
    postcode = next(a for a in page.columns_menu.actions() if a.text() == "Postcode")
    postcode.setChecked(True)
    coach = next(a for a in page.columns_menu.actions() if a.text() == "Coach")
    coach.setChecked(False)
    assert "postcode" in page.visible_columns() and "coach" not in page.visible_columns()


def test_names_stay_readable_in_the_first_window_and_columns_get_their_room_back(
    qtbot, window, caseload
):
    """At the first window size (1280x800) the name column was about 80 pixels wide and
    cut every name to "Fatim…" while sector and coach had room to spare. Now the columns
    of words give way, numbers and dates keep their width, and a wide window gives every
    column its own width back."""
    from zkijdesk.views.clients.page import GIVING_WAY, NAME_MIN

    page = window.pages["clients"]
    window.show_page("clients")
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    table = page.table
    width = {name: table.columnWidth(COLUMNS.index(name)) for name in page.visible_columns()}
    qtbot.waitUntil(lambda: table.columnWidth(COLUMNS.index("name")) >= NAME_MIN)
    for name, natural in ((COLUMNS[c], w) for c, w in page._natural.items()):
        if name in page.visible_columns() and name not in GIVING_WAY:
            assert width[name] == natural, name
    assert sum(table.columnWidth(COLUMNS.index(n)) for n in page.visible_columns()) <= (
        table.viewport().width() + 1
    )  # all of it in view: nothing scrolls sideways
    sector = COLUMNS.index("sector")
    natural = page._natural[sector]
    page._set_column_shown(sector, False)  # hidden and shown again while narrowed
    page._set_column_shown(sector, True)
    window.resize(1800, 900)
    qtbot.waitUntil(lambda: table.columnWidth(sector) == natural)
    assert table.columnWidth(COLUMNS.index("name")) > 300


def test_export_writes_the_visible_columns_off_the_ui_thread(qtbot, window, caseload, tmp_path):
    page = window.pages["clients"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    target = tmp_path / "out" / "lijst.xlsx"
    page.ask_export_path = lambda: target
    started = []
    window.runner.started.connect(lambda task: started.append(task.label))
    page.export()
    assert started == ["Lijst exporteren"]
    qtbot.waitUntil(lambda: target.exists() and not window.runner.busy, timeout=10_000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == tuple(column_title(c) for c in page.visible_columns())
    assert rows[1][1] == "Zoë Aerts"
    assert "BSN" not in rows[0]
    assert "geëxporteerd" in window.statusBar().currentMessage()


def test_the_model_fetches_rows_a_page_at_a_time():
    fetched: list[list[int]] = []

    def fetch(ids):
        fetched.append(list(ids))
        return [
            ClientListRow(
                i, f"ZK{i:07d}", f"Naam {i}", date(1990, 1, 1), None, None, "none", None, None, None
            )
            for i in ids
        ]

    model = ClientTableModel(fetch)
    ids = tuple(range(1, 251))
    model.set_result(ClientListResult(ids, tuple(fetch(ids[:100]))))
    fetched.clear()
    assert model.rowCount() == 250
    assert model.index(5, 1).data() == "Naam 6"
    assert fetched == []
    assert model.index(150, 1).data() == "Naam 151"
    assert fetched == [list(range(101, 201))]
    assert model.index(199, 0).data() == "ZK0000200"
    assert len(fetched) == 1
    assert model.index(0, COLUMNS.index("route_status")).data() == "Geen route"
