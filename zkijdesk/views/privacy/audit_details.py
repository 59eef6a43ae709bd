"""The audit log's detail column as readable words, in the interface language.

Services write a detail as codes and counts (``to=7;routes=12``, ``closed:geplaatst``,
``contacts``): short, free of personal data, and stable for the CSV export and the
hash chain, which keep them as they are. An admin reading the page gets a sentence
instead ("Naar Bram Jansen; 12 routes"); a detail this module does not know is shown
with its codes turned into words as far as it can, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, partial

from PySide6.QtCore import QCoreApplication

from zkijdesk.domain.enums import ExitReason, Role
from zkijdesk.views import labels
from zkijdesk.views.translations import QT_TRANSLATE_NOOP

CONTEXT = "AuditDetails"

#: Details that are one word: what was looked at or done.
WORDS = {
    "routes": QT_TRANSLATE_NOOP("AuditDetails", "routes bekeken"),
    "contacts": QT_TRANSLATE_NOOP("AuditDetails", "contacten bekeken"),
    "labels": QT_TRANSLATE_NOOP("AuditDetails", "labels gewijzigd"),
    "skills": QT_TRANSLATE_NOOP("AuditDetails", "vaardigheden gewijzigd"),
    "subject_access": QT_TRANSLATE_NOOP("AuditDetails", "inzageverzoek (AVG)"),
    "bin": QT_TRANSLATE_NOOP("AuditDetails", "via de prullenbak"),
    "work_preference": QT_TRANSLATE_NOOP("AuditDetails", "werkwensen gewijzigd"),
    "reopened": QT_TRANSLATE_NOOP("AuditDetails", "route heropend"),
    "interview": QT_TRANSLATE_NOOP("AuditDetails", "gesprek gepland"),
    "placed": QT_TRANSLATE_NOOP("AuditDetails", "geplaatst"),
    "done": QT_TRANSLATE_NOOP("AuditDetails", "afgerond"),
    "open": QT_TRANSLATE_NOOP("AuditDetails", "weer open"),
    "none": QT_TRANSLATE_NOOP("AuditDetails", "niets gewijzigd"),
    "backup.folder": QT_TRANSLATE_NOOP("AuditDetails", "map voor reservekopieën"),
    "disclosure.threshold": QT_TRANSLATE_NOOP("AuditDetails", "drempel voor publicatie"),
    "lock.idle_minutes": QT_TRANSLATE_NOOP("AuditDetails", "vergrendelen na inactiviteit"),
    "retention.months": QT_TRANSLATE_NOOP("AuditDetails", "bewaartermijnen"),
    "client_number": QT_TRANSLATE_NOOP("AuditDetails", "titels met alleen het cliëntnummer"),
    "as_typed": QT_TRANSLATE_NOOP("AuditDetails", "titels zoals getypt"),
}

#: ``key=value`` parts: the sentence for each key, %1 the value.
KEYS = {
    "to": QT_TRANSLATE_NOOP("AuditDetails", "naar %1"),
    "routes": QT_TRANSLATE_NOOP("AuditDetails", "%1 routes"),
    "tasks": QT_TRANSLATE_NOOP("AuditDetails", "%1 open taken mee"),
    "year": QT_TRANSLATE_NOOP("AuditDetails", "jaar %1"),
    "role": QT_TRANSLATE_NOOP("AuditDetails", "rol %1"),
    "contacts": QT_TRANSLATE_NOOP("AuditDetails", "%1 contactpersonen bekeken"),
    "contact_log": QT_TRANSLATE_NOOP("AuditDetails", "%1 regels contactlog bekeken"),
    "active": QT_TRANSLATE_NOOP("AuditDetails", "actief: %1"),
    "banenafspraak": QT_TRANSLATE_NOOP("AuditDetails", "doet mee aan de banenafspraak: %1"),
    "employer": QT_TRANSLATE_NOOP("AuditDetails", "bij werkgever %1"),
    "vacancy": QT_TRANSLATE_NOOP("AuditDetails", "voor vacature %1"),
    "status": QT_TRANSLATE_NOOP("AuditDetails", "status %1"),
    "rows": QT_TRANSLATE_NOOP("AuditDetails", "%1 regels"),
    "restricted": QT_TRANSLATE_NOOP("AuditDetails", "afgeschermd: %1"),
    "shared_with": QT_TRANSLATE_NOOP("AuditDetails", "gedeeld met %1"),
    "unshared": QT_TRANSLATE_NOOP("AuditDetails", "niet meer gedeeld met %1"),
    "soort": QT_TRANSLATE_NOOP("AuditDetails", "soort %1"),
    "tabellen": QT_TRANSLATE_NOOP("AuditDetails", "%1 tabellen"),
    "rijen": QT_TRANSLATE_NOOP("AuditDetails", "%1 rijen"),
    "scope": QT_TRANSLATE_NOOP("AuditDetails", "bereik %1"),
    "candidates": QT_TRANSLATE_NOOP("AuditDetails", "%1 kandidaten"),
    "named": QT_TRANSLATE_NOOP("AuditDetails", "%1 met naam"),
    "matching": QT_TRANSLATE_NOOP("AuditDetails", "%1 passende vacatures bekeken"),
    "client_choices": QT_TRANSLATE_NOOP("AuditDetails", "%1 cliënten in de keuzelijst"),
    "removed": QT_TRANSLATE_NOOP("AuditDetails", "%1 dossiers gewist"),
    "app_lock": QT_TRANSLATE_NOOP("AuditDetails", "app-vergrendeling %1"),
}

#: ``code:value`` details.
PREFIXES = {
    "closed": QT_TRANSLATE_NOOP("AuditDetails", "route afgesloten: %1"),
    "not_placed": QT_TRANSLATE_NOOP("AuditDetails", "niet geplaatst: %1"),
    "xlsx": QT_TRANSLATE_NOOP("AuditDetails", "%1 cliënten naar Excel"),
    "ics": QT_TRANSLATE_NOOP("AuditDetails", "%1 taken naar de agenda"),
}

#: Values that are words of their own.
VALUES = {
    "1": QT_TRANSLATE_NOOP("AuditDetails", "ja"),
    "0": QT_TRANSLATE_NOOP("AuditDetails", "nee"),
    "aan": QT_TRANSLATE_NOOP("AuditDetails", "aan"),
    "uit": QT_TRANSLATE_NOOP("AuditDetails", "uit"),
    "rehash": QT_TRANSLATE_NOOP("AuditDetails", "opnieuw versleuteld"),
    "opgeheven": QT_TRANSLATE_NOOP("AuditDetails", "opgeheven"),
    "herstelsleutel": QT_TRANSLATE_NOOP("AuditDetails", "met de herstelsleutel"),
    "team": QT_TRANSLATE_NOOP("AuditDetails", "team"),
    "mine": QT_TRANSLATE_NOOP("AuditDetails", "eigen cliënten"),
    "automatisch": QT_TRANSLATE_NOOP("AuditDetails", "automatisch"),
    "voor-terugzetten": QT_TRANSLATE_NOOP("AuditDetails", "voor het terugzetten"),
    "handmatig": QT_TRANSLATE_NOOP("AuditDetails", "handmatig"),
}

#: Keys whose value is 1 or 0 for yes or no; elsewhere a 1 is a count.
BOOLEAN_KEYS = {"active", "banenafspraak", "restricted"}
#: Keys whose value is a user id: shown by name where the page knows it.
USER_KEYS = {"to", "shared_with", "unshared"}
_PAIR = re.compile(r"^([a-z_.]+)=(.*)$")
_PREFIXED = re.compile(r"^([a-z_]+):(.+)$")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


#: Keys and prefixes whose value is a code of the domain, shown by its label.
ENUMS = {"role": Role, "closed": ExitReason}


@cache
def _code_tables() -> dict[str, dict[str, Callable[[], str]]]:
    """Code -> its screen label, per key, prefix or bare word.

    The labels are the ones the screens already show for these codes (``labels.py``
    and the WSP pages), so the audit page says "work" where the route form said
    "Work", and one translation covers both. Each label is translated when it is
    shown, so a change of language shows at once. Built on first use: the WSP
    modules are not imported before someone reads the log.
    """
    from zkijdesk.views.wsp.common import KIND_LABELS, STATUS_LABELS, translated
    from zkijdesk.views.wsp.pipeline import REASONS, STAGES

    def wsp(table) -> dict[str, Callable[[], str]]:
        return {str(code): partial(translated, text) for code, text in dict(table).items()}

    tables: dict[str, dict[str, Callable[[], str]]] = {
        key: {m.value: partial(labels.label, m) for m in enum} for key, enum in ENUMS.items()
    }
    tables["not_placed"] = wsp(REASONS)
    tables["status"] = wsp(STATUS_LABELS)
    tables["stage"] = wsp(STAGES)
    tables[""] = wsp(KIND_LABELS)  # a contact logged with an employer: its kind alone
    return tables


def _code_label(key: str, value: str) -> str | None:
    """The label of ``value`` as a code of ``key``. A code that is not one of its key's
    (an older or hand-made entry) is still shown by the label it has elsewhere, rather
    than as a Dutch code word."""
    tables = _code_tables()
    own = tables.get(key, {})
    if value in own:
        return own[value]()
    for table in tables.values():
        if value in table:
            return table[value]()
    return None


def _value(key: str, value: str, users: Mapping[int, str]) -> str:
    if key in USER_KEYS and value.isdigit():
        return users.get(int(value)) or _tr("gebruiker %1").replace("%1", value)
    if key in _code_tables():
        found = _code_label(key, value)
        if found is not None:
            return found.lower()
    if value in ("0", "1") and key not in BOOLEAN_KEYS:
        return value  # a count ("named=1"), not a yes or no
    return _tr(VALUES[value]) if value in VALUES else value


def _part(part: str, users: Mapping[int, str]) -> str:
    if part in WORDS:
        return _tr(WORDS[part])
    pair = _PAIR.match(part)
    if pair is not None:
        key, value = pair.groups()
        template = KEYS.get(key)
        if template is None:
            return f"{key.replace('_', ' ')}: {_value(key, value, users)}"
        return _tr(template).replace("%1", _value(key, value, users))
    prefixed = _PREFIXED.match(part)
    if prefixed is not None and prefixed.group(1) in PREFIXES:
        code, value = prefixed.groups()
        return _tr(PREFIXES[code]).replace("%1", _value(code, value, users).replace("_", " "))
    if part in VALUES:
        return _tr(VALUES[part])
    kind = _code_tables()[""].get(part)
    return kind() if kind is not None else part


#: Whole details written as a short Dutch phrase by their service (a publication, a
#: contribution, a reporting key, a calendar export): the phrase's numbers and codes,
#: put into a sentence in the interface language. The stored text stays as written,
#: for the CSV export and the hash chain.
SENTENCES = (
    (
        re.compile(r"^(\d{4}-\d{2}) v(\d+) (\S+): (\d+) cijfers, (\d+) geheim, (.*)$"),
        QT_TRANSLATE_NOOP("AuditDetails", "%1, versie %2, bron %3: %4 cijfers, %5 geheim; %6"),
    ),
    (
        re.compile(r"^(\d{4}-\d{2}) bijdrager (\d+)$"),
        QT_TRANSLATE_NOOP("AuditDetails", "bijdrage over %1 van bijdrager %2"),
    ),
    (
        re.compile(r"^ontvangen (\S+)$"),
        QT_TRANSLATE_NOOP("AuditDetails", "sleutel om bijdragen te ontvangen, vingerafdruk %1"),
    ),
    (
        re.compile(r"^ondertekenen (\S+)$"),
        QT_TRANSLATE_NOOP("AuditDetails", "sleutel om bijdragen te ondertekenen, vingerafdruk %1"),
    ),
    (
        re.compile(r"^teamleider (\S+)$"),
        QT_TRANSLATE_NOOP("AuditDetails", "sleutel van de teamleider, vingerafdruk %1"),
    ),
    (
        re.compile(r"^ics:(\d+)\+(\d+) geannuleerd(?:;(.*))?$"),
        QT_TRANSLATE_NOOP("AuditDetails", "%1 taken naar de agenda, %2 geannuleerd"),
    ),
)


def _sentence(detail: str, users: Mapping[int, str]) -> str | None:
    """A whole detail that one of ``SENTENCES`` reads; a part its template leaves out
    (the calendar's title choice) follows as a clause of its own."""
    for pattern, template in SENTENCES:
        found = pattern.match(detail)
        if found is None:
            continue
        text, rest = _tr(template), []
        for number, value in enumerate(found.groups(), start=1):
            if f"%{number}" in text:
                text = text.replace(f"%{number}", value or "")
            elif value:
                rest += [_part(part.strip(), users) for part in value.split(";") if part.strip()]
        return "; ".join([text, *rest])
    return None


def readable(detail: str | None, users: Mapping[int, str] | None = None) -> str:
    """The detail as words: parts separated by ';' become one sentence of clauses."""
    if not detail:
        return ""
    users = users or {}
    whole = _sentence(detail.strip(), users)
    if whole is not None:
        return whole[:1].upper() + whole[1:]
    clauses = [_part(part.strip(), users) for part in detail.split(";") if part.strip()]
    text = "; ".join(clauses)
    return text[:1].upper() + text[1:]
