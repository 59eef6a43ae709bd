"""One open route per client, held by the database (migration 0012), not only by a check.

On a team database two coaches can pass the services' check at the same moment; the
race itself is in tests/team/test_team_one_open_route.py. Here: the index refuses a second
open route whoever writes it, with the sentence the check gives, and a store that
already holds such a pair is not upgraded and keeps both routes as they were.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from zkijdesk import models as m
from zkijdesk.domain.errors import StateError, StoreError
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.storage import keys, migrate
from zkijdesk.storage.engine import sqlcipher_engine
from zkijdesk.storage.one_open_route import ALREADY_OPEN
from zkijdesk.storage.store import StoreLocation, open_store

OLDER = "0010_reporting_dates"
"""Two steps before 0012: each step commits on its own, so a refusal inside 0012 would
leave 0011 done and the store opened by neither program."""


def _client_with_route(services) -> tuple[int, int]:
    result = services.clients.intake(
        ClientInput(
            first_name="Noor",
            last_name="Visser",
            birth_date=date(1990, 6, 1),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=date(2026, 2, 1)),
    )
    assert result.route is not None
    return result.client.id, result.route.id


def _open_routes(store, client_id: int) -> int:
    with store.read_session() as s:
        return s.scalar(
            select(func.count())
            .select_from(m.Route)
            .where(m.Route.client_id == client_id, m.Route.closed_on.is_(None))
        )


def test_a_second_open_route_written_past_the_check_is_refused_with_the_checks_sentence(
    services,
):
    client_id, _route = _client_with_route(services)
    with pytest.raises(StateError) as err, services.store.session() as s:
        s.add(m.Route(client_id=client_id, referral_source="uwv", intake_date=date(2026, 3, 1)))
    assert err.value.message == ALREADY_OPEN
    assert _open_routes(services.store, client_id) == 1


def test_closed_routes_do_not_count_and_a_new_one_opens_after_closing(services):
    client_id, route_id = _client_with_route(services)
    services.routes.close(route_id, date(2026, 5, 1), "werk")
    services.routes.open(client_id, RouteInput(intake_date=date(2026, 6, 1)))
    with pytest.raises(StateError, match="al een andere lopende route"):
        services.routes.reopen(route_id)
    assert _open_routes(services.store, client_id) == 1


def _older_store_with_two_open_routes(path, key) -> None:
    engine = sqlcipher_engine(path, key)
    migrate.upgrade(engine, OLDER)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO store_info (id, store_uuid, created_at, created_by_version, is_demo,"
                " region) VALUES (1, 'u', '2025-01-01 00:00:00', '0.1.0', 0, 'ZKIJ')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO client (id, client_number, first_name, last_name, birth_date,"
                " intake_status, doelgroepregister, search_key, created_at, updated_at,"
                " version, restricted) VALUES (41, 'ZK0000041', 'Els', 'Kok', '1970-01-01',"
                " 'werkend', 0, 'kok els', '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1, 0)"
            )
        )
        for route_id, intake in ((3, "2025-02-01"), (4, "2025-02-03")):
            conn.execute(
                text(
                    "INSERT INTO route (id, client_id, referral_source, intake_date, created_at,"
                    " updated_at) VALUES (:id, 41, 'uwv', :d, '2025-02-01 00:00:00',"
                    " '2025-02-01 00:00:00')"
                ),
                {"id": route_id, "d": intake},
            )
    engine.dispose()


def test_a_store_with_two_open_routes_for_one_client_is_not_upgraded_and_keeps_both(tmp_path):
    path = tmp_path / "oud.db"
    key = keys.new_raw_key()
    _older_store_with_two_open_routes(path, key)
    with pytest.raises(StoreError) as err:
        open_store(StoreLocation(path=path), key=key)
    message = err.value.message
    assert message.startswith("Bijwerken geweigerd: 1 cliënt(en) met meer dan één lopende")
    assert "(ZK0000041)" in message and "Kok" not in message
    assert not [p for p in tmp_path.iterdir() if "migratie" in p.name]  # no backup either
    engine = sqlcipher_engine(path, key)
    with engine.connect() as conn:
        assert migrate.current_revision(engine) == OLDER
        assert (
            conn.execute(
                text("SELECT count(*) FROM route WHERE client_id = 41 AND closed_on IS NULL")
            ).scalar()
            == 2
        )
        # Once a coach has closed one of them (with the earlier version), the steps run.
        conn.execute(text("UPDATE route SET closed_on = '2025-02-03' WHERE id = 3"))
        conn.commit()
    engine.dispose()
    store = open_store(StoreLocation(path=path), key=key)
    try:
        assert migrate.current_revision(store.engine) == migrate.SCHEMA_HEAD
        with store.engine.connect() as conn:
            indexes = conn.execute(text("PRAGMA index_list(route)")).fetchall()
        assert any(row[1] == "ux_route_one_open" and row[2] == 1 for row in indexes)
    finally:
        store.close()
