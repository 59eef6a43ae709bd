"""What the coach's pages share: the services for the signed-in user, reference data,
the task runner and the event hub.

``AppContext`` (services/context.py) bundles the case services; the workspace adds the
ones the screens need (list, worklist, bin, drafts...) and a cache of reference data,
loaded once off the UI thread, so a form's choice lists never wait for a query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from zkijdesk.services import dto
from zkijdesk.views.events import AppEvents
from zkijdesk.views.tasks import TaskRunner


@dataclass(frozen=True)
class RefData:
    sectors: tuple[dto.RefItem, ...] = ()
    municipalities: tuple[dto.RefItem, ...] = ()
    target_groups: tuple[dto.RefItem, ...] = ()
    projects: tuple[dto.RefItem, ...] = ()
    skills: tuple[dto.RefItem, ...] = ()
    sector_names: dict[int, str] = field(default_factory=dict)

    @property
    def top_sectors(self) -> list[dto.RefItem]:
        return [s for s in self.sectors if s.parent_id is None]

    def sectors_tree(self) -> list[tuple[str, int]]:
        """(label, id), each subsector after its parent as 'Techniek › ICT & digitaal'."""
        out: list[tuple[str, int]] = []
        for top in self.top_sectors:
            out.append((top.name, top.id))
            out += [(f"{top.name} › {s.name}", s.id) for s in self.sectors if s.parent_id == top.id]
        return out

    def years(self) -> list[int]:
        return sorted({g.year for g in self.target_groups if g.year is not None}, reverse=True)

    def groups_of(self, year: int) -> list[dto.RefItem]:
        return [g for g in self.target_groups if g.year == year]


def load_refdata(ctx) -> RefData:
    """Runs on a worker: one short read per list of reference data, whose size does not
    grow with the region. Users do (2,500 at 300,000 clients): pickers and files ask
    for the few they need (issue 17)."""
    reference = ctx.reference
    sectors = tuple(reference.sectors())
    return RefData(
        sectors=sectors,
        municipalities=tuple(reference.municipalities()),
        target_groups=tuple(reference.target_groups()),
        projects=tuple(reference.projects()),
        skills=tuple(reference.skills()),
        sector_names={s.id: s.name for s in sectors},
    )


class Workspace:
    """The signed-in user's services and shared UI plumbing, handed to every page."""

    def __init__(self, ctx, runner: TaskRunner, events: AppEvents, refdata: RefData | None = None):
        self.ctx = ctx
        self.runner = runner
        self.events = events
        self.ref = refdata or RefData()

    @property
    def actor(self):
        return self.ctx.actor

    def today(self):
        return self.ctx.today()

    def _make(self, cls):
        return cls(self.ctx.store, self.ctx.actor, self.ctx.today)

    @property
    def clients(self):
        return self.ctx.clients

    @property
    def routes(self):
        return self.ctx.routes

    @property
    def activities(self):
        return self.ctx.activities

    @property
    def reference(self):
        return self.ctx.reference

    @property
    def employers(self):
        return self.ctx.employers

    @cached_property
    def client_file(self):
        from zkijdesk.services.client_file import ClientFileService

        return self._make(ClientFileService)

    @cached_property
    def client_list(self):
        from zkijdesk.services.client_list import ClientListService

        return self._make(ClientListService)

    @cached_property
    def worklist(self):
        from zkijdesk.services.worklist import WorklistService

        return self._make(WorklistService)

    @cached_property
    def bin(self):
        from zkijdesk.services.bin import BinService

        return self._make(BinService)

    @cached_property
    def prefs(self):
        from zkijdesk.services.preferences import PreferenceService

        return self._make(PreferenceService)

    @cached_property
    def drafts(self):
        from zkijdesk.services.drafts import DraftService

        return self._make(DraftService)

    @cached_property
    def calendar(self):
        from zkijdesk.services.calendar_export import CalendarExportService

        return self._make(CalendarExportService)

    @cached_property
    def list_export(self):
        from zkijdesk.services.list_export import ListExportService

        return self._make(ListExportService)
