"""An index on the user who registered a client, for the access rule.

The access rule (``services/access.py``) collects the ids a user may see from three
indexed lookups; the clients a user registered were the one lookup without an index,
and so a scan of every client on each list query.

Revision ID: 0007_access_index
Revises: 0006_wsp
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007_access_index"
down_revision: str | None = "0006_wsp"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_client_created_by", "client", ["created_by_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_client_created_by", table_name="client")
