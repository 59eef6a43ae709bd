"""A lived-in demo store for the GUI tests that look at whole pages: one helper, so each
such test module makes its store the same way (a module-scoped fixture around it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path


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
