"""The trends dashboard as a team lead and the admin use it, on a demo store.

The charts must show the service's numbers, follow the chosen split, and export
files that read back with those numbers: a PNG, an SVG with the chart's title and
an XLSX whose cells are the chart's points.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest
from gui_support import TODAY, context_for, open_window, shoot
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from zkijdesk.services.trends import SPLIT_MUNICIPALITY, SPLIT_TOTAL, TrendsService
from zkijdesk.views.trends.charts import DARK_COLOURS, LIGHT_COLOURS


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    folder = tmp_path_factory.mktemp("trends")
    key = new_raw_key()
    store = create_store(StoreLocation(path=folder / "demo.db"), key=key, is_demo=True)
    generate_demo(store, clients=400, seed=4, today=TODAY)
    store.close()
    return folder / "demo.db", key


@pytest.fixture
def demo(demo_file, tmp_path):
    from zkijdesk.storage.store import StoreLocation, open_store

    source, key = demo_file
    shutil.copy(source, tmp_path / "demo.db")
    store = open_store(StoreLocation(path=tmp_path / "demo.db"), key=key)
    yield store
    store.close()


def _dashboard(qtbot, store, username):
    from zkijdesk.views.privacy.integration import after_sign_in

    window = open_window(qtbot, store, username, is_demo=True)
    after_sign_in(window, context_for(store, username))
    window.show_page("trends")
    page = window.pages["trends"]
    qtbot.waitUntil(lambda: page.trends is not None, timeout=30_000)
    return window, page


def _close(window) -> None:
    from zkijdesk.views.privacy.integration import before_close

    window.runner.shut_down()
    before_close(window)
    window.store = None


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_team_lead_reads_the_charts_and_switches_the_split(qtbot, demo):
    expected = TrendsService(demo, context_for(demo, "teamlead01").actor, lambda: TODAY).trends()
    window, page = _dashboard(qtbot, demo, "teamlead01")
    try:
        assert page.objectName() == "trendsDashboard"
        assert window.stack.currentWidget() is page
        assert page.internal.isVisible()
        assert "Interne teamcijfers" in page.internal.text.text()
        assert "Rapportage" in page.internal.text.text()

        chart = page.trend_chart
        total = expected.lines("in_begeleiding", SPLIT_TOTAL, "M")[0].values
        assert [line.values for line in chart.lines] == [total]
        assert chart.accessibleName() == "Personen in begeleiding, per maand"
        assert f"oktober 2026 {total[-1]}" in chart.accessibleDescription()
        chart.resize(900, 420)
        chart.grab()  # lays out the plot
        last_x = chart._x(len(chart.months) - 1)
        tip = chart.tip_at(QPointF(last_x, chart._plot.center().y()))
        assert tip.startswith("oktober 2026") and f"Totaal: {total[-1]}" in tip
        chart.setFocus()
        qtbot.keyClick(chart, Qt.Key.Key_End)
        qtbot.keyClick(chart, Qt.Key.Key_Left)
        assert chart.month_cursor == 22
        assert chart.accessibleDescription() == f"september 2026\nTotaal: {total[-2]}"

        _choose(page.indicator, "plaatsingen")
        _choose(page.split, SPLIT_MUNICIPALITY)
        _choose(page.mode, "Y")
        wanted = expected.lines("plaatsingen", SPLIT_MUNICIPALITY, "Y")
        assert [line.label for line in chart.lines] == [s.label for s in wanted]
        assert "Haarlem" in [line.label for line in chart.lines]
        assert [line.values for line in chart.lines] == [s.values for s in wanted]
        assert chart.title == "Plaatsingen gestart, jaar tot en met de maand"

        _choose(page.indicator, "vacatures_geopend")
        _choose(page.split, "doelgroep")
        assert chart.lines == [] and "geen focusdoelgroep" in chart.accessibleDescription()

        funnel = page.funnel_chart
        assert [s.count for s in funnel.steps] == [s.count for s in expected.funnel]
        assert funnel.steps[0].label == "Intake" and funnel.steps[0].count > 0
        assert "Nog geen streefcijfer" in page.aim_chart.subtitle
        shoot(window, "trends_dashboard")
    finally:
        _close(window)


def test_each_chart_exports_png_svg_and_xlsx_that_read_back(qtbot, demo, tmp_path):
    from openpyxl import load_workbook

    window, page = _dashboard(qtbot, demo, "teamlead01")
    try:
        _choose(page.indicator, "instroom")
        _choose(page.split, "sector")
        chart = page.trend_chart
        targets = {kind: tmp_path / "uit" / f"instroom.{kind}" for kind in ("png", "svg", "xlsx")}
        page.ask_target = lambda _chart, kind: targets[kind]
        card = page.cards["trendChart"]
        for kind, target in targets.items():
            qtbot.mouseClick(card.buttons[kind], Qt.MouseButton.LeftButton)
            qtbot.waitUntil(target.exists, timeout=10_000)

        image = QImage(str(targets["png"]))
        assert (image.width(), image.height()) == (2400, 1440)
        assert image.pixelColor(5, 5) == QColor("#ffffff")  # files are light, for reports
        colours = {
            image.pixelColor(x, y).name() for x in range(0, 2400, 7) for y in range(0, 1440, 7)
        }
        assert LIGHT_COLOURS[0] in colours  # the first line is drawn

        svg = ET.parse(targets["svg"]).getroot()
        texts = " ".join(t.text or "" for t in svg.iter() if t.tag.endswith("text"))
        title = "".join(t.text or "" for t in svg.iter() if t.tag.endswith("title"))
        assert title == "Instroom: routes gestart, per maand"
        assert "Zorg & Welzijn" in texts and "Intern" in texts

        sheet = load_workbook(targets["xlsx"]).active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][0] == "Instroom: routes gestart, per maand"
        assert any("niet publiceren" in (r[0] or "") for r in rows[:5])
        header = next(i for i, r in enumerate(rows) if r[1] == "Zorg & Welzijn")
        body = rows[header + 1 : header + 25]
        assert body[0][0] == "november 2024" and body[-1][0] == "oktober 2026"
        for column, line in enumerate(chart.lines, start=1):
            assert [r[column] for r in body] == list(line.values)

        funnel_xlsx = tmp_path / "uit" / "trechter.xlsx"
        page.ask_target = lambda _chart, _kind: funnel_xlsx
        qtbot.mouseClick(page.cards["funnelChart"].buttons["xlsx"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(funnel_xlsx.exists, timeout=10_000)
        rows = list(load_workbook(funnel_xlsx).active.iter_rows(values_only=True))
        header = next(i for i, r in enumerate(rows) if r[0] == "Stap")
        assert [r[1] for r in rows[header + 1 :]] == [s.count for s in page.funnel_chart.steps]
        assert not list((tmp_path / "uit").glob("*.part"))
    finally:
        _close(window)


def test_the_admin_enters_an_aim_and_the_chart_draws_it(qtbot, demo):
    window, page = _dashboard(qtbot, demo, "admin")
    try:
        qtbot.mouseClick(page.aim_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None, timeout=10_000)
        page.dialog.year.setValue(2026)
        page.dialog.aim.setValue(120)
        before = page.trends
        page.dialog.accept()
        qtbot.waitUntil(lambda: page.trends is not before, timeout=30_000)
        dashed = [line for line in page.aim_chart.lines if line.dashed]
        assert [line.label for line in dashed] == ["Streefcijfer 2026 naar rato"]
        assert dashed[0].values[-1] == 120 and dashed[0].values[5] == 60
        done = next(a for a in page.trends.aims if a.year == 2026).year_to_date[-1]
        assert page.aim_chart.subtitle == f"2026: {done} van 120 ({round(100 * done / 120)} %)"
    finally:
        _close(window)


def test_a_coach_has_no_dashboard(qtbot, demo):
    from zkijdesk.views.privacy.integration import after_sign_in

    window = open_window(qtbot, demo, "coach01", is_demo=True)
    try:
        after_sign_in(window, context_for(demo, "coach01"))
        assert "trends" not in window.pages
    finally:
        _close(window)


def _contrast(a: str, b: str) -> float:
    def luminance(hex_colour: str) -> float:
        channels = []
        for c in QColor(hex_colour).getRgbF()[:3]:
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, b_ = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_line_colour_stands_out_on_its_background():
    """WCAG's 3:1 for graphics, against the light and the dark surface."""
    from zkijdesk.views import style

    assert all(_contrast(c, style.LIGHT.surface) >= 3 for c in LIGHT_COLOURS)
    assert all(_contrast(c, style.DARK.surface) >= 3 for c in DARK_COLOURS)


def test_an_empty_store_says_so_instead_of_drawing_nothing(qtbot, gui_store):
    from zkijdesk.services.users import actor_for, create_user

    create_user(
        gui_store, "lotte", "Lotte Leider", "teamlead", actor=actor_for(gui_store, "beheer")
    )
    window, page = _dashboard(qtbot, gui_store, "lotte")
    try:
        assert page.funnel_chart.is_empty()
        assert page.funnel_chart.accessibleDescription() == (
            "Geen routes met een intake in deze periode."
        )
        assert set(page.trend_chart.lines[0].values) == {0}
        assert all(button.isEnabled() for button in page.cards["trendChart"].buttons.values())
        shoot(window, "trends_dashboard_empty")
    finally:
        _close(window)
