"""Finding a skill of the curated list by what someone typed or wrote in a sheet.

One rule for the whole app: a skill matches when every word typed appears in its name
or in the name of its focus sector, ignoring case and accents. The skill picker of
the vacancy form filters its list with it; the import uses it to turn a sheet's word
("BHV", "heftruck") into the one skill it names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from zkijdesk.domain.names import fold


def haystack(name: str, sector: str | None = None) -> str:
    """What a search looks in: the skill's name and its sector's, folded."""
    return fold(f"{name} {sector or ''}")


def matches(query: str, hay: str) -> bool:
    """Every word of ``query`` appears in ``hay`` (a ``haystack``)."""
    return all(word in hay for word in fold(query).split())


@dataclass(frozen=True)
class SkillEntry:
    id: int
    code: str
    name: str
    sector: str | None = None


class SkillIndex:
    """The active skills, to look up many words without a query each."""

    def __init__(self, skills: Iterable[SkillEntry]) -> None:
        self.skills = list(skills)
        self.exact: dict[str, int] = {}
        for skill in self.skills:
            self.exact.setdefault(fold(skill.code), skill.id)
            self.exact.setdefault(fold(skill.name), skill.id)
        self.hay = [(skill.id, haystack(skill.name, skill.sector)) for skill in self.skills]

    def find(self, text: str) -> list[int]:
        """The skills ``text`` names: its code or name exactly, else every skill the
        search rule finds (none, one, or several when the word is too general)."""
        if not text.strip():
            return []
        exact = self.exact.get(fold(text))
        if exact is not None:
            return [exact]
        return [skill_id for skill_id, hay in self.hay if matches(text, hay)]
