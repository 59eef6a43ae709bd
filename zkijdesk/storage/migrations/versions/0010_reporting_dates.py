"""Date indexes for the monthly figures on routes, trainings and vacancies.

Every indicator of the monthly figures (``services/reporting_queries.py``) reads its
rows through a date index, so counting a year costs the rows of that year and not a
walk over every row ever written. Routes, placements and follow-ups had theirs;
trainings (started, running, achieved or stopped in the year) and vacancies (opened,
filled) were read in full. The route and training date indexes also hold whose item
it is and its sector, so the persons-per-month count reads the index alone. The index
on a vacancy's status gives way to one on status and closing date, which serves a
look-up by status just as well. ``tests/reporting/test_counting_plans.py`` checks the
plans.

Revision ID: 0010_reporting_dates
Revises: 0009_import_batch
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_reporting_dates"
down_revision: str | None = "0009_import_batch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: The route and training date indexes carry what the persons-per-month count reads
#: (whose item, which sector), so that count never visits the tables themselves.
ROUTE_DATES = ["intake_date", "closed_on", "client_id", "sector_id"]
TRAINING_DATES = ["actual_start", "actual_end", "route_id", "sector_id"]


def upgrade() -> None:
    op.drop_index("ix_route_dates", table_name="route")
    op.create_index("ix_route_dates", "route", ROUTE_DATES, unique=False)
    op.create_index("ix_training_dates", "training", TRAINING_DATES, unique=False)
    op.create_index("ix_training_result_end", "training", ["result", "actual_end"], unique=False)
    op.create_index("ix_vacancy_opened_on", "vacancy", ["opened_on"], unique=False)
    op.create_index("ix_vacancy_status_closed", "vacancy", ["status", "closed_on"], unique=False)
    op.drop_index("ix_vacancy_status", table_name="vacancy")


def downgrade() -> None:
    op.create_index("ix_vacancy_status", "vacancy", ["status"], unique=False)
    op.drop_index("ix_vacancy_status_closed", table_name="vacancy")
    op.drop_index("ix_vacancy_opened_on", table_name="vacancy")
    op.drop_index("ix_training_result_end", table_name="training")
    op.drop_index("ix_training_dates", table_name="training")
    op.drop_index("ix_route_dates", table_name="route")
    op.create_index("ix_route_dates", "route", ["intake_date", "closed_on"], unique=False)
