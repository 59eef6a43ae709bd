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

from zkijdesk.domain import fields
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.names import fold
from zkijdesk.domain.text import t
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
    _spec(
        "first_name", fields.FIRST_NAME, "client", "voornamen", "roepnaam", "first name", "vnaam"
    ),
    _spec("name_prefix", fields.NAME_PREFIX, "client", "tussenv", "tv", "voorvoegsel", "prefix"),
    _spec(
        "last_name",
        fields.LAST_NAME,
        "client",
        "familienaam",
        "geslachtsnaam",
        "surname",
        "last name",
        "anaam",
    ),
    _spec(
        "full_name",
        fields.NAME,
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
        fields.BIRTH_DATE,
        "client",
        "geb datum",
        "gebdatum",
        "geb",
        "geboren",
        "date of birth",
        "birth date",
        "dob",
    ),
    _spec("bsn", fields.BSN, "client", "burgerservicenummer", "sofinummer", "sofi nr", "bsn nr"),
    _spec(
        "client_number",
        fields.CLIENT_NUMBER,
        "client",
        "clientnummer",
        "client nr",
        "clientnr",
        "dossiernummer",
        "client number",
        "client id",
    ),
    _spec("email", fields.EMAIL, "client", "email", "e-mail", "mail", "emailadres"),
    _spec(
        "phone",
        fields.PHONE,
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
    _spec("postcode", fields.POSTCODE, "client", "pc", "zip", "zipcode", "postal code"),
    _spec(
        "municipality",
        fields.MUNICIPALITY,
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
        fields.INTAKE_STATUS,
        "client",
        "status",
        "uitkering",
        "situatie",
        "intake status",
        "benefit",
        "uitkeringssituatie",
    ),
    _spec("doelgroepregister", fields.DOELGROEPREGISTER, "client", "dgr", "banenafspraak"),
    _spec("sector", fields.SECTOR, "client", "branche", "focussector"),
    _spec(
        "target_groups",
        fields.TARGET_GROUP,
        "client",
        "doelgroep",
        "doelgroepen",
        "focusdoelgroepen",
        "target group",
        "target groups",
    ),
    _spec(
        "intake_date",
        fields.INTAKE_DATE,
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
        fields.REFERRAL_SOURCE,
        "route",
        "verwijzer",
        "aangemeld door",
        "bron",
        "referral",
        "verwijzing",
    ),
    _spec(
        "coach",
        fields.COACH,
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
        fields.CLOSED_ON,
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
        fields.EXIT_REASON,
        "route",
        "uitstroomreden",
        "reden afsluiting",
        "uitstroom",
        "exit reason",
    ),
    _spec(
        "route_note",
        fields.EXPLANATION,
        "route",
        "opmerking",
        "opmerkingen",
        "notitie",
        "notes",
        "note",
    ),
    _spec("training_title", fields.COURSE, "training", "scholing", "cursus", "training"),
    _spec("training_provider", fields.PROVIDER, "training", "opleider", "school", "provider"),
    _spec("training_kind", fields.TRAINING_KIND, "training", "soort opleiding"),
    _spec("training_result", fields.RESULT, "training", "resultaat scholing"),
    _spec("training_start", fields.ACTUAL_START, "training", "start scholing", "start opleiding"),
    _spec("training_end", fields.ACTUAL_END, "training", "einde scholing", "einde opleiding"),
    _spec("employer", fields.EMPLOYER, "placement", "bedrijf", "employer", "plaatsing bij"),
    _spec(
        "placement_start",
        fields.PLACEMENT_START,
        "placement",
        "datum plaatsing",
        "plaatsingsdatum",
        "in dienst",
        "start plaatsing",
    ),
    _spec("placement_end", fields.PLACEMENT_END, "placement", "einde plaatsing", "uit dienst"),
    _spec(
        "hours_per_week",
        fields.HOURS_PER_WEEK,
        "placement",
        "uren",
        "uur per week",
        "uur pw",
        "hours",
        "hours per week",
    ),
    _spec("contract_type", fields.CONTRACT_TYPE, "placement", "contract", "contractvorm"),
    _spec(
        "kvk_number",
        fields.KVK_NUMBER,
        "employer",
        "kvk",
        "kvk nummer",
        "kamer van koophandel",
        "kvknr",
    ),
    _spec("employer_size", fields.SIZE_CLASS, "employer", "grootte", "bedrijfsgrootte", "size"),
    _spec(
        "occupation",
        fields.OCCUPATION,
        "vacancy",
        "functie",
        "vacature",
        "functietitel",
        "occupation",
        "job title",
    ),
    _spec("vacancy_status", fields.VACANCY_STATUS, "vacancy", "vacaturestatus"),
    _spec(
        "opened_on",
        fields.OPENED_ON,
        "vacancy",
        "opengesteld",
        "datum vacature",
        "geplaatst op",
        "opened",
    ),
    _spec(
        "contact_date",
        fields.CONTACT_DATE,
        "contact",
        "laatste contact",
        "contactdatum",
        "datum laatste contact",
        "contact date",
    ),
    _spec(
        "contact_kind",
        fields.CONTACT_KIND,
        "contact",
        "contactvorm",
        "contact kind",
        "contact soort",
        "contact type",
        "type contact",
        "contact vorm",
    ),
    _spec(
        "contact_minutes",
        fields.MINUTES,
        "contact",
        "duur",
        "minuten",
        "duur contact",
        "contact duur",
        "contact minuten",
        "contact duration",
        "duration",
        "minutes",
    ),
    _spec(
        "contact_note",
        fields.NOTE,
        "contact",
        "verslag",
        "verslag contact",
        "notitie contact",
        "gespreksverslag",
        "contact verslag",
        "contact notitie",
        "contact notes",
        "contact note",
    ),
    _spec(
        "skills",
        fields.SKILLS,
        "client",
        "vaardigheid",
        "skills",
        "skill",
        "competenties",
        "competentie",
        "competences",
        "competencies",
        "certificaten",
        "vakkennis",
    ),
    _spec(
        "desired_skills",
        fields.DESIRED_SKILLS,
        "vacancy",
        "gewenst",
        "gewenste vaardigheid",
        "wenselijk",
        "wenselijke vaardigheden",
        "pre",
        "pluspunten",
        "nice to have",
        "desired skills",
        "preferred skills",
    ),
    _spec(
        "skill_evidence",
        fields.EVIDENCE,
        "client",
        "bewijs vaardigheden",
        "bewijs vaardigheid",
        "aangetoond met",
        "aangetoond door",
        "soort bewijs",
        "evidence",
        "skill evidence",
        "skills evidence",
    ),
    _spec(
        "skill_shown_on",
        fields.SHOWN_ON,
        "client",
        "aangetoond op",
        "datum bewijs",
        "datum vaardigheden",
        "datum vaardigheid",
        "date shown",
        "skills date",
        "skill date",
    ),
    _spec(
        "contact_person",
        fields.CONTACT_PERSON,
        "employer_contact",
        "contact persoon",
        "naam contactpersoon",
        "contactpersoon naam",
        "contact person",
        "contact name",
    ),
    _spec(
        "contact_person_title",
        fields.CONTACT_JOB_TITLE,
        "employer_contact",
        "contactpersoon functie",
        "functie contact",
        "contact person title",
        "contact job title",
        "contact title",
    ),
    _spec(
        "contact_person_email",
        fields.CONTACT_EMAIL,
        "employer_contact",
        "contactpersoon email",
        "contactpersoon e-mail",
        "email contact",
        "e-mail contact",
        "mail contactpersoon",
        "contact email",
        "contact person email",
    ),
    _spec(
        "contact_person_phone",
        fields.CONTACT_PHONE,
        "employer_contact",
        "contactpersoon telefoon",
        "telefoon contact",
        "tel contactpersoon",
        "contact phone",
        "contact person phone",
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
        "skill_evidence",
    }
)


