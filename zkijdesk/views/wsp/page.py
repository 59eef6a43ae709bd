"""Werkgevers & vacatures: the WSP pages (employers, vacancies, matching, pipeline)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from zkijdesk.services.changes import Changes
from zkijdesk.views.events import caused_by
from zkijdesk.views.workspace import RefData, Workspace


class WspServices:
    """What the WSP tabs share: the signed-in user's services, 'today', the reference
    lists (read once, when the first form needs them) and a runner for searches."""

    def __init__(self, ws: Workspace) -> None:
        services = ws.services
        self.ws = ws
        self.today = services.today
        self.runner = ws.runner
        self.employers = services.employers
        self.contacts = services.employer_contacts
        self.matching = services.matching
        self.placements = services.placements
        self._ref: RefData | None = None

    def ref(self) -> RefData:
        from zkijdesk.views.wsp.common import load_reference

        if self._ref is None:
            self._ref = load_reference(self.ws.services.reference)
        return self._ref


class WspPage(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from zkijdesk.views.wsp.employers import EmployersTab
        from zkijdesk.views.wsp.matching_view import MatchingTab
        from zkijdesk.views.wsp.pipeline import PipelineTab
        from zkijdesk.views.wsp.vacancies import VacanciesTab

        self.ws = ws
        self.setObjectName("wspPage")
        self.runner = ws.runner
        self.events = ws.events
        self.wsp = WspServices(ws)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(6)
        title = QLabel(self.tr("Werkgevers & vacatures"))
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "Werkgevers en hun vacatures, kandidaten die passen op vaardigheden (met de "
                "redenen), en de voordrachten tot en met de plaatsing."
            )
        )
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("wspTabs")
        self.tabs.setDocumentMode(True)
        self.employers = EmployersTab(self.wsp)
        self.vacancies = VacanciesTab(self.wsp)
        self.matching = MatchingTab(self.wsp)
        self.pipeline = PipelineTab(self.wsp)
        self.tabs.addTab(self.employers, self.tr("Werkgevers"))
        self.tabs.addTab(self.vacancies, self.tr("Vacatures"))
        self.tabs.addTab(self.matching, self.tr("Matching"))
        self.tabs.addTab(self.pipeline, self.tr("Plaatsingen"))
        layout.addWidget(self.tabs, 1)
        # How each tab reads its list afresh; the long lists load on a worker.
        self._readers: dict[QWidget, Callable[[], None]] = {
            self.employers: self.employers.load,
            self.vacancies: self.vacancies.load,
            self.matching: self.matching.reload,
            self.pipeline: self.pipeline.reload,
        }

        self.vacancies.find_candidates.connect(self.show_matches)
        self.events.changed.connect(self._changed)
        self.matching.proposed.connect(self.pipeline.reload)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(0)

    @property
    def loading(self) -> bool:
        """True while a tab's list (or the selected employer's people) is being read."""
        return any(
            getattr(tab, "loading", False) or getattr(tab, "detail_loading", False)
            for tab in (self.tabs.widget(i) for i in range(self.tabs.count()))
        )

    def _tab_changed(self, index: int) -> None:
        """A tab shown reads its list afresh; the long lists on a worker (``load``)."""
        tab = self.tabs.widget(index)
        if tab is not None:
            self._readers[tab]()

    def _changed(self, changes: Changes, initiator: object) -> None:
        """A write landed. Each tab reads its list afresh when it is shown; the tab on
        show reads now if what changed is what it shows, unless it made the change
        itself (it shows its own result already)."""
        tab = self.tabs.currentWidget()
        if not (changes.employers or changes.vacancies or changes.client_ids):
            return
        if tab is None or caused_by(tab, initiator):
            return
        self._readers[tab]()

    def show_matches(self, vacancy_id: int) -> None:
        self.matching.set_direction("vacancy")
        self.tabs.setCurrentWidget(self.matching)
        self.matching.select_vacancy(vacancy_id)
        self.matching.run()
