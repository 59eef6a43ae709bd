"""Encrypted, verified backups of a live SQLite store, their rotation, and restore.

How a backup is made, and why this way:

- **Online.** The copy is taken while the app (or another process) keeps writing. One
  read transaction on the WAL-mode store fixes a snapshot; inside it the row counts and
  schema revision are read and SQLite's online backup API copies every page. So the
  counts describe exactly the pages copied, and writers are never blocked.
  (``VACUUM INTO`` would also copy a snapshot, but it refuses to run inside a
  transaction, so the counts could not be tied to the same moment.)
- **Encrypted under the same key.** The destination is a new SQLCipher file keyed with
  the store's key before the first page is written; pages are re-encrypted on the way.
- **Atomic.** Pages go to a hidden ``.part`` file beside the target, which is fsynced,
  verified and only then renamed to its final name. A crash leaves at most a ``.part``.
- **Verified.** The finished file is opened read-only through a separate connection with
  the same key: its structure (storage/integrity.py: the full ``integrity_check`` for
  the first automatic backup of a week and ``backup --volledig``, else the linear proof),
  every page's HMAC, the schema revision and every table's row count must match what
  the source showed in the snapshot.

Backups are named ``<store>.<kind>.<YYYYMMDD-HHMMSS>.bak``. Only ``automatisch`` backups
are rotated (7 daily, 4 weekly, 12 monthly); a manual backup, the safety copy taken
before a restore and the copy before a migration stay until an admin removes them.

A PostgreSQL store is the database administrator's to back up (``pg_dump``); every
function here refuses it with ``BackupNotSupportedError``.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypedDict

from sqlalchemy.exc import DBAPIError

from zkijdesk.atomic import atomic_write, output_message, publish_file
from zkijdesk.domain.errors import StoreError
from zkijdesk.domain.text import t
from zkijdesk.storage import audit_anchor, migrate
from zkijdesk.storage.engine import SqliteConnection, driver_connection
from zkijdesk.storage.errors import DamagedStoreError, as_store_error
from zkijdesk.storage.integrity import structure_problems
from zkijdesk.storage.keys import StoreKey
from zkijdesk.storage.store import Store

BACKUP_SUFFIX = ".bak"
KIND_AUTO = "automatisch"
KIND_MANUAL = "handmatig"
KIND_BEFORE_RESTORE = "voor-terugzetten"
KIND_BEFORE_RESTORE_RAW = "voor-terugzetten-ruw"
"""The copy of a damaged store kept as it was, unread, before a restore replaces it."""
PART_SUFFIX = ".part"
#: A partial copy nobody wrote to for this long belongs to a backup that was killed.
STALE_PART_SECONDS = 15 * 60
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12

_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<kind>[a-z0-9_-]+)\.(?P<stamp>\d{8}-\d{6})(?:-\d+)?"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)


class BackupNotSupportedError(StoreError):
    """Backups of a PostgreSQL store belong to its database administrator."""

    def __init__(self) -> None:
        super().__init__(
            "Een PostgreSQL-database wordt niet door zkijdesk geback-upt; dat doet de "
            "databasebeheerder met pg_dump of de back-up van de server."
        )


class BackupError(StoreError):
    """A backup could not be made, read or verified; nothing was replaced."""


@dataclass(frozen=True)
class Snapshot:
    """What a store (or a backup) holds at one moment: revision and rows per table."""

    revision: str | None
    counts: Mapping[str, int] = field(default_factory=dict)
    store_uuid: str | None = None
    audit_last_id: int = 0
    audit_last_hash: str | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the preview shows it."""

    path: Path
    taken_at: datetime
    kind: str
    size: int
    snapshot: Snapshot
    thorough: bool = True
    """Checked with SQLite's full ``integrity_check``; else the linear proof (below)."""

    @property
    def revision(self) -> str | None:
        return self.snapshot.revision

    @property
    def counts(self) -> Mapping[str, int]:
        return self.snapshot.counts


