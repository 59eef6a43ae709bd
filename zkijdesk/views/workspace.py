"""What every page shares: the services for the signed-in user (``Services``,
services/container.py), the task runner, the event hub and a cache of reference data,
loaded once off the UI thread, so a form's choice lists never wait for a query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from zkijdesk.services import dto
from zkijdesk.services.actor import Actor
from zkijdesk.views.events import AppEvents
from zkijdesk.views.tasks import TaskRunner

if TYPE_CHECKING:
    from zkijdesk.services.container import Services


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


def load_refdata(services: Services) -> RefData:
    """Runs on a worker: one short read per list of reference data, whose size does not
    grow with the region. Users do (2,500 at 300,000 clients): pickers and files ask
    for the few they need (issue 17)."""
    reference = services.reference
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
    """What every page is handed: the signed-in user's services, the task runner, the
    event hub and the reference data. A page reaches a service as
    ``ws.services.clients`` and never constructs one."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        events: AppEvents,
        refdata: RefData | None = None,
    ) -> None:
        self.services = services
        self.runner = runner
        self.events = events
        self.ref = refdata or RefData()

    @classmethod
    def standalone(cls, services: Services, owner: QObject) -> Workspace:
        """A workspace for a page shown without the main window (tests, benchmarks):
        a runner and an event hub of its own, the hub hearing the runner's writes as
        the window's does."""
        runner = TaskRunner(owner)
        events = AppEvents(owner)
        runner.changed.connect(events.apply)
        return cls(services, runner, events)

    @property
    def actor(self) -> Actor:
        return self.services.actor

    def today(self) -> date:
        return self.services.today()
