"""A screenshot of every main screen, on a demo store so the screens look lived in.

Saved to ``ZKIJDESK_SCREENSHOTS`` (default ``zkijdesk-screenshots`` in the temp
folder) in light and dark, for a human to look at; the assertions check what each screen must show.
"""

from __future__ import annotations

import pytest
from demo_support import demo_store as make_demo_store
from gui_support import TODAY, context_for, shoot

from zkijdesk.services.client_list import ClientListQuery
from zkijdesk.views import style
from zkijdesk.views.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    with make_demo_store(folder, clients=500, seed=3, today=TODAY) as store:
        yield store


def rich_client(ws) -> int:
    """A client of this coach whose open route has a training and a placement, with an
    earlier route if there is one (a coach sees a returning client only when the new
    route is theirs too, so the demo has few)."""
    rows = ws.services.client_list.search(
        ClientListQuery(route_status="open"), first_page=200
    ).first_rows
    found = []
    for row in rows:
        routes = ws.services.clients.routes(row.id)
        current = next((r for r in routes if r.is_open), None)
        if current and current.trainings and current.placements:
            found.append((len(routes) < 2, row.id))
    return min(found)[1] if found else rows[0].id


@pytest.mark.parametrize(
    ("dark", "language"), [(False, "nl"), (True, "nl"), (False, "en")], ids=["light", "dark", "en"]
)
def test_every_main_screen(qtbot, qapp, demo_store, dark, language):
    from PySide6.QtCore import QCoreApplication

    from zkijdesk import i18n
    from zkijdesk.views import translations

    style.apply(qapp, dark=dark)
    suffix = ("_dark" if dark else "") + ("_en" if language == "en" else "")
    installed = translations.install(qapp, "en") if language == "en" else []
    try:
        window = MainWindow(str(demo_store.location.path))
        qtbot.addWidget(window)
        window.resize(1360, 840)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.usable, timeout=15_000):
            window.attach(
                context_for(demo_store, "coach01"), demo_store, store_name="demo.db", is_demo=True
            )
        qtbot.waitUntil(lambda: window._ref_loaded)
        worklist = window.pages["worklist"]
        qtbot.waitUntil(lambda: worklist.data is not None, timeout=10_000)
        assert worklist.kpi_open.number > 0
        shoot(window, f"01_worklist{suffix}")

        window.show_page("clients")
        clients = window.pages["clients"]
        assert clients.model.rowCount() > 20
        shoot(window, f"02_clients{suffix}")
        clients.filter_button.setChecked(True)
        shoot(window, f"03_clients_filters{suffix}")
        clients.filter_button.setChecked(False)

        client_id = rich_client(window.ws)
        window.open_client(client_id)
        file = window.files[client_id]
        qtbot.waitUntil(lambda: file.data is not None, timeout=10_000)
        for index, name in enumerate(("person", "route", "contacts", "tasks", "labels")):
            file.tabs.setCurrentIndex(index)
            shoot(window, f"04_file_{index + 1}_{name}{suffix}")
        file.tabs.setCurrentIndex(1)
        file.route_tab.add_placement_button.click()
        shoot(file.route_tab.dialog, f"05_dialog_placement{suffix}")
        file.route_tab.dialog.reject()

        window.new_client()
        shoot(window, f"06_new_client{suffix}")
        ready = lambda: not getattr(window.current_page(), "loading", False)  # noqa: E731
        window.show_page("wsp")
        qtbot.waitUntil(ready, timeout=15_000)
        shoot(window, f"07_employers{suffix}")
        window.show_page("reporting")
        qtbot.waitUntil(ready, timeout=15_000)
        shoot(window, f"08_reporting{suffix}")
        window.show_bin()
        shoot(window.bin_dialog, f"09_bin{suffix}")
        window.bin_dialog.reject()
        if language == "en":
            assert window.nav.item(0).text() == "My worklist"
            assert window.user_label.text().startswith("User: ")
        window.runner.wait()
        window.store = None
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        i18n.set_language("nl")
        style.apply(qapp, dark=False)