def require_sqlite(store: Store) -> Path:
    if not store.is_sqlite or store.location.path is None or store.key is None:
        raise BackupNotSupportedError()
    return store.location.path


def key_pragma(key: StoreKey) -> str:
    """The ``PRAGMA key`` statement, quoted as SQLAlchemy's pysqlcipher dialect does."""
    literal = key.sqlcipher_literal().replace('"', '""')
    return f'PRAGMA key = "{literal}"'


# --- reading a snapshot -------------------------------------------------------------


def _tables(conn: SqliteConnection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    ).fetchall()
    return [r[0] for r in rows]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_snapshot(conn: SqliteConnection) -> Snapshot:
    """Revision, row counts and audit head, read on a raw sqlite connection.

    The caller decides the transaction: inside one read transaction this is one moment.
    """
    tables = _tables(conn)
    counts = {t: conn.execute(f"SELECT count(*) FROM {_quote(t)}").fetchone()[0] for t in tables}
    revision = None
    if "alembic_version" in counts:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    store_uuid = None
    if "store_info" in counts:
        row = conn.execute("SELECT store_uuid FROM store_info ORDER BY id LIMIT 1").fetchone()
        store_uuid = row[0] if row else None
    audit_id, audit_hash = 0, None
    if "audit_head" in counts:
        row = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
        if row:
            audit_id, audit_hash = row
    return Snapshot(revision, MappingProxyType(counts), store_uuid, audit_id, audit_hash)


def _primary_key(conn: SqliteConnection, table: str) -> list[str]:
    info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    pk = sorted((row[5], row[1]) for row in info if row[5])
    return [name for _, name in pk]


def _rows_in_order(conn: SqliteConnection, table: str) -> Iterator[tuple[Any, ...]]:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()]
    order = _primary_key(conn, table) or columns
    sql = (
        f"SELECT {', '.join(_quote(c) for c in columns)} FROM {_quote(table)} "
        f"ORDER BY {', '.join(_quote(c) for c in order)}"
    )
    yield from conn.execute(sql)


def contents_hash(conn: SqliteConnection, *, exclude: Iterable[str] = ()) -> str:
    """SHA-256 over every table's name, columns and rows in primary-key order.

    Two stores with the same hash hold the same data, whatever their page layout or
    file size; a backup and its source at the backup's moment must agree on it.
    ``exclude`` leaves tables out (the audit log, which continues past a restore).
    """
    skip = set(exclude)
    digest = hashlib.sha256()
    for table in _tables(conn):
        if table in skip:
            continue
        digest.update(f"\x1etable:{table}\x1f".encode())
        for row in _rows_in_order(conn, table):
            digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
            digest.update(b"\x1f")
    return digest.hexdigest()


# --- opening a backup ---------------------------------------------------------------


def open_readonly(path: Path, key: StoreKey) -> SqliteConnection:
    """A read-only sqlcipher3 connection to a backup file, outside any engine or pool."""
    import sqlcipher3

    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn: SqliteConnection = sqlcipher3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(key_pragma(key))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise BackupError(
            t(
                "De reservekopie {x} kan niet worden gelezen met de sleutel van deze opslag, of"
                " is geen zkijdesk-reservekopie.",
                x=Path(path).name,
            )
        ) from exc
    return conn


def parse_backup_name(path: Path) -> tuple[str, str, datetime] | None:
    """(store stem, kind, time) from a backup's file name, or None for another file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        stamp = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return match["stem"], match["kind"], stamp


def _taken_at(path: Path) -> tuple[str, datetime]:
    parsed = parse_backup_name(path)
    if parsed is not None:
        return parsed[1], parsed[2]
    return "onbekend", datetime.fromtimestamp(path.stat().st_mtime)


class BackupStopped(Exception):  # noqa: N818 - a request honoured, not an error
    """An automatic backup stopped because the app asked (it is closing); its partial
    copy is gone, and the backup at closing makes a whole one."""


Stop = Callable[[], bool] | None
"""Asked now and then while a backup runs; True stops it (``BackupStopped``)."""

STOP_PAGES = 256
"""Pages copied between two questions whether to stop (1 MiB)."""


class _Steps(TypedDict, total=False):
    """The keyword arguments of SQLite's backup that make it copy in steps."""

    pages: int
    progress: Callable[[int, int, int], None]


