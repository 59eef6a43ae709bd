"""The settings page's list of backups: when made, what kind, how large; the file's path
is the row's id, for the restore that acts on it."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLocale

from zkijdesk.services.backups import BackupSummary
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
    # The codes storage.backup writes into each backup's name (its KIND_ constants); a
    # test keeps this list complete.
    "automatisch": QT_TRANSLATE_NOOP("BackupTable", "Automatisch"),
    "handmatig": QT_TRANSLATE_NOOP("BackupTable", "Handmatig"),
    "voor-terugzetten": QT_TRANSLATE_NOOP("BackupTable", "Voor het terugzetten"),
    "voor-terugzetten-ruw": QT_TRANSLATE_NOOP(
        "BackupTable", "Voor het terugzetten (beschadigd, ongelezen)"
    ),
}


class BackupTableModel(RowsTableModel[BackupSummary]):
    COLUMNS = ("taken_at", "kind", "size")
    CONTEXT = "BackupTable"
    TITLES: ClassVar[dict[str, str]] = {
        "taken_at": QT_TRANSLATE_NOOP("BackupTable", "Gemaakt op"),
        "kind": QT_TRANSLATE_NOOP("BackupTable", "Soort"),
        "size": QT_TRANSLATE_NOOP("BackupTable", "Grootte"),
    }
    RIGHT = frozenset({"size"})

    def text(self, row: BackupSummary, column: str) -> str:
        if column == "taken_at":
            return row.taken_at.strftime("%d-%m-%Y %H:%M")
        if column == "kind":
            known = KINDS.get(row.kind)
            return row.kind if known is None else QCoreApplication.translate(self.CONTEXT, known)
        return QLocale().toString(row.size / 1024 / 1024, "f", 1) + " MB"

    def row_id(self, row: BackupSummary) -> str:
        return str(row.path)
