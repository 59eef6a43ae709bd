"""Rights of the person: access export, erasure that leaves nothing, retention."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput, TrainingInput
from zkijdesk.services.erasure import ErasureService
from zkijdesk.services.retention import RetentionService
from zkijdesk.services.subject_access import SubjectAccessService
from zkijdesk.storage.store import check_store

NAME = "Xylofoonia"
SURNAME = "Qwertzuiop"
BSN = "123456782"
NOTE = "Geheime notitie 7391 over de gezondheid"


def full_client(ctx):
    result = ctx.clients.intake(
        ClientInput(
            first_name=NAME,
            last_name=SURNAME,
            birth_date=date(1979, 9, 9),
            bsn=BSN,
            email="xq@example.nl",
            phone="0612345678",
            postcode="1971 AB",
            intake_status="werkzoekend_bijstand",
            consent_note="Toestemming voor contact met werkgever",
        ),
        RouteInput(intake_date=date(2025, 1, 6), referral_source="gemeente"),
    )
    cid, rid = result.client.id, result.route.id
    ctx.routes.add_training(
        rid,
        TrainingInput(
            title="VCA",
            provider="Opleider",
            actual_start="2025-02-01",
            actual_end="2025-02-20",
            result="behaald",
            credential="VCA-basis",
        ),
    )
    ctx.routes.add_placement(rid, PlacementInput(start_date=date(2025, 3, 1), hours_per_week=32))
    ctx.activities.record_contact(cid, "gesprek", date(2025, 1, 6), 45, NOTE)
    ctx.activities.add_task("Bellen", date(2026, 12, 1), client_id=cid)
    groups = ctx.reference.target_groups(2026)
    ctx.clients.set_target_groups(cid, [groups[0].id])
    ctx.clients.add_skill(cid, ctx.reference.skills()[0].id, "diploma", date(2020, 6, 1))
    return cid


def test_subject_access_json_and_pdf_hold_everything(people, tmp_path):
    cid = full_client(people.anna)
    service = SubjectAccessService(people.anna.store, people.anna.actor)
    data = json.loads(service.export(cid, tmp_path / "inzage.json").read_text(encoding="utf-8"))
    assert data["client"]["last_name"] == SURNAME and data["client"]["bsn"] == BSN
    [route] = data["routes"]
    assert route["trainings"][0]["credential"] == "VCA-basis"
    assert [f["months"] for f in route["placements"][0]["follow_ups"]] == [3, 6, 12]
    assert data["contacts"][0]["note"] == NOTE
    assert {e["action"] for e in data["access_log"]} >= {"create", "view"}

    pdf = service.export(cid, tmp_path / "inzage.pdf")
    content = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Inzage in uw gegevens", SURNAME, BSN, "VCA", "Geheime notitie 7391"):
        assert expected in content
    with pytest.raises(ValidationError):
        service.export(cid, tmp_path / "inzage.docx")
    with pytest.raises(PermissionDeniedError):
        SubjectAccessService(people.bram.store, people.bram.actor).export(cid, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def _decrypted_copy(store, target: Path) -> bytes:
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        raw.execute("SELECT sqlcipher_export('plaintext')")
        raw.execute("DETACH DATABASE plaintext")
    return target.read_bytes()


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_erasure_leaves_nothing_of_the_person(people, store, tmp_path):
    cid = full_client(people.anna)
    keep = people.anna.clients.intake(
        ClientInput(
            first_name="Blijft",
            last_name="Bestaan",
            birth_date=date(1990, 1, 1),
            intake_status="werkend",
        )
    ).client.id
    before = _decrypted_copy(store, tmp_path / "before.db")
    assert SURNAME.encode() in before and NOTE.encode() in before

    ErasureService(store, people.anna.actor).erase(cid)

    with store.engine.connect() as conn:
        for table in ("client", "client_skill", "client_target_group", "activity", "task"):
            column = "id" if table == "client" else "client_id"
            count = conn.execute(text(f"SELECT count(*) FROM {table} WHERE {column} = {cid}"))
            assert count.scalar() == 0, table
        for table in ("route", "training", "placement", "placement_follow_up", "guidance"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        assert conn.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
    wal = Path(f"{store.location.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    after = _decrypted_copy(store, tmp_path / "after.db")
    for needle in (NAME, SURNAME, "qwertzuiop xylofoonia", BSN, NOTE, "xq@example.nl"):
        assert needle.encode() not in after, needle
    assert b"Bestaan" in after
    assert people.anna.clients.get(keep).last_name == "Bestaan"
    report = check_store(store, thorough=True)
    assert report.ok, report.problems


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_tampering_with_the_audit_log_is_detected(people, store):
    full_client(people.anna)
    assert check_store(store, thorough=True).ok
    with store.engine.connect() as conn:
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql("UPDATE audit_log SET action = 'view' WHERE id = 2")
        conn.rollback()
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("DROP TRIGGER audit_log_no_update")
        raw.execute("UPDATE audit_log SET user_id = 999 WHERE id = 2")
    report = check_store(store, thorough=True)
    assert not report.ok
    assert any("auditlog" in p for p in report.problems)


def test_retention_removes_only_closed_files_past_their_term(people, store):
    anna = people.anna
    old = full_client(anna)
    [route] = anna.clients.routes(old)
    anna.routes.close(route.id, date(2025, 4, 1), "gestopt")
    still_open = anna.clients.intake(
        ClientInput(
            first_name="Loopt",
            last_name="Nog",
            birth_date=date(1990, 1, 1),
            intake_status="werkend",
        ),
        RouteInput(intake_date=date(2020, 1, 1)),
    ).client.id
    recent = anna.clients.intake(
        ClientInput(
            first_name="Pas",
            last_name="Klaar",
            birth_date=date(1991, 1, 1),
            intake_status="werkend",
        ),
        RouteInput(intake_date=date(2026, 1, 1)),
    )
    anna.routes.close(recent.route.id, date(2026, 6, 1), "gestopt")

    admin = RetentionService(store, people.admin.actor, lambda: date(2026, 11, 15))
    with pytest.raises(PermissionDeniedError):
        RetentionService(store, anna.actor).plan()
    with pytest.raises(ValidationError):
        admin.set_terms({"gestopt": 2})
    admin.set_terms({"gestopt": 12})
    plan = admin.plan()
    assert plan.due == {"gestopt": (old,)}
    assert admin.run(plan) == 1
    assert {c.id for c in anna.clients.find("")} == {still_open, recent.client.id}
    assert admin.plan().total == 0


def test_erasure_removes_every_row_on_each_database(people, store):
    from zkijdesk.services.audit_query import AuditQueryService

    cid = full_client(people.anna)
    with pytest.raises(PermissionDeniedError):
        ErasureService(store, people.bram.actor).erase(cid)
    ErasureService(store, people.anna.actor).erase(cid)
    with store.engine.connect() as conn:
        for table in (
            "client",
            "route",
            "training",
            "placement",
            "placement_follow_up",
            "activity",
            "task",
            "client_skill",
            "client_target_group",
        ):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
    audit = AuditQueryService(store, people.admin.actor)
    assert audit.verify().ok
    assert "erase" in {r.action for r in audit.search(client_id=cid)}
