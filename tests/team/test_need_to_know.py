"""Need-to-know held by the database: each login role reads only what its person may.

The persons connect with psycopg directly, not through the services, as someone with
``psql`` or a spreadsheet's ODBC driver would.
"""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import create_engine, text

from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput, TrainingInput
from zkijdesk.storage.team import PERSONAL_POLICIES

pytestmark = pytest.mark.postgres

#: How to find, for each personal table, the client a row belongs to (as the owner sees it).
CLIENT_OF = {
    "client": "SELECT id FROM client",
    "route": "SELECT client_id FROM route",
    "activity": "SELECT client_id FROM activity",
    "candidacy": "SELECT client_id FROM candidacy",
    "client_skill": "SELECT client_id FROM client_skill",
    "client_target_group": "SELECT client_id FROM client_target_group",
    "client_work_preference": "SELECT client_id FROM client_work_preference",
    "client_share": "SELECT client_id FROM client_share",
    "guidance": "SELECT r.client_id FROM guidance x JOIN route r ON r.id = x.route_id",
    "training": "SELECT r.client_id FROM training x JOIN route r ON r.id = x.route_id",
    "placement": "SELECT r.client_id FROM placement x JOIN route r ON r.id = x.route_id",
    "placement_follow_up": (
        "SELECT r.client_id FROM placement_follow_up f JOIN placement x ON x.id = f.placement_id "
        "JOIN route r ON r.id = x.route_id"
    ),
}


FILLED_FOR_BOTH = {
    "client",
    "route",
    "activity",
    "guidance",
    "training",
    "placement",
    "placement_follow_up",
}


def _file(ctx, last_name: str, *, with_route: bool = True) -> int:
    result = ctx.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name=last_name,
            birth_date=date(1985, 3, 4),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=date(2026, 3, 1)) if with_route else None,
    )
    cid = result.client.id
    ctx.activities.record_contact(cid, "telefoon", date(2026, 3, 2), note="Belde over cv")
    ctx.activities.add_task(f"Nabellen {last_name}", date(2026, 12, 1), client_id=cid)
    if result.route is not None:
        rid = result.route.id
        ctx.routes.add_guidance(rid, "jobcoaching", date(2026, 3, 3))
        ctx.routes.add_training(
            rid,
            TrainingInput(
                title="VCA", provider="ROC", planned_start=date(2026, 4, 1), actual_start=None
            ),
        )
        ctx.routes.add_placement(
            rid, PlacementInput(start_date=date(2026, 5, 1), hours_per_week=24)
        )
    return cid


@pytest.fixture(scope="module")
def files(team):
    """Anna's and Bram's files; Anna shares one with Bram; Anna registers one without route."""
    anna = [_file(team.anna, "Aalders"), _file(team.anna, "Abbink")]
    bram = [_file(team.bram, "Brouwer")]
    unrouted = _file(team.anna, "Achterberg", with_route=False)
    shared = _file(team.anna, "Appel")
    team.anna.sharing.share(shared, team.bram.actor.user_id)
    return {"anna": [*anna, unrouted, shared], "bram": [*bram, shared]}


def _as(team_db, person: str):
    return psycopg.connect(team_db.psycopg_dsn(person), autocommit=True)


def _owner_view(team_db, table: str) -> list[int]:
    engine = create_engine(team_db.maintenance_url)
    try:
        with engine.connect() as conn:
            return sorted(conn.execute(text(CLIENT_OF[table])).scalars())
    finally:
        engine.dispose()


def test_every_personal_table_is_covered(team_db):
    # task, user_setting and import_batch are keyed on the person, not on a client.
    assert set(CLIENT_OF) | {"task", "user_setting", "import_batch"} == set(PERSONAL_POLICIES)


@pytest.mark.parametrize("table", sorted(CLIENT_OF))
def test_a_coach_reads_only_the_rows_of_their_own_files(team, files, table):
    everyone = _owner_view(team.db, table)
    for person in ("anna", "bram"):
        mine = set(files[person])
        expected = sorted(c for c in everyone if c in mine)
        with _as(team.db, person) as conn:
            seen = sorted(r[0] for r in conn.execute(CLIENT_OF[table]).fetchall())
        assert seen == expected, f"{person} on {table}"
    if table in FILLED_FOR_BOTH:
        assert any(c not in files["anna"] for c in everyone), f"{table} has only Anna's rows"


