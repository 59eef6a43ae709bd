"""The first start: create a new encrypted store, or explore a demo with made-up people.

The flow is a few plain functions without Qt (``zkijdesk.services.store_setup``:
``create_new_store``, ``create_demo_store``, ``connect_team``), which the command line
uses too, and this dialog only renders it, in the manner of Electrum's wizard.
Creating a store runs on the task runner. When the key is a random key kept in the
system's key vault, the recovery key is shown once, and the coach can only continue
after confirming it was written down or saved elsewhere and typing its last group back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services.store_setup import (
    DEMO_PASSPHRASE,
    Created,
    connect_team,
    create_demo_store,
    create_new_store,
    needs_passphrase,
    open_demo_store,
    os_username,
)
from zkijdesk.views import feedback, labels, widgets
from zkijdesk.views.tasks import Task, TaskCancelledError, TaskRunner


def tr(text: str) -> str:
    return QCoreApplication.translate("WelcomeDialog", text)


class WelcomeDialog(QDialog):
    def __init__(self, runner: TaskRunner, store_path: Path, demo_path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welkom bij zkijdesk"))
        self.setMinimumSize(760, 460)
        self.runner = runner
        self.store_path = store_path
        self.demo_path = demo_path
        self.created: Created | None = None
        self.task: Task | None = None
        self.ask_passphrase = needs_passphrase()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 24)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._new_page())
        self.pages.addWidget(self._work_page())
        self.pages.addWidget(self._key_page())
        self.pages.addWidget(self._team_page())
        runner.progressed.connect(self._progress)

    # ------------------------------------------------------------------ pages
    def _choice_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(14)
        column.addWidget(
            widgets.page_header(
                self.tr("Welkom bij zkijdesk"),
                self.tr(
                    "Het cliëntvolgsysteem voor de loopbaancoaches van Zuid-Kennemerland & IJmond."
                ),
            )
        )
        column.addSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(16)
        for title, text, button_text, action, primary, name in (
            (
                self.tr("Nieuwe opslag aanmaken"),
                self.tr(
                    "Voor uw eigen dossiers. De gegevens worden versleuteld op deze computer "
                    "bewaard; u krijgt eenmalig een herstelsleutel."
                ),
                self.tr("Nieuwe opslag…"),
                lambda: self.pages.setCurrentIndex(1),
                True,
                "newStoreButton",
            ),
            (
                self.tr("Verbinden met een teamdatabase"),
                self.tr(
                    "Werkt uw team samen in één database van de gemeente? Meld u aan met de "
                    "inlognaam en het wachtwoord die u van de beheerder kreeg."
                ),
                self.tr("Verbinden…"),
                lambda: self.pages.setCurrentIndex(4),
                False,
                "teamButton",
            ),
            (
                self.tr("Demo verkennen"),
                self.tr(
                    "Een opslag vol verzonnen cliënten, om zkijdesk te leren kennen. "
                    "Het venster toont duidelijk DEMO."
                ),
                self.tr("Demo openen"),
                self.start_demo,
                False,
                "demoButton",
            ),
        ):
            frame, layout = widgets.card(margins=20, spacing=10)
            layout.addWidget(widgets.label(title, "sectionTitle"))
            layout.addWidget(widgets.label(text, "muted", wrap=True))
            layout.addStretch(1)
            button = widgets.button(button_text, primary=primary, on_click=action)
            button.setObjectName(name)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            row.addWidget(frame)
        column.addLayout(row)
        column.addStretch(1)
        column.addWidget(
            widgets.label(
                self.tr(
                    "Een eigen opslag blijft versleuteld op deze computer; een teamdatabase "
                    "staat op de server van uw gemeente. zkijdesk stuurt niets naar internet."
                ),
                "muted",
                wrap=True,
            )
        )
        return page

    def _new_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(12)
        column.addWidget(widgets.page_header(self.tr("Nieuwe opslag")))
        column.addWidget(
            widgets.label(
                self.tr("Opslag: %1").replace("%1", str(self.store_path)), "muted", wrap=True
            )
        )
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.name_edit = QLineEdit()
        self.name_field = widgets.Field(self.tr("Uw naam *"), self.name_edit)
        self.role_combo = widgets.combo(self.tr("Uw rol"), labels.choices(Role))
        grid.addWidget(self.name_field, 0, 0)
        grid.addWidget(widgets.Field(self.tr("Uw rol"), self.role_combo), 0, 1)
        self.pass_edit = QLineEdit()
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_again = QLineEdit()
        self.pass_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_field = widgets.Field(
            self.tr("Wachtwoordzin (minstens 10 tekens)"), self.pass_edit
        )
        self.again_field = widgets.Field(self.tr("Herhaal de wachtwoordzin"), self.pass_again)
        grid.addWidget(self.pass_field, 1, 0)
        grid.addWidget(self.again_field, 1, 1)
        self.pass_field.setVisible(self.ask_passphrase)
        self.again_field.setVisible(self.ask_passphrase)
        column.addLayout(grid)
        hint = (
            self.tr(
                "Deze computer heeft geen veilige sleutelkluis; de opslag krijgt daarom een "
                "wachtwoordzin. Zonder die wachtwoordzin is de opslag niet meer te openen."
            )
            if self.ask_passphrase
            else self.tr(
                "De sleutel van de opslag komt in de sleutelkluis van uw Windows-account. "
                "U krijgt zo een herstelsleutel om op te schrijven."
            )
        )
        column.addWidget(widgets.label(hint, "muted", wrap=True))
        column.addStretch(1)
        self.create_button = widgets.button(
            self.tr("Opslag aanmaken"), primary=True, on_click=self.start_new
        )
        column.addLayout(self._back_and(self.create_button))
        return page

    def _back_and(self, action) -> QHBoxLayout:
        """The foot of a form page: back to the choices on the left, its action on the right."""
        buttons = QHBoxLayout()
        buttons.addWidget(
            widgets.button(self.tr("Terug"), on_click=lambda: self.pages.setCurrentIndex(0))
        )
        buttons.addStretch(1)
        buttons.addWidget(action)
        return buttons

    def _work_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.work_label = widgets.label("", "sectionTitle")
        self.work_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.work_label)
        self.work_bar = QProgressBar()
        self.work_bar.setAccessibleName(self.tr("Voortgang"))
        self.work_bar.setTextVisible(False)
        column.addWidget(self.work_bar)
        row = QHBoxLayout()
        row.addStretch(1)
        self.work_cancel = widgets.button(self.tr("Annuleren"), on_click=self._cancel_work)
        row.addWidget(self.work_cancel)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        return page

    def _key_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(12)
        column.addWidget(widgets.page_header(self.tr("Uw herstelsleutel")))
        column.addWidget(
            widgets.label(
                self.tr(
                    "Raakt u uw Windows-account of deze computer kwijt, dan opent u de opslag "
                    "alleen nog met deze sleutel. Hij wordt maar één keer getoond. Schrijf hem op "
                    "of bewaar hem buiten deze computer, bijvoorbeeld in de kluis van uw "
                    "organisatie."
                ),
                "muted",
                wrap=True,
            )
        )
        frame, layout = widgets.card(margins=18)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(14)
        self.key_label.setFont(mono)
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        row.addWidget(widgets.button(self.tr("Kopiëren"), on_click=self._copy_key))
        row.addWidget(widgets.button(self.tr("Opslaan als bestand…"), on_click=self._save_key))
        row.addStretch(1)
        layout.addLayout(row)
        column.addWidget(frame)
        self.key_saved = QCheckBox(
            self.tr("Ik heb de herstelsleutel opgeschreven of buiten deze computer bewaard")
        )
        self.key_saved.setAccessibleName(self.key_saved.text())
        column.addWidget(self.key_saved)
        self.key_check = QLineEdit()
        self.key_check.setMaximumWidth(160)
        self.key_check.setPlaceholderText("XXXXX")
        self.key_check_field = widgets.Field(
            self.tr("Typ ter controle de laatste groep van de sleutel over"), self.key_check
        )
        column.addWidget(self.key_check_field)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.begin_button = widgets.button(self.tr("Beginnen"), primary=True, on_click=self._finish)
        self.begin_button.setEnabled(False)
        row.addWidget(self.begin_button)
        column.addLayout(row)
        self.key_saved.toggled.connect(self._check_key_confirmed)
        self.key_check.textChanged.connect(self._check_key_confirmed)
        return page

    def _team_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(12)
        column.addWidget(widgets.page_header(self.tr("Verbinden met een teamdatabase")))
        column.addWidget(
            widgets.label(
                self.tr(
                    "U werkt met uw eigen inlog; de database laat u alleen de dossiers zien "
                    "die bij uw werk horen. De gegevens staan op de server van de gemeente."
                ),
                "muted",
                wrap=True,
            )
        )
        self.team_banner = widgets.Banner()
        column.addWidget(self.team_banner)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.team_server = QLineEdit()
        self.team_server.setPlaceholderText("db.gemeente.nl")
        self.team_database = QLineEdit()
        self.team_login = QLineEdit()
        self.team_login.setText(os_username())
        self.team_password = QLineEdit()
        self.team_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.team_fields = {
            "server": widgets.Field(self.tr("Server *"), self.team_server),
            "database": widgets.Field(self.tr("Database *"), self.team_database),
            "login": widgets.Field(self.tr("Inlognaam *"), self.team_login),
            "password": widgets.Field(self.tr("Wachtwoord"), self.team_password),
        }
        for i, name in enumerate(("server", "database", "login", "password")):
            grid.addWidget(self.team_fields[name], i // 2, i % 2)
        column.addLayout(grid)
        self.team_remember = QCheckBox(self.tr("Wachtwoord onthouden in de sleutelkluis"))
        self.team_remember.setAccessibleName(self.team_remember.text())
        column.addWidget(self.team_remember)
        column.addWidget(
            widgets.label(
                self.tr(
                    "Laat het wachtwoord leeg als u zich met uw Windows-account aanmeldt. "
                    "De verbinding is versleuteld en de server moet zich met een certificaat "
                    "bekendmaken."
                ),
                "muted",
                wrap=True,
            )
        )
        column.addStretch(1)
        self.connect_button = widgets.button(
            self.tr("Verbinden"), primary=True, on_click=self.start_team
        )
        self.connect_button.setObjectName("connectTeamButton")
        column.addLayout(self._back_and(self.connect_button))
        return page

    # ------------------------------------------------------------------ actions
    def start_team(self) -> None:
        for field in self.team_fields.values():
            field.clear_error()
        self.team_banner.hide()
        values = (
            self.team_server.text(),
            self.team_database.text(),
            self.team_login.text(),
            self.team_password.text(),
            self.team_remember.isChecked(),
        )
        self._work(self.tr("Verbinden met de teamdatabase…"), cancellable=False)
        self.task = self.runner.run(
            lambda: connect_team(*values), on_done=self._created, on_error=self._failed_team
        )

    def _failed_team(self, exc: BaseException) -> None:
        self.pages.setCurrentIndex(4)
        field = getattr(exc, "field", None)
        if field in self.team_fields:
            self.team_fields[field].set_error(feedback.message(exc))
        else:
            self.team_banner.show_message(feedback.message(exc), "danger")

    def _passphrase(self) -> str | None:
        if not self.ask_passphrase:
            return None
        if self.pass_edit.text() != self.pass_again.text():
            self.again_field.set_error(self.tr("De twee wachtwoordzinnen zijn niet gelijk."))
            return ""
        return self.pass_edit.text()

    def start_new(self) -> None:
        self.name_field.clear_error()
        self.banner.hide()
        passphrase = self._passphrase()
        if passphrase == "":
            return
        name, role = self.name_edit.text(), self.role_combo.currentData()
        if not name.strip():
            self.name_field.set_error(self.tr("Naam is verplicht."))
            return
        self._work(self.tr("Opslag wordt aangemaakt…"), cancellable=False)
        path = self.store_path
        self.task = self.runner.run(
            lambda: create_new_store(path, name, role, passphrase),
            on_done=self._created,
            on_error=self._failed_new,
        )

    def start_demo(self) -> None:
        passphrase = DEMO_PASSPHRASE if self.ask_passphrase else None
        self._work(self.tr("Demo wordt gevuld met verzonnen cliënten…"), cancellable=True)
        path = self.demo_path
        if path.exists():
            self._open_existing_demo(path, passphrase)
            return
        self.task = self.runner.run(
            lambda progress, token: create_demo_store(path, passphrase, progress, token),
            on_done=self._created,
            on_error=self._failed_demo,
            on_cancel=lambda: self.pages.setCurrentIndex(0),
            with_progress=True,
            cancellable=True,
        )

    def _open_existing_demo(self, path: Path, passphrase: str | None) -> None:
        self.task = self.runner.run(
            lambda: open_demo_store(path, passphrase),
            on_done=self._created,
            on_error=self._failed_demo,
        )

    def _progress(self, task, done: int, total: int) -> None:
        if task is self.task and total:
            self.work_bar.setRange(0, total)
            self.work_bar.setValue(done)

    def _work(self, text: str, *, cancellable: bool) -> None:
        self.work_label.setText(text)
        self.work_bar.setRange(0, 0)
        self.work_cancel.setVisible(cancellable)
        self.pages.setCurrentIndex(2)

    def _cancel_work(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.work_label.setText(self.tr("Wordt afgebroken…"))

    def _failed_new(self, exc: BaseException) -> None:
        self.pages.setCurrentIndex(1)
        if isinstance(exc, ValidationError) and exc.field == "display_name":
            self.name_field.set_error(feedback.message(exc))
        else:
            self.banner.show_message(feedback.message(exc), "danger")

    def _failed_demo(self, exc: BaseException) -> None:
        if isinstance(exc, TaskCancelledError):
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(0)
        feedback.show_error(self, exc)

    def _created(self, created: Created) -> None:
        self.created = created
        if created.recovery_key is None:
            self.accept()
            return
        self.key_label.setText(created.recovery_key)
        self.pages.setCurrentIndex(3)

    def _copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.key_label.text())

    def _save_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Herstelsleutel bewaren"),
            "zkijdesk-herstelsleutel.txt",
            self.tr("Tekstbestand (*.txt)"),
        )
        if not path:
            return
        from zkijdesk.atomic import atomic_write

        with atomic_write(Path(path), "w", encoding="utf-8") as fh:
            fh.write(self.key_label.text() + "\n")

    def _check_key_confirmed(self, *_args) -> None:
        last = self.key_label.text().rsplit("-", 1)[-1]
        typed = self.key_check.text().strip().upper()
        self.begin_button.setEnabled(self.key_saved.isChecked() and typed == last)

    def _finish(self) -> None:
        if self.begin_button.isEnabled():
            self.accept()

    def reject(self) -> None:
        if self.pages.currentIndex() == 3:
            return  # the key must be confirmed: the store exists and this is the only showing
        if self.task is not None and not self.task.finished:
            self.task.cancel()
        super().reject()
