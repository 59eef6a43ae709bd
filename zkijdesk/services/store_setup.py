"""Setting up a store: create one, fill a demo, open the demo, connect a team, claim a store.

The first-run flow as plain functions without Qt, in the manner of Electrum's wizard:
the welcome dialog (``views/welcome.py``) only renders it and runs these on its task
runner, the start-up (``views/privacy/integration.py``) claims the store through
``claim_instance``, and the command line (``commands/store.py``) calls the same
functions for ``init`` and ``demo``. A failure raises a typed error; nothing here shows
anything.

This module is on the start-up path (the claim runs before the first store opens), so
storage and the other services are imported inside the functions that need them:
SQLAlchemy and the models must not load before the window's first paint.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import t

if TYPE_CHECKING:
    from zkijdesk.services.base import CancelCheck
    from zkijdesk.services.demo import DemoSummary
    from zkijdesk.storage.instance import InstanceLock
    from zkijdesk.storage.keys import Prompt, StoreKey
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import Store

DEMO_CLIENTS = 2000
#: Without a key vault, the demo store (made-up people only) opens with this passphrase,
#: so exploring it never asks for one.
DEMO_PASSPHRASE = "zkijdesk-demo-verzonnen"


@dataclass
class Created:
    store: Any
    username: str
    recovery_key: str | None  # shown once; None for a passphrase store
    is_demo: bool = False
    summary: DemoSummary | None = None  # what a demo was filled with


def os_username() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "coach"


def needs_passphrase() -> bool:
    """True when no secure key vault exists and no passphrase is set in the environment."""
    from zkijdesk.storage import keys

    return not os.environ.get(keys.PASSPHRASE_ENV) and keys.secure_keyring() is None


def passphrase_key(passphrase: str | None) -> StoreKey | None:
    """A typed passphrase as a store key (checked for strength); None leaves the choice
    to the store (the key vault, or ``ZKIJDESK_PASSPHRASE``)."""
    from zkijdesk.storage import keys

    if not passphrase:
        return None
    keys.check_passphrase_strength(passphrase)
    return keys.StoreKey(keys.KeyKind.PASSPHRASE, passphrase, "ingetypte wachtwoordzin")


def recovery_key(store: Store) -> str | None:
    """The recovery key of a store whose random key sits in the key vault, else None."""
    from zkijdesk.storage import keys

    if store.key is not None and store.key.kind is keys.KeyKind.RAW:
        return keys.format_recovery_key(store.key)
    return None


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _discard(store: Store) -> None:
    """Close a store made moments ago and remove its file (a server database stays)."""
    path = store.location.path
    store.close()
    if path is not None:
        _remove(path)


def new_store(
    location: StoreLocation,
    username: str,
    display_name: str,
    role: Role | str,
    *,
    key: StoreKey | None = None,
    prompt: Prompt | None = None,
) -> Created:
    """A new, empty store with its first user; no half-made store stays behind."""
    from zkijdesk.services.users import create_user
    from zkijdesk.storage.store import create_store

    if not (display_name or "").strip():
        raise ValidationError("display_name", t("{label} is verplicht.", label="Naam"))
    store = create_store(location, key=key, prompt=prompt)
    try:
        user = create_user(store, username, display_name, role)
    except BaseException:
        _discard(store)
        raise
    return Created(store, user.username, recovery_key(store))


def demo_store(
    location: StoreLocation,
    *,
    key: StoreKey | None = None,
    prompt: Prompt | None = None,
    clients: int = DEMO_CLIENTS,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> Created:
    """A store filled with synthetic people, signed in as its first coach.

    ``progress(done, total)`` may raise to stop (a cancelled task); the store then goes.
    """
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.services.users import list_users
    from zkijdesk.storage.store import create_store

    store = create_store(location, key=key, prompt=prompt, is_demo=True)
    try:
        summary = generate_demo(store, clients=clients, seed=seed, progress=progress)
        coach = next(u for u in list_users(store) if u.role is Role.COACH)
    except BaseException:
        _discard(store)
        raise
    # Made-up people need no recovery key: a lost demo is made again in seconds.
    return Created(store, coach.username, None, is_demo=True, summary=summary)


def create_new_store(path: Path, display_name: str, role: str, passphrase: str | None) -> Created:
    """The welcome's new store: its first user is named after the OS login."""
    from zkijdesk.storage.location import StoreLocation

    if not (display_name or "").strip():
        raise ValidationError("display_name", t("{label} is verplicht.", label="Naam"))
    return new_store(
        StoreLocation(path=path), os_username(), display_name, role, key=passphrase_key(passphrase)
    )


