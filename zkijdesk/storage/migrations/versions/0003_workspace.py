"""Coach workspace: the client bin (soft delete) and per-user settings.

Revision ID: 0003_workspace
Revises: 0002_reference_data
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_workspace"
down_revision: str | None = "0002_reference_data"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "user_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_user_setting_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_setting")),
        sa.UniqueConstraint("user_id", "key", name="uq_user_setting_user_key"),
    )
    # Plain ADD COLUMN, no table rebuild: both columns are nullable, so SQLite can add
    # them in place, the reference included (Alembic only offers that through a rebuild).
    op.add_column("client", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE client ADD COLUMN deleted_by_id INTEGER "
            "CONSTRAINT fk_client_deleted_by_id_app_user REFERENCES app_user (id)"
        )
    else:
        op.add_column("client", sa.Column("deleted_by_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f("fk_client_deleted_by_id_app_user"),
            "client",
            "app_user",
            ["deleted_by_id"],
            ["id"],
        )
    op.create_index(op.f("ix_client_deleted_at"), "client", ["deleted_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_client_deleted_at"), table_name="client")
    with op.batch_alter_table("client") as batch_op:
        batch_op.drop_column("deleted_by_id")
        batch_op.drop_column("deleted_at")
    op.drop_table("user_setting")
