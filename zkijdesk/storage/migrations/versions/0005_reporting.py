"""Monthly figures: publication ledger and team contributions.

Revision ID: 0005_reporting
Revises: 0004_privacy
"""

from collections.abc import Sequence

revision: str = "0005_reporting"
down_revision: str | None = "0004_privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