def create_demo_store(
    path: Path,
    passphrase: str | None,
    progress: Callable[[int, int], None] | None = None,
    token: CancelCheck | None = None,
) -> Created:
    """The welcome's demo: ``token.check()`` before each report lets the coach cancel."""
    from zkijdesk.storage.location import StoreLocation

    def report(done: int, total: int) -> None:
        if token is not None:
            token.check()
        if progress is not None:
            progress(done, total)

    return demo_store(
        StoreLocation(path=path),
        key=passphrase_key(passphrase),
        clients=DEMO_CLIENTS,
        progress=report,
    )


def open_demo_store(path: Path, passphrase: str | None) -> Created:
    """The demo made on an earlier day, signed in as its first coach."""
    from zkijdesk.services.users import list_users
    from zkijdesk.storage import keys
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    key = keys.StoreKey(keys.KeyKind.PASSPHRASE, passphrase, "demo") if passphrase else None
    store = open_store(StoreLocation(path=path), key=key)
    coach = next(u for u in list_users(store) if u.role is Role.COACH)
    return Created(store, coach.username, None, is_demo=True)


def demo_key(location: StoreLocation, demo_path: Path) -> StoreKey | None:
    """The demo's own passphrase when ``location`` is the demo made without a key vault."""
    if location.path is None or Path(location.path) != demo_path:
        return None
    from zkijdesk.storage import keys

    if keys.key_from_keyring(location.path) is not None or os.environ.get(keys.PASSPHRASE_ENV):
        return None
    return keys.StoreKey(keys.KeyKind.PASSPHRASE, DEMO_PASSPHRASE, "demo")


def team_url(server: str, database: str, login: str) -> str:
    """The address of a team database from what a coach types (``host`` or ``host:port``)."""
    from sqlalchemy.engine import URL

    from zkijdesk.storage.connect import with_tls_default

    server, database, login = server.strip(), database.strip(), login.strip()
    for value, field, label in (
        (server, "server", "Server"),
        (database, "database", "Database"),
        (login, "login", "Inlognaam"),
    ):
        if not value:
            raise ValidationError(field, t("{label} is verplicht.", label=label))
    host, _, port = server.rpartition(":") if ":" in server else (server, "", "")
    if port and not port.isdigit():
        raise ValidationError("server", "Server is een naam of adres, eventueel met :poort.")
    url = URL.create(
        "postgresql+psycopg",
        username=login,
        host=host or server,
        port=int(port) if port else None,
        database=database,
    )
    return with_tls_default(url.render_as_string(hide_password=False))


def connect_team(server: str, database: str, login: str, password: str, remember: bool) -> Created:
    """Sign in to a team database with one's own login; the login is the user."""
    from zkijdesk.services.users import actor_for_login
    from zkijdesk.storage.connect import remember_password
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import open_store

    url = team_url(server, database, login)
    store = open_store(StoreLocation(url=url), password=password or None)
    try:
        if store.team is None:
            raise ValidationError(
                "database",
                "Database is geen teamdatabase; de beheerder richt hem in met "
                "'zkijdesk team init'.",
            )
        actor_for_login(store)
    except BaseException:
        store.close()
        raise
    if remember and password:
        remember_password(url, password)
    return Created(store, store.team.login, None)


def instance_key(location: StoreLocation) -> str:
    """What identifies 'the same store' for this user on this machine."""
    if location.path is not None:
        return os.path.normcase(str(Path(location.path).expanduser().resolve()))
    return f"{location.describe()}#{location.schema or ''}"


def claim_instance(path: Path) -> InstanceLock:
    """One app per store file: refuse a network share, then take the store's lock.

    Raises a ``StoreError`` (``NetworkPathError``, ``StoreInUseError``) that says why not.
    """
    from zkijdesk.storage.instance import acquire_instance_lock
    from zkijdesk.storage.paths import refuse_network_path

    refuse_network_path(path)
    return acquire_instance_lock(path)
