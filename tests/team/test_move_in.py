"""Moving a workstation store into a team database: everything or nothing, history kept."""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

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
        # coach01's files by the access rule: the current route coached (open, or the
        # newest when none is open), shares, own registrations without a route; their
        # BSNs, to know whether the team's duplicate is among them.
        coach01 = set(
            conn.execute(
                text(
                    "WITH me AS (SELECT id FROM app_user WHERE username = 'coach01') "
                    "SELECT c.id, c.bsn FROM client c WHERE c.id IN ("
                    " SELECT r.client_id FROM route r, me WHERE r.coach_id = me.id"
                    "  AND (r.closed_on IS NULL OR NOT EXISTS (SELECT 1 FROM route n"
                    "   WHERE n.client_id = r.client_id AND n.id <> r.id"
                    "   AND (n.closed_on IS NULL OR n.intake_date > r.intake_date"
                    "    OR (n.intake_date = r.intake_date AND n.id > r.id))))"
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
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    coach_url = url.replace("postgres@", f"{prefix}_u_coach02@")
    store = open_store(StoreLocation(url=coach_url))
    try:
        ctx = Services(store, actor_for_login(store), lambda: date(2026, 11, 15))
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
    # What moved is counted by the tables' names for people ("client: 40" before).
    assert re.search(r"^  Cliënten: \d+$", out, re.M) and "Plaatsingen: " in out
    assert not re.search(r"^  (client|placement|route): ", out, re.M)
    # The team's coach took ZK0000001 first: the workstation's client of that number
    # gets a new one, said old and new, rather than none (once it lost its number).
    assert "nieuw cliëntnummer (het oude was al in gebruik in het team): 1" in out
    assert re.search(r"ZK0000001 heet nu ZK\d{7}\b", out), out
    assert _count(url, "SELECT count(*) FROM client WHERE client_number IS NULL") == 0
    assert _count(url, "SELECT count(DISTINCT client_number) FROM client") == counts["client"]
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


# --- The old log after the move: subject access, and the mapping's protection ---------


def _local_ctx(store, username):
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for

    return Services(store, actor_for(store, username), lambda: date(2026, 11, 15))


def _carer_of(conn, client_id) -> str:
    """The local user who may open the client: its route's coach, else who registered it."""
    return conn.execute(
        text(
            "SELECT u.username FROM app_user u WHERE u.id = coalesce("
            " (SELECT r.coach_id FROM route r WHERE r.client_id = :c ORDER BY r.id LIMIT 1),"
            " (SELECT c.created_by_id FROM client c WHERE c.id = :c))"
        ),
        {"c": client_id},
    ).scalar()


@pytest.fixture
def worked_on(workstation):
    """The workstation after some work that its log records: coach01 opens two of their
    files and shares one with coach02, who opens it too; the file of the person the team
    will already have (same BSN) is opened by its carer. Returns the old log's entries
    about each client (at, action, by) and the old ids of interest."""
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    path, _counts, bsn, coach01 = workstation
    store = open_store(StoreLocation(path=path))
    try:
        with store.engine.connect() as conn:
            dup = conn.execute(text("SELECT id FROM client WHERE bsn = :b"), {"b": bsn}).scalar()
            dup_carer = _carer_of(conn, dup)
            coach02_id = conn.execute(
                text("SELECT id FROM app_user WHERE username = 'coach02'")
            ).scalar()
        mine = sorted(cid for cid, b in coach01 if b != bsn)
        shared, other = mine[0], mine[1]
        anna = _local_ctx(store, "coach01")
        anna.clients.get(shared)
        anna.clients.routes(shared)
        anna.sharing.share(shared, coach02_id)
        anna.clients.get(other)
        _local_ctx(store, "coach02").clients.get(shared)
        _local_ctx(store, dup_carer).clients.get(dup)
        with store.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT a.object_id, a.at, a.action, u.username FROM audit_log a "
                    "LEFT JOIN app_user u ON u.id = a.user_id "
                    "WHERE a.object_type = 'client' ORDER BY a.id"
                )
            ).all()
    finally:
        store.close()
    entries: dict[int, list[tuple[str, str, str]]] = {}
    for object_id, at, action, username in rows:
        stamp = at if isinstance(at, str) else at.isoformat()
        entries.setdefault(object_id, []).append((stamp[:19].replace(" ", "T"), action, username))
    return path, SimpleNamespace(shared=shared, other=other, dup=dup, bsn=bsn, entries=entries)


def _moved(url, prefix, path):
    assert main(["--database-url", url, "team", "move-in", str(path), *_mapping(prefix)]) == 0


def _team_id(url, batch_old_id) -> tuple[int, str]:
    """The team client an old client id became, and how (read as IT's login)."""
    with psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"), options="-csearch_path=zkijdesk"
    ) as conn:
        return conn.execute(
            "SELECT client_id, how FROM movein_client_map WHERE old_id = %s", (batch_old_id,)
        ).fetchone()


