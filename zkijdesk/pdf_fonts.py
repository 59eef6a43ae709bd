"""The typeface every PDF we hand out is set in, shipped with the program, and the
bookmarks (outline) its headings become.

PDF's standard fonts (Helvetica, Symbol) are not embedded: a reader substitutes what it
has, an archive (PDF/A) refuses the file, and accessibility checks fail it. DejaVu Sans
(Bitstream Vera licence, text in the About dialog) is embedded as a subset instead; it
also has every glyph a Dutch name or a typed note can hold (ë, ï, ĳ, €, −).

Sits at the package top because the monthly publication (reporting) and the person's
access reply (services) both set text in it.
"""

from __future__ import annotations

from pathlib import Path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
#: The language of every document we publish, as PDF's /Lang and HTML's lang want it.
LANG = "nl-NL"
FONT_DIR = Path(__file__).resolve().parent / "resources" / "fonts"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def register() -> None:
    """Make the shipped fonts known to ReportLab (once; registering again is harmless)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    known = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _FILES.items():
        if name not in known:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    # <b> in a Paragraph picks the bold face of the family.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


def bookmark_heading(doc, flowable, levels: dict[str, int]) -> None:
    """Call from a doc template's ``afterFlowable``: a Paragraph whose style is named in
    ``levels`` becomes a bookmark at that level of the outline, shown when opened."""
    from reportlab.platypus import Paragraph

    level = levels.get(flowable.style.name) if isinstance(flowable, Paragraph) else None
    if level is None:
        return
    doc.bookmarks_made = getattr(doc, "bookmarks_made", 0) + 1
    key = f"h{doc.bookmarks_made}"
    doc.canv.bookmarkPage(key)
    doc.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=level > 0)
    doc.canv.showOutline()


__all__ = ["FONT", "FONT_BOLD", "LANG", "bookmark_heading", "register"]
