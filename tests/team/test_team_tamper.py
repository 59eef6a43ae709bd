"""Someone with the server's superuser weakens the team's protection: ``check`` says so."""

from __future__ import annotations

import psycopg
import pytest

from zkijdesk.cli import main
from zkijdesk.domain.errors import StoreError
from zkijdesk.storage import team_admin

pytestmark = pytest.mark.postgres


@pytest.fixture
def small_team(empty_database):
    url, prefix, _database = empty_database
    team_admin.init_team(url, prefix, f"{prefix}_fb", "Beheer", None)
    team_admin.add_user(url, f"{prefix}_c1", "Coach", "coach", None)
    with _superuser(url) as conn:
        conn.execute(
            "SELECT zk_audit_append('view', 'client', NULL, 'ok', NULL, 'x')"
        )  # an entry to tamper with
    return url, prefix


def _superuser(url: str):
    return psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"),
        autocommit=True,
        options="-csearch_path=zkijdesk",
    )


def _check(url, capsys) -> tuple[int, str]:
    code = main(["--database-url", url, "check"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("tamper", "finding"),
    [
        ("DROP TRIGGER audit_log_no_change ON audit_log", "auditlog tegen wijzigen"),
        ("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change", "auditlog tegen wijzigen"),
        ("DROP TRIGGER audit_log_no_truncate ON audit_log", "auditlog tegen leegmaken"),
        ("ALTER TABLE route DISABLE ROW LEVEL SECURITY", "Rijbeveiliging staat uit op tabel route"),
        ("DROP POLICY zk_need_to_know ON activity", "toegangsbeleid op tabel activity"),
        ("DROP POLICY zk_share_by_coach ON client_share", "toegangsbeleid op tabel client_share"),
        ("DROP POLICY zk_route_change ON route", "toegangsbeleid op tabel route"),
        ("DROP TRIGGER zk_note_new_client ON client", "nieuw ingeschreven cliënten"),
        ("DROP FUNCTION zk_route_writer(integer) CASCADE", "zk_route_writer"),
        ("GRANT INSERT ON audit_log TO {prefix}_coach", "mag INSERT op het auditlog"),
        ("ALTER ROLE {prefix}_c1 BYPASSRLS", "{prefix}_c1 kan langs de rijbeveiliging"),
        ("ALTER ROLE {prefix}_c1 CREATEROLE", "{prefix}_c1 kan langs de rijbeveiliging"),
        ("ALTER ROLE {prefix}_c1 REPLICATION", "{prefix}_c1 kan langs de rijbeveiliging"),
        (
            "GRANT {prefix}_owner TO {prefix}_c1",
            "_c1 kan langs de rijbeveiliging (via {prefix}_owner)",
        ),
        ("DROP FUNCTION zk_audit_append(text, text, integer, text, text, text)", "zk_audit_append"),
        ("ALTER TABLE route DISABLE TRIGGER zk_log_route_update", "zk_log_route_update"),
        ("DROP TRIGGER zk_log_client_share_delete ON client_share", "zk_log_client_share_delete"),
        ("DELETE FROM zk_cache_key", "sleutel voor het bewaren"),
        (
            "GRANT SELECT ON zkijdesk_matchen.client TO PUBLIC",
            "Rol {prefix}_fb mag bij de weergaven in zkijdesk_matchen",
        ),
        (
            "GRANT SELECT ON zkijdesk_cijfers.route TO {prefix}_coach",
            "Rol {prefix}_c1 mag bij de weergaven in zkijdesk_cijfers",
        ),
        ("GRANT pg_read_all_data TO {prefix}_c1", "{prefix}_c1 kan langs de rijbeveiliging"),
        ("GRANT pg_write_all_data TO {prefix}_c1", "via pg_write_all_data"),
        (
            "DROP TRIGGER zk_read_only ON zkijdesk_cijfers.client",
            "weergave zkijdesk_cijfers.client is niet meer alleen te lezen",
        ),
        (
            "DROP VIEW zkijdesk_matchen.client_skill",
            "weergave zkijdesk_matchen.client_skill ontbreekt",
        ),
        ("GRANT SELECT ON zk_cache_key TO {prefix}_user", "rechten op tabel zk_cache_key"),
        (
            "ALTER SCHEMA zkijdesk_matchen OWNER TO {prefix}_c1",
            "Het schema zkijdesk_matchen is van {prefix}_c1, niet van de teameigenaar",
        ),
        (
            # First on a coach's search path during a team search: it would run as her.
            "CREATE FUNCTION zkijdesk_matchen.lower(text) RETURNS text LANGUAGE sql "
            "AS $$ SELECT $1 $$",
            "In het schema zkijdesk_matchen staan objecten van postgres (1), niet van de",
        ),
        (
            "SET ROLE {prefix}_owner; CREATE TABLE zkijdesk_cijfers.skill (id integer)",
            "In het schema zkijdesk_cijfers staat skill, dat zkijdesk er niet heeft gemaakt",
        ),
        (
            "GRANT CREATE ON SCHEMA zkijdesk TO {prefix}_coach",
            "Rol {prefix}_coach mag objecten maken in het schema zkijdesk;",
        ),
        (
            "GRANT CREATE ON SCHEMA zkijdesk_cijfers TO PUBLIC",
            "Rol public mag objecten maken in het schema zkijdesk_cijfers;",
        ),
        (
            # A group outside the team holds the right; its NOINHERIT member may connect
            # and SET ROLE to it (nobody "has" it by inheritance, so only the grant shows).
            "CREATE ROLE {prefix}_grp; GRANT CREATE ON SCHEMA zkijdesk_matchen TO {prefix}_grp;"
            " CREATE ROLE {prefix}_x LOGIN NOINHERIT IN ROLE {prefix}_grp;"
            " GRANT {prefix}_user TO {prefix}_x",
            "Rol {prefix}_grp mag objecten maken in het schema zkijdesk_matchen;",
        ),
        (
            "CREATE ROLE {prefix}_grp; GRANT USAGE ON SCHEMA zkijdesk_cijfers TO {prefix}_grp;"
            " GRANT SELECT ON zkijdesk_cijfers.client TO {prefix}_grp;"
            " CREATE ROLE {prefix}_x LOGIN NOINHERIT IN ROLE {prefix}_grp;"
            " GRANT {prefix}_user TO {prefix}_x",
            "Rol {prefix}_grp mag bij de weergaven in zkijdesk_cijfers",
        ),
        (
            # The table with its indexes and types: one line, and the coach owning it
            # would read past row-level security.
            "ALTER TABLE zkijdesk.client OWNER TO {prefix}_c1",
            "In het schema zkijdesk staan objecten van {prefix}_c1 (",
        ),
    ],
)
def test_check_finds_weakened_protection(small_team, capsys, tamper, finding):
    url, prefix = small_team
    assert _check(url, capsys)[0] == 0
    with _superuser(url) as conn:
        conn.execute(tamper.format(prefix=prefix))
    code, err = _check(url, capsys)
    assert code == 1
    assert finding.format(prefix=prefix) in err


def test_a_schema_someone_else_made_first_is_refused_at_init_and_upgrade(empty_database):
    """Whoever owns a schema on the search path can put a function there that runs as
    each coach: init and upgrade refuse a schema of views someone else made first, and
    init leaves no role behind."""
    url, prefix, _database = empty_database
    with _superuser(url) as conn:
        conn.execute("CREATE SCHEMA zkijdesk_cijfers")
    with pytest.raises(StoreError, match="Het schema zkijdesk_cijfers bestaat al en is van "):
        team_admin.init_team(url, prefix, f"{prefix}_fb", "Beheer", None)
    with _superuser(url) as conn:
        assert conn.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"{prefix}\\_%",)
        ).fetchone() == (0,)
        conn.execute("DROP SCHEMA zkijdesk_cijfers")
    team_admin.init_team(url, prefix, f"{prefix}_fb", "Beheer", None)
    team_admin.add_user(url, f"{prefix}_c1", "Coach", "coach", None)
    with _superuser(url) as conn:
        conn.execute("DROP SCHEMA zkijdesk_matchen CASCADE")
        conn.execute(f"CREATE SCHEMA zkijdesk_matchen AUTHORIZATION {prefix}_c1")
    with pytest.raises(StoreError, match=f"zkijdesk_matchen bestaat al en is van {prefix}_c1"):
        team_admin.upgrade_team(url)


