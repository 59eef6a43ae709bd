"""The bin: a deleted file hides, comes back within 30 days, and is erased after."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from workspace_data import make_client

from zkijdesk import models as m
from zkijdesk.domain.errors import NotFoundError, PermissionDeniedError, StateError
from zkijdesk.services.bin import RESTORE_DAYS, BinService
from zkijdesk.services.drafts import DraftService, draft_key

NOW = datetime(2026, 11, 15, 10, 0)


def bin_for(ctx, now=NOW):
    return BinService(ctx.store, ctx.actor, ctx.today, now=lambda: now)


def test_deleted_file_is_hidden_and_only_its_deleter_restores_it(people):
    anna = people.anna
    client, route = make_client(anna, "Iris", "Dekker", route={"intake_date": date(2026, 1, 5)})
    anna.sharing.share(client.id, people.bram.actor.user_id)
    bin_for(anna).delete(client.id)

    with pytest.raises(NotFoundError):
        anna.clients.get(client.id)
    assert anna.clients.find("dekker") == []
    (item,) = bin_for(anna).items()
    assert (item.client_id, item.name) == (client.id, "Iris Dekker")
    assert item.purge_after == NOW + timedelta(days=RESTORE_DAYS)
    assert bin_for(people.bram).items() == []
    with pytest.raises(PermissionDeniedError):
        bin_for(people.bram).restore(client.id)

    bin_for(anna, NOW + timedelta(days=29)).restore(client.id)
    assert anna.clients.get(client.id).last_name == "Dekker"
    assert anna.routes.get(route.id).is_open
    with pytest.raises(NotFoundError):
        bin_for(anna).restore(client.id)


def test_after_thirty_days_it_cannot_be_restored_and_is_purged(people, store):
    anna = people.anna
    client, _ = make_client(anna, "Iris", "Dekker", route={"intake_date": date(2026, 1, 5)})
    keep, _ = make_client(anna, "Ole", "Smit")
    anna.activities.record_contact(client.id, "gesprek", date(2026, 2, 1), 30, "Intake")
    DraftService(anna.store, anna.actor).save(draft_key("person", client.id), {"bsn": "1"})
    bin_for(anna).delete(client.id)
    late = bin_for(anna, NOW + timedelta(days=RESTORE_DAYS, minutes=1))
    assert late.items() == []
    with pytest.raises(StateError):
        late.restore(client.id)

    assert bin_for(anna, NOW + timedelta(days=10)).purge_expired() == 0
    assert late.purge_expired() == 1
    with store.read_session() as s:
        assert s.get(m.Client, client.id) is None
        assert s.scalar(select(func.count()).select_from(m.Route)) == 0
        assert s.scalar(select(func.count()).select_from(m.Activity)) == 0
        assert s.get(m.Client, keep.id) is not None
    assert DraftService(anna.store, anna.actor).keys() == []


def test_a_restricted_file_cannot_be_deleted(people):
    anna = people.anna
    client, _ = make_client(anna, "Iris", "Dekker")
    anna.clients.set_restriction(client.id, True)
    with pytest.raises(StateError):
        bin_for(anna).delete(client.id)
    assert anna.clients.get(client.id).last_name == "Dekker"
