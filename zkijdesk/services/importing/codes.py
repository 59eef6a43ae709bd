"""Sheet words for coded fields, resolved against the store's reference lists.

Built once per preview from one read session, then used for every row without a
query. The mapping's own translations are tried first, then the store's codes and
names, then the words teams commonly write.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.enums import (
    ActivityKind,
    ContractType,
    EmployerSize,
    ExitReason,
    IntakeStatus,
    ReferralSource,
    SkillEvidence,
    TrainingKind,
    TrainingResult,
    VacancyStatus,
    dutch_label,
)
from zkijdesk.domain.enums import label as enum_label
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.names import fold
from zkijdesk.domain.skills import SkillEntry, SkillIndex
from zkijdesk.domain.text import t

if TYPE_CHECKING:
    from zkijdesk.services.importing.mapping import Mapping
    from zkijdesk.services.importing.readers import Table

#: Words teams write, folded, per field -> the store's code (or enum value).
COMMON_WORDS: Final[dict[str, dict[str, str]]] = {
    "sector": {
        "zorg": "ZW",
        "welzijn": "ZW",
        "zorg en welzijn": "ZW",
        "zorg & welzijn": "ZW",
        "care": "ZW",
        "onderwijs": "OND",
        "education": "OND",
        "techniek": "TECH",
        "technology": "TECH",
        "ict": "TECH_ICT",
        "it": "TECH_ICT",
        "digitaal": "TECH_ICT",
        "techniek/ict": "TECH_ICT",
        "circulair": "TECH_CIRC",
        "duurzaam": "TECH_CIRC",
        "overig": "OVERIG",
        "overige": "OVERIG",
        "anders": "OVERIG",
        "handel": "OV_HANDEL",
        "detailhandel": "OV_HANDEL",
        "retail": "OV_HANDEL",
        "logistiek": "OV_LOGISTIEK",
        "transport": "OV_LOGISTIEK",
        "horeca": "OV_HORECA",
        "overheid": "OV_OVERHEID",
        "zakelijke dienstverlening": "OV_ZAKELIJK",
    },
    "municipality": {
        "ijmuiden": "GM0453",
        "santpoort": "GM0453",
        "santpoort-noord": "GM0453",
        "santpoort-zuid": "GM0453",
        "velserbroek": "GM0453",
        "driehuis": "GM0453",
        "wijk aan zee": "GM0375",
        "overveen": "GM0377",
        "bennebroek": "GM0377",
        "aerdenhout": "GM0377",
        "vogelenzang": "GM0377",
        "bentveld": "GM0473",
        "spaarndam": "GM0392",
        "buiten de regio": "BUITEN",
        "buiten regio": "BUITEN",
        "overig": "BUITEN",
        "anders": "BUITEN",
    },
    "target_groups": {
        "jongeren": "JONG",
        "jongere": "JONG",
        "jong": "JONG",
        "jeugd": "JONG",
        "50+": "50PLUS",
        "50plus": "50PLUS",
        "50-plus": "50PLUS",
        "50-plusser": "50PLUS",
        "50-plussers": "50PLUS",
        "ouderen": "50PLUS",
        "statushouder": "STATUS",
        "statushouders": "STATUS",
        "nieuwkomer": "STATUS",
        "banenafspraak": "BANEN",
        "doelgroepregister": "BANEN",
        "deeltijd": "DEELTIJD",
        "deeltijder": "DEELTIJD",
        "deeltijders": "DEELTIJD",
        "meer uren": "DEELTIJD",
    },
    "intake_status": {
        "werkend": "werkend",
        "werk": "werkend",
        "werkt": "werkend",
        "employed": "werkend",
        "ww": "werkzoekend_ww",
        "werkzoekend ww": "werkzoekend_ww",
        "bijstand": "werkzoekend_bijstand",
        "participatiewet": "werkzoekend_bijstand",
        "pw": "werkzoekend_bijstand",
        "buig": "werkzoekend_bijstand",
        "wia": "werkzoekend_wia_wajong",
        "wajong": "werkzoekend_wia_wajong",
        "wao": "werkzoekend_wia_wajong",
        "wia/wajong": "werkzoekend_wia_wajong",
        "zonder uitkering": "werkzoekend_zonder_uitkering",
        "geen uitkering": "werkzoekend_zonder_uitkering",
        "nug": "werkzoekend_zonder_uitkering",
        "geen": "werkzoekend_zonder_uitkering",
        "werkzoekend": "werkzoekend_zonder_uitkering",
    },
    "referral_source": {
        "zelf": "zelfmelder",
        "eigen initiatief": "zelfmelder",
        "school": "onderwijs",
        "mbo": "onderwijs",
        "wijkteam": "sociaal_team",
        "sociaal wijkteam": "sociaal_team",
        "overig": "anders",
    },
    "exit_reason": {
        "betaald werk": "werk",
        "baan": "werk",
        "opleiding": "scholing",
        "elders": "elders_geholpen",
        "uitgevallen": "gestopt",
        "geen contact": "geen_contact",
        "overig": "anders",
    },
    "training_kind": {
        "mbo": "mbo_certificaat",
        "certificaat": "mbo_certificaat",
        "cursus": "modulaire_cursus",
        "module": "modulaire_cursus",
        "skills": "skills_cursus",
        "overig": "anders",
    },
    "training_result": {
        "ja": "behaald",
        "geslaagd": "behaald",
        "diploma": "behaald",
        "nee": "gestopt",
        "afgebroken": "gestopt",
        "bezig": "lopend",
        "loopt": "lopend",
    },
    "employer_size": {
        "klein bedrijf": "klein",
        "mkb": "middel",
        "midden": "middel",
        "middelgroot": "middel",
        "grootbedrijf": "groot",
    },
    "vacancy_status": {
        "openstaand": "open",
        "loopt": "in_behandeling",
        "in behandeling": "in_behandeling",
        "ingevuld": "vervuld",
        "gesloten": "vervuld",
        "vervallen": "ingetrokken",
    },
    "contact_kind": {
        "bezoek": "gesprek",
        "afspraak": "gesprek",
        "face to face": "gesprek",
        "tel": "telefoon",
        "gebeld": "telefoon",
        "mail": "email",
        "e-mail": "email",
        "beeldbellen": "video",
        "teams": "video",
        "meeting": "gesprek",
        "conversation": "gesprek",
        "visit": "gesprek",
        "phone": "telefoon",
        "phone call": "telefoon",
        "call": "telefoon",
        "video call": "video",
        "employer visit": "werkgeversbezoek",
        "note": "notitie",
    },
    "skill_evidence": {
        "cert": "certificaat",
        "certificate": "certificaat",
        "ervaring": "werkervaring",
        "werk": "werkervaring",
        "work experience": "werkervaring",
        "test": "assessment",
        "toets": "assessment",
        "zelf": "eigen_opgave",
        "eigen verklaring": "eigen_opgave",
        "zelfopgave": "eigen_opgave",
        "self-reported": "eigen_opgave",
        "self reported": "eigen_opgave",
    },
    "contract_type": {
        "tijdelijk": "bepaalde_tijd",
        "bepaald": "bepaalde_tijd",
        "onbepaalde tijd": "vast",
        "uitzendwerk": "uitzend",
        "0-uren": "oproep",
        "nuluren": "oproep",
        "bbl": "leerwerk",
        "leerwerkplek": "leerwerk",
        "zelfstandige": "zzp",
    },
}

ENUMS: Final[dict[str, type[StrEnum]]] = {
    "intake_status": IntakeStatus,
    "referral_source": ReferralSource,
    "exit_reason": ExitReason,
    "training_kind": TrainingKind,
    "training_result": TrainingResult,
    "contract_type": ContractType,
    "contact_kind": ActivityKind,
    "employer_size": EmployerSize,
    "vacancy_status": VacancyStatus,
    "skill_evidence": SkillEvidence,
}
_SPLIT: Final = re.compile(r"\s*[;,/|]\s*|\s+en\s+")
#: Coded fields a cell may name several values of.
MANY: Final = frozenset({"target_groups"})
#: Skill names hold "/" and "en" ("Zorg & Welzijn", "Lezen en schrijven"): split less.
_SKILL_SPLIT: Final = re.compile(r"\s*[;,|\n]\s*")


@dataclass(frozen=True)
class CodeOption:
    """One of zkijdesk's values for a coded field, as a mapping names it."""

    word: str
    """What a mapping stores for it: a code ("ZW", "GM0392"), a status ("werkzoekend_ww")
    or a username: words that still mean the same after a rename."""
    label: str
    """Its Dutch name, as the intake form shows it."""
    target: object
    """What ``ValueMaps.resolve`` gives for it: a row's id, a status, a user's id."""


