"""Backups: encrypted, verified, rotated; restore with preview, safety copy and upgrade."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError, StateError, StoreError
from zkijdesk.services.backups import BackupService
from zkijdesk.services.clients import ClientService
from zkijdesk.services.dto import ClientInput
from zkijdesk.services.users import actor_for, create_user
from zkijdesk.storage import backup as b
from zkijdesk.storage import keys, migrate
from zkijdesk.storage.audit_chain import verify_chain
from zkijdesk.storage.engine import sqlcipher_engine
from zkijdesk.storage.store import Store, StoreLocation, check_store, create_store

NOW = datetime(2026, 11, 15, 17, 30)
TODAY = NOW.date()


def make_people(store):
    create_user(store, "beheer", "Beheerder", "admin")
    admin = actor_for(store, "beheer")
    create_user(store, "coach01", "Coach Een", "coach", actor=admin)
    return admin, actor_for(store, "coach01")


def intake(store, coach, n: int, start: int = 0) -> list[int]:
    service = ClientService(store, coach, lambda: TODAY)
    ids = []
    for i in range(start, start + n):
        result = service.intake(
            ClientInput(
                first_name="Wilhelmina",
                last_name=f"Zonneveldt{i:04d}",
                birth_date="1-1-1980",
                intake_status="werkend",
            )
        )
        ids.append(result.client.id)
    return ids


AUDIT_TABLES = ("audit_log", "audit_head")


def store_hash(store: Store, exclude=()) -> str:
    with store.engine.connect() as conn:
        return b.contents_hash(conn.connection.dbapi_connection, exclude=exclude)


@pytest.fixture
def filled(sqlite_store):
    admin, coach = make_people(sqlite_store)
    intake(sqlite_store, coach, 5)
    return sqlite_store, admin, coach


# --- the backup file -----------------------------------------------------------------


def test_backup_is_encrypted_verified_and_equal_to_the_store(filled, tmp_path):
    store, _admin, _coach = filled
    info = b.make_backup(store, tmp_path / "kopie", now=NOW)

    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Zonneveldt" not in data and b"CREATE TABLE" not in data
    tag = store.info().store_uuid.replace("-", "")[:8]
    assert info.path.name == f"store-{tag}.handmatig.20261115-173000.bak"
    assert info.counts["client"] == 5
    assert info.revision == migrate.SCHEMA_HEAD
    assert not list((tmp_path / "kopie").glob("*.part"))
    reader = b.open_readonly(info.path, store.key)
    try:
        assert b.contents_hash(reader) == store_hash(store)
    finally:
        reader.close()


def test_backup_cannot_be_read_with_another_key(filled, tmp_path):
    store, *_ = filled
    info = b.make_backup(store, tmp_path, now=NOW)
    with pytest.raises(b.BackupError) as err:
        b.inspect_backup(info.path, keys.new_raw_key())
    assert "sleutel" in err.value.message


def test_passphrase_store_backs_up_under_the_same_passphrase(tmp_path):
    key = keys.StoreKey(keys.KeyKind.PASSPHRASE, 'lang "genoeg" wachtwoord', "test")
    store = create_store(StoreLocation(path=tmp_path / "p.db"), key=key)
    try:
        info = b.make_backup(store, tmp_path / "k", now=NOW)
        assert b.inspect_backup(info.path, key).snapshot.store_uuid == store.info().store_uuid
    finally:
        store.close()


def test_verification_refuses_a_copy_that_differs_from_the_source(filled, tmp_path):
    store, *_ = filled
    info = b.make_backup(store, tmp_path, now=NOW)
    wrong = b.Snapshot(info.revision, {**info.counts, "client": 4})
    with pytest.raises(b.BackupError) as err:
        b.inspect_backup(info.path, store.key, expected=wrong)
    assert "1 tabel" in err.value.message


def test_damaged_backup_is_refused_for_restore_and_store_untouched(filled, tmp_path):
    store, admin, _ = filled
    info = b.make_backup(store, tmp_path, now=NOW)
    data = bytearray(info.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    info.path.write_bytes(bytes(data))
    before = store_hash(store)
    with pytest.raises(StoreError):
        BackupService(store, admin).preview_restore(info.path)
    assert store_hash(store) == before


def test_two_backups_in_one_second_both_kept(filled, tmp_path):
    store, *_ = filled
    first = b.make_backup(store, tmp_path, now=NOW)
    second = b.make_backup(store, tmp_path, now=NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()


# --- rotation ------------------------------------------------------------------------

stamps = st.lists(
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31)),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(stamps)
def test_rotation_keeps_newest_per_day_week_month(items):
    keep = b.plan_rotation(items)
    assert keep <= set(items)
    if items:
        assert max(items) in keep
    # each of the 7 most recent days with a backup keeps exactly its newest backup
    days = sorted({s.date() for s in items}, reverse=True)[:7]
    for day in days:
        newest = max(s for s in items if s.date() == day)
        assert newest in keep
    months = sorted({(s.year, s.month) for s in items}, reverse=True)[:12]
    for month in months:
        assert max(s for s in items if (s.year, s.month) == month) in keep
    weeks = sorted({s.isocalendar()[:2] for s in items}, reverse=True)[:4]
    for week in weeks:
        assert max(s for s in items if s.isocalendar()[:2] == week) in keep
    assert len(keep) <= 7 + 4 + 12
    # nothing kept that no rule asks for: every kept one is the newest of its day
    for s in keep:
        assert s == max(x for x in items if x.date() == s.date())


@settings(max_examples=100, deadline=None)
@given(stamps, st.randoms(use_true_random=False))
def test_rotation_is_stable_and_order_free(items, rnd):
    keep = b.plan_rotation(items)
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert b.plan_rotation(shuffled) == keep
    assert b.plan_rotation(keep) == keep  # a second run removes nothing more


def test_daily_backups_over_a_year_are_rotated_on_disk(filled, tmp_path):
    store, *_ = filled
    folder = tmp_path / "auto"
    start = datetime(2025, 11, 1, 9, 0)
    first = b.backup_if_due(store, folder, start)
    assert first is not None
    made = [start]
    # a year of daily files (copies of a real backup: rotation reads names only) ...
    for day in range(1, 375):
        now = start + timedelta(days=day)
        copy = folder / b.backup_name(b.backup_prefix(store), b.KIND_AUTO, now)
        copy.write_bytes(first.path.read_bytes())
        b.anchor_path(copy).write_bytes(b.anchor_path(first.path).read_bytes())
        made.append(now)
    # ... then the real once-a-day rule for the last few days
    for day in range(375, 380):
        now = start + timedelta(days=day)
        assert b.backup_if_due(store, folder, now) is not None
        assert b.backup_if_due(store, folder, now + timedelta(hours=2)) is None
        made.append(now)
    on_disk = {s for s, _ in b.automatic_backups(folder, b.backup_prefix(store))}
    assert on_disk == b.plan_rotation(made)
    assert len(on_disk) <= 23
    assert max(made) in on_disk
    assert len(list(folder.glob("*.bak"))) == len(on_disk)
    # each kept backup keeps its audit anchor, and only those do
    anchors = {p.name for p in folder.glob("*.auditanker.json")}
    assert anchors == {b.anchor_path(p).name for p in folder.glob("*.bak")}
    assert len(list(folder.iterdir())) == 2 * len(on_disk)


def test_closing_always_backs_up_and_same_day_keeps_the_newest(filled, tmp_path):
    store, _admin, coach = filled
    folder = tmp_path / "auto"
    morning = b.backup_if_due(store, folder, NOW.replace(hour=8))
    assert morning is not None
    assert b.backup_if_due(store, folder, NOW.replace(hour=12)) is None
    intake(store, coach, 1, start=100)
    evening = b.backup_if_due(store, folder, NOW.replace(hour=18), closing=True)
    assert evening is not None and evening.counts["client"] == 6
    remaining = b.automatic_backups(folder, b.backup_prefix(store))
    assert [p for _, p in remaining] == [evening.path]


def test_manual_and_safety_backups_are_never_rotated(filled, tmp_path):
    store, *_ = filled
    manual = b.make_backup(store, tmp_path, now=NOW - timedelta(days=400))
    for day in range(10):
        b.backup_if_due(store, tmp_path, NOW + timedelta(days=day))
    assert manual.path.exists()


# --- restore -------------------------------------------------------------------------


def test_restore_previews_backs_up_current_state_and_brings_back_the_contents(filled, tmp_path):
    store, admin, coach = filled
    service = BackupService(store, admin, now=lambda: NOW)
    (tmp_path / "kopieen").mkdir()
    service.set_folder(tmp_path / "kopieen")
    made = service.backup_now()
    at_backup = store_hash(store, exclude=AUDIT_TABLES)
    intake(store, coach, 3, start=50)

    preview = service.preview_restore(made.path)
    assert preview.count("client") == 5
    assert {t.table: t.now for t in preview.tables}["client"] == 8
    assert preview.taken_at == NOW and preview.same_store and not preview.needs_upgrade
    assert preview.erasures_since == 0

    result = BackupService(store, admin, now=lambda: NOW + timedelta(minutes=5)).restore(
        made.path, confirmed=True
    )
    with store.read_session() as s:
        assert s.query(m.Client).count() == 5
        assert verify_chain(s).ok
        actions = [e.action for e in s.query(m.AuditEntry).order_by(m.AuditEntry.id)]
    assert actions[-1] == "restore_backup"
    assert actions.count("create") >= 8  # the three later intakes stay in the log
    assert result.audit_entries_carried > 0
    assert check_store(store).ok
    # the safety copy holds the state just before the restore
    safety = b.inspect_backup(result.safety_backup, store.key)
    assert safety.counts["client"] == 8 and result.safety_verified
    # the data is the backup's again; only the audit log continued past it
    assert store_hash(store, exclude=AUDIT_TABLES) == at_backup


def test_restore_needs_confirmation_and_an_admin(filled, tmp_path):
    store, admin, coach = filled
    made = BackupService(store, admin, now=lambda: NOW).backup_now(tmp_path)
    with pytest.raises(StateError):
        BackupService(store, admin).restore(made.path, confirmed=False)
    with pytest.raises(PermissionDeniedError):
        BackupService(store, coach).restore(made.path, confirmed=True)
    with pytest.raises(PermissionDeniedError):
        BackupService(store, coach).preview_restore(made.path)
    with pytest.raises(PermissionDeniedError):
        BackupService(store, coach).set_folder(tmp_path / "elders")
    with store.read_session() as s:
        denied = s.query(m.AuditEntry).filter(m.AuditEntry.action == "denied").count()
    assert denied == 3
    assert BackupService(store, admin).folder() is None
    with store.read_session() as s:
        assert s.query(m.Client).count() == 5


def test_backup_and_restore_are_audited_with_counts_only(filled, tmp_path):
    store, admin, coach = filled
    made = BackupService(store, coach, now=lambda: NOW).backup_now(tmp_path)
    BackupService(store, admin, now=lambda: NOW).restore(made.path, confirmed=True)
    with store.read_session() as s:
        entries = s.query(m.AuditEntry).filter(
            m.AuditEntry.action.in_(("backup", "restore_backup"))
        )
        details = {e.action: e.detail for e in entries}
    assert details["backup"].startswith("soort=handmatig;tabellen=")
    assert "rijen=" in details["restore_backup"]
    for detail in details.values():
        assert "Zonneveldt" not in detail and str(tmp_path) not in detail


def test_erasure_after_the_backup_is_reported_on_restore(filled, tmp_path):
    from zkijdesk.services.erasure import ErasureService

    store, admin, coach = filled
    made = BackupService(store, admin, now=lambda: NOW).backup_now(tmp_path)
    with store.read_session() as s:
        victim = s.query(m.Client.id).order_by(m.Client.id).first()[0]
    ErasureService(store, coach, lambda: TODAY).erase(victim)
    service = BackupService(store, admin, now=lambda: NOW)
    assert service.preview_restore(made.path).erasures_since == 1
    result = service.restore(made.path, confirmed=True)
    assert result.erased_again_needed == (victim,)


def make_old_store(path: Path, key) -> Store:
    """A store at the first schema revision with one client, as an older program made it."""
    engine = sqlcipher_engine(path, key)
    migrate.upgrade(engine, "0001_initial")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO store_info (id, store_uuid, created_at, created_by_version, is_demo,"
                " region) VALUES (1, 'oud', '2023-01-01 00:00:00', '0.0.1', 0, 'ZKIJ')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO client (id, client_number, first_name, last_name, birth_date,"
                " intake_status, doelgroepregister, search_key, created_at, updated_at)"
                " VALUES (7, 'ZK0000007', 'Els', 'Kok', '1970-01-01', 'werkend', 0, 'kok els',"
                " '2023-01-01 00:00:00', '2023-01-01 00:00:00')"
            )
        )
    return Store(engine, StoreLocation(path=path), key)


def test_restore_of_an_older_schema_backup_upgrades_it(filled, tmp_path):
    store, admin, _ = filled
    old = make_old_store(tmp_path / "oud.db", store.key)
    try:
        old_backup = b.make_backup(old, tmp_path / "k", now=NOW)
    finally:
        old.engine.dispose()
    assert old_backup.revision == "0001_initial"
    service = BackupService(store, admin, now=lambda: NOW)
    preview = service.preview_restore(old_backup.path)
    assert preview.needs_upgrade and not preview.same_store
    result = service.restore(old_backup.path, confirmed=True)
    assert result.upgraded_from == "0001_initial"
    assert migrate.current_revision(store.engine) == migrate.SCHEMA_HEAD
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT last_name FROM client WHERE id = 7")).scalar() == "Kok"
    assert check_store(store).ok


def test_backup_from_a_newer_program_is_refused_before_anything_changes(filled, tmp_path):
    store, admin, _ = filled
    made = b.make_backup(store, tmp_path / "k", now=NOW)
    import sqlcipher3

    conn = sqlcipher3.connect(str(made.path), isolation_level=None)
    conn.execute(b.key_pragma(store.key))
    conn.execute("UPDATE alembic_version SET version_num = '0099_toekomst'")
    conn.close()
    before = store_hash(store)
    with pytest.raises(StoreError) as err:
        BackupService(store, admin).restore(made.path, confirmed=True)
    assert "nieuwere versie" in err.value.message
    assert store_hash(store) == before
    assert not list((tmp_path / "k").glob("*voor-terugzetten*"))


def test_an_older_backup_with_two_open_routes_for_one_client_is_refused_untouched(filled, tmp_path):
    """Schema step 0012 makes one open route per client a rule of the database; a backup
    from before it that breaks the rule is refused before the store is replaced (after,
    the live store would be left at the backup's older schema)."""
    store, admin, _ = filled
    old = make_old_store(tmp_path / "oud.db", store.key)
    try:
        with old.engine.begin() as conn:
            for route_id, day in ((3, "2023-02-01"), (4, "2023-03-01")):
                conn.execute(
                    text(
                        "INSERT INTO route (id, client_id, referral_source, intake_date,"
                        " created_at, updated_at) VALUES (:i, 7, 'uwv', :d,"
                        " '2023-02-01 00:00:00', '2023-02-01 00:00:00')"
                    ),
                    {"i": route_id, "d": day},
                )
        old_backup = b.make_backup(old, tmp_path / "k", now=NOW)
    finally:
        old.engine.dispose()
    before = store_hash(store)
    with pytest.raises(StoreError) as err:
        BackupService(store, admin, now=lambda: NOW).restore(old_backup.path, confirmed=True)
    assert err.value.message.startswith("Bijwerken geweigerd: 1 cliënt(en) met meer dan één")
    assert "(ZK0000007)" in err.value.message and "Kok" not in err.value.message
    assert store_hash(store) == before
    assert migrate.current_revision(store.engine) == migrate.SCHEMA_HEAD
    assert not list((tmp_path / "k").glob("*voor-terugzetten*"))


def test_settings_folder_is_stored_and_used(filled, tmp_path):
    store, admin, coach = filled
    service = BackupService(store, admin, now=lambda: NOW)
    assert service.effective_folder() == store.location.path.parent / "reservekopieen"
    (tmp_path / "nas-kopie").mkdir()
    chosen = service.set_folder(tmp_path / "nas-kopie")
    assert BackupService(store, coach).folder() == chosen
    made = BackupService(store, coach, now=lambda: NOW).backup_if_due()
    assert made is not None and made.path.parent == chosen
    assert BackupService(store, coach, now=lambda: NOW).backup_if_due() is None
    assert [x.path for x in service.list_backups()] == [made.path]


def test_relative_or_unwritable_folder_is_refused(filled, tmp_path):
    from zkijdesk.domain.errors import ValidationError

    store, admin, _ = filled
    service = BackupService(store, admin)
    with pytest.raises(ValidationError) as err:
        service.set_folder("relatief/pad")
    assert err.value.field == "folder"
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(ValidationError):
        service.set_folder(blocker / "sub")
    with pytest.raises(ValidationError) as err:
        service.set_folder(tmp_path / "typfout")
    assert "bestaat niet" in err.value.message
    assert not (tmp_path / "typfout").exists()  # a typo does not become a new folder
    assert service.folder() is None


def test_postgresql_backups_are_the_dbas(store, tmp_path):
    if store.is_sqlite:
        pytest.skip("the PostgreSQL refusal; SQLite backups are tested above")
    _admin, coach = make_people(store)
    with pytest.raises(b.BackupNotSupportedError) as err:
        b.make_backup(store, tmp_path, now=NOW)
    assert "pg_dump" in err.value.message
    with pytest.raises(b.BackupNotSupportedError):
        BackupService(store, coach).backup_now(tmp_path)
    assert BackupService(store, coach).backup_if_due(closing=True) is None
    assert not os.listdir(tmp_path)


# --- command line --------------------------------------------------------------------


@pytest.fixture
def keyring_store(tmp_path, memory_keyring):
    """A store whose key is in the (in-memory) keyring, as the CLI finds it."""
    path = tmp_path / "cli.db"
    store = create_store(StoreLocation(path=path))
    _admin, coach = make_people(store)
    intake(store, coach, 2)
    store.close()
    return path


def test_cli_backup_and_restore_with_yes(keyring_store, tmp_path, capsys):
    from zkijdesk.cli import main

    folder = tmp_path / "cli-kopie"
    base = ["--store", str(keyring_store), "--user", "beheer"]
    assert main([*base, "backup", "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    [made] = list(folder.glob("*.bak"))
    assert "gecontroleerd" in out and str(made) in out

    assert main([*base, "restore", str(made), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Cliënten" in out and "Teruggezet" in out
    assert "voor-terugzetten" in out


def test_cli_restore_without_terminal_or_yes_refuses_in_one_line(keyring_store, tmp_path, capsys):
    from zkijdesk.cli import main

    base = ["--store", str(keyring_store), "--user", "beheer"]
    assert main([*base, "backup", "--to", str(tmp_path / "k")]) == 0
    [made] = list((tmp_path / "k").glob("*.bak"))
    capsys.readouterr()
    assert main([*base, "restore", str(made)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["zkijdesk: Niet teruggezet: zonder terminal is bevestiging nodig met --yes."]
    assert not list((tmp_path / "k").glob("*voor-terugzetten*"))


def test_cli_restore_refused_while_the_app_holds_the_store(keyring_store, tmp_path, capsys):
    from zkijdesk.cli import main
    from zkijdesk.storage.instance import acquire_instance_lock

    base = ["--store", str(keyring_store), "--user", "beheer"]
    assert main([*base, "backup", "--to", str(tmp_path / "k")]) == 0
    [made] = list((tmp_path / "k").glob("*.bak"))
    lock = acquire_instance_lock(keyring_store)
    try:
        assert main([*base, "restore", str(made), "--yes"]) == 1
    finally:
        lock.release()
    assert "al geopend" in capsys.readouterr().err


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=300), st.binary(max_size=40).map(lambda x: x.decode("latin-1"))
    ).filter(lambda t: not os.path.isdir(os.path.expanduser(t.strip())))  # no probe in / or ~
)
def test_bad_paths_get_a_typed_answer_and_change_nothing(filled, text):
    from zkijdesk.domain.errors import ZkijdeskError

    store, admin, _ = filled
    service = BackupService(store, admin)
    for call in (service.set_folder, service.preview_restore):
        try:
            call(text)
        except ZkijdeskError as exc:
            assert exc.message and "\n" not in exc.message
    with store.read_session() as s:
        assert s.query(m.Client).count() == 5


def test_cli_coach_cannot_restore_or_set_the_folder(keyring_store, tmp_path, capsys):
    from zkijdesk.cli import main

    base = ["--store", str(keyring_store), "--user", "coach01"]
    assert main([*base, "backup", "--set-folder", str(tmp_path / "x")]) == 1
    assert "rol" in capsys.readouterr().err
    assert main([*base, "backup", "--to", str(tmp_path / "k")]) == 0
    [made] = list((tmp_path / "k").glob("*.bak"))
    assert main([*base, "restore", str(made), "--yes"]) == 1


def test_two_stores_sharing_a_backup_folder_keep_their_own_rotation(tmp_path):
    folder = tmp_path / "gedeeld"
    stores = []
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        stores.append(
            create_store(
                StoreLocation(path=tmp_path / name / "zkijdesk.db"), key=keys.new_raw_key()
            )
        )
    try:
        first, second = stores
        start = datetime(2026, 1, 1, 9)
        b.backup_if_due(second, folder, start)
        for day in range(40):
            b.backup_if_due(first, folder, start + timedelta(days=day))
        assert len(b.automatic_backups(folder, b.backup_prefix(second))) == 1
        assert b.backup_prefix(first) != b.backup_prefix(second)
    finally:
        for store in stores:
            store.close()


def test_restore_still_works_when_the_current_state_cannot_be_backed_up(
    filled, tmp_path, monkeypatch
):
    store, admin, coach = filled
    made = b.make_backup(store, tmp_path / "k", now=NOW)
    intake(store, coach, 2, start=70)
    real = b.make_backup

    def broken(store_, folder, *, now, kind=b.KIND_MANUAL):
        if kind == b.KIND_BEFORE_RESTORE:
            raise b.BackupError("De huidige opslag is beschadigd.")
        return real(store_, folder, now=now, kind=kind)

    monkeypatch.setattr(b, "make_backup", broken)
    result = BackupService(store, admin, now=lambda: NOW).restore(made.path, confirmed=True)
    assert not result.safety_verified
    assert "voor-terugzetten-ruw" in result.safety_backup.name
    with store.read_session() as s:
        assert s.query(m.Client).count() == 5
    # the raw copy is the whole previous store, still encrypted, and opens with the key
    monkeypatch.undo()
    raw = b.inspect_backup(result.safety_backup, store.key)
    assert raw.counts["client"] == 7


def test_the_first_automatic_backup_of_each_week_is_checked_in_full(filled, tmp_path):
    """The full integrity check grows faster than the store; a weekly one keeps the
    daily backup linear (issue 17) without ever going a week unchecked."""
    store, *_ = filled
    monday = datetime(2026, 11, 2, 9, 0)
    assert monday.isoweekday() == 1
    days = (0, 1, 6, 7, 8)  # Mon, Tue, Sun, next Mon, next Tue
    made = [b.backup_if_due(store, tmp_path, monday + timedelta(days=d)) for d in days]
    assert [info.thorough for info in made] == [True, False, False, True, False]


@pytest.mark.parametrize("thorough", [True, False])
def test_both_checks_refuse_a_copy_with_a_damaged_page(filled, tmp_path, thorough):
    store, *_ = filled
    info = b.make_backup(store, tmp_path, now=NOW)
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, inside a page
    info.path.write_bytes(bytes(data))
    with pytest.raises(b.BackupError, match="beschadigd"):
        b.inspect_backup(info.path, store.key, expected=info.snapshot, thorough=thorough)
