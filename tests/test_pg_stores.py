"""The PostgreSQL stores of the tests are copies of one template (tests/pg_stores.py):
each is at schema head with reference data, a database and an identity of its own."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, text

pytestmark = pytest.mark.postgres


def test_each_copy_is_a_fresh_store_of_its_own(_pg_template):
    from zkijdesk import models as m
    from zkijdesk.storage import migrate

    first, first_db = _pg_template.new_store()
    second, second_db = _pg_template.new_store()
    try:
        assert first_db != second_db
        assert first.info().store_uuid != second.info().store_uuid
        with first.session() as s:
            s.execute(delete(m.Skill))
        for store in (first, second):
            assert migrate.current_revision(store.engine) == migrate.SCHEMA_HEAD
        with second.read_session() as s:
            assert s.scalar(select(func.count()).select_from(m.Skill)) > 0
    finally:
        for store, database in ((first, first_db), (second, second_db)):
            store.engine.dispose()
            _pg_template.drop(database)


def test_a_store_left_open_is_dropped_all_the_same(_pg_template):
    """A test that leaves a connection open does not keep its database on the server."""
    store, database = _pg_template.new_store()
    held = store.engine.connect()
    held.execute(text("SELECT 1"))
    _pg_template._drop(database)
    assert database not in _pg_template._databases(_pg_template.token)
    held.invalidate()
    store.engine.dispose()
