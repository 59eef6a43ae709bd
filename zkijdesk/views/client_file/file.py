"""One client's file: a header that says who this is, and the tabs of their file.

Everything is read in one go on the task runner (client, routes, contacts, tasks) and
shown when it arrives. Unsaved input in the Persoon form or in a contact note is kept
as a draft while typing; closing the file with unsaved changes asks what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
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
from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.drafts import Draft, draft_key
from zkijdesk.services.users import user_names
from zkijdesk.views import feedback, fmt, labels, widgets
from zkijdesk.views.client_file.contacts import ContactsTab
from zkijdesk.views.client_file.drafting import DraftKeeper
from zkijdesk.views.client_file.labels_tab import LabelsTab
from zkijdesk.views.client_file.person import PersonForm
from zkijdesk.views.client_file.route import RouteTab
from zkijdesk.views.client_file.tasks_tab import TasksTab
from zkijdesk.views.events import caused_by
from zkijdesk.views.icons import icon
from zkijdesk.views.workspace import Workspace

# The tabs of a file besides Persoon, each built when first shown.
FileTab = RouteTab | ContactsTab | TasksTab | LabelsTab


@dataclass(frozen=True)
class FileData:
    client: dto.ClientView
    routes: list[dto.RouteView]
    contacts: list[dto.ActivityView]
    tasks: list[dto.TaskView]
    employers: dict[int, str]
    drafts: dict[str, Draft] = field(default_factory=dict)
    coaches: dict[int, str] = field(default_factory=dict)
    manages: bool = True
    """Whether the user is the file's coach, who alone opens, changes and closes its route
    (``services/routes.py``); a colleague it is shared with adds to the file only."""

    @property
    def open_route_id(self) -> int | None:
        return next((r.id for r in self.routes if r.is_open), None)


def load_file(ws: Workspace, client_id: int, *, first: bool) -> FileData:
    """Runs on a worker: everything the file shows, in one unit of work and one audit
    entry (services/client_file.py), then the employers its placements name and the
    coaches of its routes (just those: a region's tables are never read whole).

    The first time, it also notes the file as recently opened and reads back any
    drafts of unsaved input, so the UI thread does no query when the file appears.
    """
    reads = ws.services.client_file.open(client_id, note_recent=first)
    routes = reads.routes
    employers = ws.services.employers.names(p.employer_id for r in routes for p in r.placements)
    coaches = user_names(ws.services.store, (r.coach_id for r in routes))
    drafts = {}
    if first:
        for part in ("person", "contact"):
            draft = ws.services.drafts.load(draft_key(part, client_id))
            if draft is not None:
                drafts[part] = draft
    manages = reads.coach_id == ws.services.actor.user_id
    return FileData(
        reads.client, routes, reads.contacts, reads.tasks, employers, drafts, coaches, manages
    )


def prepare_files(ws: Workspace) -> None:
    """Runs on a worker once the app is usable: everything :func:`load_file` runs, for
    no client, so that the first file a user opens is as quick as the next ones
    (compiling its statements cost about 50 ms of that first open). Reads nothing,
    logs nothing."""
    ws.services.client_file.prepare()
    ws.services.employers.names([0])
    user_names(ws.services.store, [0])
    ws.services.drafts.load(draft_key("person", 0))


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
        self.share_action = menu.addAction(
            icon("users"), self.tr("Delen met een collega…"), self.share
        )
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
        person.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        person.setWidgetResizable(True)
        person.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(4, 14, 4, 14)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch(1)
        person.setWidget(holder)
        self.tabs.addTab(person, icon("person"), self.tr("Persoon"))
        # The other tabs are built the first time they are shown: most visits to a file
        # look at one or two of them, and building every tab would double opening time.
        self._built: dict[str, FileTab] = {}
        self._holders: dict[str, QWidget] = {}
        for key, icon_name, title in (
            ("route", "route", self.tr("Route")),
            ("contacts", "chat", self.tr("Contacten")),
            ("tasks", "check", self.tr("Taken")),
            ("labels", "tag", self.tr("Labels")),
        ):
            holder = QWidget()
            holder_box = QVBoxLayout(holder)
            holder_box.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.tabs.addTab(holder, icon(icon_name), title)
        self.tabs.currentChanged.connect(self._tab_shown)
        outer.addWidget(self.tabs, 1)
        self.tabs.setEnabled(False)

        self.drafts = DraftKeeper(ws, draft_key("person", client_id), self.form.raw_values, self)
        self.form.changed.connect(self._form_changed)
        self.form.edit_finished.connect(self.drafts.flush)
        ws.events.changed.connect(self._changed_by_others)

    # ------------------------------------------------------------------ tabs, built on demand
    def _tab(self, key: str) -> FileTab:
        widget = self._built.get(key)
        if widget is None:
            kind: dict[str, type[FileTab]] = {
                "route": RouteTab,
                "contacts": ContactsTab,
                "tasks": TasksTab,
                "labels": LabelsTab,
            }
            widget = kind[key](self.ws, self.client_id)
            if isinstance(widget, LabelsTab):
                widget.changed.connect(self._labels_changed)
            else:
                widget.changed.connect(self._changed_elsewhere)
            self._built[key] = widget
            box = self._holders[key].layout()
            assert box is not None  # each holder got its layout in __init__
            box.addWidget(widget)
            if self.data is not None:
                self._fill(widget, self.data)
        return widget

    def _fill(self, widget: FileTab, data: FileData) -> None:
        route_id = data.open_route_id
        if isinstance(widget, RouteTab):
            widget.show_routes(data.routes, data.employers, data.coaches, manages=data.manages)
        elif isinstance(widget, ContactsTab):
            widget.show_contacts(data.contacts, route_id)
        elif isinstance(widget, TasksTab):
            widget.show_tasks(data.tasks, route_id)
        else:
            widget.show_client(self.client or data.client)

    def _built_contacts(self) -> ContactsTab | None:
        """The Contacten tab, once it was shown (it holds the note being typed)."""
        tab = self._built.get("contacts")
        assert tab is None or isinstance(tab, ContactsTab)
        return tab

    def _tab_shown(self, index: int) -> None:
        for key, holder in self._holders.items():
            if self.tabs.widget(index) is holder:
                self._tab(key)

    @property
    def route_tab(self) -> RouteTab:
        tab = self._tab("route")
        assert isinstance(tab, RouteTab)
        return tab

    @property
    def contacts_tab(self) -> ContactsTab:
        tab = self._tab("contacts")
        assert isinstance(tab, ContactsTab)
        return tab

    @property
    def tasks_tab(self) -> TasksTab:
        tab = self._tab("tasks")
        assert isinstance(tab, TasksTab)
        return tab

    @property
    def labels_tab(self) -> LabelsTab:
        tab = self._tab("labels")
        assert isinstance(tab, LabelsTab)
        return tab

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._holders[key])

    # ------------------------------------------------------------------ loading
    def title(self) -> str:
        return self.client.full_name if self.client else self.tr("Dossier")

    def reload(self) -> None:
        first, ws, client_id = self._first_load, self.ws, self.client_id
        self.ws.runner.run(
            lambda: load_file(ws, client_id, first=first),
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
        for widget in self._built.values():
            self._fill(widget, data)
        if self._first_load:
            self._first_load = False
            self._restore_drafts(data.drafts)
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

    def _restore_drafts(self, drafts: dict[str, Draft]) -> None:
        restored = []
        person = drafts.get("person")
        if person is not None and person.fields != self.form.raw_values():
            self.form.apply_draft(person.fields)
            restored.append(self.tr("Persoon"))
        contact = drafts.get("contact")
        if contact is not None and self.contacts_tab.restore_draft(contact):
            restored.append(self.tr("contactnotitie"))
        if restored:
            saved = max(d.saved_at for d in drafts.values())
            text = self.tr("Niet-opgeslagen invoer is teruggezet (%1).").replace(
                "%1", ", ".join(restored)
            )
            text += " " + self.tr("Bewaard op %1.").replace("%1", fmt.moment(saved))
            self.banner.show_message(
                text,
                "info",
                [widgets.button(self.tr("Verwerpen"), flat=True, on_click=self.revert)],
            )

    # ------------------------------------------------------------------ editing
    @property
    def dirty(self) -> bool:
        contacts = self._built_contacts()
        return self.form.dirty or (contacts is not None and contacts.dirty)

    def keep_drafts(self) -> None:
        """At closing: keep what is unsaved as drafts, offered back when the file opens."""
        self.drafts.settle_now(self.form.dirty)
        contacts = self._built_contacts()
        if contacts is not None:
            contacts.drafts.settle_now(contacts.dirty)

    def _form_changed(self) -> None:
        self.drafts.touch()
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.form.dirty)
        marker = " •" if self.form.dirty else ""
        self.title_changed.emit(self.title() + marker)

    def save(self, then: Callable[[], object] | None = None) -> None:
        """Ctrl+S: save the Persoon form (the other tabs save as you go). The save runs
        on the writer with the button disabled; ``then`` follows once it landed."""
        if not self.form.dirty or self.client is None:
            if then is not None:
                then()
            return
        self.form.clear_errors()
        try:
            data = self.form.to_input(sector_id=self.client.sector_id)
        except ValidationError as exc:
            self._save_failed(exc)
            return
        data.version = self.client.version  # the version this form shows
        clients, client_id = self.ws.services.clients, self.client_id
        sent = self.form.raw_values()

        def saved(view: dto.ClientView) -> None:
            self.client = view
            if self.form.raw_values() == sent:
                self.drafts.discard()
                self.form.load(view)
            # else: typed on while it saved; that input stays, unsaved, in the form
            self.banner.hide()
            if self.data is not None:
                self._show_header(FileData(view, self.data.routes, [], [], {}))
            self._update_save()
            feedback.saved(self, self.tr("Gegevens opgeslagen."))
            if then is not None:
                then()

        self.ws.runner.write(
            lambda: Written(clients.update(client_id, data), Changes.of_client(client_id)),
            on_done=saved,
            on_error=self._save_failed,
            busy=(self.save_button,),
            initiator=self,
        )

    def _save_failed(self, exc: BaseException) -> None:
        """Say why the form was refused; the form keeps what was typed."""
        if isinstance(exc, ValidationError):
            self.tabs.setCurrentIndex(0)
            elsewhere = self.form.show_error(exc)
            if elsewhere:
                self.banner.show_message(" ".join(feedback.message(e) for e in elsewhere), "danger")
        elif isinstance(exc, ZkijdeskError):
            self.banner.show_message(feedback.message(exc), "danger")
        else:
            raise exc
        self._update_save()

    def revert(self) -> None:
        """Esc: forget unsaved changes in Persoon and the contact note."""
        self.drafts.discard()
        contacts = self._built_contacts()
        if contacts is not None:
            contacts.drafts.discard()
            contacts.note.clear()
        if self.client is not None:
            self.form.load(self.client)
        self.banner.hide()
        self._update_save()

    def _changed_by_others(self, changes: Changes, initiator: object) -> None:
        """A write made elsewhere (the start page, Werkgevers & vacatures, an import)
        changed this client, or an employer this file names: read the file again. Its
        own writes (``initiator`` is the file or one of its tabs and dialogs) it shows
        already. Unsaved input in the form stays."""
        if self.data is None or caused_by(self, initiator):
            return
        if self.client_id in changes.client_ids or (changes.employers and self.data.employers):
            self.reload()

    def _changed_elsewhere(self) -> None:
        """A tab's write landed (the runner announced it): show the file afresh."""
        self.reload()

    def _labels_changed(self, view: dto.ClientView) -> None:
        self.client = view

    def maybe_close(self, then: Callable[[], object] | None = None) -> bool:
        """True when the file may close: nothing unsaved, or the coach chose to discard.

        When the coach chooses to save, the save runs on the writer and this says False
        (not yet); ``then`` (ask to close again) follows once everything landed, and a
        refused save leaves the file open with the reason shown."""
        if not self.dirty:
            return True
        answer = feedback.ask_save(self, self.title())
        if answer == "cancel":
            return False
        if answer == "save":
            contacts = self._built_contacts()

            def save_contact() -> None:
                if contacts is not None and contacts.dirty:
                    contacts.record(then=then)
                elif then is not None:
                    then()

            self.save(then=save_contact)
            return False
        self.revert()
        return True

    def share(self) -> None:
        """Who else sees this file: the coach shares it, a colleague ends their own."""
        from zkijdesk.views.client_file.sharing import ShareDialog

        self.share_dialog = ShareDialog(
            self.ws, self.client_id, self.title(), self._left, lambda: self.dirty, self
        )
        self.share_dialog.finished.connect(self.share_dialog.deleteLater)
        self.share_dialog.open()

    def _left(self) -> None:
        """The file is no longer the user's to see: it went to the bin, or they ended their
        own share of it."""
        self.form.dirty = False
        self.drafts.discard()
        self.close_requested.emit()

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
        bin_, client_id = self.ws.services.bin, self.client_id

        def deleted(_changes) -> None:
            self._left()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            feedback.show_error(self, exc)

        def delete() -> Changes:
            bin_.delete(client_id)
            return Changes(clients=True)

        self.ws.runner.write(
            delete,
            on_done=deleted,
            on_error=failed,
            busy=(self.more,),
        )
