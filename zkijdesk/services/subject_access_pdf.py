"""The person's copy of a subject-access export, as a readable PDF (ReportLab).

Lays out what ``subject_access_reply.reply`` says, with a closing "pagina N van M" so a
printed reply is visibly complete. Set in the shipped font (embedded), in Dutch
(/Lang nl-NL), titled, with a bookmark per section. ReportLab cannot tag a PDF for
screen readers, so the PDF names its accessible HTML twin (``subject_access_html.py``),
written beside it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from zkijdesk.pdf_fonts import FONT, FONT_BOLD, LANG, bookmark_heading
from zkijdesk.pdf_fonts import register as register_fonts
from zkijdesk.services.subject_access_reply import (
    Heading,
    JsonObject,
    Rows,
    Text,
    accessible_version,
    reply,
)

ACCENT = colors.HexColor("#1f5c99")


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle(
            "t", parent=base["Title"], textColor=ACCENT, alignment=0, fontName=FONT_BOLD
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            textColor=ACCENT,
            spaceBefore=10,
            fontName=FONT_BOLD,
            keepWithNext=1,
        ),
        "body": ParagraphStyle(
            "b", parent=base["BodyText"], fontSize=9.5, leading=13, fontName=FONT
        ),
        "cell": ParagraphStyle(
            "c", parent=base["BodyText"], fontSize=8.5, leading=11, fontName=FONT
        ),
        "note": ParagraphStyle(
            "n", parent=base["BodyText"], fontSize=8.5, leading=11.5, fontName=FONT
        ),
    }


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type information
    """Draws 'pagina N van M' once the page count is known (after the last page)."""

    def __init__(self, *args: Any, footer_text: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.footer_text = footer_text

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(colors.grey)
            self.drawString(18 * mm, 10 * mm, self.footer_text)
            self.drawRightString(192 * mm, 10 * mm, f"pagina {self._pageNumber} van {total}")
            self.restoreState()
            super().showPage()
        super().save()


#: Lines of one table cell at most: a table breaks between rows, never inside one, so
#: a longer text (a 10,000-character note) goes on in continuation rows.
CELL_LINES = 30


def _pieces(text: str, width: float, font_size: float) -> list[str]:
    """``text`` in parts that each fit ``CELL_LINES`` lines of a ``width`` column.

    Counts a character as one em wide (a CJK character or an emoji is), so a part is
    never taller than planned; cuts at a space where there is one.
    """
    size = max(8, int(width / font_size)) * CELL_LINES
    parts = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        parts.append(text[:cut])
        text = text[cut:].lstrip(" ")
    return [*parts, text]


def _split_rows(
    rows: list[list[str]], widths: list[float], font_size: float
) -> Iterator[list[str]]:
    """Each row, followed by continuation rows for the parts of its long cells."""
    for index, row in enumerate(rows):
        if index == 0:  # the header row
            yield [str(c) for c in row]
            continue
        pieces = [_pieces(str(c), w, font_size) for c, w in zip(row, widths, strict=True)]
        for line in range(max(len(p) for p in pieces)):
            yield [p[line] if line < len(p) else "" for p in pieces]


def _table(rows: list[list[str]], widths: list[float], st: dict[str, ParagraphStyle]) -> Table:
    size = st["cell"].fontSize
    data = [
        [Paragraph(escape(c), st["cell"]) for c in row] for row in _split_rows(rows, widths, size)
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # else a cell starts in Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d0d7e2")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


class _Doc(SimpleDocTemplate):  # type: ignore[misc]  # reportlab ships no type information
    def afterFlowable(self, flowable: Flowable) -> None:
        """Every section heading becomes a bookmark."""
        bookmark_heading(self, flowable, {"h2": 0})


def render_pdf(data: JsonObject, fh: BinaryIO, html_name: str | None = None) -> None:
    """The reply as a PDF; ``html_name`` is the file name of its accessible HTML twin."""
    register_fonts()
    st = _styles()
    content = reply(data)
    story = [
        Paragraph(escape(content.title), st["title"]),
        Paragraph(escape(content.intro), st["body"]),
        Spacer(1, 3),
        Paragraph(escape(accessible_version(html_name)), st["note"]),
    ]
    previous = None
    for block in content.blocks:
        if isinstance(block, Heading):
            story.append(Paragraph(escape(block.text), st["h2"]))
        elif isinstance(block, Text):
            story.append(Paragraph(escape(block.text), st["body"]))
        elif isinstance(block, Rows):
            if not isinstance(previous, Heading):
                story.append(Spacer(1, 4))
            widths = [w * mm for w in block.widths_mm]
            story.append(_table([list(block.head), *map(list, block.rows)], widths, st))
        previous = block

    doc = _Doc(
        fh,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=content.title,
        author="zkijdesk",
        lang=LANG,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    footer_text = f"Inzage cliënt {content.client_number} — zkijdesk"
    doc.build(
        story,
        canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer_text=footer_text, **k),
    )
