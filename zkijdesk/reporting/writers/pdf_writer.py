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
from zkijdesk.reporting.indicators import (
    BY_CODE,
    DEFINITIONS,
    SECTOR,
    TOTAL,
    YES,
)
from zkijdesk.reporting.metadata import context_lines
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.tables import (
    KEY_TABLE_ID,
    PERIOD_LAST_YEAR,
    PERIOD_MONTH,
    PERIOD_PREVIOUS,
    PERIOD_YTD,
)
from zkijdesk.reporting.tables import Table as FigureTable
from zkijdesk.reporting.writers.common import (
    INDICATOR_SET,
    REGION_NAME,
    SUPPRESSED_MARK,
    audit_lines,
    dutch_date,
    dutch_int,
)

NAVY = colors.HexColor("#1F3864")
TEAL = colors.HexColor("#2E7D8C")
ORANGE = colors.HexColor("#E07B39")
LIGHT = colors.HexColor("#EEF2F7")
RULE = colors.HexColor("#9BA7B8")
HIDDEN = colors.HexColor("#E7E6E6")
SERIES = (NAVY, TEAL, ORANGE, colors.HexColor("#8FA9C9"))
MARGIN = 18 * mm
WIDTH, HEIGHT = A4

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13.5)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=8.6, leading=11.6)
H1 = ParagraphStyle(
    "h1", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=NAVY, spaceAfter=6
)
H2 = ParagraphStyle(
    "h2",
    fontName="Helvetica-Bold",
    fontSize=11.5,
    leading=15,
    textColor=NAVY,
    spaceBefore=10,
    spaceAfter=4,
)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.8, leading=9.2, alignment=TA_LEFT)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEAD = ParagraphStyle(
    "head", fontName="Helvetica-Bold", fontSize=7.3, leading=8.6, alignment=1, textColor=NAVY
)


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

    def _month_label(self) -> str:
        return self.publication.tables[0].periods.label(PERIOD_MONTH)

    def _cover(self, canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, HEIGHT - 120 * mm, WIDTH, 120 * mm, stroke=0, fill=1)
        canvas.setFillColor(ORANGE)
        canvas.rect(0, HEIGHT - 124 * mm, WIDTH, 4 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(MARGIN, HEIGHT - 30 * mm, "Arbeidsmarktregio")
        canvas.setFont("Helvetica-Bold", 20)
        canvas.drawString(MARGIN, HEIGHT - 40 * mm, REGION_NAME)
        canvas.setFont("Helvetica-Bold", 34)
        canvas.drawString(MARGIN, HEIGHT - 80 * mm, "Maandcijfers")
        canvas.setFont("Helvetica", 22)
        canvas.drawString(MARGIN, HEIGHT - 95 * mm, self._month_label())
        canvas.setFont("Helvetica", 10.5)
        canvas.drawString(
            MARGIN,
            HEIGHT - 108 * mm,
            "Regionaal Mobiliteitsteam (RMT) en Werkgeversservicepunt (WSP)",
        )
        canvas.setFillColor(NAVY)
        canvas.setFont("Helvetica", 9)
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
        canvas.restoreState()

    def _page(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, HEIGHT - 12 * mm, WIDTH, 12 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.drawString(MARGIN, HEIGHT - 7.8 * mm, f"Maandcijfers {REGION_NAME}")
        canvas.setFont("Helvetica", 8.5)
        canvas.drawRightString(WIDTH - MARGIN, HEIGHT - 7.8 * mm, self._month_label())
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, 13 * mm, WIDTH - MARGIN, 13 * mm)
        canvas.setFillColor(colors.grey)
        canvas.setFont("Helvetica", 7.5)
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
    head = [
        Paragraph("Indicator", HEAD),
        Paragraph(_esc(periods.label(PERIOD_MONTH)), HEAD),
        Paragraph(_esc(periods.label(PERIOD_PREVIOUS)), HEAD),
        Paragraph("verschil met vorige maand", HEAD),
        Paragraph(_esc(periods.label(PERIOD_LAST_YEAR)), HEAD),
        Paragraph("verschil met vorig jaar", HEAD),
    ]
    has_ytd = PERIOD_YTD in periods.codes
    if has_ytd:
        head.append(Paragraph(_esc(periods.label(PERIOD_YTD)), HEAD))
    rows = [head]
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
    widths = [50 * mm, 17 * mm, 17 * mm, 27 * mm, 17 * mm, 27 * mm] + ([19 * mm] if has_ytd else [])
    flow = Table(rows, colWidths=widths, repeatRows=1)
    flow.setStyle(
        TableStyle(
            [
                ("FONT", (1, 1), (-1, -1), "Helvetica", 8),
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
    drawing.add(String(0, 58 * mm, title, fontName="Helvetica-Bold", fontSize=9, fillColor=NAVY))
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = 120 * mm, 42 * mm
    chart.data = [list(values) for _, values in series]  # None: no bar, marked x below
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: dutch_int(int(v))
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.barLabelFormat = lambda v: dutch_int(int(v))
    chart.barLabels.fontName = "Helvetica"
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
                drawing.add(
                    String(x, chart.y + 2, SUPPRESSED_MARK, fontName="Helvetica-Bold", fontSize=8)
                )
    legend = Legend()
    legend.columnMaximum = len(series)
    legend.x, legend.y = 140 * mm, 44 * mm
    legend.fontName = "Helvetica"
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
    return _bar_chart("Per focussector, deze maand", names, series)


def _group_chart(pub: Publication):
    groups = pub.breakdowns.groups
    if not groups:
        return None
    drawing = Drawing(WIDTH - 2 * MARGIN, 20 * mm + 12 * mm * len(groups))
    top = drawing.height
    drawing.add(
        String(
            0,
            top - 4 * mm,
            f"Per focusdoelgroep {pub.year}, deze maand (aantal dat tot de groep behoort)",
            fontName="Helvetica-Bold",
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
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: dutch_int(int(v))
    chart.barLabelFormat = lambda v: dutch_int(int(v))
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 8
    for i in range(len(data)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.columnMaximum = 3
    legend.x, legend.y = 155 * mm, top - 12 * mm
    legend.fontName = "Helvetica"
    legend.fontSize = 7.5
    legend.colorNamePairs = [(SERIES[i], n) for i, n in enumerate(names)]
    drawing.add(legend)
    return drawing


def _figure_table(pub: Publication, table: FigureTable) -> list:
    columns = table.column_codes()
    periods = table.periods.codes
    blocks = [periods] if len(columns) * len(periods) <= 8 else [(p,) for p in periods]
    out: list = [Paragraph(_esc(table.nl), H2)]
    label_width = 46 * mm
    for block in blocks:
        n = len(columns) * len(block)
        width = min(26 * mm, (WIDTH - 2 * MARGIN - label_width) / n)
        band = [Paragraph(_esc(table.rows.nl), HEAD)]
        heads = [""]
        spans = []
        col = 1
        for period in block:
            band.append(Paragraph(_esc(table.periods.label(period)), HEAD))
            band.extend([""] * (len(columns) - 1))
            spans.append(("SPAN", (col, 0), (col + len(columns) - 1, 0)))
            for column in columns:
                label = table.columns.label(column) if table.columns else "Aantal"
                heads.append(Paragraph(_esc(label), HEAD))
            col += len(columns)
        rows = [band, heads]
        styles = list(spans)
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
                        styles.append(("FONT", (c, r), (c, r), "Helvetica-Bold", 7.8))
                    c += 1
            rows.append(line)
            if total_row:
                styles.append(("FONT", (1, r), (-1, r), "Helvetica-Bold", 7.8))
                styles.append(("LINEABOVE", (0, r), (-1, r), 0.6, NAVY))
        flow = Table(rows, colWidths=[label_width] + [width] * n, repeatRows=2)
        flow.setStyle(
            TableStyle(
                [
                    ("FONT", (1, 2), (-1, -1), "Helvetica", 7.8),
                    ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 1), LIGHT),
                    ("LINEBELOW", (0, 1), (-1, 1), 0.8, NAVY),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
                    *styles,
                ]
            )
        )
        out.append(flow)
        out.append(Spacer(1, 3 * mm))
    return [KeepTogether(out)]


def _explanation(pub: Publication) -> list:
    audit = pub.audit
    out: list = [Paragraph("Toelichting", H1), Paragraph("Wat er geteld wordt", H2)]
    for code, (nl, _) in DEFINITIONS.items():
        out.append(Paragraph(f"<b>{_esc(BY_CODE[code].nl)}.</b> {_esc(nl)}", NOTE))
        out.append(Spacer(1, 1 * mm))
    out.append(Paragraph("Indelingen", H2))
    out.append(
        Paragraph(
            "Focussector: de sector van de route, scholing of plaatsing, met deelsectoren "
            "opgeteld bij hun focussector (Zorg &amp; Welzijn, Onderwijs, Techniek); al het "
            "andere en onbekend valt onder overige sectoren. Gemeente: de huidige woongemeente. "
            "Leeftijd: op 1 januari van het verslagjaar. Focusdoelgroepen: de groepen die de "
            f"regio voor {pub.year} koos; elke groep is een eigen ja/nee-indeling, zodat een "
            "persoon in twee groepen de tabellen niet dubbel telt. Cliënten in de prullenbak "
            "en cliënten met een beperking van de verwerking tellen niet mee.",
            BODY,
        )
    )
    out.append(Paragraph("Hoe kleine aantallen beschermd zijn", H2))
    out.append(
        Paragraph(
            f"Een aantal van 1 tot {pub.threshold} kan een persoon herkenbaar maken en wordt "
            "niet gepubliceerd (primaire geheimhouding). Ook een nul wordt geheimgehouden "
            "wanneer die zou laten zien dat iedereen in een kleine groep dezelfde uitkomst had. "
            "Daarna worden zo weinig en zo klein mogelijke andere cijfers geheimgehouden, zodat "
            "geen geheim cijfer uit de totalen, uit de cijfers tot en met de maand of uit de "
            "eerder dit jaar gepubliceerde maandcijfers is terug te rekenen (secundaire "
            "geheimhouding). Voor publicatie berekent een controle met lineaire programmering "
            "voor elk geheim cijfer de kleinste en grootste waarde die een lezer uit alle "
            f"gepubliceerde cijfers kan afleiden; die marge moet minstens {pub.threshold} zijn, "
            "anders wordt niets gepubliceerd.",
            BODY,
        )
    )
    out.append(Spacer(1, 2 * mm))
    verdict = "geslaagd" if audit.passed else "niet geslaagd"
    earlier = ", ".join(str(m) for m in audit.earlier_months) or "geen"
    later = ""
    if audit.later_months:
        months = ", ".join(str(m) for m in audit.later_months)
        later = f" Al gepubliceerde latere maanden in de controle (correctie): {months}."
    out.append(
        Paragraph(
            f"<b>Controle:</b> {verdict}. Geheim: {dutch_int(audit.suppressed)} van "
            f"{dutch_int(len(pub.values))} cijfers. Eerder dit jaar gepubliceerde maanden in "
            f"de controle: {earlier}.{later} Sinds eerdere publicaties gecorrigeerde cijfers: "
            f"{dutch_int(audit.corrected)}.",
            BODY,
        )
    )
    out.append(Spacer(1, 2 * mm))
    out.append(Paragraph(f"<b>Wat de controle dekt.</b> {_esc(' '.join(audit_lines(pub)))}", BODY))
    out.append(Paragraph("Over deze publicatie", H2))
    out.append(Paragraph(_esc(" ".join(context_lines(pub.info))), BODY))
    return out


def render(publication: Publication, issued: date | None = None) -> bytes:
    out = io.BytesIO()
    doc = _Doc(out, publication, issued or date.today())
    story: list = [NextPageTemplate("body"), PageBreak()]
    story.append(Paragraph("Kerncijfers", H1))
    story.append(
        Paragraph(
            f"De belangrijkste cijfers van {_esc(doc._month_label())} voor de hele regio, "
            "vergeleken met de vorige maand en dezelfde maand vorig jaar.",
            BODY,
        )
    )
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
    story.append(
        Paragraph(
            "Per thema en indeling: de maand en januari tot en met de maand. Totalen zijn de "
            "som van hun categorieën; een geheim cijfer is gemarkeerd met "
            f"'{SUPPRESSED_MARK}'.",
            BODY,
        )
    )
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
