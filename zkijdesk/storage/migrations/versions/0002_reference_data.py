"""Reference data: sectors, municipalities, focus target groups and a starter skills list.

The data is written out here rather than imported from the program, so this step does
the same thing on every store no matter how later code changes. The focus target groups
are the region's starting list for 2023-2026; the functional admin edits them each year.

Revision ID: 0002_reference_data
Revises: 0001_initial
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_reference_data"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# code, name, name_en, parent code, is_focus
SECTORS = [
    ("ZW", "Zorg & Welzijn", "Care & Welfare", None, True),
    ("OND", "Onderwijs", "Education", None, True),
    ("TECH", "Techniek", "Technology", None, True),
    ("TECH_ICT", "ICT & digitaal", "ICT & digital", "TECH", True),
    ("TECH_CIRC", "Circulaire & duurzame economie", "Circular & sustainable economy", "TECH", True),
    (
        "TECH_PROD",
        "Technische productie & onderhoud",
        "Technical manufacturing & maintenance",
        "TECH",
        True,
    ),
    ("OVERIG", "Overige sectoren", "Other sectors", None, False),
    ("OV_HANDEL", "Handel & detailhandel", "Trade & retail", "OVERIG", False),
    ("OV_LOGISTIEK", "Logistiek & transport", "Logistics & transport", "OVERIG", False),
    ("OV_HORECA", "Horeca & recreatie", "Hospitality & leisure", "OVERIG", False),
    ("OV_ZAKELIJK", "Zakelijke dienstverlening", "Business services", "OVERIG", False),
    ("OV_OVERHEID", "Overheid", "Public administration", "OVERIG", False),
]

MUNICIPALITIES = [
    ("GM0375", "Beverwijk", True),
    ("GM0377", "Bloemendaal", True),
    ("GM0392", "Haarlem", True),
    ("GM0396", "Heemskerk", True),
    ("GM0397", "Heemstede", True),
    ("GM0453", "Velsen", True),
    ("GM0473", "Zandvoort", True),
    ("BUITEN", "Buiten de regio", False),
]

GROUPS = {
    "JONG": ("Jongeren tot 27 jaar", "Young people under 27"),
    "50PLUS": ("50-plussers", "People aged 50 and over"),
    "STATUS": ("Statushouders", "Refugees with a residence permit"),
    "BANEN": ("Banenafspraak", "Job agreement (occupational disability)"),
    "DEELTIJD": ("Deeltijders die meer uren willen", "Part-timers who want more hours"),
}
GROUPS_BY_YEAR = {
    2023: ["JONG", "50PLUS", "STATUS"],
    2024: ["JONG", "STATUS", "BANEN"],
    2025: ["50PLUS", "BANEN", "DEELTIJD"],
    2026: ["JONG", "DEELTIJD", "STATUS"],
}

# code, name, sector code (None = general), is_credential
SKILLS = [
    ("ZW_ADL", "Ondersteunen bij ADL", "ZW", False),
    ("ZW_MEDICATIE", "Medicatie aanreiken en registreren", "ZW", False),
    ("ZW_SIGNALEREN", "Signaleren van gezondheidsveranderingen", "ZW", False),
    ("ZW_DEMENTIE", "Omgaan met dementie", "ZW", False),
    ("ZW_RAPPORTEREN", "Rapporteren in het zorgdossier", "ZW", False),
    ("ZW_HELPENDE", "Diploma Helpende Zorg & Welzijn (niveau 2)", "ZW", True),
    ("ZW_VERZORGENDE", "Diploma Verzorgende-IG (niveau 3)", "ZW", True),
    ("ZW_BHV", "BHV-certificaat", None, True),
    ("ZW_AGOGISCH", "Agogisch handelen", "ZW", False),
    ("ZW_KINDEROPVANG", "Pedagogisch medewerker kinderopvang", "ZW", True),
    ("OND_KLAS", "Klassenmanagement", "OND", False),
    ("OND_DIDACTIEK", "Didactische vaardigheden", "OND", False),
    ("OND_ONDERWIJSASSISTENT", "Diploma Onderwijsassistent", "OND", True),
    ("OND_PABO", "Pabo-diploma", "OND", True),
    ("OND_ZIJINSTROOM", "Geschiktheidsonderzoek zij-instroom", "OND", True),
    ("OND_BEGELEIDEN", "Begeleiden van leerlingen", "OND", False),
    ("TECH_VCA", "VCA-basis", "TECH", True),
    ("TECH_LASSEN", "Lassen (MIG/MAG)", "TECH_PROD", False),
    ("TECH_TEKENING", "Technische tekeningen lezen", "TECH_PROD", False),
    ("TECH_ELEKTRO", "Elektrotechnisch installeren", "TECH_PROD", False),
    ("TECH_NEN3140", "NEN 3140 vakbekwaam persoon", "TECH_PROD", True),
    ("TECH_ONDERHOUD", "Preventief onderhoud", "TECH_PROD", False),
    ("TECH_CNC", "CNC-verspanen", "TECH_PROD", False),
    ("TECH_ZONNEPANELEN", "Zonnepanelen installeren", "TECH_CIRC", False),
    ("TECH_WARMTEPOMP", "Warmtepompen installeren", "TECH_CIRC", False),
    ("TECH_RECYCLING", "Materiaalscheiding en hergebruik", "TECH_CIRC", False),
    ("ICT_SUPPORT", "ICT-servicedesk", "TECH_ICT", False),
    ("ICT_NETWERK", "Netwerkbeheer", "TECH_ICT", False),
    ("ICT_PROGRAMMEREN", "Programmeren", "TECH_ICT", False),
    ("ICT_DATA", "Data-analyse", "TECH_ICT", False),
    ("ICT_SECURITY", "Informatiebeveiliging", "TECH_ICT", False),
    ("GEN_NL_B1", "Nederlands op B1-niveau", None, False),
    ("GEN_NL_A2", "Nederlands op A2-niveau", None, False),
    ("GEN_ENGELS", "Engels", None, False),
    ("GEN_DIGITAAL", "Digitale basisvaardigheden", None, False),
    ("GEN_RIJBEWIJS_B", "Rijbewijs B", None, True),
    ("GEN_HEFTRUCK", "Heftruckcertificaat", None, True),
    ("GEN_KLANT", "Klantgericht werken", None, False),
    ("GEN_SAMENWERKEN", "Samenwerken", None, False),
    ("GEN_PLANNEN", "Plannen en organiseren", None, False),
    ("GEN_COMMUNICEREN", "Mondeling communiceren", None, False),
    ("GEN_KASSA", "Kassawerkzaamheden", "OV_HANDEL", False),
    ("GEN_LOGISTIEK", "Orderpicken", "OV_LOGISTIEK", False),
    ("GEN_HORECA", "Gastvrijheid", "OV_HORECA", False),
    ("GEN_ADMIN", "Administratief werk", "OV_ZAKELIJK", False),
    ("GEN_MBO2", "Mbo-diploma niveau 2", None, True),
    ("GEN_MBO4", "Mbo-diploma niveau 4", None, True),
    ("GEN_HBO", "Hbo-diploma", None, True),
]


def upgrade() -> None:
    conn = op.get_bind()
    sector = sa.table(
        "sector",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("name_en", sa.String),
        sa.column("parent_id", sa.Integer),
        sa.column("is_focus", sa.Boolean),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    ids: dict[str, int] = {}
    for order, (code, name, name_en, parent, focus) in enumerate(SECTORS):
        conn.execute(
            sector.insert().values(
                code=code,
                name=name,
                name_en=name_en,
                parent_id=ids[parent] if parent else None,
                is_focus=focus,
                sort_order=order,
                active=True,
            )
        )
        ids[code] = conn.execute(sa.select(sector.c.id).where(sector.c.code == code)).scalar_one()

    municipality = sa.table(
        "municipality",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("in_region", sa.Boolean),
        sa.column("sort_order", sa.Integer),
    )
    op.bulk_insert(
        municipality,
        [
            {"code": code, "name": name, "in_region": inside, "sort_order": order}
            for order, (code, name, inside) in enumerate(MUNICIPALITIES)
        ],
    )

    group = sa.table(
        "focus_target_group",
        sa.column("year", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("name_en", sa.String),
        sa.column("description", sa.Text),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        group,
        [
            {
                "year": year,
                "code": code,
                "name": GROUPS[code][0],
                "name_en": GROUPS[code][1],
                "description": None,
                "active": True,
            }
            for year, codes in GROUPS_BY_YEAR.items()
            for code in codes
        ],
    )

    skill = sa.table(
        "skill",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("is_credential", sa.Boolean),
        sa.column("sector_id", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        skill,
        [
            {
                "code": code,
                "name": name,
                "is_credential": credential,
                "sector_id": ids[sector_code] if sector_code else None,
                "active": True,
            }
            for code, name, sector_code, credential in SKILLS
        ],
    )


def downgrade() -> None:
    for table in ("skill", "focus_target_group", "municipality"):
        op.execute(sa.text(f"DELETE FROM {table}"))
    op.execute(sa.text("UPDATE sector SET parent_id = NULL"))
    op.execute(sa.text("DELETE FROM sector"))
