"""Every service a screen or command calls, for one signed-in user, in one typed place.

The GUI builds one ``Services`` after sign-in and every page reaches its services
through it (``ws.services.clients.find(...)``), never by constructing one itself, so
each service exists once per user and a type checker sees what a page calls. Each is
made on first use and its module imported then, so the modules behind pages the user
never opens stay off the start-up path that ``bench_gui`` measures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zkijdesk.services.activities import ActivityService
    from zkijdesk.services.actor import Actor
    from zkijdesk.services.app_lock import AppLockService
    from zkijdesk.services.audit_query import AuditQueryService
    from zkijdesk.services.backups import BackupService
    from zkijdesk.services.bin import BinService
    from zkijdesk.services.calendar_export import CalendarExportService
    from zkijdesk.services.caseload import CaseloadService
    from zkijdesk.services.client_file import ClientFileService
    from zkijdesk.services.client_list import ClientListService
    from zkijdesk.services.clients import ClientService
    from zkijdesk.services.drafts import DraftService
    from zkijdesk.services.employer_contacts import EmployerContactService
    from zkijdesk.services.employers import EmployerService
    from zkijdesk.services.importing.service import ImportService
    from zkijdesk.services.list_export import ListExportService
    from zkijdesk.services.matching import MatchingService
    from zkijdesk.services.placements import PlacementService
    from zkijdesk.services.preferences import PreferenceService
    from zkijdesk.services.privacy_notice import PrivacyNoticeService
    from zkijdesk.services.reference import ReferenceService
    from zkijdesk.services.reporting import ReportingService
    from zkijdesk.services.reporting_contributions import ContributionService
    from zkijdesk.services.retention import RetentionService
    from zkijdesk.services.routes import RouteService
    from zkijdesk.services.sharing import SharingService
    from zkijdesk.services.store_settings import StoreSettingsService
    from zkijdesk.services.team_overview import TeamOverviewService
    from zkijdesk.services.trends import TrendsService
    from zkijdesk.services.worklist import WorklistService
    from zkijdesk.storage.store import Store


class Services:
    def __init__(self, store: Store, actor: Actor, today: Callable[[], date] = date.today):
        self.store = store
        self.actor = actor
        self.today = today

    # --- a client's case -------------------------------------------------------------

    @cached_property
    def clients(self) -> ClientService:
        from zkijdesk.services.clients import ClientService

        return ClientService(self.store, self.actor, self.today)

    @cached_property
    def sharing(self) -> SharingService:
        from zkijdesk.services.sharing import SharingService

        return SharingService(self.store, self.actor, self.today)

    @cached_property
    def routes(self) -> RouteService:
        from zkijdesk.services.routes import RouteService

        return RouteService(self.store, self.actor, self.today)

    @cached_property
    def activities(self) -> ActivityService:
        from zkijdesk.services.activities import ActivityService

        return ActivityService(self.store, self.actor, self.today)

    @cached_property
    def client_file(self) -> ClientFileService:
        from zkijdesk.services.client_file import ClientFileService

        return ClientFileService(self.store, self.actor, self.today)

    @cached_property
    def client_list(self) -> ClientListService:
        from zkijdesk.services.client_list import ClientListService

        return ClientListService(self.store, self.actor, self.today)

    @cached_property
    def worklist(self) -> WorklistService:
        from zkijdesk.services.worklist import WorklistService

        return WorklistService(self.store, self.actor, self.today)

    @cached_property
    def drafts(self) -> DraftService:
        from zkijdesk.services.drafts import DraftService

        return DraftService(self.store, self.actor, self.today)

    @cached_property
    def bin(self) -> BinService:
        from zkijdesk.services.bin import BinService

        return BinService(self.store, self.actor, self.today)

    @cached_property
    def calendar(self) -> CalendarExportService:
        from zkijdesk.services.calendar_export import CalendarExportService

        return CalendarExportService(self.store, self.actor, self.today)

    @cached_property
    def list_export(self) -> ListExportService:
        from zkijdesk.services.list_export import ListExportService

        return ListExportService(self.store, self.actor, self.today)

    @cached_property
    def reference(self) -> ReferenceService:
        from zkijdesk.services.reference import ReferenceService

        return ReferenceService(self.store, self.actor, self.today)

    @cached_property
    def prefs(self) -> PreferenceService:
        from zkijdesk.services.preferences import PreferenceService

        return PreferenceService(self.store, self.actor, self.today)

    # --- employers and vacancies (WSP) ----------------------------------------------

    @cached_property
    def employers(self) -> EmployerService:
        from zkijdesk.services.employers import EmployerService

        return EmployerService(self.store, self.actor, self.today)

    @cached_property
    def employer_contacts(self) -> EmployerContactService:
        from zkijdesk.services.employer_contacts import EmployerContactService

        return EmployerContactService(self.store, self.actor, self.today)

    @cached_property
    def contributions(self) -> ContributionService:
        from zkijdesk.services.reporting_contributions import ContributionService

        return ContributionService(self.store, self.actor, self.today)

    @cached_property
    def matching(self) -> MatchingService:
        from zkijdesk.services.matching import MatchingService

        return MatchingService(self.store, self.actor, self.today)

    @cached_property
    def placements(self) -> PlacementService:
        from zkijdesk.services.placements import PlacementService

        return PlacementService(self.store, self.actor, self.today)

    # --- the team lead's pages -------------------------------------------------------

    @cached_property
    def reporting(self) -> ReportingService:
        from zkijdesk.services.reporting import ReportingService

        return ReportingService(self.store, self.actor, self.today)

    @cached_property
    def trends(self) -> TrendsService:
        from zkijdesk.services.trends import TrendsService

        return TrendsService(self.store, self.actor, self.today)

    @cached_property
    def team_overview(self) -> TeamOverviewService:
        from zkijdesk.services.team_overview import TeamOverviewService

        return TeamOverviewService(self.store, self.actor, self.today)

    @cached_property
    def caseload(self) -> CaseloadService:
        from zkijdesk.services.caseload import CaseloadService

        return CaseloadService(self.store, self.actor, self.today)

    @cached_property
    def importing(self) -> ImportService:
        from zkijdesk.services.importing.service import ImportService

        return ImportService(self.store, self.actor, self.today)

    # --- privacy and the store -------------------------------------------------------

    @cached_property
    def app_lock(self) -> AppLockService:
        from zkijdesk.services.app_lock import AppLockService

        return AppLockService(self.store, self.actor, self.today)

    @cached_property
    def backups(self) -> BackupService:
        from zkijdesk.services.backups import BackupService

        return BackupService(self.store, self.actor, self.today)

    @cached_property
    def retention(self) -> RetentionService:
        from zkijdesk.services.retention import RetentionService

        return RetentionService(self.store, self.actor, self.today)

    @cached_property
    def audit_log(self) -> AuditQueryService:
        from zkijdesk.services.audit_query import AuditQueryService

        return AuditQueryService(self.store, self.actor, self.today)

    @cached_property
    def privacy_notice(self) -> PrivacyNoticeService:
        from zkijdesk.services.privacy_notice import PrivacyNoticeService

        return PrivacyNoticeService(self.store, self.actor, self.today)

    @cached_property
    def store_settings(self) -> StoreSettingsService:
        """The simple settings the settings page shows, each through its owner."""
        from zkijdesk.services.store_settings import StoreSettingsService, owners

        return StoreSettingsService(self.store, self.actor, self.today, owners(self))
