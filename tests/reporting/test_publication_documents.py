"""The monthly publication as documents people read: an accessible PDF and its HTML twin.

A public body's publication must be readable with a screen reader and archivable:
fonts embedded, the document's language and title set, bookmarks to every table, and,
since ReportLab cannot tag a PDF, an HTML version with the same figures and notes that
passes an automated accessibility check. Column headers must break only between words
or at a written-down hyphenation point ("certific / aat" read as different Dutch).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from itertools import pairwise

import axe_check
import pytest
from pdf_checks import fonts as _fonts
from pdf_checks import outline_titles as _outline_titles
from pdf_checks import text_runs as _text_runs
from reporting_data import TODAY, reporting
from sqlalchemy import update

from zkijdesk import models as m
from zkijdesk.reporting.writers.pdf_headers import hyphenation_points

# A focus group name an admin typed, with characters HTML must escape.
TYPED_NAME = 'Jongeren <27 & "NEET"'


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A demo region of 1,200 clients exported once in every format."""
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    folder = tmp_path_factory.mktemp("documents")
    store = create_store(StoreLocation(path=folder / "demo.db"), key=new_raw_key())
    generate_demo(store, clients=1200, seed=5, today=TODAY)
    with store.session() as s:
        s.execute(
            update(m.FocusTargetGroup)
            .where(m.FocusTargetGroup.year == 2026, m.FocusTargetGroup.code == "JONG")
            .values(name=TYPED_NAME)
        )
    result = reporting(store, actor_for(store, "teamlead01")).export("2026-10", folder / "uit")
    yield {p.suffix.lstrip("."): p for p in result.files if "auditanker" not in p.name}
    store.close()


def test_the_pdf_embeds_its_fonts_and_says_its_language_title_and_outline(published):
    from pypdf import PdfReader

    reader = PdfReader(published["pdf"])
    fonts = _fonts(reader)
    assert fonts and all(fonts.values()), fonts  # no standard-14 Helvetica or Symbol
    assert not [f for f in fonts if "Helvetica" in f or "Symbol" in f]
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert reader.metadata.title == "Maandcijfers Zuid-Kennemerland & IJmond 2026-10"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    titles = _outline_titles(reader.outline)
    json_doc = json.loads(published["json"].read_text("utf-8"))
    top = [t for d, t in titles if d == 0]
    assert top == ["Kerncijfers", "Tabellen", "Toelichting"]
    table_titles = {t["title"] for t in json_doc["tables"] if t["id"] != "kerncijfers"}
    assert table_titles <= {t for d, t in titles if d == 1}
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "ZKIJ-maandcijfers-2026-10.html" in " ".join(text.split())


def test_pdf_column_headers_break_only_between_words_or_at_hyphenation_points(published):
    from pypdf import PdfReader

    json_doc = json.loads(published["json"].read_text("utf-8"))
    header_words = set()
    for table in json_doc["tables"]:
        for dim in table["dimensions"][1:]:
            for item in table["categories"][dim]:
                header_words.update(w.lower() for w in item["label"].split())
    assert {"certificaat", "uitzendwerk", "banenafspraak"} <= header_words
    runs = _text_runs(PdfReader(published["pdf"]))
    bad = []
    for before, after in pairwise(runs):
        tail, head = before.split()[-1], after.split()[0]
        if tail.endswith("-") and len(tail) > 1:
            word = tail[:-1] + head
            at_a_point = len(tail) - 1 in hyphenation_points(word)
            if word.lower() in header_words and not at_a_point:
                bad.append(f"{tail} / {head}")
        elif (tail + head).lower() in header_words and tail.lower() not in header_words:
            bad.append(f"{tail} / {head}")
    assert bad == []


class _Tables(HTMLParser):
    """Collects each table's caption, header cells with their scope, and data cells."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self.stack: list[str] = []
        self.lang = None
        self.cell: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "table":
            self.tables.append({"caption": "", "th": [], "td": []})
        if tag in ("th", "td", "caption") and self.tables:
            self.cell = {"tag": tag, "scope": attrs.get("scope"), "text": ""}
        if tag == "span" and attrs.get("aria-hidden") == "true" and self.cell:
            self.cell["hidden_mark"] = True

    def handle_endtag(self, tag):
        if tag in ("th", "td", "caption") and self.cell is not None:
            table = self.tables[-1]
            if tag == "caption":
                table["caption"] = self.cell["text"]
            else:
                table[tag].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data


def test_the_html_twin_has_the_same_figures_in_semantic_tables(published):
    page = published["html"].read_text("utf-8")
    parser = _Tables()
    parser.feed(page)
    assert parser.lang == "nl"
    json_doc = json.loads(published["json"].read_text("utf-8"))
    assert len(parser.tables) == len(json_doc["tables"])
    for html_table, table in zip(parser.tables, json_doc["tables"], strict=True):
        assert html_table["caption"].strip()
        assert all(th["scope"] in ("col", "colgroup", "row") for th in html_table["th"])
        rows = [th for th in html_table["th"] if th["scope"] == "row"]
        assert len(rows) == len(table["categories"][table["dimensions"][0]])
        if table["id"] == "kerncijfers":
            continue  # also shows changes; its figures are checked through the PDF's tables
        shown = sorted(
            "geheim" if c["value"] is None else f"{c['value']:,}".replace(",", ".")
            for c in table["cells"]
        )
        assert sorted(td["text"].replace("x", "", 1) for td in html_table["td"]) == shown
    # The notes travel along, and typed names are text, never markup.
    for needle in ("Hoe kleine aantallen beschermd zijn", "Controle:", "Wat er geteld wordt"):
        assert needle in page
    assert "ZKIJ-maandcijfers-2026-10.pdf" in page
    assert "Jongeren &lt;27 &amp; &quot;NEET&quot;" in page and TYPED_NAME not in page
    assert not re.search(r"<script|https?://", page)


def test_the_html_twin_passes_axe_in_headless_chromium(published):
    axe_check.check(published["html"], at_least=20)


def test_the_xlsx_prints_landscape_to_width_with_titles_and_readable_tabs(published):
    from openpyxl import load_workbook

    book = load_workbook(published["xlsx"])
    json_doc = json.loads(published["json"].read_text("utf-8"))
    names = book.sheetnames
    assert "Begeleiding - Focussector" in names and "Scholing - Statushouders" in names
    internal = {t["id"] for t in json_doc["tables"]}
    assert not [n for n in names if n in internal or " dg " in n or "_" in n]
    for sheet in book.worksheets[1:]:
        setup = sheet.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$5" and sheet.print_title_cols == "$A:$A"
    texts = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert not [t for t in texts if isinstance(t, str) and ("docs/" in t or ".md" in t)]
    intro = [c.value for c in book["Toelichting"]["A"] if c.value]
    assert "Hoe kleine aantallen beschermd zijn" in intro  # the notes themselves travel along
    assert any(str(t).startswith("Controle:") for t in intro)