#: The fields of one contact moment; a sheet may hold several contacts per row in
#: numbered columns ("Contact 2 datum", "Datum contact 2", "Contact 2 soort" ...).
CONTACT_FIELDS: Final[tuple[str, ...]] = (
    "contact_date",
    "contact_kind",
    "contact_minutes",
    "contact_note",
)
_NUMBER: Final = re.compile(r"(?<![0-9])([1-9][0-9]?)(?![0-9])")


def numbered(key: str, number: int) -> str:
    """The field key of one numbered contact column: ``contact_date:2``."""
    return f"{key}:{number}"


def split_key(key: str) -> tuple[str, int | None]:
    """``contact_date:2`` -> (``contact_date``, 2); an unnumbered key -> (key, None)."""
    base, sep, number = key.partition(":")
    if sep and number.isdigit() and base in CONTACT_FIELDS:
        return base, int(number)
    return key, None


def is_field(key: str) -> bool:
    base, _ = split_key(key)
    return base in FIELD_BY_KEY


def field_label(key: str) -> str:
    """The Dutch label of a field, with the contact's number for a numbered column."""
    base, number = split_key(key)
    label = FIELD_BY_KEY[base].label
    return label if number is None else f"{label} (contact {number})"


def contact_slots(mapping: Mapping) -> list[int | None]:
    """The contacts a row can hold: None for the unnumbered columns, then each number."""
    slots: set[int | None] = set()
    for key in mapping.columns.values():
        base, number = split_key(key)
        if base in CONTACT_FIELDS:
            slots.add(number)
    return sorted(slots, key=lambda n: -1 if n is None else n)