def _stopper(stop: Stop) -> _Steps:
    """Arguments for SQLite's backup: all at once, or in steps that ask ``stop``."""
    if stop is None:
        return {}

    def step(_status: int, _remaining: int, _total: int) -> None:
        if stop():
            raise BackupStopped

    return {"pages": STOP_PAGES, "progress": step}


def inspect_backup(
    path: Path,
    key: StoreKey,
    expected: Snapshot | None = None,
    *,
    thorough: bool = True,
    stop: Stop = None,
) -> BackupInfo:
    """Open a backup read-only and check it; raise ``BackupError`` if unsound.

    With ``expected`` (the source's snapshot) the revision and every row count must
    match it; without, this is the preview of a file chosen for restore. ``thorough``
    runs SQLite's full ``integrity_check``; without it the proof is linear
    (storage/integrity.py), and every table's row count is still held against the
    source's.
    """
    import sqlcipher3

    path = Path(path)
    try:
        exists = path.is_file()
    except (OSError, ValueError):  # a name too long, or one the system cannot hold
        exists = False
    if not exists:
        raise BackupError(t("Reservekopie {x} bestaat niet of is onleesbaar.", x=path.name[:80]))
    conn = open_readonly(path, key)
    if stop is not None:
        conn.set_progress_handler(lambda: 1 if stop() else 0, 10_000)
    try:
        try:
            problems = structure_problems(
                lambda sql: [tuple(r) for r in conn.execute(sql).fetchall()], thorough=thorough
            )
            snapshot = read_snapshot(conn)
        except sqlcipher3.DatabaseError as exc:
            if stop is not None and stop():
                raise BackupStopped from exc
            raise BackupError(t("De reservekopie {x} is beschadigd.", x=path.name)) from exc
    finally:
        conn.close()
    if problems:
        raise BackupError(
            t(
                "De reservekopie {x} is beschadigd ({n} fout(en) bij de controle).",
                x=path.name,
                n=len(problems),
            )
        )
    if snapshot.revision is None or snapshot.store_uuid is None:
        raise BackupError(t("{x} is geen zkijdesk-reservekopie.", x=path.name))
    if expected is not None and (
        snapshot.revision != expected.revision or dict(snapshot.counts) != dict(expected.counts)
    ):
        differing = sorted(
            t
            for t in set(snapshot.counts) | set(expected.counts)
            if snapshot.counts.get(t) != expected.counts.get(t)
        )
        raise BackupError(
            t(
                "De controle van reservekopie {x} is mislukt: {n} tabel(len) wijken af van de "
                "opslag.",
                x=path.name,
                n=len(differing),
            )
        )
    kind, taken_at = _taken_at(path)
    return BackupInfo(path, taken_at, kind, path.stat().st_size, snapshot, thorough)


# --- making a backup ----------------------------------------------------------------


def backup_prefix(store: Store) -> str:
    """``<store name>-<first 8 of its uuid>``: what this store's backups start with.

    Several coaches may point their stores (all called ``zkijdesk.db`` by default) at
    one shared backup folder; the uuid keeps one store's rotation from removing
    another's backups.
    """
    store_path = require_sqlite(store)
    info = store.info()
    tag = info.store_uuid.replace("-", "")[:8] if info is not None else "onbekend"
    return f"{store_path.stem}-{tag}"


def backup_name(prefix: str, kind: str, now: datetime) -> str:
    return f"{prefix}.{kind}.{now.strftime(STAMP_FORMAT)}{BACKUP_SUFFIX}"