def test_check_finds_an_edited_entry_even_with_the_trigger_put_back(small_team, capsys):
    url, _prefix = small_team
    with _superuser(url) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        conn.execute("UPDATE audit_log SET object_id = 7 WHERE id = 1")
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    code, err = _check(url, capsys)
    assert code == 1
    assert "keten breekt bij regel 1" in err


def test_team_upgrade_restores_dropped_protection(small_team, capsys):
    url, _prefix = small_team
    with _superuser(url) as conn:
        conn.execute("ALTER TABLE client DISABLE ROW LEVEL SECURITY")
        conn.execute("DROP POLICY zk_need_to_know ON task")
        conn.execute("DROP TRIGGER audit_log_no_change ON audit_log")
    assert _check(url, capsys)[0] == 1
    assert main(["--database-url", url, "team", "upgrade"]) == 0
    assert _check(url, capsys)[0] == 0


def test_team_upgrade_brings_a_database_from_before_the_matching_views_up(small_team, capsys):
    """A team database made by the program before a team-wide search was possible has
    no matching schema: ``check`` names what is missing, ``team upgrade`` makes it, and
    a coach's search of the team then runs as the coach's own login."""
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    url, prefix = small_team
    with _superuser(url) as conn:
        conn.execute("DROP SCHEMA zkijdesk_matchen CASCADE")
        conn.execute(f"SET ROLE {prefix}_owner")
        conn.execute(OLDER_GUARDS.replace("SELECT 4", "SELECT 5"))
    code, err = _check(url, capsys)
    assert code == 1
    assert "weergave zkijdesk_matchen.client ontbreekt" in err
    assert "oudere versie (5;" in err
    assert main(["--database-url", url, "team", "upgrade"]) == 0
    assert _check(url, capsys)[0] == 0
    store = open_store(StoreLocation(url=url.replace("postgres@", f"{prefix}_c1@")))
    try:
        coach = Services(store, actor_for_login(store))
        employer = coach.employers.create_employer("Bakkerij Velsen")
        vacancy = coach.employers.create_vacancy(employer.id, "Bakker", 24)
        assert coach.matching.candidates(vacancy.id, scope="team") == []
    finally:
        store.close()


