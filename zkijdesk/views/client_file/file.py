"""One client's file: a header that says who this is, and the tabs of their file.

Everything is read in one go on the task runner (client, routes, contacts, tasks) and
shown when it arrives. Unsaved input in the Persoon form or in a contact note is kept
as a draft while typing; closing the file with unsaved changes asks what to do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ValidationError, ZkijdeskError
from zkijdesk.services import dto
from zkijdesk.services.drafts import draft_key
from zkijdesk.views import feedback, fmt, labels, widgets
from zkijdesk.views.client_file.contacts import ContactsTab
from zkijdesk.views.client_file.drafting import DraftKeeper
from zkijdesk.views.client_file.labels_tab import LabelsTab
from zkijdesk.views.client_file.person import PersonForm
from zkijdesk.views.client_file.route import RouteTab
from zkijdesk.views.client_file.tasks_tab import TasksTab
from zkijdesk.views.icons import icon
from zkijdesk.views.workspace import Workspace


@dataclass(frozen=True)
class FileData:
    client: dto.ClientView
    routes: list[dto.RouteView]
    contacts: list[dto.ActivityView]
    tasks: list[dto.TaskView]
    employers: dict[int, str]


def load_file(ws: Workspace, client_id: int, *, note_opened: bool) -> FileData:
    """Runs on a worker: everything the file shows, each read audited by its service."""
    client = ws.clients.get(client_id)
    routes = ws.clients.routes(client_id)
    contacts = ws.activities.contacts(client_id)
    tasks = ws.activities.tasks(client_id=client_id, include_done=True)
    has_employer = any(p.employer_id for r in routes for p in r.placements)
    employers = ws.employer_names() if has_employer else {}
    if note_opened:
        ws.prefs.note_opened(client_id)
    return FileData(client, routes, contacts, tasks, employers)


class ClientFile(QWidget):
    loaded = Signal()
    title_changed = Signal(str)
    close_requested = Signal()

    def __init__(self, ws: Workspace, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFile")
        self.setAccessibleName(self.tr("Cliëntdossier"))
        self.ws = ws
        self.client_id = client_id
        self.data: FileData | None = None
        self.client: dto.ClientView | None = None
        self._first_load = True

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 12)
        outer.setSpacing(10)

        head = QHBoxLayout()
        head.setSpacing(14)
        self.avatar = widgets.label("", "chip")
        self.avatar.setFixedSize(46, 46)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar.setStyleSheet("border-radius: 23px; font-size: 13pt;")
        head.addWidget(self.avatar)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.name_label = widgets.label(self.tr("Dossier wordt geladen…"), "fileName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = widgets.label("", "muted")
        names.addWidget(self.name_label)
        names.addWidget(self.meta_label)
        head.addLayout(names)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        head.addLayout(self.chips)
        head.addStretch(1)
        self.save_button = widgets.button(
            self.tr("Opslaan"), icon_name="save", primary=True, on_click=self.save
        )
        self.save_button.setToolTip(self.tr("Wijzigingen in Persoon opslaan (Ctrl+S)"))
        self.save_button.setEnabled(False)
        head.addWidget(self.save_button)
        self.more = QToolButton()
        self.more.setIcon(icon("more"))
        self.more.setAccessibleName(self.tr("Meer acties"))
        self.more.setToolTip(self.tr("Meer acties"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(icon("refresh"), self.tr("Vernieuwen"), self.reload)
        menu.addSeparator()
        menu.addAction(icon("trash", "danger"), self.tr("Naar de prullenbak…"), self.delete)
        menu.addAction(icon("close"), self.tr("Dossier sluiten"), self.close_requested.emit)
        self.more.setMenu(menu)
        head.addWidget(self.more)
        head.addWidget(
            widgets.icon_button(
                "close", self.tr("Dossier sluiten (Ctrl+W)"), self.close_requested.emit
            )
        )
        outer.addLayout(head)

        self.banner = widgets.Banner()
        outer.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("fileTabs")
        self.tabs.setDocumentMode(True)
        self.form = PersonForm(ws.ref)
        person = QScrollArea()
        person.setWidgetResizable(True)
        person.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(4, 14, 4, 14)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch(1)
        person.setWidget(holder)
        self.route_tab = RouteTab(ws, client_id)
        self.contacts_tab = ContactsTab(ws, client_id)
        self.tasks_tab = TasksTab(ws, client_id)
        self.labels_tab = LabelsTab(ws, client_id)
        self.tabs.addTab(person, icon("person"), self.tr("Persoon"))
        self.tabs.addTab(self.route_tab, icon("route"), self.tr("Route"))
        self.tabs.addTab(self.contacts_tab, icon("chat"), self.tr("Contacten"))
        self.tabs.addTab(self.tasks_tab, icon("check"), self.tr("Taken"))
        self.tabs.addTab(self.labels_tab, icon("tag"), self.tr("Labels"))
        outer.addWidget(self.tabs, 1)
        self.tabs.setEnabled(False)

        self.drafts = DraftKeeper(ws, draft_key("person", client_id), self.form.raw_values, self)
        self.form.changed.connect(self._form_changed)
        self.form.edit_finished.connect(self.drafts.flush)
        self.form.installEventFilter(self)
        for child in self.form.findChildren(QWidget):
            child.installEventFilter(self)
        for tab in (self.route_tab, self.contacts_tab, self.tasks_tab):
            tab.changed.connect(self._changed_elsewhere)
        self.labels_tab.changed.connect(self._labels_changed)

    # ------------------------------------------------------------------ loading
    def title(self) -> str:
        return self.client.full_name if self.client else self.tr("Dossier")

    def reload(self) -> None:
        first = self._first_load
        self.ws.runner.run(
            lambda: load_file(self.ws, self.client_id, note_opened=first),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.name_label.setText(self.tr("Dossier niet beschikbaar"))
        self.banner.show_message(feedback.message(exc), "danger")

    def _loaded(self, data: FileData) -> None:
        self.data = data
        self.client = data.client
        self.tabs.setEnabled(True)
        self._show_header(data)
        if not self.form.dirty:
            self.form.load(data.client)
        open_route = next((r for r in data.routes if r.is_open), None)
        self.route_tab.show_routes(data.routes, data.employers)
        self.contacts_tab.show_contacts(data.contacts, open_route.id if open_route else None)
        self.tasks_tab.show_tasks(data.tasks, open_route.id if open_route else None)
        self.labels_tab.show_client(data.client)
        if self._first_load:
            self._first_load = False
            self._restore_drafts()
        self.title_changed.emit(self.title())
        self._update_save()
        self.loaded.emit()

    def _show_header(self, data: FileData) -> None:
        client = data.client
        initials = (client.first_name[:1] + client.last_name[:1]).upper()
        self.avatar.setText(initials)
        self.name_label.setText(client.full_name)
        self.name_label.setAccessibleName(client.full_name)
        today = self.ws.today()
        parts = [
            client.client_number,
            self.tr("geboren %1 (%2 jaar)")
            .replace("%1", fmt.day(client.birth_date))
            .replace("%2", str(fmt.age(client.birth_date, today))),
        ]
        municipality = next(
            (m.name for m in self.ws.ref.municipalities if m.id == client.municipality_id), None
        )
        if municipality:
            parts.append(municipality)
        self.meta_label.setText("  ·  ".join(parts))
        widgets.clear_layout(self.chips)
        open_route = next((r for r in data.routes if r.is_open), None)
        if open_route is not None:
            self.chips.addWidget(widgets.Chip(self.tr("Route loopt"), "success"))
        elif data.routes:
            self.chips.addWidget(widgets.Chip(labels.route_status("closed"), "muted"))
        else:
            self.chips.addWidget(widgets.Chip(labels.route_status("none"), "warning"))
        if client.doelgroepregister:
            self.chips.addWidget(widgets.Chip(self.tr("Doelgroepregister"), None))

    def _restore_drafts(self) -> None:
        restored = []
        try:
            draft = self.drafts.load()
        except ZkijdeskError:
            draft = None
        if draft is not None and draft.fields != self.form.raw_values():
            self.form.apply_draft(draft.fields)
            restored.append(self.tr("Persoon"))
        if self.contacts_tab.restore_draft():
            restored.append(self.tr("contactnotitie"))
        if restored:
            when = fmt.moment(draft.saved_at) if draft is not None else ""
            text = self.tr("Niet-opgeslagen invoer is teruggezet (%1).").replace(
                "%1", ", ".join(restored)
            )
            if when:
                text += " " + self.tr("Bewaard op %1.").replace("%1", when)
            self.banner.show_message(
                text,
                "info",
                [widgets.button(self.tr("Verwerpen"), flat=True, on_click=self.revert)],
            )

    # ------------------------------------------------------------------ editing
    @property
    def dirty(self) -> bool:
        return self.form.dirty or self.contacts_tab.dirty

    def _form_changed(self) -> None:
        self.drafts.touch()
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.form.dirty)
        marker = " •" if self.form.dirty else ""
        self.title_changed.emit(self.title() + marker)

    def save(self) -> bool:
        """Ctrl+S: save the Persoon form (the other tabs save as you go)."""
        if not self.form.dirty or self.client is None:
            return True
        self.form.clear_errors()
        try:
            view = self.ws.clients.update(
                self.client_id, self.form.to_input(sector_id=self.client.sector_id)
            )
        except ValidationError as exc:
            self.tabs.setCurrentIndex(0)
            if not self.form.show_error(exc):
                self.banner.show_message(feedback.message(exc), "danger")
            return False
        except ZkijdeskError as exc:
            self.banner.show_message(feedback.message(exc), "danger")
            return False
        self.drafts.discard()
        self.client = view
        self.form.load(view)
        self.banner.hide()
        if self.data is not None:
            self._show_header(FileData(view, self.data.routes, [], [], {}))
        self._update_save()
        self.ws.events.client_changed.emit(self.client_id)
        return True

    def revert(self) -> None:
        """Esc: forget unsaved changes in Persoon and the contact note."""
        self.drafts.discard()
        self.contacts_tab.drafts.discard()
        self.contacts_tab.note.clear()
        if self.client is not None:
            self.form.load(self.client)
        self.banner.hide()
        self._update_save()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.drafts.pending:
            self.drafts.flush()
        return super().eventFilter(watched, event)

    def _changed_elsewhere(self) -> None:
        self.ws.events.client_changed.emit(self.client_id)
        self.reload()

    def _labels_changed(self, view: dto.ClientView) -> None:
        self.client = view
        self.ws.events.client_changed.emit(self.client_id)

    def maybe_close(self) -> bool:
        """True when the file may close: nothing unsaved, or the coach chose what to do."""
        if not self.dirty:
            return True
        answer = feedback.ask_save(self, self.title())
        if answer == "cancel":
            return False
        if answer == "save":
            if self.form.dirty and not self.save():
                return False
            if self.contacts_tab.dirty:
                self.contacts_tab.record()
                if self.contacts_tab.dirty:
                    return False
            return True
        self.revert()
        return True

    def delete(self) -> None:
        if not feedback.confirm(
            self,
            self.tr("Naar de prullenbak"),
            self.tr(
                "Het dossier van %1 gaat naar de prullenbak. U kunt het daar 30 dagen "
                "terugzetten; daarna wordt het definitief gewist."
            ).replace("%1", self.title()),
            self.tr("Naar de prullenbak"),
            destructive=True,
        ):
            return
        try:
            self.ws.bin.delete(self.client_id)
        except ZkijdeskError as exc:
            feedback.show_error(self, exc)
            return
        self.form.dirty = False
        self.drafts.discard()
        self.ws.events.clients_changed.emit()
        self.close_requested.emit()
