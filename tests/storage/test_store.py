"""The encrypted store: keys, refusal of wrong or foreign files, migrations, checks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from zkijdesk.domain.errors import KeyUnavailableError, StoreError, WrongKeyError
from zkijdesk.storage import keys, migrate
from zkijdesk.storage.engine import sqlcipher_engine
from zkijdesk.storage.store import StoreLocation, check_store, create_store, open_store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_store(path: Path, key: keys.StoreKey | None = None):
    return create_store(StoreLocation(path=path), key=key or keys.new_raw_key())


def test_store_file_is_encrypted_and_names_do_not_leak(tmp_path):
    from zkijdesk.services.clients import ClientService
    from zkijdesk.services.dto import ClientInput
    from zkijdesk.services.users import actor_for, create_user

    path = tmp_path / "s.db"
    store = make_store(path)
    create_user(store, "coach01", "Coach", "coach")
    service = ClientService(store, actor_for(store, "coach01"))
    service.intake(
        ClientInput(
            first_name="Wilhelmina",
            last_name="Zonneveldt",
            birth_date="1-1-1980",
            intake_status="werkend",
            bsn="111222333",
        )
    )
    wal = Path(f"{path}-wal")
    data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert not path.read_bytes().startswith(b"SQLite format 3")
    for needle in (b"Wilhelmina", b"Zonneveldt", b"111222333", b"CREATE TABLE"):
        assert needle not in data
    store.close()


def test_wrong_key_fails_cleanly_and_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "s.db"
    make_store(path).close()
    before = digest(path)
    with pytest.raises(WrongKeyError) as err:
        open_store(StoreLocation(path=path), key=keys.new_raw_key())
    assert "sleutel is onjuist" in err.value.message
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_plain_sqlite_and_random_files_are_refused(tmp_path):
    import sqlite3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("create table t(x)").connection.commit()
    with pytest.raises(StoreError) as err:
        open_store(StoreLocation(path=plain), key=keys.new_raw_key())
    assert "onversleuteld" in err.value.message

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01" * 4096)
    with pytest.raises(StoreError):
        open_store(StoreLocation(path=junk), key=keys.new_raw_key())
    assert junk.read_bytes() == b"\x00\x01" * 4096


def test_missing_file_is_not_created_by_open(tmp_path):
    path = tmp_path / "nope.db"
    with pytest.raises(StoreError) as err:
        open_store(StoreLocation(path=path), key=keys.new_raw_key())
    assert "zkijdesk init" in err.value.message
    assert not path.exists()


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "s.db"
    path.write_bytes(b"earlier work")
    with pytest.raises(StoreError):
        make_store(path)
    assert path.read_bytes() == b"earlier work"


def test_network_share_paths_are_refused(tmp_path):
    with pytest.raises(StoreError) as err:
        open_store(
            StoreLocation(path=Path("//fileserver/team/zkijdesk.db")), key=keys.new_raw_key()
        )
    assert "netwerkschijf" in err.value.message


def test_store_made_by_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "s.db"
    key = keys.new_raw_key()
    store = make_store(path, key)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    store.close()
    before = digest(path)
    with pytest.raises(StoreError) as err:
        open_store(StoreLocation(path=path), key=key)
    assert "nieuwere versie" in err.value.message
    assert digest(path) == before


def test_first_schema_with_data_migrates_to_head_after_a_backup(tmp_path):
    path = tmp_path / "old.db"
    key = keys.new_raw_key()
    engine = sqlcipher_engine(path, key)
    migrate.upgrade(engine, "0001_initial")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO store_info (id, store_uuid, created_at, created_by_version, is_demo,"
                " region) VALUES (1, 'u', '2023-01-01 00:00:00', '0.0.1', 0, 'ZKIJ')"
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
        conn.execute(
            text(
                "INSERT INTO route (id, client_id, referral_source, intake_date, created_at,"
                " updated_at) VALUES (3, 7, 'uwv', '2023-02-01', '2023-02-01 00:00:00',"
                " '2023-02-01 00:00:00')"
            )
        )
    engine.dispose()

    store = open_store(StoreLocation(path=path), key=key)
    assert migrate.current_revision(store.engine) == migrate.SCHEMA_HEAD
    [backup] = store.backups
    assert backup.exists() and backup.parent == path.parent
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT last_name FROM client WHERE id = 7")).scalar() == "Kok"
        assert conn.execute(text("SELECT client_id FROM route WHERE id = 3")).scalar() == 7
        assert conn.execute(text("SELECT count(*) FROM municipality")).scalar() == 8
    assert check_store(store).ok
    store.close()

    old = sqlcipher_engine(backup, key)
    assert migrate.current_revision(old) == "0001_initial"
    old.dispose()


def test_schema_head_constant_matches_the_migration_scripts():
    assert migrate.known_revisions()[-1] == migrate.SCHEMA_HEAD


def test_models_and_migrations_agree(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from zkijdesk.models import Base

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_check_finds_a_damaged_page(tmp_path):
    path = tmp_path / "s.db"
    key = keys.new_raw_key()
    make_store(path, key).close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(16)
    path.write_bytes(bytes(data))
    try:
        store = open_store(StoreLocation(path=path), key=key)
    except StoreError:
        return  # damage in a page needed to open it is refused outright: also correct
    report = check_store(store)
    store.close()
    assert not report.ok


def test_recovery_key_round_trip_and_typo_detection():
    key = keys.new_raw_key()
    text_key = keys.format_recovery_key(key)
    assert keys.parse_recovery_key(text_key.lower().replace("-", " ")).secret == key.secret
    wrong = ("B" if text_key[0] != "B" else "C") + text_key[1:]
    with pytest.raises(StoreError):
        keys.parse_recovery_key(wrong)


def test_a_plaintext_keyring_is_never_used(tmp_path, memory_keyring):
    import keyring as kr

    class PlaintextKeyring(type(memory_keyring)):
        pass

    kr.set_keyring(PlaintextKeyring())
    assert keys.secure_keyring() is None
    path = tmp_path / "s.db"
    with pytest.raises(KeyUnavailableError) as err:
        create_store(StoreLocation(path=path))
    assert "ZKIJDESK_PASSPHRASE" in err.value.message
    assert not path.exists()


def test_keyring_mode_stores_the_key_for_this_store(tmp_path, memory_keyring):
    path = tmp_path / "s.db"
    store = create_store(StoreLocation(path=path))
    assert store.key.kind is keys.KeyKind.RAW
    assert memory_keyring.get_password("zkijdesk", str(path.resolve())) == store.key.secret
    store.close()
    reopened = open_store(StoreLocation(path=path))
    assert check_store(reopened).ok
    reopened.close()


def test_passphrase_too_short_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", "kort")
    with pytest.raises(StoreError) as err:
        create_store(StoreLocation(path=tmp_path / "s.db"))
    assert "Wachtwoordzin" in err.value.message
    assert not (tmp_path / "s.db").exists()


def test_sqlite_connection_settings(sqlite_store):
    with sqlite_store.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "temp_store",
                "secure_delete",
            )
        }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "temp_store": 2,
        "secure_delete": 1,
    }


def test_every_connection_of_a_sqlite_store_gets_the_large_page_cache(tmp_path):
    """SQLCipher decrypts each page it reads; a search must not read them all again."""
    from zkijdesk.storage.store import SQLITE_CACHE_KIB

    store = make_store(tmp_path / "s.db")
    try:
        with store.engine.connect() as first, store.engine.connect() as second:
            for conn in (first, second):
                size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
                assert size == -SQLITE_CACHE_KIB
    finally:
        store.close()


def test_a_failed_statement_keeps_the_values_it_tried_to_write_out_of_its_error(store):
    """A refused insert once carried every row it tried (names, BSNs, birth dates) in
    its exception's text, and so into a traceback or a log: the engines hide them."""
    from datetime import date

    from sqlalchemy.exc import IntegrityError

    from zkijdesk import models as m
    from zkijdesk.domain.enums import IntakeStatus

    client = m.Client(
        first_name="Geheimvoornaam",
        last_name="Geheimachternaam",
        birth_date=date(1981, 2, 3),
        bsn="111222333",
        intake_status=IntakeStatus("werkzoekend_ww"),
        search_key="geheim",
        created_by_id=987654,  # no such user: the foreign key refuses the row
    )
    with pytest.raises(IntegrityError) as refused, store.session() as s:
        s.add(client)
        s.flush()
    said = str(refused.value)
    assert "INSERT INTO client" in said and "parameters hidden" in said, said
    for value in ("Geheimvoornaam", "Geheimachternaam", "111222333", "1981"):
        assert value not in said
