"""Setting a team up and signing in: the command line, the roles and the failures."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.engine import make_url

from zkijdesk.cli import main
from zkijdesk.domain.errors import StoreError
from zkijdesk.storage.connect import with_tls_default
from zkijdesk.storage.errors import connection_error
from zkijdesk.storage.location import StoreLocation
from zkijdesk.storage.store import open_store

pytestmark = pytest.mark.postgres


def test_user_flag_is_refused_on_a_team_database(team, capsys):
    url = team.db.url_for("anna")
    assert main(["--database-url", url, "--user", team.db.login("bram"), "check"]) == 1
    assert "--user kan niet bij een teamdatabase" in capsys.readouterr().err


def test_only_the_admin_or_it_checks_the_team_database(team, capsys):
    assert main(["--database-url", team.db.url_for("anna"), "check"]) == 1
    assert "Alleen de functioneel beheerder" in capsys.readouterr().err
    assert main(["--database-url", team.db.url_for("admin"), "check"]) == 0
    assert "in orde" in capsys.readouterr().out
    assert main(["--database-url", team.db.maintenance_url, "check"]) == 0


def test_a_login_given_a_team_role_by_hand_gets_no_check_of_the_team(team, capsys):
    """A server login IT put in the coaches' group by hand, without ``team add-user``, is
    no person of the team (no user row): it sees the team's own files only, so its check
    would report a broken team. It was taken for IT's maintenance login and ran."""
    by_hand = f"{team.db.prefix}_handmatig"
    with psycopg.connect(team.db.maintenance_url.replace("+psycopg", ""), autocommit=True) as c:
        c.execute(f"CREATE ROLE {by_hand} LOGIN")
        c.execute(f"GRANT {team.db.prefix}_coach TO {by_hand}")
    url = make_url(team.db.maintenance_url).set(username=by_hand).render_as_string(False)
    assert main(["--database-url", url, "check"]) == 1
    err = capsys.readouterr().err
    assert f"aangemeld als {by_hand}, maar die inlog is geen actieve gebruiker" in err
    assert "team add-user" in err


def test_a_login_let_in_without_being_in_the_team_hears_it_has_no_access(team, capsys):
    """IT granted a server login CONNECT by hand: it reaches the database but not the
    team's schema, and was told the database held no zkijdesk store at all."""
    outsider = f"{team.db.prefix}_buiten"
    with psycopg.connect(team.db.maintenance_url.replace("+psycopg", ""), autocommit=True) as c:
        c.execute(f"CREATE ROLE {outsider} LOGIN")
        c.execute(f"GRANT CONNECT ON DATABASE {team.db.database} TO {outsider}")
    url = make_url(team.db.maintenance_url).set(username=outsider).render_as_string(False)
    with pytest.raises(StoreError, match="geen toegang tot deze teamdatabase"):
        open_store(StoreLocation(url=url))
    assert main(["--database-url", url, "check"]) == 1
    assert "zkijdesk team add-user" in capsys.readouterr().err


def test_a_plain_init_on_a_server_points_to_team_init(team, capsys):
    assert main(["--database-url", team.db.maintenance_url, "init"]) == 1
    assert "zkijdesk team init" in capsys.readouterr().err


def test_team_status_lists_people_and_finds_no_problem(team, capsys):
    """Each person's role by its name, and whether they may sign in: a disabled person
    and one taken out of the team (who once both read "uitgeschakeld") apart."""
    from zkijdesk.storage import team_admin

    url = team.db.maintenance_url
    gone, paused = f"{team.db.prefix}_weg", f"{team.db.prefix}_pauze"
    for login in (gone, paused):
        team_admin.add_user(url, login, login[-5:].title(), "coach", None)
    team_admin.revoke_user(url, gone)
    team_admin.disable_user(url, paused)
    assert main(["--database-url", url, "team", "status"]) == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:]}
    for person, role in (("anna", "Coach"), ("lead", "Teamleider"), ("admin", "Functioneel")):
        assert role in lines[team.db.login(person)] and "actief" in lines[team.db.login(person)]
    assert "uit het team" in lines[gone]
    assert "uitgeschakeld" in lines[paused]