def _free_target(folder: Path, name: str) -> Path:
    target = folder / name
    n = 2
    while target.exists():
        target = folder / name.replace(BACKUP_SUFFIX, f"-{n}{BACKUP_SUFFIX}")
        n += 1
    return target


def _anchor(raw: SqliteConnection) -> audit_anchor.Anchor:
    """The audit log's head in the backup's read transaction (storage/audit_anchor.py)."""
    store = raw.execute("SELECT store_uuid FROM store_info").fetchone()
    chained = raw.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'"
    ).fetchone()
    head = None
    if chained:  # a store from before the chain (older schema) anchors an empty log
        head = raw.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    entries, digest = head if head is not None else (0, "0" * 64)
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat()
    return audit_anchor.Anchor(store[0] if store else "", int(entries or 0), digest, stamp)


def _copy_snapshot(
    store: Store, partial: Path, stop: Stop = None
) -> tuple[Snapshot, audit_anchor.Anchor]:
    """Counts, anchor and pages from one read transaction; the copy keyed like the source."""
    import sqlcipher3

    assert store.key is not None
    dest = sqlcipher3.connect(str(partial), isolation_level=None, check_same_thread=False)
    try:
        dest.execute(key_pragma(store.key))
        dest.execute("PRAGMA cipher_log_level = NONE")
        with store.engine.connect() as conn:
            raw = driver_connection(conn)
            raw.execute("BEGIN")
            try:
                snapshot = read_snapshot(raw)
                anchor = _anchor(raw)
                raw.backup(dest, **_stopper(stop))
            finally:
                raw.execute("ROLLBACK")
        # A backup is one self-contained file: no -wal/-shm needed to read it.
        dest.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        dest.close()
    return snapshot, anchor


def remove_stale_parts(folder: Path, prefix: str) -> list[Path]:
    """Delete the ``.part`` copies a killed backup of this store left behind.

    A partial copy is a full encrypted copy of the store (often tens of megabytes) that
    no rotation would ever match. One still being written (another window's backup)
    is recent, so only copies untouched for ``STALE_PART_SECONDS`` go.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    cutoff = time.time() - STALE_PART_SECONDS
    for path in folder.glob(f".{prefix}.*{PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()
                removed.append(path)
    return removed


def make_backup(
    store: Store,
    folder: Path,
    *,
    now: datetime,
    kind: str = KIND_MANUAL,
    thorough: bool = False,
    stop: Stop = None,
) -> BackupInfo:
    """Copy the live store into ``folder``, verify the copy, then give it its name;
    ``stop`` can end it halfway, leaving nothing behind (``BackupStopped``).

    ``thorough``: SQLite's full ``integrity_check`` on the copy instead of the linear
    proof (storage/integrity.py)."""
    require_sqlite(store)
    folder = Path(folder)
    remove_stale_parts(folder, backup_prefix(store))
    target = _free_target(folder, backup_name(backup_prefix(store), kind, now))
    partial = folder / f".{target.name}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        # Made here first: a folder we may not write in fails as an OSError with its
        # reason, where SQLite would only say "unable to open database file".
        partial.open("xb").close()
        snapshot, anchor = _copy_snapshot(store, partial, stop)
        assert store.key is not None, "only a file store has its own key"
        publish_check = inspect_backup(
            partial, store.key, expected=snapshot, thorough=thorough, stop=stop
        )
        publish_file(partial, target)
        # Beside the backup, and rotated with it: `check --anchors` on the backup folder
        # then finds a log cut short or re-chained since any backup still kept.
        with atomic_write(anchor_path(target)) as out:
            out.write(anchor.to_bytes())
    except BaseException as exc:
        with contextlib.suppress(OSError):  # a folder that is a file has no partial in it
            partial.unlink(missing_ok=True)
        mapped = as_store_error(exc)
        if mapped is not None:
            raise mapped from exc
        if isinstance(exc, OSError):
            raise BackupError(output_message(exc, folder)) from exc
        raise
    return BackupInfo(target, now, kind, target.stat().st_size, publish_check.snapshot, thorough)


def anchor_path(backup: Path) -> Path:
    return backup.with_name(backup.name.removesuffix(BACKUP_SUFFIX) + audit_anchor.SUFFIX)


# --- rotation -----------------------------------------------------------------------


def _bucket_keep(
    stamps: list[datetime], bucket: Callable[[datetime], object], limit: int
) -> set[datetime]:
    """The newest stamp of each of the ``limit`` most recent buckets that have one."""
    kept: set[datetime] = set()
    seen: list[object] = []
    for stamp in stamps:  # newest first
        key = bucket(stamp)
        if key in seen:
            continue
        if len(seen) == limit:
            break
        seen.append(key)
        kept.add(stamp)
    return kept


def plan_rotation(
    stamps: Iterable[datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and
    12 months that have a backup (as restic's and borg's ``keep-*`` do).

    A day without a backup does not use up a slot, so a workstation that was off for
    a holiday still keeps seven daily backups. The rules overlap: the newest backup
    counts for its day, week and month at once.
    """
    ordered = sorted(set(stamps), reverse=True)
    return (
        _bucket_keep(ordered, lambda s: s.date(), daily)
        | _bucket_keep(ordered, lambda s: s.isocalendar()[:2], weekly)
        | _bucket_keep(ordered, lambda s: (s.year, s.month), monthly)
    )


