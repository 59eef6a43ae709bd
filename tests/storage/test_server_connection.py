"""A pooled server connection that died while idle is replaced, without a ping per use."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, event, func, select, text

from zkijdesk import models as m
from zkijdesk.storage import engine as engine_module

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("store", ["postgresql"], indirect=True),
]


def _statements(store) -> list[str]:
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: seen.append(args[2].strip()))
    return seen


def _kill_the_pooled_connection(store) -> int:
    """End the server process behind the pool's connection, as a server restart or a
    firewall would; returns its pid."""
    with store.read_session() as s:
        pid = s.scalar(text("SELECT pg_backend_pid()"))
    admin = create_engine(store.engine.url)
    with admin.connect() as other:
        assert other.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    admin.dispose()
    return pid


def test_a_connection_killed_while_idle_is_replaced_at_its_next_use(store, monkeypatch):
    """A restarted server or a dropped idle session must not reach the user as an error:
    after a rest, the next unit of work pings, finds the connection dead, and connects anew."""
    pid = _kill_the_pooled_connection(store)
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE", 0.0)
    with store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Sector)) > 0
        assert s.scalar(text("SELECT pg_backend_pid()")) != pid


def test_a_connection_used_moments_ago_goes_straight_to_work(store):
    """Each unit of work used to cost a ping's round trip first; opening a client file runs
    seven of them, and on a team database each round trip is time the coach waits."""
    with store.read_session() as s:
        s.scalar(text("SELECT 1 + 1"))
    seen = _statements(store)
    with store.read_session() as s:
        s.scalar(select(func.count()).select_from(m.Sector))
    assert len(seen) == 1 and seen[0].startswith("SELECT count(*)")


def test_a_connection_put_back_before_a_sleep_is_pinged_after_it(store, monkeypatch):
    """The rest is wall-clock time: a laptop's sleep stops the monotonic clock, and a
    connection handed back just before the lid closed would otherwise look fresh."""
    _kill_the_pooled_connection(store)
    woke = time.time() + 3600  # an hour of sleep, which time.monotonic() did not see
    monkeypatch.setattr(engine_module.time, "time", lambda: woke)
    with store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(m.Sector)) > 0
