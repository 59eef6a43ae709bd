"""The team lead's side of contributions, for a team without a shared database.

The coaches make their contributions on their own Rapportage page
(``contribution_panel.py``); the team lead makes the key they seal for, registers each
coach's key once, and imports the month's files, seeing who is still missing. Until now
each of those was a command; here they sit in one dialog beside the month's figures.
Whatever writes runs on a worker; the lists are read again when it is back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.i18n import translate_message
from zkijdesk.services.reporting_contributions import (
    ContributionStatus,
    ContributorView,
    ImportResult,
    KeyInfo,
)
from zkijdesk.views import feedback, widgets
from zkijdesk.views.fmt import month as month_name
from zkijdesk.views.workspace import Workspace

KEY_FILTER = "JSON (*.json)"


class ContributionsDialog(QDialog):
    def __init__(self, ws: Workspace, period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionsDialog")
        self.setWindowTitle(self.tr("Bijdragen van het team"))
        self.ws, self.period = ws, period
        self.service = ws.services.contributions
        self.imported = False
        """Whether a contribution came in: the page then counts the month again."""
        layout = QVBoxLayout(self)

        layout.addWidget(widgets.label(self.tr("Uw teamleidersleutel"), "sectionTitle"))
        self.key_state = widgets.label(wrap=True)
        self.key_state.setObjectName("teamLeadKeyState")
        self.make_key = widgets.button(self.tr("Sleutel maken"), on_click=self.create_key)
        self.make_key.setObjectName("makeTeamKeyButton")
        self.save_key = widgets.button(
            self.tr("Sleutel opslaan voor de coaches…"), on_click=self.save_key_file
        )
        self.save_key.setObjectName("saveTeamKeyButton")
        layout.addLayout(widgets.stretch_row(self.key_state, self.make_key, self.save_key))

        layout.addWidget(widgets.label(self.tr("Coaches die bijdragen"), "sectionTitle"))
        self.contributors = QListWidget()
        self.contributors.setObjectName("contributorList")
        self.contributors.setAccessibleName(self.tr("Geregistreerde coaches"))
        register = widgets.button(self.tr("Coach registreren…"), on_click=self.register)
        register.setObjectName("registerContributorButton")
        layout.addWidget(self.contributors)
        layout.addLayout(widgets.stretch_row(widgets.label(), register))

        layout.addWidget(
            widgets.label(
                self.tr("Bijdragen van %1").replace("%1", month_name(period)), "sectionTitle"
            )
        )
        self.month_state = widgets.label(wrap=True)
        self.month_state.setObjectName("contributionMonthState")
        import_button = widgets.button(
            self.tr("Bijdragen importeren…"), primary=True, on_click=self.import_files
        )
        import_button.setObjectName("importContributionsButton")
        layout.addLayout(widgets.stretch_row(self.month_state, import_button))
        self.status = widgets.label(wrap=True)
        self.status.setObjectName("contributionsStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.refresh()

    # ------------------------------------------------------------------ dialogs
    def choose_key_target(self) -> str:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Sleutel voor de coaches"),
            str(Path(widgets.documents_folder()) / "teamleider-sleutel.json"),
            KEY_FILTER,
        )
        return chosen

    def choose_coach_key(self) -> str:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Sleutel van een coach"), widgets.documents_folder(), KEY_FILTER
        )
        return chosen

    def choose_contributions(self) -> list[str]:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Bijdragen importeren"),
            widgets.documents_folder(),
            self.tr("Bijdragen (*.zkb)"),
        )
        return chosen

    # ------------------------------------------------------------------ state
    def refresh(self, then_say: str = "") -> None:
        """Read the key, the coaches and the month's state on a worker; ``then_say``
        shows in the status line once they are shown."""
        service, period = self.service, self.period
        self._then_say = then_say
        self.ws.runner.run(
            lambda: (service.team_key_if_any(), service.contributors(), service.status(period)),
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, read: tuple[KeyInfo | None, list[ContributorView], ContributionStatus]) -> None:
        key, members, state = read
        if self._then_say:
            self.status.setText(self._then_say)
        if key is None:
            self.key_state.setText(
                self.tr("Nog geen sleutel: maak er een en geef die aan de coaches.")
            )
        else:
            self.key_state.setText(
                self.tr("Vingerafdruk %1; laat coaches die telefonisch vergelijken.").replace(
                    "%1", key.fingerprint
                )
            )
        self.make_key.setVisible(key is None)
        self.save_key.setVisible(key is not None)
        self.contributors.clear()
        for member in members:
            if member.active:
                self.contributors.addItem(f"{member.name} · {member.fingerprint}")
        received = ", ".join(name for name, _made, _imported in state.received)
        if not state.received and not state.missing:
            self.month_state.setText(
                self.tr("Nog geen coach geregistreerd: registreer eerst hun sleutels.")
            )
            return
        self.month_state.setText(
            self.tr("Ontvangen: %1. Ontbreekt nog: %2.")
            .replace("%1", received or self.tr("geen"))
            .replace("%2", ", ".join(state.missing) or self.tr("niemand"))
        )

    # ------------------------------------------------------------------ steps
    def create_key(self) -> None:
        service = self.service
        self._run(service.create_team_key, lambda _info: self._done(self.tr("Sleutel gemaakt.")))

    def save_key_file(self) -> None:
        chosen = self.choose_key_target()
        if chosen:
            service = self.service
            self._run(
                lambda: service.save_team_key(chosen),
                lambda _info: self._done(
                    self.tr("Sleutel opgeslagen in %1; geef het bestand aan de coaches.").replace(
                        "%1", Path(chosen).name
                    )
                ),
            )

    def register(self) -> None:
        chosen = self.choose_coach_key()
        if chosen:
            service = self.service
            self._run(
                lambda: service.register_contributor_file(chosen),
                lambda view: self._done(
                    self.tr("%1 geregistreerd; vingerafdruk %2.")
                    .replace("%1", view.name)
                    .replace("%2", view.fingerprint)
                ),
            )

    def import_files(self) -> None:
        chosen = self.choose_contributions()
        if chosen:
            service = self.service
            self._run(lambda: _import_each(service.import_contribution, chosen), self._imported)

    def _imported(self, outcomes: list[tuple[str, ImportResult | str]]) -> None:
        lines = []
        for name, outcome in outcomes:
            if isinstance(outcome, ImportResult):
                self.imported = True
                lines.append(
                    self.tr("%1: bijdrage van %2 voor %3 geïmporteerd.")
                    .replace("%1", name)
                    .replace("%2", outcome.contributor)
                    .replace("%3", month_name(outcome.period))
                )
            else:
                lines.append(f"{name}: {outcome}")
        self._done("\n".join(lines))

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(False)
        self.ws.runner.run(work, on_done=on_done, on_error=self._failed, serial=True)

    def _done(self, text: str) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(True)
        self.refresh(then_say=text)

    def _failed(self, exc: BaseException) -> None:
        for button in self.findChildren(QPushButton):
            button.setEnabled(True)
        self.status.setText(feedback.message(exc))


def _import_each(
    read: Callable[[str], ImportResult], paths: list[str]
) -> list[tuple[str, ImportResult | str]]:
    """Every file on its own: one refused file does not stop the others (each is its own
    transaction), and its sentence names what is wrong with it."""
    from zkijdesk.domain.errors import ZkijdeskError

    outcomes: list[tuple[str, ImportResult | str]] = []
    for path in paths:
        try:
            outcomes.append((Path(path).name, read(path)))
        except ZkijdeskError as exc:
            outcomes.append((Path(path).name, translate_message(exc.text)))
    return outcomes
