"""The PDF publication: what the region's partners read.

Laid out like a regional authority's monthly bulletin: a cover, key figures with the
change against last month and last year, charts per focus sector and focus group,
every table with hidden numbers marked ``x``, and a page explaining the definitions
and how the figures are protected. Only published numbers are drawn; a change is
shown only when both numbers it compares are published.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from zkijdesk.atomic import atomic_write
from zkijdesk.pdf_fonts import FONT, FONT_BOLD, LANG, bookmark_heading
from zkijdesk.pdf_fonts import register as register_fonts
from zkijdesk.reporting.indicators import (
    BY_CODE,
    SECTOR,
    TOTAL,
    YES,
)
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.tables import (
    KEY_TABLE_ID,
    PERIOD_LAST_YEAR,
    PERIOD_MONTH,
    PERIOD_PREVIOUS,
    PERIOD_YTD,
)
from zkijdesk.reporting.tables import Table as FigureTable
from zkijdesk.reporting.writers import notes
from zkijdesk.reporting.writers.common import (
    INDICATOR_SET,
    REGION_NAME,
    SUPPRESSED_MARK,
    dutch_date,
    dutch_int,
    file_name,
)
from zkijdesk.reporting.writers.pdf_headers import PADDING, header_cells

NAVY = colors.HexColor("#1F3864")
TEAL = colors.HexColor("#2E7D8C")
ORANGE = colors.HexColor("#E07B39")
LIGHT = colors.HexColor("#EEF2F7")
RULE = colors.HexColor("#9BA7B8")
HIDDEN = colors.HexColor("#E7E6E6")
SERIES = (NAVY, TEAL, ORANGE, colors.HexColor("#8FA9C9"))
MARGIN = 18 * mm
WIDTH, HEIGHT = A4

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8.6, leading=11.6)
H1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=NAVY, spaceAfter=6)
H2 = ParagraphStyle(
    "h2",
    fontName=FONT_BOLD,
    fontSize=11.5,
    leading=15,
    textColor=NAVY,
    spaceBefore=10,
    spaceAfter=4,
)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=7.8, leading=9.2, alignment=TA_LEFT)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName=FONT_BOLD)
HEAD = ParagraphStyle(
    "head", fontName=FONT_BOLD, fontSize=7.3, leading=8.6, alignment=1, textColor=NAVY
)

#: Headings that become bookmarks, and at which level of the outline.
OUTLINE_LEVELS = {H1.name: 0, H2.name: 1}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _change(now: int | None, before: int | None) -> str:
    if now is None or before is None:
        return SUPPRESSED_MARK
    diff = now - before
    sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
    text = f"{sign}{dutch_int(abs(diff))}"
    if before:
        pct = abs(diff) / before * 100
        text += f" ({sign}{pct:.1f}%)".replace(".", ",")
    return text


class _Doc(BaseDocTemplate):
    def __init__(self, target, publication: Publication, issued: date) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=24 * mm,
            bottomMargin=18 * mm,
            title=f"Maandcijfers {REGION_NAME} {publication.period}",
            author="Arbeidsmarktregio Zuid-Kennemerland & IJmond",
            subject=f"{INDICATOR_SET} {publication.period}",
            creator="zkijdesk",
            lang=LANG,
            displayDocTitle=1,
            initialFontName=FONT,
        )
        self.publication = publication
        self.issued = issued
        frame = Frame(MARGIN, 18 * mm, WIDTH - 2 * MARGIN, HEIGHT - 42 * mm, id="body")
        cover = Frame(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN, id="cover")
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._cover),
                PageTemplate("body", [frame], onPage=self._page),
            ]
        )

    def afterFlowable(self, flowable) -> None:
        """Every heading becomes a bookmark: chapters at the top, tables beneath."""
        bookmark_heading(self, flowable, OUTLINE_LEVELS)

    def _month_label(self) -> str:
        return self.publication.tables[0].periods.label(PERIOD_MONTH)

    def _cover(self, canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, HEIGHT - 120 * mm, WIDTH, 120 * mm, stroke=0, fill=1)
        canvas.setFillColor(ORANGE)
        canvas.rect(0, HEIGHT - 124 * mm, WIDTH, 4 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT, 11)
        canvas.drawString(MARGIN, HEIGHT - 30 * mm, "Arbeidsmarktregio")
        canvas.setFont(FONT_BOLD, 20)
        canvas.drawString(MARGIN, HEIGHT - 40 * mm, REGION_NAME)
        canvas.setFont(FONT_BOLD, 34)
        canvas.drawString(MARGIN, HEIGHT - 80 * mm, "Maandcijfers")
        canvas.setFont(FONT, 22)
        canvas.drawString(MARGIN, HEIGHT - 95 * mm, self._month_label())
        canvas.setFont(FONT, 10.5)
        canvas.drawString(
            MARGIN,
            HEIGHT - 108 * mm,
            "Regionaal Mobiliteitsteam (RMT) en Werkgeversservicepunt (WSP)",
        )
        canvas.setFillColor(NAVY)
        canvas.setFont(FONT, 9)
        canvas.drawString(
            MARGIN,
            24 * mm,
            f"Uitgegeven op {dutch_date(self.issued)} · regio {self.publication.region}",
        )
        canvas.drawString(
            MARGIN,
            19 * mm,
            "Geanonimiseerde cijfers; kleine aantallen zijn beschermd (zie de toelichting).",
        )
        canvas.drawString(
            MARGIN,
            14 * mm,
            f"Toegankelijke versie (voor schermlezers): {file_name(self.publication, 'html')}",
        )
        canvas.restoreState()

    def _page(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, HEIGHT - 12 * mm, WIDTH, 12 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.drawString(MARGIN, HEIGHT - 7.8 * mm, f"Maandcijfers {REGION_NAME}")
        canvas.setFont(FONT, 8.5)
        canvas.drawRightString(WIDTH - MARGIN, HEIGHT - 7.8 * mm, self._month_label())
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, 13 * mm, WIDTH - MARGIN, 13 * mm)
        canvas.setFillColor(colors.grey)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(
            MARGIN,
            9 * mm,
            f"'{SUPPRESSED_MARK}' = geheim: te klein om te publiceren of daaruit af te leiden",
        )
        canvas.drawRightString(WIDTH - MARGIN, 9 * mm, f"pagina {doc.page}")
        canvas.restoreState()


def _key_figures(pub: Publication) -> list:
    table = pub.table(KEY_TABLE_ID)
    periods = table.periods
    texts = [
        "Indicator",
        periods.label(PERIOD_MONTH),
        periods.label(PERIOD_PREVIOUS),
        "verschil met vorige maand",
        periods.label(PERIOD_LAST_YEAR),
        "verschil met vorig jaar",
    ]
    has_ytd = PERIOD_YTD in periods.codes
    if has_ytd:
        texts.append(periods.label(PERIOD_YTD))
    widths = [50 * mm, 17 * mm, 17 * mm, 27 * mm, 17 * mm, 27 * mm] + ([19 * mm] if has_ytd else [])
    rows = [header_cells(HEAD, texts, widths, _esc)]
    styles = []
    for i, code in enumerate(table.rows.codes, start=1):
        now = pub.shown(table.cells[(code, "", PERIOD_MONTH)])
        prev = pub.shown(table.cells[(code, "", PERIOD_PREVIOUS)])
        last = pub.shown(table.cells[(code, "", PERIOD_LAST_YEAR)])
        row = [
            Paragraph(_esc(table.rows.label(code)), CELL),
            _num(now),
            _num(prev),
            _change(now, prev),
            _num(last),
            _change(now, last),
        ]
        if has_ytd:
            row.append(_num(pub.shown(table.cells[(code, "", PERIOD_YTD)])))
        rows.append(row)
        if i % 2 == 0:
            styles.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    flow = Table(rows, colWidths=widths, repeatRows=1)
    flow.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("LEFTPADDING", (0, 0), (-1, 0), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, 0), PADDING),
                ("FONT", (1, 1), (-1, -1), FONT, 8),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                ("TEXTCOLOR", (3, 1), (3, -1), TEAL),
                ("TEXTCOLOR", (5, 1), (5, -1), TEAL),
                *styles,
            ]
        )
    )
    return [flow]


def _num(value: int | None) -> str:
    return SUPPRESSED_MARK if value is None else dutch_int(value)


def _bar_chart(title: str, categories: list[str], series: list[tuple[str, list[int | None]]]):
    drawing = Drawing(WIDTH - 2 * MARGIN, 62 * mm)
    drawing.initialFontName = FONT  # else the renderer starts in Helvetica
    drawing.add(String(0, 58 * mm, title, fontName=FONT_BOLD, fontSize=9, fillColor=NAVY))
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = 120 * mm, 42 * mm
    chart.data = [list(values) for _, values in series]  # None: no bar, marked x below
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: dutch_int(int(v))
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.barLabelFormat = lambda v: dutch_int(int(v))
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    for i in range(len(series)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    for si, (_, values) in enumerate(series):
        for ci, value in enumerate(values):
            if value is None:
                width = chart.width / len(categories)
                x = chart.x + width * ci + width / 2 + (si - len(series) / 2) * 6
                drawing.add(String(x, chart.y + 2, SUPPRESSED_MARK, fontName=FONT_BOLD, fontSize=8))
    legend = Legend()
    legend.columnMaximum = len(series)
    legend.x, legend.y = 140 * mm, 44 * mm
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], name) for i, (name, _) in enumerate(series)]
    drawing.add(legend)
    return drawing


def _sector_chart(pub: Publication):
    month = PERIOD_MONTH
    series = []
    for table_id, column, name in (
        ("begeleiding.sector", "instroom", "Instroom"),
        ("scholing.sector", "scholing_gestart", "Scholing gestart"),
        ("plaatsingen.sector", "plaatsingen", "Plaatsingen"),
        ("plaatsingen.sector", "duurzaam_6m", "Duurzaam (6 mnd)"),
    ):
        table = pub.table(table_id)
        series.append((name, [pub.shown(table.cells[(c, column, month)]) for c in SECTOR.codes]))
    names = [SECTOR.label(c).replace(" en onbekend", "") for c in SECTOR.codes]
    if all(value is None for _name, values in series for value in values):
        # A chart of nothing but "x" marks drew an axis of zeros under them: a small
        # region's month can hide every sector figure (helper's walk, 3,000 clients).
        return Paragraph(
            "<b>Per focussector, deze maand:</b> alle cijfers zijn deze maand geheim "
            "(te klein om te publiceren of daaruit af te leiden); de tabellen hieronder "
            "tonen ze per sector met een x.",
            ParagraphStyle("chartNote", parent=BODY, spaceAfter=10),
        )
    return _bar_chart("Per focussector, deze maand", names, series)


def _group_chart(pub: Publication):
    groups = pub.breakdowns.groups
    if not groups:
        return None
    drawing = Drawing(WIDTH - 2 * MARGIN, 20 * mm + 12 * mm * len(groups))
    drawing.initialFontName = FONT
    top = drawing.height
    drawing.add(
        String(
            0,
            top - 4 * mm,
            f"Per focusdoelgroep {pub.year}, deze maand (aantal dat tot de groep behoort)",
            fontName=FONT_BOLD,
            fontSize=9,
            fillColor=NAVY,
        )
    )
    chart = HorizontalBarChart()
    chart.x, chart.y = 55 * mm, 8 * mm
    chart.width, chart.height = 95 * mm, top - 20 * mm
    data = []
    names = []
    for column in ("in_begeleiding", "instroom", "plaatsingen"):
        values = []
        for g in groups:
            table = pub.table(f"begeleiding.doelgroep_{g.code}")
            if column == "plaatsingen":
                table = pub.table(f"plaatsingen.doelgroep_{g.code}")
            values.append(pub.shown(table.cells[(YES, column, PERIOD_MONTH)]))
        data.append(values)
        names.append(BY_CODE[column].short_nl)
    chart.data = [list(row) for row in data]
    chart.categoryAxis.categoryNames = [g.nl[:34] for g in groups]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: dutch_int(int(v))
    chart.barLabelFormat = lambda v: dutch_int(int(v))
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 8
    for i in range(len(data)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.columnMaximum = 3
    legend.x, legend.y = 155 * mm, top - 12 * mm
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.colorNamePairs = [(SERIES[i], n) for i, n in enumerate(names)]
    drawing.add(legend)
    return drawing


def _figure_table(pub: Publication, table: FigureTable) -> list:
    columns = table.column_codes()
    periods = table.periods.codes
    blocks = [periods] if len(columns) * len(periods) <= 8 else [(p,) for p in periods]
    out: list = [Paragraph(_esc(table.nl), H2)]
    for block in blocks:
        n = len(columns) * len(block)
        # Many columns: a narrower label column leaves the figures room for whole words.
        label_width = 46 * mm if n <= 6 else 38 * mm
        width = min(26 * mm, (WIDTH - 2 * MARGIN - label_width) / n)
        labels = [table.columns.label(c) if table.columns else "Aantal" for c in columns]
        periods_shown = [table.periods.label(p) for p in block]
        band_texts = [table.rows.nl, *periods_shown]
        band_widths = [label_width] + [width * len(columns)] * len(block)
        head_texts = labels * len(block)
        style_texts = band_texts + head_texts
        style_widths = band_widths + [width] * len(head_texts)
        cells = header_cells(HEAD, style_texts, style_widths, _esc)
        band_cells, head_cells = cells[: len(band_texts)], cells[len(band_texts) :]
        band = [band_cells[0]]
        heads = [""]
        spans = []
        col = 1
        for i, _period in enumerate(block):
            band.append(band_cells[1 + i])
            band.extend([""] * (len(columns) - 1))
            spans.append(("SPAN", (col, 0), (col + len(columns) - 1, 0)))
            heads.extend(head_cells[i * len(columns) : (i + 1) * len(columns)])
            col += len(columns)
        rows = [band, heads]
        styles: list[tuple[object, ...]] = list(spans)
        for r, row_code in enumerate(table.rows.codes, start=2):
            total_row = row_code == TOTAL
            line = [Paragraph(_esc(table.rows.label(row_code)), CELL_BOLD if total_row else CELL)]
            c = 1
            for period in block:
                for column in columns:
                    value = pub.shown(table.cells[(row_code, column, period)])
                    line.append(_num(value))
                    if value is None:
                        styles.append(("BACKGROUND", (c, r), (c, r), HIDDEN))
                    if column == TOTAL:
                        styles.append(("FONT", (c, r), (c, r), FONT_BOLD, 7.8))
                    c += 1
            rows.append(line)
            if total_row:
                styles.append(("FONT", (1, r), (-1, r), FONT_BOLD, 7.8))
                styles.append(("LINEABOVE", (0, r), (-1, r), 0.6, NAVY))
        flow = Table(rows, colWidths=[label_width] + [width] * n, repeatRows=2)
        flow.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 7.8),
                    ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 1), LIGHT),
                    ("LINEBELOW", (0, 1), (-1, 1), 0.8, NAVY),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                    ("LEFTPADDING", (0, 0), (-1, 1), PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, 1), PADDING),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                    *styles,
                ]
            )
        )
        out.append(flow)
        out.append(Spacer(1, 3 * mm))
    return [KeepTogether(out)]


def _explanation(pub: Publication) -> list:
    out: list = [Paragraph("Toelichting", H1)]
    for section in notes.explanation(pub):
        out.append(Paragraph(_esc(section.heading), H2))
        for note in section.notes:
            lead = f"<b>{_esc(note.lead)}</b> " if note.lead else ""
            out.append(Paragraph(lead + _esc(note.text), NOTE if section.compact else BODY))
            out.append(Spacer(1, 1 * mm))
    return out


def render(publication: Publication, issued: date | None = None) -> bytes:
    register_fonts()
    out = io.BytesIO()
    doc = _Doc(out, publication, issued or date.today())
    story: list = [NextPageTemplate("body"), PageBreak()]
    story.append(Paragraph("Kerncijfers", H1))
    story.append(Paragraph(_esc(notes.key_figures_intro(doc._month_label())), BODY))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(_esc(notes.accessible_version(publication)), NOTE))
    story.append(Spacer(1, 4 * mm))
    story.extend(_key_figures(publication))
    story.append(Spacer(1, 6 * mm))
    story.append(_sector_chart(publication))
    group_chart = _group_chart(publication)
    if group_chart is not None:
        story.append(CondPageBreak(group_chart.height + 10))
        story.append(group_chart)
    story.append(PageBreak())
    story.append(Paragraph("Tabellen", H1))
    story.append(Paragraph(_esc(notes.tables_intro()), BODY))
    for table in publication.tables:
        if table.id == KEY_TABLE_ID:
            continue
        story.extend(_figure_table(publication, table))
    story.append(PageBreak())
    story.extend(_explanation(publication))
    doc.build(story)
    return out.getvalue()


def write(publication: Publication, target: Path, issued: date | None = None) -> Path:
    data = render(publication, issued)
    with atomic_write(target) as fh:
        fh.write(data)
    return target


__all__ = ["render", "write"]
