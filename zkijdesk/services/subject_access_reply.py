"""What the person reads in a subject-access reply, once, for the PDF and its HTML twin.

Written for the person, not for a machine: Dutch labels, Dutch dates, codes turned
into words, what GDPR art. 15 says the person must also be told (controller, purposes,
basis, recipients, retention, source, the right to complain), and a closing section on
who opened the file and when. ``reply(data)`` turns the collected data (see
``subject_access.py``) into headings, paragraphs and tables; the PDF
(``subject_access_pdf.py``) and the accessible HTML (``subject_access_html.py``) only
lay these out, so both always say the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from zkijdesk.domain import enums
from zkijdesk.domain.enums import label

JsonObject = dict[str, Any]
"""An object of the collected data (``SubjectAccessService.collect``), read by its keys."""

TITLE = "Inzage in uw gegevens"
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
NOTHING_LOGGED = (
    "Er is niet vastgelegd dat iemand uw dossier opende of wijzigde, behalve het "
    "opstellen van dit overzicht."
)
NOTHING_LOGGED_IN_TEAM = (
    "In de gezamenlijke teamdatabase is niet vastgelegd dat iemand uw dossier "
    "opende of wijzigde, behalve het opstellen van dit overzicht."
)


@dataclass(frozen=True)
class Heading:
    """A section's title (a bookmark in the PDF, an ``<h2>`` in the HTML)."""

    text: str
    anchor: str


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Rows:
    """A table: its caption (said in the HTML; the PDF shows the section heading above
    it), the column headings, the rows of text, and the PDF's column widths in mm."""

    caption: str
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]


Block = Heading | Text | Rows


@dataclass(frozen=True)
class Reply:
    title: str
    intro: str
    client_number: str
    blocks: tuple[Block, ...]

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


def nl_date(value: str | date | None) -> str:
    if not value:
        return "—"
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    return (
        value.strftime("%d-%m-%Y %H:%M")
        if isinstance(value, datetime)
        else value.strftime("%d-%m-%Y")
    )


def _word(code: str | None) -> str:
    if code is None:
        return "—"
    for enum_cls in ENUMS:
        try:
            return label(enum_cls(code))
        except ValueError:
            continue
    return str(code)


def _access_rows(entries: list[JsonObject]) -> list[tuple[str, ...]]:
    return [(nl_date(e["at"]), _action_word(e["action"]), e["by"] or "onbekend") for e in entries]


def _action_word(action: str) -> str:
    return ACTIONS_NL.get(action, action)


def _by_move(entries: list[JsonObject]) -> list[tuple[str, str, list[JsonObject]]]:
    """The moved-in entries per move (a person's file may come from several workstations)."""
    groups: dict[tuple[str, str], list[JsonObject]] = {}
    for e in entries:
        groups.setdefault((e["moved_in_at"], e["moved_as"]), []).append(e)
    return [(at, how, rows) for (at, how), rows in groups.items()]


def _move_sentence(moved_at: str, how: str) -> str:
    when = nl_date(moved_at).split(" ")[0]
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


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []

    def heading(self, text: str, anchor: str) -> None:
        self.blocks.append(Heading(text, anchor))

    def text(self, text: str) -> None:
        self.blocks.append(Text(text))

    def table(
        self,
        caption: str,
        head: Iterable[str],
        rows: Iterable[Iterable[object]],
        widths: Iterable[float],
    ) -> None:
        self.blocks.append(
            Rows(
                caption,
                tuple(head),
                tuple(tuple(str(c) for c in r) for r in rows),
                tuple(widths),
            )
        )


def _steps(route: JsonObject, ref: JsonObject) -> list[tuple[str, str, str]]:
    steps = []
    for g in route["guidances"]:
        steps.append(
            (
                f"Begeleiding: {_word(g['kind'])}",
                f"{nl_date(g['start_date'])} – {nl_date(g['end_date'])}",
                g["note"] or "",
            )
        )
    for t in route["trainings"]:
        steps.append(
            (
                f"Scholing: {t['title']} ({t['provider']})",
                f"{nl_date(t['actual_start'] or t['planned_start'])} – "
                f"{nl_date(t['actual_end'] or t['planned_end'])}",
                f"{_word(t['result'])}{': ' + t['credential'] if t['credential'] else ''}",
            )
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
            (
                f"Plaatsing bij {employer} ({_word(p['contract_type'])}, "
                f"{p['hours_per_week']} uur)",
                f"{nl_date(p['start_date'])} – {nl_date(p['end_date'])}",
                checks,
            )
        )
    return steps


