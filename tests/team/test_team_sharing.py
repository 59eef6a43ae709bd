"""Sharing a file on a team database, held by the database as well as the program:
Bram, who reads a file Anna shared, cannot pass it on with psql either, and once the
share ends his to-dos about the client are no longer his to read."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from zkijdesk.domain.errors import NotFoundError, PermissionDeniedError
from zkijdesk.services.dto import ClientInput, RouteInput

pytestmark = pytest.mark.postgres


def _intake(ctx, last_name: str) -> int:
    return ctx.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name=last_name,
            birth_date=date(1985, 3, 4),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=date(2026, 3, 1)),
    ).client.id


def _as(team_db, person: str):
    return psycopg.connect(team_db.psycopg_dsn(person), autocommit=True)


def test_only_the_files_coach_shares_it_even_with_psql(team):
    anna, bram, lead = team.anna, team.bram, team.lead
    cid = _intake(anna, "Deelman")
    anna.sharing.share(cid, bram.actor.user_id)
    lead_id = lead.actor.user_id
    with _as(team.db, "bram") as conn:
        assert conn.execute("SELECT id FROM client WHERE id = %s", (cid,)).fetchall() == [(cid,)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO client_share (client_id, user_id, created_at) VALUES (%s, %s, now())",
                (cid, lead_id),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE client_share SET user_id = %s WHERE client_id = %s", (lead_id, cid)
            )
    with pytest.raises(PermissionDeniedError):
        bram.sharing.share(cid, lead_id)
    anna.sharing.share(cid, lead_id)
    with _as(team.db, "bram") as conn:
        # Bram ends no one's share but his own: the database ignores the rest.
        deleted = conn.execute(
            "DELETE FROM client_share WHERE client_id = %s AND user_id = %s", (cid, lead_id)
        ).rowcount
        assert deleted == 0
    assert [u for u, _n in anna.sharing.shares(cid).shared] == sorted([bram.actor.user_id, lead_id])
    anna.sharing.unshare(cid, lead_id)
    anna.sharing.unshare(cid, bram.actor.user_id)


def test_a_share_ended_takes_the_colleagues_to_dos_out_of_his_sight(team):
    """Before, row-level security let the owner of a to-do read it whatever the file:
    Bram kept reading 'Bellen over de uitslag' of a client he no longer sees."""
    anna, bram = team.anna, team.bram
    cid = _intake(anna, "Deelbaar")
    anna.sharing.share(cid, bram.actor.user_id)
    bram.activities.add_task("Bellen over de uitslag", date(2026, 12, 1), client_id=cid)

    assert bram.sharing.unshare(cid, bram.actor.user_id) == 1

    with _as(team.db, "bram") as conn:
        assert conn.execute("SELECT title FROM task WHERE client_id = %s", (cid,)).fetchall() == []
        assert conn.execute("SELECT id FROM client WHERE id = %s", (cid,)).fetchall() == []
    with _as(team.db, "anna") as conn:
        rows = conn.execute(
            "SELECT t.title, u.username FROM task t JOIN app_user u ON u.id = t.owner_id "
            "WHERE t.client_id = %s AND t.done_at IS NULL",
            (cid,),
        ).fetchall()
    assert rows == [("Bellen over de uitslag", team.db.logins["anna"])]
    with pytest.raises(NotFoundError):  # a team database hides it as if it were not there
        bram.clients.get(cid)


def test_the_lead_hands_stray_to_dos_to_the_files_coach(team):
    """A share ended before this release left Bram's to-do with him, readable by him
    alone; the team lead hands it to the file's coach, through the server (the lead
    reads no file), and no one else may."""
    from sqlalchemy import create_engine, text

    anna, bram, lead = team.anna, team.bram, team.lead
    cid = _intake(anna, "Zwerver")
    anna.sharing.share(cid, bram.actor.user_id)
    bram.activities.add_task("Zwerftaak", date(2026, 12, 1), client_id=cid)
    engine = create_engine(team.db.maintenance_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM client_share WHERE client_id = :c"), {"c": cid})
    finally:
        engine.dispose()
    query = "SELECT title FROM task WHERE client_id = %s AND done_at IS NULL"
    with _as(team.db, "bram") as conn:
        assert conn.execute(query, (cid,)).fetchall() == [("Zwerftaak",)]
    with _as(team.db, "anna") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT zk_hand_over_stray_tasks()")
    with pytest.raises(PermissionDeniedError):
        anna.caseload.hand_over_stray_tasks()

    assert lead.caseload.stray_tasks() == 1
    assert lead.caseload.hand_over_stray_tasks() == 1

    with _as(team.db, "bram") as conn:
        assert conn.execute(query, (cid,)).fetchall() == []
    with _as(team.db, "anna") as conn:
        assert conn.execute(query, (cid,)).fetchall() == [("Zwerftaak",)]
    assert lead.caseload.stray_tasks() == 0
