"""Tampering with the audit log of a workstation store, and what ``check`` finds.

Someone with the store's key can drop the triggers and write the log directly. The
chain alone catches an edit or a removal in between; cutting the log short (and
fixing ``audit_head``) or re-chaining it after an edit takes an anchor kept outside.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from zkijdesk.services.audit import record
from zkijdesk.storage import audit_anchor
from zkijdesk.storage.audit_chain import GENESIS, entry_fields, entry_hash
from zkijdesk.storage.store import check_store


def _entries(store, n: int) -> None:
    for i in range(n):
        with store.session() as s:
            record(s, None, "view", "client", i + 1)


def _anchor(store) -> audit_anchor.Anchor:
    with store.session() as s:
        return audit_anchor.current(s)


def _raw(store, *statements: str) -> None:
    with store.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
)


def _tamper(store, *statements: str, rechain: bool = False) -> None:
    """Drop the guards, change the log, optionally re-chain it, put the guards back."""
    _raw(store, "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")
    _raw(store, *statements)
    if rechain:
        _rechain(store)
    _raw(store, *TRIGGERS)


def _rechain(store) -> None:
    """Recompute every hash and the head, as an attacker with the key would."""
    with store.engine.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT id, at, user_id, workstation, action, object_type, object_id, result, "
                "detail FROM audit_log ORDER BY id"
            )
        ).all()
        prev = GENESIS
        for row in rows:
            at = row.at if not isinstance(row.at, str) else datetime.fromisoformat(row.at)
            digest = entry_hash(prev, entry_fields(row.id, at, *row[2:]))
            conn.execute(
                text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :i"),
                {"p": prev, "h": digest, "i": row.id},
            )
            prev = digest
        conn.execute(
            text("UPDATE audit_head SET last_id = :n, last_hash = :h WHERE id = 1"),
            {"n": len(rows), "h": prev},
        )


def test_dropped_triggers_are_found(sqlite_store):
    _entries(sqlite_store, 2)
    assert check_store(sqlite_store).ok
    _raw(sqlite_store, "DROP TRIGGER audit_log_no_delete")
    assert any("tegen wijzigen en wissen" in p for p in check_store(sqlite_store).problems)


def test_truncating_and_fixing_the_head_is_found_with_an_anchor(sqlite_store):
    _entries(sqlite_store, 5)
    anchor = _anchor(sqlite_store)
    _tamper(sqlite_store, "DELETE FROM audit_log WHERE id > 2", rechain=True)
    assert check_store(sqlite_store).ok  # the chain alone cannot tell
    problems = check_store(sqlite_store, [anchor]).problems
    assert any("ingekort" in p for p in problems)


def test_an_edit_rechained_is_found_with_an_anchor(sqlite_store):
    _entries(sqlite_store, 4)
    anchor = _anchor(sqlite_store)
    _tamper(sqlite_store, "UPDATE audit_log SET object_id = 99 WHERE id = 2")
    assert any("keten breekt bij regel 2" in p for p in check_store(sqlite_store).problems)
    _tamper(sqlite_store, "UPDATE audit_log SET object_id = 98 WHERE id = 2", rechain=True)
    assert check_store(sqlite_store).ok
    problems = check_store(sqlite_store, [anchor]).problems
    assert any("herschreven" in p for p in problems)


def test_a_log_that_grew_still_extends_its_anchor(sqlite_store, tmp_path):
    _entries(sqlite_store, 3)
    (tmp_path / f"a{audit_anchor.SUFFIX}").write_bytes(_anchor(sqlite_store).to_bytes())
    _entries(sqlite_store, 3)
    anchors = audit_anchor.find(tmp_path)
    assert len(anchors) == 1 and anchors[0].entries >= 3
    assert check_store(sqlite_store, anchors).ok


def test_anchors_of_another_store_and_foreign_files_are_ignored(sqlite_store, tmp_path):
    (tmp_path / f"x{audit_anchor.SUFFIX}").write_text("geen json")
    other = audit_anchor.Anchor("andere-opslag", 1, "f" * 64, "2026-01-01T00:00:00+00:00")
    (tmp_path / f"y{audit_anchor.SUFFIX}").write_bytes(other.to_bytes())
    found = audit_anchor.find(tmp_path)
    assert [a.store for a in found] == ["andere-opslag"]
    assert check_store(sqlite_store, found).ok


def test_a_forged_appended_row_is_found(sqlite_store):
    """An entry added behind the program's back, with a hash the forger made up."""
    _entries(sqlite_store, 3)
    _raw(
        sqlite_store,
        "INSERT INTO audit_log (id, at, user_id, workstation, action, object_type, object_id, "
        "result, detail, prev_hash, hash) SELECT 4, at, user_id, workstation, 'view', "
        "'client', 99, 'ok', NULL, hash, hash FROM audit_log WHERE id = 3",
        "UPDATE audit_head SET last_id = 4, last_hash = (SELECT hash FROM audit_log "
        "WHERE id = 4) WHERE id = 1",
    )
    assert any("keten breekt bij regel 4" in p for p in check_store(sqlite_store).problems)


def test_a_backup_leaves_an_anchor_that_finds_a_log_cut_short_later(sqlite_store, tmp_path):
    from zkijdesk.storage.backup import anchor_path, make_backup

    _entries(sqlite_store, 5)
    folder = tmp_path / "reservekopieen"
    info = make_backup(sqlite_store, folder, now=datetime(2026, 11, 2, 9, 0), kind="auto")
    anchors = audit_anchor.find(folder)
    assert [a.source for a in anchors] == [anchor_path(info.path).name]
    assert anchors[0].entries == _anchor(sqlite_store).entries >= 5
    assert check_store(sqlite_store, anchors).ok
    _tamper(sqlite_store, "DELETE FROM audit_log WHERE id > 2", rechain=True)
    assert check_store(sqlite_store).ok  # the chain alone cannot tell
    problems = check_store(sqlite_store, audit_anchor.find(folder)).problems
    assert any("ingekort" in p for p in problems)
