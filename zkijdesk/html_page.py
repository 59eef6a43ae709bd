"""The accessible HTML page every document we hand out as HTML is built on.

ReportLab's open-source edition cannot tag a PDF, so each PDF we hand out (the monthly
publication, the person's subject-access reply) goes with an HTML twin that a screen
reader can read: one self-contained page in Dutch (``lang="nl"``), a skip link, a
header, headings in order, real tables (a caption, column headers with ``scope``), no
script, no external resource, inline CSS that also prints well. The colours meet WCAG
AA contrast (4.5:1) on their backgrounds.

Sits at the package top, beside ``pdf_fonts``, because the monthly publication
(reporting) and the person's access reply (services) both build on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape

#: What an HTML document may not hold as text (the HTML standard's control characters
#: and noncharacters, and lone surrogates, which UTF-8 cannot even encode); typed text
#: that has them (a pasted name, a hostile note) shows U+FFFD there instead.
_NOT_IN_HTML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)

STYLE = """
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#1a1a1a;max-width:72rem;
margin:0 auto;padding:1rem 1.5rem;line-height:1.5}
header{background:#1F3864;color:#fff;padding:1rem 1.5rem;margin:0 -1.5rem 1rem}
header p{margin:.2rem 0}
h1,h2,h3{color:#1F3864}header h1{color:#fff;margin:.3rem 0}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.88rem}
.tabel{overflow-x:auto;max-width:100%;position:relative}
.tabel:focus{outline:2px solid #1F3864}
caption{text-align:left;font-weight:bold;color:#1F3864;padding:.3rem 0}
th,td{border:1px solid #9BA7B8;padding:.2rem .4rem}
thead th{background:#EEF2F7}
tbody th{text-align:left;font-weight:normal}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
white-space:nowrap}
.sr:focus{position:static;width:auto;height:auto;clip:auto}
a{color:#1F3864}
@page{size:A4;margin:15mm}
@media print{body{max-width:none;padding:0}header{margin:0 0 1rem;
-webkit-print-color-adjust:exact;print-color-adjust:exact}a.sr,nav{display:none}
.tabel{overflow:visible}thead{display:table-header-group}tr{break-inside:avoid}
h2,h3,caption{break-after:avoid}}
""".strip()


def esc(text: str) -> str:
    """Text (typed by someone, so never trusted) as HTML text or attribute value."""
    return escape(_NOT_IN_HTML.sub("\ufffd", str(text)), quote=True)


def page(
    *,
    title: str,
    header: Sequence[str],
    body: Iterable[str],
    style: str = "",
) -> bytes:
    """The whole page: ``header`` and ``body`` are lines of HTML made with ``esc``.

    ``style`` adds the document's own rules to the shared ones. Deterministic bytes.
    """
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f"<style>{STYLE}{chr(10) + style.strip() if style.strip() else ''}</style>",
        "</head>",
        "<body>",
        '<a class="sr" href="#inhoud">Naar de inhoud</a>',
        "<header>",
        *header,
        "</header>",
        '<main id="inhoud">',
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out).encode("utf-8")


def contents(entries: Iterable[tuple]) -> list[str]:
    """A table of contents: ``(anchor, text)`` pairs, or ``(anchor, text, children)`` with
    a list of such pairs beneath, as a labelled list of links."""

    def items(pairs) -> list[str]:
        out = []
        for anchor, text, *rest in pairs:
            link = f'<li><a href="#{esc(anchor)}">{esc(text)}</a>'
            if rest and rest[0]:
                out += [link + "<ul>", *items(rest[0]), "</ul></li>"]
            else:
                out.append(link + "</li>")
        return out

    return [
        '<nav aria-labelledby="inhoudsopgave"><h2 id="inhoudsopgave">Inhoud</h2><ul>',
        *items(entries),
        "</ul></nav>",
    ]


def scroll_box(label: str) -> str:
    """Opens the box a wide table scrolls in (by keyboard too), not the page; close with
    ``</div>``."""
    return f'<div class="tabel" role="region" tabindex="0" aria-label="Tabel {esc(label)}">'


def text_table(
    caption: str,
    head: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    row_header: bool = True,
    widths: Sequence[float] = (),
    caption_shown: bool = True,
) -> list[str]:
    """A table of text: each column headed (``scope="col"``), and each row by its first
    cell (``scope="row"``) when ``row_header``. ``widths`` (in any unit) become the
    columns' shares of the width; a caption that only repeats the heading above it is
    said to a screen reader but not shown (``caption_shown=False``)."""
    total = sum(widths)
    cols = (
        [
            "<colgroup>",
            *(f'<col style="width:{w / total * 100:.1f}%">' for w in widths),
            "</colgroup>",
        ]
        if total
        else []
    )
    hidden = "" if caption_shown else ' class="sr"'
    out = [
        "<table>",
        f"<caption{hidden}>{esc(caption)}</caption>",
        *cols,
        "<thead><tr>" + "".join(f'<th scope="col">{esc(h)}</th>' for h in head) + "</tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        cells = [str(c) for c in row]
        first = (
            f'<th scope="row">{esc(cells[0])}</th>' if row_header else f"<td>{esc(cells[0])}</td>"
        )
        out.append("<tr>" + first + "".join(f"<td>{esc(c)}</td>" for c in cells[1:]) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


__all__ = ["STYLE", "contents", "esc", "page", "scroll_box", "text_table"]
