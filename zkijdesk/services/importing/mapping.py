"""Which column holds which field, and which sheet word means which code.

Columns are matched by their header (Dutch and English names and the abbreviations
teams use: "Geb.datum", "Tel", "Tussenv."), and, for a header nobody foresaw, by
what the column holds (nine digits that pass the eleven-test are a BSN; an @ makes an
e-mail address). The user corrects the result; a mapping is saved as JSON keyed on
header text, so next month's sheet of the same system maps itself.

Coded fields (sector, municipality, status, focus groups, coach...) are read through
``ValueMaps``: the store's own codes and names, common words ("Zorg" is Zorg &
Welzijn, "ICT" is Techniek/ICT, "IJmuiden" lies in Velsen, "GM0392" and "392" are
Haarlem), and the mapping's own translations, which win.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.names import fold
from zkijdesk.domain.validation import validate_bsn
from zkijdesk.services.importing.readers import Table
from zkijdesk.services.importing.values import Cell, as_text

MAPPING_VERSION: Final[int] = 1


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    """The Dutch label, as the intake form and its sentences name the field."""
    group: str
    headers: tuple[str, ...]


def _spec(key: str, label: str, group: str, *headers: str) -> FieldSpec:
    return FieldSpec(key, label, group, tuple(_fold_header(h) for h in (label, *headers)))


def _fold_header(text: str) -> str:
    return re.sub(r"[^a-z0-9+]", "", fold(text))


FIELDS: Final[tuple[FieldSpec, ...]] = (
    _spec("first_name", "Voornaam", "client", "voornamen", "roepnaam", "first name", "vnaam"),
    _spec("name_prefix", "Tussenvoegsel", "client", "tussenv", "tv", "voorvoegsel", "prefix"),
    _spec(
        "last_name",
        "Achternaam",
        "client",
        "familienaam",
        "geslachtsnaam",
        "surname",
        "last name",
        "anaam",
    ),
    _spec(
        "full_name",
        "Naam",
        "client",
        "volledige naam",
        "name",
        "naam client",
        "client",
        "deelnemer",
        "full name",
    ),
    _spec(
        "birth_date",
        "Geboortedatum",
        "client",
        "geb datum",
        "gebdatum",
        "geb",
        "geboren",
        "date of birth",
        "birth date",
        "dob",
    ),
    _spec("bsn", "BSN", "client", "burgerservicenummer", "sofinummer", "sofi nr", "bsn nr"),
    _spec("email", "E-mailadres", "client", "email", "e-mail", "mail", "emailadres"),
    _spec(
        "phone",
        "Telefoonnummer",
        "client",
        "telefoon",
        "tel",
        "telnr",
        "mobiel",
        "gsm",
        "phone",
        "mobile",
        "tel nr",
    ),
    _spec("postcode", "Postcode", "client", "pc", "zip", "zipcode", "postal code"),
    _spec(
        "municipality",
        "Gemeente",
        "client",
        "municipality",
        "gem",
        "woongemeente",
        "woonplaats",
        "woonplaats gemeente",
        "vestigingsplaats",
    ),
    _spec(
        "intake_status",
        "Status bij intake",
        "client",
        "status",
        "uitkering",
        "situatie",
        "intake status",
        "benefit",
        "uitkeringssituatie",
    ),
    _spec("doelgroepregister", "Doelgroepregister", "client", "dgr", "banenafspraak"),
    _spec("sector", "Sector", "client", "branche", "focussector"),
    _spec(
        "target_groups",
        "Focusdoelgroep",
        "client",
        "doelgroep",
        "doelgroepen",
        "focusdoelgroepen",
        "target group",
        "target groups",
    ),
    _spec(
        "intake_date",
        "Intakedatum",
        "route",
        "datum intake",
        "intake",
        "startdatum",
        "start route",
        "aanmelddatum",
        "intake date",
    ),
    _spec(
        "referral_source",
        "Aanmelder",
        "route",
        "verwijzer",
        "aangemeld door",
        "bron",
        "referral",
        "verwijzing",
    ),
    _spec(
        "coach",
        "Coach",
        "route",
        "loopbaanadviseur",
        "consulent",
        "begeleider",
        "adviseur",
        "jobcoach",
        "accountmanager",
        "klantmanager",
    ),
    _spec(
        "closed_on",
        "Afsluitdatum",
        "route",
        "einddatum",
        "uitstroomdatum",
        "datum uitstroom",
        "afgesloten",
        "einde route",
        "closing date",
    ),
    _spec(
        "exit_reason",
        "Reden uitstroom",
        "route",
        "uitstroomreden",
        "reden afsluiting",
        "uitstroom",
        "exit reason",
    ),
    _spec(
        "route_note", "Toelichting", "route", "opmerking", "opmerkingen", "notitie", "notes", "note"
    ),
    _spec("training_title", "Opleiding", "training", "scholing", "cursus", "training"),
    _spec("training_provider", "Aanbieder", "training", "opleider", "school", "provider"),
    _spec("training_kind", "Soort scholing", "training", "soort opleiding"),
    _spec("training_result", "Resultaat", "training", "resultaat scholing"),
    _spec("training_start", "Werkelijke start", "training", "start scholing", "start opleiding"),
    _spec("training_end", "Werkelijk einde", "training", "einde scholing", "einde opleiding"),
    _spec("employer", "Werkgever", "placement", "bedrijf", "employer", "plaatsing bij"),
    _spec(
        "placement_start",
        "Startdatum plaatsing",
        "placement",
        "datum plaatsing",
        "plaatsingsdatum",
        "in dienst",
        "start plaatsing",
    ),
    _spec("placement_end", "Einddatum plaatsing", "placement", "einde plaatsing", "uit dienst"),
    _spec(
        "hours_per_week",
        "Uren per week",
        "placement",
        "uren",
        "uur per week",
        "uur pw",
        "hours",
        "hours per week",
    ),
    _spec("contract_type", "Soort contract", "placement", "contract", "contractvorm"),
    _spec(
        "kvk_number", "KvK-nummer", "employer", "kvk", "kvk nummer", "kamer van koophandel", "kvknr"
    ),
    _spec("employer_size", "Omvang", "employer", "grootte", "bedrijfsgrootte", "size"),
    _spec(
        "occupation",
        "Beroep",
        "vacancy",
        "functie",
        "vacature",
        "functietitel",
        "occupation",
        "job title",
    ),
    _spec("vacancy_status", "Status vacature", "vacancy", "vacaturestatus"),
    _spec(
        "opened_on",
        "Datum open",
        "vacancy",
        "opengesteld",
        "datum vacature",
        "geplaatst op",
        "opened",
    ),
    _spec(
        "contact_date",
        "Datum contact",
        "contact",
        "laatste contact",
        "contactdatum",
        "datum laatste contact",
        "contact date",
    ),
    _spec("contact_kind", "Soort contact", "contact", "contactvorm", "contact kind"),
    _spec("contact_minutes", "Duur in minuten", "contact", "duur", "minuten", "duur contact"),
    _spec(
        "contact_note",
        "Notitie",
        "contact",
        "verslag",
        "verslag contact",
        "notitie contact",
        "gespreksverslag",
    ),
)
FIELD_BY_KEY: Final[dict[str, FieldSpec]] = {spec.key: spec for spec in FIELDS}
_HEADER_TO_FIELD: Final[dict[str, str]] = {
    header: spec.key for spec in FIELDS for header in spec.headers
}

#: Fields whose value comes from a list; ``ValueMaps`` resolves them.
CODED: Final[frozenset[str]] = frozenset(
    {
        "municipality",
        "intake_status",
        "sector",
        "target_groups",
        "referral_source",
        "coach",
        "exit_reason",
        "training_kind",
        "training_result",
        "contract_type",
        "contact_kind",
        "employer_size",
        "vacancy_status",
    }
)


def is_known_header(text: str) -> bool:
    return _fold_header(text) in _HEADER_TO_FIELD


def field_for_header(text: str) -> str | None:
    return _HEADER_TO_FIELD.get(_fold_header(text))


@dataclass
class Mapping:
    """Column index -> field key, plus value translations and defaults per field."""

    columns: dict[int, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    """field -> (folded sheet word -> code or user name)."""
    defaults: dict[str, str] = field(default_factory=dict)
    """field -> code used when the row leaves it empty (e.g. a sheet without status)."""

    def column_of(self, key: str) -> int | None:
        return next((col for col, k in self.columns.items() if k == key), None)

    def to_json(self, headers: list[str]) -> str:
        """Keyed on header text, so the mapping fits next month's sheet too."""
        data = {
            "version": MAPPING_VERSION,
            "columns": {headers[col]: key for col, key in sorted(self.columns.items())},
            "values": self.values,
            "defaults": self.defaults,
        }
        return json.dumps(data, ensure_ascii=False, indent=2)