@dataclass
class ValueMaps:
    """folded word -> id (reference rows, users) or enum value, per coded field."""

    words: dict[str, dict[str, object]] = field(default_factory=dict)
    user_names: dict[int, str] = field(default_factory=dict)
    employers: dict[str, int] = field(default_factory=dict)
    """folded employer name -> id of the store's employer."""
    employers_by_kvk: dict[str, int] = field(default_factory=dict)
    employer_contacts: set[tuple[int, str]] = field(default_factory=set)
    """(employer id, folded name) of the contact persons the store has."""
    skills: SkillIndex = field(default_factory=lambda: SkillIndex(()))
    options: dict[str, list[CodeOption]] = field(default_factory=dict)
    """Per coded field, the values a user may pick for a sheet's word, in list order."""

    def resolve_skills(
        self, text: str | None, *, label: str, own: dict[str, str], key: str = "skills"
    ) -> list[int]:
        """The skills a cell names, one per word between ``;``, ``,``, ``|`` or a line
        break, found as the skill picker finds them; a word that names no skill, or
        more than one, is refused with a sentence that names the field and the word (a
        skill word is not personal data, and the user needs it to fix a long list)."""
        if text is None or not text.strip():
            return []
        found: list[int] = []
        for part in _SKILL_SPLIT.split(text):
            if not part.strip():
                continue
            word = fold(part)
            hits = self.skills.find(own.get(word, part))
            if not hits:
                shown = quoted_word(part)
                raise ValidationError(
                    key,
                    t(
                        "{label} bevat “{x}”, een vaardigheid die zkijdesk niet kent.",
                        label=label,
                        x=shown,
                    ),
                )
            if len(hits) > 1:
                shown = quoted_word(part)
                raise ValidationError(
                    key,
                    t(
                        "{label} bevat “{x}”, dat bij meer dan één vaardigheid past; schrijf de"
                        " naam van de vaardigheid voluit.",
                        label=label,
                        x=shown,
                    ),
                )
            if hits[0] not in found:
                found.append(hits[0])
        return found

    def resolve(self, key: str, text: str | None, *, label: str, own: dict[str, str]) -> object:
        """The code or id for ``text``; a word nobody knows is refused as on the form."""
        if text is None or not text.strip():
            return None
        folded = fold(text)
        table = self.words.get(key, {})
        if folded in own:
            folded = fold(own[folded])
        found = table.get(folded)
        if found is None:
            found = table.get(folded.replace(" ", ""))
        if found is None:
            # The sheet's word is named: a team fixes "Zorgg" in its sheet, or tells the
            # wizard what it means, only once it sees which word was not understood.
            shown = quoted_word(text)
            raise ValidationError(key, t("{label} “{x}” kent zkijdesk niet.", label=label, x=shown))
        return found

    def known(self, key: str, text: str, own: dict[str, str] | None = None) -> object | None:
        """What ``resolve`` would make of ``text``, or None where it would refuse it."""
        folded = fold(text)
        if own and folded in own:
            folded = fold(own[folded])
        table = self.words.get(key, {})
        found = table.get(folded)
        return found if found is not None else table.get(folded.replace(" ", ""))

    def parts(self, key: str, text: str | None, own: dict[str, str]) -> list[str]:
        """The words of a cell as ``resolve_many`` reads them: the whole cell where it is
        one known word ("Zorg & Welzijn"), else each part between ``;``, ``,``, ``/``,
        ``|`` or "en" (a sheet lists several target groups in one cell)."""
        if text is None or not text.strip():
            return []
        if key not in MANY or fold(text) in self.words.get(key, {}) or fold(text) in own:
            return [text.strip()]
        return [part.strip() for part in _SPLIT.split(text) if part.strip()]

    def resolve_many(
        self, key: str, text: str | None, *, label: str, own: dict[str, str]
    ) -> list[object]:
        parts = self.parts(key, text, own)
        return [self.resolve(key, part, label=label, own=own) for part in parts]


