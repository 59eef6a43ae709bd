"""The skill picker's lists: the skills found for the typed words, and those chosen.

A skill shows as its name and, when it belongs to one, its focus sector. The skills
are the reference data read through the services when the first WSP form opened.
"""

from __future__ import annotations

from typing import ClassVar

from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.wsp.common import SkillChoice


class SkillListModel(RowsTableModel[SkillChoice]):
    COLUMNS = ("skill",)
    CONTEXT = "SkillList"
    TITLES: ClassVar[dict[str, str]] = {"skill": QT_TRANSLATE_NOOP("SkillList", "Vaardigheid")}

    def text(self, row: SkillChoice, column: str) -> str:
        return f"{row.name}  ·  {row.sector}" if row.sector else row.name

    @property
    def ids(self) -> list[int]:
        return [row.id for row in self.rows]
