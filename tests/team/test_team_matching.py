"""A team-wide search for candidates on a team database, and what each login can read.

Row-level security shows each person their own files; the search of the whole team goes
through the matching views, which the persons' own login roles read here directly too,
as someone with ``psql`` would.
"""

from __future__ import annotations

from datetime import date

import psycopg
import pytest

from zkijdesk.domain.errors import PermissionDeniedError
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.storage.team import MATCHING_COLUMNS, MATCHING_SCHEMA

pytestmark = pytest.mark.postgres


def _client(ctx, last_name: str, skills: list[int]) -> tuple[int, int, str]:
    """(client id, route id, client number) of a new client with an open route."""
    made = ctx.clients.intake(
        ClientInput(
            first_name="Noor",
            last_name=last_name,
            birth_date=date(1990, 6, 1),
            intake_status="werkzoekend_ww",
            bsn="111222333" if last_name == "Bakker" else None,
        ),
        RouteInput(intake_date=date(2026, 9, 1)),
    )
    for skill in skills:
        ctx.clients.add_skill(made.client.id, skill, "diploma", date(2026, 9, 2))
    return made.client.id, made.route.id, made.client.client_number


@pytest.fixture(scope="module")
def pool(team):
    """Anna's two clients and Bram's four: one in the pool, one restricted, one in the
    bin and one whose route is closed; a vacancy asking for the skill they all have."""
    skill = team.anna.reference.skills()[0].id
    anna = [_client(team.anna, name, [skill]) for name in ("Aarts", "Bakker")]
    bram, restricted, binned, closed = (
        _client(team.bram, name, [skill]) for name in ("Claes", "Dekker", "Evers", "Faber")
    )
    team.bram.clients.set_restriction(restricted[0], True)
    team.bram.bin.delete(binned[0])
    team.bram.routes.close(closed[1], date(2026, 10, 1), "verhuisd")
    employer = team.anna.employers.create_employer("Zorggroep Kennemerland")
    vacancy = team.anna.employers.create_vacancy(
        employer.id, "Helpende zorg", 24, required_skill_ids=[skill]
    )
    return {
        "vacancy": vacancy.id,
        "anna": anna,
        "bram": bram,
        "out": [restricted, binned, closed],
    }


def _as(team_db, person: str):
    return psycopg.connect(team_db.psycopg_dsn(person), autocommit=True)


def test_a_coach_finds_a_colleagues_client_pseudonymised_and_her_own_by_name(team, pool):
    found = team.anna.matching.candidates(pool["vacancy"], scope="team")
    by_number = {s.client_number: s for s in found}
    in_pool = {number for _cid, _rid, number in [*pool["anna"], pool["bram"]]}
    assert set(by_number) == in_pool
    colleague = by_number[pool["bram"][2]]
    assert (colleague.name, colleague.client_id, colleague.coach_name) == (None, None, "Bram")
    assert colleague.matched_required  # scored on the skills the views show
    own = {by_number[number].name for _cid, _rid, number in pool["anna"]}
    assert own == {"Noor Aarts", "Noor Bakker"}
    assert all(by_number[n].client_id == cid for cid, _rid, n in pool["anna"])


def test_the_prefilter_and_the_full_read_agree_through_the_views(team, pool):
    service = team.bram.matching
    quick = service.candidates(pool["vacancy"], scope="team")
    service.prefilter = False
    try:
        full = service.candidates(pool["vacancy"], scope="team")
    finally:
        service.prefilter = True
    assert [(s.client_number, s.total) for s in quick] == [(s.client_number, s.total) for s in full]
    assert len(quick) == 3


def test_a_team_lead_is_refused_the_pool_as_search_and_as_login(team, pool):
    """A team lead reads the figures views (every client, by id); with the matching
    views beside them a join on the id put a client number next to a birth year, a
    target group and an intake status, for the whole team."""
    from zkijdesk.domain.errors import ValidationError
    from zkijdesk.storage.team import FIGURES_SCHEMA

    with pytest.raises(ValidationError) as refused:
        team.lead.matching.candidates(pool["vacancy"], scope="team")
    assert refused.value.field == "scope"
    assert "alleen coaches" in str(refused.value.message)
    with _as(team.db, "lead") as conn:
        assert conn.execute(f"SELECT count(*) FROM {FIGURES_SCHEMA}.client").fetchone()[0] >= 6
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                f"SELECT m.client_number, f.birth_date FROM {FIGURES_SCHEMA}.client f "
                f"JOIN {MATCHING_SCHEMA}.client m ON m.id = f.id"
            )


