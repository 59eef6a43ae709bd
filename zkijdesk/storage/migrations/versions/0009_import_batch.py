"""Import batches: a spreadsheet import's records can be found, reported and undone.

Each table an import writes gets a nullable ``import_batch_id``; records made by hand
keep it empty. On a team database ``import_batch`` is a personal table under
row-level security (storage/team.py), renewed by ``zkijdesk team upgrade``.

Revision ID: 0009_import_batch
Revises: 0008_client_version
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_import_batch"
down_revision: str | None = "0008_client_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables whose rows an import writes.
BATCHED = ("client", "route", "training", "placement", "employer", "vacancy", "activity")


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sheet", sa.String(length=120), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("rows_refused", sa.Integer(), nullable=False),
        sa.Column("rows_skipped", sa.Integer(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_import_batch_created_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_batch_created_by_id"), ["created_by_id"], unique=False
        )
    for table in BATCHED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("import_batch_id", sa.Integer(), nullable=True))
            batch_op.create_index(
                batch_op.f(f"ix_{table}_import_batch_id"), ["import_batch_id"], unique=False
            )
            batch_op.create_foreign_key(
                batch_op.f(f"fk_{table}_import_batch_id_import_batch"),
                "import_batch",
                ["import_batch_id"],
                ["id"],
            )


def downgrade() -> None:
    for table in reversed(BATCHED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(
                batch_op.f(f"fk_{table}_import_batch_id_import_batch"), type_="foreignkey"
            )
            batch_op.drop_index(batch_op.f(f"ix_{table}_import_batch_id"))
            batch_op.drop_column("import_batch_id")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_created_by_id"))
    op.drop_table("import_batch")