#: How much of a sheet's word a sentence quotes; a longer one ends in "…".
QUOTED_MAX: Final = 40


def quoted_word(text: str) -> str:
    """A sheet's word as a sentence may quote it: on one line, without invisible or
    direction-changing characters (a sentence must read as it is stored), and short."""
    cleaned = "".join(
        " " if char.isspace() else char
        for char in text
        if char.isspace() or unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")
    )
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > QUOTED_MAX:
        cleaned = cleaned[: QUOTED_MAX - 1].rstrip() + "…"
    return cleaned


def load_value_maps(session: Session, year: int) -> ValueMaps:
    maps = ValueMaps()
    sectors = session.execute(
        select(m.Sector.id, m.Sector.code, m.Sector.name, m.Sector.name_en).order_by(m.Sector.id)
    ).all()
    maps.words["sector"] = _table(sectors, "sector")
    places = session.execute(
        select(
            m.Municipality.id, m.Municipality.code, m.Municipality.name, m.Municipality.name
        ).order_by(m.Municipality.id)
    ).all()
    # The lists a user picks from follow the order the intake form shows them in.
    order = {
        ("sector", row_id): rank
        for row_id, rank in session.execute(select(m.Sector.id, m.Sector.sort_order))
    }
    order |= {
        ("municipality", row_id): rank
        for row_id, rank in session.execute(select(m.Municipality.id, m.Municipality.sort_order))
    }
    words = _table(places, "municipality")
    for row in places:
        digits = row.code[2:] if row.code.startswith("GM") else ""
        if digits.isdigit():
            words[digits] = row.id
            words[str(int(digits))] = row.id
    maps.words["municipality"] = words
    groups = session.execute(
        select(
            m.FocusTargetGroup.id,
            m.FocusTargetGroup.code,
            m.FocusTargetGroup.name,
            m.FocusTargetGroup.name_en,
        )
        .where(m.FocusTargetGroup.year == year, m.FocusTargetGroup.active)
        .order_by(m.FocusTargetGroup.id)
    ).all()
    maps.words["target_groups"] = _table(groups, "target_groups")
    lists: tuple[tuple[str, Sequence[Any]], ...] = (
        ("sector", sectors),
        ("municipality", places),
        ("target_groups", groups),
    )
    for key, rows in lists:

        def by_rank(row: Any, key: str = key) -> tuple[int, Any]:
            return (order.get((key, row[0]), 0), row[0])

        maps.options[key] = [
            CodeOption(code, name, row_id) for row_id, code, name, _ in sorted(rows, key=by_rank)
        ]
    users: dict[str, object] = {}
    coaches: list[CodeOption] = []
    for user in session.execute(
        select(m.User.id, m.User.username, m.User.display_name, m.User.role)
        .where(m.User.active)
        .order_by(m.User.display_name)
    ):
        if user.role.value == "admin":
            continue
        users[fold(user.username)] = user.id
        users[fold(user.display_name)] = user.id
        maps.user_names[user.id] = user.display_name
        coaches.append(CodeOption(user.username, user.display_name, user.id))
    maps.words["coach"] = users
    maps.options["coach"] = coaches
    for key, enum_cls in ENUMS.items():
        table: dict[str, object] = {}
        for member in enum_cls:
            table[fold(member.value)] = member.value
            table[fold(member.value.replace("_", " "))] = member.value
            label = dutch_label(member)
            if label:
                table[fold(label)] = member.value
        for word, code in COMMON_WORDS.get(key, {}).items():
            table.setdefault(fold(word), code)
        maps.words[key] = table
        maps.options[key] = [
            CodeOption(member.value, enum_label(member), member.value) for member in enum_cls
        ]
    for employer_id, name, kvk in session.execute(
        select(m.Employer.id, m.Employer.name, m.Employer.kvk_number)
    ):
        maps.employers.setdefault(fold(name), employer_id)
        if kvk:
            maps.employers_by_kvk[kvk] = employer_id
    for employer_id, name in session.execute(
        select(m.EmployerContact.employer_id, m.EmployerContact.name)
    ):
        maps.employer_contacts.add((employer_id, fold(name)))
    sector_names = {sid: name for sid, name in session.execute(select(m.Sector.id, m.Sector.name))}
    maps.skills = SkillIndex(
        SkillEntry(row.id, row.code, row.name, sector_names.get(row.sector_id))
        for row in session.execute(
            select(m.Skill.id, m.Skill.code, m.Skill.name, m.Skill.sector_id).where(m.Skill.active)
        )
    )
    return maps


