"""One open route per client, held by a partial unique index.

Two coaches on a team database could both pass the services' check and open a route
for the same client at once (``storage/one_open_route.py``). A store that already
holds such a pair is refused with the clients' numbers: which route to close,
on what day and why, is the coach's to decide, so the step changes no row.

Revision ID: 0012_one_open_route
Revises: 0011_import_more
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from zkijdesk.domain.errors import StoreError
from zkijdesk.storage.one_open_route import INDEX, OPEN, refusal

revision: str = "0012_one_open_route"
down_revision: str | None = "0011_import_more"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Asked before the first step already (migrate.refusal); here too, in case a step
    # is ever run on its own.
    bind = op.get_bind()
    refused = refusal(lambda sql: [tuple(r) for r in bind.exec_driver_sql(sql).fetchall()])
    if refused is not None:
        raise StoreError(refused)
    op.create_index(
        INDEX,
        "route",
        ["client_id"],
        unique=True,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="route")
