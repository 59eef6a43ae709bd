"""Route: the current route as a timeline, its actions, and the earlier routes below.

Intake, guidance, trainings, placements with their follow-ups and the closing are
shown in date order along a line, each with its dates, status and outcome, and each
step editable where the services allow it. Earlier routes of the same person are
listed underneath, read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import ClassVar

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from zkijdesk.domain.enums import TrainingResult
from zkijdesk.services import dto
from zkijdesk.services.changes import Changes, Written
from zkijdesk.views import fmt, labels, style, widgets
from zkijdesk.views.client_file.step_dialogs import (
    CloseRouteDialog,
    EndPlacementDialog,
    FollowUpDialog,
    GuidanceDialog,
    PlacementDialog,
    RouteDialog,
    TrainingDialog,
    describe_dates,
)
from zkijdesk.views.icons import icon
from zkijdesk.views.workspace import Workspace


@dataclass
class Step:
    when: date | None
    kind: str  # intake, guidance, training, placement, closed
    title: str
    lines: list[str]
    chip: tuple[str, str] | None = None
    actions: list | None = None
    extra: QWidget | None = None


class TimelineRow(QWidget):
    """One step: a dot on the line at the left, a card at the right."""

    TONES: ClassVar[dict[str, str]] = {
        "intake": "accent",
        "guidance": "accent",
        "training": "warning",
        "placement": "success",
        "closed": "muted",
    }

    def __init__(self, step: Step, last: bool) -> None:
        super().__init__()
        self.tone = self.TONES.get(step.kind, "accent")
        self.last = last
        row = QHBoxLayout(self)
        row.setContentsMargins(34, 0, 0, 10)
        frame, column = widgets.card(margins=12, spacing=4)
        head = QHBoxLayout()
        head.setSpacing(8)
        when = widgets.label(fmt.day(step.when) if step.when else "—", "muted")
        when.setMinimumWidth(86)
        head.addWidget(when)
        title = widgets.label(step.title, "sectionTitle")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(title)
        if step.chip:
            head.addWidget(widgets.Chip(*step.chip))
        head.addStretch(1)
        for action in step.actions or []:
            head.addWidget(action)
        column.addLayout(head)
        for line in step.lines:
            if line:
                text = widgets.label(line, "muted", wrap=True)
                text.setContentsMargins(94, 0, 0, 0)
                column.addWidget(text)
        if step.extra is not None:
            column.addWidget(step.extra)
        row.addWidget(frame)
        self.setAccessibleName(f"{step.title} {fmt.day(step.when) if step.when else ''}")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        theme = style.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 14
        painter.setPen(QPen(QColor(theme.border), 2))
        bottom = self.height() if not self.last else 22
        painter.drawLine(QPoint(x, 0), QPoint(x, bottom))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(getattr(theme, self.tone)))
        painter.drawEllipse(QRect(x - 6, 16, 12, 12))
        painter.setBrush(QColor(theme.surface))
        painter.drawEllipse(QRect(x - 3, 19, 6, 6))


class RouteTab(QWidget):
    changed = Signal()

    def __init__(self, ws: Workspace, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routeTab")
        self.ws = ws
        self.client_id = client_id
        self.routes: list[dto.RouteView] = []
        self.employers: dict[int, str] = {}
        self.coaches: dict[int, str] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget()
        scroll.setWidget(self.body)
        outer.addWidget(scroll)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(4, 14, 4, 14)
        self.column.setSpacing(10)

    @property
    def current(self) -> dto.RouteView | None:
        return next((r for r in self.routes if r.is_open), None)

    def show_routes(
        self,
        routes: list[dto.RouteView],
        employer_names: dict[int, str],
        coach_names: dict[int, str] | None = None,
        *,
        manages: bool = True,
    ) -> None:
        """``manages``: the user is the file's coach; a colleague it is shared with adds
        steps to the route, but its route itself (change, close, reopen, a new one) is
        the coach's, and those buttons are not shown to them."""
        self.routes = routes
        self.employers = employer_names
        self.coaches = coach_names or {}
        widgets.clear_layout(self.column)
        current = self.current
        head = QHBoxLayout()
        if current is not None:
            head.addWidget(widgets.label(self.tr("Lopende route"), "sectionTitle"))
            head.addWidget(widgets.Chip(labels.route_status("open"), "success"))
            head.addStretch(1)
            self.add_guidance_button = widgets.button(
                self.tr("Begeleiding"),
                icon_name="plus",
                on_click=lambda: self._open(GuidanceDialog(self.ws, current.id, parent=self)),
            )
            self.add_training_button = widgets.button(
                self.tr("Scholing"),
                icon_name="plus",
                on_click=lambda: self._open(TrainingDialog(self.ws, current.id, parent=self)),
            )
            self.add_placement_button = widgets.button(
                self.tr("Plaatsing"),
                icon_name="plus",
                on_click=lambda: self._open(PlacementDialog(self.ws, current.id, parent=self)),
            )
            self.edit_route_button = widgets.button(
                self.tr("Wijzigen"),
                flat=True,
                on_click=lambda: self._open(
                    RouteDialog(self.ws, self.client_id, current, parent=self)
                ),
            )
            self.close_route_button = widgets.button(
                self.tr("Route afsluiten"),
                icon_name="check",
                primary=True,
                on_click=lambda: self._open(CloseRouteDialog(self.ws, current.id, parent=self)),
            )
            for button in (
                self.add_guidance_button,
                self.add_training_button,
                self.add_placement_button,
                self.edit_route_button,
                self.close_route_button,
            ):
                head.addWidget(button)
            self.edit_route_button.setVisible(manages)
            self.close_route_button.setVisible(manages)
            self.add_guidance_button.setToolTip(self.tr("Begeleiding toevoegen"))
            self.add_training_button.setToolTip(self.tr("Scholing toevoegen"))
            self.add_placement_button.setToolTip(self.tr("Plaatsing toevoegen"))
            self.column.addLayout(head)
            self._timeline(current, editable=True)
        else:
            head.addWidget(widgets.label(self.tr("Geen lopende route"), "sectionTitle"))
            head.addStretch(1)
            if not manages:
                head.addWidget(
                    widgets.label(self.tr("De coach van dit dossier start routes."), "muted")
                )
            elif routes:
                latest = routes[0]
                reopen = widgets.button(
                    self.tr("Laatste route heropenen"),
                    flat=True,
                    on_click=lambda: self._reopen(latest.id),
                )
                head.addWidget(reopen)
            self.new_route_button = widgets.button(
                self.tr("Nieuwe route starten"),
                icon_name="plus",
                primary=True,
                on_click=lambda: self._open(RouteDialog(self.ws, self.client_id, parent=self)),
            )
            self.new_route_button.setVisible(manages)
            head.addWidget(self.new_route_button)
            self.column.addLayout(head)
            if not routes:
                self.column.addWidget(
                    widgets.label(
                        self.tr(
                            "Deze cliënt heeft nog geen route. Start een route om begeleiding, "
                            "scholing en plaatsingen vast te leggen."
                        ),
                        "muted",
                        wrap=True,
                    )
                )
        earlier = [r for r in routes if not r.is_open]
        if earlier:
            self.column.addSpacing(10)
            self.column.addWidget(widgets.label(self.tr("Eerdere routes"), "sectionTitle"))
            for route in earlier:
                self._timeline(route, editable=False)
        self.column.addStretch(1)

    # ------------------------------------------------------------------ building the timeline
    def _timeline(self, route: dto.RouteView, *, editable: bool) -> None:
        steps = self._steps(route, editable)
        box = QWidget()
        box.setObjectName("timeline")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(0)
        for position, step in enumerate(steps):
            layout.addWidget(TimelineRow(step, position == len(steps) - 1))
        if not editable:
            frame, inner = widgets.card(margins=10, spacing=6)
            span = describe_dates(route.intake_date, route.closed_on)
            reason = labels.label(route.exit_reason) if route.exit_reason else ""
            head = QHBoxLayout()
            head.addWidget(widgets.label(span, "sectionTitle"))
            if reason:
                head.addWidget(widgets.Chip(reason, "muted"))
            count = len(steps) - 1
            head.addWidget(widgets.label(self.tr("%1 stappen").replace("%1", str(count)), "muted"))
            head.addStretch(1)
            toggle = widgets.button(self.tr("Stappen tonen"), flat=True)
            toggle.setCheckable(True)
            toggle.toggled.connect(box.setVisible)
            toggle.toggled.connect(
                lambda on, b=toggle: b.setText(
                    self.tr("Stappen verbergen") if on else self.tr("Stappen tonen")
                )
            )
            head.addWidget(toggle)
            inner.addLayout(head)
            box.setVisible(False)
            inner.addWidget(box)
            self.column.addWidget(frame)
        else:
            self.column.addWidget(box)

    def _steps(self, route: dto.RouteView, editable: bool) -> list[Step]:
        names = self.ws.ref.sector_names
        projects = {p.id: p.name for p in self.ws.ref.projects}
        coaches = self.coaches
        intake_lines = [
            self.tr("Aanmelder: %1").replace("%1", labels.label(route.referral_source)),
            self.tr("Coach: %1").replace(
                "%1", coaches.get(route.coach_id, "—") if route.coach_id is not None else "—"
            ),
        ]
        if route.sector_id:
            intake_lines.append(self.tr("Sector: %1").replace("%1", names.get(route.sector_id, "")))
        if route.project_id:
            intake_lines.append(
                self.tr("Project: %1").replace("%1", projects.get(route.project_id, ""))
            )
        if route.note:
            intake_lines.append(route.note)
        steps = [Step(route.intake_date, "intake", self.tr("Intake"), intake_lines)]
        for g in route.guidances:
            chip = (
                (self.tr("Afgerond"), "muted")
                if g.end_date
                else (labels.route_status("open"), "success")
            )
            actions = (
                [self._edit_button(lambda g=g: GuidanceDialog(self.ws, route.id, g, parent=self))]
                if editable
                else []
            )
            lines = [describe_dates(g.start_date, g.end_date), g.note or ""]
            steps.append(Step(g.start_date, "guidance", labels.label(g.kind), lines, chip, actions))
        for t in route.trainings:
            tone = {TrainingResult.ACHIEVED: "success", TrainingResult.STOPPED: "danger"}.get(
                t.result, "warning"
            )
            actions = (
                [self._edit_button(lambda t=t: TrainingDialog(self.ws, route.id, t, parent=self))]
                if editable
                else []
            )
            lines = [
                f"{t.provider}  ·  {labels.label(t.kind)}"
                + (f"  ·  {names.get(t.sector_id, '')}" if t.sector_id else ""),
                self.tr("Gepland: %1").replace("%1", describe_dates(t.planned_start, t.planned_end))
                if t.planned_start
                else "",
                self.tr("Werkelijk: %1").replace("%1", describe_dates(t.actual_start, t.actual_end))
                if t.actual_start
                else "",
                self.tr("Behaald: %1").replace("%1", t.credential) if t.credential else "",
            ]
            when = t.actual_start or t.planned_start
            chip = (labels.label(t.result), tone)
            if t.result is TrainingResult.ONGOING and t.actual_start is None:
                # Not begun: a course planned for next year read "Lopend".
                chip = (self.tr("Gepland"), "muted")
            steps.append(Step(when, "training", t.title, lines, chip, actions))
        for p in route.placements:
            employer = self.employers.get(p.employer_id) if p.employer_id else None
            lines = [
                employer or self.tr("Werkgever onbekend"),
                f"{labels.label(p.contract_type)}  ·  "
                + self.tr("%1 uur per week").replace("%1", str(p.hours_per_week))
                + (f"  ·  {names.get(p.sector_id, '')}" if p.sector_id else "")
                + (f"  ·  {self.tr('banenafspraak')}" if p.banenafspraak else ""),
                describe_dates(p.start_date, p.end_date),
            ]
            chip = (
                (self.tr("Beëindigd"), "muted")
                if p.end_date
                else (self.tr("Aan het werk"), "success")
            )
            actions = (
                [
                    self._edit_button(
                        lambda p=p: EndPlacementDialog(self.ws, p.id, parent=self),
                        self.tr("Einde of verwijderen"),
                    )
                ]
                if editable
                else []
            )
            steps.append(
                Step(
                    p.start_date,
                    "placement",
                    self.tr("Plaatsing"),
                    lines,
                    chip,
                    actions,
                    self._follow_ups(p, editable),
                )
            )
        if route.closed_on:
            reason = labels.label(route.exit_reason) if route.exit_reason else ""
            steps.append(
                Step(
                    route.closed_on,
                    "closed",
                    self.tr("Route afgesloten"),
                    [self.tr("Reden: %1").replace("%1", reason)],
                )
            )
        intake, rest = steps[0], steps[1:]
        closing = [s for s in rest if s.kind == "closed"]
        rest = [s for s in rest if s.kind != "closed"]
        rest.sort(key=lambda s: (s.when is None, s.when or date.max))
        return [intake, *rest, *closing]

    def _follow_ups(self, placement: dto.PlacementView, editable: bool) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(94, 4, 0, 0)
        column.setSpacing(2)
        today = self.ws.today()
        for f in placement.follow_ups:
            line = QHBoxLayout()
            line.setSpacing(8)
            picture = QLabel()
            if f.checked_on is not None:
                name, tone = ("check", "success") if f.still_working else ("close", "danger")
                text = (
                    self.tr("Nazorg %1 mnd: werkt nog (%2)")
                    if f.still_working
                    else self.tr("Nazorg %1 mnd: werkt er niet meer (%2)")
                )
                text = text.replace("%1", str(f.months)).replace("%2", fmt.day(f.checked_on))
            else:
                late = f.due_date <= today
                name, tone = ("clock", "danger" if late else "muted")
                text = (
                    self.tr("Nazorg %1 mnd: gepland op %2")
                    .replace("%1", str(f.months))
                    .replace("%2", fmt.day(f.due_date))
                )
            picture.setPixmap(icon(name, tone).pixmap(16, 16))
            line.addWidget(picture)
            line.addWidget(widgets.label(text, "muted"))
            if editable and f.checked_on is None and f.due_date <= today:
                record = widgets.link(
                    self.tr("Vastleggen"), partial(self._record_follow_up, f.id, f.months)
                )
                line.addWidget(record)
            line.addStretch(1)
            column.addLayout(line)
        return box

    def _edit_button(self, make, text: str | None = None):
        button = widgets.button(text or self.tr("Wijzigen"), flat=True)
        button.clicked.connect(lambda _c=False: self._open(make()))
        return button

    # ------------------------------------------------------------------ actions
    def _record_follow_up(self, follow_up_id: int, months: int) -> None:
        self._open(FollowUpDialog(self.ws, follow_up_id, months, parent=self))

    def _open(self, dialog) -> None:
        # A step may plan or close follow-ups, which the worklist shows as tasks.
        dialog.changes = Changes.of_client(self.client_id, tasks=True)
        dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()
        self.dialog = dialog  # the test driver and screen readers find the open dialog here

    def _reopen(self, route_id: int) -> None:
        from zkijdesk.domain.errors import ZkijdeskError
        from zkijdesk.views import feedback

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ZkijdeskError):
                raise exc
            feedback.show_error(self, exc)

        routes, changes = self.ws.services.routes, Changes.of_client(self.client_id, tasks=True)
        self.ws.runner.write(
            lambda: Written(routes.reopen(route_id), changes),
            on_done=lambda _r: self.changed.emit(),
            on_error=failed,
            initiator=self,
        )