def _table(rows: Iterable[tuple[int, str, str, str]], key: str) -> dict[str, object]:
    """id by folded code and names, then the common words that point at a code."""
    table: dict[str, object] = {}
    by_code: dict[str, int] = {}
    for row_id, code, name, name_en in rows:
        by_code[code] = row_id
        for word in (code, name, name_en):
            table.setdefault(fold(word), row_id)
    for word, code in COMMON_WORDS.get(key, {}).items():
        if code in by_code:
            table.setdefault(fold(word), by_code[code])
    return table


#: How many of a column's different words the wizard lists; the rest are counted.
LISTED_WORDS: Final = 200


@dataclass(frozen=True)
class SheetWord:
    """One word a coded column uses, and what zkijdesk makes of it."""

    word: str
    """As the sheet first writes it."""
    folded: str
    """As a mapping keys it (``fold``): "zorg" for "Zorg" and "ZORG" alike."""
    rows: int
    automatic: object | None
    """What zkijdesk reads it as without the mapping's own words (None: nothing)."""
    chosen: object | None
    """What it is read as with them: the user's choice where there is one."""


@dataclass(frozen=True)
class CodedColumn:
    """A coded field of the sheet: its words, and the values a user may pick from."""

    key: str
    label: str
    headers: tuple[str, ...]
    words: tuple[SheetWord, ...]
    """Unknown words first, then by how many rows use them."""
    options: tuple[CodeOption, ...]
    more: int = 0
    """Different words left out of ``words`` (beyond ``LISTED_WORDS``)."""

    @property
    def unknown(self) -> int:
        return sum(1 for word in self.words if word.chosen is None)


