"""Two coaches opening a route for one client at the same moment on the team database.

The services check for an open route first, but under PostgreSQL's read committed
both checks can pass before either insert commits. The partial unique index
(migration 0012) makes the second insert wait for the first and then refuses it; the
coach gets the check's own sentence and the client keeps one current route.
"""

from __future__ import annotations

import threading
import time
from datetime import date

import psycopg
import pytest

from zkijdesk.cli import main
from zkijdesk.domain.errors import StateError
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.storage import team_admin
from zkijdesk.storage.one_open_route import ALREADY_OPEN

pytestmark = pytest.mark.postgres


def _commit_once_the_other_waits(
    conn: psycopg.Connection, watcher: psycopg.Connection, seen: list[bool]
) -> None:
    """Commit ``conn`` only after another session is seen waiting for *its* transaction
    (other tests run beside this one on the same server), so the race is the one under
    test and not whichever thread happens to run first."""
    (xid,) = conn.execute("SELECT pg_current_xact_id()::text").fetchone()
    for _ in range(400):
        (waiting,) = watcher.execute(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'"
            " AND transactionid = %s::xid",
            (xid,),
        ).fetchone()
        if waiting:
            seen.append(True)
            break
        time.sleep(0.05)
    conn.commit()


def test_the_second_of_two_simultaneous_routes_is_refused_with_the_checks_sentence(team):
    """Anna's colleague's session (her own login in psql) inserts a route for her client
    and has not committed yet when Anna opens one through the program: Anna's check sees
    no open route, her insert waits on the index, and is refused once the other commits."""
    client = team.anna.clients.intake(
        ClientInput(
            first_name="Sem",
            last_name="Bakker",
            birth_date=date(1988, 1, 9),
            intake_status="werkzoekend_ww",
        )
    ).client
    other = psycopg.connect(team.db.psycopg_dsn("anna"), options="-csearch_path=zkijdesk")
    watcher = psycopg.connect(team.db.maintenance_url.replace("+psycopg", ""), autocommit=True)
    try:
        other.execute(
            "INSERT INTO route (client_id, referral_source, intake_date, created_at, updated_at)"
            " VALUES (%s, 'uwv', '2026-04-01', now(), now())",
            (client.id,),
        )
        seen: list[bool] = []
        committer = threading.Thread(
            target=_commit_once_the_other_waits, args=(other, watcher, seen)
        )
        committer.start()
        try:
            with pytest.raises(StateError) as err:
                team.anna.routes.open(client.id, RouteInput(intake_date=date(2026, 4, 2)))
        finally:
            committer.join()
        assert seen, "Anna's insert never waited on the other's route"
        assert err.value.message == ALREADY_OPEN
        [(open_routes, intake)] = watcher.execute(
            f"SELECT count(*), min(intake_date) FROM {_schema()}.route"
            " WHERE client_id = %s AND closed_on IS NULL",
            (client.id,),
        ).fetchall()
        assert (open_routes, intake) == (1, date(2026, 4, 1))
    finally:
        other.close()
        watcher.close()


def _schema() -> str:
    from zkijdesk.storage.team import SCHEMA

    return SCHEMA


def test_team_upgrade_refuses_two_open_routes_before_it_touches_anything(empty_database, capsys):
    """A team database from before the index, where the race already happened: the
    upgrade names the client by its number and changes nothing (the views the
    coaches read stay), and runs once a coach has closed one of the two routes."""
    url, prefix, _database = empty_database
    team_admin.init_team(url, prefix, f"{prefix}_fb", "Beheer", None)
    with psycopg.connect(
        url.replace("+psycopg", ""), autocommit=True, options=f"-csearch_path={_schema()}"
    ) as conn:
        conn.execute(f"SET ROLE {prefix}_owner")
        conn.execute("DROP INDEX ux_route_one_open")
        conn.execute("UPDATE alembic_version SET version_num = '0011_import_more'")
        client_id = conn.execute(
            "INSERT INTO client (client_number, first_name, last_name, birth_date, intake_status,"
            " doelgroepregister, search_key, created_at, updated_at, version, restricted)"
            " VALUES ('ZK9', 'Els', 'Kok', '1970-01-01', 'werkend', false, 'kok els', now(),"
            " now(), 1, false) RETURNING id"
        ).fetchone()[0]
        for day in ("2025-02-01", "2025-02-03"):
            conn.execute(
                "INSERT INTO route (client_id, referral_source, intake_date, created_at,"
                " updated_at) VALUES (%s, 'uwv', %s, now(), now())",
                (client_id, day),
            )
        views = conn.execute(
            "SELECT count(*) FROM pg_views WHERE schemaname LIKE 'zkijdesk%'"
        ).fetchone()[0]
    assert views > 0

    assert main(["--database-url", url, "team", "upgrade"]) != 0
    err = capsys.readouterr().err
    assert "Bijwerken geweigerd: 1 cliënt(en) met meer dan één lopende route (ZK9)" in err
    assert "Kok" not in err
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM pg_views WHERE schemaname LIKE 'zkijdesk%'"
            ).fetchone()[0]
            == views
        )
        assert (
            conn.execute(f"SELECT version_num FROM {_schema()}.alembic_version").fetchone()[0]
            == "0011_import_more"
        )
        conn.execute(
            f"UPDATE {_schema()}.route SET closed_on = '2025-02-03'"
            " WHERE client_id = %s AND intake_date = '2025-02-01'",
            (client_id,),
        )
    assert main(["--database-url", url, "team", "upgrade"]) == 0
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        assert conn.execute(
            "SELECT indexdef LIKE '%%UNIQUE%%WHERE (closed_on IS NULL)%%' FROM pg_indexes"
            " WHERE indexname = 'ux_route_one_open'"
        ).fetchone() == (True,)