def test_a_coachs_own_function_reads_nothing_outside_the_pool(team, pool):
    """A view that filters its rows can be overtaken: the planner may run a reader's
    condition before the view's, and a temporary function of the coach's (the team may
    make those) was shown the client numbers of a restricted, a binned and a closed
    client. The client view filters nothing; it empties what is not to be read."""
    leaky = """CREATE FUNCTION pg_temp.peek(i integer, n text) RETURNS boolean
               LANGUAGE plpgsql COST 0.0000001 AS
               $$ BEGIN RAISE NOTICE 'seen %:%', i, n; RETURN true; END $$"""
    seen: list[str] = []
    with _as(team.db, "anna") as conn:
        conn.add_notice_handler(lambda notice: seen.append(notice.message_primary))
        conn.execute(leaky)
        for setting in ("enable_nestloop", "enable_mergejoin", "enable_indexscan"):
            conn.execute(f"SET {setting} = off")
        conn.execute(
            f"SELECT c.id FROM {MATCHING_SCHEMA}.client c JOIN {MATCHING_SCHEMA}.route r "
            "ON r.client_id = c.id WHERE pg_temp.peek(c.id, c.client_number)"
        ).fetchall()
    shown = dict(message.removeprefix("seen ").split(":", 1) for message in seen)
    outside = {str(cid) for cid, _rid, _number in pool["out"]}
    assert outside <= set(shown)  # the function saw those rows...
    assert {shown[cid] for cid in outside} == {"<NULL>"}  # ...and no number on them


def test_the_views_name_only_the_pool_and_show_only_what_scores_it(team, pool):
    in_pool = {cid: number for cid, _rid, number in [*pool["anna"], pool["bram"]]}
    outside = {cid for cid, _rid, _number in pool["out"]}
    with _as(team.db, "anna") as conn:
        rows = conn.execute(
            f"SELECT id, client_number, sector_id, municipality_id, restricted "
            f"FROM {MATCHING_SCHEMA}.client"
        ).fetchall()
        named = {cid: number for cid, number, _s, _m, _r in rows if number is not None}
        assert named == in_pool
        # A restricted, a binned and a closed client: a row, but nothing to read on it.
        out_rows = [row[1:] for row in rows if row[0] in outside]
        assert out_rows == [(None, None, None, True)] * 3
        hidden = conn.execute(
            f"SELECT count(*) FROM {MATCHING_SCHEMA}.client WHERE first_name IS NOT NULL "
            "OR last_name IS NOT NULL OR bsn IS NOT NULL OR birth_date IS NOT NULL "
            "OR email IS NOT NULL OR phone IS NOT NULL OR postcode IS NOT NULL "
            "OR deleted_at IS NOT NULL"
        ).fetchone()[0]
        assert hidden == 0
        kept = conn.execute(
            f"SELECT count(*) FROM {MATCHING_SCHEMA}.client_skill "
            "WHERE evidence IS NOT NULL OR shown_on IS NOT NULL"
        )
        assert kept.fetchone() == (0,)
        routes = conn.execute(f"SELECT count(*), count(note) FROM {MATCHING_SCHEMA}.route")
        assert routes.fetchone() == (6, 0)
        # The tables themselves still answer as the person: Bram's client is not hers.
        assert conn.execute(
            "SELECT count(*) FROM client WHERE id = %s", (pool["bram"][0],)
        ).fetchone() == (0,)


@pytest.mark.parametrize("table", sorted(MATCHING_COLUMNS))
def test_an_admin_reads_no_matching_view(team, pool, table):
    with _as(team.db, "admin") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(f"SELECT * FROM {MATCHING_SCHEMA}.{table}")


def test_an_admin_gets_no_suggestions(team, pool):
    with pytest.raises(PermissionDeniedError):
        team.admin.matching.candidates(pool["vacancy"], scope="team")


def test_no_person_may_change_the_pool_through_a_view(team, pool):
    with _as(team.db, "anna") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            f"UPDATE {MATCHING_SCHEMA}.client SET municipality_id = NULL WHERE id = %s",
            (pool["bram"][0],),
        )


def test_a_login_that_may_write_everything_still_writes_nothing_through_a_view(team, pool):
    """A view of one table is updatable and writes as its owner, past row-level
    security; a login given pg_write_all_data (which ``check`` reports) is stopped by the
    views' own guard."""
    from zkijdesk.storage.team import FIGURES_SCHEMA

    login = team.db.login("bram")
    with psycopg.connect(
        team.db.maintenance_url.replace("postgresql+psycopg://", "postgresql://"),
        autocommit=True,
    ) as su:
        su.execute(f'GRANT pg_write_all_data TO "{login}"')
        try:
            with _as(team.db, "bram") as conn:
                for statement in (
                    f"DELETE FROM {FIGURES_SCHEMA}.client",
                    f"UPDATE {MATCHING_SCHEMA}.client SET municipality_id = NULL",
                    f"DELETE FROM {MATCHING_SCHEMA}.route",
                ):
                    with pytest.raises(psycopg.errors.RaiseException, match="read-only"):
                        conn.execute(statement)
        finally:
            su.execute(f'REVOKE pg_write_all_data FROM "{login}"')
        left = su.execute("SELECT count(*) FROM zkijdesk.client").fetchone()[0]
    assert left == 6
