"""The subject-access reply as documents the person can read, with a screen reader too.

ReportLab cannot tag a PDF, so the reply's PDF goes with an accessible HTML twin written
beside it: the same headings, texts and tables (compared with the PDF's text as pypdf
reads it back), in Dutch, with captions and header cells, no script and nothing
fetched from elsewhere; it passes axe-core in headless Chromium. The PDF embeds its
font, says nl-NL, has a title and a bookmark per section, and names the HTML file.
Neither file is half-written, and an error names the client by id only.
"""

from __future__ import annotations

from html.parser import HTMLParser

import axe_check
import pytest
from pdf_checks import fonts, outline_titles, text_runs
from pypdf import PdfReader
from test_erasure import BSN, NAME, NOTE, SURNAME, full_client

from zkijdesk.domain.errors import StateError
from zkijdesk.services.privacy_notice import PrivacyNoticeService
from zkijdesk.services.subject_access import SubjectAccessService, html_beside
from zkijdesk.services.subject_access_reply import TITLE, accessible_version

CONTROLLER = 'Gemeente Velsen <Privacy & "AVG">, Dudokplein 1, 1971 EN IJmuiden'
#: The PDF's own lines: its page footer (the HTML names the PDF in its own way).
PDF_ONLY = ("pagina ", "Inzage cliënt ")


class _Page(HTMLParser):
    """What a reader (and a screen reader) gets of the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.title = ""
        self.headings: list[tuple[str, str]] = []
        self.tables: list[dict] = []
        self.texts: list[str] = []  # every piece of text in <main>, outside <nav>
        self.forbidden: list[str] = []
        self._stack: list[str] = []
        self._cell: dict | None = None
        self._heading: list | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._stack.append(tag)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("script", "link", "img", "iframe", "object", "embed"):
            self.forbidden.append(tag)
        for name, value in attrs.items():
            if name in ("src", "srcset") or (name == "href" and not value.startswith("#")):
                self.forbidden.append(f"{name}={value}")
        if tag in ("h1", "h2", "h3"):
            self._heading = [tag, ""]
        if tag == "table":
            self.tables.append({"caption": "", "head": [], "rows": []})
        if tag == "tr" and self.tables and "tbody" in self._stack:
            self.tables[-1]["rows"].append([])
        if tag in ("th", "td", "caption"):
            self._cell = {"tag": tag, "scope": attrs.get("scope"), "text": ""}

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()
        if tag in ("h1", "h2", "h3") and self._heading:
            self.headings.append((self._heading[0], self._heading[1].strip()))
            self._heading = None
        if tag in ("th", "td", "caption") and self._cell is not None:
            table = self.tables[-1]
            if tag == "caption":
                table["caption"] = self._cell["text"]
            elif "thead" in self._stack:
                table["head"].append(self._cell)
            else:
                table["rows"][-1].append(self._cell)
            self._cell = None

    def handle_data(self, data):
        if "title" in self._stack:
            self.title += data
        if self._heading is not None:
            self._heading[1] += data
        if self._cell is not None:
            self._cell["text"] += data
        outside = "nav" in self._stack or "caption" in self._stack
        if "main" in self._stack and not outside and data.strip():
            self.texts.append(data.strip())


def _bare(text: str) -> str:
    """Text without any white space: a PDF line break may fall anywhere in a long word."""
    return "".join(text.split())


@pytest.fixture
def reply(people, tmp_path):
    """A full client's reply as the person gets it: the PDF and the HTML beside it."""
    cid = full_client(people.anna)
    PrivacyNoticeService(people.admin.store, people.admin.actor).set_notice(controller=CONTROLLER)
    pdf = SubjectAccessService(people.anna.store, people.anna.actor).export(
        cid, tmp_path / "inzage.pdf"
    )
    html = html_beside(pdf)
    page = _Page()
    page.feed(html.read_text("utf-8"))
    return {"pdf": pdf, "html": html, "page": page, "source": html.read_text("utf-8")}


