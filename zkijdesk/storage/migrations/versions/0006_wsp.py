"""Employers' side (WSP): contacts, candidacies, the curated skills list.

Revision ID: 0006_wsp
Revises: 0005_reporting
"""

from collections.abc import Sequence

revision: str = "0006_wsp"
down_revision: str | None = "0005_reporting"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
