"""Initial schema: every table of the first release.

Revision ID: 0001_initial
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum("coach", "teamlead", "admin", name="role", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "focus_target_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_focus_target_group")),
        sa.UniqueConstraint("year", "code", name="uq_focus_target_group_year_code"),
    )
    with op.batch_alter_table("focus_target_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_focus_target_group_year"), ["year"], unique=False)

    op.create_table(
        "municipality",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("in_region", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
        sa.UniqueConstraint("code", name=op.f("uq_municipality_code")),
    )
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("pillar", sa.String(length=60), nullable=False),
        sa.Column("funding_source", sa.String(length=60), nullable=False),
        sa.Column("partners", sa.Text(), nullable=True),
        sa.Column("expected_results", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("code", name=op.f("uq_project_code")),
    )
    op.create_table(
        "sector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("is_focus", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["sector.id"], name=op.f("fk_sector_parent_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sector")),
        sa.UniqueConstraint("code", name=op.f("uq_sector_code")),
    )
    op.create_table(
        "store_info",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_version", sa.String(length=32), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("region", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_info")),
    )
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_number", sa.String(length=16), nullable=True),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("name_prefix", sa.String(length=20), nullable=True),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=7), nullable=True),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column(
            "intake_status",
            sa.Enum(
                "werkend",
                "werkzoekend_ww",
                "werkzoekend_bijstand",
                "werkzoekend_wia_wajong",
                "werkzoekend_zonder_uitkering",
                name="intakestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("doelgroepregister", sa.Boolean(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column("consent_note", sa.Text(), nullable=True),
        sa.Column("search_key", sa.String(length=200), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["app_user.id"], name=op.f("fk_client_created_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_client_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_client_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("bsn", name=op.f("uq_client_bsn")),
        sa.UniqueConstraint("client_number", name=op.f("uq_client_client_number")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index("ix_client_birth_name", ["birth_date", "last_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_postcode"), ["postcode"], unique=False)
        batch_op.create_index("ix_client_search_key", ["search_key"], unique=False)

    op.create_table(
        "employer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("kvk_number", sa.String(length=8), nullable=True),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column(
            "size_class",
            sa.Enum(
                "micro",
                "klein",
                "middel",
                "groot",
                name="employersize",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("banenafspraak", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_employer_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_employer_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer")),
        sa.UniqueConstraint("kvk_number", name=op.f("uq_employer_kvk_number")),
    )
    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_employer_name"), ["name"], unique=False)

    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=48), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_credential", sa.Boolean(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_skill_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("code", name=op.f("uq_skill_code")),
    )
    op.create_table(
        "client_skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column(
            "evidence",
            sa.Enum(
                "diploma",
                "certificaat",
                "werkervaring",
                "assessment",
                "eigen_opgave",
                name="skillevidence",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("shown_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_skill_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_client_skill_skill_id_skill")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_skill")),
    )
    with op.batch_alter_table("client_skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_skill_client_id"), ["client_id"], unique=False)

    op.create_table(
        "client_target_group",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("target_group_id", sa.Integer(), nullable=False),
        sa.Column("tagged_on", sa.Date(), nullable=False),
        sa.Column("tagged_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_client_target_group_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tagged_by_id"],
            ["app_user.id"],
            name=op.f("fk_client_target_group_tagged_by_id_app_user"),
        ),
        sa.ForeignKeyConstraint(
            ["target_group_id"],
            ["focus_target_group.id"],
            name=op.f("fk_client_target_group_target_group_id_focus_target_group"),
        ),
        sa.PrimaryKeyConstraint(
            "client_id", "target_group_id", name=op.f("pk_client_target_group")
        ),
    )
    with op.batch_alter_table("client_target_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_target_group_target_group_id"), ["target_group_id"], unique=False
        )

    op.create_table(
        "route",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=True),
        sa.Column(
            "referral_source",
            sa.Enum(
                "zelfmelder",
                "uwv",
                "gemeente",
                "werkgever",
                "onderwijs",
                "sociaal_team",
                "anders",
                name="referralsource",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column(
            "exit_reason",
            sa.Enum(
                "werk",
                "scholing",
                "elders_geholpen",
                "verhuisd",
                "gestopt",
                "geen_contact",
                "anders",
                name="exitreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_route_client_id_client"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["app_user.id"], name=op.f("fk_route_coach_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_route_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_route_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_route")),
    )
    with op.batch_alter_table("route", schema=None) as batch_op:
        batch_op.create_index("ix_route_client", ["client_id"], unique=False)
        batch_op.create_index("ix_route_coach_open", ["coach_id", "closed_on"], unique=False)
        batch_op.create_index("ix_route_dates", ["intake_date", "closed_on"], unique=False)

    op.create_table(
        "vacancy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("occupation", sa.String(length=120), nullable=False),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column("hours_per_week", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_behandeling",
                "vervuld",
                "ingetrokken",
                name="vacancystatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employer.id"],
            name=op.f("fk_vacancy_employer_id_employer"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_vacancy_municipality_id_municipality"),
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_vacancy_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacancy")),
    )
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vacancy_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vacancy_status"), ["status"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "gesprek",
                "telefoon",
                "email",
                "video",
                "werkgeversbezoek",
                "notitie",
                name="activitykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["app_user.id"], name=op.f("fk_activity_author_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_activity_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["route_id"], ["route.id"], name=op.f("fk_activity_route_id_route"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_client_date", ["client_id", "occurred_on"], unique=False)

    op.create_table(
        "guidance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "loopbaanadvies",
                "jobcoaching",
                "sollicitatietraining",
                "werkervaringsplek",
                "anders",
                name="guidancekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["route_id"], ["route.id"], name=op.f("fk_guidance_route_id_route"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance")),
    )
    with op.batch_alter_table("guidance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guidance_route_id"), ["route_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("vacancy_id", sa.Integer(), nullable=True),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column(
            "contract_type",
            sa.Enum(
                "vast",
                "bepaalde_tijd",
                "uitzend",
                "oproep",
                "leerwerk",
                "zzp",
                name="contracttype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("hours_per_week", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("banenafspraak", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "hours_per_week >= 0 AND hours_per_week <= 60", name=op.f("ck_placement_hours")
        ),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employer.id"], name=op.f("fk_placement_employer_id_employer")
        ),
        sa.ForeignKeyConstraint(
            ["route_id"], ["route.id"], name=op.f("fk_placement_route_id_route"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_placement_sector_id_sector")
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancy.id"], name=op.f("fk_placement_vacancy_id_vacancy")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_employer_id"), ["employer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_route_id"), ["route_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_start_date"), ["start_date"], unique=False)

    op.create_table(
        "training",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("provider", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "mbo_certificaat",
                "bbl",
                "modulaire_cursus",
                "skills_cursus",
                "diploma",
                "anders",
                name="trainingkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sector_id", sa.Integer(), nullable=True),
        sa.Column("planned_start", sa.Date(), nullable=True),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column(
            "result",
            sa.Enum(
                "lopend", "behaald", "gestopt", name="trainingresult", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("credential", sa.String(length=120), nullable=True),
        sa.ForeignKeyConstraint(
            ["route_id"], ["route.id"], name=op.f("fk_training_route_id_route"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["sector_id"], ["sector.id"], name=op.f("fk_training_sector_id_sector")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_route_id"), ["route_id"], unique=False)

    op.create_table(
        "vacancy_skill",
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["skill_id"], ["skill.id"], name=op.f("fk_vacancy_skill_skill_id_skill")
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"],
            ["vacancy.id"],
            name=op.f("fk_vacancy_skill_vacancy_id_vacancy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("vacancy_id", "skill_id", name=op.f("pk_vacancy_skill")),
    )
    op.create_table(
        "placement_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("still_working", sa.Boolean(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.CheckConstraint("months IN (3, 6, 12)", name=op.f("ck_placement_follow_up_months")),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_placement_follow_up_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement_follow_up")),
    )
    with op.batch_alter_table("placement_follow_up", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_placement_follow_up_due_date"), ["due_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_placement_follow_up_placement_id"), ["placement_id"], unique=False
        )

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("route_id", sa.Integer(), nullable=True),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_task_client_id_client"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["placement_follow_up.id"],
            name=op.f("fk_task_follow_up_id_placement_follow_up"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["app_user.id"], name=op.f("fk_task_owner_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["route_id"], ["route.id"], name=op.f("fk_task_route_id_route"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            "ix_task_owner_due", ["owner_id", "done_at", "due_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index("ix_task_owner_due")
        batch_op.drop_index(batch_op.f("ix_task_client_id"))

    op.drop_table("task")
    with op.batch_alter_table("placement_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_follow_up_placement_id"))
        batch_op.drop_index(batch_op.f("ix_placement_follow_up_due_date"))

    op.drop_table("placement_follow_up")
    op.drop_table("vacancy_skill")
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_route_id"))

    op.drop_table("training")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_start_date"))
        batch_op.drop_index(batch_op.f("ix_placement_route_id"))
        batch_op.drop_index(batch_op.f("ix_placement_employer_id"))

    op.drop_table("placement")
    with op.batch_alter_table("guidance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guidance_route_id"))

    op.drop_table("guidance")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_client_date")

    op.drop_table("activity")
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vacancy_status"))
        batch_op.drop_index(batch_op.f("ix_vacancy_employer_id"))

    op.drop_table("vacancy")
    with op.batch_alter_table("route", schema=None) as batch_op:
        batch_op.drop_index("ix_route_dates")
        batch_op.drop_index("ix_route_coach_open")
        batch_op.drop_index("ix_route_client")

    op.drop_table("route")
    with op.batch_alter_table("client_target_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_target_group_target_group_id"))

    op.drop_table("client_target_group")
    with op.batch_alter_table("client_skill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_skill_client_id"))

    op.drop_table("client_skill")
    op.drop_table("skill")
    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_employer_name"))

    op.drop_table("employer")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index("ix_client_search_key")
        batch_op.drop_index(batch_op.f("ix_client_postcode"))
        batch_op.drop_index("ix_client_birth_name")

    op.drop_table("client")
    op.drop_table("store_info")
    op.drop_table("sector")
    op.drop_table("project")
    op.drop_table("municipality")
    with op.batch_alter_table("focus_target_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_focus_target_group_year"))

    op.drop_table("focus_target_group")
    op.drop_table("app_user")
