"""The WSP vacancies list: occupation, employer, sector, hours, place and status."""

from __future__ import annotations

from typing import ClassVar

from zkijdesk.services.employer_contacts import VacancyRow
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.wsp.common import STATUS_LABELS, label


class VacancyTableModel(RowsTableModel[VacancyRow]):
    COLUMNS = ("occupation", "employer_name", "sector", "hours_per_week", "municipality", "status")
    CONTEXT = "VacancyTable"
    TITLES: ClassVar[dict[str, str]] = {
        "occupation": QT_TRANSLATE_NOOP("VacancyTable", "Beroep"),
        "employer_name": QT_TRANSLATE_NOOP("VacancyTable", "Werkgever"),
        "sector": QT_TRANSLATE_NOOP("VacancyTable", "Sector"),
        "hours_per_week": QT_TRANSLATE_NOOP("VacancyTable", "Uren"),
        "municipality": QT_TRANSLATE_NOOP("VacancyTable", "Plaats"),
        "status": QT_TRANSLATE_NOOP("VacancyTable", "Status"),
    }
    RIGHT = frozenset({"hours_per_week"})
    TIP_OVER = 20

    def text(self, row: VacancyRow, column: str) -> str:
        if column == "hours_per_week":
            return str(row.hours_per_week)
        if column == "status":
            return label(STATUS_LABELS, row.status)
        return getattr(row, column) or ""
