"""Turning low-level write failures into typed errors a coach can understand.

A full disk shows up in two shapes: SQLite reports ``SQLITE_FULL`` ("database or disk is
full") when its database or WAL file cannot grow, and a plain file write (an export, a
backup) raises ``OSError`` with ``ENOSPC``. Both mean the same to the user, so both
become a ``DiskFullError`` with one Dutch sentence. Nothing committed earlier is at
risk: SQLite rolls the failed transaction back and an atomic file write leaves the
previous file in place, which is exactly what the sentence promises.

A store that stays busy (another program holds the write lock past ``busy_timeout``, or
PostgreSQL gives up on a lock or a deadlock) becomes a ``StoreBusyError``: the change
was rolled back whole and can simply be tried again.

A page that SQLite finds malformed, or whose SQLCipher authentication fails, once the
store is open (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``) becomes a ``DamagedStoreError`` in
the store's own sessions (``as_unit_of_work_error``): the unit of work was rolled back,
and the sentence points to a backup.

A team database that cannot be reached or refuses the login gets a sentence per cause
(``connection_error``); a password that is missing or wrong is its own type, so the
start-up can ask again.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from zkijdesk.domain.errors import StoreError, TakenBsnError, ZkijdeskError
from zkijdesk.domain.text import t

if TYPE_CHECKING:
    from zkijdesk.storage.location import StoreLocation

SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 5, 6, 11, 13, 26
#: PostgreSQL: serialization_failure, deadlock_detected, lock_not_available.
_PG_BUSY_STATES = frozenset({"40001", "40P01", "55P03"})
#: Windows reports a full disk with its own codes (ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL).
_WINDOWS_DISK_FULL = frozenset({39, 112})
_POSIX_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})

DISK_FULL_MESSAGE = (
    "De schijf is vol: de laatste wijziging is niet opgeslagen, eerder opgeslagen gegevens "
    "zijn bewaard; maak ruimte vrij en probeer het opnieuw."
)


BUSY_MESSAGE = (
    "De opslag is bezet door een andere bewerking: de laatste wijziging is niet opgeslagen, "
    "eerder opgeslagen gegevens zijn bewaard; probeer het zo opnieuw."
)

REFUSED_MESSAGE = (
    "De teamdatabase weigert dit voor uw inlog: u heeft geen toegang tot deze gegevens; "
    "er is niets gewijzigd."
)


DAMAGED_MESSAGE = (
    "De opslag is beschadigd (een deel ervan is onleesbaar) en er is niets gewijzigd; "
    "zet een reservekopie terug met 'zkijdesk restore'."
)


class DamagedStoreError(StoreError):
    """A page of the open store is damaged; the unit of work was rolled back."""

    def __init__(self, message: str = DAMAGED_MESSAGE) -> None:
        super().__init__(message)


class StoreBusyError(StoreError):
    """The store's write lock stayed taken too long; the change was rolled back whole."""

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__(message)


class DatabaseRefusedError(StoreError):
    """The team database's row-level security or grants refused the change (SQLSTATE 42501)."""

    def __init__(self, message: str = REFUSED_MESSAGE) -> None:
        super().__init__(message)


class DiskFullError(StoreError):
    """A write failed because the disk (or the user's quota) is full; nothing was lost."""

    def __init__(self, message: str = DISK_FULL_MESSAGE) -> None:
        super().__init__(message)


#: SQLite's own text for a result code (``sqlite3_errstr``: fixed in SQLite, never
#: translated), for the errors that reach us without the code: sqlcipher3's online
#: backup raises a bare OperationalError with only that text (a backup onto a full
#: disk says "database or disk is full" and nothing else).
_SQLITE_ERRSTR = {
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "database disk image is malformed": SQLITE_CORRUPT,
    "database or disk is full": SQLITE_FULL,
    "file is not a database": SQLITE_NOTADB,
}


