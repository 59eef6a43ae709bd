"""Small, named clients for the workspace service tests (list, worklist, bin)."""

from __future__ import annotations

from datetime import date

from zkijdesk.services.dto import ClientInput, RouteInput


def ref(items, code):
    return next(i.id for i in items if i.code == code)


def make_client(ctx, first, last, *, prefix=None, born=date(1990, 5, 17), route=None, **extra):
    """Intake through the real service; ``route`` is a dict of RouteInput fields or None."""
    data = ClientInput(
        first_name=first,
        name_prefix=prefix,
        last_name=last,
        birth_date=born,
        intake_status=extra.pop("intake_status", "werkzoekend_ww"),
        **extra,
    )
    result = ctx.clients.intake(data, RouteInput(**route) if route is not None else None)
    return result.client, result.route
