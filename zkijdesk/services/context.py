"""Everything a screen needs to call services, bundled once per signed-in user.

The GUI builds one ``AppContext`` after the store opens and hands it to every page;
pages call ``ctx.clients.find(...)`` and never see a session. Services are created on
first use, so a page that is never shown costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property

from zkijdesk.services.base import Actor
from zkijdesk.storage.store import Store


class AppContext:
    def __init__(self, store: Store, actor: Actor, today: Callable[[], date] = date.today):
        self.store = store
        self.actor = actor
        self.today = today

    def _make(self, cls):
        return cls(self.store, self.actor, self.today)

    @cached_property
    def clients(self):
        from zkijdesk.services.clients import ClientService

        return self._make(ClientService)

    @cached_property
    def routes(self):
        from zkijdesk.services.routes import RouteService

        return self._make(RouteService)

    @cached_property
    def activities(self):
        from zkijdesk.services.activities import ActivityService

        return self._make(ActivityService)

    @cached_property
    def employers(self):
        from zkijdesk.services.employers import EmployerService

        return self._make(EmployerService)

    @cached_property
    def reference(self):
        from zkijdesk.services.reference import ReferenceService

        return self._make(ReferenceService)