def _signed_in(url, prefix, local_user):
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    store = open_store(StoreLocation(url=url.replace("postgres@", f"{prefix}_u_{local_user}@")))
    return store, Services(store, actor_for_login(store), lambda: date(2026, 11, 15))


def _seen(data) -> list[tuple[str, str, str]]:
    return [(e["at"][:19], e["action"], e["by"]) for e in data["access_log_before_move_in"]]


def test_subject_access_after_move_in_lists_the_old_entries_about_that_person_only(
    worked_on, team, tmp_path, capsys
):
    from pypdf import PdfReader

    from zkijdesk.services.subject_access import SubjectAccessService

    path, old = worked_on
    url, prefix = team
    assert len(old.entries) >= 3  # other clients' entries exist, so leaving them out counts
    _team_coach_registers(url, prefix, old.bsn)  # the team already has the person of old.dup
    _moved(url, prefix, path)
    assert "dossiers gekoppeld aan het oude auditlog (voor inzage)" in capsys.readouterr().out
    new_id, how = _team_id(url, old.shared)
    assert how == "moved"
    store, ctx = _signed_in(url, prefix, "coach01")
    try:
        service = SubjectAccessService(store, ctx.actor)
        data = service.collect(new_id)
        # every old entry about this person, in order, by the team user each old user became
        assert _seen(data) == old.entries[old.shared]
        assert {by for _at, _a, by in _seen(data)} == {"coach01", "coach02"}
        assert all(e["moved_as"] == "moved" for e in data["access_log_before_move_in"])
        # the other file coach01 opened has its own, separate entries
        other_id, _ = _team_id(url, old.other)
        assert _seen(service.collect(other_id)) == old.entries[old.other]
        pdf = service.export(new_id, tmp_path / "inzage.pdf")
        text_ = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
        assert "overgezet naar de gezamenlijke teamdatabase" in text_
        assert text_.count("coach02") == 1  # coach02 opened the file once on the workstation
        saved = service.export(new_id, tmp_path / "inzage.json").read_text("utf-8")
        assert '"access_log_before_move_in"' in saved
    finally:
        store.close()
    # the person the team already had: the workstation's entries about them are theirs too
    dup_id, how = _team_id(url, old.dup)
    assert how == "same_bsn"
    store, ctx = _signed_in(url, prefix, "coach02")  # registered them in the team
    try:
        data = SubjectAccessService(store, ctx.actor).collect(dup_id)
        assert _seen(data) == old.entries[old.dup]
        assert data["access_log_before_move_in"][0]["moved_as"] == "same_bsn"
        # a file coach02 may not open: the services refuse, and the server gives nothing
        with store.engine.connect() as conn:
            assert not conn.execute(
                text("SELECT * FROM zk_movein_audit(:c)"), {"c": _team_id(url, old.other)[0]}
            ).all()
    finally:
        store.close()


