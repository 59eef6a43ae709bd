"""Turning a form's or file's value into one of the domain's closed vocabularies."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import t

E = TypeVar("E", bound=StrEnum)


def coerce_enum(enum_cls: type[E], value: object, *, field: str, label: str) -> E:
    """The member for ``value``; nothing chosen asks for a choice, a strange value says so."""
    if isinstance(value, enum_cls):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field, t("Kies een {label}.", label=label[:1].lower() + label[1:]))
    if isinstance(value, str):
        try:
            return enum_cls(value.strip())
        except ValueError:
            pass
    raise ValidationError(field, t("{label} heeft een waarde die zkijdesk niet kent.", label=label))


def optional_enum(enum_cls: type[E], value: object, *, field: str, label: str) -> E | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return coerce_enum(enum_cls, value, field=field, label=label)