OPEN_TO_ALL = (
    "DO $$ BEGIN EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO PUBLIC', "
    "current_database()); END $$"
)
OLDER_GUARDS = (
    "CREATE OR REPLACE FUNCTION zk_security_version() RETURNS integer "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT 4 $$"
)


@pytest.mark.parametrize(
    ("tamper", "finding"),
    [
        (OPEN_TO_ALL, "Iedere databaselogin van de server mag met deze database verbinden"),
        (OLDER_GUARDS, "van een oudere versie (4; dit programma: "),
    ],
)
def test_status_and_check_see_what_locks_out_or_opens_up_and_upgrade_mends_it(
    small_team, capsys, tamper, finding
):
    """A database restored with pg_restore let every login of the server connect (the
    database's own grants are not in the dump), and guards older than the program locked
    every coach out: both while ``check`` and ``team status`` said all was well."""
    url, _prefix = small_team
    with _superuser(url) as conn:
        conn.execute(tamper)
    code, err = _check(url, capsys)
    assert code == 1 and finding in err
    assert main(["--database-url", url, "team", "status"]) == 1
    assert finding in capsys.readouterr().err
    assert main(["--database-url", url, "team", "upgrade"]) == 0
    assert _check(url, capsys)[0] == 0
    with _superuser(url) as conn:
        still_open = conn.execute(
            "SELECT has_database_privilege('public', current_database(), 'CONNECT')"
        ).fetchone()[0]
    assert still_open is False


def test_even_the_owner_cannot_empty_the_audit_log(small_team):
    url, prefix = small_team
    with _superuser(url) as conn:
        conn.execute(f"SET ROLE {prefix}_owner")
        with pytest.raises(psycopg.errors.RaiseException):
            conn.execute("TRUNCATE audit_log")


def _rechain_on_server(conn) -> None:
    """Recompute every hash and the head with the server's own functions."""
    from zkijdesk.storage.audit_chain import GENESIS, entry_fields, entry_hash

    rows = conn.execute(
        "SELECT id, at, user_id, workstation, action, object_type, object_id, result, detail "
        "FROM audit_log ORDER BY id"
    ).fetchall()
    prev = GENESIS
    for row in rows:
        digest = entry_hash(prev, entry_fields(*row))
        conn.execute(
            "UPDATE audit_log SET prev_hash = %s, hash = %s WHERE id = %s", (prev, digest, row[0])
        )
        prev = digest
    conn.execute("UPDATE audit_head SET last_id = %s, last_hash = %s", (len(rows), prev))


