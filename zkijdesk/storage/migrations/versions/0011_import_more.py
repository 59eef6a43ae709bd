"""Import batches also tag the skills of clients and the contact persons of employers.

The import now writes ``client_skill`` and ``employer_contact`` rows too; like the
tables of 0009 they get a nullable ``import_batch_id`` (empty for rows made by hand),
so an undo of the batch finds and removes exactly its own rows.

Revision ID: 0011_import_more
Revises: 0010_reporting_dates
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_import_more"
down_revision: str | None = "0010_reporting_dates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCHED = ("client_skill", "employer_contact")


def upgrade() -> None:
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