def test_a_coach_cannot_read_a_colleagues_client_by_id(team, files):
    bram_only = files["bram"][0]
    with _as(team.db, "anna") as conn:
        assert conn.execute("SELECT * FROM client WHERE id = %s", (bram_only,)).fetchall() == []
        assert (
            conn.execute("UPDATE client SET last_name = 'X' WHERE id = %s", (bram_only,)).rowcount
            == 0
        )
        assert conn.execute("DELETE FROM route WHERE client_id = %s", (bram_only,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO activity (client_id, kind, occurred_on, minutes, created_at, "
                "updated_at) VALUES (%s, 'telefoon', '2026-01-01', 0, now(), now())",
                (bram_only,),
            )


def test_tasks_are_their_owners_and_the_team_leads(team, files):
    with _as(team.db, "bram") as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM task").fetchall()}
    assert "Nabellen Brouwer" in titles and "Nabellen Aalders" not in titles
    with _as(team.db, "lead") as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM task").fetchall()}
    assert {"Nabellen Brouwer", "Nabellen Aalders"} <= titles


def test_admin_sees_no_client_rows(team, files):
    with _as(team.db, "admin") as conn:
        for table in CLIENT_OF:
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert (
            conn.execute("SELECT count(*) FROM task WHERE client_id IS NOT NULL").fetchone()[0] == 0
        )
    assert team.admin.clients.find("") == []


def test_the_services_agree_with_the_database(team, files):
    names = {c.last_name for c in team.bram.clients.find("")}
    assert names == {"Brouwer", "Appel"}
    assert team.anna.clients.get(files["anna"][0]).last_name == "Aalders"
    assert team.lead.clients.find("") == []


def test_team_lead_transfers_a_caseload_without_reading_it(team, files):
    from zkijdesk.services.caseload import CaseloadService
    from zkijdesk.services.team_overview import TeamOverviewService

    lead = CaseloadService(team.lead.store, team.lead.actor, lambda: date(2026, 11, 15))
    overview = TeamOverviewService(team.lead.store, team.lead.actor, lambda: date(2026, 11, 15))
    abbink = files["anna"][1]
    number = team.anna.clients.get(abbink).client_number  # as Anna tells the lead
    preview = overview.client_preview(number)
    # the call-back task and the three follow-up checks the placement planned
    assert (preview.client_id, preview.coach, preview.open_tasks) == (abbink, "Anna", 4)
    with _as(team.db, "anna") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM zk_transfer_preview(%s)", (number,))
    with _as(team.db, "lead") as conn:  # as psql would: the route and coach, no name
        cursor = conn.execute("SELECT * FROM zk_transfer_preview(%s)", (number,))
        assert [c.name for c in cursor.description] == [
            "client_id",
            "coach_id",
            "intake_date",
            "open_route",
            "open_tasks",
        ]
        assert cursor.fetchone()[0] == abbink
        assert conn.execute("SELECT * FROM zk_transfer_preview('ZK9999999')").fetchall() == []
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 0
    moved = lead.transfer_client(preview.client_id, team.bram.actor.user_id)
    assert moved > 0
    assert "Abbink" in {c.last_name for c in team.bram.clients.find("")}
    assert "Nabellen Abbink" in {t.title for t in team.bram.activities.tasks()}
    assert "Nabellen Abbink" not in {t.title for t in team.anna.activities.tasks()}
    assert overview.client_preview(number).coach == "Bram"
    with _as(team.db, "lead") as conn:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 0
    before = overview.transfer_preview(team.bram.actor.user_id)
    back = lead.transfer_caseload(team.bram.actor.user_id, team.anna.actor.user_id)
    assert back == before.routes >= 2
    assert "Abbink" not in {c.last_name for c in team.bram.clients.find("")}
    assert before.open_tasks >= 2  # Brouwer's and Abbink's, Bram's own clients
    assert "Nabellen Abbink" in {t.title for t in team.anna.activities.tasks()}


def test_the_team_lead_counts_the_whole_team_without_reading_a_name(team, files):
    """The monthly figures on a team database: the lead counts every file (through the
    figures views) and gets the same atoms as a count over the tables themselves."""
    from zkijdesk.services.reporting_queries import year_counts
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    with team.lead.store.figures_session() as s:
        lead_counts = year_counts(s, 2026, 6)
    everything = open_store(StoreLocation(url=team.db.maintenance_url))
    try:
        with everything.read_session(transaction=True) as s:
            s.execute(text("SET LOCAL search_path = zkijdesk"))
            true_counts = year_counts(s, 2026, 6)
    finally:
        everything.close()
    assert lead_counts.atoms == true_counts.atoms
    assert sum(sum(per.values()) for per in lead_counts.atoms.values()) > 0
    with _as(team.db, "lead") as conn:
        named = conn.execute(
            "SELECT count(*) FROM zkijdesk_cijfers.client "
            "WHERE last_name IS NOT NULL OR bsn IS NOT NULL OR first_name IS NOT NULL"
        ).fetchone()[0]
        days = conn.execute(
            "SELECT DISTINCT to_char(birth_date, 'MM-DD') FROM zkijdesk_cijfers.client"
        ).fetchall()
        assert conn.execute("SELECT count(*) FROM zkijdesk_cijfers.client").fetchone()[0] >= 5
    assert named == 0
    assert {d[0] for d in days} <= {"12-31", "01-01"}  # no birthday leaves the files


def test_a_credential_counts_for_the_lead_without_its_name(team, files):
    """ "Scholing behaald" counts trainings with a credential: the figures view keeps that
    there is one, not which (it once blanked the column, and the lead counted 0)."""
    from zkijdesk.reporting.cells import CellKey
    from zkijdesk.services.reporting_queries import year_counts

    route = team.anna.clients.routes(files["anna"][0])[0]
    team.anna.routes.add_training(
        route.id,
        TrainingInput(
            title="Heftruck",
            provider="ROC",
            actual_start=date(2026, 4, 1),
            actual_end=date(2026, 5, 20),
            result="behaald",
            credential="Certificaat heftruckchauffeur",
        ),
    )
    achieved = CellKey.make("scholing_behaald", "", "", "TOTAL", 2026, "M", 5)
    with team.lead.store.figures_session() as s:
        assert year_counts(s, 2026, 5).value(achieved) == 1
    with _as(team.db, "lead") as conn:
        shown = conn.execute("SELECT DISTINCT credential FROM zkijdesk_cijfers.training")
        assert {row[0] for row in shown.fetchall()} <= {None, "", "ja"}


def test_a_coach_cannot_read_the_figures_views(team, files):
    with _as(team.db, "anna") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM zkijdesk_cijfers.client")


def test_the_team_lead_exports_a_month_from_the_team_database(team, files, tmp_path):
    import json

    from zkijdesk.cli import main

    out = tmp_path / "cijfers"
    url = team.db.url_for("lead")
    assert main(["--database-url", url, "export", "--month", "2026-06", "--out", str(out)]) == 0
    [figures] = [p for p in out.glob("*.json") if not p.name.endswith(".auditanker.json")]
    [anchor] = list(out.glob("*.auditanker.json"))
    published = json.loads(figures.read_text(encoding="utf-8"))
    assert published["period"] == "2026-06"
    assert json.loads(anchor.read_text(encoding="utf-8"))["entries"] > 0
    for path in out.iterdir():
        if path.suffix in {".json", ".csv"}:
            text_out = path.read_text(encoding="utf-8")
            assert "Aalders" not in text_out and "Brouwer" not in text_out
    assert (
        main(
            [
                "--database-url",
                team.db.url_for("anna"),
                "export",
                "--month",
                "2026-06",
                "--out",
                str(tmp_path / "coach"),
            ]
        )
        == 1
    )


def test_a_change_in_the_same_transaction_is_seen_by_its_next_statement(team, files):
    """The visible set is kept for a transaction; what changes it clears it at once, so a
    contact can be added to a client registered a statement earlier."""
    me = team.anna.actor.user_id
    with _as(team.db, "anna") as conn, conn.transaction():
        conn.execute("SELECT count(*) FROM activity").fetchone()  # the set is now kept
        new = conn.execute(
            "INSERT INTO client (first_name, last_name, birth_date, intake_status, "
            "doelgroepregister, search_key, created_by_id, restricted, version, created_at, "
            "updated_at) VALUES ('Nieuw', 'Inschrijving', '1990-01-01', 'werkzoekend_ww', "
            "false, 'nieuw inschrijving', %s, false, 1, now(), now()) RETURNING id",
            (me,),
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO activity (client_id, kind, occurred_on, minutes, created_at, "
            "updated_at) VALUES (%s, 'telefoon', '2026-11-01', 5, now(), now())",
            (new,),
        )
        seen = conn.execute("SELECT count(*) FROM activity WHERE client_id = %s", (new,))
        assert seen.fetchone()[0] == 1
        conn.execute("DELETE FROM activity WHERE client_id = %s", (new,))
        conn.execute("DELETE FROM client WHERE id = %s", (new,))


def test_no_colleague_reads_the_app_lock_hash(team):
    from zkijdesk.services.app_lock import AppLockService

    AppLockService(team.bram.store, team.bram.actor).set_secret("482915")
    with _as(team.db, "anna") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT lock_secret_hash FROM app_user")
    with _as(team.db, "anna") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT zk_set_lock_hash(%s, 'x')", (team.bram.actor.user_id,))
    bram = AppLockService(team.bram.store, team.bram.actor)
    assert bram.is_set() and bram.unlock_matches("482915")
    admin = AppLockService(team.admin.store, team.admin.actor)
    assert (team.bram.actor.user_id, "Bram") in admin.locked_users()
    admin.reset_for(team.bram.actor.user_id)
    assert not bram.is_set()


def test_the_team_lead_overview_counts_every_coach_through_the_figures(team, files):
    from zkijdesk.services.team_overview import TeamOverviewService

    lead = TeamOverviewService(team.lead.store, team.lead.actor, lambda: date(2026, 11, 15))
    loads = {c.user_id: c.open_routes for c in lead.caseloads()}
    engine = create_engine(team.db.maintenance_url)
    try:
        with engine.connect() as conn:
            truth = dict(
                conn.execute(
                    text(
                        "SELECT coach_id, count(*) FROM route WHERE closed_on IS NULL "
                        "GROUP BY coach_id"
                    )
                ).all()
            )
    finally:
        engine.dispose()
    assert {k: v for k, v in loads.items() if v} == truth
    assert sum(truth.values()) >= 4
    assert {t.coach for t in lead.overdue_tasks()} <= {"Anna", "Bram"}
