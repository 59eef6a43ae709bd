"""A version and a last editor on each client, so a second save cannot silently win.

On a team database two people can have the same file open. Each save says which
version it was made from; the program refuses it (naming who changed the file since)
when the stored version moved on, and the database's own ``UPDATE ... WHERE version``
catches the last race in between.

Revision ID: 0008_client_version
Revises: 0007_access_index
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_client_version"
down_revision: str | None = "0007_access_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
        batch_op.add_column(sa.Column("updated_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_client_updated_by_id_app_user"), "app_user", ["updated_by_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_client_updated_by_id_app_user"), type_="foreignkey")
        batch_op.drop_column("updated_by_id")
        batch_op.drop_column("version")