def test_the_html_twin_says_what_the_pdf_says(reply):
    page, reader = reply["page"], PdfReader(reply["pdf"])
    assert reply["html"].name == "inzage.html"
    pdf_text = _bare(" ".join(p.extract_text() for p in reader.pages))
    html_text = _bare(" ".join(page.texts))
    # Every section, text and table cell of the HTML stands in the PDF ...
    for text in page.texts:
        if not text.startswith("Dit is de toegankelijke versie van het PDF-bestand"):
            assert _bare(text) in pdf_text, text
    # ... and every line the PDF draws stands in the HTML, but its page footer.
    twin_note = _bare(accessible_version("inzage.html"))
    runs = [r for r in text_runs(reader) if not r.startswith(PDF_ONLY)]
    assert len(runs) > 40
    for run in runs:
        if _bare(run) not in twin_note:
            assert _bare(run) in html_text or _bare(run) in _bare(TITLE), run
    # The person's own data is in both: it is their copy.
    for needle in (NAME, SURNAME, BSN, NOTE, CONTROLLER, "Autoriteit Persoonsgegevens"):
        assert _bare(needle) in pdf_text and _bare(needle) in html_text, needle
    # Each names the other.
    assert "inzage.html" in pdf_text
    assert "inzage.pdf" in " ".join(page.texts)


def test_the_html_twin_is_one_accessible_page(reply):
    page = reply["page"]
    assert page.lang == "nl" and page.title == TITLE
    assert page.forbidden == []  # no script, no image, no address elsewhere
    levels = [level for level, _ in page.headings]
    assert levels[0] == "h1" and levels.count("h1") == 1 and "h3" not in levels
    sections = [text for level, text in page.headings if level == "h2" and text != "Inhoud"]
    assert sections[:2] == ["Over de verwerking van uw gegevens", "Persoonsgegevens"]
    assert sections[-1] == "Wie heeft uw dossier geopend of gewijzigd"
    assert "Route 1" in sections and "Contacten en notities" in sections
    assert len(page.tables) >= 8
    for table in page.tables:
        assert table["caption"].strip()
        assert table["head"] and all(h["scope"] == "col" for h in table["head"])
        assert table["rows"]
        for row in table["rows"]:
            assert len(row) == len(table["head"])
            assert row[0]["tag"] == "th" and row[0]["scope"] == "row"
    # Typed text is text, never markup.
    escaped = "Gemeente Velsen &lt;Privacy &amp; &quot;AVG&quot;&gt;"
    assert escaped in reply["source"] and CONTROLLER not in reply["source"]
    assert "<style>" in reply["source"] and "@media print" in reply["source"]


def test_the_pdf_embeds_its_font_and_says_its_language_title_and_sections(reply):
    reader = PdfReader(reply["pdf"])
    found = fonts(reader)
    assert found and all(found.values()), found
    assert not [f for f in found if "Helvetica" in f or "Symbol" in f]
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert reader.metadata.title == TITLE
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert root["/PageMode"] == "/UseOutlines"
    sections = [
        text for level, text in reply["page"].headings if level == "h2" and text != "Inhoud"
    ]
    assert outline_titles(reader.outline) == [(0, s) for s in sections]
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert "toegankelijke versie: het HTML-bestand inzage.html" in first_page


def test_the_html_twin_passes_axe_in_headless_chromium(reply):
    axe_check.check(reply["html"], at_least=15)


def test_a_reply_that_cannot_be_laid_out_writes_nothing_and_names_no_one(
    people, tmp_path, monkeypatch
):
    from zkijdesk.services import subject_access_html

    cid = full_client(people.anna)
    out = tmp_path / "uit"
    out.mkdir()
    pdf, html = out / "inzage.pdf", out / "inzage.html"
    pdf.write_bytes(b"earlier reply")

    def broken(data, pdf_name=None):
        raise ValueError(f"cannot place {data['client']['full_name']} {data['client']['bsn']}")

    monkeypatch.setattr(subject_access_html, "render_html", broken)
    service = SubjectAccessService(people.anna.store, people.anna.actor)
    with pytest.raises(StateError) as refused:
        service.export(cid, pdf)
    message = str(refused.value)
    assert f"cliënt {cid}" in message and "niets geschreven" in message
    assert NAME not in message and SURNAME not in message and BSN not in message
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
    assert pdf.read_bytes() == b"earlier reply" and not html.exists()
    assert sorted(p.name for p in out.iterdir()) == ["inzage.pdf"]  # no temp file left


def test_the_json_export_goes_alone(people, tmp_path):
    cid = full_client(people.anna)
    out = tmp_path / "uit"
    SubjectAccessService(people.anna.store, people.anna.actor).export(cid, out / "i.json")
    assert sorted(p.name for p in out.iterdir()) == ["i.json"]
