"""A coach's part in the monthly figures, on the Rapportage page.

In a team without a shared database each coach sends the team lead a sealed file of
counts every month (docs/reporting.md, "Bijdragen"). Until now that was three commands
on the command line; here it is the same three steps with buttons: read the team
lead's key (trusted only once the coach confirms its fingerprint, compared by
phone), save one's own key for the team
lead once, and make a month's contribution. On a team database the team lead counts
the whole team from the server, and the panel says that nothing is needed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from zkijdesk.i18n import language
from zkijdesk.reporting.tables import period_label
from zkijdesk.services.reporting_contributions import KeyInfo
from zkijdesk.views import widgets
from zkijdesk.views.reporting.runner import ReportRunner, Work
from zkijdesk.views.workspace import Workspace

KEY_FILTER = "JSON (*.json)"


class ContributionPanel(QWidget):
    def __init__(self, ws: Workspace, runner: ReportRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionPanel")
        self.service = ws.services.contributions
        self.runner = runner
        frame, layout = widgets.card()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addWidget(
            widgets.label(self.tr("Uw bijdrage aan de maandcijfers"), "sectionTitle", wrap=True)
        )
        if ws.actor.team:
            layout.addWidget(
                widgets.label(
                    self.tr(
                        "De teamleider telt de maandcijfers van het hele team uit de "
                        "teamdatabase. U hoeft niets aan te leveren."
                    ),
                    wrap=True,
                )
            )
            self.team_key_state = self.make_button = None
            return
        layout.addWidget(
            widgets.label(
                self.tr(
                    "Werkt uw team zonder gedeelde database, dan telt de teamleider de "
                    "maandcijfers uit de bijdragen van alle coaches. Een bijdrage bevat alleen "
                    "aantallen, geen namen of data, en alleen de teamleider kan hem openen."
                ),
                "muted",
                wrap=True,
            )
        )

        self.team_key_state = widgets.label(wrap=True)
        self.team_key_state.setObjectName("teamKeyState")
        trust = widgets.button(
            self.tr("Sleutel van de teamleider inlezen…"), on_click=self.read_team_key
        )
        trust.setObjectName("trustTeamKeyButton")
        layout.addLayout(widgets.stretch_row(self.team_key_state, trust))

        own = widgets.label(
            self.tr("Uw eigen sleutel geeft u één keer aan de teamleider."), wrap=True
        )
        save = widgets.button(self.tr("Uw sleutel opslaan…"), on_click=self.save_my_key)
        save.setObjectName("saveMyKeyButton")
        layout.addLayout(widgets.stretch_row(own, save))

        self.month = QComboBox()
        self.month.setObjectName("contributionMonth")
        self.month.setAccessibleName(self.tr("Maand van de bijdrage"))
        for year, month in ws.services.reporting.reportable_months():
            self.month.addItem(period_label(year, month, language()), f"{year:04d}-{month:02d}")
        self.make_button = widgets.button(
            self.tr("Bijdrage maken…"), primary=True, on_click=self.make_contribution
        )
        self.make_button.setObjectName("makeContributionButton")
        month_row = QHBoxLayout()
        month_label = widgets.label(self.tr("Maand:"))
        month_label.setBuddy(self.month)
        month_row.addWidget(month_label)
        month_row.addWidget(self.month)
        month_row.addStretch(1)
        month_row.addWidget(self.make_button)
        layout.addLayout(month_row)
        self.status = widgets.label(wrap=True)
        self.status.setObjectName("contributionStatus")
        layout.addWidget(self.status)
        self.trusted: KeyInfo | None = None
        service = self.service
        self._start(lambda _progress: service.trusted_team_key(), self._show_team_key)

    # ------------------------------------------------------------------ dialogs
    def choose_team_key(self) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Sleutel van de teamleider"), widgets.documents_folder(), KEY_FILTER
        )
        return chosen

    def choose_my_key_file(self) -> str:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Uw sleutel voor de teamleider"),
            str(Path(widgets.documents_folder()) / "mijn-sleutel.json"),
            KEY_FILTER,
        )
        return chosen

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de bijdrage"), widgets.documents_folder()
        )

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ steps
    # Each step writes to the store or a file, so each runs off the UI thread, one at a
    # time, with the buttons held until it is back.
    def confirm_fingerprint(self, info: KeyInfo) -> bool:
        """Whether the coach heard exactly this fingerprint from the team lead. Anyone
        can make a key file with the team lead's name on it; whoever made the one a
        coach trusts can open every contribution the coach sends."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sleutel van de teamleider"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "Sleutel van %2. Noemt de teamleider precies deze vingerafdruk?<br><br>"
                "<span style='font-family: monospace; font-size: x-large'><b>%1</b></span>"
            )
            .replace("%1", info.fingerprint)
            .replace("%2", html.escape(info.label))
        )
        box.setInformativeText(
            self.tr(
                "Vergelijk hem telefonisch of in persoon, niet per e-mail. Klopt hij niet, "
                "lees de sleutel dan niet in."
            )
        )
        yes = box.addButton(self.tr("Ja, sleutel vertrouwen"), QMessageBox.ButtonRole.AcceptRole)
        # Enter must not trust a key nobody compared.
        box.setDefaultButton(
            box.addButton(self.tr("Nee, niet inlezen"), QMessageBox.ButtonRole.RejectRole)
        )
        box.exec()
        return box.clickedButton() is yes

    def read_team_key(self) -> None:
        chosen = self.choose_team_key()
        if chosen:
            service = self.service
            self._start(lambda _progress: service.read_team_key_file(chosen), self._read)

    def _read(self, info: KeyInfo) -> None:
        if not self.confirm_fingerprint(info):
            self.status.setText(
                self.tr(
                    "Sleutel niet ingelezen. Vraag de teamleider om de juiste sleutel en "
                    "de vingerafdruk."
                )
            )
            return
        service = self.service
        self._start(
            lambda _progress: service.trust_team_key(info.file_bytes, info.fingerprint),
            self._trusted,
        )

    def _trusted(self, info: KeyInfo) -> None:
        self._show_team_key(info)
        self.status.setText(self.tr("Sleutel van de teamleider ingelezen."))

    def save_my_key(self) -> None:
        chosen = self.choose_my_key_file()
        if chosen:
            service = self.service
            self._start(lambda _progress: (Path(chosen), service.save_my_key(chosen)), self._saved)

    def _saved(self, result: tuple[Path, KeyInfo]) -> None:
        path, info = result
        self.status.setText(
            self.tr("Uw sleutel staat in %1; vingerafdruk %2. Geef het bestand aan de teamleider.")
            .replace("%1", path.name)
            .replace("%2", info.fingerprint)
        )

    def make_contribution(self) -> None:
        folder = self.choose_folder()
        if folder:
            period, service = self.month.currentData(), self.service
            self.status.setText(self.tr("Bijdrage wordt gemaakt…"))
            self._start(lambda _progress: service.make_contribution(period, folder), self._made)

    def _made(self, path: Path) -> None:
        self.status.setText(
            self.tr("Bijdrage geschreven: %1. Stuur het bestand naar de teamleider.").replace(
                "%1", path.name
            )
        )
        self.open_folder(path.parent)

    def _start(self, work: Work, on_done: Callable[[Any], None]) -> None:
        if self.runner.busy:  # the page's preview or export is not a coach's; a step is
            return
        self._hold(True)
        self._then = on_done
        # Bound methods: the runner holds them weakly, so a panel closed mid-step is
        # not kept alive (nor called) by its own callback.
        self.runner.start(
            work,
            self._finished,
            self._failed,
            failure=self.tr(
                "Er ging onverwacht iets mis bij deze stap; probeer het opnieuw. Het "
                "logboek van zkijdesk zegt wat er misging."
            ),
        )

    def _finished(self, result: object) -> None:
        self._hold(False)
        self._then(result)

    def _failed(self, message: str) -> None:  # already in the interface language
        self._hold(False)
        self.status.setText(message)

    def _hold(self, busy: bool) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(not busy)
        if not busy:
            self._show_team_key(self.trusted)

    def _show_team_key(self, info: KeyInfo | None) -> None:
        assert self.team_key_state is not None and self.make_button is not None
        if info is None:
            self.team_key_state.setText(
                self.tr("Nog geen sleutel van de teamleider: lees die eerst in.")
            )
        else:
            self.team_key_state.setTextFormat(Qt.TextFormat.PlainText)  # the file's words
            self.team_key_state.setText(
                self.tr("Sleutel van %1, vingerafdruk %2.")
                .replace("%1", info.label)
                .replace("%2", info.fingerprint)
            )
        self.trusted = info
        self.make_button.setEnabled(info is not None and self.month.count() > 0)
