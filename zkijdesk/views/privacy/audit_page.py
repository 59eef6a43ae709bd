"""The admin's audit page: who did what, filtered by user, client and period; export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
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
from zkijdesk.services.audit_query import AuditQueryService, AuditRow
from zkijdesk.services.users import list_users

ACTION_LABELS = {
    "view": "Ingezien",
    "create": "Aangemaakt",
    "change": "Gewijzigd",
    "delete": "Naar prullenbak",
    "restore": "Teruggezet",
    "export": "Geëxporteerd",
    "erase": "Gewist",
    "denied": "Geweigerd",
    "transfer": "Overgedragen",
    "retention": "Bewaartermijn",
    "backup": "Reservekopie",
    "restore_backup": "Kopie teruggezet",
    "login": "Aangemeld",
}


OBJECT_LABELS = {
    "client": "Cliënt",
    "route": "Route",
    "guidance": "Begeleiding",
    "training": "Scholing",
    "placement": "Plaatsing",
    "follow_up": "Nazorg",
    "activity": "Contact",
    "task": "Taak",
    "caseload": "Caseload",
    "audit_log": "Auditlog",
    "setting": "Instelling",
    "role": "Rol",
    "user": "Gebruiker",
    "employer": "Werkgever",
    "vacancy": "Vacature",
    "focus_group": "Focusdoelgroep",
    "project": "Project",
}


class AuditTableModel(QAbstractTableModel):
    HEADERS = (
        "Moment (UTC)",
        "Gebruiker",
        "Handeling",
        "Object",
        "Resultaat",
        "Werkplek",
        "Detail",
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []

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
            r.result,
            r.workstation,
            r.detail or "",
        )
        return values[index.column()]


class AuditPage(QWidget):
    """Shown to admins only; the service refuses everyone else anyway."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = AuditQueryService(ctx.store, ctx.actor, ctx.today)
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
        for user in list_users(ctx.store):
            self.user_box.addItem(user.display_name, user.id)
        self.client_box = QSpinBox()
        self.client_box.setRange(0, 2_000_000_000)
        self.client_box.setSpecialValueText(self.tr("Alle cliënten"))
        self.client_box.setAccessibleName(self.tr("Cliënt-id"))
        self.client_box.setMaximumWidth(220)
        self.user_box.setMaximumWidth(320)
        today = ctx.today()
        self.start_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.end_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.start_edit, "Van"), (self.end_edit, "Tot en met")):
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

    def search(self) -> None:
        try:
            rows = self.service.search(**self._filters())
            chain = self.service.verify()
        except ZkijdeskError as exc:
            self.status.setText(exc.message)
            return
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

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Auditlog exporteren"), "auditlog.csv", "CSV (*.csv)"
            )
        if not path:
            return
        try:
            count = self.service.export_csv(path, **self._filters())
        except (ZkijdeskError, OSError) as exc:
            self.status.setText(getattr(exc, "message", str(exc)))
            return
        self.status.setText(self.tr("%1 regels geëxporteerd.").replace("%1", str(count)))