def automatic_backups(folder: Path, prefix: str) -> list[tuple[datetime, Path]]:
    """The rotated backups in ``folder`` of the store with ``prefix``, newest first."""
    found: list[tuple[datetime, Path]] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{BACKUP_SUFFIX}"):
        parsed = parse_backup_name(path)
        if parsed and parsed[0] == prefix and parsed[1] == KIND_AUTO:
            found.append((parsed[2], path))
    return sorted(found, key=lambda item: (item[0], item[1].name), reverse=True)


def rotate(folder: Path, prefix: str) -> list[Path]:
    """Remove the automatic backups ``plan_rotation`` does not keep; return them."""
    backups = automatic_backups(folder, prefix)
    newest_per_stamp: dict[datetime, Path] = {}
    for stamp, path in backups:
        newest_per_stamp.setdefault(stamp, path)
    keep = plan_rotation(newest_per_stamp)
    keep_paths = {newest_per_stamp[s] for s in keep}
    removed = [path for _, path in backups if path not in keep_paths]
    for path in removed:
        path.unlink(missing_ok=True)
        anchor_path(path).unlink(missing_ok=True)
    return removed + remove_stale_parts(folder, prefix)


def backup_if_due(
    store: Store, folder: Path, now: datetime, *, closing: bool = False, stop: Stop = None
) -> BackupInfo | None:
    """The automatic backup: once a day, and always when the app closes; then rotate.

    Returns the new backup, or None when today's backup already exists. The first of
    each ISO week gets the full integrity check, the others the linear proof
    (``inspect_backup``): a region ten times this size would otherwise wait minutes a day.
    """
    require_sqlite(store)
    folder = Path(folder)
    prefix = backup_prefix(store)
    remove_stale_parts(folder, prefix)  # at start-up too, not only after a new backup
    latest = automatic_backups(folder, prefix)
    if not closing and latest and latest[0][0].date() >= now.date():
        return None
    week = now.isocalendar()[:2]
    thorough = not any(stamp.isocalendar()[:2] == week for stamp, _path in latest)
    info = make_backup(store, folder, now=now, kind=KIND_AUTO, thorough=thorough, stop=stop)
    rotate(folder, prefix)
    return info


# --- restore ------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreOutcome:
    restored: BackupInfo
    safety_backup: Path
    safety_verified: bool
    upgraded_from: str | None


