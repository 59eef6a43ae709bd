"""Mijn werkvoorraad: the start page a coach sees first every morning.

Counts of the caseload at the top, then what needs doing: tasks that are late, due
today or later this week, placement follow-ups that are due, and the files opened
last. Data comes in one service call on the task runner; the page reloads when it is
shown after something changed, not on every change while it is hidden.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import Role
from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.client_list import STATUS_CLOSED, STATUS_NONE, STATUS_OPEN
from zkijdesk.services.worklist import FollowUpItem, TaskItem, Worklist
from zkijdesk.views import feedback, fmt, widgets
from zkijdesk.views.elided import ElidedLabel
from zkijdesk.views.icons import icon
from zkijdesk.views.itemmodels.sector_counts import SectorCountModel
from zkijdesk.views.workspace import Workspace

#: Tasks shown per group on the start page; the rest are counted.
SHOWN = 6


class Kpi(QWidget):
    """One figure with its caption, in a card."""

    def __init__(self, caption: str, icon_name: str, tone: str, name: str) -> None:
        super().__init__()
        frame, column = widgets.card(margins=14, spacing=2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        top = QHBoxLayout()
        picture = QLabel()
        picture.setPixmap(icon(icon_name, tone).pixmap(20, 20))
        top.addWidget(picture)
        top.addStretch(1)
        column.addLayout(top)
        self.value = widgets.label("–", "kpiValue")
        self.value.setObjectName("kpiValue")
        self.caption = caption
        column.addWidget(self.value)
        column.addWidget(widgets.label(caption, "kpiLabel"))
        self.setObjectName(name)
        self.setAccessibleName(caption)

    def set_value(self, value: int) -> None:
        self.value.setText(fmt.number(value))
        self.value.setAccessibleName(f"{self.caption}: {value}")

    @property
    def number(self) -> int:
        text = self.value.text().replace(".", "")
        return int(text) if text.isdigit() else -1


class WorklistPage(QWidget):
    loaded = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistPage")
        self.ws = ws
        self.data: Worklist | None = None
        self._stale = True
        self._held = False

        scroll = QScrollArea()

        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(28, 22, 28, 24)
        column.setSpacing(16)

        self.greeting = widgets.label("", "pageTitle")
        self.date_label = widgets.label("", "pageIntro")
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.greeting)
        heading.addWidget(self.date_label)
        top = QHBoxLayout()
        top.addLayout(heading)
        top.addStretch(1)
        if ws.actor.role is not Role.ADMIN:  # an admin registers no clients
            top.addWidget(
                widgets.button(
                    self.tr("Nieuwe cliënt"),
                    icon_name="plus",
                    primary=True,
                    on_click=ws.events.new_client.emit,
                ),
                0,
                Qt.AlignmentFlag.AlignBottom,
            )
        column.addLayout(top)

        self.no_caseload = self._no_caseload_card(ws.actor.role)
        self.no_caseload.hide()
        column.addWidget(self.no_caseload)

        # The figures and lists of an own caseload: hidden while there is none, so an
        # empty caseload reads as an explanation instead of a wall of zeros.
        self.figures = QWidget()
        figures = QVBoxLayout(self.figures)
        figures.setContentsMargins(0, 0, 0, 0)
        figures.setSpacing(16)
        column.addWidget(self.figures)

        kpis = QHBoxLayout()
        kpis.setSpacing(12)
        self.kpi_open = Kpi(self.tr("Lopende routes"), "route", "success", "kpiOpen")
        self.kpi_closed = Kpi(self.tr("Afgesloten routes"), "check", "muted", "kpiClosed")
        self.kpi_none = Kpi(self.tr("Zonder route"), "person", "warning", "kpiNone")
        self.kpi_follow = Kpi(
            self.tr("Nazorg binnen 7 dagen"), "calendar", "accent", "kpiFollowUps"
        )
        self.kpi_late = Kpi(self.tr("Taken te laat"), "clock", "danger", "kpiLate")
        for kpi in (self.kpi_open, self.kpi_closed, self.kpi_none, self.kpi_follow, self.kpi_late):
            kpis.addWidget(kpi)
        figures.addLayout(kpis)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        tasks_card, tasks_layout = widgets.card()
        tasks_layout.addWidget(widgets.label(self.tr("Mijn taken"), "sectionTitle"))
        self.tasks_box = QVBoxLayout()
        self.tasks_box.setSpacing(4)
        tasks_layout.addLayout(self.tasks_box)
        tasks_layout.addStretch(1)
        grid.addWidget(tasks_card, 0, 0, 2, 1)

        follow_card, follow_layout = widgets.card()
        follow_layout.addWidget(widgets.label(self.tr("Nazorg plaatsingen"), "sectionTitle"))
        self.follow_box = QVBoxLayout()
        self.follow_box.setSpacing(4)
        follow_layout.addLayout(self.follow_box)
        follow_layout.addStretch(1)
        grid.addWidget(follow_card, 0, 1)

        recent_card, recent_layout = widgets.card()
        recent_layout.addWidget(widgets.label(self.tr("Recent geopend"), "sectionTitle"))
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(2)
        recent_layout.addLayout(self.recent_box)
        recent_layout.addStretch(1)
        grid.addWidget(recent_card, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        figures.addLayout(grid)

        sector_card, sector_layout = widgets.card()
        sector_layout.addWidget(
            widgets.label(self.tr("Mijn cliënten per focussector"), "sectionTitle")
        )
        self.sector_model = SectorCountModel(self)
        self.sector_table = QTableView()
        self.sector_table.setObjectName("sectorCounts")
        self.sector_table.setAccessibleName(self.tr("Cliënten per focussector en routestatus"))
        self.sector_table.setModel(self.sector_model)
        self.sector_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sector_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sector_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sector_table.setShowGrid(False)
        self.sector_table.setFrameShape(QTableView.Shape.NoFrame)
        self.sector_table.verticalHeader().setDefaultSectionSize(30)
        self.sector_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sector_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.sector_table.verticalHeader().setMinimumWidth(200)
        sector_layout.addWidget(self.sector_table)
        figures.addWidget(sector_card)
        column.addStretch(1)

        for signal in (ws.events.tasks_changed, ws.events.clients_changed):
            signal.connect(self.mark_stale)
        ws.events.client_changed.connect(lambda _cid: self.mark_stale())

    def _no_caseload_card(self, role: Role) -> QWidget:
        """What the page says when the user has no clients and nothing to do."""
        card, layout = widgets.card(margins=20, spacing=10)
        if role is Role.TEAMLEAD:
            title = self.tr("Geen eigen caseload")
            text = self.tr(
                "U begeleidt zelf geen cliënten, dus hier staan geen taken of cijfers. De "
                "caseloads van uw coaches en hun taken die te laat zijn, staan op de pagina Team."
            )
        elif role is Role.ADMIN:
            title = self.tr("Geen caseload")
            text = self.tr(
                "Als functioneel beheerder begeleidt u geen cliënten en opent u geen dossiers. "
                "Gebruikers, bewaartermijnen en reservekopieën staan bij Instellingen; wie wat "
                "deed, staat in het auditlog."
            )
        else:
            title = self.tr("Nog geen cliënten")
            text = self.tr(
                "Zodra u een cliënt inschrijft, ziet u hier uw taken, nazorg en cijfers."
            )
        layout.addWidget(widgets.label(title, "sectionTitle"))
        self.no_caseload_text = widgets.label(text, "muted", wrap=True)
        layout.addWidget(self.no_caseload_text)
        self.team_button = None
        if role is Role.TEAMLEAD:
            self.team_button = widgets.button(
                self.tr("Naar de pagina Team"), icon_name="users", on_click=self.show_team
            )
            self.team_button.setObjectName("toTeamButton")
            layout.addWidget(self.team_button, 0, Qt.AlignmentFlag.AlignLeft)
        elif role is Role.ADMIN:
            self.team_button = widgets.button(
                self.tr("Naar Instellingen"), icon_name="lock", on_click=self.show_settings
            )
            self.team_button.setObjectName("toSettingsButton")
            layout.addWidget(self.team_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def show_team(self) -> None:
        """The team lead's figures live on the Team page, which the window hosts."""
        self._show("team")

    def show_settings(self) -> None:
        """The admin's work lives in Instellingen, which the window hosts."""
        self._show("settings")

    def _show(self, key: str) -> None:
        show_page = getattr(self.window(), "show_page", None)
        if show_page is not None:
            show_page(key)

    # ------------------------------------------------------------------ loading
    def hold(self) -> None:
        """Wait with loading until ``release`` (the window loads the client list first)."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self._stale and self.isVisible():
            self.reload()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible() and not self._held:
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self._held:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.ws.runner.run_latest(
            "worklist", self.ws.services.worklist.worklist, self.show_worklist, self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.date_label.setText(feedback.message(exc))

    def show_worklist(self, data: Worklist) -> None:
        self.data = data
        name = (self.ws.actor.display_name or "").split(" ")[0]
        hour = datetime.now().hour
        if hour < 12:
            greeting = self.tr("Goedemorgen, %1")
        elif hour < 18:
            greeting = self.tr("Goedemiddag, %1")
        else:
            greeting = self.tr("Goedenavond, %1")
        self.greeting.setText(
            greeting.replace("%1", name) if name else self.tr("Mijn werkvoorraad")
        )
        self.date_label.setText(fmt.long_day(data.today))
        self.kpi_open.set_value(data.status_counts.get(STATUS_OPEN, 0))
        self.kpi_closed.set_value(data.status_counts.get(STATUS_CLOSED, 0))
        self.kpi_none.set_value(data.status_counts.get(STATUS_NONE, 0))
        self.kpi_follow.set_value(len(data.follow_ups))
        self.kpi_late.set_value(len(data.overdue))
        empty = not (
            data.client_count
            or data.overdue
            or data.due_today
            or data.this_week
            or data.follow_ups
            or data.recent
        )
        explain = empty or self.ws.actor.role is Role.ADMIN
        self.no_caseload.setVisible(explain)
        self.figures.setVisible(not explain)
        self._fill_tasks(data)
        self._fill_follow_ups(data)
        self._fill_recent(data)
        self._fill_sectors(data)
        self.loaded.emit()

    def _fill_tasks(self, data: Worklist) -> None:
        widgets.clear_layout(self.tasks_box)
        sections = (
            (self.tr("Te laat"), data.overdue, "danger"),
            (self.tr("Vandaag"), data.due_today, "warning"),
            (self.tr("Deze week"), data.this_week, None),
        )
        if not (data.overdue or data.due_today or data.this_week):
            self.tasks_box.addWidget(
                widgets.label(self.tr("Geen open taken voor deze week."), "muted")
            )
            return
        for title, items, tone in sections:
            if not items:
                continue
            head = QHBoxLayout()
            head.addWidget(widgets.label(title, "muted"))
            head.addWidget(widgets.Chip(str(len(items)), tone or "muted"))
            head.addStretch(1)
            self.tasks_box.addLayout(head)
            for item in items[:SHOWN]:
                self.tasks_box.addWidget(self._task_row(item, tone))
            if len(items) > SHOWN:
                more = self.tr("en nog %1 taken").replace("%1", str(len(items) - SHOWN))
                self.tasks_box.addWidget(widgets.label(more, "muted"))

    def _task_row(self, item: TaskItem, tone: str | None) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        line.setSpacing(8)
        done = QCheckBox()
        done.setAccessibleName(self.tr("Taak afgerond: %1").replace("%1", item.title))
        done.toggled.connect(lambda on, i=item: self._set_done(i, on, done))
        line.addWidget(done)
        # Elided: a long title gave the card its whole width as its minimum, and at the
        # window's first size (1280 x 800) the page scrolled sideways past its own
        # "Nieuwe cliënt" button.
        line.addWidget(ElidedLabel(item.title), 1)
        if item.client_id is not None:
            line.addWidget(
                widgets.link(
                    item.client_name or item.client_number or "",
                    partial(self.ws.events.open_client.emit, item.client_id),
                )
            )
        line.addWidget(widgets.Chip(fmt.day(item.due_date), tone or "muted"))
        return row

    def _set_done(self, item: TaskItem, done: bool, box: QCheckBox) -> None:
        activities, task_id = self.ws.services.activities, item.task_id
        changes = Changes(
            client_ids=frozenset(() if item.client_id is None else (item.client_id,)), tasks=True
        )
        self.ws.runner.write(
            lambda: Written(activities.set_done(task_id, done), changes),
            on_error=lambda exc: feedback.show_error(self, exc),
            busy=(box,),
        )

    def _fill_follow_ups(self, data: Worklist) -> None:
        widgets.clear_layout(self.follow_box)
        if not data.follow_ups:
            self.follow_box.addWidget(widgets.label(self.tr("Geen nazorg te doen."), "muted"))
            return
        for item in data.follow_ups[:10]:
            self.follow_box.addWidget(self._follow_row(item, data.today))

    def _follow_row(self, item: FollowUpItem, today) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        line.addWidget(
            widgets.link(item.client_name, partial(self.ws.events.open_client.emit, item.client_id))
        )
        months = ElidedLabel(self.tr("na %1 maanden").replace("%1", str(item.months)))
        months.setObjectName("muted")
        line.addWidget(months, 1)
        line.addWidget(
            widgets.Chip(fmt.day(item.due_date), "danger" if item.due_date < today else "muted")
        )
        record = widgets.button(self.tr("Vastleggen"), flat=True)
        record.clicked.connect(lambda _c=False, i=item: self.record_follow_up(i))
        line.addWidget(record)
        return row

    def record_follow_up(self, item: FollowUpItem) -> None:
        from zkijdesk.views.client_file.step_dialogs import FollowUpDialog

        dialog = FollowUpDialog(self.ws, item.follow_up_id, item.months, self)
        dialog.changes = Changes.of_client(item.client_id, tasks=True)
        dialog.open()

    def _fill_recent(self, data: Worklist) -> None:
        widgets.clear_layout(self.recent_box)
        if not data.recent:
            self.recent_box.addWidget(widgets.label(self.tr("Nog geen dossiers geopend."), "muted"))
            return
        for item in data.recent[:8]:
            line = QHBoxLayout()
            line.addWidget(
                widgets.link(item.name, partial(self.ws.events.open_client.emit, item.client_id))
            )
            line.addStretch(1)
            line.addWidget(widgets.label(item.client_number, "muted"))
            self.recent_box.addLayout(line)

    def _fill_sectors(self, data: Worklist) -> None:
        self.sector_model.set_rows(data.sectors)
        self.sector_table.setFixedHeight(36 + 30 * len(data.sectors) + 4)

    def count_of(self, sector_code: str, status: str) -> int:
        """What the sector table shows (for tests and screen readers alike)."""
        return self.sector_model.count(sector_code, status)
