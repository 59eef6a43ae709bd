"""The trends dashboard on a whole region: what the team lead waits for, and what not.

On a 30,000-client demo store this times ``TrendsService.trends`` as the dashboard
runs it on a worker thread (every indicator of 24 months, by sector, focus group and
municipality, month and year to date, the funnel, the aims), split into the export's
counting of each calendar year, the funnel query and building the series. It then
times, offscreen, what happens on the UI thread: drawing the three charts, switching
indicator, split and period (a redraw from memory), and rendering a chart to PNG
and SVG for export.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from zkijdesk.services.demo import generate_demo
from zkijdesk.services.reporting_queries import month_end, year_counts
from zkijdesk.services.trends import TrendsService, _funnel, build_series, last_months
from zkijdesk.services.users import actor_for
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

TODAY = date(2026, 11, 15)
RUNS = 3


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def _parts(store) -> list[tuple[str, float]]:
    """The service's steps one by one, on the same session kind it uses."""
    months = last_months(TODAY)
    years: dict[int, int] = {}
    for year, month in months:
        years[year] = max(month, years.get(year, 0))
    out, counts = [], {}
    with store.figures_session() as s:
        for year, last in sorted(years.items()):
            counts[year], seconds = _timed(lambda y=year, k=last: year_counts(s, y, k))
            out.append((f"count {year} (January to month {last}), as the export does", seconds))
        _, seconds = _timed(lambda: _funnel(s, date(*months[0], 1), month_end(*months[-1]), TODAY))
        out.append(("funnel (routes with an intake in the 24 months)", seconds))
    series, seconds = _timed(lambda: build_series(counts, months))
    points = sum(len(line.values) for lines in series.values() for line in lines)
    out.append((f"series for every chart ({len(series)} charts, {points:,} points)", seconds))
    return out


def _ui(trends, lead_ctx) -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication([])
    from zkijdesk.views import style
    from zkijdesk.views.trends.charts import png_bytes
    from zkijdesk.views.trends.page import TrendsPage
    from zkijdesk.views.workspace import Workspace

    style.apply(app, dark=False)
    window = QMainWindow()
    window.resize(1280, 720)
    page = TrendsPage(Workspace.standalone(lead_ctx, window), window)
    page._loaded = True  # the data is handed over below, as the worker's answer would be
    window.setCentralWidget(page)
    window.show()
    app.processEvents()

    def show():
        page._show(trends)
        page.grab()

    _, first = _timed(show)
    switches = []
    for indicator in ("plaatsingen", "instroom", "in_scholing", "vacatures_geopend"):
        for split in ("totaal", "sector", "doelgroep", "gemeente"):
            for mode in ("M", "Y"):

                def switch(i=indicator, sp=split, mo=mode):
                    page.indicator.setCurrentIndex(page.indicator.findData(i))
                    page.split.setCurrentIndex(page.split.findData(sp))
                    page.mode.setCurrentIndex(page.mode.findData(mo))
                    page.trend_chart.grab()

                switches.append(_timed(switch)[1])
    image, png_paint = _timed(page.trend_chart.export_image)
    _, png_encode = _timed(lambda: png_bytes(image))
    _, svg = _timed(page.trend_chart.svg_bytes)
    window.close()
    window.deleteLater()
    app.processEvents()
    return [
        ("first drawing of the three charts (page painted)", first),
        (
            f"switch indicator/split/period and repaint, median of {len(switches)}",
            statistics.median(switches),
        ),
        (f"switch, slowest of {len(switches)}", max(switches)),
        ("chart painted for PNG (2400×1440 pixels)", png_paint),
        ("PNG compressed (on a worker, not the UI thread)", png_encode),
        ("chart to SVG", svg),
    ]


def run(quick: bool = False) -> str:
    clients = 2_000 if quick else 30_000
    with tempfile.TemporaryDirectory() as tmp:
        store = create_store(StoreLocation(path=Path(tmp) / "demo.db"), key=new_raw_key())
        _, gen_s = _timed(lambda: generate_demo(store, clients=clients, seed=1, today=TODAY))
        lead = actor_for(store, "teamlead01")
        service = TrendsService(store, lead, lambda: TODAY)
        runs = []
        for _ in range(RUNS):
            trends, seconds = _timed(service.trends)
            runs.append(seconds)
        parts = _parts(store)
        from zkijdesk.services.container import Services

        ui = _ui(trends, Services(store, lead, lambda: TODAY))
        store.close()
    part_rows = "\n".join(f"| {name} | {seconds:.2f} s |" for name, seconds in parts)
    ui_rows = "\n".join(f"| {name} | {seconds * 1000:.0f} ms |" for name, seconds in ui)
    return f"""## Trends dashboard (`bench_trends`)

Dataset: `generate_demo(clients={clients:,}, seed=1)` up to {TODAY:%Y-%m-%d} (generated in
{gen_s:.0f} s); signed in as `teamlead01`. The dashboard shows the 24 months that have
ended ({trends.months[0][0]}-{trends.months[0][1]:02d} to
{trends.months[-1][0]}-{trends.months[-1][1]:02d}): three calendar years counted.

Off the UI thread (`TrendsService.trends`, on a worker of the task runner): median of
{RUNS} runs **{statistics.median(runs):.2f} s** (runs: {", ".join(f"{r:.2f}" for r in runs)} s).
The page shows a progress bar in the status bar meanwhile, and can be cancelled
between years.

| step (one run) | time |
| --- | --- |
{part_rows}

On the UI thread (Qt offscreen, window 1280×720): everything after the worker's answer
is drawing from memory.

| step | time |
| --- | --- |
{ui_rows}

Target (issue 12): the window never waits on the counting; a switch of chart repaints
well under 100 ms."""
