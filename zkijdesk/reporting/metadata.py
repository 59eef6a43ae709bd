"""What a monthly file says about itself: its context and what its protection covers.

A reader must be able to tell a corrected re-publication from the first one (the
version), know how fresh the figures are (the state of the registration on the day
they were counted), where they come from (this store, or the team's contributions)
and whom to ask. They must also know exactly what the disclosure guarantee promises:
which publications it was checked against and which relations a reader may use.

Every value is deterministic (a date, not a time; counts, not timings), so the same
store, month and version give the same bytes. Nothing here tells a hidden value or
which hidden cell was unsafe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SOURCE_STORE, SOURCE_CONTRIBUTIONS = "opslag", "bijdragen"
SOURCE_LABELS = {
    SOURCE_STORE: ("deze opslag", "this store"),
    SOURCE_CONTRIBUTIONS: (
        "de bijdragen van de coaches van het team",
        "the contributions of the team's coaches",
    ),
}

RELATIONS = (
    ("optellen", "elke indeling en eigen indeling telt op tot haar totaal"),
    ("perioden", "januari t/m een maand is de som van de maanden (unieke eenheden: van de nieuwe)"),
    ("terugkerend", "wie terugkeert, telde eerder dit jaar mee in dezelfde vaste categorie"),
    (
        "nieuw_en_starts",
        "nieuw in begeleiding (scholing) in een maand <= routes (scholingen) gestart",
    ),
    ("deelverzameling", "plaatsingen banenafspraak <= plaatsingen"),
    ("nazorg", "duurzaam na 6 maanden <= plaatsingen 6 maanden eerder"),
    ("werkgevers", "werkgevers bediend <= plaatsingen + vacatures aangemeld"),
    ("geheel", "alle aantallen zijn gehele getallen van 0 of meer"),
)
"""The reader's model (docs/reporting.md, "Het model van de lezer"): code, Dutch text."""


@dataclass(frozen=True)
class PublicationInfo:
    """The context of one file: when, from where, which version, whom to ask."""

    reference_date: date | None = None
    """The state of the registration: the day the figures were counted."""
    source: str = SOURCE_STORE
    version: int = 1
    contact: str = ""

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, (self.source, self.source))[0]

    def as_dict(self) -> dict:
        return {
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "source": self.source,
            "source_label": self.source_label,
            "version": self.version,
            "contact": self.contact,
        }


def guarantee(threshold: int, year: int, month: int, earlier: tuple[int, ...]) -> dict:
    """What the width guarantee covers, in words a reader can check."""
    months = sorted({*earlier, month})
    return {
        "small_counts_interval_width": threshold,
        "other_hidden_cells_interval_width": 1,
        "publications": [f"{year:04d}-{m:02d}" for m in months],
        "all_versions": True,
        "relations": [code for code, _ in RELATIONS],
        "kept_by_later_publications": True,
        "protective_cells_kept_by_later_publications": False,
    }


def guarantee_lines(
    threshold: int,
    year: int,
    month: int,
    earlier: tuple[int, ...],
    others_wide: bool = True,
    released: int = 0,
) -> list[str]:
    """The guarantee as Dutch sentences for the PDF and the XLSX notes."""
    months = sorted({*earlier, month})
    covered = ", ".join(f"{year:04d}-{m:02d}" for m in months)
    relations = "; ".join(text for _, text in RELATIONS)
    others = (
        "en geen ander geheim cijfer is precies terug te rekenen,"
        if others_wide
        else "(een cijfer dat alleen ter bescherming geheim is, kan wel af te leiden zijn),"
    )
    lines = [
        f"Elk geheim aantal van 1 tot {threshold} houdt een marge van minstens {threshold} "
        f"{others}",
        f"gecontroleerd tegen alle versies van de publicaties {covered}",
        f"en tegen wat iedere lezer uit de definities weet: {relations}.",
        "Latere publicaties van het jaar worden tegen dit bestand gecontroleerd en houden de "
        "kleine aantallen zo geheim; een cijfer dat alleen ter bescherming geheim is, kan "
        "later wel af te leiden worden.",
    ]
    if released:
        lines.append(
            f"Deze publicatie houdt {released} cijfers van eerdere maanden die alleen ter "
            "bescherming geheim waren niet meer geheim; die kunnen nu af te leiden zijn."
        )
    return lines


def context_lines(info: PublicationInfo) -> list[str]:
    stand = info.reference_date.strftime("%d-%m-%Y") if info.reference_date else "onbekend"
    return [
        f"Stand van de registratie: {stand}.",
        f"Bron: {info.source_label}.",
        f"Versie van deze publicatie: {info.version}.",
        f"Contact: {info.contact or 'de teamleider die de cijfers maakte'}.",
    ]
