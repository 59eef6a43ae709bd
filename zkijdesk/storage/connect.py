"""Connecting to a team database: TLS by default, the password, and failures in Dutch.

A person signs in with their own PostgreSQL login. The password is asked at start and
may be kept in the OS credential store (never in a plain file: ``keys.secure_keyring``
refuses file backends). A Windows domain login (GSSAPI/SSPI) needs no password at all:
libpq negotiates it when the server's ``pg_hba.conf`` says ``gss`` or ``sspi``.

Each way a connection fails gets its own sentence (``errors.connection_error``, which
``store.open_store`` raises), so a coach knows whether to retype a password, call IT, or
check the network: libpq's messages are English and technical.
"""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from zkijdesk.domain.errors import StoreError
from zkijdesk.domain.text import t
from zkijdesk.storage.errors import PasswordNeededError, WrongPasswordError

if TYPE_CHECKING:
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import Store

KEYRING_SERVICE = "zkijdesk-team"
LOCAL_HOSTS = frozenset({"localhost", ""})


def _is_local(host: str | None) -> bool:
    if host is None or host in LOCAL_HOSTS or host.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def with_tls_default(url: str) -> str:
    """The URL with ``sslmode=verify-full`` unless it names a mode or the server is local.

    A server on this machine (tests, a one-person trial) is reached over loopback or a
    socket, where TLS protects nothing; every other server must prove who it is. The
    server may also be named in the query (``?host=``, ``?hostaddr=``, as libpq allows).

    The windowed app calls this before its first paint, so it parses with the standard
    library: importing SQLAlchemy there cost a team database's window 200 ms. A URL the
    standard library would split wrongly (a ``#``, or a ``?`` or ``@`` typed unescaped in
    the password) is parsed by SQLAlchemy instead.
    """
    parts = urlsplit(url)
    if parts.fragment or "@" in parts.query or "?" in parts.netloc:
        return _with_tls_default_sqlalchemy(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(k == "sslmode" and v for k, v in pairs) or _all_local(parts.hostname, pairs):
        return url
    pairs = [(k, v) for k, v in pairs if k != "sslmode"] + [("sslmode", "verify-full")]
    return urlunsplit(parts._replace(query=urlencode(pairs, safe="/,:")))


def _all_local(host: str | None, pairs: list[tuple[str, str]]) -> bool:
    """Whether every server the URL names (its host, and libpq's ``host`` and
    ``hostaddr`` in the query, each possibly a comma-separated list) is this machine."""
    named = [h for k, v in pairs if k in ("host", "hostaddr") for h in v.split(",")]
    return all(_is_local(h or None) for h in [host, *named])


def _with_tls_default_sqlalchemy(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    query = {k: v for k, v in parsed.query.items() if k != "sslmode" or v}
    if "sslmode" in query:
        return url
    named = [h for k in ("host", "hostaddr") for v in _as_list(query.get(k)) for h in v.split(",")]
    if all(_is_local(h or None) for h in [parsed.host, *named]):
        return url
    return parsed.set(query={**query, "sslmode": "verify-full"}).render_as_string(
        hide_password=False
    )


def _as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def login_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).username or ""


def keyring_account(url: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{parsed.username}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def remembered_password(url: str) -> str | None:
    from zkijdesk.storage.keys import secure_keyring

    backend = secure_keyring()
    if backend is None:
        return None
    return backend.get_password(KEYRING_SERVICE, keyring_account(url))


def remember_password(url: str, password: str) -> bool:
    """Keep the password in the OS credential store; False where there is no safe one."""
    from zkijdesk.storage.keys import secure_keyring

    backend = secure_keyring()
    if backend is None:
        return False
    backend.set_password(KEYRING_SERVICE, keyring_account(url), password)
    return True


def forget_password(url: str) -> None:
    from keyring.errors import PasswordDeleteError

    from zkijdesk.storage.keys import secure_keyring

    backend = secure_keyring()
    if backend is not None:
        with contextlib.suppress(PasswordDeleteError):
            backend.delete_password(KEYRING_SERVICE, keyring_account(url))


def open_team_store(
    location: StoreLocation,
    ask: Callable[[str], str] | None = None,
    *,
    remember: Callable[[str], bool] | None = None,
) -> Store:
    """Open a team database as the person in the URL, asking the password when needed.

    The password is tried from the OS credential store first, then asked once through
    ``ask``; ``remember(password)`` decides whether a typed password is kept.
    """
    from zkijdesk.storage.store import open_store

    url = location.url
    assert url is not None, "a team database is named by its URL"
    password = remembered_password(url)
    for attempt in range(3):
        try:
            store = open_store(location, password=password)
        except (PasswordNeededError, WrongPasswordError):
            if ask is None or attempt == 2:
                raise
            if password is not None and attempt == 0:
                forget_password(url)
            typed = ask(t("Wachtwoord voor {login}: ", login=login_of(url)))
            if not typed:
                raise
            password = typed
            continue
        if password is not None and remember is not None and remember(password):
            remember_password(url, password)
        return store
    raise StoreError("Aanmelden bij de teamdatabase is mislukt.")