def reply(data: JsonObject) -> Reply:
    """The reply's content, in reading order, from ``SubjectAccessService.collect``."""
    c = data["client"]
    ref = data["reference"]
    out = _Builder()
    about = data.get("about_processing", {})
    out.heading("Over de verwerking van uw gegevens", "verwerking")
    out.table(
        "Over de verwerking van uw gegevens",
        ("Onderwerp", "Antwoord"),
        [(title, about.get(key) or NOT_FILLED) for title, key in PROCESSING_ROWS],
        (60, 110),
    )
    out.heading("Persoonsgegevens", "persoonsgegevens")
    municipality = ref["municipalities"].get(str(c["municipality_id"]), "—")
    out.table(
        "Persoonsgegevens",
        ("Gegeven", "Waarde"),
        [
            ("Cliëntnummer", c["client_number"]),
            ("Naam", c["full_name"]),
            ("Geboortedatum", nl_date(c["birth_date"])),
            ("BSN", c["bsn"] or "niet vastgelegd"),
            ("E-mailadres", c["email"] or "—"),
            ("Telefoonnummer", c["phone"] or "—"),
            ("Postcode en gemeente", f"{c['postcode'] or '—'}, {municipality}"),
            ("Situatie bij aanmelding", _word(c["intake_status"])),
            ("Doelgroepregister (banenafspraak)", "ja" if c["doelgroepregister"] else "nee"),
            ("Toestemming en afspraken", c["consent_note"] or "—"),
        ],
        (60, 110),
    )
    if c["tags"]:
        out.heading("Focusdoelgroepen", "focusdoelgroepen")
        out.table(
            "Focusdoelgroepen",
            ("Jaar", "Doelgroep", "Vastgelegd op"),
            [(str(t["year"]), t["name"], nl_date(t["tagged_on"])) for t in c["tags"]],
            (25, 95, 50),
        )
    if c["skills"]:
        out.heading("Vaardigheden en certificaten", "vaardigheden")
        out.table(
            "Vaardigheden en certificaten",
            ("Vaardigheid", "Aangetoond met", "Datum"),
            [(x["name"], _word(x["evidence"]), nl_date(x["shown_on"])) for x in c["skills"]],
            (90, 45, 35),
        )
    for index, route in enumerate(data["routes"], start=1):
        out.heading(f"Route {index}", f"route-{index}")
        out.table(
            f"Route {index}: gegevens",
            ("Gegeven", "Waarde"),
            [
                ("Intake", nl_date(route["intake_date"])),
                ("Aangemeld via", _word(route["referral_source"])),
                ("Sector", ref["sectors"].get(str(route["sector_id"]), "—")),
                ("Project", ref["projects"].get(str(route["project_id"]), "—")),
                ("Afgesloten", nl_date(route["closed_on"])),
                ("Reden afsluiting", _word(route["exit_reason"])),
            ],
            (60, 110),
        )
        steps = _steps(route, ref)
        if steps:
            out.table(
                f"Route {index}: stappen", ("Stap", "Periode", "Uitkomst"), steps, (70, 45, 55)
            )
    if data["contacts"]:
        out.heading("Contacten en notities", "contacten")
        out.table(
            "Contacten en notities",
            ("Datum", "Soort", "Minuten", "Notitie"),
            [
                (nl_date(a["occurred_on"]), _word(a["kind"]), str(a["minutes"]), a["note"] or "")
                for a in data["contacts"]
            ],
            (25, 30, 18, 97),
        )
    if data["tasks"]:
        out.heading("Taken over u", "taken")
        out.table(
            "Taken over u",
            ("Uiterlijk", "Taak", "Afgerond"),
            [
                (nl_date(t["due_date"]), t["title"], "ja" if t["done_at"] else "nee")
                for t in data["tasks"]
            ],
            (25, 120, 25),
        )
    out.heading("Wie heeft uw dossier geopend of gewijzigd", "geopend")
    before = data.get("access_log_before_move_in") or []
    log_head, log_widths = ("Moment", "Handeling", "Door"), (40, 45, 85)
    if data["access_log"]:
        out.table(
            "Wie heeft uw dossier geopend of gewijzigd",
            log_head,
            _access_rows(data["access_log"]),
            log_widths,
        )
    else:
        out.text(NOTHING_LOGGED_IN_TEAM if before else NOTHING_LOGGED)
    for number, (moved_at, how, entries) in enumerate(_by_move(before), start=1):
        out.text(_move_sentence(moved_at, how))
        out.table(
            f"Vastgelegd op de werkplek van een coach, vóór overstap {number}",
            log_head,
            _access_rows(entries),
            log_widths,
        )
    return Reply(
        title=TITLE,
        intro=(
            "Dit overzicht bevat alle gegevens die uw loopbaancoach in zkijdesk over u "
            f"vastlegt, opgesteld op {nl_date(data['generated_at'])}. U mag vragen om "
            "onjuiste gegevens te verbeteren, om verwijdering, of om beperking van de "
            "verwerking."
        ),
        client_number=str(c["client_number"]),
        blocks=tuple(out.blocks),
    )


def accessible_version(html_name: str | None) -> str:
    """What the PDF says about its HTML twin (ReportLab's PDF cannot be tagged)."""
    named = f"het HTML-bestand {html_name}" if html_name else "een HTML-bestand"
    return (
        "Deze PDF is niet getagd voor schermlezers. Dezelfde inhoud staat in een "
        f"toegankelijke versie: {named}, dat bij deze PDF hoort. U kunt het openen in een "
        "webbrowser."
    )


def html_of_pdf(pdf_name: str | None) -> str:
    """What the HTML says about the PDF it stands beside."""
    named = f"het PDF-bestand {pdf_name}" if pdf_name else "het PDF-bestand"
    return f"Dit is de toegankelijke versie van {named}, met dezelfde inhoud."


__all__ = ["Heading", "Reply", "Rows", "Text", "accessible_version", "html_of_pdf", "reply"]
