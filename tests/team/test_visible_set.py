"""The visible set a person's connection keeps between statements (storage/team.py).

The set is kept in a session setting, which the person can read and set with ``psql``;
these tests connect as the persons' own login roles and try what such a person could:
forge the setting, replay an old one, and keep reading on an open connection after a
team lead moved a file away, after a share ended and after the account was disabled.
"""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import create_engine, text

from tests.team.test_need_to_know import _as, _file
from zkijdesk.storage import team_admin

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def files(team):
    anna = [_file(team.anna, "Aalders"), _file(team.anna, "Abbink")]
    bram = [_file(team.bram, "Brouwer")]
    return {"anna": anna, "bram": bram}


def _ids(conn) -> set[int]:
    return {r[0] for r in conn.execute("SELECT id FROM client").fetchall()}


def _everyone(team) -> list[int]:
    engine = create_engine(team.db.maintenance_url)
    try:
        with engine.connect() as conn:
            return sorted(conn.execute(text("SELECT id FROM zkijdesk.client")).scalars())
    finally:
        engine.dispose()


def _kept(conn) -> str:
    return conn.execute("SELECT current_setting('zkijdesk.visible', true)").fetchone()[0] or ""


def test_a_forged_or_altered_kept_set_widens_nothing(team, files):
    everyone = _everyone(team)
    all_ids = "{" + ",".join(map(str, everyone)) + "}"
    me = team.anna.actor.user_id
    with _as(team.db, "anna") as conn:
        assert _ids(conn) == set(files["anna"])
        with conn.transaction():  # the shape version 1 kept, and trusted
            forged = f"tx/{team.db.login('anna')}={all_ids}"
            conn.execute("SELECT set_config('zkijdesk.visible', %s, true)", (forged,))
            assert _ids(conn) == set(files["anna"])
        kept = _kept(conn)
        user, snapshot, at, ids, mac = kept.split("|")
        assert user == str(me) and set(files["anna"]) == set(map(int, ids.strip("{}").split(",")))
        forgeries = [
            "|".join((user, snapshot, at, all_ids, mac)),  # a wider set under her own MAC
            "|".join((user, snapshot, at, all_ids, "0" * 64)),
            "|".join((str(team.bram.actor.user_id), snapshot, at, ids, mac)),
            "|".join((user, snapshot, "2999-01-01 00:00:00+00", all_ids, mac)),
            kept + "|extra",
            "|".join((user, "no snapshot", "no time", "{no,ids}", mac)),  # never cast
        ]
        for forged in forgeries:
            conn.execute("SELECT set_config('zkijdesk.visible', %s, false)", (forged,))
            assert _ids(conn) == set(files["anna"]), forged
            with conn.transaction():
                conn.execute("SELECT set_config('zkijdesk.visible', %s, true)", (forged,))
                assert _ids(conn) == set(files["anna"]), forged
    assert len(everyone) > len(files["anna"])


def test_nobody_reads_the_key_or_the_change_log(team, files):
    for person in ("anna", "lead", "admin"):
        with _as(team.db, person) as conn:
            for table in ("zk_cache_key", "zk_visibility_log"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"SELECT * FROM {table}")


def test_an_open_connection_loses_a_file_the_team_lead_moves_away(team, files):
    from zkijdesk.services.caseload import CaseloadService

    moved = files["anna"][1]
    lead = CaseloadService(team.lead.store, team.lead.actor, lambda: date(2026, 11, 15))
    with _as(team.db, "anna") as anna, _as(team.db, "bram") as bram:
        assert moved in _ids(anna) and moved not in _ids(bram)
        assert _kept(anna) and _kept(bram)  # both keep their set now
        lead.transfer_client(moved, team.bram.actor.user_id)
        assert moved not in _ids(anna)
        assert moved in _ids(bram)
        lead.transfer_client(moved, team.anna.actor.user_id)
        assert moved in _ids(anna) and moved not in _ids(bram)


def test_an_earlier_coach_loses_the_file_when_a_new_route_goes_to_a_colleague(team, files):
    """A coach whose route ended keeps the file while that route is the client's newest,
    and loses it, on an open connection too, once a colleague has a newer route: the
    change is noted for every coach of the client's routes, not only the new one's."""
    from zkijdesk.services.caseload import CaseloadService
    from zkijdesk.services.dto import RouteInput

    client = _file(team.anna, "Eerder")
    lead = CaseloadService(team.lead.store, team.lead.actor, lambda: date(2026, 11, 15))
    route = team.anna.clients.routes(client)[0].id
    team.anna.routes.close(route, date(2026, 4, 1), "werk")
    lead.transfer_client(client, team.bram.actor.user_id)  # the closed route, the newest
    with _as(team.db, "anna") as anna, _as(team.db, "bram") as bram:
        assert client not in _ids(anna) and client in _ids(bram)
        assert _kept(bram)
        # Bram hands the returning client to the team lead on a new route: neither the
        # route's coach (the lead) nor the file's registrar (Anna) is Bram.
        team.bram.routes.open(
            client, RouteInput(intake_date=date(2026, 5, 1), coach_id=team.lead.actor.user_id)
        )
        assert client not in _ids(bram)
    with _as(team.db, "lead") as conn:
        assert client in _ids(conn)