def load_mapping(path: Path, headers: list[str]) -> Mapping:
    """A saved mapping applied to this sheet's headers; columns it does not name stay
    as the automatic match found them."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise ValidationError(
            "mapping", f"{Path(path).name} is geen koppelingsbestand van zkijdesk."
        ) from None
    if not isinstance(data, dict) or data.get("version") != MAPPING_VERSION:
        raise ValidationError(
            "mapping", f"{Path(path).name} is geen koppelingsbestand van zkijdesk."
        )
    columns = data.get("columns") or {}
    by_header = {_fold_header(str(h)): str(k) for h, k in columns.items()}
    mapping = Mapping(
        values={
            str(k): {fold(str(w)): str(c) for w, c in (v or {}).items()}
            for k, v in (data.get("values") or {}).items()
            if k in FIELD_BY_KEY
        },
        defaults={str(k): str(v) for k, v in (data.get("defaults") or {}).items()},
    )
    for index, header in enumerate(headers):
        key = by_header.get(_fold_header(header))
        if key in FIELD_BY_KEY:
            mapping.columns[index] = key
    return mapping


def suggest_mapping(table: Table, saved: Mapping | None = None) -> Mapping:
    """Match by header, then by content for columns no header told about."""
    mapping = Mapping()
    taken: set[str] = set()
    for index, header in enumerate(table.headers):
        key = field_for_header(header)
        if key is not None and key not in taken:
            mapping.columns[index] = key
            taken.add(key)
    for index in range(len(table.headers)):
        if index in mapping.columns:
            continue
        guess = _guess_by_content([row.cells[index] for row in table.rows[:200]])
        if guess is not None and guess not in taken:
            mapping.columns[index] = guess
            taken.add(guess)
    if saved is not None:
        mapping.columns.update(saved.columns)
        mapping.values = saved.values
        mapping.defaults = saved.defaults
    return mapping


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.I)
_POSTCODE = re.compile(r"[1-9][0-9]{3} ?[a-z]{2}", re.I)
_PHONE = re.compile(r"(\+31|0031|0)[1-9][0-9 \-]{7,12}")


def _guess_by_content(cells: list[Cell]) -> str | None:
    texts = [t.strip() for t in (as_text(c) for c in cells) if t and t.strip()]
    if len(texts) < 3:
        return None
    for key, test in (
        ("email", lambda t: bool(_EMAIL.fullmatch(t))),
        ("postcode", lambda t: bool(_POSTCODE.fullmatch(t))),
        ("bsn", _looks_like_bsn),
        ("phone", lambda t: bool(_PHONE.fullmatch(t))),
    ):
        if sum(1 for t in texts if test(t)) >= 0.8 * len(texts):
            return key
    return None


def _looks_like_bsn(text: str) -> bool:
    digits = text.zfill(9) if text.isdigit() and len(text) == 8 else text
    try:
        return validate_bsn(digits) is not None
    except ValidationError:
        return False
