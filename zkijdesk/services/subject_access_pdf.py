"""The person's copy of a subject-access export, as a readable PDF (ReportLab).

Written for the person, not for a machine: Dutch labels, Dutch dates, codes turned
into words, what GDPR art. 15 says the person must also be told (controller, purposes,
basis, recipients, retention, source, the right to complain), and a closing section on
who opened the file and when. Set in the shipped font, in Dutch (/Lang nl-NL), with
"pagina N van M" so a printed reply is visibly complete.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from zkijdesk.domain import enums
from zkijdesk.domain.enums import label
from zkijdesk.pdf_fonts import FONT, FONT_BOLD, LANG
from zkijdesk.pdf_fonts import register as register_fonts

ACCENT = colors.HexColor("#1f5c99")
ENUMS = [
    enums.IntakeStatus,
    enums.ReferralSource,
    enums.ExitReason,
    enums.GuidanceKind,
    enums.TrainingKind,
    enums.TrainingResult,
    enums.ContractType,
    enums.ActivityKind,
    enums.SkillEvidence,
]
ACTIONS_NL = {
    "view": "ingezien",
    "create": "aangemaakt",
    "change": "gewijzigd",
    "export": "geëxporteerd",
    "denied": "toegang geweigerd",
    "delete": "naar prullenbak",
    "restore": "teruggezet",
    "transfer": "overgedragen",
}


def _nl_date(value) -> str:
    if not value:
        return "—"
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    return (
        value.strftime("%d-%m-%Y %H:%M")
        if isinstance(value, datetime)
        else value.strftime("%d-%m-%Y")
    )


def _word(code) -> str:
    if code is None:
        return "—"
    for enum_cls in ENUMS:
        try:
            return label(enum_cls(code))
        except ValueError:
            continue
    return str(code)


def _styles():
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
    }


NOT_FILLED = "nog niet ingevuld door de beheerder van zkijdesk; vraag het uw coach"
PROCESSING_ROWS = (
    ("Wie is verantwoordelijk (verwerkingsverantwoordelijke)", "controller"),
    ("Contact over uw gegevens", "contact"),
    ("Functionaris gegevensbescherming", "dpo"),
    ("Waarvoor wij uw gegevens gebruiken", "purposes"),
    ("Op grond waarvan (grondslag)", "legal_basis"),
    ("Wie uw gegevens krijgen (ontvangers)", "recipients"),
    ("Hoe lang wij ze bewaren", "retention"),
    ("Waar de gegevens vandaan komen", "source"),
    ("Als u het niet eens bent", "complaint"),
)


def _processing(about: dict) -> list[list[str]]:
    rows = [["Onderwerp", "Antwoord"]]
    for title, key in PROCESSING_ROWS:
        rows.append([title, about.get(key) or NOT_FILLED])
    return rows


class _NumberedCanvas(Canvas):
    """Draws 'pagina N van M' once the page count is known (after the last page)."""

    def __init__(self, *args, footer_text: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
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


def _split_rows(rows: list[list[str]], widths: list[float], font_size: float):
    """Each row, followed by continuation rows for the parts of its long cells."""
    for index, row in enumerate(rows):
        if index == 0:  # the header row
            yield [str(c) for c in row]
            continue
        pieces = [_pieces(str(c), w, font_size) for c, w in zip(row, widths, strict=True)]
        for line in range(max(len(p) for p in pieces)):
            yield [p[line] if line < len(p) else "" for p in pieces]


def _table(rows: list[list[str]], widths: list[float], st) -> Table:
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


def _access_rows(entries: list[dict]) -> list[list[str]]:
    return [["Moment", "Handeling", "Door"]] + [
        [_nl_date(e["at"]), ACTIONS_NL.get(e["action"], e["action"]), e["by"] or "onbekend"]
        for e in entries
    ]


def _by_move(entries: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """The moved-in entries per move (a person's file may come from several workstations)."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for e in entries:
        groups.setdefault((e["moved_in_at"], e["moved_as"]), []).append(e)
    return [(at, how, rows) for (at, how), rows in groups.items()]


def _move_sentence(moved_at: str, how: str) -> str:
    when = _nl_date(moved_at).split(" ")[0]
    if how == "same_bsn":
        return (
            f"Ook op de werkplek van een coach stond een dossier over u. Bij de overstap naar "
            f"de gezamenlijke teamdatabase op {when} is dat niet overgenomen, omdat het team "
            "uw dossier al had; wat daar over uw dossier is vastgelegd:"
        )
    return (
        "Uw dossier werd eerst bijgehouden op de werkplek van een coach en is op "
        f"{when} overgezet naar de gezamenlijke teamdatabase. Wat daarvóór op die werkplek "
        "is vastgelegd:"
    )


def render_pdf(data: dict, fh: BinaryIO) -> None:
    register_fonts()
    st = _styles()
    c = data["client"]
    ref = data["reference"]
    story = [
        Paragraph("Inzage in uw gegevens", st["title"]),
        Paragraph(
            "Dit overzicht bevat alle gegevens die uw loopbaancoach in zkijdesk over u "
            f"vastlegt, opgesteld op {_nl_date(data['generated_at'])}. U mag vragen om "
            "onjuiste gegevens te verbeteren, om verwijdering, of om beperking van de "
            "verwerking.",
            st["body"],
        ),
        Paragraph("Over de verwerking van uw gegevens", st["h2"]),
        _table(_processing(data.get("about_processing", {})), [60 * mm, 110 * mm], st),
        Paragraph("Persoonsgegevens", st["h2"]),
    ]
    municipality = ref["municipalities"].get(str(c["municipality_id"]), "—")
    person = [
        ["Gegeven", "Waarde"],
        ["Cliëntnummer", c["client_number"]],
        ["Naam", c["full_name"]],
        ["Geboortedatum", _nl_date(c["birth_date"])],
        ["BSN", c["bsn"] or "niet vastgelegd"],
        ["E-mailadres", c["email"] or "—"],
        ["Telefoonnummer", c["phone"] or "—"],
        ["Postcode en gemeente", f"{c['postcode'] or '—'}, {municipality}"],
        ["Situatie bij aanmelding", _word(c["intake_status"])],
        ["Doelgroepregister (banenafspraak)", "ja" if c["doelgroepregister"] else "nee"],
        ["Toestemming en afspraken", c["consent_note"] or "—"],
    ]
    story.append(_table(person, [60 * mm, 110 * mm], st))
    if c["tags"]:
        story.append(Paragraph("Focusdoelgroepen", st["h2"]))
        rows = [["Jaar", "Doelgroep", "Vastgelegd op"]] + [
            [str(t["year"]), t["name"], _nl_date(t["tagged_on"])] for t in c["tags"]
        ]
        story.append(_table(rows, [25 * mm, 95 * mm, 50 * mm], st))
    if c["skills"]:
        story.append(Paragraph("Vaardigheden en certificaten", st["h2"]))
        rows = [["Vaardigheid", "Aangetoond met", "Datum"]] + [
            [x["name"], _word(x["evidence"]), _nl_date(x["shown_on"])] for x in c["skills"]
        ]
        story.append(_table(rows, [90 * mm, 45 * mm, 35 * mm], st))
    for index, route in enumerate(data["routes"], start=1):
        story.append(Paragraph(f"Route {index}", st["h2"]))
        rows = [
            ["Gegeven", "Waarde"],
            ["Intake", _nl_date(route["intake_date"])],
            ["Aangemeld via", _word(route["referral_source"])],
            ["Sector", ref["sectors"].get(str(route["sector_id"]), "—")],
            ["Project", ref["projects"].get(str(route["project_id"]), "—")],
            ["Afgesloten", _nl_date(route["closed_on"])],
            ["Reden afsluiting", _word(route["exit_reason"])],
        ]
        story.append(_table(rows, [60 * mm, 110 * mm], st))
        steps = [["Stap", "Periode", "Uitkomst"]]
        for g in route["guidances"]:
            steps.append(
                [
                    f"Begeleiding: {_word(g['kind'])}",
                    f"{_nl_date(g['start_date'])} – {_nl_date(g['end_date'])}",
                    g["note"] or "",
                ]
            )
        for t in route["trainings"]:
            steps.append(
                [
                    f"Scholing: {t['title']} ({t['provider']})",
                    f"{_nl_date(t['actual_start'] or t['planned_start'])} – "
                    f"{_nl_date(t['actual_end'] or t['planned_end'])}",
                    f"{_word(t['result'])}{': ' + t['credential'] if t['credential'] else ''}",
                ]
            )
        for p in route["placements"]:
            employer = ref["employers"].get(str(p["employer_id"]), "werkgever")
            checks = ", ".join(
                f"{f['months']} mnd: "
                + (
                    "werkt er nog"
                    if f["still_working"]
                    else "niet meer"
                    if f["checked_on"]
                    else "nog niet nagevraagd"
                )
                for f in p["follow_ups"]
            )
            steps.append(
                [
                    f"Plaatsing bij {employer} ({_word(p['contract_type'])}, "
                    f"{p['hours_per_week']} uur)",
                    f"{_nl_date(p['start_date'])} – {_nl_date(p['end_date'])}",
                    checks,
                ]
            )
        if len(steps) > 1:
            story.append(Spacer(1, 4))
            story.append(_table(steps, [70 * mm, 45 * mm, 55 * mm], st))
    if data["contacts"]:
        story.append(Paragraph("Contacten en notities", st["h2"]))
        rows = [["Datum", "Soort", "Minuten", "Notitie"]] + [
            [_nl_date(a["occurred_on"]), _word(a["kind"]), str(a["minutes"]), a["note"] or ""]
            for a in data["contacts"]
        ]
        story.append(_table(rows, [25 * mm, 30 * mm, 18 * mm, 97 * mm], st))
    if data["tasks"]:
        story.append(Paragraph("Taken over u", st["h2"]))
        rows = [["Uiterlijk", "Taak", "Afgerond"]] + [
            [_nl_date(t["due_date"]), t["title"], "ja" if t["done_at"] else "nee"]
            for t in data["tasks"]
        ]
        story.append(_table(rows, [25 * mm, 120 * mm, 25 * mm], st))
    story.append(Paragraph("Wie heeft uw dossier geopend of gewijzigd", st["h2"]))
    before = data.get("access_log_before_move_in") or []
    if data["access_log"]:
        story.append(_table(_access_rows(data["access_log"]), [40 * mm, 45 * mm, 85 * mm], st))
    elif before:
        story.append(
            Paragraph(
                "In de gezamenlijke teamdatabase is niet vastgelegd dat iemand uw dossier "
                "opende of wijzigde, behalve het opstellen van dit overzicht.",
                st["body"],
            )
        )
    else:
        story.append(
            Paragraph(
                "Er is niet vastgelegd dat iemand uw dossier opende of wijzigde, behalve het "
                "opstellen van dit overzicht.",
                st["body"],
            )
        )
    for moved_at, how, entries in _by_move(before):
        story.append(Paragraph(_move_sentence(moved_at, how), st["body"]))
        story.append(Spacer(1, 4))
        story.append(_table(_access_rows(entries), [40 * mm, 45 * mm, 85 * mm], st))

    doc = SimpleDocTemplate(
        fh,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Inzage in uw gegevens",
        author="zkijdesk",
        lang=LANG,
        displayDocTitle=1,
        initialFontName=FONT,
    )
    footer_text = f"Inzage cliënt {c['client_number']} — zkijdesk"
    doc.build(
        story,
        canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer_text=footer_text, **k),
    )
