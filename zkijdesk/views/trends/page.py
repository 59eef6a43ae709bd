"""The trends dashboard: the team's figures as pictures, for a team lead and the admin.

Everything is counted once, off the UI thread, when the page is first shown (or on
"Vernieuwen"); choosing another indicator, split or period only redraws from what
the service returned. The page says plainly that these are internal figures with
small numbers, and that figures for outside the team come from Rapportage.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import Role
from zkijdesk.i18n import language
from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE
from zkijdesk.reporting.indicators import BY_CODE, INDICATORS
from zkijdesk.services import trends_export
from zkijdesk.services.changes import NOTHING, Written
from zkijdesk.services.trends import (
    MAX_AIM,
    SPLIT_GROUP,
    SPLIT_MUNICIPALITY,
    SPLIT_SECTOR,
    SPLIT_TOTAL,
    STEP_6M,
    STEP_12M,
    STEP_INTAKE,
    STEP_PLACEMENT,
    STEP_TRAINING,
    Trends,
    split_applies,
)
from zkijdesk.views import feedback, fmt, widgets
from zkijdesk.views.tasks import Task
from zkijdesk.views.trends.charts import Chart, FunnelChart, Line, LineChart, Step, png_bytes
from zkijdesk.views.workspace import Workspace

FORMATS = ("png", "svg", "xlsx")


def _locale() -> QLocale:
    if language() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def month_label(year: int, month: int, long: bool = False) -> str:
    """'nov. '24' on the axis, 'november 2024' in tooltips and files."""
    return _locale().toString(QDate(year, month, 1), "MMMM yyyy" if long else "MMM ''yy")


