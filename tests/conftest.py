"""Test setup shared by every test.

- Qt runs offscreen and zkijdesk's home (store, settings) points into a temp folder.
- keyring uses an in-memory backend: the real keyring API, no OS vault, no file.
- The ``store`` fixture runs each service test on encrypted SQLite, and again on
  PostgreSQL when ``ZKIJDESK_TEST_DATABASE_URL`` is set. In CI that variable must be
  set and the server must answer: a PostgreSQL test never skips there.
- Each store is a copy of one made once per session and worker: a file on SQLite, a
  template database on PostgreSQL (tests/pg_stores.py), with an identity of its own.
"""

from __future__ import annotations

import os
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from keyring.backend import KeyringBackend

PG_ENV = "ZKIJDESK_TEST_DATABASE_URL"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
TODAY = date(2026, 11, 15)


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that keeps secrets in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def pytest_configure(config):
    if IN_CI and not os.environ.get(PG_ENV):
        raise pytest.UsageError(f"CI=true but {PG_ENV} is not set: PostgreSQL tests must run in CI")


def pytest_collection_modifyitems(config, items):
    """Files that hold a ``slow`` test run first, each still whole and in its order.

    Under xdist each worker takes whole files (``--dist loadfile``); a three-minute
    file taken last would leave the other worker idle at the end, so the long files
    start while there is still other work to spread. Every worker sorts the same
    collection the same way, as xdist requires.
    """
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ZKIJDESK_HOME", str(home))
    monkeypatch.delenv("ZKIJDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("ZKIJDESK_RECOVERY_KEY", raising=False)
    return home


@pytest.fixture(autouse=True)
def _argparse_speaks_english_again():
    """A command-line run hands argparse the chosen language for the rest of the
    process (zkijdesk/i18n/argparse_words.py); no test inherits another's."""
    yield
    from zkijdesk.i18n import argparse_words, set_language

    argparse_words.speak("en")
    set_language("nl")


@pytest.fixture(autouse=True)
def _no_ui_thread_writes():
    """Fail a test in which the GUI wrote to the store on the UI thread (issue 16):
    writes go through ``runner.write``, on a worker (tests/ui_thread_guard.py)."""
    import ui_thread_guard

    ui_thread_guard.install()
    ui_thread_guard.take()
    yield
    seen = ui_thread_guard.take()
    if seen:
        pytest.fail("the GUI wrote on the UI thread:\n  " + "\n  ".join(seen), pytrace=False)


@pytest.fixture(autouse=True)
def _dutch_after_each_test():
    """Every test starts in Dutch, the app's language: a test that switches to English
    and restores its translators but not Qt's default locale left the next tests
    writing 1,000 and 'October' (a thousands separator and month name of the locale)."""
    yield
    from zkijdesk import i18n

    i18n.set_language("nl")
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


@pytest.fixture(autouse=True)
def memory_keyring():
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


_TEMPLATE: dict[str, object] = {}


def _sqlite_store(tmp_path):
    """A fresh store: a copy of one made once per session (schema at head, reference
    data), with an identity of its own. Making each from scratch cost a quarter to a
    whole second per test (issue 16); a copy costs milliseconds."""
    import shutil
    import tempfile

    from sqlalchemy import text

    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store, open_store

    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="zk-template-"))
        key = new_raw_key()
        create_store(StoreLocation(path=folder / "template.db"), key=key).close()
        _TEMPLATE.update(path=folder / "template.db", key=key)
    path = tmp_path / "store.db"
    shutil.copyfile(_TEMPLATE["path"], path)
    store = open_store(StoreLocation(path=path), key=_TEMPLATE["key"])
    with store.session() as s:
        s.execute(text("UPDATE store_info SET store_uuid = :u"), {"u": str(uuid.uuid4())})
    return store


@pytest.fixture(scope="session")
def _pg_template():
    """This worker's template PostgreSQL store (tests/pg_stores.py), made at its first
    PostgreSQL test and dropped, with any copy left, when the session ends."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped on this machine")
    from pg_stores import TemplateStores

    stores = TemplateStores(url, os.environ.get("PYTEST_XDIST_WORKER", "main"))
    yield stores
    stores.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    """A fresh store at schema head with reference data, on each database kind."""
    if request.param == "sqlite":
        s = _sqlite_store(tmp_path)
        yield s
        s.close()
        return
    stores = request.getfixturevalue("_pg_template")
    s, database = stores.new_store()
    try:
        yield s
    finally:
        try:
            s.engine.dispose()
        finally:
            stores.drop(database)


@pytest.fixture
def sqlite_store(tmp_path):
    s = _sqlite_store(tmp_path)
    yield s
    s.close()


@pytest.fixture
def coach(store):
    from zkijdesk.services.users import actor_for, create_user

    create_user(store, "coach01", "Coach Een", "coach")
    return actor_for(store, "coach01")


@pytest.fixture
def services(store, coach):
    """The services as one coach sees them, with 'today' pinned."""
    from types import SimpleNamespace

    from zkijdesk.services.activities import ActivityService
    from zkijdesk.services.clients import ClientService
    from zkijdesk.services.employers import EmployerService
    from zkijdesk.services.reference import ReferenceService
    from zkijdesk.services.routes import RouteService

    def today():
        return TODAY

    return SimpleNamespace(
        store=store,
        actor=coach,
        clients=ClientService(store, coach, today),
        routes=RouteService(store, coach, today),
        activities=ActivityService(store, coach, today),
        employers=EmployerService(store, coach, today),
        reference=ReferenceService(store, coach, today),
    )


@pytest.fixture
def people(store):
    """An admin, two coaches and a team lead, each with the services as they see them."""
    from types import SimpleNamespace

    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for, create_user

    create_user(store, "beheer", "Beheerder", "admin")
    admin = actor_for(store, "beheer")
    found = {"admin": admin}
    for username, role in (("anna", "coach"), ("bram", "coach"), ("lead", "teamlead")):
        create_user(store, username, username.title(), role, actor=admin)
        found[username] = actor_for(store, username)
    return SimpleNamespace(
        **{name: Services(store, actor, lambda: TODAY) for name, actor in found.items()}
    )
