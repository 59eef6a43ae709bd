"""One open route per client, held by the database itself (migration 0012).

The services check for an open route before they open or reopen one, but on a team
database two coaches can pass that check at the same moment and both insert: the
client then had two current routes, both coaches saw the file, and a transfer moved
only one of them, so "the previous coach no longer sees the file" was untrue. A
partial unique index on ``route(client_id) WHERE closed_on IS NULL`` refuses the
second insert; the loser gets the same sentence as the check gives, nothing saved.

A store that already holds two open routes for one client (only such a race could
have made them) is not upgraded: which route to close is the coach's decision, and the
closing date and exit reason go into the monthly figures, so no migration may pick
them. The refusal names the clients by their internal number, never by name or BSN.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from zkijdesk.domain.errors import StateError
from zkijdesk.domain.text import Text, t

INDEX = "ux_route_one_open"
OPEN = "closed_on IS NULL"

ALREADY_OPEN = "Deze cliënt heeft al een lopende route; sluit die eerst af."

_CLASHES = text(
    "SELECT client_id FROM route WHERE closed_on IS NULL "
    "GROUP BY client_id HAVING count(*) > 1 ORDER BY client_id"
)


def clashing_clients(conn: Connection) -> list[int]:
    """Clients with more than one open route (on a team database: run as its owner)."""
    return [int(row[0]) for row in conn.execute(_CLASHES)]


def refusal(clients: list[int]) -> Text:
    shown = ", ".join(str(c) for c in clients[:10]) + (" …" if len(clients) > 10 else "")
    return t(
        "Bijwerken geweigerd: {n} cliënt(en) hebben meer dan één lopende route (intern "
        "nummer {x}); sluit met de vorige versie alle routes op één na af en probeer het "
        "opnieuw.",
        n=len(clients),
        x=shown,
    )


def clash(causes: Iterable[BaseException]) -> StateError | None:
    """The index refused a second open route: PostgreSQL names the index, SQLite the
    column the partial index is on (``route.client_id`` is unique nowhere else)."""
    for current in causes:
        diag = getattr(current, "diag", None)
        if diag is not None and getattr(diag, "constraint_name", None) == INDEX:
            return StateError(ALREADY_OPEN)
        if "UNIQUE constraint failed: route.client_id" in str(current):
            return StateError(ALREADY_OPEN)
    return None