class AimDialog(QDialog):
    """The admin enters the region's placement aim for a year (0 to 1,000,000)."""

    def __init__(self, year: int, aims: dict[int, int], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("aimDialog")
        self.setWindowTitle(self.tr("Streefcijfer plaatsingen"))
        self.aims = aims
        column = QVBoxLayout(self)
        column.addWidget(
            widgets.label(
                self.tr(
                    "Het aantal plaatsingen dat de regio zich voor een jaar ten doel stelt. "
                    "Het dashboard zet de plaatsingen van het team ertegen af."
                ),
                wrap=True,
            )
        )
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("Jaar"))
        self.aim = QSpinBox()
        self.aim.setRange(0, MAX_AIM)
        self.aim.setGroupSeparatorShown(True)
        self.aim.setAccessibleName(self.tr("Streefcijfer plaatsingen"))
        self.year.valueChanged.connect(self._year_changed)
        column.addWidget(widgets.Field(self.tr("Jaar"), self.year))
        column.addWidget(widgets.Field(self.tr("Streefcijfer plaatsingen"), self.aim))
        self._year_changed(year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.clear_button = buttons.addButton(
            self.tr("Streefcijfer wissen"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.clear_button.clicked.connect(self._clear)
        self.cleared = False
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _year_changed(self, year: int) -> None:
        self.aim.setValue(self.aims.get(year, 0))

    def _clear(self) -> None:
        self.cleared = True
        self.accept()

    def chosen(self) -> tuple[int, int | None]:
        return self.year.value(), None if self.cleared else self.aim.value()


class ChartCard(QFrame):
    """A chart with its three export buttons beneath it."""

    def __init__(
        self,
        chart: Chart,
        export: Callable[[Chart, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.chart = chart
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(6)
        column.addWidget(chart, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons = {}
        for kind, text in (
            ("png", self.tr("Afbeelding (PNG)…")),
            ("svg", self.tr("Tekening (SVG)…")),
            ("xlsx", self.tr("Cijfers (XLSX)…")),
        ):
            button = widgets.button(
                text, icon_name="download", flat=True, on_click=partial(export, chart, kind)
            )
            button.setObjectName(f"{chart.objectName()}_{kind}")
            button.setEnabled(False)  # until there is something to save
            self.buttons[kind] = button
            row.addWidget(button)
        column.addLayout(row)


class TrendsPage(QWidget):
    def __init__(self, ws: Workspace, window) -> None:
        super().__init__(window)
        self.setObjectName("trendsDashboard")
        self.ws = ws
        self.window_ = window
        self.service = ws.services.trends
        self.trends: Trends | None = None
        self.task: Task | None = None
        self._loaded = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("trendsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("trendsContent")
        scroll.setWidget(content)
        column = QVBoxLayout(content)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(14)
        column.addWidget(
            widgets.page_header(
                self.tr("Trends"),
                self.tr("De cijfers van het team over de laatste 24 maanden, in beeld."),
            )
        )
        self.internal = widgets.Banner()
        self.internal.setObjectName("internalNotice")
        self.internal.show_message(
            self.tr(
                "Interne teamcijfers: ook kleine aantallen staan erin, zonder geheimhouding. "
                "Deel grafieken en bestanden hieruit alleen binnen het team. Cijfers die het "
                "team verlaten, maakt u bij Rapportage: de maandcijfers houden kleine aantallen "
                "geheim."
            ),
            "warning",
        )
        column.addWidget(self.internal)
        self.banner = widgets.Banner()
        column.addWidget(self.banner)

        controls = QHBoxLayout()
        controls.setSpacing(10)
        self.indicator = QComboBox()
        self.indicator.setObjectName("trendIndicator")
        self.indicator.setAccessibleName(self.tr("Indicator"))
        for ind in INDICATORS:
            self.indicator.addItem(ind.en if language() == "en" else ind.nl, ind.code)
        self.split = QComboBox()
        self.split.setObjectName("trendSplit")
        self.split.setAccessibleName(self.tr("Verdeling"))
        for code, text in (
            (SPLIT_TOTAL, self.tr("Totaal")),
            (SPLIT_SECTOR, self.tr("Per focussector")),
            (SPLIT_GROUP, self.tr("Per focusdoelgroep van het jaar")),
            (SPLIT_MUNICIPALITY, self.tr("Per gemeente")),
        ):
            self.split.addItem(text, code)
        self.mode = QComboBox()
        self.mode.setObjectName("trendMode")
        self.mode.setAccessibleName(self.tr("Periode"))
        self.mode.addItem(self.tr("Per maand"), MONTH)
        self.mode.addItem(self.tr("Jaar tot en met de maand"), YEAR_TO_DATE)
        for combo in (self.indicator, self.split, self.mode):
            # Narrow windows (200 %) shrink the box, not the page: the open list stays wide.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.currentIndexChanged.connect(self.redraw)
        controls.addWidget(widgets.Field(self.tr("Indicator"), self.indicator), 3)
        controls.addWidget(widgets.Field(self.tr("Verdeling"), self.split), 3)
        controls.addWidget(widgets.Field(self.tr("Periode"), self.mode), 2)
        column.addLayout(controls)
        actions = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        if ws.actor.role is Role.ADMIN:
            self.aim_button = widgets.button(
                self.tr("Streefcijfers…"), icon_name="tag", on_click=self.edit_aims
            )
            self.aim_button.setObjectName("aimButton")
            actions.addWidget(self.aim_button)
        self.refresh_button = widgets.button(
            self.tr("Vernieuwen"), icon_name="refresh", on_click=self.refresh
        )
        actions.addWidget(self.refresh_button)
        column.addLayout(actions)

        self.trend_chart = LineChart("trendChart")
        self.funnel_chart = FunnelChart("funnelChart")
        self.aim_chart = LineChart("aimChart")
        self.cards = {}
        for chart in (self.trend_chart, self.funnel_chart, self.aim_chart):
            card = ChartCard(chart, self.export)
            self.cards[chart.objectName()] = card
            column.addWidget(card)
        column.addStretch(1)

    # ------------------------------------------------------------------ data
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        service = self.service
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("De cijfers van 24 maanden worden geteld…"))
        self.task = self.ws.runner.run(
            lambda progress, token: service.trends(progress, token),
            on_done=self._show,
            on_error=self._failed,
            on_cancel=self._cancelled,
            label=self.tr("Trends berekenen"),
            cancellable=True,
            with_progress=True,
        )

    def _show(self, trends: Trends) -> None:
        self.trends = trends
        self.refresh_button.setEnabled(True)
        self.banner.hide()
        first, last = trends.months[0], trends.months[-1]
        self.status.setText(
            self.tr("%1 tot en met %2, geteld op %3 met de telregels van de maandcijfers.")
            .replace("%1", month_label(*first, long=True))
            .replace("%2", month_label(*last, long=True))
            .replace("%3", fmt.day(trends.computed_on))
        )
        self.redraw()
        self._draw_funnel(trends)
        self._draw_aims(trends)
        for card in self.cards.values():
            for button in card.buttons.values():
                button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        self.banner.show_message(feedback.message(exc), "danger")

    def _cancelled(self) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("Berekenen afgebroken."))
        self._loaded = False

    # ------------------------------------------------------------------ charts
    def _period(self, trends: Trends) -> str:
        return (
            f"{month_label(*trends.months[0], long=True)} – "
            f"{month_label(*trends.months[-1], long=True)}"
        )

    def _internal_note(self) -> str:
        return self.tr("Intern: niet beveiligd tegen onthulling, niet publiceren.")

    def redraw(self) -> None:
        trends = self.trends
        if trends is None:
            return
        indicator = BY_CODE[self.indicator.currentData()]
        split, mode = self.split.currentData(), self.mode.currentData()
        name = indicator.en if language() == "en" else indicator.nl
        period = self.tr("per maand") if mode == MONTH else self.tr("jaar tot en met de maand")
        self.trend_chart.set_texts(
            f"{name}, {period}",
            f"{self.split.currentText()} · {self._period(trends)}",
            self._internal_note(),
        )
        self.trend_chart.empty_text = (
            self.tr(
                "Werkgevers en vacatures hebben geen focusdoelgroep; kies een andere verdeling."
            )
            if not split_applies(indicator, split)
            else self.tr("Geen cijfers.")
        )
        english = language() == "en"
        lines = [
            Line(s.label_en if english else s.label, s.values)
            for s in trends.lines(indicator.code, split, mode)
        ]
        self.trend_chart.set_data(
            [month_label(*k) for k in trends.months],
            [month_label(*k, long=True) for k in trends.months],
            lines,
        )

    def _draw_funnel(self, trends: Trends) -> None:
        names = {
            STEP_INTAKE: self.tr("Intake"),
            STEP_TRAINING: self.tr("Scholing gestart"),
            STEP_PLACEMENT: self.tr("Geplaatst"),
            STEP_6M: self.tr("Werkt na 6 maanden nog"),
            STEP_12M: self.tr("Werkt na 12 maanden nog"),
        }
        steps, rows = [], []
        for step in trends.funnel:
            details = []
            if step.days_from_previous is not None:
                details.append(
                    self.tr("mediaan %1 dagen na de vorige stap").replace(
                        "%1", str(step.days_from_previous)
                    )
                )
            if step.days_from_intake is not None and step.code != STEP_TRAINING:
                details.append(
                    self.tr("%1 dagen na intake").replace("%1", str(step.days_from_intake))
                )
            if step.code in (STEP_6M, STEP_12M):
                details.append(
                    self.tr("bij %1 plaatsingen is de controle nog niet aan de beurt").replace(
                        "%1", fmt.number(step.not_yet_due)
                    )
                )
            steps.append(Step(names[step.code], step.count, ", ".join(details)))
            rows.append(
                [
                    names[step.code],
                    step.count,
                    step.days_from_previous,
                    step.days_from_intake,
                    step.not_yet_due if step.code in (STEP_6M, STEP_12M) else None,
                ]
            )
        self.funnel_chart.set_texts(
            self.tr("Van intake naar duurzaam werk"),
            self.tr("Routes met een intake in %1").replace("%1", self._period(trends)),
            self._internal_note(),
        )
        self.funnel_chart.empty_text = self.tr("Geen routes met een intake in deze periode.")
        self.funnel_chart.set_data(
            steps,
            [
                self.tr("Stap"),
                self.tr("Routes"),
                self.tr("Mediaan dagen na de vorige stap"),
                self.tr("Mediaan dagen na intake"),
                self.tr("Controle nog niet aan de beurt"),
            ],
            rows,
        )

    def _draw_aims(self, trends: Trends) -> None:
        months = [_locale().toString(QDate(2000, k, 1), "MMM") for k in range(1, 13)]
        long_months = [_locale().toString(QDate(2000, k, 1), "MMMM") for k in range(1, 13)]
        lines, summary = [], []
        for aim_year in trends.aims:
            lines.append(
                Line(
                    self.tr("Plaatsingen %1").replace("%1", str(aim_year.year)),
                    aim_year.year_to_date,
                )
            )
        for index, aim_year in enumerate(trends.aims):
            if aim_year.aim is None:
                continue
            lines.append(
                Line(
                    self.tr("Streefcijfer %1 naar rato").replace("%1", str(aim_year.year)),
                    tuple(round(aim_year.aim * k / 12) for k in range(1, 13)),
                    dashed=True,
                    colour=index,
                )
            )
            done = aim_year.year_to_date[-1] if aim_year.year_to_date else 0
            summary.append(
                self.tr("%1: %2 van %3 (%4 %)")
                .replace("%1", str(aim_year.year))
                .replace("%2", fmt.number(done))
                .replace("%3", fmt.number(aim_year.aim))
                .replace("%4", str(round(100 * done / aim_year.aim)) if aim_year.aim else "—")
            )
        subtitle = (
            "; ".join(summary)
            if summary
            else self.tr("Nog geen streefcijfer ingevoerd; de functioneel beheerder voert het in.")
        )
        self.aim_chart.set_texts(
            self.tr("Plaatsingen tegen het streefcijfer van de regio"),
            subtitle,
            self._internal_note(),
        )
        self.aim_chart.set_data(months, long_months, lines)

    # ------------------------------------------------------------------ aims
    def edit_aims(self) -> None:
        service = self.service
        self.ws.runner.run(service.placement_aims, on_done=self._ask_aim, on_error=self._failed)

    def _ask_aim(self, aims: dict[int, int]) -> None:
        year = self.trends.months[-1][0] if self.trends else self.ws.today().year
        self.dialog = AimDialog(year, aims, self)
        self.dialog.accepted.connect(lambda: self._save_aim(*self.dialog.chosen()))
        self.dialog.open()

    def _save_aim(self, year: int, aim: int | None) -> None:
        service = self.service
        self.ws.runner.write(
            lambda: Written(service.set_placement_aim(year, aim), NOTHING),
            on_done=lambda _aims: self.refresh(),
            on_error=self._failed,
        )

    # ------------------------------------------------------------------ export
    def ask_target(self, chart: Chart, kind: str) -> Path | None:
        filters = {
            "png": self.tr("PNG-afbeelding (*.png)"),
            "svg": self.tr("SVG-tekening (*.svg)"),
            "xlsx": self.tr("Excel-werkmap (*.xlsx)"),
        }
        suggested = Path.home() / f"{chart.objectName()}-{date.today():%Y-%m-%d}.{kind}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Grafiek bewaren"), str(suggested), filters[kind]
        )
        if not path:
            return None
        target = Path(path)
        return target if target.suffix.lower() == f".{kind}" else target.with_suffix(f".{kind}")

    def export(self, chart: Chart, kind: str) -> None:
        if self.trends is None:
            return
        target = self.ask_target(chart, kind)
        if target is None:
            return
        if kind == "png":
            image = chart.export_image()

            def work():
                return trends_export.write_file(target, png_bytes(image))
        elif kind == "svg":
            data = chart.svg_bytes()

            def work():
                return trends_export.write_file(target, data)
        else:
            headers, rows = chart.table()
            notes = [chart.subtitle, self._internal_note(), self.internal.text.text()]
            title = chart.title

            def work():
                workbook = trends_export.chart_workbook(title, notes, headers, rows)
                return trends_export.write_file(target, workbook)

        window = self.window_
        self.ws.runner.run(
            work,
            on_done=lambda path: window.statusBar().showMessage(
                self.tr("Grafiek bewaard als %1").replace("%1", path.name), 10000
            ),
            on_error=lambda exc: feedback.show_error(self, exc),
            serial=True,
        )
