"""One column of the placement pipeline: the proposals at one stage, a card each.

A card is three lines: who (a colleague's client by number only, as the service
gives it), the vacancy and its employer, and the date of the latest step; the
tooltip names the client's coach.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from zkijdesk.services.placements import CandidacyView
from zkijdesk.views import fmt
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP


def who(candidacy: CandidacyView) -> str:
    """The client as the pipeline names them: by name, or by number for a colleague's."""
    if candidacy.name:
        return candidacy.name
    return QCoreApplication.translate("CandidacyList", "{number} (cliënt van collega)").format(
        number=candidacy.client_number
    )


class CandidacyListModel(RowsTableModel[CandidacyView]):
    COLUMNS = ("card",)
    CONTEXT = "CandidacyList"
    TITLES: ClassVar[dict[str, str]] = {"card": QT_TRANSLATE_NOOP("CandidacyList", "Voordracht")}

    def text(self, row: CandidacyView, column: str) -> str:
        when = fmt.day(row.decided_on or row.interview_on or row.proposed_on)
        return f"{who(row)}\n{row.occupation} · {row.employer_name}\n{when}"

    def cell_data(self, row: CandidacyView, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("CandidacyList", "Coach: {coach}").format(
                coach=row.coach_name or "-"
            )
        return None
