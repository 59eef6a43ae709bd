"""Screen wording for the domain's codes and fields in the interface language.

The Dutch of each is the domain's, the one source that reports, the CLI, the import
and the services' sentences use too: an enum value's label is ``domain.enums.LABELS_NL``
(``ROUTE_STATUS_NL``), its English the message catalogue's ``keuze`` entry
(``zkijdesk.i18n.translate_choice``); a field's label is ``domain.fields``, its English
the catalogue's ``veld`` entry (``zkijdesk.i18n.translate_label``), so a form's caption
and the sentence that refuses the field name it alike in either language.
"""

from __future__ import annotations

from enum import StrEnum

from zkijdesk.domain import enums
from zkijdesk.domain.fields import Label
from zkijdesk.i18n import translate_choice, translate_label


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


def field(text: str) -> str:
    """A field's name on screen: a declared ``Label`` in the interface language; any
    other text is taken as already translated (a ``tr()`` string)."""
    return translate_label(text) if isinstance(text, Label) else text


def caption(label: str, *, required: bool = False, suffix: str = "") -> str:
    """What a form shows above a field: its label (a declared ``Label``, or a text
    already translated), then ``suffix`` (a translated remark such as " (optioneel)"),
    and " *" when it must be filled in."""
    return field(label) + suffix + (" *" if required else "")
