"""A client file's contacts: date, kind, duration and the note, newest first as read."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from zkijdesk.services.dto import ActivityView
from zkijdesk.views import fmt, labels
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP


class ContactTableModel(RowsTableModel[ActivityView]):
    COLUMNS = ("occurred_on", "kind", "minutes", "note")
    CONTEXT = "ContactTable"
    TITLES: ClassVar[dict[str, str]] = {
        "occurred_on": QT_TRANSLATE_NOOP("ContactTable", "Datum"),
        "kind": QT_TRANSLATE_NOOP("ContactTable", "Soort"),
        "minutes": QT_TRANSLATE_NOOP("ContactTable", "Duur"),
        "note": QT_TRANSLATE_NOOP("ContactTable", "Notitie"),
    }

    def text(self, row: ActivityView, column: str) -> str:
        if column == "occurred_on":
            return fmt.day(row.occurred_on)
        if column == "kind":
            return labels.label(row.kind)
        if column == "minutes":
            if not row.minutes:
                return ""
            return QCoreApplication.translate("ContactTable", "%1 min").replace(
                "%1", str(row.minutes)
            )
        return (row.note or "").strip()

    def cell_data(self, row: ActivityView, column: str, role: int) -> Any:
        # The whole note, for the reader whose column cuts it short.
        if column == "note" and role == Qt.ItemDataRole.ToolTipRole:
            return (row.note or "").strip()
        return None
