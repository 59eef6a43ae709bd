"""One open route per client, held by the database itself (migration 0012).

The services check for an open route before they open or reopen one, but on a team
database two coaches can pass that check at the same moment and both insert; and an
import before this version could fill in one client from two rows, each with an open
route. The client then had two current routes, both coaches saw the file, and a
transfer moved only one of them, so "the previous coach no longer sees the file" was
untrue. A partial unique index on ``route(client_id) WHERE closed_on IS NULL`` refuses
the second route; the loser gets the same sentence as the check gives, nothing saved.

A store that already holds two open routes for one client is not upgraded: which route
to close is the coach's decision, and the closing date and exit reason go into the
monthly figures, so no migration may pick them. The refusal comes before the first
step runs (``migrate.refusal``), names the clients by their client number, never by
name or BSN, and changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zkijdesk.domain.errors import StateError
from zkijdesk.domain.text import Text, t
from zkijdesk.storage.integrity import Run

REVISION = "0012_one_open_route"
INDEX = "ux_route_one_open"
OPEN = "closed_on IS NULL"

ALREADY_OPEN = "Deze cliënt heeft al een lopende route; sluit die eerst af."

_CLASHES = (
    "SELECT client_number FROM client WHERE id IN (SELECT client_id FROM route"
    " WHERE closed_on IS NULL GROUP BY client_id HAVING count(*) > 1) ORDER BY client_number"
)
_SQLITE_CLASH = re.compile(r"UNIQUE constraint failed: route\.client_id$")


def refusal(query: Run) -> Text | None:
    """Why the index cannot be made here: the clients with more than one open route (on
    a team database: asked as its owner, who sees every row)."""
    numbers = [str(row[0]) for row in query(_CLASHES)]
    if not numbers:
        return None
    shown = ", ".join(numbers[:10]) + (" …" if len(numbers) > 10 else "")
    return t(
        "Bijwerken geweigerd: {n} cliënt(en) met meer dan één lopende route ({x}); sluit "
        "met de vorige versie alle routes op één na af en probeer het opnieuw.",
        n=len(numbers),
        x=shown,
    )


def clash(causes: Iterable[BaseException]) -> StateError | None:
    """The index refused a second open route: PostgreSQL names the index, SQLite the
    column the partial index is on (``route.client_id`` is unique nowhere else)."""
    for current in causes:
        diag = getattr(current, "diag", None)
        if diag is not None and getattr(diag, "constraint_name", None) == INDEX:
            return StateError(ALREADY_OPEN)
        if _SQLITE_CLASH.search(str(current)):
            return StateError(ALREADY_OPEN)
    return None
