"""The demo generator: plausible, internally consistent and reproducible synthetic data."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text
from stdnum.nl import bsn as stdnum_bsn

from zkijdesk.domain.dates import add_months, age_on
from zkijdesk.domain.errors import StateError
from zkijdesk.domain.names import search_key
from zkijdesk.domain.validation import validate_email, validate_phone, validate_postcode
from zkijdesk.services.demo import DemoSummary, generate_demo
from zkijdesk.services.demo import data as demo_data
from zkijdesk.services.demo import writer as demo_writer
from zkijdesk.storage import keys
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import Store, StoreLocation, check_store, create_store

TODAY = date(2026, 3, 15)
CLIENTS = 300
SEED = 7


def _new_store(folder, name: str) -> Store:
    # A raw key with no keyring: creating a store would otherwise try to save the key
    # in the OS keyring, which test machines may not have.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keys, "save_to_keyring", lambda *_args, **_kwargs: None)
        return create_store(StoreLocation(path=folder / name), key=new_raw_key(), is_demo=True)


def _generated(folder, name: str, *, seed: int = SEED) -> tuple[Store, DemoSummary]:
    store = _new_store(folder, name)
    return store, generate_demo(store, clients=CLIENTS, seed=seed, today=TODAY)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> Iterator[tuple[Store, DemoSummary, list[tuple[int, int]]]]:
    store = _new_store(tmp_path_factory.mktemp("demo"), "demo.db")
    calls: list[tuple[int, int]] = []
    summary = generate_demo(
        store,
        clients=CLIENTS,
        seed=SEED,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )
    yield store, summary, calls
    store.close()


@pytest.fixture(scope="module")
def demo_store(demo_run) -> Store:
    return demo_run[0]


def _rows(store: Store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _scalar(store: Store, sql: str):
    with store.engine.connect() as conn:
        return conn.execute(text(sql)).scalar()


def _digest(store: Store, tables: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for table in tables:
        for row in _rows(store, f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


ALL_TABLES = (
    "app_user",
    "project",
    "employer",
    "vacancy",
    "vacancy_skill",
    "client",
    "client_skill",
    "client_target_group",
    "route",
    "guidance",
    "training",
    "placement",
    "placement_follow_up",
    "activity",
    "task",
    "employer_contact",
    "employer_contact_log",
    "candidacy",
    "client_work_preference",
)


def test_counts_are_plausible_and_match_the_tables(demo_run):
    store, summary, _ = demo_run
    assert summary.clients == CLIENTS
    assert 1.1 <= summary.routes / CLIENTS <= 1.4
    assert 0.25 <= summary.trainings / summary.routes <= 0.45
    assert 0.2 <= summary.placements / summary.routes <= 0.4
    assert summary.follow_ups == 3 * summary.placements
    assert summary.tasks > summary.follow_ups
    assert 4 * summary.routes <= summary.activities <= 8 * summary.routes
    assert summary.users == 1 + 2 + 3  # admin, two team leads, at least three coaches
    assert summary.employers == 20
    assert summary.vacancies == 30
    assert 6 <= summary.projects <= 10
    assert summary.employers <= summary.employer_contacts <= 2 * summary.employers
    assert summary.contact_logs > 0 and summary.candidacies > 0
    open_routes = _scalar(store, "SELECT count(*) FROM route WHERE closed_on IS NULL")
    assert 0.4 <= summary.work_preferences / open_routes <= 0.7
    tables = {
        "clients": "client",
        "routes": "route",
        "trainings": "training",
        "placements": "placement",
        "follow_ups": "placement_follow_up",
        "activities": "activity",
        "tasks": "task",
        "employers": "employer",
        "vacancies": "vacancy",
        "users": "app_user",
        "projects": "project",
        "guidances": "guidance",
        "client_skills": "client_skill",
        "client_target_groups": "client_target_group",
        "vacancy_skills": "vacancy_skill",
        "employer_contacts": "employer_contact",
        "contact_logs": "employer_contact_log",
        "candidacies": "candidacy",
        "work_preferences": "client_work_preference",
    }
    for field, table in tables.items():
        assert getattr(summary, field) == _scalar(store, f"SELECT count(*) FROM {table}"), table


def test_progress_reports_clients_written(demo_run):
    _, _, calls = demo_run
    assert calls[0] == (0, CLIENTS)
    assert calls[-1] == (CLIENTS, CLIENTS)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_store_passes_the_integrity_check_and_is_marked_demo(demo_store):
    assert check_store(demo_store, thorough=True).ok
    assert demo_store.info().is_demo


def test_routes_lie_in_the_five_years_before_today(demo_store):
    window = add_months(TODAY, -60).isoformat()
    today = TODAY.isoformat()
    assert not _rows(
        demo_store,
        f"SELECT id FROM route WHERE intake_date > '{today}' OR intake_date < '{window}'"
        f" OR closed_on < intake_date OR closed_on > '{today}'",
    )
    assert not _rows(
        demo_store,
        "SELECT id FROM route WHERE (closed_on IS NULL) != (exit_reason IS NULL)",
    )
    open_share = _scalar(demo_store, "SELECT avg(closed_on IS NULL) FROM route")
    assert 0.25 <= open_share <= 0.45
    work = _scalar(
        demo_store,
        "SELECT avg(exit_reason = 'werk') FROM route WHERE closed_on IS NOT NULL",
    )
    assert 0.3 <= work <= 0.5


def test_a_client_never_has_two_routes_open_or_overlapping(demo_store):
    assert not _rows(
        demo_store,
        "SELECT client_id FROM route WHERE closed_on IS NULL "
        "GROUP BY client_id HAVING count(*) > 1",
    )
    assert not _rows(
        demo_store,
        "SELECT a.id FROM route a JOIN route b ON a.client_id = b.client_id AND a.id != b.id "
        "WHERE a.intake_date <= b.intake_date "
        "AND (a.closed_on IS NULL OR a.closed_on >= b.intake_date)",
    )


def test_every_open_to_do_is_with_someone_who_sees_its_file(demo_store):
    """A follow-up of an earlier placement was still its first coach's after a colleague
    had opened a newer route: the team lead's page then greeted every demo with to-dos
    "with a colleague who no longer sees the file", which the program never leaves."""
    from sqlalchemy import func, select

    from zkijdesk import models as m
    from zkijdesk.services.caseload import _stray

    with demo_store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Task).where(*_stray())) == 0
        moved = s.scalar(
            select(func.count())
            .select_from(m.Task)
            .where(m.Task.done_at.is_(None), m.Task.follow_up_id.is_not(None))
        )
    assert moved  # there are open follow-up to-dos to get wrong


def test_clients_have_valid_identifiers_and_contact_details(demo_store):
    rows = _rows(
        demo_store,
        "SELECT id, client_number, first_name, name_prefix, last_name, bsn, email, phone, "
        "postcode, search_key FROM client",
    )
    bsns = [r[5] for r in rows if r[5] is not None]
    assert 0.6 <= len(bsns) / len(rows) <= 0.8
    assert len(set(bsns)) == len(bsns)
    assert all(stdnum_bsn.is_valid(b) and len(b) == 9 for b in bsns)
    for cid, number, first, prefix, last, _, email, phone, postcode, key in rows:
        assert number == f"ZK{cid:07d}"
        assert key == search_key(first, prefix, last)
        assert re.fullmatch(r"\d{4} [A-Z]{2}", postcode)
        assert validate_postcode(postcode) == postcode
        if email is not None:
            assert validate_email(email) == email
        if phone is not None:
            assert re.fullmatch(r"\+316\d{8}", phone)
            assert validate_phone(phone) == phone
    prefixed = sum(1 for r in rows if r[3]) / len(rows)
    assert 0.15 <= prefixed <= 0.35


def test_postcodes_belong_to_the_municipality(demo_store):
    rows = _rows(
        demo_store,
        "SELECT m.code, c.postcode FROM client c JOIN municipality m ON m.id = c.municipality_id",
    )
    for code, postcode in rows:
        number = int(postcode[:4])
        inside = any(low <= number <= high for low, high in demo_data.POSTCODE_RANGES[code])
        assert inside, (code, postcode)
    haarlem = sum(1 for code, _ in rows if code == "GM0392") / len(rows)
    assert 0.3 <= haarlem <= 0.5


def test_clients_are_adults_of_working_age_at_each_intake(demo_store):
    rows = _rows(
        demo_store,
        "SELECT c.birth_date, r.intake_date FROM route r JOIN client c ON c.id = r.client_id",
    )
    ages = [age_on(date.fromisoformat(b), date.fromisoformat(i)) for b, i in rows]
    assert min(ages) >= 17
    assert max(ages) <= 67
    assert sum(a < 27 for a in ages) / len(ages) >= 0.15
    assert sum(a >= 50 for a in ages) / len(ages) >= 0.15


def test_tags_use_only_the_groups_of_the_year_they_were_given_in(demo_store):
    rows = _rows(
        demo_store,
        "SELECT g.year, g.code, t.tagged_on, c.birth_date, c.doelgroepregister "
        "FROM client_target_group t "
        "JOIN focus_target_group g ON g.id = t.target_group_id "
        "JOIN client c ON c.id = t.client_id",
    )
    assert rows
    for year, code, tagged_on, birth, register in rows:
        tagged = date.fromisoformat(tagged_on)
        assert tagged.year == year
        assert tagged <= TODAY
        age = age_on(date.fromisoformat(birth), tagged)
        if code == "JONG":
            assert age < 27
        elif code == "50PLUS":
            assert age >= 50
        elif code == "BANEN":
            assert register
    # Each tag falls within one of the client's routes.
    assert not _rows(
        demo_store,
        "SELECT t.client_id FROM client_target_group t WHERE NOT EXISTS ("
        " SELECT 1 FROM route r WHERE r.client_id = t.client_id"
        " AND r.intake_date <= t.tagged_on"
        " AND (r.closed_on IS NULL OR r.closed_on >= t.tagged_on))",
    )


def test_follow_ups_fall_due_after_3_6_and_12_months_with_a_task_each(demo_store):
    rows = _rows(
        demo_store,
        "SELECT p.id, p.start_date, f.months, f.due_date, f.checked_on, f.still_working, "
        "t.title, t.done_at, t.due_date "
        "FROM placement_follow_up f JOIN placement p ON p.id = f.placement_id "
        "JOIN task t ON t.follow_up_id = f.id ORDER BY p.id, f.months",
    )
    assert len(rows) == _scalar(demo_store, "SELECT count(*) FROM placement_follow_up")
    by_placement: dict[int, list[int]] = {}
    for pid, start, months, due, checked, working, title, done_at, task_due in rows:
        by_placement.setdefault(pid, []).append(months)
        assert date.fromisoformat(due) == add_months(date.fromisoformat(start), months)
        assert task_due == due
        assert title == f"Nazorg plaatsing: werkt de cliënt er na {months} maanden nog?"
        answered = date.fromisoformat(due) <= TODAY
        assert (checked is not None) == answered == (done_at is not None)
        assert (working is not None) == answered
        if answered:
            assert due <= checked <= TODAY.isoformat()
    assert all(months == [3, 6, 12] for months in by_placement.values())
    still = _scalar(
        demo_store,
        "SELECT avg(still_working) FROM placement_follow_up "
        "WHERE months = 6 AND checked_on IS NOT NULL",
    )
    assert 0.6 <= still <= 0.9


def test_steps_lie_within_their_route_and_not_in_the_future(demo_store):
    today = TODAY.isoformat()
    checks = {
        "guidance": "SELECT g.id FROM guidance g JOIN route r ON r.id = g.route_id "
        "WHERE g.start_date < r.intake_date OR g.end_date < g.start_date "
        f"OR g.start_date > '{today}' OR g.end_date > '{today}'",
        "placement": "SELECT p.id FROM placement p JOIN route r ON r.id = p.route_id "
        f"WHERE p.start_date < r.intake_date OR p.start_date > '{today}' "
        f"OR p.end_date < p.start_date OR p.end_date > '{today}' "
        "OR p.hours_per_week NOT BETWEEN 8 AND 40",
        "activity": "SELECT a.id FROM activity a JOIN route r ON r.id = a.route_id "
        f"WHERE a.occurred_on < r.intake_date OR a.occurred_on > '{today}' "
        "OR a.occurred_on > coalesce(r.closed_on, a.occurred_on) OR a.client_id != r.client_id",
        "training": "SELECT t.id FROM training t JOIN route r ON r.id = t.route_id "
        "WHERE t.actual_start < r.intake_date OR t.planned_start < r.intake_date "
        f"OR t.actual_start > '{today}' OR t.actual_end > '{today}' "
        "OR t.actual_end < t.actual_start OR t.planned_end < t.planned_start",
        "finished training": "SELECT id FROM training WHERE result IN ('behaald', 'gestopt') "
        "AND actual_end IS NULL",
        "credential": "SELECT id FROM training WHERE credential IS NOT NULL "
        "AND result != 'behaald'",
        "vacancy of employer": "SELECT p.id FROM placement p JOIN vacancy v ON v.id = p.vacancy_id "
        "WHERE v.employer_id != p.employer_id",
        "open task": "SELECT t.id FROM task t JOIN route r ON r.id = t.route_id "
        "WHERE t.follow_up_id IS NULL AND (r.closed_on IS NOT NULL OR t.done_at IS NOT NULL)",
    }
    for name, sql in checks.items():
        assert not _rows(demo_store, sql), name
    assert _scalar(demo_store, "SELECT count(*) FROM training WHERE credential IS NOT NULL")
    overdue = _scalar(
        demo_store,
        f"SELECT count(*) FROM task WHERE done_at IS NULL AND due_date < '{today}'",
    )
    assert overdue > 0


def test_vacancies_ask_for_skills_of_their_sector(demo_store):
    rows = _rows(
        demo_store,
        "SELECT v.id, v.sector_id, s.sector_id, sec.parent_id, ss.parent_id "
        "FROM vacancy_skill vs JOIN vacancy v ON v.id = vs.vacancy_id "
        "JOIN skill s ON s.id = vs.skill_id "
        "JOIN sector sec ON sec.id = v.sector_id "
        "LEFT JOIN sector ss ON ss.id = s.sector_id WHERE vs.required",
    )
    for _, vacancy_sector, skill_sector, vacancy_parent, skill_parent in rows:
        assert skill_sector in (None, vacancy_sector, vacancy_parent) or (
            skill_parent == vacancy_sector
        )
    kvk = [r[0] for r in _rows(demo_store, "SELECT kvk_number FROM employer")]
    assert len(set(kvk)) == len(kvk)
    assert all(re.fullmatch(r"[1-9]\d{7}", k) for k in kvk)


def test_same_seed_gives_identical_rows_and_another_seed_does_not(demo_store, tmp_path):
    again, _ = _generated(tmp_path, "again.db")
    other, _ = _generated(tmp_path, "other.db", seed=SEED + 1)
    try:
        core = ("client", "route", "placement")
        assert _digest(again, core) == _digest(demo_store, core)
        assert _digest(again, ALL_TABLES) == _digest(demo_store, ALL_TABLES)
        assert _digest(other, core) != _digest(demo_store, core)
    finally:
        again.close()
        other.close()


def test_the_driver_level_insert_writes_what_plain_core_writes(demo_store, tmp_path, monkeypatch):
    monkeypatch.setattr(demo_writer, "sqlite_converters", lambda _dialect: None)
    core, _ = _generated(tmp_path, "core.db")
    try:
        assert _digest(core, ALL_TABLES) == _digest(demo_store, ALL_TABLES)
    finally:
        core.close()


def test_refuses_a_store_that_already_has_clients(demo_store):
    with pytest.raises(StateError):
        generate_demo(demo_store, clients=5, seed=1, today=TODAY)


def test_the_wsp_side_is_consistent_and_gives_meaningful_matches(demo_store):
    """Proposals run only on vacancies 'in behandeling', for clients with an open route,
    and the hours wishes on file change the order of the suggestions."""
    from sqlalchemy import select

    from zkijdesk import models as m
    from zkijdesk.domain.enums import Role
    from zkijdesk.services.base import Actor
    from zkijdesk.services.matching import MatchingService

    rows = _rows(
        demo_store,
        "SELECT v.status, k.stage, k.proposed_on, k.interview_on, k.decided_on, v.opened_on, "
        "r.closed_on, r.client_id = k.client_id FROM candidacy k "
        "JOIN vacancy v ON v.id = k.vacancy_id JOIN route r ON r.id = k.route_id",
    )
    assert rows
    for status, stage, proposed, interview, decided, opened, closed, same in rows:
        assert status == "in_behandeling" and closed is None and same
        assert opened <= proposed <= TODAY.isoformat()
        assert (decided is None) == (stage in ("voorgedragen", "gesprek"))
        assert decided is None or proposed <= decided <= TODAY.isoformat()
        assert (interview is None) == (stage == "voorgedragen") or stage == "niet_geplaatst"
    running = _scalar(demo_store, "SELECT count(*) FROM vacancy WHERE status = 'in_behandeling'")
    with_proposal = _scalar(
        demo_store,
        "SELECT count(DISTINCT vacancy_id) FROM candidacy "
        "WHERE stage IN ('voorgedragen', 'gesprek')",
    )
    assert with_proposal == running
    assert not _rows(
        demo_store,
        "SELECT 1 FROM client_work_preference w WHERE w.hours_min > w.hours_max "
        "OR w.hours_max > 60 OR NOT EXISTS (SELECT 1 FROM route r "
        "WHERE r.client_id = w.client_id AND r.closed_on IS NULL)",
    )
    assert not _rows(
        demo_store,
        "SELECT 1 FROM employer_contact_log g JOIN employer_contact c ON c.id = g.contact_id "
        f"WHERE c.employer_id != g.employer_id OR g.occurred_on > '{TODAY.isoformat()}'",
    )

    with demo_store.read_session() as s:
        lead = s.scalar(select(m.User.id).where(m.User.role == Role.TEAMLEAD))
        vacancy = s.scalar(select(m.Candidacy.vacancy_id).order_by(m.Candidacy.id))
        proposed = set(
            s.scalars(
                select(m.Client.client_number)
                .join(m.Candidacy, m.Candidacy.client_id == m.Client.id)
                .where(m.Candidacy.vacancy_id == vacancy)
            )
        )
    matching = MatchingService(demo_store, Actor(lead, Role.TEAMLEAD), lambda: TODAY)
    found = matching.candidates(vacancy, scope="team", limit=40)
    assert len(found) == 40 and found[0].total >= found[-1].total
    assert all(s.client_number not in proposed for s in found)  # already in the pipeline
    assert {dict(s.parts)["hours"] for s in found} - {50}  # hours wishes weigh in
    assert any(s.matched_required for s in found)


@pytest.mark.postgres
def test_a_demo_on_postgresql_leaves_the_planner_its_statistics(store):
    """Without ANALYZE the figures' plans walk every route (issue 17: 48.8 s at 300k);
    without VACUUM an index-only scan (matching's skill holders) reads every heap page.

    The demo's own VACUUM and ANALYZE are what is checked (``last_vacuum``, not
    autovacuum's column). How many pages VACUUM could mark all-visible is not: a
    transaction open elsewhere on the server (another test worker's) holds that back,
    in production as here. A backend reports its statistics when it ends, so the
    demo's connections are closed first."""
    import time

    if store.is_sqlite:
        pytest.skip("statistics after a bulk load are PostgreSQL's concern here")
    generate_demo(store, clients=30, seed=3, today=date(2026, 11, 15))
    store.engine.dispose()
    tables = {"client", "route", "training", "placement", "client_skill"}
    deadline = time.monotonic() + 30
    while True:
        with store.engine.connect() as conn:
            kept = set(
                conn.execute(
                    text(
                        "SELECT relname FROM pg_stat_user_tables "
                        "WHERE schemaname = current_schema() AND relname = ANY(:tables) "
                        "AND last_analyze IS NOT NULL AND last_vacuum IS NOT NULL"
                    ),
                    {"tables": sorted(tables)},
                ).scalars()
            )
        if kept == tables or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert kept == tables


def test_the_data_files_cover_every_kind_they_are_keyed_by():
    """The demo's data lives in resources/demo/*.json; a kind without its phrases or range
    would only fail halfway through a demo."""
    from zkijdesk.domain.enums import ActivityKind, ExitReason, TrainingKind
    from zkijdesk.domain.matching import ContactKind

    assert set(demo_data.ACTIVITY_NOTES) == set(ActivityKind)
    assert set(demo_data.ACTIVITY_MINUTES) == set(ActivityKind)
    assert set(demo_data.CLOSING_NOTES) == set(ExitReason)
    assert set(demo_data.CONTACT_SUMMARIES) == set(ContactKind)
    assert {kind for _, kind, _ in sum(demo_data.TRAININGS.values(), ())} <= set(TrainingKind)
    assert set(demo_data.TRAINING_DAYS) == set(TrainingKind)
    assert set(demo_data.POSTCODE_RANGES) == {
        code for code, _ in demo_data.MUNICIPALITY_WEIGHTS
    } | {demo_data.OUTSIDE_REGION}
    assert "" in demo_data.TRAININGS and "" in demo_data.OCCUPATIONS
    assert "" in demo_data.EMPLOYER_PATTERNS and "" in demo_data.PROVIDERS
    assert len(demo_data.PROJECTS) >= 10  # the first and a sample of five to nine others
    assert "{months}" in demo_data.FOLLOW_UP_TITLE


def test_rows_are_written_one_batch_at_a_time_and_batches_do_not_change_them(
    demo_store, tmp_path, monkeypatch
):
    """Memory stays flat however many clients (issue 17: a million for stress tests): no
    write ever holds more than one batch of clients, employers, vacancies or proposals,
    and the batch size does not change a single row."""
    from zkijdesk.services.demo import clients as demo_clients
    from zkijdesk.services.demo import wsp as demo_wsp

    monkeypatch.setattr(demo_clients, "CHUNK_CLIENTS", 40)
    monkeypatch.setattr(demo_wsp, "CHUNK_ROWS", 7)
    writes: list[tuple[str, list[dict]]] = []
    real_write = demo_writer.BulkWriter.write

    def spy(self, table, rows):
        writes.append((table.name, list(rows)))
        real_write(self, table, rows)

    monkeypatch.setattr(demo_writer.BulkWriter, "write", spy)
    small, _ = _generated(tmp_path, "small.db")
    try:
        assert _digest(small, ALL_TABLES) == _digest(demo_store, ALL_TABLES)
    finally:
        small.close()
    per_client = {"client_skill", "client_target_group", "route", "activity", "task"}
    per_client |= {"client_work_preference"}
    client_writes = 0
    for table, rows in writes:
        if table == "client":
            client_writes += 1
            assert len(rows) <= 40
            ids = [row["id"] for row in rows]
            assert max(ids) - min(ids) < 40
        elif table in per_client:
            ids = [row["client_id"] for row in rows]
            assert max(ids) - min(ids) < 40, table
        elif table in ("employer", "vacancy", "candidacy"):
            assert len(rows) <= 7, table
        elif table in ("employer_contact", "employer_contact_log"):
            ids = [row["employer_id"] for row in rows]
            assert max(ids) - min(ids) < 7, table
    assert client_writes == -(-CLIENTS // 40)


def test_the_demo_leaves_every_index_as_the_migrations_made_it(demo_store, tmp_path):
    """The bulk load builds the secondary indexes after the rows; they come back as made."""
    fresh = _new_store(tmp_path, "fresh.db")
    try:
        sql = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        made = _rows(fresh, sql)
        assert len([row for row in made if row[2]]) > 40
        assert _rows(demo_store, sql) == made
    finally:
        fresh.close()


def test_the_bsn_bitmap_hands_out_each_number_once_and_skips_numbers_in_use():
    import random

    from zkijdesk.services.demo.draw import BsnPool

    pool, rng = BsnPool(), random.Random(6)
    drawn = [pool.draw(rng) for _ in range(5000)]
    assert len(set(drawn)) == len(drawn)
    assert all(stdnum_bsn.is_valid(number) for number in drawn)
    # A store's numbers count as used: the same stream then gives other numbers.
    taken = drawn[:100]
    again, rng = BsnPool(taken), random.Random(6)
    assert not {again.draw(rng) for _ in range(100)} & set(taken)


@pytest.mark.postgres
def test_copy_on_postgresql_writes_what_an_executemany_writes(monkeypatch):
    """On PostgreSQL the demo streams each batch with COPY; the rows are the ones Core's
    executemany writes (defaults of columns the demo does not name included)."""
    import os
    import uuid

    from sqlalchemy import create_engine

    url = os.environ.get("ZKIJDESK_TEST_DATABASE_URL")
    if not url:
        pytest.skip("ZKIJDESK_TEST_DATABASE_URL not set: PostgreSQL tests skipped")
    admin = create_engine(url)
    schemas = [f"zk_test_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    stores = []
    try:
        for schema, copy in zip(schemas, (True, False), strict=True):
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            store = create_store(StoreLocation(url=url, schema=schema))
            stores.append(store)
            with monkeypatch.context() as patch:
                if not copy:
                    patch.setattr(demo_writer.BulkWriter, "_copy", lambda *_args: False)
                generate_demo(store, clients=60, seed=SEED, today=TODAY)
        assert _digest(stores[0], ALL_TABLES) == _digest(stores[1], ALL_TABLES)
    finally:
        for store in stores:
            store.engine.dispose()
        with admin.begin() as conn:
            for schema in schemas:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
