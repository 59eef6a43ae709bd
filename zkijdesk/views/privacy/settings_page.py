"""Settings and privacy: your own app lock, and for admins the store-wide settings.

The admin's part is built from the registry (``services/settings.py``, ``SETTINGS``),
in its order: a simple setting gets an editor made from its declared kind
(``SettingEditor``) as a row of the card it names, and a structured one (retention
terms, privacy texts) the section widget this page has for its key. A card adds its
own actions below its settings (a forgotten pin, the backups list). A simple setting
added to the registry appears here without a change to this page, and is saved through
``Services.store_settings``, which goes to the service that owns it.

Slow work (Argon2 hashing, backups, restores, a retention run) goes through the
window's task runner so the window never freezes. The services check roles
themselves; this page only hides what a role cannot use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain import fields
from zkijdesk.domain.enums import ExitReason, Role
from zkijdesk.i18n import translate_label, translate_message
from zkijdesk.services import settings
from zkijdesk.services.changes import NOTHING, Changes, Written
from zkijdesk.services.settings import SETTINGS, Setting
from zkijdesk.views import feedback, labels, widgets
from zkijdesk.views.itemmodels.backups import BackupTableModel
from zkijdesk.views.labels import label
from zkijdesk.views.privacy.notice_section import PrivacyNoticeSection
from zkijdesk.views.privacy.setting_editor import SettingEditor
from zkijdesk.views.workspace import Workspace


class SettingsPage(QWidget):
    """Emits ``restored`` after a backup was put back, so the window can reload."""

    restored = Signal()

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        registry: Sequence[Setting[Any]] = SETTINGS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ws = ws
        self.runner = ws.runner
        self.lock = ws.services.app_lock
        self.is_admin = ws.actor.role is Role.ADMIN
        # Key -> the editor of each simple setting shown; the cards and sections built.
        self.editors: dict[str, SettingEditor] = {}
        self.cards: set[str] = set()
        self.sections: set[str] = set()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        content.setMaximumWidth(920)
        title = QLabel(self.tr("Instellingen en privacy"))
        title.setObjectName("pageTitle")
        column.addWidget(title)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        column.addWidget(self._lock_section())
        if self.is_admin:
            self._add_settings(column, registry)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    # -- running work ---------------------------------------------------------------
    def _run(
        self, fn: Callable, on_done: Callable, label_text: str, changes: Changes = NOTHING
    ) -> None:
        """Run a write of this page on the runner's writer (``runner.write``); its
        ``changes`` are announced to the other pages when it landed."""

        def failed(exc: BaseException) -> None:
            self.status.setText(feedback.message(exc))

        self.runner.write(
            lambda: Written(fn(), changes), on_done=on_done, on_error=failed, label=label_text
        )

    def _section(self, title: str, intro: str) -> tuple[QFrame, QVBoxLayout]:
        """A card with a section title and one sentence on what the settings do."""
        box, column = widgets.card(margins=20, spacing=10)
        column.addWidget(widgets.label(title, "sectionTitle"))
        column.addWidget(widgets.label(intro, "muted", wrap=True))
        return box, column

    # -- admin: the registry ---------------------------------------------------------
    def _add_settings(self, column: QVBoxLayout, registry: Sequence[Setting[Any]]) -> None:
        """A card per ``card`` name, in the registry's order: the simple settings are
        rows of it; a structured setting is the section widget this page has for it."""
        sections: dict[str, Callable[[], QWidget]] = {
            settings.RETENTION_TERMS.key: self._retention_section,
            settings.PRIVACY_NOTICE.key: self._notice_section,
        }
        cards: dict[str, Callable[[], tuple[QFrame, QFormLayout]]] = {
            "lock": self._idle_section,
            "backups": self._backup_section,
        }
        forms: dict[str, QFormLayout] = {}
        for setting in registry:
            if setting.card is None:
                continue  # set elsewhere (the CLI, the trends page)
            if not setting.simple:
                make = sections.get(setting.key)
                if make is None:
                    raise LookupError(f"{setting.key}: the settings page has no section for it")
                column.addWidget(make())
                self.sections.add(setting.key)
                continue
            form = forms.get(setting.card)
            if form is None:
                box, form = cards.get(setting.card, self._plain_card)()
                column.addWidget(box)
                forms[setting.card] = form
                self.cards.add(setting.card)
            self._add_editor(form, setting)

    def _add_editor(self, form: QFormLayout, setting: Setting[Any]) -> None:
        editor = SettingEditor(setting, self)
        editor.save.connect(partial(self.save_setting, setting))
        form.addRow(editor.name, editor)
        if setting.help:
            form.addRow("", widgets.label(translate_message(setting.help), "muted", wrap=True))
        self.editors[setting.key] = editor

    def _card(self, title: str, intro: str) -> tuple[QFrame, QVBoxLayout, QFormLayout]:
        """A card whose settings are the rows of its form; its own actions go below."""
        box, column = self._section(title, intro)
        form = QFormLayout()
        # A label level with its field, whose buttons make the row taller than the text.
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(form)
        return box, column, form

    def _plain_card(self) -> tuple[QFrame, QFormLayout]:
        """The card of settings that name no card this page knows."""
        box, _column, form = self._card(
            self.tr("Overige instellingen"),
            self.tr("Deze instellingen gelden voor iedereen die met deze opslag werkt."),
        )
        return box, form

    def save_setting(self, setting: Setting[Any], value: object) -> None:
        """Save one simple setting through the service that owns it."""
        name = translate_label(setting.label)

        def done(_stored: object) -> None:
            self.status.setText(self.tr("%1 opgeslagen.").replace("%1", name))
            self.refresh()

        self._run(
            partial(self.ws.services.store_settings.change, setting, value),
            done,
            self.tr("Instelling opslaan"),
        )

    # -- app lock -------------------------------------------------------------------
    def _lock_section(self) -> QFrame:
        box, column = self._section(
            self.tr("App-vergrendeling"),
            self.tr(
                "Met een eigen pincode of wachtwoord (minstens 6 tekens) vergrendelt zkijdesk "
                "bij het starten, na de ingestelde tijd zonder gebruik en met Ctrl+L; "
                "vergrendeld is er geen persoonsgegeven te zien."
            ),
        )
        form = QFormLayout()
        column.addLayout(form)
        self.lock_state = QLabel()
        self.lock_state.setObjectName("lockState")
        self.current_pin = QLineEdit()
        self.new_pin = QLineEdit()
        self.repeat_pin = QLineEdit()
        secrets = (
            (self.current_pin, fields.CURRENT_SECRET),
            (self.new_pin, fields.NEW_SECRET),
            (self.repeat_pin, fields.REPEAT_SECRET),
        )
        for edit, name in secrets:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(labels.field(name))
            edit.setMaximumWidth(260)
        self.set_pin_button = QPushButton(self.tr("Vergrendeling instellen"))
        self.set_pin_button.setObjectName("setPin")
        self.set_pin_button.setProperty("primary", True)
        self.clear_pin_button = QPushButton(self.tr("Vergrendeling uitzetten"))
        self.set_pin_button.clicked.connect(self.set_pin)
        self.clear_pin_button.clicked.connect(self.clear_pin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_pin_button)
        buttons.addWidget(self.clear_pin_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Status"), self.lock_state)
        for edit, name in secrets:
            form.addRow(labels.caption(name), edit)
        form.addRow(buttons)
        return box

    def set_pin(self) -> None:
        if self.new_pin.text() != self.repeat_pin.text():
            self.status.setText(self.tr("Herhaal: de twee nieuwe invoeren zijn niet gelijk."))
            return
        current = self.current_pin.text() or None
        secret = self.new_pin.text()

        def done(_):
            self._clear_pin_fields()
            self.status.setText(self.tr("Vergrendeling ingesteld."))
            self.refresh()

        self._run(
            partial(self.lock.set_secret, secret, current=current), done, self.tr("Pincode opslaan")
        )

    def clear_pin(self) -> None:
        current = self.current_pin.text()

        def done(_):
            self._clear_pin_fields()
            self.status.setText(self.tr("Vergrendeling uitgezet."))
            self.refresh()

        self._run(partial(self.lock.clear, current), done, self.tr("Pincode verwijderen"))

    def _clear_pin_fields(self) -> None:
        for edit in (self.current_pin, self.new_pin, self.repeat_pin):
            edit.clear()

    # -- admin: idle time -----------------------------------------------------------
    def _idle_section(self) -> tuple[QFrame, QFormLayout]:
        """The "lock" card: the idle time, then lifting a forgotten pin."""
        box, column, form = self._card(
            self.tr("Vergrendelen na inactiviteit"),
            self.tr(
                "Geldt op deze opslag voor iedereen die een pincode heeft ingesteld. Is iemand "
                "de pincode vergeten, hef de vergrendeling dan hieronder op."
            ),
        )
        forgotten = QHBoxLayout()
        column.addLayout(forgotten)
        self.locked_users = QComboBox()
        self.locked_users.setObjectName("lockedUsers")
        self.locked_users.setAccessibleName(self.tr("Gebruiker met een pincode"))
        self.locked_users.setMinimumWidth(220)
        self.reset_lock_button = QPushButton(self.tr("Vergrendeling opheffen…"))
        self.reset_lock_button.setObjectName("resetLock")
        self.reset_lock_button.clicked.connect(self.reset_lock)
        forgotten.addWidget(QLabel(self.tr("Pincode vergeten:")))
        forgotten.addWidget(self.locked_users)
        forgotten.addWidget(self.reset_lock_button)
        forgotten.addStretch(1)
        return box, form

    def reset_lock(self) -> None:
        user_id = self.locked_users.currentData()
        if user_id is None:
            return
        name = self.locked_users.currentText()
        question = self.tr(
            "De vergrendeling van %1 opheffen? Daarna kan %1 zonder pincode verder en een "
            "nieuwe instellen."
        ).replace("%1", name)
        if not feedback.confirm(
            self, self.tr("Vergrendeling opheffen"), question, self.tr("Opheffen")
        ):
            return

        def done(_):
            self.status.setText(
                self.tr("De vergrendeling van %1 is opgeheven.").replace("%1", name)
            )
            self.refresh()

        self._run(partial(self.lock.reset_for, user_id), done, self.tr("Vergrendeling opheffen"))

    # -- admin: backups -------------------------------------------------------------
    def _backups(self):

        return self.ws.services.backups

    def _backup_section(self) -> tuple[QFrame, QFormLayout]:
        """The "backups" card: the folder, then the backups in it and what to do."""
        box, column, form = self._card(
            self.tr("Reservekopieën"),
            self.tr(
                "Versleuteld en na het schrijven gecontroleerd: elke dag en bij het afsluiten; "
                "bewaard worden 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën."
            ),
        )
        self.backup_now_button = QPushButton(self.tr("Nu een reservekopie maken"))
        self.backup_now_button.setObjectName("backupNow")
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Geselecteerde terugzetten…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_model = BackupTableModel(self)
        self.backup_table = QTableView()
        self.backup_table.setObjectName("backupTable")
        self.backup_table.setModel(self.backup_model)
        self.backup_table.verticalHeader().setVisible(False)
        self.backup_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.backup_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.backup_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.backup_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backup_table.setMinimumHeight(160)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        column.addWidget(self.backup_table)
        column.addLayout(buttons)
        return box, form

    def backup_now(self) -> None:
        def done(summary) -> None:
            self.status.setText(
                self.tr("Reservekopie gemaakt en gecontroleerd: %1").replace(
                    "%1", summary.path.name
                )
            )
            self.refresh()

        self._run(self._backups().backup_now, done, self.tr("Reservekopie maken"))

    def restore_selected(self) -> None:
        row = self.backup_table.currentIndex().row()
        if row < 0:
            self.status.setText(self.tr("Kies eerst een reservekopie in de lijst."))
            return
        path = str(self.backup_model.id_at(row))
        service = self._backups()
        try:
            preview = service.preview_restore(path)
        except Exception as exc:
            self.status.setText(feedback.message(exc))
            return
        lines = [
            f"{translate_message(t.label)}: {t.in_backup} ({self.tr('nu')} {t.now})"
            for t in preview.tables
            if t.in_backup or t.now
        ][:12]
        text = (
            self.tr(
                "Reservekopie van %1 terugzetten? De huidige stand wordt eerst bewaard."
            ).replace("%1", preview.taken_at.strftime("%d-%m-%Y %H:%M"))
            + "\n\n"
            + "\n".join(lines)
        )
        if not feedback.confirm(
            self, self.tr("Terugzetten"), text, self.tr("Terugzetten"), destructive=True
        ):
            return

        def done(result) -> None:
            self.status.setText(
                self.tr("Teruggezet; de vorige stand staat in %1.").replace(
                    "%1", result.safety_backup.name
                )
            )
            self.refresh()
            self.restored.emit()

        self._run(lambda: service.restore(path, confirmed=True), done, self.tr("Terugzetten"))

    # -- admin: retention -----------------------------------------------------------
    def _retention(self):

        return self.ws.services.retention

    def _retention_section(self) -> QFrame:
        """The retention terms (``RETENTION_TERMS``): a month count per exit reason."""
        box, column = self._section(
            self.tr("Bewaartermijnen"),
            self.tr(
                "Maanden na het afsluiten van de laatste route, per reden van afsluiten. "
                "Wissen gebeurt pas na bevestiging en raakt nooit een lopende route."
            ),
        )
        form = QFormLayout()
        self.term_boxes: dict[str, QSpinBox] = {}
        for reason in ExitReason:
            spin = QSpinBox()
            spin.setRange(6, 240)
            spin.setSuffix(self.tr(" maanden"))
            spin.setAccessibleName(self.tr("Bewaartermijn %1").replace("%1", label(reason)))
            spin.setMaximumWidth(160)
            self.term_boxes[reason.value] = spin
            form.addRow(label(reason), spin)
        save = QPushButton(self.tr("Termijnen opslaan"))
        save.clicked.connect(self.save_terms)
        preview = QPushButton(self.tr("Toon wat verloopt"))
        preview.setObjectName("retentionPreview")
        preview.clicked.connect(self.preview_retention)
        self.apply_retention_button = QPushButton(self.tr("Verlopen dossiers wissen…"))
        self.apply_retention_button.clicked.connect(self.apply_retention)
        self.retention_result = QLabel()
        self.retention_result.setObjectName("retentionResult")
        self.retention_result.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (save, preview, self.apply_retention_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.retention_result)
        return box

    def save_terms(self) -> None:
        terms = {reason: spin.value() for reason, spin in self.term_boxes.items()}
        self._run(
            partial(self._retention().set_terms, terms),
            lambda _: self.status.setText(self.tr("Bewaartermijnen opgeslagen.")),
            self.tr("Termijnen opslaan"),
        )

    def preview_retention(self) -> None:
        def done(plan) -> None:
            self._plan = plan
            parts = [f"{label(ExitReason(r))}: {len(ids)}" for r, ids in plan.due.items()]
            text = self.tr("%1 dossier(s) over de termijn").replace("%1", str(plan.total))
            if parts:
                text += " (" + ", ".join(parts) + ")"
            if plan.skipped_restricted:
                text += self.tr("; %1 met beperking blijven staan").replace(
                    "%1", str(plan.skipped_restricted)
                )
            self.retention_result.setText(text + ".")

        self._run(self._retention().plan, done, self.tr("Bewaartermijnen nagaan"))

    def apply_retention(self) -> None:
        plan = getattr(self, "_plan", None)
        if plan is None or not plan.total:
            self.retention_result.setText(self.tr("Toon eerst wat verloopt."))
            return
        if not feedback.confirm(
            self,
            self.tr("Dossiers wissen"),
            self.tr("%1 dossier(s) definitief wissen?").replace("%1", str(plan.total)),
            self.tr("Wissen"),
            destructive=True,
        ):
            return

        def done(count) -> None:
            self._plan = None
            self.retention_result.setText(
                self.tr("%1 dossier(s) gewist.").replace("%1", str(count))
            )

        self._run(
            partial(self._retention().run, plan),
            done,
            self.tr("Dossiers wissen"),
            Changes(clients=True, tasks=True),
        )

    # -- admin: privacy texts ---------------------------------------------------------
    def _notice_section(self) -> QWidget:
        """The texts of every access reply (``PRIVACY_NOTICE``)."""
        self.notice_section = PrivacyNoticeSection(self.ws.services, self._run, self.status.setText)
        return self.notice_section

    # -- state ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the page's state on the runner and show it.

        An admin's state lists the backup folder, which on a large store or a slow
        disk takes a moment: read off the UI thread, shown when it is there.
        """
        read = self._reader()
        self.runner.run(read, on_done=self._show_state, on_error=self._state_failed)

    def _state_failed(self, exc: BaseException) -> None:
        self.status.setText(feedback.message(exc))

    def _reader(self) -> Callable[[], SettingsState]:
        """The reads of ``refresh`` as one function of services only (it runs on a worker)."""
        lock, is_admin, services = self.lock, self.is_admin, self.ws.services
        shown = [editor.setting for editor in self.editors.values()]
        retention = services.retention if settings.RETENTION_TERMS.key in self.sections else None
        locked_users = "lock" in self.cards
        backups = services.backups if "backups" in self.cards and services.store.is_sqlite else None

        def read() -> SettingsState:
            state = SettingsState(is_set=lock.is_set())
            if not is_admin:
                return state
            state.values = {s.key: services.store_settings.value(s) for s in shown}
            if locked_users:
                state.locked_users = list(lock.locked_users())
            if retention is not None:
                state.terms = dict(retention.terms())
            if backups is not None:
                state.backups = list(backups.list_backups())
            return state

        return read

    def _show_state(self, state: SettingsState) -> None:
        is_set = state.is_set
        self.lock_state.setText(
            self.tr("ingesteld; de app vergrendelt na inactiviteit")
            if is_set
            else self.tr("niet ingesteld")
        )
        self.current_pin.setEnabled(is_set)
        self.clear_pin_button.setEnabled(is_set)
        if not self.is_admin:
            return
        for key, value in state.values.items():
            self.editors[key].set_value(value)
        if "lock" in self.cards:
            self.locked_users.clear()
            for user_id, name in state.locked_users:
                self.locked_users.addItem(name, user_id)
            self.reset_lock_button.setEnabled(self.locked_users.count() > 0)
        for reason, months in state.terms.items():
            self.term_boxes[reason].setValue(months)
        if "backups" in self.cards:
            self._show_backups(state.backups)

    def _show_backups(self, backups: list[Any]) -> None:
        if not self.ws.services.store.is_sqlite:
            folder = self.editors.get(settings.BACKUP_FOLDER.key)
            if folder is not None:
                folder.set_unavailable(self.tr("PostgreSQL: reservekopieën maakt de beheerder."))
            self.backup_now_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            return
        self.backup_model.set_rows(backups)


@dataclass
class SettingsState:
    """What the page shows, read in one go."""

    is_set: bool
    # Each simple setting's value, by key, as its owner reads it.
    values: dict[str, Any] = field(default_factory=dict)
    locked_users: list = field(default_factory=list)
    terms: dict = field(default_factory=dict)
    backups: list = field(default_factory=list)