def _raw_safety_copy(store_path: Path, prefix: str, folder: Path, now: datetime) -> Path:
    """The store's file (and WAL) copied byte for byte, for a store too damaged to read.

    A damaged store is exactly when a coach restores, so an unreadable current state
    must not block the restore; it is kept as it is, still encrypted.
    """
    import shutil

    target = _free_target(folder, backup_name(prefix, KIND_BEFORE_RESTORE_RAW, now))
    partial = folder / f".{target.name}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(store_path, partial)
        publish_file(partial, target)
        wal = Path(f"{store_path}-wal")
        if wal.exists() and wal.stat().st_size:
            wal_target = Path(f"{target}-wal")
            shutil.copyfile(wal, partial)
            publish_file(partial, wal_target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        mapped = as_store_error(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    return target


def _replace_store_file(store_path: Path, backup: Path) -> None:
    """Put the backup's file in the damaged store's place: copied beside it, synced, then
    renamed over it; the old WAL and shared-memory files belong to the damaged file."""
    import shutil

    partial = store_path.with_name(f".{store_path.name}.terugzetten{PART_SUFFIX}")
    try:
        shutil.copyfile(backup, partial)
        for extra in ("-wal", "-shm"):
            Path(f"{store_path}{extra}").unlink(missing_ok=True)
        publish_file(partial, store_path)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BackupError(output_message(exc, store_path.parent)) from exc
        raise


def restore_backup(
    store: Store, backup: Path, *, safety_folder: Path, now: datetime
) -> RestoreOutcome:
    """Replace the store's contents with a backup, after backing up the current state.

    The pages are written into the live store with SQLite's backup API, which commits
    them as one transaction through the store's WAL: a crash half-way leaves the old
    contents. A backup with an older schema is upgraded afterwards; one from a newer
    program is refused before anything changes.
    """
    import sqlcipher3

    store_path = require_sqlite(store)
    assert store.key is not None
    info = inspect_backup(backup, store.key)
    upgrade = migrate.needs_upgrade(info.revision)  # raises for a newer program's backup
    if upgrade:  # one the steps would refuse is refused before anything changes
        source = open_readonly(info.path, store.key)
        try:
            refused = migrate.refusal(
                info.revision, lambda sql: [tuple(r) for r in source.execute(sql).fetchall()]
            )
        finally:
            source.close()
        if refused is not None:
            raise BackupError(refused)
    try:
        safety, verified = (
            make_backup(store, safety_folder, now=now, kind=KIND_BEFORE_RESTORE).path,
            True,
        )
    except (BackupError, DamagedStoreError):  # a store too damaged to copy page by page
        try:
            prefix = backup_prefix(store)
        except (DBAPIError, DamagedStoreError):  # too damaged to read its own uuid
            prefix = f"{store_path.stem}-onleesbaar"
        safety, verified = _raw_safety_copy(store_path, prefix, Path(safety_folder), now), False
    source = open_readonly(info.path, store.key)
    replace_file = False
    try:
        with store.engine.connect() as conn:
            source.backup(driver_connection(conn))
    except sqlcipher3.DatabaseError as exc:
        mapped = as_store_error(exc)
        # SQLite's backup API reads each page it overwrites, and a store found damaged
        # is opened read-only; either stops it. Such a store was already too damaged to
        # copy page by page (its safety copy is the raw file, kept above), so the file
        # itself is replaced instead.
        replace_file = not verified
        if not replace_file:
            raise (
                mapped or BackupError("Het terugzetten is mislukt; er is niets gewijzigd.")
            ) from exc
    finally:
        source.close()
    store.engine.dispose()  # pooled connections start afresh on the restored schema
    if replace_file:
        _replace_store_file(store_path, info.path)
    if upgrade:
        migrate.upgrade(store.engine)
    return RestoreOutcome(info, safety, verified, info.revision if upgrade else None)
