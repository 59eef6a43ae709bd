"""Typed input on a team database survives a dropped connection: drafts stay local."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from zkijdesk.services.drafts import DraftService, draft_key
from zkijdesk.storage.local_drafts import LocalDraftBox

pytestmark = pytest.mark.postgres


def test_drafts_stay_on_the_workstation_encrypted_and_come_back(team, tmp_path):
    store = team.anna.store
    store.local_drafts = LocalDraftBox.open(tmp_path, team.db.url_for("anna"))
    try:
        drafts = DraftService(store, team.anna.actor)
        key = draft_key("person", 12345)
        drafts.save(key, {"last_name": "Zeldzaamnaam", "phone": "0612345678"})
        with store.engine.connect() as conn:
            on_server = conn.execute(
                text("SELECT count(*) FROM user_setting WHERE key LIKE 'draft:%'")
            ).scalar()
        assert on_server == 0
        [box_file] = list(tmp_path.iterdir())
        assert b"Zeldzaamnaam" not in box_file.read_bytes()

        store.engine.dispose()  # the connection drops; the draft does not need it
        again = LocalDraftBox.open(tmp_path, team.db.url_for("anna"))
        assert again.load(key)["fields"]["last_name"] == "Zeldzaamnaam"
        assert DraftService(store, team.anna.actor).keys() == [key]
        drafts.discard(key)
        assert drafts.load(key) is None and not list(tmp_path.iterdir())
    finally:
        store.local_drafts = None


def test_another_login_cannot_read_the_box(team, tmp_path):
    mine = LocalDraftBox.open(tmp_path, team.db.url_for("anna"))
    mine.save("draft:new_client", {"fields": {"first_name": "Ida"}, "saved_at": "x"})
    theirs = LocalDraftBox.open(tmp_path, team.db.url_for("bram"))
    assert theirs.load("draft:new_client") is None


def test_no_box_without_a_safe_credential_store(monkeypatch, tmp_path):
    monkeypatch.setattr("zkijdesk.storage.keys.secure_keyring", lambda: None)
    assert LocalDraftBox.open(tmp_path, "postgresql+psycopg://a@h/db") is None
