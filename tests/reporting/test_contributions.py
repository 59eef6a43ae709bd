"""Teams without a shared database: sealed contributions, imported once, protected once."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from reporting_data import TODAY, Data, make_user, reporting

from zkijdesk.domain.errors import (
    PermissionDeniedError,
    StateError,
    ValidationError,
    ZkijdeskError,
)
from zkijdesk.reporting.cells import CellKey
from zkijdesk.reporting.contribution import ContributionError, open_sealed, read_header
from zkijdesk.services.reporting_contributions import ContributionService
from zkijdesk.services.reporting_queries import year_counts


def new_store(path: Path):
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    return create_store(StoreLocation(path=path), key=new_raw_key())


def coach_store(path: Path, username: str, routes: int, place: str):
    store = new_store(path)
    coach = make_user(store, username, "coach")
    data = Data(store)
    reasons = ("werk", "scholing", "werk", "gestopt", "elders_geholpen", "werk")
    for i in range(routes):
        c = data.client(birth=date(1960 + i % 40, 2, 2), municipality=place)
        reason = reasons[i % len(reasons)]
        data.route(c, date(2026, 9, 1 + i % 28), date(2026, 10, 1 + i % 28), reason)
    return store, ContributionService(store, coach, lambda: TODAY)


@pytest.fixture
def team(tmp_path):
    lead_store = new_store(tmp_path / "teamleider.db")
    make_user(lead_store, "beheerder", "admin")
    lead = make_user(lead_store, "teamleider", "teamlead")
    lead_service = ContributionService(lead_store, lead, lambda: TODAY)
    coaches = [
        coach_store(tmp_path / "a.db", "anna", 30, "GM0392"),
        coach_store(tmp_path / "b.db", "bram", 24, "GM0453"),
    ]
    team_key = lead_service.create_team_key()
    for _store, service in coaches:
        service.trust_team_key(team_key.file_bytes, team_key.fingerprint)
        lead_service.register_contributor(service.my_key().file_bytes)
    yield lead_store, lead, lead_service, coaches
    for store, _ in coaches:
        store.close()
    lead_store.close()


def test_contributions_add_up_import_once_and_are_protected_on_the_total(team, tmp_path):
    lead_store, lead, lead_service, coaches = team
    files = [service.make_contribution("2026-10", tmp_path / "post") for _, service in coaches]
    assert all(f.name.startswith("bijdrage-ZKIJ-2026-10-") for f in files)
    status = lead_service.status("2026-10")
    assert status.missing == ("Anna", "Bram") and not status.received

    first = lead_service.import_contribution(files[0])
    assert first.contributor == "Anna" and not first.replaced
    assert lead_service.status("2026-10").missing == ("Bram",)
    again = lead_service.import_contribution(files[0])  # twice: replaces, never doubles
    assert again.replaced
    lead_service.import_contribution(files[1])
    assert lead_service.status("2026-10").missing == ()

    result = reporting(lead_store, lead).export(
        "2026-10", tmp_path / "uit", "json", source="bijdragen"
    )
    doc = json.loads(result.files[0].read_text("utf-8"))
    table = next(t for t in doc["tables"] if t["id"] == "begeleiding.gemeente")
    cell = {
        (c["coords"]["gemeente"], c["coords"]["indicator"], c["coords"]["periode"]): c
        for c in table["cells"]
    }
    # The region's total is a headline figure and stays shown; the two municipalities'
    # shares are shown or hidden as the protection of their small exit reasons needs.
    assert cell[("TOTAL", "uitstroom", "MAAND")]["value"] == 54
    for place, true in (("GM0392", 30), ("GM0453", 24)):
        assert cell[(place, "uitstroom", "MAAND")]["value"] in (true, None)
    # The contributions held the coaches' counts exactly: the total equals their sum.
    total = CellKey.make("in_begeleiding", "", "", "TOTAL", 2026, "M", 10)
    parts = []
    for store, _ in coaches:
        with store.read_session() as s:
            parts.append(year_counts(s, 2026, 10).value(total))
    shown = next(t for t in doc["tables"] if t["id"] == "kerncijfers")
    value = next(
        c["value"]
        for c in shown["cells"]
        if c["coords"] == {"indicator": "in_begeleiding", "periode": "MAAND"}
    )
    assert value == sum(parts) == 54


def test_only_the_team_lead_can_read_and_nobody_can_forge(team, tmp_path):
    _, _, lead_service, coaches = team
    path = coaches[0][1].make_contribution("2026-10", tmp_path)
    data = path.read_bytes()
    header = read_header(data)
    assert header["period"] == "2026-10" and header["region"] == "ZKIJ"
    assert b"GM0392" not in data and b"uitstroom" not in data  # the payload is encrypted

    # A flipped byte anywhere (header, ciphertext or signature) is refused.
    for position in (len(data) // 2, len(data) - 5):
        forged = bytearray(data)
        forged[position] ^= 0x01
        bad = tmp_path / f"vervalst-{position}.zkb"
        bad.write_bytes(bytes(forged))
        with pytest.raises(ValidationError):
            lead_service.import_contribution(bad)

    # Someone else's team lead key cannot open it.
    with pytest.raises(ContributionError):
        open_sealed(data, recipient_private_for=lambda _fp: None, trusted_sender=lambda _k: True)

    # A coach the team lead never registered is refused.
    stranger_store, stranger = coach_store(tmp_path / "c.db", "cees", 5, "GM0473")
    try:
        lead_key = lead_service.team_key()
        stranger.trust_team_key(lead_key.file_bytes, lead_key.fingerprint)
        unknown = stranger.make_contribution("2026-10", tmp_path / "vreemd")
        with pytest.raises(ValidationError) as err:
            lead_service.import_contribution(unknown)
        assert "onbekende bijdrager" in err.value.message
    finally:
        stranger_store.close()


def test_roles_and_missing_keys(team, tmp_path):
    lead_store, _, lead_service, coaches = team
    _, coach_service = coaches[0]
    with pytest.raises(PermissionDeniedError):
        coach_service.create_team_key()
    with pytest.raises(PermissionDeniedError):
        coach_service.import_contribution(tmp_path / "whatever.zkb")
    with pytest.raises(StateError):
        reporting(lead_store, lead_service.actor).export(
            "2026-10", tmp_path / "leeg", "json", source="bijdragen"
        )
    fresh = new_store(tmp_path / "nieuw.db")
    try:
        lonely = ContributionService(fresh, make_user(fresh, "dirk", "coach"), lambda: TODAY)
        with pytest.raises(StateError):
            lonely.make_contribution("2026-10", tmp_path)
        with pytest.raises(ValidationError):
            lonely.trust_team_key(b'{"format": "iets anders"}', "AAAA")
        # A key file with the team lead's name made by someone else: its fingerprint is
        # not the one the team lead reads out, and it is not trusted.
        forger_store = new_store(tmp_path / "vals.db")
        forger = make_user(forger_store, "teamleider", "teamlead")
        forged = ContributionService(forger_store, forger, lambda: TODAY).create_team_key()
        forger_store.close()
        real = lead_service.team_key()
        assert forged.label == real.label  # the same name on it
        with pytest.raises(ValidationError) as err:
            lonely.trust_team_key(forged.file_bytes, real.fingerprint)
        assert err.value.field == "fingerprint"
        said = f"De vingerafdruk van deze sleutel is {forged.fingerprint}, niet {real.fingerprint}"
        assert str(err.value.text).startswith(said)
        assert lonely.trusted_team_key() is None
    finally:
        fresh.close()


def _contribution_rows(store) -> list[tuple]:
    from sqlalchemy import select

    from zkijdesk import models as m

    with store.read_session() as s:
        return [
            (c.id, c.contributor_id, c.year, c.month, c.digest)
            for c in s.scalars(select(m.Contribution).order_by(m.Contribution.id))
        ]


_mutations = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(min_value=0), st.just(0)),
    st.tuples(st.just("append"), st.binary(min_size=1, max_size=64), st.just(0)),
    st.tuples(st.just("random"), st.binary(max_size=4096), st.just(0)),
)


def _mutate(data: bytes, mutation) -> bytes:
    kind, arg, xor = mutation
    if kind == "flip":
        out = bytearray(data)
        out[arg % len(data)] ^= xor
        return bytes(out)
    if kind == "cut":
        return data[: arg % len(data)]
    if kind == "append":
        return data + arg
    return arg


@pytest.fixture
def one_imported(team, tmp_path):
    """Bram's contribution imported, Anna's sealed file at hand (made once per test)."""
    lead_store, _, lead_service, coaches = team
    good = [service.make_contribution("2026-10", tmp_path / "post") for _, service in coaches]
    lead_service.import_contribution(good[1])
    return lead_store, lead_service, good[0].read_bytes(), _contribution_rows(lead_store)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutation=_mutations)
def test_a_damaged_contribution_is_one_sentence_and_imports_nothing(
    one_imported, tmp_path, mutation
):
    """Any damage to a sealed file (a changed byte, a cut, junk, another file) is refused
    with one Dutch sentence, and what the team lead had imported stays as it was."""
    lead_store, lead_service, data, before = one_imported
    damaged = _mutate(data, mutation)
    assume(damaged != data)
    path = tmp_path / "beschadigd.zkb"
    path.write_bytes(damaged)

    with pytest.raises(ZkijdeskError) as err:
        lead_service.import_contribution(path)

    sentence = err.value.message
    assert sentence.endswith(".") and "\n" not in sentence and len(sentence) < 300
    assert "Traceback" not in sentence and "\\x" not in sentence
    assert _contribution_rows(lead_store) == before
    assert lead_service.status("2026-10").missing == ("Anna",)


def test_the_team_page_says_who_sent_last_months_contribution(team, tmp_path):
    from zkijdesk.services.team_overview import TeamOverviewService

    lead_store, lead, lead_service, coaches = team
    overview = TeamOverviewService(lead_store, lead, lambda: TODAY)
    status = overview.contributions()
    assert sorted(status.missing) == sorted(c.name for c in lead_service.contributors())
    _store, anna = coaches[0]
    lead_service.import_contribution(anna.make_contribution(status.period, tmp_path / "post"))
    status = overview.contributions()
    assert [name for name, _made, _at in status.received] == ["Anna"]
    assert status.missing == ("Bram",)


def test_a_contribution_carries_the_coachs_audit_anchor_to_the_team_lead(team, tmp_path, capsys):
    """The team lead keeps each coach's log head; `check --anchors` on the coach's own
    store then finds the log cut short after the contribution left (issue 11)."""
    from sqlalchemy import text

    from zkijdesk.cli import main
    from zkijdesk.storage import audit_anchor
    from zkijdesk.storage.store import check_store

    lead_store, _lead, lead_service, coaches = team
    coach_store, coach_service = coaches[0]
    path = coach_service.make_contribution("2026-10", tmp_path / "post")
    lead_service.import_contribution(path)
    [(name, anchor)] = lead_service.anchors()
    assert name.startswith("bijdrage-2026-10-") and name.endswith(audit_anchor.SUFFIX)
    with coach_store.read_session() as s:
        entries, _head = s.execute(text("SELECT last_id, last_hash FROM audit_head")).one()
    # the export's own entry comes after the anchor it carried
    assert 0 < anchor.entries == entries - 1
    assert check_store(coach_store, [anchor]).ok
    with coach_store.engine.begin() as conn:  # the coach's log cut short, head fixed
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE id > 1"))
    problems = check_store(coach_store, [anchor]).problems
    assert any("ingekort" in p for p in problems)

    from zkijdesk.storage import keys

    out = tmp_path / "ankers"
    lead_path = lead_store.location.path
    keys.save_to_keyring(lead_path, lead_store.key)  # as the app keeps it (in-memory backend)
    lead_store.close()
    code = main(
        [
            "--store",
            str(lead_path),
            "--user",
            "teamleider",
            "audit-anchor",
            "--out",
            str(out),
            "--from-contributions",
        ]
    )
    assert code == 0 and "1 auditanker(s)" in capsys.readouterr().out
    [written] = audit_anchor.find(out)
    assert (written.store, written.entries, written.head, written.source) == (
        anchor.store,
        anchor.entries,
        anchor.head,
        name,
    )
