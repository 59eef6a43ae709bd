"""Matching's suggestions, either way: candidates for a vacancy, vacancies for a client.

A row's id is its rank in the answer (a candidate of a colleague has no client id the
actor may see, and the other side is the same on every row). A colleague's client is
named by number only, as the service gives it.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication

from zkijdesk.services.matching import Suggestion
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP


def required(s: Suggestion) -> str:
    """'1/2': the required skills the client has, of those the vacancy asks."""
    return f"{len(s.matched_required)}/{len(s.matched_required) + len(s.missing_required)}"


class SuggestionTableModel(RowsTableModel[Suggestion]):
    CONTEXT = "SuggestionTable"
    TIP_OVER = 20
    WIDTHS: ClassVar[dict[str, int]] = {"rank": 44, "score": 64, "required": 72}
    """The narrow columns' fixed widths (what a table shows them in)."""

    def row_id(self, row: Suggestion) -> int:
        return row.rank

    def text(self, row: Suggestion, column: str) -> str:
        if column == "rank":
            return str(row.rank)
        if column == "client":
            if row.name:
                return row.name
            return QCoreApplication.translate(
                "SuggestionTable", "{number} (cliënt van collega)"
            ).format(number=row.client_number)
        if column == "score":
            return f"{row.total:.0f}"
        if column == "required":
            return required(row)
        if column == "distance":
            return f"{row.km:.0f} km" if row.km is not None else ""
        return getattr(row, column) or ""


class CandidateTableModel(SuggestionTableModel):
    """Clients for one vacancy, best first."""

    COLUMNS = ("rank", "client", "score", "required", "coach_name")
    TITLES: ClassVar[dict[str, str]] = {
        "rank": QT_TRANSLATE_NOOP("SuggestionTable", "#"),
        "client": QT_TRANSLATE_NOOP("SuggestionTable", "Cliënt"),
        "score": QT_TRANSLATE_NOOP("SuggestionTable", "Score"),
        "required": QT_TRANSLATE_NOOP("SuggestionTable", "Vereist"),
        "coach_name": QT_TRANSLATE_NOOP("SuggestionTable", "Coach"),
    }
    RIGHT = frozenset({"rank", "score", "required"})


class VacancyMatchTableModel(SuggestionTableModel):
    """Open vacancies for one client, best first."""

    COLUMNS = ("rank", "occupation", "employer_name", "score", "required", "distance")
    TITLES: ClassVar[dict[str, str]] = {
        "rank": QT_TRANSLATE_NOOP("SuggestionTable", "#"),
        "occupation": QT_TRANSLATE_NOOP("SuggestionTable", "Vacature"),
        "employer_name": QT_TRANSLATE_NOOP("SuggestionTable", "Werkgever"),
        "score": QT_TRANSLATE_NOOP("SuggestionTable", "Score"),
        "required": QT_TRANSLATE_NOOP("SuggestionTable", "Vereist"),
        "distance": QT_TRANSLATE_NOOP("SuggestionTable", "Afstand"),
    }
    RIGHT = frozenset({"rank", "score", "required", "distance"})
