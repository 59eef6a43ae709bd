"""The import wizard's tables: the sheet's columns, the words of its coded columns, and
the preview of what each row would do.

The rows are what the import service gave the wizard (its table's headers, its coded
columns' words, its preview's row plans); the wizard places a choice box over the cells
a user decides (a column's field, a word's value, a duplicate's choice), so those cells
show no text of their own. A choice changes the preview's row plans in place: the
wizard calls ``refresh`` to show them again without losing its choice boxes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon

from zkijdesk.services.importing.codes import CodedColumn, SheetWord
from zkijdesk.services.importing.plan import RowPlan
from zkijdesk.views import fmt
from zkijdesk.views.icons import icon
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SheetColumn:
    """A column of the sheet as the columns step lists it."""

    index: int
    header: str
    first: str
    """Its first value, as text (dots for a BSN: not for the screen, or a screenshot)."""


class ImportColumnModel(RowsTableModel[SheetColumn]):
    COLUMNS = ("header", "first", "field")
    CONTEXT = "ImportColumns"
    TITLES: ClassVar[dict[str, str]] = {
        "header": QT_TRANSLATE_NOOP("ImportColumns", "Kolom in het bestand"),
        "first": QT_TRANSLATE_NOOP("ImportColumns", "Eerste waarde"),
        "field": QT_TRANSLATE_NOOP("ImportColumns", "Veld in zkijdesk"),
    }

    def row_id(self, row: SheetColumn) -> int:
        return row.index

    def text(self, row: SheetColumn, column: str) -> str:
        if column == "field":
            return ""  # the field's choice box stands here
        return row.header if column == "header" else row.first


@dataclass(frozen=True)
class WordRow:
    """One word of a coded column of the sheet, on the values step."""

    column: CodedColumn
    word: SheetWord

    @property
    def id(self) -> str:
        return f"{self.column.key}\t{self.word.folded}"


class ImportValueModel(RowsTableModel[WordRow]):
    """A word zkijdesk does not know has a warning sign; the field's tooltip names the
    sheet's columns it stands in."""

    COLUMNS = ("field", "word", "rows", "value")
    CONTEXT = "ImportValues"
    TITLES: ClassVar[dict[str, str]] = {
        "field": QT_TRANSLATE_NOOP("ImportValues", "Veld"),
        "word": QT_TRANSLATE_NOOP("ImportValues", "In het bestand"),
        "rows": QT_TRANSLATE_NOOP("ImportValues", "Regels"),
        "value": QT_TRANSLATE_NOOP("ImportValues", "Waarde in zkijdesk"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._warning: QIcon | None = None

    def text(self, row: WordRow, column: str) -> str:
        if column == "field":
            return row.column.label
        if column == "word":
            return row.word.word
        if column == "rows":
            return fmt.number(row.word.rows)
        return ""  # the value's choice box stands here

    def cell_data(self, row: WordRow, column: str, role: int) -> Any:
        if column == "field" and role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(row.column.headers)
        if column != "word" or row.word.chosen is not None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if self._warning is None:
                self._warning = icon("alert", "warning")
            return self._warning
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ImportValues", "zkijdesk kent dit woord niet")
        return None


def takes_choice(row: RowPlan) -> bool:
    """A client row that matches a client: the user chooses what happens to it."""
    return row.duplicate is not None and row.client is not None


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("ImportPreview", ...), in the interface language."""
    return QCoreApplication.translate("ImportPreview", text)


CHOICES = {
    "overslaan": QT_TRANSLATE_NOOP("ImportPreview", "Overslaan"),
    "aanvullen": QT_TRANSLATE_NOOP("ImportPreview", "Bestaand dossier aanvullen"),
    "nieuw": QT_TRANSLATE_NOOP("ImportPreview", "Toch nieuw dossier"),
}
# What a row does: a client row makes or adds to a client's file; a row of employers
# or of contacts adds to what it names, and says so.
CLIENT_ACTIONS = {
    "nieuw": QT_TRANSLATE_NOOP("ImportPreview", "Nieuw dossier"),
    "aanvullen": QT_TRANSLATE_NOOP("ImportPreview", "Bestaand dossier aanvullen"),
    "overslaan": QT_TRANSLATE_NOOP("ImportPreview", "Overslaan"),
    "geweigerd": QT_TRANSLATE_NOOP("ImportPreview", "Geweigerd"),
}
OTHER_ACTIONS = {
    **CLIENT_ACTIONS,
    "nieuw": QT_TRANSLATE_NOOP("ImportPreview", "Toevoegen"),
    "aanvullen": QT_TRANSLATE_NOOP("ImportPreview", "Aanvullen"),
}
# What a row makes, by kind: (one, more).
CREATED_WORDS = {
    "clients": (
        QT_TRANSLATE_NOOP("ImportPreview", "cliënt"),
        QT_TRANSLATE_NOOP("ImportPreview", "cliënten"),
    ),
    "routes": (
        QT_TRANSLATE_NOOP("ImportPreview", "route"),
        QT_TRANSLATE_NOOP("ImportPreview", "routes"),
    ),
    "trainings": (
        QT_TRANSLATE_NOOP("ImportPreview", "scholing"),
        QT_TRANSLATE_NOOP("ImportPreview", "scholingen"),
    ),
    "placements": (
        QT_TRANSLATE_NOOP("ImportPreview", "plaatsing"),
        QT_TRANSLATE_NOOP("ImportPreview", "plaatsingen"),
    ),
    "contacts": (
        QT_TRANSLATE_NOOP("ImportPreview", "contact"),
        QT_TRANSLATE_NOOP("ImportPreview", "contacten"),
    ),
    "skills": (
        QT_TRANSLATE_NOOP("ImportPreview", "vaardigheid"),
        QT_TRANSLATE_NOOP("ImportPreview", "vaardigheden"),
    ),
    "employers": (
        QT_TRANSLATE_NOOP("ImportPreview", "werkgever"),
        QT_TRANSLATE_NOOP("ImportPreview", "werkgevers"),
    ),
    "vacancies": (
        QT_TRANSLATE_NOOP("ImportPreview", "vacature"),
        QT_TRANSLATE_NOOP("ImportPreview", "vacatures"),
    ),
    "employer_contacts": (
        QT_TRANSLATE_NOOP("ImportPreview", "contactpersoon"),
        QT_TRANSLATE_NOOP("ImportPreview", "contactpersonen"),
    ),
}


def choice_text(value: str) -> str:
    """What a duplicate's choice is called in its choice box."""
    return _tr(CHOICES[value])


def action_text(row: RowPlan) -> str:
    """What happens to the row, in a word or two."""
    actions = OTHER_ACTIONS if row.client is None else CLIENT_ACTIONS
    return _tr(actions[row.action.value])


def created_text(made: dict[str, int]) -> str:
    """ "1 cliënt, 1 route, 3 contacten": what a row (or the whole import) makes."""
    return ", ".join(
        f"{made[key]} {_tr(one if made[key] == 1 else more)}"
        for key, (one, more) in CREATED_WORDS.items()
        if made.get(key)
    )


class ImportPreviewModel(RowsTableModel[RowPlan]):
    """The checked rows: the sheet's row number (the id), what happens, what it makes,
    and why (the service's sentences, through ``translate``)."""

    COLUMNS = ("number", "action", "creates", "why")
    CONTEXT = "ImportPreview"
    TITLES: ClassVar[dict[str, str]] = {
        "number": QT_TRANSLATE_NOOP("ImportPreview", "Regel"),
        "action": QT_TRANSLATE_NOOP("ImportPreview", "Wat er gebeurt"),
        "creates": QT_TRANSLATE_NOOP("ImportPreview", "Wordt aangemaakt"),
        "why": QT_TRANSLATE_NOOP("ImportPreview", "Waarom"),
    }

    def __init__(self, translate: Callable[[str], str] = str, parent=None) -> None:
        super().__init__(parent)
        self.translate = translate

    def row_id(self, row: RowPlan) -> int:
        return row.number

    def text(self, row: RowPlan, column: str) -> str:
        if column == "number":
            return fmt.number(row.number)
        if column == "action":
            return "" if takes_choice(row) else action_text(row)  # else its choice box
        if column == "creates":
            return created_text(row.creates())
        sentences = [s for _, s in row.problems]
        if row.duplicate is not None:
            sentences.append(row.duplicate.sentence())
        return " ".join(self.translate(s) for s in sentences)
