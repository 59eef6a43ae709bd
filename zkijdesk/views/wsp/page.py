"""Werkgevers & vacatures: the WSP pages (employers, vacancies, matching, pipeline)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


class WspPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from zkijdesk.services.employer_contacts import EmployerContactService
        from zkijdesk.services.matching import MatchingService
        from zkijdesk.services.placements import PlacementService
        from zkijdesk.views.wsp.employers import EmployersTab
        from zkijdesk.views.wsp.matching_view import MatchingTab
        from zkijdesk.views.wsp.pipeline import PipelineTab
        from zkijdesk.views.wsp.vacancies import VacanciesTab

        self.ctx = ctx
        self.setObjectName("wspPage")
        contacts = EmployerContactService(ctx.store, ctx.actor, ctx.today)
        matching = MatchingService(ctx.store, ctx.actor, ctx.today)
        placements = PlacementService(ctx.store, ctx.actor, ctx.today)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
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
        self.employers = EmployersTab(contacts)
        self.vacancies = VacanciesTab(contacts)
        self.matching = MatchingTab(matching, placements, contacts)
        self.pipeline = PipelineTab(placements, ctx.today)
        self.tabs.addTab(self.employers, self.tr("Werkgevers"))
        self.tabs.addTab(self.vacancies, self.tr("Vacatures"))
        self.tabs.addTab(self.matching, self.tr("Matching"))
        self.tabs.addTab(self.pipeline, self.tr("Plaatsingen"))
        layout.addWidget(self.tabs, 1)

        self.vacancies.find_candidates.connect(self.show_matches)
        self.matching.proposed.connect(self.pipeline.reload)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(0)

    def _tab_changed(self, index: int) -> None:
        self.tabs.widget(index).reload()

    def show_matches(self, vacancy_id: int) -> None:
        self.tabs.setCurrentWidget(self.matching)
        self.matching.select_vacancy(vacancy_id)
        self.matching.run()
