"""How Dutch names are shown and searched.

A Dutch surname often has a prefix (tussenvoegsel: "de", "van der") that is shown
before the surname but ignored when sorting; search must find "Müller" when a coach
types "muller", so the search key folds accents and case.
"""

from __future__ import annotations

import unicodedata


def full_name(first_name: str, name_prefix: str | None, last_name: str) -> str:
    return " ".join(part for part in (first_name, name_prefix, last_name) if part)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_key(first_name: str, name_prefix: str | None, last_name: str) -> str:
    """Surname first so a prefix search on the key finds 'vries' and 'jan' alike via LIKE."""
    return fold(" ".join(p for p in (last_name, name_prefix, first_name) if p))
