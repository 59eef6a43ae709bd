"""The audit log on a team database: appended by the server, unwritable by every person."""

from __future__ import annotations

import json

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from zkijdesk.storage.location import StoreLocation
from zkijdesk.storage.store import check_store, open_store

pytestmark = pytest.mark.postgres

PERSONS = ("admin", "anna", "lead")


def _as(team_db, person: str):
    return psycopg.connect(team_db.psycopg_dsn(person), autocommit=True)


def _maintenance(team_db):
    return psycopg.connect(
        team_db.maintenance_url.replace("postgresql+psycopg://", "postgresql://"),
        autocommit=True,
        options="-csearch_path=zkijdesk",
    )


@pytest.mark.parametrize("person", PERSONS)
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET detail = 'x'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "INSERT INTO audit_log (id, at, workstation, action, object_type, result, prev_hash, hash)"
        " VALUES (999999, now(), 'x', 'view', 'client', 'ok', 'a', 'b')",
        "UPDATE audit_head SET last_id = 0",
    ],
)
def test_no_person_can_write_the_audit_log(team, person, statement):
    team.anna.clients.find("")  # there is something in the log
    with _as(team.db, person) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


def test_an_entry_names_the_login_whatever_the_program_sends(team):
    with _as(team.db, "anna") as conn:
        entry = conn.execute(
            "SELECT zk_audit_append('view', 'client', 4242, 'ok', NULL, 'werkplek-van-bram')"
        ).fetchone()[0]
    with _maintenance(team.db) as conn:
        user_id, station = conn.execute(
            "SELECT user_id, workstation FROM audit_log WHERE id = %s", (entry,)
        ).fetchone()
    assert user_id == team.anna.actor.user_id
    assert station.startswith("werkplek-van-bram (127.0.0.1")  # the server adds the origin


def test_the_services_entries_carry_each_persons_own_id(team):
    from datetime import date

    from zkijdesk.services.dto import ClientInput

    before = _last_id(team.db)
    team.anna.clients.intake(
        ClientInput(
            first_name="Ed",
            last_name="Auditspoor",
            birth_date=date(1979, 5, 6),
            intake_status="werkzoekend_ww",
        ),
        None,
    )
    team.bram.activities.add_task("Overleg plannen", date(2026, 12, 1))
    with _maintenance(team.db) as conn:
        users = [
            r[0]
            for r in conn.execute(
                "SELECT user_id FROM audit_log WHERE id > %s ORDER BY id", (before,)
            ).fetchall()
        ]
    anna, bram = team.anna.actor.user_id, team.bram.actor.user_id
    assert users[0] == anna and users[-1] == bram
    assert set(users) == {anna, bram}


def test_opening_a_colleagues_client_is_logged_as_refused(team):
    """Row-level security hides Bram's client from Anna as if it did not exist, and her
    attempts once left no trace (on a workstation they are logged as refused): probing
    colleagues' ids must show in the log, while the sentence says no more than before."""
    from datetime import date

    from zkijdesk.domain.errors import NotFoundError
    from zkijdesk.services.dto import ClientInput

    theirs = team.bram.clients.intake(
        ClientInput(
            first_name="Pim",
            last_name="Peilen",
            birth_date=date(1975, 1, 2),
            intake_status="werkzoekend_ww",
        ),
        None,
    ).client
    before = _last_id(team.db)
    with pytest.raises(NotFoundError) as hidden:
        team.anna.clients.get(theirs.id)
    assert str(hidden.value.message) == f"Cliënt {theirs.id} bestaat niet (meer)."
    with _maintenance(team.db) as conn:
        entries = conn.execute(
            "SELECT user_id, action, object_type, object_id FROM audit_log WHERE id > %s",
            (before,),
        ).fetchall()
    assert (team.anna.actor.user_id, "denied", "client", theirs.id) in entries


def _last_id(team_db) -> int:
    with _maintenance(team_db) as conn:
        return conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def test_check_passes_and_the_server_chain_verifies_in_python(team):
    team.anna.clients.find("aal")
    store = open_store(StoreLocation(url=team.db.maintenance_url))
    try:
        report = check_store(store)
    finally:
        store.close()
    assert report.ok, report.problems


def test_a_coach_sees_only_their_part_of_the_audit_log(team):
    team.bram.clients.find("")
    with _as(team.db, "anna") as conn:
        users = {r[0] for r in conn.execute("SELECT DISTINCT user_id FROM audit_log").fetchall()}
    assert team.bram.actor.user_id not in users


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=40,
    )
)
def test_the_servers_json_matches_pythons(team_db, value):
    """The chain's hash covers a JSON text: the server must write it byte for byte as
    Python's ``json.dumps`` does, or ``check`` would call every server entry tampered."""
    engine = _json_engine(team_db)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT zk_json(:t)"), {"t": value}).scalar() == json.dumps(value)


_ENGINES: dict[str, object] = {}


def _json_engine(team_db):
    if team_db.database not in _ENGINES:
        _ENGINES[team_db.database] = create_engine(
            team_db.maintenance_url, connect_args={"options": "-csearch_path=zkijdesk"}
        )
    return _ENGINES[team_db.database]