def _sqlite_code(exc: BaseException) -> int | None:
    """SQLite's result code: from the error where the driver puts it (as psycopg puts a
    SQLSTATE), else from SQLite's fixed text for it (``_SQLITE_ERRSTR``)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF  # extended result codes keep the primary code in the low byte
    if type(exc).__module__.startswith(("sqlite3", "sqlcipher3")):
        return _SQLITE_ERRSTR.get(str(exc))
    return None


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in _POSIX_DISK_FULL or getattr(exc, "winerror", None) in (
            _WINDOWS_DISK_FULL
        )
    if _sqlite_code(exc) == SQLITE_FULL:
        return True
    # psycopg: SQLSTATE 53100 disk_full, on the server's side
    return getattr(exc, "sqlstate", None) == "53100"


def _is_busy(exc: BaseException) -> bool:
    if _sqlite_code(exc) in (SQLITE_BUSY, SQLITE_LOCKED):
        return True
    return getattr(exc, "sqlstate", None) in _PG_BUSY_STATES


def _is_damaged(exc: BaseException) -> bool:
    return _sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, the driver error SQLAlchemy wraps (``.orig``) and the cause chain."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend((getattr(current, "orig", None), current.__cause__, current.__context__))


def as_store_error(exc: BaseException) -> StoreError | None:
    """The typed error for ``exc`` if it is a known storage failure, else None.

    Called where a unit of work fails (``Store.session``) and where files are written;
    the caller raises the result ``from exc`` so the technical cause stays in the chain.
    """
    if isinstance(exc, StoreError):
        return None  # already explained
    for current in _causes(exc):
        if _is_disk_full(current):
            return DiskFullError()
        if _is_busy(current):
            return StoreBusyError()
        if getattr(current, "sqlstate", None) == "42501":
            return DatabaseRefusedError()
    return None


BSN_CONSTRAINT = "uq_client_bsn"
_KEY_DETAIL = re.compile(r"Key \(bsn\)=\((\d+)\) already exists")


def taken_bsn(exc: BaseException) -> TakenBsnError | None:
    """A unit of work that broke the one-client-per-BSN rule: on a team database the
    clash is with a client the user cannot see (their own ones are found beforehand).
    The server names the BSN in its detail (in English, the language docs/team-server.md
    asks the server to speak). On SQLite nothing is hidden: the services find the
    client first, in the same transaction."""
    for current in _causes(exc):
        diag = getattr(current, "diag", None)
        if diag is not None and getattr(diag, "constraint_name", None) == BSN_CONSTRAINT:
            found = _KEY_DETAIL.search(getattr(diag, "message_detail", None) or "")
            return TakenBsnError(found.group(1) if found else None)
    return None


def as_unit_of_work_error(exc: BaseException) -> ZkijdeskError | None:
    """``as_store_error``, and a damaged page met inside the open store's own unit of work.

    Only for the store's sessions: backup and restore read other files (a backup, a copy)
    and explain their failures themselves, and a restore must still be able to save what
    it can of a damaged store.
    """
    mapped = as_store_error(exc)
    if mapped is not None or isinstance(exc, StoreError):
        return mapped
    if any(_is_damaged(current) for current in _causes(exc)):
        return DamagedStoreError()
    from sqlalchemy.exc import IntegrityError  # only on a failure, as above

    if isinstance(exc, IntegrityError):
        from zkijdesk.storage.one_open_route import clash

        return taken_bsn(exc) or clash(_causes(exc))
    return None


class PasswordNeededError(StoreError):
    """The server asks for a password and none was given (yet)."""


class WrongPasswordError(StoreError):
    """The server refused the login's password (wrong, or past its VALID UNTIL date)."""


def connection_error(exc: BaseException, location: StoreLocation) -> StoreError:
    """One Dutch sentence for why libpq could not connect to ``location``.

    The one place that reads a driver's words: libpq reports a failed connection as
    text only (psycopg's ``sqlstate`` is None then, even for the server's FATAL), so its
    words are all there is. docs/team-server.md asks for the server's messages in
    English; other words fall through to the general sentence."""
    from sqlalchemy.engine import make_url  # only on a failure: the window imports this module

    assert location.url is not None, "only a server is connected to"
    message = str(getattr(exc, "orig", None) or exc)
    parsed = make_url(location.url)
    user, host, db = parsed.username or "?", parsed.host or "localhost", parsed.database
    lowered = message.lower()
    if "no password supplied" in lowered or "password is required" in lowered:
        return PasswordNeededError(t("De teamdatabase vraagt het wachtwoord van {x}.", x=user))
    if "password authentication failed" in lowered:
        return WrongPasswordError(
            t(
                "Het wachtwoord van {x} klopt niet of is verlopen; typ het opnieuw of vraag de "
                "beheerder om een nieuw wachtwoord.",
                x=user,
            )
        )
    if "not permitted to log in" in lowered:
        return StoreError(
            t(
                "Gebruiker {x} is uitgeschakeld in de teamdatabase; neem contact op met de "
                "beheerder.",
                x=user,
            )
        )
    if "role" in lowered and "does not exist" in lowered:
        return StoreError(
            t("Gebruiker {x} bestaat niet in de teamdatabase op {x2}.", x=user, x2=host)
        )
    if "database" in lowered and "does not exist" in lowered:
        return StoreError(t("De database {x} bestaat niet op de server {x2}.", x=db, x2=host))
    if "pg_hba.conf" in lowered:
        return StoreError(
            t(
                "De server {x} laat vanaf deze werkplek geen verbinding toe voor {x2}; vraag de"
                " beheerder de toegang (pg_hba.conf) te regelen.",
                x=host,
                x2=user,
            )
        )
    if any(
        word in lowered
        for word in ("certificate", "ssl", "tls", "root cert", "server does not support")
    ):
        return StoreError(
            t(
                "De server {x} kon niet bewijzen wie hij is (TLS-certificaat geweigerd); vraag "
                "de beheerder om het juiste CA-certificaat, de verbinding is niet gemaakt.",
                x=host,
            )
        )
    if any(
        word in lowered
        for word in (
            "connection refused",
            "could not translate host name",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "name or service not known",
            "could not connect",
            "connection timed out",
        )
    ):
        return StoreError(
            t(
                "De teamdatabase op {x} is niet bereikbaar; controleer de netwerkverbinding of "
                "vraag de beheerder of de server draait.",
                x=host,
            )
        )
    return StoreError(
        t("Kan geen verbinding maken met de teamdatabase {x}.", x=location.describe())
    )