def test_the_app_cannot_create_users_on_a_team_database(team):
    from zkijdesk.domain.errors import PermissionDeniedError
    from zkijdesk.services.users import create_user

    with pytest.raises(PermissionDeniedError, match="team add-user"):
        create_user(team.admin.store, "nieuw", "Nieuw", "coach", actor=team.admin.actor)


def test_a_disabled_login_gets_one_sentence_and_can_come_back(team, monkeypatch, capsys):
    url = team.db.maintenance_url
    login = team.db.login("bram")
    monkeypatch.setenv("ZKIJDESK_NEW_PASSWORD", "x" * 12)
    assert main(["--database-url", url, "team", "disable-user", login]) == 0
    with pytest.raises(StoreError, match="uitgeschakeld"):
        open_store(StoreLocation(url=team.db.url_for("bram")))
    assert main(["--database-url", url, "team", "enable-user", login]) == 0
    store = open_store(StoreLocation(url=team.db.url_for("bram")))
    store.close()


def test_grant_changes_the_role_in_the_database_and_the_program(team):
    from zkijdesk.domain.enums import Role
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage import team_admin

    login = team.db.login("lead")
    team_admin.grant_role(team.db.maintenance_url, login, "coach")
    try:
        store = open_store(StoreLocation(url=team.db.url_for("lead")))
        try:
            assert actor_for_login(store).role is Role.COACH
        finally:
            store.close()
        with psycopg.connect(team.db.psycopg_dsn("lead"), autocommit=True) as conn:
            groups = {
                r[0]
                for r in conn.execute(
                    "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user"
                ).fetchall()
            }
        assert groups == {f"{team.db.prefix}_coach"}
    finally:
        team_admin.grant_role(team.db.maintenance_url, login, "teamlead")


def test_an_unknown_login_and_an_unreachable_server_each_get_their_sentence(team):
    unknown = make_url(team.db.maintenance_url).set(username="niemand_hier_xyz")
    with pytest.raises(StoreError, match="bestaat niet"):
        open_store(StoreLocation(url=unknown.render_as_string(hide_password=False)))
    closed = make_url(team.db.maintenance_url).set(port=1)
    with pytest.raises(StoreError, match="niet bereikbaar"):
        open_store(StoreLocation(url=closed.render_as_string(hide_password=False)))


def test_a_server_that_cannot_prove_its_identity_is_refused(team):
    url = team.db.url_for("anna") + "?sslmode=verify-full"
    with pytest.raises(StoreError, match="TLS-certificaat"):
        open_store(StoreLocation(url=url))


def test_tls_is_required_for_every_server_but_this_machine():
    remote = with_tls_default("postgresql+psycopg://anna@db.gemeente.example/team")
    assert "sslmode=verify-full" in remote
    assert with_tls_default("postgresql+psycopg://anna@127.0.0.1/team").endswith("/team")
    kept = with_tls_default("postgresql+psycopg://anna@db.example/team?sslmode=require")
    assert "verify-full" not in kept


@pytest.mark.parametrize(
    ("libpq", "sentence"),
    [
        ('FATAL:  password authentication failed for user "anna"', "klopt niet of is verlopen"),
        ("fe_sendauth: no password supplied", "vraagt het wachtwoord"),
        ('FATAL:  role "anna" is not permitted to log in', "uitgeschakeld"),
        ('could not translate host name "db.x" to address', "niet bereikbaar"),
        ('FATAL:  no pg_hba.conf entry for host "10.0.0.5"', "pg_hba.conf"),
    ],
)
def test_each_libpq_failure_becomes_one_dutch_sentence(libpq, sentence):
    location = StoreLocation(url="postgresql+psycopg://anna@db.x/team")
    error = connection_error(psycopg.OperationalError(libpq), location)
    assert sentence in error.message
    assert "\n" not in error.message


