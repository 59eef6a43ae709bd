"""The WSP employers tab's lists: the employers, one employer's contact persons and log.

Each row's id is the record's (the employer's, the person's, the log entry's); the
tab asks for its detail by that id. Labels of the WSP's own codes (a contact's kind)
are the ones the WSP forms use (``views/wsp/common.py``, context "Wsp").
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon

from zkijdesk.services.employer_contacts import ContactLogView, ContactPersonView, EmployerRow
from zkijdesk.views import fmt
from zkijdesk.views.icons import icon
from zkijdesk.views.itemmodels.rows import RowsTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.wsp.common import KIND_LABELS, label


class EmployerTableModel(RowsTableModel[EmployerRow]):
    """The employers list; one that takes part in the banenafspraak has a tick by its name."""

    COLUMNS = ("name", "sector", "municipality", "open_vacancies", "last_contact")
    CONTEXT = "EmployerTable"
    TITLES: ClassVar[dict[str, str]] = {
        "name": QT_TRANSLATE_NOOP("EmployerTable", "Werkgever"),
        "sector": QT_TRANSLATE_NOOP("EmployerTable", "Sector"),
        "municipality": QT_TRANSLATE_NOOP("EmployerTable", "Gemeente"),
        "open_vacancies": QT_TRANSLATE_NOOP("EmployerTable", "Open"),
        "last_contact": QT_TRANSLATE_NOOP("EmployerTable", "Laatste contact"),
    }
    RIGHT = frozenset({"open_vacancies"})
    TIP_OVER = 20

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mark: QIcon | None = None

    def text(self, row: EmployerRow, column: str) -> str:
        if column == "open_vacancies":
            return str(row.open_vacancies)
        if column == "last_contact":
            return fmt.day(row.last_contact)
        return getattr(row, column) or ""

    def cell_data(self, row: EmployerRow, column: str, role: int) -> Any:
        if column != "name" or not row.banenafspraak:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if self._mark is None:
                self._mark = icon("check", "success")
            return self._mark
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("EmployerTable", "Doet mee aan de banenafspraak")
        return None


class ContactPersonTableModel(RowsTableModel[ContactPersonView]):
    COLUMNS = ("name", "job_title", "email", "phone")
    CONTEXT = "ContactPersonTable"
    TITLES: ClassVar[dict[str, str]] = {
        "name": QT_TRANSLATE_NOOP("ContactPersonTable", "Naam"),
        "job_title": QT_TRANSLATE_NOOP("ContactPersonTable", "Functie"),
        "email": QT_TRANSLATE_NOOP("ContactPersonTable", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("ContactPersonTable", "Telefoon"),
    }
    TIP_OVER = 20

    def text(self, row: ContactPersonView, column: str) -> str:
        return getattr(row, column) or ""


class ContactLogModel(RowsTableModel[ContactLogView]):
    """The contact log, newest first as read: a line of who, when and how, then the summary."""

    COLUMNS = ("entry",)
    CONTEXT = "ContactLog"
    TITLES: ClassVar[dict[str, str]] = {"entry": QT_TRANSLATE_NOOP("ContactLog", "Contact")}

    def text(self, row: ContactLogView, column: str) -> str:
        head = [fmt.day(row.occurred_on), label(KIND_LABELS, row.kind)]
        if row.contact_name:
            head.append(
                QCoreApplication.translate("ContactLog", "met {name}").format(name=row.contact_name)
            )
        if row.follow_up_on:
            head.append(
                QCoreApplication.translate("ContactLog", "vervolg {day}").format(
                    day=fmt.day(row.follow_up_on)
                )
            )
        if row.author_name:
            head.append(row.author_name)
        return " · ".join(head) + "\n" + row.summary