def test_an_open_connection_loses_a_share_when_it_ends(team, files):
    shared = files["anna"][0]
    with _as(team.db, "bram") as bram:
        assert shared not in _ids(bram)
        team.anna.sharing.share(shared, team.bram.actor.user_id)
        assert shared in _ids(bram)
        team.anna.sharing.unshare(shared, team.bram.actor.user_id)
        assert shared not in _ids(bram)


def test_an_open_connection_of_a_disabled_person_reads_nothing(team, files):
    login = team.db.login("bram")
    with _as(team.db, "bram") as bram:
        assert _ids(bram) == set(files["bram"])
        team_admin.disable_user(team.db.maintenance_url, login)
        try:
            assert _ids(bram) == set()
        finally:
            team_admin.enable_user(team.db.maintenance_url, login)
        assert _ids(bram) == set(files["bram"])


def test_a_set_read_inside_a_writing_transaction_is_not_kept(team, files):
    """A transaction that has written may change the set again under its own snapshot;
    what it read is not kept for the statements after it."""
    with _as(team.db, "anna") as conn:
        _ids(conn)
        before = _kept(conn)
        with conn.transaction():
            conn.execute(
                "UPDATE client SET updated_at = updated_at WHERE id = %s", (files["anna"][0],)
            )
            conn.execute("SELECT set_config('zkijdesk.visible', '', false)")
            assert _ids(conn) == set(files["anna"])
            assert _kept(conn) == ""
        assert before


def test_the_server_and_the_program_agree_on_whose_route_is_current(team):
    """The rule is written twice, in SQL for row-level security and in Python for the
    workstation (``services/access.py``); every case where they could part is laid out
    by the owner, and each person's set is asked of the server as that person and of the
    Python rule over the same rows. Anna's open connection keeps its set between
    statements; a change to *another* coach's route must still reach it."""
    from zkijdesk.domain.enums import Role
    from zkijdesk.services.access import visible_client_ids
    from zkijdesk.services.actor import Actor

    cases = ("gelijk", "heropend", "gewist", "verschoven")
    ids = {case: _file(team.anna, f"Regel{case}") for case in cases}
    anna, bram = team.anna.actor.user_id, team.bram.actor.user_id
    owner = create_engine(team.db.maintenance_url)

    def route(conn, client, coach, intake, closed=None):
        return conn.execute(
            text(
                "INSERT INTO zkijdesk.route (client_id, coach_id, referral_source, intake_date,"
                " closed_on, created_at, updated_at) VALUES (:c, :k, 'eigen', :i, :e, now(),"
                " now()) RETURNING id"
            ),
            {"c": client, "k": coach, "i": intake, "e": closed},
        ).scalar()

    def close(conn, client, day):
        conn.execute(
            text("UPDATE zkijdesk.route SET closed_on = :d WHERE client_id = :c"),
            {"d": day, "c": client},
        )

    def python_rule(user_id: int) -> set[int]:
        with owner.connect() as conn:
            conn.execute(text("SET search_path TO zkijdesk"))
            rule = visible_client_ids(Actor(user_id, Role.COACH))
            return set(conn.execute(rule).scalars()) & set(ids.values())

    try:
        with owner.begin() as conn:
            # Equal intake dates, both closed: the higher id (Bram's) is current.
            close(conn, ids["gelijk"], date(2026, 4, 1))
            route(conn, ids["gelijk"], bram, date(2026, 3, 1), date(2026, 4, 2))
            # Anna's older route reopened: an open route beats a newer closed one.
            route(conn, ids["heropend"], bram, date(2026, 5, 1), date(2026, 6, 1))
            # Bram's newer route deleted again: Anna's closed one is current once more.
            close(conn, ids["gewist"], date(2026, 4, 1))
            gone = route(conn, ids["gewist"], bram, date(2026, 5, 1), date(2026, 6, 1))
            conn.execute(text("DELETE FROM zkijdesk.route WHERE id = :r"), {"r": gone})
            # Bram's older closed route; its intake is moved past Anna's below.
            close(conn, ids["verschoven"], date(2026, 4, 1))
            moved = route(conn, ids["verschoven"], bram, date(2026, 2, 1), date(2026, 2, 20))
        expected = {
            anna: {ids[c] for c in ("heropend", "gewist", "verschoven")},
            bram: {ids["gelijk"]},
        }
        with _as(team.db, "anna") as conn_anna, _as(team.db, "bram") as conn_bram:
            for conn, user_id in ((conn_anna, anna), (conn_bram, bram)):
                assert _ids(conn) & set(ids.values()) == expected[user_id], user_id
                assert python_rule(user_id) == expected[user_id], user_id
            assert _kept(conn_anna)
            with owner.begin() as conn:
                conn.execute(
                    text("UPDATE zkijdesk.route SET intake_date = :d WHERE id = :r"),
                    {"d": date(2026, 3, 15), "r": moved},
                )
            assert ids["verschoven"] not in _ids(conn_anna)
        assert ids["verschoven"] not in python_rule(anna)
        assert ids["verschoven"] in python_rule(bram)
    finally:
        owner.dispose()
