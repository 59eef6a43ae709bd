"""Drafts of unsaved input and per-user preferences, kept in the encrypted store."""

from __future__ import annotations

import pytest

from zkijdesk.domain.errors import ValidationError
from zkijdesk.services.drafts import DraftService, draft_key
from zkijdesk.services.preferences import PreferenceService


def test_drafts_and_preferences_belong_to_their_user(people):
    anna, bram = people.anna, people.bram
    drafts = DraftService(anna.store, anna.actor)
    key = draft_key("person", 7)
    assert key == "draft:person:client:7"
    drafts.save(key, {"last_name": "Dekker", "doelgroepregister": True, "phone": None})
    drafts.save(draft_key("new_client"), {"first_name": "Iris"})
    draft = drafts.load(key)
    assert draft.fields == {"last_name": "Dekker", "doelgroepregister": True}
    assert DraftService(bram.store, bram.actor).load(key) is None
    assert drafts.keys() == ["draft:new_client", key]
    drafts.discard(key)
    assert drafts.load(key) is None
    with pytest.raises(ValueError):
        drafts.save("person", {})

    anna = PreferenceService(people.anna.store, people.anna.actor)
    anna.set("list_sort", {"column": "name"})
    assert anna.get("list_sort") == {"column": "name"}
    assert PreferenceService(people.bram.store, people.bram.actor).get("list_sort") is None
    anna.set("list_sort", None)
    assert anna.get("list_sort", "standaard") == "standaard"
    with pytest.raises(ValidationError) as err:
        anna.save_filter("   ", {})
    assert err.value.field == "name"