def sheet_words(table: Table, mapping: Mapping, maps: ValueMaps) -> list[CodedColumn]:
    """The words each coded column of ``table`` uses, so a user can say what a word
    zkijdesk does not know means ("Zorgg" is Zorg & Welzijn) before the rows are
    checked. Numbered contact columns share one list: a mapping translates a field's
    words, not a column's."""
    from zkijdesk.services.importing.mapping import CODED, FIELD_BY_KEY, split_key
    from zkijdesk.services.importing.values import as_text

    columns: dict[str, list[int]] = {}
    for column, key in sorted(mapping.columns.items()):
        base, _ = split_key(key)
        if base in CODED and base in maps.options:
            columns.setdefault(base, []).append(column)
    found: list[CodedColumn] = []
    for key in sorted(columns, key=lambda k: min(columns[k])):
        own = mapping.values.get(key, {})
        seen: dict[str, tuple[str, int]] = {}  # folded -> the first spelling, its rows
        for row in table.rows:
            for column in columns[key]:
                if column >= len(row.cells) or row.cells[column] is None:
                    continue
                for part in maps.parts(key, as_text(row.cells[column]), own):
                    folded = fold(part)
                    first, rows = seen.get(folded, (part, 0))
                    seen[folded] = (first, rows + 1)
        words = [
            SheetWord(
                word,
                folded,
                rows,
                maps.known(key, word),
                maps.known(key, word, own),
            )
            for folded, (word, rows) in seen.items()
        ]
        if not words:
            continue  # an empty column: nothing to tell zkijdesk about
        words.sort(key=lambda w: (w.chosen is not None, -w.rows, w.folded))
        found.append(
            CodedColumn(
                key,
                FIELD_BY_KEY[key].label,
                tuple(table.headers[c] for c in columns[key]),
                tuple(words[:LISTED_WORDS]),
                tuple(maps.options[key]),
                max(0, len(words) - LISTED_WORDS),
            )
        )
    return found