def field_choices(mapping: Mapping | None = None) -> list[tuple[str, str]]:
    """(label, key) for every field a column can be, with the numbered contact columns
    the mapping uses and a few more (so a user can map "Contact 3" by hand)."""
    choices = [(spec.label, spec.key) for spec in FIELDS]
    numbers = {2, 3}
    if mapping is not None:
        numbers |= {n for _, n in map(split_key, mapping.columns.values()) if n is not None}
    for number in sorted(numbers):
        choices += [(field_label(numbered(k, number)), numbered(k, number)) for k in CONTACT_FIELDS]
    return choices


def is_known_header(text: str) -> bool:
    return field_for_header(text) is not None


def field_for_header(text: str) -> str | None:
    """The field a header names; "Contact 2 datum" and "Datum contact 2" are the date of
    the second contact of the row."""
    folded = _fold_header(text)
    found = _HEADER_TO_FIELD.get(folded)
    if found is not None:
        return found
    match = _NUMBER.search(folded)
    if match is None or "contact" not in folded:
        return None
    bare = folded[: match.start()] + folded[match.end() :]
    base = _HEADER_TO_FIELD.get(bare) or _HEADER_TO_FIELD.get(bare.replace("contact", "", 1))
    if base is None and bare == "contact":
        base = "contact_date"  # "Contact 2" alone: the date of the second contact
    if base not in CONTACT_FIELDS:
        return None
    return numbered(base, int(match.group(1)))


@dataclass
class Mapping:
    """Column index -> field key, plus value translations and defaults per field."""

    columns: dict[int, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    """field -> (folded sheet word -> code or user name)."""
    defaults: dict[str, str] = field(default_factory=dict)
    """field -> code used when the row leaves it empty (e.g. a sheet without status)."""
    ignored: set[int] = field(default_factory=set)
    """Columns a saved mapping names as not used (``null``): the automatic match leaves
    them alone, so a column the user unhooked stays unhooked next month."""

    def translate(self, key: str, word: str, value: str | None) -> None:
        """Read the sheet's ``word`` in field ``key`` as ``value`` (a code, a status or a
        username); None forgets the translation, so zkijdesk's own reading applies."""
        folded = fold(word)
        if value is None:
            own = self.values.get(key)
            if own is not None:
                own.pop(folded, None)
                if not own:
                    del self.values[key]
            return
        self.values.setdefault(key, {})[folded] = value

    def column_of(self, key: str) -> int | None:
        return next((col for col, k in self.columns.items() if k == key), None)

    def to_json(self, headers: list[str]) -> str:
        """Keyed on header text, so the mapping fits next month's sheet too; a column the
        mapping does not use is saved as ``null``, so it is not matched again."""
        columns: dict[str, str | None] = {}
        for col, header in enumerate(headers):
            # A header a sheet repeats is saved once: as the field one of those columns
            # uses, never overwritten by another one's null. A column without a header
            # cannot be named, so next month it is matched afresh (by its content).
            if _fold_header(header) and columns.get(header) is None:
                columns[header] = self.columns.get(col)
        data = {
            "version": MAPPING_VERSION,
            "columns": columns,
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
            "mapping", t("{x} is geen koppelingsbestand van zkijdesk.", x=Path(path).name)
        ) from None
    if not isinstance(data, dict) or data.get("version") != MAPPING_VERSION:
        raise ValidationError(
            "mapping", t("{x} is geen koppelingsbestand van zkijdesk.", x=Path(path).name)
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
    unused = {_fold_header(str(h)) for h, k in columns.items() if k is None or k == ""}
    unused -= {h for h, k in by_header.items() if is_field(k)}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = by_header.get(_fold_header(header))
        if key is not None and is_field(key):
            # A repeated header's field goes to its first column; the others are matched
            # as any column the mapping does not name.
            if key not in taken:
                mapping.columns[index] = key
                taken.add(key)
        elif _fold_header(header) in unused:
            mapping.ignored.add(index)
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
        for index in saved.ignored:
            mapping.columns.pop(index, None)
        mapping.ignored = set(saved.ignored)
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
