"""The Rapportage page: preview the month's protected tables and export them.

The team lead picks a month (and, in a team without a shared database, whether to
count from the imported contributions), sees every table with hidden numbers marked,
and exports the chosen formats to a folder, which opens when the files are there.
Computing and writing run off the UI thread (``runner.py``); the page only shows
what comes back.

The preview starts as soon as the page is first shown, and again whenever the month
or the source changes (a running one is cancelled first); the month chosen last is
remembered per user. Beside it the page says whether, and how, this month was
published before, and which month was published last.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import Role
from zkijdesk.domain.text import Text
from zkijdesk.i18n import language, translate_message
from zkijdesk.reporting.publication import Publication
from zkijdesk.reporting.tables import period_label
from zkijdesk.reporting.writers.common import FORMATS
from zkijdesk.views import widgets
from zkijdesk.views.fmt import number
from zkijdesk.views.reporting.runner import ReportRunner
from zkijdesk.views.reporting.table_model import HiddenCellDelegate, PublicationTableModel
from zkijdesk.views.translations import QT_TRANSLATE_NOOP
from zkijdesk.views.workspace import Workspace

SOURCES = (
    ("opslag", QT_TRANSLATE_NOOP("ReportingPage", "Deze opslag")),
    ("bijdragen", QT_TRANSLATE_NOOP("ReportingPage", "Bijdragen van het team")),
)
#: The user's preference that remembers the month last chosen ("YYYY-MM").
MONTH_KEY = "reporting.month"


class ReportingPage(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.service = ws.services.reporting
        self.prefs = ws.services.prefs
        self.publication: Publication | None = None
        # The window's task runner, so closing the window waits for a report that is
        # still being written.
        self.runner = ReportRunner(self, ws.runner)
        self.tasks = self.runner.tasks
        self.runner.progress.connect(self._on_progress)
        self.setObjectName("reportingPage")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        title = QLabel(self.tr("Rapportage"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Geanonimiseerde maandcijfers voor de RBA en het programmateam. Kleine "
                "aantallen en alles waaruit die terug te rekenen zijn, blijven geheim (x)."
            )
        )
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)

        # What the team lead works with; a coach gets their contribution instead.
        self.lead_area = QWidget()
        lead_layout = QVBoxLayout(self.lead_area)
        lead_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lead_area, 1)
        controls = QHBoxLayout()
        self.month = QComboBox()
        self.month.setObjectName("reportMonth")
        self.month.setAccessibleName(self.tr("Verslagmaand"))
        for year, month in self.service.reportable_months():
            self.month.addItem(period_label(year, month, language()), f"{year:04d}-{month:02d}")
        self.source = QComboBox()
        self.source.setObjectName("reportSource")
        self.source.setAccessibleName(self.tr("Bron van de cijfers"))
        for code, label in SOURCES:
            self.source.addItem(self.tr(label), code)
        self.preview_button = QPushButton(self.tr("Voorbeeld berekenen"))
        self.preview_button.setObjectName("previewButton")
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.setObjectName("exportButton")
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setObjectName("cancelPreviewButton")
        self.cancel_button.setVisible(False)
        month_label = QLabel(self.tr("Maand:"))
        month_label.setBuddy(self.month)
        source_label = QLabel(self.tr("Bron:"))
        source_label.setBuddy(self.source)
        controls.addWidget(month_label)
        controls.addWidget(self.month)
        controls.addSpacing(12)
        controls.addWidget(source_label)
        controls.addWidget(self.source)
        controls.addStretch(1)
        lead_layout.addLayout(controls)
        # The formats and the buttons on a line of their own: one long row made the page
        # wider than a window at 200 % (1080p) and cut off its right side.
        actions = QHBoxLayout()
        self.formats: dict[str, QCheckBox] = {}
        for fmt in FORMATS:
            box = QCheckBox(fmt.upper())
            box.setObjectName(f"format_{fmt}")
            box.setChecked(True)
            self.formats[fmt] = box
            actions.addWidget(box)
        self.formats["html"].setToolTip(
            self.tr(
                "Toegankelijke versie voor schermlezers, met dezelfde cijfers en toelichting; "
                "gaat altijd mee met de PDF."
            )
        )
        self.formats["pdf"].toggled.connect(self._pdf_toggled)
        self._pdf_toggled(self.formats["pdf"].isChecked())
        actions.addStretch(1)
        self.contributions_button = QPushButton(self.tr("Bijdragen…"))
        self.contributions_button.setObjectName("contributionsButton")
        self.contributions_button.setToolTip(
            self.tr(
                "Voor een team zonder gedeelde database: sleutels, coaches en de "
                "bijdragen van de maand."
            )
        )
        # A team database counts the whole team itself: nobody sends contributions there.
        self.contributions_button.setVisible(not ws.actor.team)
        self.contributions_button.clicked.connect(self.open_contributions)
        actions.addWidget(self.contributions_button)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.export_button)
        lead_layout.addLayout(actions)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status van de maandcijfers"))
        status.addWidget(self.status, 1)
        status.addWidget(self.progress)
        status.addWidget(self.cancel_button)
        lead_layout.addLayout(status)
        self.previous = QLabel()
        self.previous.setObjectName("previousPublication")
        self.previous.setWordWrap(True)
        self.previous.setAccessibleName(self.tr("Eerdere publicatie"))
        lead_layout.addWidget(self.previous)

        picker = QHBoxLayout()
        self.table_choice = QComboBox()
        self.table_choice.setObjectName("tableChoice")
        self.table_choice.setAccessibleName(self.tr("Tabel"))
        self.table_choice.setMinimumWidth(380)
        table_label = QLabel(self.tr("Tabel:"))
        table_label.setBuddy(self.table_choice)
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("hiddenCount")
        picker.addWidget(table_label)
        picker.addWidget(self.table_choice, 1)
        picker.addWidget(self.hidden_label)
        lead_layout.addLayout(picker)

        self.model = PublicationTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("previewTable")
        self.view.setAccessibleName(self.tr("Voorbeeld van de tabel"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HiddenCellDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setWordWrap(True)
        lead_layout.addWidget(self.view, 1)
        legend = QLabel(
            self.tr("x (grijs) = geheim; wijs een x aan om te zien waarom. Totalen vetgedrukt.")
        )
        legend.setObjectName("pageIntro")
        lead_layout.addWidget(legend)

        self.preview_button.clicked.connect(self.start_preview)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_preview)
        self.table_choice.currentIndexChanged.connect(self._show_table)
        self.month.currentIndexChanged.connect(self._choice_changed)
        self.source.currentIndexChanged.connect(self._choice_changed)
        self._previewed_once = False
        self._preview_again = False
        self._apply_role()

    # ------------------------------------------------------------------ state
    def _apply_role(self) -> None:
        """A coach does not make the figures (a page of disabled buttons told them so);
        they see what is theirs to do: their contribution."""
        if self.allowed:
            return
        from zkijdesk.views.reporting.contribution_panel import ContributionPanel

        self.lead_area.setVisible(False)
        self.contribution = ContributionPanel(self.ws, self.runner, self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # made in __init__
        layout.insertWidget(layout.indexOf(self.lead_area), self.contribution)
        layout.addStretch(1)

    @property
    def allowed(self) -> bool:
        return self.ws.actor.role in (Role.TEAMLEAD, Role.ADMIN)

    def _busy(self, busy: bool, *, previewing: bool = False) -> None:
        """While work runs nothing starts a second one; a preview can be cancelled and
        its month changed (which cancels it and starts the new month's)."""
        for widget in (self.preview_button, self.export_button, self.contributions_button):
            widget.setEnabled(not busy)
        for choice in (self.month, self.source):
            choice.setEnabled(not busy or previewing)
        for box in self.formats.values():
            box.setEnabled(not busy)
        if not busy:
            self._pdf_toggled(self.formats["pdf"].isChecked())
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and previewing)
        self.cancel_button.setEnabled(True)
        if busy:
            # A moving bar while a step reports nothing for a while (counting 30,000
            # files takes seconds); each report shows where the work is.
            self.progress.setRange(0, 0)

    def _forget_preview(self) -> None:
        self.publication = None
        self.table_choice.clear()
        self.model.show(None, None)
        self.hidden_label.clear()

    def _pdf_toggled(self, checked: bool) -> None:
        """The PDF cannot be read by a screen reader: its HTML twin is not optional then."""
        html = self.formats["html"]
        if checked:
            html.setChecked(True)
        html.setEnabled(not checked)

    def showEvent(self, event) -> None:
        """The first time the page is seen, the remembered month's preview starts."""
        super().showEvent(event)
        if not self._previewed_once and self.allowed:
            self._previewed_once = True
            self._restore_month()
            self.start_preview()
            self._read_previous()

    def _restore_month(self) -> None:
        remembered = self.prefs.get(MONTH_KEY)
        index = self.month.findData(remembered) if remembered else -1
        if index >= 0:
            self.month.blockSignals(True)
            self.month.setCurrentIndex(index)
            self.month.blockSignals(False)

    def _choice_changed(self) -> None:
        self._forget_preview()
        if not self.allowed:
            return
        period, prefs = self.month.currentData(), self.prefs
        self.tasks.run(lambda: prefs.set(MONTH_KEY, period), serial=True)
        self._read_previous()
        if self.runner.busy:
            self._preview_again = True
            self.runner.cancel()
        else:
            self.start_preview()

    def cancel_preview(self) -> None:
        self._preview_again = False
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Voorbeeld wordt afgebroken…"))
        self.runner.cancel()

    def _preview_cancelled(self) -> None:
        self._busy(False)
        if self._preview_again:
            self._preview_again = False
            self.start_preview()
        else:
            self.status.setText(self.tr("Voorbeeld afgebroken; kies 'Voorbeeld berekenen'."))

    # ------------------------------------------------------------------ previous publications
    def _read_previous(self) -> None:
        period, service = self.month.currentData(), self.service
        if period is None:
            return
        year, month = (int(x) for x in period.split("-"))

        def read():
            chosen = service.last_publication(year, month)
            latest = next(iter(service.ledger(year) or service.ledger(year - 1)), None)
            return period, chosen, latest

        self.tasks.run(read, on_done=self._show_previous, on_error=lambda _e: None)

    def _show_previous(self, answer) -> None:
        period, chosen, latest = answer
        if period != self.month.currentData():
            return  # the month changed meanwhile; its own answer follows
        if chosen is not None:
            text = (
                self.tr(
                    "Deze maand is al gepubliceerd: versie %1 op %2 (%3), %4 geheim; "
                    "een nieuwe export wordt versie %5."
                )
                .replace("%1", str(chosen.version))
                .replace("%2", chosen.created_at.strftime("%d-%m-%Y"))
                .replace("%3", chosen.formats.replace(",", ", "))
                .replace("%4", number(chosen.suppressed_count))
                .replace("%5", str(chosen.version + 1))
            )
        else:
            text = self.tr("Deze maand is nog niet gepubliceerd.")
        if latest is not None and (chosen is None or latest.id != chosen.id):
            text += " " + self.tr("Laatst gepubliceerd: %1, versie %2 op %3.").replace(
                "%1", period_label(latest.year, latest.month, language())
            ).replace("%2", str(latest.version)).replace(
                "%3", latest.created_at.strftime("%d-%m-%Y")
            )
        self.previous.setText(text)

    def chosen_formats(self) -> list[str]:
        return [fmt for fmt, box in self.formats.items() if box.isChecked()]

    # ------------------------------------------------------------------ actions
    def start_preview(self) -> None:
        if self.runner.busy:
            return
        period, source = self.month.currentData(), self.source.currentData()
        service = self.service  # the work runs on a worker: it gets no widget, only this
        self._busy(True, previewing=True)
        self.status.setText(self.tr("Voorbeeld wordt berekend…"))
        self.runner.start(
            lambda progress: service.preview(period, source, progress),
            self._on_preview,
            self._on_error,
            on_cancel=self._preview_cancelled,
            label=self.tr("Voorbeeld maandcijfers"),
        )

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de maandcijfers"), widgets.documents_folder()
        )

    def start_export(self) -> None:
        formats = self.chosen_formats()
        if not formats:
            self.status.setText(self.tr("Kies ten minste één formaat."))
            return
        folder = self.choose_folder()
        if not folder:
            return
        period, source = self.month.currentData(), self.source.currentData()
        service = self.service
        self._busy(True)
        self.status.setText(self.tr("Maandcijfers worden gemaakt…"))
        self.runner.start(
            lambda progress: service.export(period, folder, formats, source, progress),
            self._on_exported,
            self._on_error,
        )

    def open_contributions(self) -> None:
        from zkijdesk.views.reporting.contributions_dialog import ContributionsDialog

        dialog = ContributionsDialog(self.ws, self.month.currentData(), self)
        self.show_dialog(dialog)
        if dialog.imported and self.source.currentData() == "bijdragen":
            self._choice_changed()  # counts the month again, with what came in

    def show_dialog(self, dialog: QDialog) -> None:
        """Modal; tests drive the dialog without the modal loop."""
        dialog.exec()
        dialog.deleteLater()

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ results
    def _on_progress(self, percent: int, message: str | Text) -> None:
        self.status.setText(f"{translate_message(message)} ({percent} %)")

    def _on_preview(self, publication: Publication) -> None:
        self._busy(False)
        self.show_publication(publication)

    def show_publication(self, publication: Publication) -> None:
        self.publication = publication
        audit = publication.audit
        self.status.setText(
            self.tr("Controle geslaagd · %1 van %2 cijfers geheim · drempel %3")
            .replace("%1", number(audit.suppressed))
            .replace("%2", number(len(publication.values)))
            .replace("%3", str(publication.threshold))
        )
        self.table_choice.blockSignals(True)
        self.table_choice.clear()
        for table in publication.tables:
            self.table_choice.addItem(table.en if language() == "en" else table.nl, table.id)
        self.table_choice.blockSignals(False)
        self._show_table(0)

    def _show_table(self, index: int) -> None:
        if self.publication is None or index < 0:
            return
        table = self.publication.table(self.table_choice.itemData(index))
        self.model.show(self.publication, table)
        self.hidden_label.setText(
            self.tr("%1 geheim in deze tabel").replace("%1", number(self.model.hidden_count()))
        )

    def _on_exported(self, result) -> None:
        self._busy(False)
        self._read_previous()
        self.status.setText(
            self.tr("Maandcijfers %1 geschreven (versie %2); controle geslaagd, %3 geheim.")
            .replace("%1", result.period)
            .replace("%2", str(result.version))
            .replace("%3", number(result.audit.suppressed))
        )
        self.open_folder(result.folder)

    def _on_error(self, message: str) -> None:  # already in the interface language
        self._busy(False)
        self.status.setText(message)
