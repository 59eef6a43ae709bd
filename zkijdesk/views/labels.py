"""Screen wording for the domain's codes (enums, route status) in the interface language.

The Dutch of each is the domain's (``domain.enums.LABELS_NL``, ``ROUTE_STATUS_NL``), the
one source that reports, the CLI and the import template use too; its English is the
message catalogue's ``keuze`` entry (``zkijdesk.i18n.translate_choice``).
"""

from __future__ import annotations

from enum import StrEnum

from zkijdesk.domain import enums
from zkijdesk.i18n import translate_choice


def label(value: StrEnum | str) -> str:
    """The screen label of an enum value (or ``route:<status>``)."""
    if isinstance(value, str) and not isinstance(value, StrEnum) and value.startswith("route:"):
        dutch = enums.ROUTE_STATUS_NL.get(value.removeprefix("route:"))
    else:
        dutch = enums.dutch_label(value) if isinstance(value, StrEnum) else None
    if dutch is None:
        return str(value).replace("_", " ").capitalize()
    return translate_choice(dutch)


def route_status(code: str) -> str:
    return label(f"route:{code}")


def choices(enum_cls: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, value) pairs in the enum's own order, for a combo box."""
    return [(label(member), member) for member in enum_cls]
