"""Sharing a file on a team database, held by the database as well as the program:
Bram, who reads a file Anna shared, cannot pass it on with psql either, and once the
share ends his to-dos about the client are no longer his to read."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from people_support import register

from zkijdesk.domain.errors import NotFoundError, PermissionDeniedError
from zkijdesk.services.caseload import CaseloadService
from zkijdesk.services.erasure import ErasureService

pytestmark = pytest.mark.postgres


def _as(team_db, person: str):
    return psycopg.connect(team_db.psycopg_dsn(person), autocommit=True)


def test_only_the_files_coach_shares_it_even_with_psql(team):
    anna, bram, lead = team.anna, team.bram, team.lead
    cid = register(anna, "Deelman", day=date(2026, 3, 1))
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
    cid = register(anna, "Deelbaar", day=date(2026, 3, 1))
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
    """A share ended before this release left Bram's to-do with him. Row-level security
    no longer lets him read a to-do about a client he does not see (it did: the owner
    read every to-do of theirs); the team lead hands it to the file's coach, through
    the server (the lead reads no file), and no one else may."""
    from sqlalchemy import create_engine, text

    anna, bram, lead = team.anna, team.bram, team.lead
    cid = register(anna, "Zwerver", day=date(2026, 3, 1))
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
        assert conn.execute(query, (cid,)).fetchall() == []
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


def _gone(team, cid: int) -> bool:
    from sqlalchemy import create_engine, text

    engine = create_engine(team.db.maintenance_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM client WHERE id = :c)"
                    " + (SELECT count(*) FROM client_share WHERE client_id = :c)"
                    " + (SELECT count(*) FROM route WHERE client_id = :c)"
                ),
                {"c": cid},
            ).scalar()
    finally:
        engine.dispose()
    return rows == 0


def test_erasure_by_a_coach_who_did_not_register_the_client_erases_it(team):
    """Anna coaches a client Bram registered for her. Deleting the routes took her sight
    of the client row, and its deletion then deleted nothing, while the app said "gewist"
    (found in review; so it was before this change too)."""
    anna, bram = team.anna, team.bram
    cid = register(bram, "Wisser", day=date(2026, 3, 1), coach_id=anna.actor.user_id)
    anna.sharing.share(cid, team.lead.actor.user_id)
    ErasureService(anna.store, anna.actor).erase(cid)
    assert _gone(team, cid)


def test_erasure_by_a_colleague_it_is_shared_with_erases_it(team):
    anna, bram = team.anna, team.bram
    cid = register(anna, "Gedeeldwisser", day=date(2026, 3, 1))
    anna.sharing.share(cid, bram.actor.user_id)
    ErasureService(bram.store, bram.actor).erase(cid)
    assert _gone(team, cid)


def test_a_colleague_cannot_take_the_file_over_with_psql(team):
    """Found in review: Bram, with a share, made himself coach of the route (or closed
    the current one and reopened his own old one) and then shared the file on. Only the
    file's coach writes its route rows; a team lead's transfer (the owner's zk_transfer)
    still moves it."""
    anna, bram, lead = team.anna, team.bram, team.lead
    cid = register(anna, "Overnemer", day=date(2026, 3, 1))
    anna.sharing.share(cid, bram.actor.user_id)
    with _as(team.db, "bram") as conn:
        for statement in (
            "UPDATE route SET coach_id = zk_me() WHERE client_id = %s",
            "UPDATE route SET closed_on = '2026-04-01', exit_reason = 'werk' WHERE client_id = %s",
            "DELETE FROM route WHERE client_id = %s",
        ):
            assert conn.execute(statement, (cid,)).rowcount == 0, statement
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO route (client_id, coach_id, intake_date, referral_source,"
                " created_at, updated_at) VALUES (%s, zk_me(), '2026-04-01', 'self', now(), now())",
                (cid,),
            )
        # What he adds to the file is his to add.
        route_id = conn.execute("SELECT id FROM route WHERE client_id = %s", (cid,)).fetchone()[0]
        conn.execute(
            "INSERT INTO guidance (route_id, kind, start_date)"
            " VALUES (%s, 'jobcoaching', '2026-03-05')",
            (route_id,),
        )
    with _as(team.db, "anna") as conn:
        coach = conn.execute("SELECT zk_file_coach(%s)", (cid,)).fetchone()[0]
        assert coach == anna.actor.user_id
    with _as(team.db, "lead") as conn:
        # A file the lead does not see: whose it is stays unsaid.
        assert conn.execute("SELECT zk_file_coach(%s)", (cid,)).fetchone()[0] is None
    CaseloadService(lead.store, lead.actor).transfer_client(cid, bram.actor.user_id)
    assert bram.sharing.shares(cid).manages


def test_who_registered_a_client_gives_its_routes_coaches_only_while_registering(team):
    """Anna registers a client for Bram (an intake for a colleague); Bram shares the file
    back with her. She wrote its route then, not later (review: a registrant with a share
    took the file over with psql)."""
    anna, bram = team.anna, team.bram
    cid = register(anna, "Teruggedeeld", day=date(2026, 3, 1), coach_id=bram.actor.user_id)
    bram.sharing.share(cid, anna.actor.user_id)
    with _as(team.db, "anna") as conn:
        changed = conn.execute(
            "UPDATE route SET coach_id = zk_me() WHERE client_id = %s", (cid,)
        ).rowcount
    assert changed == 0
    assert bram.sharing.shares(cid).manages
