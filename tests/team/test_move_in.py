"""Moving a workstation store into a team database: everything or nothing, history kept."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import text

from zkijdesk.cli import main
from zkijdesk.services.dto import ClientInput
from zkijdesk.storage import team_admin

pytestmark = pytest.mark.postgres

LOCAL_USERS = (
    ("admin", "admin"),
    ("teamlead01", "teamlead"),
    ("teamlead02", "teamlead"),
    ("coach01", "coach"),
    ("coach02", "coach"),
    ("coach03", "coach"),
)


@pytest.fixture
def workstation(tmp_path):
    """A demo store of 300 synthetic clients, as one team's workstation would have."""
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import new_raw_key, save_to_keyring
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import create_store

    path = tmp_path / "werkplek.db"
    key = new_raw_key()
    store = create_store(StoreLocation(path=path), key=key, is_demo=True)
    save_to_keyring(path, key)
    generate_demo(store, clients=300, seed=3, today=date(2026, 11, 15))
    with store.engine.connect() as conn:
        counts = {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("client", "route", "activity", "audit_log", "placement")
        }
        bsn = conn.execute(text("SELECT bsn FROM client WHERE bsn IS NOT NULL LIMIT 1")).scalar()
        # coach01's files by the access rule: coached routes, shares, own registrations
        # without a route; their BSNs, to know whether the team's duplicate is among them.
        coach01 = set(
            conn.execute(
                text(
                    "WITH me AS (SELECT id FROM app_user WHERE username = 'coach01') "
                    "SELECT c.id, c.bsn FROM client c WHERE c.id IN ("
                    " SELECT r.client_id FROM route r, me WHERE r.coach_id = me.id"
                    " UNION SELECT s.client_id FROM client_share s, me WHERE s.user_id = me.id"
                    " UNION SELECT x.id FROM client x, me WHERE x.created_by_id = me.id"
                    "  AND NOT EXISTS (SELECT 1 FROM route y WHERE y.client_id = x.id))"
                )
            ).all()
        )
    store.close()
    return path, counts, bsn, coach01


@pytest.fixture
def team(empty_database):
    url, prefix, _database = empty_database
    team_admin.init_team(url, prefix, f"{prefix}_fb", "Beheer", None)
    for username, role in LOCAL_USERS:
        team_admin.add_user(url, f"{prefix}_u_{username}", username, role, None)
    return url, prefix


def _mapping(prefix):
    args = []
    for username, _role in LOCAL_USERS:
        args += ["--map-user", f"{username}={prefix}_u_{username}"]
    return args


def _count(url, sql):
    with psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"), options="-csearch_path=zkijdesk"
    ) as conn:
        return conn.execute(sql).fetchone()[0]


def _team_coach_registers(url, prefix, bsn):
    from zkijdesk.services.context import AppContext
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    coach_url = url.replace("postgres@", f"{prefix}_u_coach02@")
    store = open_store(StoreLocation(url=coach_url))
    try:
        ctx = AppContext(store, actor_for_login(store), lambda: date(2026, 11, 15))
        ctx.clients.intake(
            ClientInput(
                first_name="Al",
                last_name="Inhetteam",
                birth_date=date(1970, 5, 6),
                bsn=bsn,
                intake_status="werkzoekend_ww",
            ),
            None,
        )
    finally:
        store.close()


def test_a_workstation_moves_in_whole_with_its_history(workstation, team, capsys):
    path, counts, bsn, coach01_clients = workstation
    url, prefix = team
    _team_coach_registers(url, prefix, bsn)
    assert main(["--database-url", url, "team", "move-in", str(path), *_mapping(prefix)]) == 0
    out = capsys.readouterr().out
    assert "niet verhuisd (BSN al in het team): 1" in out
    assert bsn not in out
    assert _count(url, "SELECT count(*) FROM client") == counts["client"]  # -1 dup, +1 team's
    assert _count(url, "SELECT count(*) FROM movein_audit") == counts["audit_log"]
    assert _count(url, "SELECT count(*) FROM placement") > 0
    with psycopg.connect(
        url.replace("postgres@", f"{prefix}_u_coach01@").replace("+psycopg", "")
    ) as conn:
        seen = conn.execute("SELECT count(*) FROM client").fetchone()[0]
    duplicate_is_coach01s = any(b == bsn for _id, b in coach01_clients)
    assert seen == len(coach01_clients) - duplicate_is_coach01s
    assert main(["--database-url", url, "check"]) == 0
    assert main(["--database-url", url, "team", "move-in", str(path), *_mapping(prefix)]) == 1
    assert "al eerder" in capsys.readouterr().err


def test_a_failure_half_way_leaves_the_team_database_as_it_was(workstation, team, capsys):
    path, _counts, _bsn, _coach = workstation
    url, prefix = team
    with psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"),
        autocommit=True,
        options="-csearch_path=zkijdesk",
    ) as conn:
        conn.execute(
            "CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'disk gone'; END $$"
        )
        conn.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON task FOR EACH ROW EXECUTE FUNCTION boom()"
        )
    before = _count(url, "SELECT count(*) FROM audit_log")
    assert main(["--database-url", url, "team", "move-in", str(path), *_mapping(prefix)]) != 0
    capsys.readouterr()
    assert _count(url, "SELECT count(*) FROM client") == 0
    assert _count(url, "SELECT count(*) FROM route") == 0
    assert _count(url, "SELECT count(*) FROM audit_log") == before
    assert _count(url, "SELECT count(*) FROM movein_batch") == 0  # made at init, still empty
    assert _count(url, "SELECT count(*) FROM movein_client_map") == 0


def test_an_unmapped_user_is_named_and_nothing_moves(workstation, team, capsys):
    path, *_ = workstation
    url, _prefix = team
    assert main(["--database-url", url, "team", "move-in", str(path)]) == 1
    err = capsys.readouterr().err
    assert "coach01" in err and "--map-user" in err
    assert _count(url, "SELECT count(*) FROM client") == 0


@pytest.mark.slow
def test_a_kill_half_way_leaves_the_team_database_as_it_was(tmp_path, team):
    """kill -9 while the move copies: nothing of it stays, and it can simply run again."""
    import os
    import signal
    import subprocess
    import sys

    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import create_store

    url, prefix = team
    path = tmp_path / "groot.db"
    passphrase = "een-lange-wachtwoordzin-voor-de-test"
    store = create_store(
        StoreLocation(path=path), key=StoreKey(KeyKind.PASSPHRASE, passphrase, "test")
    )
    generate_demo(store, clients=1500, seed=5, today=date(2026, 11, 15))
    store.close()
    env = {**os.environ, "ZKIJDESK_PASSPHRASE": passphrase}
    more = []  # the larger demo has more coaches than the team: they join three logins
    for i in range(4, 13):
        more += ["--map-user", f"coach{i:02d}={prefix}_u_coach0{1 + i % 3}"]
    command = [
        sys.executable,
        "-m",
        "zkijdesk",
        "--database-url",
        url,
        "team",
        "move-in",
        str(path),
        *_mapping(prefix),
        *more,
    ]
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    for line in child.stdout:
        if "activity verhuizen" in line:  # clients and routes are in, contacts under way
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.read()
    assert _count(url, "SELECT count(*) FROM client") == 0
    assert _count(url, "SELECT count(*) FROM movein_batch") == 0  # made at init, still empty
    assert _count(url, "SELECT count(*) FROM movein_client_map") == 0
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert _count(url, "SELECT count(*) FROM client") == 1500
