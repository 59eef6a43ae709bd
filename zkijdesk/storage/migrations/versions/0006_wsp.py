"""Employers' side (WSP): contacts, candidacies, the curated skills list.

Creates the contact persons and contact log of employers, the placement pipeline
(candidacy), clients' work preferences, an index on client skills by skill (matching
asks "who has these skills") and one covering the open routes that matching reads,
and adds the skills of
``zkijdesk/resources/skills.csv`` that the store does not have yet. Skills already in
the store (the starter list of 0002, or edits by the functional admin) keep their
name and sector: only missing codes are added.

Revision ID: 0006_wsp
Revises: 0005_reporting
"""

import csv
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0006_wsp"
down_revision: str | None = "0005_reporting"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SKILLS_CSV = Path(__file__).resolve().parents[3] / "resources" / "skills.csv"


def _skills() -> list[dict[str, str]]:
    if not SKILLS_CSV.exists():
        return []
    with SKILLS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def upgrade() -> None:
    op.create_table(
        "employer_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("job_title", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_employer_contact_employer_id_employer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contact")),
    )
    op.create_index(
        op.f("ix_employer_contact_employer_id"), "employer_contact", ["employer_id"], unique=False
    )
    op.create_table(
        "employer_contact_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["app_user.id"], name=op.f("fk_employer_contact_log_author_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["employer_contact.id"],
            name=op.f("fk_employer_contact_log_contact_id_employer_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_employer_contact_log_employer_id_employer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contact_log")),
    )
    op.create_index(
        "ix_employer_contact_log_employer_date",
        "employer_contact_log",
        ["employer_id", "occurred_on"],
        unique=False,
    )
    op.create_table(
        "candidacy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=True),
        sa.Column("coach_id", sa.Integer(), nullable=True),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("interview_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_candidacy_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["app_user.id"], name=op.f("fk_candidacy_coach_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_candidacy_placement_id_placement"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["route_id"], ["route.id"], name=op.f("fk_candidacy_route_id_route"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancy.id"],
            name=op.f("fk_candidacy_vacancy_id_vacancy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidacy")),
        sa.UniqueConstraint("vacancy_id", "client_id", name="uq_candidacy_vacancy_client"),
    )
    op.create_index("ix_candidacy_client_stage", "candidacy", ["client_id", "stage"], unique=False)
    op.create_index(op.f("ix_candidacy_vacancy_id"), "candidacy", ["vacancy_id"], unique=False)
    op.create_table(
        "client_work_preference",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("hours_min", sa.Integer(), nullable=True),
        sa.Column("hours_max", sa.Integer(), nullable=True),
        sa.Column("updated_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_work_preference_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_work_preference")),
    )
    # Matching looks up who has a vacancy's skills: by skill first, covering client_id.
    op.create_index("ix_client_skill_skill", "client_skill", ["skill_id", "client_id"])
    # ... and reads every open route with these columns: covered by one index.
    op.create_index("ix_route_open", "route", ["closed_on", "client_id", "sector_id", "coach_id"])
    _seed_skills()


def _seed_skills() -> None:
    conn = op.get_bind()
    sector = sa.table("sector", sa.column("id", sa.Integer), sa.column("code", sa.String))
    skill = sa.table(
        "skill",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("is_credential", sa.Boolean),
        sa.column("sector_id", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    sectors = dict(conn.execute(sa.select(sector.c.code, sector.c.id)).all())
    present = set(conn.execute(sa.select(skill.c.code)).scalars())
    rows = []
    for row in _skills():
        code = row["code"].strip()
        if not code or code in present:
            continue
        present.add(code)
        rows.append(
            {
                "code": code,
                "name": row["name"].strip(),
                "is_credential": row["credential"].strip() == "1",
                "sector_id": sectors.get(row["sector"].strip()) if row["sector"].strip() else None,
                "active": True,
            }
        )
    if rows:
        op.bulk_insert(skill, rows)


def downgrade() -> None:
    op.drop_index("ix_route_open", table_name="route")
    op.drop_index("ix_client_skill_skill", table_name="client_skill")
    op.drop_table("client_work_preference")
    op.drop_index(op.f("ix_candidacy_vacancy_id"), table_name="candidacy")
    op.drop_index("ix_candidacy_client_stage", table_name="candidacy")
    op.drop_table("candidacy")
    op.drop_index("ix_employer_contact_log_employer_date", table_name="employer_contact_log")
    op.drop_table("employer_contact_log")
    op.drop_index(op.f("ix_employer_contact_employer_id"), table_name="employer_contact")
    op.drop_table("employer_contact")