def test_team_init_from_the_command_line_then_a_person_signs_in(
    empty_database, monkeypatch, capsys
):
    url, prefix, _database = empty_database
    monkeypatch.setenv("ZKIJDESK_NEW_PASSWORD", "een-lang-wachtwoord")
    if True:
        admin = f"{prefix}_fb"
        assert (
            main(["--database-url", url, "team", "init", "--prefix", prefix, "--admin", admin]) == 0
        )
        assert (
            main(["--database-url", url, "team", "init", "--prefix", prefix, "--admin", admin]) == 1
        )
        assert "bevat al" in capsys.readouterr().err
        coach = f"{prefix}_coach1"
        assert main(["--database-url", url, "team", "add-user", coach, "--role", "coach"]) == 0
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            secret = conn.execute(
                "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (coach,)
            ).fetchone()[0]
        assert secret.startswith("SCRAM-SHA-256$")
        assert main(["--database-url", url, "check"]) == 0
        assert main(["--database-url", url, "team", "upgrade"]) == 0
        assert main(["--database-url", url, "team", "status"]) == 0


def test_a_login_it_already_made_joins_the_team_and_a_superuser_does_not(team, capsys):
    from sqlalchemy import create_engine, text

    from zkijdesk.storage import team_admin

    login, boss = f"{team.db.prefix}_domein", f"{team.db.prefix}_baas"
    engine = create_engine(team.db.maintenance_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        conn.execute(text(f'CREATE ROLE "{boss}" LOGIN SUPERUSER'))
    engine.dispose()
    team_admin.add_user(team.db.maintenance_url, login, "Domein", "coach", None)
    store = open_store(
        StoreLocation(url=team.db.url_for("anna").replace(team.db.login("anna"), login))
    )
    store.close()
    url = team.db.maintenance_url
    assert (
        main(
            [
                "--database-url",
                url,
                "team",
                "add-user",
                boss,
                "--role",
                "coach",
                "--geen-wachtwoord",
            ]
        )
        == 1
    )
    assert "superuser" in capsys.readouterr().err


def test_add_user_asks_no_password_for_a_login_it_already_made(team, capsys, monkeypatch):
    """IT typed a password twice for a domain login, and the program then kept the
    login's own (IT's) password without a word. Now it asks nothing, says so, and refuses
    a login past row-level security before any question."""
    from sqlalchemy import create_engine, text

    from zkijdesk.commands import team as team_command

    def asked(question: str) -> str:
        raise AssertionError(f"asked: {question}")

    monkeypatch.setattr(team_command, "prompt", asked)
    monkeypatch.delenv(team_command.NEW_PASSWORD_ENV, raising=False)
    login, boss = f"{team.db.prefix}_domein2", f"{team.db.prefix}_baas2"
    engine = create_engine(team.db.maintenance_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        conn.execute(text(f'CREATE ROLE "{boss}" LOGIN BYPASSRLS'))
    engine.dispose()
    url = team.db.maintenance_url
    assert main(["--database-url", url, "team", "add-user", login, "--role", "coach"]) == 0
    out = capsys.readouterr().out
    assert f"Teamlid {login} toegevoegd als coach." in out
    assert "het wachtwoord ervan is niet veranderd" in out
    assert main(["--database-url", url, "team", "add-user", boss, "--role", "coach"]) == 1
    assert "rijbeveiliging" in capsys.readouterr().err
    assert main(["--database-url", url, "team", "add-user", login, "--role", "coach"]) == 1
    assert "bestaat al in dit team" in capsys.readouterr().err


@pytest.mark.parametrize(
    "power",
    [
        "CREATEROLE",
        "REPLICATION",
        "IN ROLE {boss}",
        "IN ROLE {owner}",
        "IN ROLE pg_read_server_files",
        "IN ROLE pg_write_all_data",
    ],
)
def test_a_login_that_could_get_past_row_level_security_is_no_team_member(team, capsys, power):
    """A domain account with CREATEROLE joined as a coach, granted itself the team's
    owner role and read every file, while ``check`` said all was well. Such a login,
    or one that may SET ROLE to a role that is one (a superuser group, the owner), is
    refused a group, and ``check`` names a member that became one later."""
    from sqlalchemy import create_engine, text

    from zkijdesk.storage import team_admin

    prefix = team.db.prefix
    tag = power.split()[-1].strip("{}").lower()
    login, boss = f"{prefix}_sterk_{tag}", f"{prefix}_groep_{tag}"
    owner = f"{prefix}_owner"
    engine = create_engine(team.db.maintenance_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{boss}" NOLOGIN SUPERUSER'))
        conn.execute(
            text(f'CREATE ROLE "{login}" LOGIN ' + power.format(boss=f'"{boss}"', owner=owner))
        )
    try:
        url = team.db.maintenance_url
        argv = ["--database-url", url, "team", "add-user", login, "--role", "coach"]
        assert main([*argv, "--geen-wachtwoord"]) == 1
        said = capsys.readouterr().err
        assert f"De databaserol {login} kan langs de rijbeveiliging" in said
        with pytest.raises(Exception, match="kan langs de rijbeveiliging"):
            team_admin.add_user(url, login, "Sterk", "coach", None)

        # Joined before it had the power: check names it, as IT's maintenance login.
        granted = power.split()[-1].format(boss=boss, owner=owner)
        with engine.connect() as conn:
            conn.execute(text(f'ALTER ROLE "{login}" NOCREATEROLE NOREPLICATION'))
            for role in {boss, owner, granted} if "IN ROLE" in power else (boss, owner):
                conn.execute(text(f'REVOKE "{role}" FROM "{login}"'))
        team_admin.add_user(url, login, "Sterk", "coach", None)
        assert main(["--database-url", url, "check"]) == 0
        capsys.readouterr()
        later = (
            f'GRANT "{granted}" TO "{login}"'
            if "IN ROLE" in power
            else f'ALTER ROLE "{login}" {power}'
        )
        with engine.connect() as conn:
            conn.execute(text(later))
        assert main(["--database-url", url, "check"]) == 1
        assert f"Gebruiker {login} kan langs de rijbeveiliging" in capsys.readouterr().err
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'ALTER ROLE "{login}" NOCREATEROLE NOREPLICATION'))
            for role in (boss, owner, "pg_read_server_files", f"{prefix}_coach"):
                conn.execute(text(f'REVOKE "{role}" FROM "{login}"'))
        team_admin.revoke_user(team.db.maintenance_url, login)
        with engine.connect() as conn:  # no superuser role left for later tests' check
            conn.execute(text(f'DROP ROLE "{boss}"'))
        engine.dispose()


def test_the_maintenance_login_is_told_it_is_no_team_member(team, capsys, tmp_path):
    """IT's login ran ``export`` and was told to add itself as a person with
    ``team add-user``, which would have made it a coach past row-level security."""
    url = team.db.maintenance_url
    out = tmp_path / "uit"
    assert main(["--database-url", url, "export", "--month", "2026-10", "--out", str(out)]) == 1
    said = capsys.readouterr().err
    assert "beheerlogin van IT" in said and "geen teamlid" in said
    assert "team add-user" not in said
    assert not out.exists() or not any(out.iterdir())


def test_a_passwords_last_day_is_read_either_way_round_and_never_in_the_past(team, capsys):
    """``--valid-until 31-12-2027`` was refused as if IT lacked rights, and a day already
    past made a login that never worked, without a word."""
    url = team.db.maintenance_url
    base = ["--database-url", url, "team", "add-user", "--geen-wachtwoord"]
    late, gone = f"{team.db.prefix}_tot2099", f"{team.db.prefix}_verlopen"
    assert main([*base, late, "--role", "coach", "--valid-until", "31-12-2099"]) == 0
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        until = conn.execute("SELECT rolvaliduntil FROM pg_roles WHERE rolname = %s", (late,))
        # The whole last day works: the password ends as 1 January 2100 begins.
        ends = until.fetchone()[0]
        assert (ends.date().isoformat(), ends.hour, ends.minute) == ("2100-01-01", 0, 0)
    capsys.readouterr()
    assert main([*base, gone, "--role", "coach", "--valid-until", "2020-01-01"]) == 1
    said = capsys.readouterr().err
    assert "Wachtwoord geldig tot ligt in het verleden" in said
    assert main([*base, gone, "--role", "coach", "--valid-until", "31-13-2099"]) == 1
    assert "Wachtwoord geldig tot is geen geldige datum" in capsys.readouterr().err
    # A login IT already had keeps IT's password and its end: refused, not ignored.
    domain = f"{team.db.prefix}_domein_tot"
    with psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f'CREATE ROLE "{domain}" LOGIN')
    assert main([*base, domain, "--role", "coach", "--valid-until", "31-12-2099"]) == 1
    assert "blijven van IT" in capsys.readouterr().err
