"""The structure checks (storage/integrity.py): the linear proof that ``check`` and the
daily backup run still finds an index that lost entries (SQLCipher's ``quick_check``
counts each index's entries); ``--volledig`` runs the full ``integrity_check``."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from zkijdesk.services.users import create_user
from zkijdesk.storage import backup as b
from zkijdesk.storage.store import StoreLocation, check_store, create_store, open_store


def _two_indexed_tables(execute, x_rows: int, y_rows: int) -> None:
    execute("CREATE TABLE x (a INTEGER)")
    execute("CREATE INDEX xi ON x (a)")
    execute("CREATE TABLE y (a INTEGER)")
    execute("CREATE INDEX yi ON y (a)")
    for i in range(x_rows):
        execute(f"INSERT INTO x VALUES ({i})")
    for i in range(y_rows):
        execute(f"INSERT INTO y VALUES ({i})")


def _swap_index_roots(execute, scalar) -> None:
    """Point each index at the other's b-tree: xi now holds y's entries and yi x's,
    every page still well-formed, as after an index write that never landed."""
    x_root = scalar("SELECT rootpage FROM sqlite_master WHERE name = 'xi'")
    y_root = scalar("SELECT rootpage FROM sqlite_master WHERE name = 'yi'")
    version = scalar("PRAGMA schema_version")
    execute("PRAGMA writable_schema = ON")
    execute(f"UPDATE sqlite_master SET rootpage = {y_root} WHERE name = 'xi'")
    execute(f"UPDATE sqlite_master SET rootpage = {x_root} WHERE name = 'yi'")
    execute(f"PRAGMA schema_version = {version + 1}")
    execute("PRAGMA writable_schema = OFF")


def _errors(sentence: str) -> int:
    return int(re.search(r"Integriteitscontrole meldt (\d+) fout", sentence).group(1))


@pytest.fixture
def damaged_store(tmp_path: Path, memory_keyring) -> Path:
    """An encrypted store (key in the keyring, as the CLI finds it) with an index that
    lost two entries."""
    path = tmp_path / "store.db"
    store = create_store(StoreLocation(path=path))
    create_user(store, "beheer", "Beheerder", "admin")
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        _two_indexed_tables(cursor.execute, 10, 8)
        raw.commit()
        _swap_index_roots(cursor.execute, lambda sql: cursor.execute(sql).fetchone()[0])
        raw.commit()
    finally:
        raw.close()
    store.close()
    return path


def test_check_and_a_backup_refuse_a_store_whose_index_lost_entries(damaged_store, tmp_path):
    store = open_store(StoreLocation(path=damaged_store))
    try:
        linear = check_store(store)
        full = check_store(store, thorough=True)
        with pytest.raises(b.BackupError, match="beschadigd"):
            b.make_backup(store, tmp_path / "kopie", now=datetime(2026, 12, 5, 9, 0))
    finally:
        store.close()
    assert linear.problems == ["Integriteitscontrole meldt 2 fout(en)."]
    # the full check also names each missing row: more findings than the two counts
    assert _errors(full.problems[0]) > 2
    assert not list((tmp_path / "kopie").glob("*.bak"))


def test_cli_check_reports_the_damage_and_volledig_runs_the_full_check(damaged_store, capsys):
    from zkijdesk.cli import main

    assert main(["--store", str(damaged_store), "--user", "beheer", "check"]) == 1
    assert "Probleem: Integriteitscontrole meldt 2 fout(en)." in capsys.readouterr().err
    assert main(["--store", str(damaged_store), "--user", "beheer", "check", "--volledig"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("Probleem: ") and _errors(line) > 2


def test_a_sound_store_passes_both_checks_and_a_full_backup_says_so(
    tmp_path, memory_keyring, capsys
):
    from zkijdesk.cli import main

    path = tmp_path / "store.db"
    store = create_store(StoreLocation(path=path))
    create_user(store, "beheer", "Beheerder", "admin")
    store.close()
    base = ["--store", str(path), "--user", "beheer"]
    assert main([*base, "check"]) == 0
    assert main([*base, "check", "--volledig"]) == 0
    assert main([*base, "backup", "--to", str(tmp_path / "k"), "--volledig"]) == 0
    assert "Reservekopie gemaakt en volledig gecontroleerd" in capsys.readouterr().out


def test_the_full_check_finds_a_reference_broken_from_outside_the_program(tmp_path):
    """The program enforces foreign keys on every connection; a write with them off
    (a SQLCipher shell) can still leave a task pointing at no client. ``--volledig``
    looks every reference up and says so; the linear proof leaves that look-up out."""
    from zkijdesk.storage.keys import new_raw_key

    store = create_store(StoreLocation(path=tmp_path / "store.db"), key=new_raw_key())
    try:
        raw = store.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA foreign_keys = OFF")
            cursor.execute(
                "INSERT INTO task (client_id, title, due_date, created_at, updated_at) "
                "VALUES (999999, 'x', '2026-11-15', '2026-11-15', '2026-11-15')"
            )
            raw.commit()
        finally:
            raw.close()
        assert (
            "1 verwijzing(en) naar ontbrekende gegevens."
            in check_store(store, thorough=True).problems
        )
        assert check_store(store).problems == []
    finally:
        store.close()