@pytest.mark.parametrize("attack", ["truncate", "rechain"])
def test_anchors_find_a_cut_or_rechained_log_on_the_server(small_team, capsys, tmp_path, attack):
    url, prefix = small_team
    with _superuser(url) as conn:
        for i in range(3):
            conn.execute(f"SELECT zk_audit_append('view', 'client', {i}, 'ok', NULL, 'x')")
    coach = url.replace("postgres@", f"{prefix}_c1@")
    assert main(["--database-url", url, "audit-anchor", "--out", str(tmp_path)]) == 0
    assert main(["--database-url", coach, "audit-anchor", "--out", str(tmp_path)]) == 1
    assert main(["--database-url", url, "check", "--anchors", str(tmp_path)]) == 0
    capsys.readouterr()
    with _superuser(url) as conn:
        conn.execute("ALTER TABLE audit_log DISABLE TRIGGER USER")
        if attack == "truncate":
            conn.execute("DELETE FROM audit_log WHERE id > 2")
        else:
            conn.execute("UPDATE audit_log SET object_id = 77 WHERE id = 2")
        _rechain_on_server(conn)
        for trigger in ("audit_log_no_change", "audit_log_no_truncate"):
            conn.execute(f"ALTER TABLE audit_log ENABLE ALWAYS TRIGGER {trigger}")
    assert main(["--database-url", url, "check"]) == 0  # the chain alone cannot tell
    assert main(["--database-url", url, "check", "--anchors", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert ("ingekort" if attack == "truncate" else "herschreven") in err


def test_a_forged_appended_row_is_found_on_the_server(small_team, capsys):
    url, _prefix = small_team
    with _superuser(url) as conn:
        conn.execute(
            "INSERT INTO audit_log (id, at, user_id, workstation, action, object_type, "
            "object_id, result, detail, prev_hash, hash) SELECT id + 1, at, user_id, "
            "workstation, 'export', 'client', 5, 'ok', NULL, hash, repeat('a', 64) "
            "FROM audit_log ORDER BY id DESC LIMIT 1"
        )
        conn.execute("UPDATE audit_head SET last_id = last_id + 1, last_hash = repeat('a', 64)")
    assert main(["--database-url", url, "check"]) == 1
    assert "keten breekt" in capsys.readouterr().err


def test_a_team_database_with_older_security_waits_for_team_upgrade(small_team, capsys):
    """A program that needs newer server functions says so at sign-in, not mid-work."""
    url, prefix = small_team
    with _superuser(url) as conn:
        conn.execute(f"SET ROLE {prefix}_owner")
        conn.execute(
            "CREATE OR REPLACE FUNCTION zk_security_version() RETURNS integer "
            "LANGUAGE sql IMMUTABLE AS $$ SELECT 0 $$"
        )
    coach = url.replace("postgres@", f"{prefix}_c1@")
    assert main(["--database-url", coach, "check"]) == 1
    assert "team upgrade" in capsys.readouterr().err
    assert main(["--database-url", url, "team", "upgrade"]) == 0
    assert main(["--database-url", url, "check"]) == 0


def test_a_login_outside_the_team_connects_only_while_public_may_and_reads_nothing(small_team):
    """As its own role: a login of the server that is no team member gets into a
    database PUBLIC may connect to (as after pg_restore), sees no client row even then,
    and after ``team upgrade`` is not let in at all."""
    url, prefix = small_team
    outsider = f"{prefix}_buiten"
    with _superuser(url) as conn:
        conn.execute(f'CREATE ROLE "{outsider}" LOGIN')
        conn.execute(OPEN_TO_ALL)
    as_outsider = url.replace("postgres@", f"{outsider}@").replace(
        "postgresql+psycopg://", "postgresql://"
    )
    with (
        psycopg.connect(as_outsider) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT count(*) FROM zkijdesk.client")
    assert main(["--database-url", url, "team", "upgrade"]) == 0
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(as_outsider).close()


@pytest.mark.parametrize("view", ["zkijdesk_matchen.client", "zkijdesk_cijfers.route"])
def test_a_missing_view_stops_the_work_rather_than_narrowing_it(small_team, view):
    """The views' schema comes first on the search path, so without a view the query
    read the table behind it under row-level security: a team search of the coach's
    own clients, or a month's figures of the team lead's own files, without a word."""
    from zkijdesk.domain.errors import StoreError
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    url, prefix = small_team
    team_admin.add_user(url, f"{prefix}_tl", "Leider", "teamlead", None)
    with _superuser(url) as conn:
        conn.execute(f"DROP VIEW {view}")
    person = "c1" if "matchen" in view else "tl"
    store = open_store(StoreLocation(url=url.replace("postgres@", f"{prefix}_{person}@")))
    try:
        ctx = Services(store, actor_for_login(store))
        with pytest.raises(StoreError) as stopped:
            if person == "c1":
                employer = ctx.employers.create_employer("Bakkerij Velsen")
                vacancy = ctx.employers.create_vacancy(employer.id, "Bakker", 24)
                ctx.matching.candidates(vacancy.id, scope="team")
            else:
                ctx.reporting.preview("2026-10")
        assert "team upgrade" in str(stopped.value.message)
    finally:
        store.close()
