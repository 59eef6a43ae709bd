"""The main window: a frame that hosts pages and open files, and says which store is open.

It is built in two steps so the window appears at once: the frame (navigation, menus,
status bar) needs nothing but Qt and is painted before SQLAlchemy is even imported;
``attach`` then receives the signed-in user's services and creates the pages. The
window owns no page's widgets: pages and client files are widgets of their own that
talk through the event hub (``views/events.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.views import feedback, widgets
from zkijdesk.views.elided import ElidedLabel
from zkijdesk.views.events import AppEvents
from zkijdesk.views.icons import icon
from zkijdesk.views.page_stack import PageStack
from zkijdesk.views.progress import TaskProgress
from zkijdesk.views.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from zkijdesk.services.container import Services
    from zkijdesk.views.client_file.file import ClientFile
    from zkijdesk.views.client_file.intake import IntakePage
    from zkijdesk.views.clients.page import ClientsPage
    from zkijdesk.views.worklist import WorklistPage
    from zkijdesk.views.workspace import RefData, Workspace

PAGE_KEYS = ("worklist", "clients", "wsp", "reporting")
#: Pages built on their first visit: key -> (module, class).
HOSTED_PAGES = {
    "wsp": ("zkijdesk.views.wsp.page", "WspPage"),
    "reporting": ("zkijdesk.views.reporting.page", "ReportingPage"),
}


class OpenStore(Protocol):
    """The store as the window holds it: closed when the window closes (the GUI reaches
    the store itself through services only)."""

    def close(self) -> None: ...


class LoadingPage(QWidget):
    """Says what is coming while a page is prepared (``loading`` tells tests to wait)."""

    loading = True

    def __init__(self, text: str) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = widgets.label(text, "pageIntro")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(560)
        column.addWidget(self.label)


class MainWindow(QMainWindow):
    usable = Signal()  # the client list answered its first search

    def __init__(self, store_description: str = "") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.runner = TaskRunner(self)
        self.events = AppEvents(self)
        self.runner.changed.connect(self.events.apply)  # writes announce what changed
        self.ws: Workspace | None = None
        self.store: OpenStore | None = None
        self.pages: dict[str, QWidget] = {}
        self.files: dict[int, ClientFile] = {}
        self._ref_waiters: list[Callable[[], object]] = []
        self._ref_loaded = False
        self._closing_after_work = False
        self._finishing = False  # the workers are being waited for, the store closed
        self._closed_for_good = False
        self._usable_sent = False
        self.setWindowTitle(self.tr("zkijdesk"))
        self.setMinimumSize(QSize(880, 480))
        self.resize(1280, 800)

        panel = QWidget()
        panel.setObjectName("navPanel")
        nav_column = QVBoxLayout(panel)
        nav_column.setContentsMargins(0, 0, 0, 10)
        nav_column.setSpacing(0)
        nav_column.addWidget(widgets.label("zkijdesk", "brand"))
        nav_column.addWidget(widgets.label(self.tr("Zuid-Kennemerland & IJmond"), "brandSub"))
        self.nav = QListWidget()
        self.nav.setObjectName("mainNav")
        self.nav.setAccessibleName(self.tr("Hoofdmenu"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        titles = {
            "worklist": (self.tr("Mijn werkvoorraad"), "home"),
            "clients": (self.tr("Cliënten"), "users"),
            "wsp": (self.tr("Werkgevers & vacatures"), "briefcase"),
            "reporting": (self.tr("Rapportage"), "chart"),
        }
        self.page_titles = {key: title for key, (title, _i) in titles.items()}
        for key in PAGE_KEYS:
            title, icon_name = titles[key]
            item = QListWidgetItem(icon(icon_name), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        self._fit_nav()
        self.nav.currentItemChanged.connect(self._nav_changed)
        nav_column.addWidget(self.nav)
        self.files_caption = widgets.label(self.tr("GEOPENDE DOSSIERS"), "navSection")
        self.files_caption.hide()
        nav_column.addWidget(self.files_caption)
        self.files_nav = QListWidget()
        self.files_nav.setObjectName("mainNav")
        self.files_nav.setAccessibleName(self.tr("Geopende dossiers"))
        self.files_nav.setIconSize(QSize(18, 18))
        self.files_nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_nav.currentItemChanged.connect(self._file_nav_changed)
        nav_column.addWidget(self.files_nav, 1)

        self.stack = PageStack()
        self.stack.switched.connect(self._sync_navigation)
        self.loading = LoadingPage(self.tr("Opslag wordt geopend…"))
        self.stack.addWidget(self.loading)
        frame = QWidget()
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        # On a short screen (1080p at 200 %) the panel scrolls rather than making the
        # window's minimum height grow with every page in the list.
        panel_frame = QScrollArea()
        panel_frame.setObjectName("navFrame")
        panel_frame.setWidget(panel)
        panel_frame.setWidgetResizable(True)
        panel_frame.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_frame.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_frame.setFixedWidth(250)
        panel_frame.setMinimumHeight(120)
        row.addWidget(panel_frame)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(frame)

        self.store_label = ElidedLabel(
            self.tr("Opslag: %1 (wordt geopend…)").replace("%1", store_description)
        )
        self.store_label.setObjectName("storeStatus")
        self.user_label = ElidedLabel("")
        self.user_label.setObjectName("userStatus")
        self.statusBar().addWidget(self.store_label)
        self.statusBar().addWidget(self.user_label, 1)
        self.progress = TaskProgress(self.runner)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().setSizeGripEnabled(False)

        self._build_menus()
        self._set_enabled(False)
        self.events.open_client.connect(self.open_client)
        self.events.new_client.connect(self.new_client)
        self._restore_geometry()

    # ------------------------------------------------------------------ menus
    def add_action(
        self, menu, text: str, slot, shortcut=None, icon_name: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _c=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.act_new = self.add_action(
            file_menu,
            self.tr("Nieuwe cliënt"),
            self.new_client,
            QKeySequence.StandardKey.New,
            "plus",
        )
        self.act_find = self.add_action(
            file_menu,
            self.tr("Cliënt zoeken"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
            "search",
        )
        self.act_save = self.add_action(
            file_menu, self.tr("Opslaan"), self.save_current, QKeySequence.StandardKey.Save, "save"
        )
        file_menu.addSeparator()
        self.act_export = self.add_action(
            file_menu, self.tr("Lijst exporteren naar Excel…"), self.export_list, None, "download"
        )
        self.act_ics = self.add_action(
            file_menu,
            self.tr("Taken exporteren naar agenda (.ics)…"),
            self.export_calendar,
            None,
            "calendar",
        )
        self.act_import = self.add_action(
            file_menu, self.tr("Importeren uit spreadsheet…"), self.import_sheet, None, "file"
        )
        file_menu.addSeparator()
        self.act_bin = self.add_action(
            file_menu, self.tr("Prullenbak…"), self.show_bin, None, "trash"
        )
        file_menu.addSeparator()
        self.act_close_file = self.add_action(
            file_menu,
            self.tr("Dossier sluiten"),
            self.close_current_file,
            QKeySequence.StandardKey.Close,
        )
        self.act_quit = self.add_action(
            file_menu, self.tr("Afsluiten"), self.close, QKeySequence.StandardKey.Quit
        )
        self.file_menu = file_menu

        view = bar.addMenu(self.tr("Beel&d"))
        self.page_actions = []
        for number, key in enumerate(PAGE_KEYS, start=1):
            # "Werkgevers & vacatures": a menu reads "&" as the next letter's mnemonic.
            action = self.add_action(
                view,
                self.page_titles[key].replace("&", "&&"),
                lambda k=key: self.show_page(k),
                f"Ctrl+{number}",
            )
            self.page_actions.append(action)
        view.addSeparator()
        language = view.addMenu(self.tr("Taal"))
        group = QActionGroup(self)
        from zkijdesk.i18n import language as current_language

        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            group.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.add_action(help_menu, self.tr("Sneltoetsen"), self.show_shortcuts)
        self.add_action(help_menu, self.tr("Over zkijdesk"), self.show_about)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.escape)
        close_tab = QShortcut(QKeySequence("Ctrl+F4"), self)
        close_tab.activated.connect(self.close_current_file)

    def _fit_nav(self) -> None:
        self.nav.setFixedHeight(self.nav.count() * 42 + 16)

    def _set_enabled(self, on: bool) -> None:
        for action in (
            self.act_new,
            self.act_find,
            self.act_save,
            self.act_export,
            self.act_ics,
            self.act_import,
            self.act_bin,
            self.act_close_file,
            *self.page_actions,
        ):
            action.setEnabled(on)
        if self.ws is not None and self.ws.actor.role is Role.ADMIN:
            self.act_new.setEnabled(False)  # an admin registers no clients (docs/privacy.md)
        self.nav.setEnabled(on)

    # ------------------------------------------------------------------ status
    def set_store_status(self, text: str) -> None:
        self.store_label.setText(text)

    def show_loading(self, text: str) -> None:
        self.loading.label.setText(text)
        self.stack.setCurrentWidget(self.loading)

    # ------------------------------------------------------------------ attaching the store
    def attach(
        self, services: Services, store: OpenStore, *, store_name: str, is_demo: bool
    ) -> Workspace:
        """Create the pages for the signed-in user; the list's first search starts at once."""
        from zkijdesk.views import labels
        from zkijdesk.views.clients.page import ClientsPage
        from zkijdesk.views.worklist import WorklistPage
        from zkijdesk.views.workspace import Workspace

        self.store = store
        self.ws = ws = Workspace(services, self.runner, self.events)
        title = (
            self.tr("zkijdesk — DEMO (synthetische gegevens)") if is_demo else self.tr("zkijdesk")
        )
        self.setWindowTitle(title)
        self.store_label.setText(self.tr("Opslag: %1").replace("%1", store_name))
        actor = services.actor
        self.user_label.setText(
            self.tr("Gebruiker: %1 (%2)")
            .replace("%1", actor.display_name)
            .replace("%2", labels.label(actor.role))
        )
        worklist = WorklistPage(ws)
        clients = ClientsPage(ws)
        clients.results_shown.connect(self._results_shown)
        clients.first_answer.connect(lambda: self._load_the_rest(worklist))
        worklist.hold()
        self.pages["worklist"] = worklist
        self.pages["clients"] = clients
        for page in self.pages.values():
            self.stack.addWidget(page)
        # The client list's first search runs alone, so the window is usable soonest;
        # the start page's figures and the reference data follow.
        clients.refresh()
        self._set_enabled(True)
        self.show_page("worklist")
        return ws

    def _hosted(self, key: str) -> QWidget:
        """The Werkgevers & vacatures and Rapportage pages, built on their first visit.

        Their modules are imported on a worker first (Rapportage pulls in SciPy for the
        disclosure audit: about a second), while a placeholder page says what comes.
        """
        if key not in self.pages:
            placeholder = LoadingPage(
                self.tr("%1 wordt geladen…").replace("%1", self.page_titles[key])
            )
            placeholder.setObjectName(f"{key}Loading")
            self.pages[key] = placeholder
            self.stack.addWidget(placeholder)
            module, name = HOSTED_PAGES[key]
            self.runner.run(
                lambda: getattr(importlib.import_module(module), name),
                on_done=lambda cls: self._build_hosted(key, cls),
                on_error=lambda exc: placeholder.label.setText(feedback.message(exc)),
            )
        return self.pages[key]

    def _build_hosted(self, key: str, cls: Callable[[Workspace, QWidget], QWidget]) -> None:
        assert self.ws is not None  # show_page builds pages only once attached
        placeholder = self.pages[key]
        page = cls(self.ws, self)
        self.pages[key] = page
        self.stack.addWidget(page)
        if self.stack.currentWidget() is placeholder:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()

    def add_page(self, key: str, title: str, icon_name: str, page: QWidget) -> None:
        """Host another page (the admin's audit page, for instance) in the navigation."""
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 40))
        self.nav.addItem(item)
        self._fit_nav()
        self.page_titles[key] = title
        self.pages[key] = page
        self.stack.addWidget(page)

    def _load_the_rest(self, worklist: WorklistPage) -> None:
        if self.store is None or self.ws is None:
            return
        services = self.ws.services
        from zkijdesk.views.workspace import load_refdata

        self.runner.run(
            lambda: load_refdata(services), on_done=self._refdata, on_error=self._refdata_failed
        )
        worklist.release()

    def _refdata(self, ref: RefData) -> None:
        ws = self.ws
        assert ws is not None  # asked for by _load_the_rest, after attach
        ws.ref = ref
        self._clients_page().set_refdata()
        self._ref_loaded = True
        waiting, self._ref_waiters = self._ref_waiters, []
        for callback in waiting:
            callback()

        def prepare() -> None:
            # The file's modules and statements, ready before the first file is asked.
            from zkijdesk.views.client_file.file import prepare_files

            prepare_files(ws)

        self.runner.run(prepare)

    def _refdata_failed(self, exc: BaseException) -> None:
        self.statusBar().showMessage(feedback.message(exc))

    def _after_refdata(self, callback: Callable[[], object]) -> None:
        if self._ref_loaded:
            callback()
        else:
            self._ref_waiters.append(callback)

    def _results_shown(self, _count: int) -> None:
        if not self._usable_sent:
            self._usable_sent = True
            self.usable.emit()

    # ------------------------------------------------------------------ navigation
    def show_page(self, key: str) -> None:
        if self.ws is None:
            return
        page = self.pages.get(key) or self._hosted(key)
        self.stack.setCurrentWidget(page)

    def _sync_navigation(self, current: QWidget) -> None:
        """Mark the shown page in the page list or in the open files, nowhere else."""
        for nav in (self.nav, self.files_nav):
            nav.blockSignals(True)
            nav.clearSelection()
            nav.setCurrentItem(None)  # type: ignore[call-overload]  # Qt takes no item; the stub omits None
            for row in range(nav.count()):
                item = nav.item(row)
                data = item.data(Qt.ItemDataRole.UserRole)
                if data is current or (isinstance(data, str) and self.pages.get(data) is current):
                    nav.setCurrentItem(item)
            nav.blockSignals(False)

    def _nav_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        # A list that gets the focus makes its first row current without a click; while
        # the stack switches (the focus leaving the old page) that is no choice to follow.
        if current is not None and not self.stack.switching:
            self.show_page(current.data(Qt.ItemDataRole.UserRole))

    def _file_nav_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is None or self.stack.switching:
            return
        widget = current.data(Qt.ItemDataRole.UserRole)
        if widget is not None:
            self.stack.setCurrentWidget(widget)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _clients_page(self) -> ClientsPage:
        """The client list, which ``attach`` made (its module is loaded by then)."""
        from zkijdesk.views.clients.page import ClientsPage

        page = self.pages["clients"]
        assert isinstance(page, ClientsPage)
        return page

    def _add_file_item(self, widget: QWidget, title: str, icon_name: str) -> QListWidgetItem:
        item = QListWidgetItem(icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, widget)
        item.setSizeHint(QSize(0, 36))
        item.setToolTip(title)
        self.files_nav.addItem(item)
        self.files_caption.show()
        self.stack.addWidget(widget)
        return item

    def _item_of(self, widget: QWidget) -> QListWidgetItem | None:
        for row in range(self.files_nav.count()):
            item = self.files_nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) is widget:
                return item
        return None

    def _select(self, widget: QWidget) -> None:
        self.stack.setCurrentWidget(widget)

    # ------------------------------------------------------------------ client files
    def open_client(self, client_id: int) -> None:
        if self.ws is None:
            return
        if client_id in self.files:
            self._select(self.files[client_id])
            return
        self._after_refdata(lambda: self._open_client(client_id))

    def _open_client(self, client_id: int) -> ClientFile | None:
        from zkijdesk.views.client_file.file import ClientFile

        if client_id in self.files:
            self._select(self.files[client_id])
            return self.files[client_id]
        if self.ws is None:
            return None
        widget = ClientFile(self.ws, client_id)
        self.files[client_id] = widget
        item = self._add_file_item(widget, self.tr("Dossier wordt geladen…"), "file")
        widget.title_changed.connect(lambda text, i=item: (i.setText(text), i.setToolTip(text)))
        widget.close_requested.connect(lambda w=widget: self.close_file(w))
        widget.reload()
        self._select(widget)
        return widget

    def new_client(self) -> None:
        if self.ws is None or self.ws.actor.role is Role.ADMIN:
            return
        self._after_refdata(self._new_client)

    def _new_client(self) -> QWidget | None:
        from zkijdesk.views.client_file.intake import IntakePage

        existing = next((w for w in self._open_widgets() if w.objectName() == "intakePage"), None)
        if existing is not None:
            self._select(existing)
            return existing
        if self.ws is None:
            return None
        page = IntakePage(self.ws)
        self._add_file_item(page, self.tr("Nieuwe cliënt"), "plus")
        page.created.connect(lambda cid, p=page: self._intake_done(p, cid))
        page.cancelled.connect(lambda p=page: self._remove(p))
        self._select(page)
        page.form.first_name.setFocus()
        return page

    def _intake_done(self, page: QWidget, client_id: int) -> None:
        self._remove(page)
        self.open_client(client_id)

    def _open_widgets(self) -> list[QWidget]:
        return [
            self.files_nav.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.files_nav.count())
        ]

    def close_file(self, widget: QWidget) -> bool:
        maybe = getattr(widget, "maybe_close", None)
        if maybe is not None and not maybe(then=lambda: self.close_file(widget)):
            return False
        self._remove(widget)
        return True

    def _remove(self, widget: QWidget) -> None:
        item = self._item_of(widget)
        if item is not None:
            self.files_nav.takeItem(self.files_nav.row(item))
        for client_id, file_widget in list(self.files.items()):
            if file_widget is widget:
                del self.files[client_id]
        self.stack.removeWidget(widget)
        widget.deleteLater()
        self.files_caption.setVisible(self.files_nav.count() > 0)
        self.show_page("clients")

    def close_current_file(self) -> None:
        current = self.current_page()
        if current is not None and current in self._open_widgets():
            intake = _as_intake(current)
            if intake is not None:
                intake.cancel()
            else:
                self.close_file(current)

    # ------------------------------------------------------------------ commands
    def focus_search(self) -> None:
        if self.ws is None:
            return
        self.show_page("clients")
        self._clients_page().focus_search()

    def save_current(self) -> None:
        current = self.current_page()
        save = getattr(current, "save", None)
        if callable(save):
            save()

    def escape(self) -> None:
        """Esc: cancel what is being edited on the current page."""
        current = self.current_page()
        if current is None:
            return
        intake, file = _as_intake(current), _as_file(current)
        if intake is not None:
            intake.cancel()
        elif file is not None and file.dirty:
            if feedback.confirm(
                self,
                self.tr("Wijzigingen ongedaan maken"),
                self.tr("De niet-opgeslagen wijzigingen in dit dossier vervallen."),
                self.tr("Ongedaan maken"),
                destructive=True,
            ):
                file.revert()
        elif current is self.pages.get("clients"):
            self._clients_page().search.clear()

    def export_list(self) -> None:
        self.show_page("clients")
        self._clients_page().export()

    def ask_calendar_path(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Taken exporteren naar agenda"),
            str(Path.home() / "zkijdesk-taken.ics"),
            self.tr("Agenda (*.ics)"),
        )
        return Path(path) if path else None

    def ask_calendar_titles(self) -> str | None:
        from zkijdesk.views.calendar_dialog import CalendarTitlesDialog

        dialog = CalendarTitlesDialog(self)
        try:
            return (
                dialog.mode() if dialog.exec() == CalendarTitlesDialog.DialogCode.Accepted else None
            )
        finally:
            dialog.deleteLater()

    def export_calendar(self) -> None:
        titles = self.ask_calendar_titles()
        if titles is None:
            return
        target = self.ask_calendar_path()
        if target is None or self.ws is None:
            return
        calendar = self.ws.services.calendar
        today = self.ws.today()
        self.runner.run(
            lambda: calendar.export_tasks(target, since=today, titles=titles),
            on_done=lambda n: self.statusBar().showMessage(
                self.tr("%1 taken geëxporteerd naar %2")
                .replace("%1", str(n))
                .replace("%2", target.name),
                8000,
            ),
            on_error=lambda exc: feedback.show_error(self, exc),
            label=self.tr("Agenda exporteren"),
        )

    def import_sheet(self) -> None:
        from zkijdesk.views.importing.wizard import ImportWizard

        if self.ws is None:
            return
        dialog = ImportWizard(self.ws, self)
        dialog.open()
        self.import_wizard = dialog

    def show_bin(self) -> None:
        from zkijdesk.views.bin_dialog import BinDialog

        if self.ws is None:
            return
        dialog = BinDialog(self.ws, self)
        dialog.restored.connect(self.open_client)
        dialog.open()
        self.bin_dialog = dialog

    def choose_language(self, code: str) -> None:
        from zkijdesk.config import load_settings, save_settings

        settings = load_settings()
        settings.language = code
        save_settings(settings)
        self.statusBar().showMessage(
            self.tr("De gekozen taal wordt gebruikt vanaf de volgende start van zkijdesk."), 10000
        )

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        rows = [
            ("Ctrl+N", self.tr("Nieuwe cliënt")),
            ("Ctrl+F", self.tr("Cliënt zoeken")),
            ("Ctrl+S", self.tr("Opslaan")),
            ("Esc", self.tr("Annuleren, zoekveld leegmaken")),
            ("Ctrl+W", self.tr("Dossier sluiten")),
            ("Ctrl+1 … Ctrl+4", self.tr("Naar een pagina")),
            ("Ctrl+Enter", self.tr("Contact vastleggen")),
            ("Ctrl+L", self.tr("Scherm vergrendelen")),
        ]
        text = (
            "<table cellspacing='6'>"
            + "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
            + "</table>"
        )
        QMessageBox.information(self, self.tr("Sneltoetsen"), text)

    def show_about(self) -> None:
        from zkijdesk.views.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        self.about_dialog = dialog

    # ------------------------------------------------------------------ closing
    def _settings(self) -> QSettings:
        from zkijdesk.config import window_settings_path

        return QSettings(str(window_settings_path()), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _wait_for_work_then_close(self) -> bool:
        """An export or backup still running is let finish (it may take longer than a
        blink; stopping it halfway would waste it): the window closes itself after.
        Cancellable work is asked to stop. True while there is work to wait for."""
        work = self.runner.visible_work()
        if not work:
            return False
        for task in work:
            if task.cancellable:
                task.cancel()
        if not self._closing_after_work:
            self._closing_after_work = True
            self.runner.ended.connect(self._close_when_idle)
        self.statusBar().showMessage(
            self.tr("zkijdesk sluit zodra dit klaar is: %1").replace("%1", work[0].label or "")
        )
        return True

    def _close_when_idle(self, _task: Task | None = None) -> None:
        if not self.runner.visible_work():
            QTimer.singleShot(0, self, self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved files, keep whatever is still unsaved as drafts, back up, close.

        Behind the app lock nothing is asked (the question would name a client, and
        whoever stands at the desk must not decide about the coach's work): every
        unsaved form is kept as a draft instead, offered back when it is opened again.
        The backup at closing is handed to a helper that makes it once the app has quit
        (docs/durability.md): nobody closing the app waits for it.
        """
        if self._closed_for_good:
            super().closeEvent(event)
            return
        app_lock = getattr(self, "app_lock", None)
        locked = app_lock is not None and app_lock.screen.is_locked
        for widget in self._open_widgets():
            file = _as_file(widget)
            if locked or file is None:  # the new-client page asks nothing
                continue
            if not file.maybe_close(then=self.close):
                event.ignore()
                return
        if self._wait_for_work_then_close():
            event.ignore()
            return
        self._settings().setValue("main/geometry", self.saveGeometry())
        self.runner.cancel_all()
        for widget in self._open_widgets():
            keep = getattr(widget, "keep_drafts", None)
            if keep is not None:
                try:
                    keep()
                except ZkijdeskError as exc:
                    self.statusBar().showMessage(feedback.message(exc))
        from zkijdesk.views.privacy.integration import hand_off_closing_backup, stop_watching

        stop_watching(self)
        hand_off_closing_backup(self)
        event.ignore()
        self._finish_close()

    def _finish_close(self) -> None:
        """Let the workers end and close the store, off the UI thread; then close."""
        self._finishing = True
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(False)
        store, self.store = self.store, None

        def closed() -> None:
            self._closed_for_good = True
            self.close()

        self.runner.close_in_background(store.close if store is not None else lambda: None, closed)


def _as_intake(widget: QWidget) -> IntakePage | None:
    """``widget`` as the new-client page, if it is that; its module is imported only when
    such a page exists, so a key press does not load it."""
    if widget.objectName() != "intakePage":
        return None
    from zkijdesk.views.client_file.intake import IntakePage

    return widget if isinstance(widget, IntakePage) else None


def _as_file(widget: QWidget) -> ClientFile | None:
    """``widget`` as a client's file, if it is one (imported as lazily as ``_as_intake``)."""
    if widget.objectName() != "clientFile":
        return None
    from zkijdesk.views.client_file.file import ClientFile

    return widget if isinstance(widget, ClientFile) else None
