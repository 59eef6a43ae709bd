"""The words around the figures, shared by the PDF and its accessible HTML twin.

Both documents must say the same thing: a reader who cannot use the PDF and reads the
HTML with a screen reader gets the same definitions, the same account of how small
numbers are protected and the same result of the check. Texts are plain (no markup);
each writer escapes and styles them.
"""

from __future__ import annotations

from dataclasses import dataclass

from zkijdesk.reporting.indicators import BY_CODE, DEFINITIONS
from zkijdesk.reporting.metadata import context_lines
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.writers.common import (
    SUPPRESSED_MARK,
    audit_lines,
    dutch_int,
    file_name,
)


@dataclass(frozen=True)
class Note:
    """One paragraph: an optional bold lead ("Controle:") and its text."""

    text: str
    lead: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    notes: tuple[Note, ...]
    #: A list of short entries (the definitions), set smaller in print.
    compact: bool = False


def key_figures_intro(month_label: str) -> str:
    return (
        f"De belangrijkste cijfers van {month_label} voor de hele regio, vergeleken met de "
        "vorige maand en dezelfde maand vorig jaar."
    )


def tables_intro() -> str:
    return (
        "Per thema en indeling: de maand en januari tot en met de maand. Totalen zijn de "
        "som van hun categorieën; een geheim cijfer is gemarkeerd met "
        f"'{SUPPRESSED_MARK}'."
    )


def accessible_version(pub: Publication) -> str:
    """What the PDF says about its HTML twin (ReportLab's PDF cannot be tagged)."""
    return (
        "Deze PDF is niet getagd voor schermlezers. Dezelfde cijfers en toelichting staan "
        f"in een toegankelijke versie: het HTML-bestand {file_name(pub, 'html')}, dat met "
        "deze PDF wordt gepubliceerd."
    )


def html_of_pdf(pub: Publication) -> str:
    """What the HTML says about the PDF it stands beside."""
    return (
        f"Dit is de toegankelijke versie van de publicatie {file_name(pub, 'pdf')}, met "
        "dezelfde cijfers en toelichting. De grafieken van de PDF staan hier als tabellen."
    )


def explanation(pub: Publication) -> tuple[Section, ...]:
    audit = pub.audit
    definitions = tuple(
        Note(nl, lead=f"{BY_CODE[code].nl}.") for code, (nl, _) in DEFINITIONS.items()
    )
    breakdowns = Note(
        "Focussector: de sector van de route, scholing of plaatsing, met deelsectoren "
        "opgeteld bij hun focussector (Zorg & Welzijn, Onderwijs, Techniek); al het "
        "andere en onbekend valt onder overige sectoren. Gemeente: de huidige woongemeente. "
        "Leeftijd: op 1 januari van het verslagjaar. Focusdoelgroepen: de groepen die de "
        f"regio voor {pub.year} koos; elke groep is een eigen ja/nee-indeling, zodat een "
        "persoon in twee groepen de tabellen niet dubbel telt. Cliënten in de prullenbak "
        "en cliënten met een beperking van de verwerking tellen niet mee."
    )
    protection = Note(
        f"Een aantal van 1 tot {pub.threshold} kan een persoon herkenbaar maken en wordt "
        "niet gepubliceerd (primaire geheimhouding). Ook een nul wordt geheimgehouden "
        "wanneer die zou laten zien dat iedereen in een kleine groep dezelfde uitkomst had. "
        "Daarna worden zo weinig en zo klein mogelijke andere cijfers geheimgehouden, zodat "
        "geen geheim cijfer uit de totalen, uit de cijfers tot en met de maand of uit de "
        "eerder dit jaar gepubliceerde maandcijfers is terug te rekenen (secundaire "
        "geheimhouding). Voor publicatie berekent een controle met lineaire programmering "
        "voor elk geheim cijfer de kleinste en grootste waarde die een lezer uit alle "
        f"gepubliceerde cijfers kan afleiden; die marge moet minstens {pub.threshold} zijn, "
        "anders wordt niets gepubliceerd."
    )
    verdict = "geslaagd" if audit.passed else "niet geslaagd"
    earlier = ", ".join(str(m) for m in audit.earlier_months) or "geen"
    later = ""
    if audit.later_months:
        months = ", ".join(str(m) for m in audit.later_months)
        later = f" Al gepubliceerde latere maanden in de controle (correctie): {months}."
    check = Note(
        f"{verdict}. Geheim: {dutch_int(audit.suppressed)} van "
        f"{dutch_int(len(pub.values))} cijfers. Eerder dit jaar gepubliceerde maanden in "
        f"de controle: {earlier}.{later} Sinds eerdere publicaties gecorrigeerde cijfers: "
        f"{dutch_int(audit.corrected)}.",
        lead="Controle:",
    )
    covers = Note(" ".join(audit_lines(pub)), lead="Wat de controle dekt.")
    return (
        Section("Wat er geteld wordt", definitions, compact=True),
        Section("Indelingen", (breakdowns,)),
        Section("Hoe kleine aantallen beschermd zijn", (protection, check, covers)),
        Section("Over deze publicatie", (Note(" ".join(context_lines(pub.info))),)),
    )


__all__ = [
    "Note",
    "Section",
    "accessible_version",
    "explanation",
    "html_of_pdf",
    "key_figures_intro",
    "tables_intro",
]
