"""Column headers of the PDF's tables that break only where Dutch allows it.

ReportLab breaks a word that does not fit its column at whatever letter the column
ends ("certific / aat", "Uitzendwer / k"), and some of those pieces read as other
Dutch words. Here a header breaks at a space, or at a hyphenation point written down
in ``HYPHENATION`` (shown with a hyphen), and never elsewhere: when a word's longest
unbreakable piece is still wider than the column, the whole table's header gets a
smaller type size instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

#: Where the long words of our column headers may be hyphenated, marked with "-".
#: Compound words break between their parts, as a Dutch reader expects.
HYPHENATION = {
    word.replace("-", ""): word
    for word in (
        "banen-afspraak",
        "certi-ficaat",
        "leer-werk-baan",
        "op-roep-contract",
        "plaat-singen",
        "scho-lingen",
        "uit-zend-werk",
        "vaste-contract",
        "voor-tijdig",
        "werk-gevers",
        "zelf-standige",
        "doelgroep-register",
        "be-geleiding",
    )
}
#: Horizontal padding of a header cell on each side (points).
PADDING = 3
#: The smallest type a header is set in before a word is allowed to stick out.
MIN_SIZE = 5.0
#: Below this size whole words give way to hyphenation at the written-down points.
WHOLE_WORDS_MIN = 6.4


def hyphenation_points(word: str) -> list[int]:
    """Offsets inside ``word`` where it may be broken (empty: only whole)."""
    marked = HYPHENATION.get(word.lower())
    if marked is None:
        return []
    points, offset = [], 0
    for part in marked.split("-")[:-1]:
        offset += len(part)
        points.append(offset)
    return points


def _hyphenator(word: str) -> Iterator[tuple[str, str]]:
    """ReportLab's hyphenation hook: the allowed splits, longest first part first."""
    for point in reversed(hyphenation_points(word)):
        yield word[:point], word[point:]


def _widest_piece(text: str, font: str, size: float, *, hyphenate: bool = True) -> float:
    """The width the narrowest column needs to show ``text`` without a bad break."""
    widest = 0.0
    for word in text.split():
        points = [0, *(hyphenation_points(word) if hyphenate else []), len(word)]
        for start, end in pairwise(points):
            piece = word[start:end] + ("-" if end < len(word) else "")
            widest = max(widest, stringWidth(piece, font, size))
    return widest


def _fitting_size(base: ParagraphStyle, texts, widths, *, hyphenate: bool) -> float:
    size = base.fontSize
    for text, width in zip(texts, widths, strict=True):
        need = _widest_piece(text, base.fontName, base.fontSize, hyphenate=hyphenate)
        room = width - 2 * PADDING
        if need > room:
            size = min(size, base.fontSize * room / need)
    return int(size * 10) / 10


def header_style(base: ParagraphStyle, texts: Sequence[str], widths: Sequence[float]):
    """``base`` at the largest size (down to ``MIN_SIZE``) at which every header fits.

    Whole words first: a slightly smaller type reads better than a hyphen. Only when
    whole words would need type smaller than ``WHOLE_WORDS_MIN`` are the written-down
    hyphenation points used.
    """
    size = _fitting_size(base, texts, widths, hyphenate=False)
    if size < WHOLE_WORDS_MIN:
        size = _fitting_size(base, texts, widths, hyphenate=True)
    size = max(MIN_SIZE, size)
    return ParagraphStyle(
        f"{base.name}-{size}",
        parent=base,
        fontSize=size,
        leading=size * base.leading / base.fontSize,
        splitLongWords=0,
        hyphenationLang=_hyphenator,
        embeddedHyphenation=0,
        uriWasteReduce=0,
    )


def header_cells(
    base: ParagraphStyle, texts: Sequence[str], widths: Sequence[float], escape
) -> list[Paragraph]:
    """One paragraph per header text, all in the one size that fits them all."""
    style = header_style(base, texts, widths)
    return [Paragraph(escape(text), style) for text in texts]


__all__ = ["HYPHENATION", "PADDING", "header_cells", "header_style", "hyphenation_points"]
