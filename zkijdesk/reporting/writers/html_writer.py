"""The accessible HTML version of the monthly publication.

ReportLab's open-source edition cannot tag a PDF, so a screen-reader user gets this
file instead: the same figures and notes as the PDF, as one self-contained page in
Dutch (``lang="nl"``) with headings in order, a table of contents, and real tables
(a caption, column headers with ``scope="col"``/``"colgroup"`` and row headers with
``scope="row"``). A hidden number is ``x`` with its meaning spelled out for assistive
technology. No script, no external resource, deterministic bytes: the file can be put
on a municipality's website as it is. The page itself (skip link, header, styles, table
of contents) is ``zkijdesk.html_page``, shared with the subject-access reply.
"""

from __future__ import annotations

from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.html_page import contents, page, scroll_box
from zkijdesk.html_page import esc as _e
from zkijdesk.reporting.indicators import TOTAL
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
from zkijdesk.reporting.writers.common import REGION_NAME, SUPPRESSED_MARK, dutch_int

#: The monthly tables' own rules, on top of the shared page's (numbers right-aligned).
STYLE = """
td{text-align:right;font-variant-numeric:tabular-nums}
td.geheim{background:#E7E6E6}
tr.totaal th,tr.totaal td{font-weight:bold}
""".strip()
HIDDEN_SPOKEN = "geheim"


def _num(value: int | None) -> str:
    """A cell's content: the number, or ``x`` that a screen reader says as 'geheim'."""
    if value is None:
        return (
            f'<td class="geheim"><span aria-hidden="true">{SUPPRESSED_MARK}</span>'
            f'<span class="sr">{HIDDEN_SPOKEN}</span></td>'
        )
    return f"<td>{dutch_int(value)}</td>"


def _change(now: int | None, before: int | None) -> str:
    if now is None or before is None:
        return _num(None)
    diff = now - before
    sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
    text = f"{sign}{dutch_int(abs(diff))}"
    if before:
        text += f" ({sign}{abs(diff) / before * 100:.1f}%)".replace(".", ",")
    return f"<td>{_e(text)}</td>"


def _anchor(table_id: str) -> str:
    return "t-" + "".join(ch if ch.isalnum() else "-" for ch in table_id)


def _key_figures(pub: Publication) -> list[str]:
    table = pub.table(KEY_TABLE_ID)
    periods = table.periods
    has_ytd = PERIOD_YTD in periods.codes
    heads = [
        "Indicator",
        periods.label(PERIOD_MONTH),
        periods.label(PERIOD_PREVIOUS),
        "verschil met vorige maand",
        periods.label(PERIOD_LAST_YEAR),
        "verschil met vorig jaar",
    ] + ([periods.label(PERIOD_YTD)] if has_ytd else [])
    out = [
        scroll_box("kerncijfers"),
        "<table>",
        f"<caption>Kerncijfers, {_e(periods.label(PERIOD_MONTH))}</caption>",
        "<thead><tr>" + "".join(f'<th scope="col">{_e(h)}</th>' for h in heads) + "</tr></thead>",
        "<tbody>",
    ]
    for code in table.rows.codes:
        now = pub.shown(table.cells[(code, "", PERIOD_MONTH)])
        prev = pub.shown(table.cells[(code, "", PERIOD_PREVIOUS)])
        last = pub.shown(table.cells[(code, "", PERIOD_LAST_YEAR)])
        cells = [_num(now), _num(prev), _change(now, prev), _num(last), _change(now, last)]
        if has_ytd:
            cells.append(_num(pub.shown(table.cells[(code, "", PERIOD_YTD)])))
        out.append(f'<tr><th scope="row">{_e(table.rows.label(code))}</th>{"".join(cells)}</tr>')
    out += ["</tbody>", "</table>", "</div>"]
    return out


def _figure_table(pub: Publication, table: FigureTable) -> list[str]:
    columns = table.column_codes()
    periods = table.periods.codes
    labels = [table.columns.label(c) if table.columns else "Aantal" for c in columns]
    out = [
        f'<section aria-labelledby="{_anchor(table.id)}">',
        f'<h3 id="{_anchor(table.id)}">{_e(table.nl)}</h3>',
        # A wide table scrolls inside its own box (reachable by keyboard), not the page.
        scroll_box(table.nl),
        "<table>",
        f"<caption>{_e(table.nl)}; '{SUPPRESSED_MARK}' is geheim</caption>",
        "<thead>",
        f'<tr><th scope="col" rowspan="2">{_e(table.rows.nl)}</th>'
        + "".join(
            f'<th scope="colgroup" colspan="{len(columns)}">{_e(table.periods.label(p))}</th>'
            for p in periods
        )
        + "</tr>",
        "<tr>"
        + "".join(f'<th scope="col">{_e(lab)}</th>' for lab in labels) * len(periods)
        + "</tr>",
        "</thead>",
        "<tbody>",
    ]
    for row in table.rows.codes:
        cls = ' class="totaal"' if row == TOTAL else ""
        cells = "".join(
            _num(pub.shown(table.cells[(row, column, period)]))
            for period in periods
            for column in columns
        )
        out.append(f'<tr{cls}><th scope="row">{_e(table.rows.label(row))}</th>{cells}</tr>')
    out += ["</tbody>", "</table>", "</div>", "</section>"]
    return out


def _note(note: notes.Note) -> str:
    lead = f"<strong>{_e(note.lead)}</strong> " if note.lead else ""
    return f"<p>{lead}{_e(note.text)}</p>"


def render(publication: Publication) -> bytes:
    pub = publication
    month = pub.tables[0].periods.label(PERIOD_MONTH)
    title = f"Maandcijfers {REGION_NAME} {month}"
    tables = [t for t in pub.tables if t.id != KEY_TABLE_ID]
    header = [
        "<p>Arbeidsmarktregio</p>",
        f"<h1>Maandcijfers {_e(REGION_NAME)}, {_e(month)}</h1>",
        "<p>Regionaal Mobiliteitsteam (RMT) en Werkgeversservicepunt (WSP)</p>",
    ]
    out = [
        f"<p>{_e(notes.html_of_pdf(pub))}</p>",
        "<p>Geanonimiseerde cijfers; kleine aantallen zijn beschermd (zie de toelichting). "
        f"'{SUPPRESSED_MARK}' betekent geheim: te klein om te publiceren of daaruit af te "
        "leiden.</p>",
        *contents(
            [
                ("kerncijfers", "Kerncijfers"),
                ("tabellen", "Tabellen", [(_anchor(t.id), t.nl) for t in tables]),
                ("toelichting", "Toelichting"),
            ]
        ),
        '<section aria-labelledby="kerncijfers">',
        '<h2 id="kerncijfers">Kerncijfers</h2>',
        f"<p>{_e(notes.key_figures_intro(month))}</p>",
        *_key_figures(pub),
        "</section>",
        '<section aria-labelledby="tabellen">',
        '<h2 id="tabellen">Tabellen</h2>',
        f"<p>{_e(notes.tables_intro())}</p>",
    ]
    for table in tables:
        out += _figure_table(pub, table)
    out += [
        "</section>",
        '<section aria-labelledby="toelichting">',
        '<h2 id="toelichting">Toelichting</h2>',
    ]
    for section in notes.explanation(pub):
        out.append(f"<h3>{_e(section.heading)}</h3>")
        out += [_note(n) for n in section.notes]
    out.append("</section>")
    return page(title=title, header=header, body=out, style=STYLE)


def write(publication: Publication, target: Path) -> Path:
    data = render(publication)
    with atomic_write(target) as fh:
        fh.write(data)
    return target


__all__ = ["render", "write"]
