"""The admin's audit page: who did what, filtered by user, client and period; export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.audit_query import AuditRow
from zkijdesk.services.changes import NOTHING, Written
from zkijdesk.services.users import list_users
from zkijdesk.views.feedback import message
from zkijdesk.views.privacy import audit_details
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.workspace import Workspace

ACTION_LABELS = {
    "view": QT_TRANSLATE_NOOP("AuditTableModel", "Ingezien"),
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "Aangemaakt"),
    "change": QT_TRANSLATE_NOOP("AuditTableModel", "Gewijzigd"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Naar prullenbak"),
    "restore": QT_TRANSLATE_NOOP("AuditTableModel", "Teruggezet"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "Geëxporteerd"),
    "erase": QT_TRANSLATE_NOOP("AuditTableModel", "Gewist"),
    "denied": QT_TRANSLATE_NOOP("AuditTableModel", "Geweigerd"),
    "transfer": QT_TRANSLATE_NOOP("AuditTableModel", "Overgedragen"),
    "retention": QT_TRANSLATE_NOOP("AuditTableModel", "Bewaartermijn"),
    "backup": QT_TRANSLATE_NOOP("AuditTableModel", "Reservekopie"),
    "restore_backup": QT_TRANSLATE_NOOP("AuditTableModel", "Kopie teruggezet"),
    "login": QT_TRANSLATE_NOOP("AuditTableModel", "Aangemeld"),
}


OBJECT_LABELS = {
    "client": QT_TRANSLATE_NOOP("AuditTableModel", "Cliënt"),
    "route": QT_TRANSLATE_NOOP("AuditTableModel", "Route"),
    "guidance": QT_TRANSLATE_NOOP("AuditTableModel", "Begeleiding"),
    "training": QT_TRANSLATE_NOOP("AuditTableModel", "Scholing"),
    "placement": QT_TRANSLATE_NOOP("AuditTableModel", "Plaatsing"),
    "follow_up": QT_TRANSLATE_NOOP("AuditTableModel", "Nazorg"),
    "activity": QT_TRANSLATE_NOOP("AuditTableModel", "Contact"),
    "task": QT_TRANSLATE_NOOP("AuditTableModel", "Taak"),
    "caseload": QT_TRANSLATE_NOOP("AuditTableModel", "Caseload"),
    "audit_log": QT_TRANSLATE_NOOP("AuditTableModel", "Auditlog"),
    "setting": QT_TRANSLATE_NOOP("AuditTableModel", "Instelling"),
    "role": QT_TRANSLATE_NOOP("AuditTableModel", "Rol"),
    "user": QT_TRANSLATE_NOOP("AuditTableModel", "Gebruiker"),
    "employer": QT_TRANSLATE_NOOP("AuditTableModel", "Werkgever"),
    "vacancy": QT_TRANSLATE_NOOP("AuditTableModel", "Vacature"),
    "focus_group": QT_TRANSLATE_NOOP("AuditTableModel", "Focusdoelgroep"),
    "project": QT_TRANSLATE_NOOP("AuditTableModel", "Project"),
    "candidacy": QT_TRANSLATE_NOOP("AuditTableModel", "Voordracht"),
    "employer_contact": QT_TRANSLATE_NOOP("AuditTableModel", "Contactpersoon"),
    "employer_contact_log": QT_TRANSLATE_NOOP("AuditTableModel", "Contactlog werkgever"),
    "matching": QT_TRANSLATE_NOOP("AuditTableModel", "Matching"),
    "publication": QT_TRANSLATE_NOOP("AuditTableModel", "Maandcijfers"),
    "contribution": QT_TRANSLATE_NOOP("AuditTableModel", "Bijdrage"),
    "contributor": QT_TRANSLATE_NOOP("AuditTableModel", "Bijdrager"),
    "report_key": QT_TRANSLATE_NOOP("AuditTableModel", "Rapportagesleutel"),
    "import_batch": QT_TRANSLATE_NOOP("AuditTableModel", "Import"),
    "move_in": QT_TRANSLATE_NOOP("AuditTableModel", "Verhuizing naar de teamdatabase"),
    "store": QT_TRANSLATE_NOOP("AuditTableModel", "Opslag"),
    "app_lock": QT_TRANSLATE_NOOP("AuditTableModel", "App-vergrendeling"),
}


RESULT_LABELS = {
    "ok": QT_TRANSLATE_NOOP("AuditTableModel", "gelukt"),
    "fout": QT_TRANSLATE_NOOP("AuditTableModel", "mislukt"),
    "denied": QT_TRANSLATE_NOOP("AuditTableModel", "geweigerd"),
}


class AuditTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Moment (UTC)"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Gebruiker"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Handeling"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Object"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Resultaat"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Werkplek"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Detail"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.user_names: dict[int, str] = {}

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        kind = self.tr(OBJECT_LABELS.get(r.object_type, r.object_type))
        obj = f"{kind} {r.object_id}" if r.object_id is not None else kind
        values = (
            r.at.strftime("%d-%m-%Y %H:%M:%S"),
            r.user_name or (f"#{r.user_id}" if r.user_id else "—"),
            self.tr(ACTION_LABELS.get(r.action, r.action)),
            obj,
            self.tr(RESULT_LABELS[r.result]) if r.result in RESULT_LABELS else r.result,
            r.workstation,
            audit_details.readable(r.detail, self.user_names),
        )
        return values[index.column()]


class AuditPage(QWidget):
    """Shown to admins only; the service refuses everyone else anyway.

    A search reads the entries and checks the whole hash chain, which takes a while on
    a log of years: it runs on the window's task runner and ``searched`` says when the
    table shows its answer.
    """

    searched = Signal()
    exported = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = ws.runner
        self.searching = False
        self.service = ws.services.audit_log
        self.setObjectName("auditPage")

        title = QLabel(self.tr("Auditlog"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Elke inzage, wijziging, export en verwijdering van persoonsgegevens, "
                "met wie, wanneer en vanaf welke werkplek. Het log bevat geen namen of "
                "BSN's van cliënten."
            )
        )
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)

        self.user_box = QComboBox()
        self.user_box.setAccessibleName(self.tr("Gebruiker"))
        self.user_box.addItem(self.tr("Alle gebruikers"), None)
        self.client_box = QSpinBox()
        self.client_box.setRange(0, 2_000_000_000)
        self.client_box.setSpecialValueText(self.tr("Alle cliënten"))
        self.client_box.setAccessibleName(self.tr("Cliënt-id"))
        self.client_box.setMaximumWidth(220)
        self.user_box.setMaximumWidth(320)
        today = ws.today()
        self.start_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in (
            (self.start_edit, QT_TRANSLATE_NOOP("AuditPage", "Van")),
            (self.end_edit, QT_TRANSLATE_NOOP("AuditPage", "Tot en met")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(self.tr(name))
        self.search_button = QPushButton(self.tr("Zoeken"))
        self.search_button.setObjectName("auditSearch")
        self.export_button = QPushButton(self.tr("Exporteren naar CSV…"))
        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self.export)

        form = QFormLayout()
        form.addRow(self.tr("Gebruiker"), self.user_box)
        form.addRow(self.tr("Cliënt-id"), self.client_box)
        period = QHBoxLayout()
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("t/m")))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        form.addRow(self.tr("Periode"), period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)

        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("auditStatus")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def _filters(self) -> dict:
        def as_date(edit: QDateEdit) -> date:
            d = edit.date()
            return date(d.year(), d.month(), d.day())

        return {
            "user_id": self.user_box.currentData(),
            "client_id": self.client_box.value() or None,
            "start": as_date(self.start_edit),
            "end": as_date(self.end_edit),
        }

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.user_box.count() == 1 and not getattr(self, "_users_asked", False):
            self._users_asked = True
            store = self.ws.services.store
            self.runner.run(lambda: list_users(store), on_done=self._show_users)

    def _show_users(self, users) -> None:
        for user in users:
            self.user_box.addItem(user.display_name, user.id)
        self.model.user_names = {u.id: u.display_name for u in users}

    def search(self) -> None:
        if self.searching:
            return
        service, filters = self.service, self._filters()
        self.searching = True
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Zoeken en de keten controleren…"))
        self.runner.run(
            lambda: (service.search(**filters), service.verify()),
            on_done=self._found,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.searching = False
        self.search_button.setEnabled(True)
        self.status.setText(message(exc))
        self.searched.emit()

    def _found(self, answer) -> None:
        rows, chain = answer
        self.searching = False
        self.search_button.setEnabled(True)
        self.model.set_rows(rows)
        chain_text = (
            self.tr("keten intact (%n regels)", "", chain.entries)
            if chain.ok
            else self.tr("KETEN VERBROKEN bij regel %1").replace("%1", str(chain.first_bad_id))
        )
        self.status.setText(
            self.tr("%1 regels gevonden; %2")
            .replace("%1", str(len(rows)))
            .replace("%2", chain_text)
        )
        self.searched.emit()

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Auditlog exporteren"), "auditlog.csv", "CSV (*.csv)"
            )
        if not path:
            return
        service, filters = self.service, self._filters()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, (ZkijdeskError, OSError)):
                raise exc
            self.status.setText(message(exc) if isinstance(exc, ZkijdeskError) else str(exc))

        def done(count: int) -> None:
            self.status.setText(self.tr("%1 regels geëxporteerd.").replace("%1", str(count)))
            self.exported.emit()

        # The export is logged in the audit log: a write, so on the writer.
        self.runner.write(
            lambda: Written(service.export_csv(Path(path), **filters), NOTHING),
            on_done=done,
            on_error=failed,
        )