def test_a_coach_reads_only_their_own_mapping_rows_and_changes_none(worked_on, team):
    path, old = worked_on
    url, prefix = team
    _moved(url, prefix, path)
    all_rows = _count(url, "SELECT count(*) FROM movein_client_map")
    theirs = _team_id(url, old.other)[0]  # coach01's, not shared with coach02

    def connect(local_user):
        return psycopg.connect(
            url.replace("postgres@", f"{prefix}_u_{local_user}@").replace("+psycopg", ""),
            autocommit=True,
        )

    with connect("coach02") as conn:
        visible = {r[0] for r in conn.execute("SELECT id FROM client").fetchall()}
        mapped = {r[0] for r in conn.execute("SELECT client_id FROM movein_client_map")}
        assert mapped and mapped <= visible and len(mapped) < all_rows
        assert theirs not in mapped
        shown = "SELECT count(*) FROM movein_client_map WHERE client_id = %s"
        assert conn.execute(shown, (theirs,)).fetchone()[0] == 0
        users = conn.execute("SELECT old_username FROM movein_user_map").fetchall()
        assert users == [("coach02",)]
        assert not conn.execute("SELECT * FROM zk_movein_audit(%s)", (theirs,)).fetchall()
        for statement in (
            f"UPDATE movein_client_map SET client_id = client_id WHERE client_id = {theirs}",
            f"DELETE FROM movein_client_map WHERE client_id = {theirs}",
            "UPDATE movein_client_map SET client_id = 1",
            "DELETE FROM movein_client_map",
            "INSERT INTO movein_client_map VALUES (1, 999999, 1, 'moved')",
            "UPDATE movein_user_map SET user_id = user_id",
            "DELETE FROM movein_user_map",
            "TRUNCATE movein_client_map",
            "SELECT count(*) FROM movein_audit",
            "SELECT count(*) FROM movein_batch",
            "DELETE FROM movein_audit",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with connect("coach01") as conn:
        rows = conn.execute("SELECT client_id FROM movein_client_map").fetchall()
        assert (theirs,) in rows
    assert _count(url, "SELECT count(*) FROM movein_client_map") == all_rows


def test_check_finds_the_mapping_unguarded(team):
    from sqlalchemy import create_engine

    from zkijdesk.storage.team import security_problems

    url, prefix = team
    engine = create_engine(url, connect_args={"options": "-csearch_path=zkijdesk"})
    try:
        with engine.begin() as conn:
            assert security_problems(conn) == []
            conn.exec_driver_sql(f"GRANT UPDATE ON movein_client_map TO {prefix}_coach")
            conn.exec_driver_sql(f"GRANT SELECT ON movein_audit TO {prefix}_user")
            conn.exec_driver_sql("ALTER TABLE movein_user_map DISABLE ROW LEVEL SECURITY")
            conn.exec_driver_sql("DROP POLICY zk_need_to_know ON movein_client_map")
            found = security_problems(conn)
            conn.rollback()
    finally:
        engine.dispose()
    assert f"Rol {prefix}_coach mag UPDATE op tabel movein_client_map; dat hoort niet." in found
    assert f"Rol {prefix}_user heeft rechten op tabel movein_audit; dat hoort niet." in found
    assert "Rijbeveiliging staat uit op tabel movein_user_map." in found
    assert "Het toegangsbeleid op tabel movein_client_map ontbreekt." in found


def test_a_database_with_older_security_is_upgraded_before_a_move_in(workstation, team, capsys):
    """A team database from before the mapping (security version 3, an earlier move's
    tables without it): the move-in is refused until team upgrade, which adds the
    mapping tables with their protection; then check passes and the move keeps it."""
    path, *_ = workstation
    url, prefix = team
    with psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"),
        autocommit=True,
        options="-csearch_path=zkijdesk",
    ) as conn:
        conn.execute(f"SET ROLE {prefix}_owner")
        conn.execute("DROP TABLE movein_client_map, movein_user_map")
        conn.execute("DROP FUNCTION zk_movein_audit(integer)")
        conn.execute(
            "CREATE OR REPLACE FUNCTION zk_security_version() RETURNS integer "
            "LANGUAGE sql IMMUTABLE AS $$ SELECT 3 $$"
        )
    assert main(["--database-url", url, "check"]) == 1
    assert "movein_client_map" in capsys.readouterr().err
    assert main(["--database-url", url, "team", "move-in", str(path), *_mapping(prefix)]) == 1
    assert "team upgrade" in capsys.readouterr().err
    assert _count(url, "SELECT count(*) FROM movein_batch") == 0
    assert main(["--database-url", url, "team", "upgrade"]) == 0
    assert main(["--database-url", url, "check"]) == 0
    _moved(url, prefix, path)
    assert _count(url, "SELECT count(*) FROM movein_client_map") > 0
    assert _count(url, "SELECT count(*) FROM movein_user_map") == len(LOCAL_USERS)
