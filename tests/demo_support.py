"""Lived-in demo stores, made one way for every test module that needs one (a
module-scoped fixture around these helpers): for the GUI tests that look at whole pages,
and on either database kind for the tests that compare what a query plan reads."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

PG_ENV = "ZKIJDESK_TEST_DATABASE_URL"


@contextmanager
def demo_store(folder: Path, *, clients: int, seed: int, today: date) -> Iterator:
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    store = create_store(StoreLocation(path=folder / "demo.db"), key=new_raw_key(), is_demo=True)
    try:
        generate_demo(store, clients=clients, seed=seed, today=today)
        yield store
    finally:
        store.close()


@contextmanager
def demo_store_on(
    kind: str,
    folder: Path,
    *,
    clients: int,
    seed: int,
    today: date,
    prepare: Callable | None = None,
) -> Iterator:
    """A demo store on SQLite (encrypted, in ``folder``) or in a schema of its own on the
    test PostgreSQL server, dropped afterwards; ``prepare(store)`` may bend it before
    PostgreSQL's statistics are gathered, as a bulk load is followed by ``ANALYZE``.
    Yields ``(store, prepared)``, where ``prepared`` is what ``prepare`` returned."""
    from sqlalchemy import create_engine, text

    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    if kind == "sqlite":
        store = create_store(StoreLocation(path=folder / "demo.db"), key=new_raw_key())
        try:
            generate_demo(store, clients=clients, seed=seed, today=today)
            yield store, prepare(store) if prepare else None
        finally:
            store.close()
        return
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped on this machine")
    schema = f"zk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    store = create_store(StoreLocation(url=url, schema=schema))
    try:
        generate_demo(store, clients=clients, seed=seed, today=today)
        prepared = prepare(store) if prepare else None
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        yield store, prepared
    finally:
        store.engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
