"""Backups and restore as use cases: who may, where to, and what the audit log says.

Any signed-in user's app makes the automatic daily backup and the one at closing; only
a functional admin chooses the backup folder and restores. Each backup and restore is
one audit entry with counts only.

A restore replaces the whole store, including the audit log. So that the log still
shows everything that happened, the entries written after the backup was taken are
carried over into the restored store when the backup's log is the beginning of the
current one (the usual case); they keep their ids and hashes, so the chain verifies.
People erased after the backup was taken come back with the restore: the preview
counts them and the result names their client ids, so the erasure can be done again.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StateError, ValidationError
from zkijdesk.domain.table_names import TABLE_LABELS
from zkijdesk.domain.text import t
from zkijdesk.services import settings
from zkijdesk.services.base import Actor, Service
from zkijdesk.storage import audit_anchor, migrate, restore_journal
from zkijdesk.storage import backup as b
from zkijdesk.storage import closing_backup as closing_note
from zkijdesk.storage.engine import driver_connection
from zkijdesk.storage.keys import KeyKind
from zkijdesk.storage.store import Store, check_store

DEFAULT_FOLDER_NAME = "reservekopieen"

#: Bookkeeping tables that say nothing to an admin comparing two states.
HIDDEN_TABLES = frozenset({"alembic_version", "audit_head", "store_info"})


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    taken_at: datetime
    kind: str
    size: int
    revision: str | None
    rows: int


@dataclass(frozen=True)
class TableCount:
    table: str
    label: str
    in_backup: int
    now: int


@dataclass(frozen=True)
class RestorePreview:
    """What a restore would bring back, for the admin to confirm."""

    path: Path
    taken_at: datetime
    kind: str
    revision: str | None
    needs_upgrade: bool
    same_store: bool
    tables: tuple[TableCount, ...]
    erasures_since: int | None  # None: the logs do not share a history, so unknown

    def count(self, table: str) -> int:
        return next((t.in_backup for t in self.tables if t.table == table), 0)


@dataclass(frozen=True)
class RestoreResult:
    preview: RestorePreview
    safety_backup: Path
    safety_verified: bool
    upgraded_from: str | None
    audit_entries_carried: int
    erased_again_needed: tuple[int, ...]  # client ids erased after the backup, back now


def _summary(info: b.BackupInfo) -> BackupSummary:
    return BackupSummary(
        info.path, info.taken_at, info.kind, info.size, info.revision, info.snapshot.total_rows
    )


def _table_counts(
    backup_counts: Mapping[str, int], current: Mapping[str, int]
) -> tuple[TableCount, ...]:
    def order(name: str) -> tuple[int, str]:
        labelled = list(TABLE_LABELS)
        return (labelled.index(name) if name in labelled else len(labelled), name)

    names = sorted(set(backup_counts) | set(current), key=order)
    return tuple(
        TableCount(n, TABLE_LABELS.get(n, n), backup_counts.get(n, 0), current.get(n, 0))
        for n in names
        if n not in HIDDEN_TABLES
    )


class BackupService(Service):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(store, actor, today)
        self._now = now

    # --- where backups go ----------------------------------------------------------

    def folder(self) -> Path | None:
        """The folder the admin chose, or None when none was chosen yet."""
        with self.store.read_session() as s:
            value = settings.BACKUP_FOLDER.read(s)
        return Path(value) if value else None

    def effective_folder(self) -> Path:
        """The chosen folder, else ``reservekopieen`` beside the store."""
        chosen = self.folder()
        if chosen is not None:
            return chosen
        store_path = b.require_sqlite(self.store)
        return store_path.parent / DEFAULT_FOLDER_NAME

    def set_folder(self, folder: str | Path) -> Path:
        """Choose the backup folder (admin only): an existing folder zkijdesk can write in.

        The folder is not created here: a typo would otherwise quietly become a new
        folder that nobody looks after.
        """
        self.require_role(Role.ADMIN, what="de map voor reservekopieën instelt")
        b.require_sqlite(self.store)
        path = _clean_path(folder, field="folder", label=fields.BACKUP_FOLDER)
        if not path.is_absolute():
            raise ValidationError(
                "folder", t("{label} moet een volledig pad zijn.", label=fields.BACKUP_FOLDER)
            )
        _check_writable(path)
        with self.store.session() as s:
            settings.BACKUP_FOLDER.write(s, str(path), self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=settings.BACKUP_FOLDER.key)
        return path

    # --- making backups ------------------------------------------------------------

    def _record_backup(self, info: b.BackupInfo) -> None:
        with self.store.session() as s:
            self.audit(
                s,
                "backup",
                "store",
                None,
                detail=f"soort={info.kind};tabellen={len(info.counts)};rijen={info.snapshot.total_rows}",
            )

    def backup_now(self, folder: Path | None = None, *, thorough: bool = False) -> BackupSummary:
        """A backup on request (the CLI's ``backup --to``); never rotated. ``thorough``
        (``backup --volledig``) checks the copy with SQLite's full integrity check."""
        b.require_sqlite(self.store)
        info = b.make_backup(
            self.store,
            Path(folder) if folder else self.effective_folder(),
            now=self._now(),
            thorough=thorough,
        )
        self._record_backup(info)
        return _summary(info)

    def backup_if_due(
        self, *, closing: bool = False, stop: Callable[[], bool] | None = None
    ) -> BackupSummary | None:
        """The automatic backup: at start when none was made today, and at closing.

        A PostgreSQL store returns None: the server's backups are the DBA's.
        """
        if not self.store.is_sqlite:
            return None
        # A closing backup the helper did not make is made now, whatever the day.
        unmade = self.unmade_closing_backup() is not None
        info = b.backup_if_due(
            self.store, self.effective_folder(), self._now(), closing=closing or unmade, stop=stop
        )
        if info is None:
            return None
        self._record_backup(info)
        if unmade:
            assert self.store.location.path is not None  # a SQLite store is a file
            closing_note.clear_due(self.store.location.path)
        return _summary(info)

    def closing_backup(self) -> BackupSummary | None:
        """The backup at closing, made by the helper once the window has gone
        (``storage/closing_backup.py``); the note that it is due goes when it is made."""
        summary = self.backup_if_due(closing=True)
        if summary is not None:
            assert self.store.location.path is not None  # only a SQLite store is backed up
            closing_note.clear_due(self.store.location.path)
        return summary

    def hand_off_closing_backup(self) -> Callable[[], None] | None:
        """At closing: note that a backup is due, for the helper or the next start.

        Returns what starts the helper, to be called once the store is closed, where
        the helper can open the store alone (its key is in the key vault); None where
        the next start makes the backup (a passphrase only the user knows)."""
        path = self.store.location.path
        if not self.store.is_sqlite or path is None:
            return None
        closing_note.mark_due(path, self._now())
        if self.store.key is None or self.store.key.kind is not KeyKind.RAW:
            return None
        with self.store.read_session() as s:
            user = s.scalar(select(m.User.username).where(m.User.id == self.actor.user_id))
        if user is None:
            return None

        def start() -> None:
            with contextlib.suppress(OSError):  # the note stays: the next start makes it
                closing_note.start_helper(path, user)

        return start

    def unmade_closing_backup(self) -> datetime | None:
        """When the closing backup that was not made became due (None: none)."""
        path = self.store.location.path
        if not self.store.is_sqlite or path is None or closing_note.helper_at_work(path):
            return None
        return closing_note.due_since(path)

    def list_backups(self) -> list[BackupSummary]:
        """This store's backups in the backup folder, newest first (names only, unopened)."""
        prefix = b.backup_prefix(self.store)
        folder = self.effective_folder()
        found = []
        if folder.is_dir():
            for path in folder.glob(f"*{b.BACKUP_SUFFIX}"):
                parsed = b.parse_backup_name(path)
                if parsed and parsed[0] == prefix:
                    found.append(
                        BackupSummary(path, parsed[2], parsed[1], path.stat().st_size, None, 0)
                    )
        return sorted(found, key=lambda x: x.taken_at, reverse=True)

    # --- restore -------------------------------------------------------------------

    def _current(self) -> b.Snapshot:
        with self.store.engine.connect() as conn:
            raw = driver_connection(conn)
            raw.execute("BEGIN")
            try:
                return b.read_snapshot(raw)
            finally:
                raw.execute("ROLLBACK")

    def _shares_history(self, snapshot: b.Snapshot) -> bool:
        """True when the backup's audit log is the beginning of the current one."""
        if snapshot.audit_last_id == 0:
            return True
        with self.store.read_session() as s:
            current = s.scalar(
                select(m.AuditEntry.hash).where(m.AuditEntry.id == snapshot.audit_last_id)
            )
        return current is not None and current == snapshot.audit_last_hash

    def _erased_since(self, snapshot: b.Snapshot) -> list[int]:
        with self.store.read_session() as s:
            ids = s.scalars(
                select(m.AuditEntry.object_id).where(
                    m.AuditEntry.id > snapshot.audit_last_id,
                    m.AuditEntry.action == "erase",
                    m.AuditEntry.object_type == "client",
                    m.AuditEntry.object_id.is_not(None),
                )
            )
            return sorted({i for i in ids if i is not None})

    def preview_restore(self, path: str | Path) -> RestorePreview:
        """Open and check a backup and compare it with the store; changes nothing."""
        self.require_role(Role.ADMIN, what="een reservekopie terugzet")
        b.require_sqlite(self.store)
        assert self.store.key is not None
        chosen = _clean_path(path, field="path", label=fields.BACKUP)
        info = b.inspect_backup(chosen, self.store.key)
        upgrade = migrate.needs_upgrade(info.revision)
        current = self._current()
        shares = self._shares_history(info.snapshot)
        return RestorePreview(
            path=info.path,
            taken_at=info.taken_at,
            kind=info.kind,
            revision=info.revision,
            needs_upgrade=upgrade,
            same_store=info.snapshot.store_uuid == current.store_uuid,
            tables=_table_counts(info.counts, current.counts),
            erasures_since=len(self._erased_since(info.snapshot)) if shares else None,
        )

    def restore(self, path: str | Path, *, confirmed: bool) -> RestoreResult:
        """Replace the store with a backup after backing up what is there now.

        ``confirmed`` is the admin's answer to the preview; without it nothing happens.
        """
        self.require_role(Role.ADMIN, what="een reservekopie terugzet")
        if not confirmed:
            raise StateError("Terugzetten gebeurt pas na uw bevestiging van het overzicht.")
        preview = self.preview_restore(path)
        assert self.store.key is not None
        snapshot = b.inspect_backup(preview.path, self.store.key).snapshot
        shares = self._shares_history(snapshot)
        erased = self._erased_since(snapshot) if shares else []
        tail = self._audit_tail(snapshot.audit_last_id) if shares else []
        store_path = b.require_sqlite(self.store)
        if tail:  # a kill before the tail is back must not go unnoticed (check)
            with self.store.read_session() as s:
                restore_journal.begin(store_path, audit_anchor.current(s))
        try:
            outcome = b.restore_backup(
                self.store, preview.path, safety_folder=self.effective_folder(), now=self._now()
            )
        except BaseException:
            restore_journal.finish(store_path)  # nothing was changed
            raise
        with self.store.session() as s:
            _append_audit_tail(s, tail)
            present = set(
                s.scalars(select(m.Client.id).where(m.Client.id.in_(erased))) if erased else ()
            )
            self.audit(
                s,
                "restore_backup",
                "store",
                None,
                detail=(
                    f"tabellen={len(snapshot.counts)};rijen={snapshot.total_rows};"
                    f"logregels_overgenomen={len(tail)};opnieuw_wissen={len(present)}"
                ),
            )
        restore_journal.finish(store_path)
        report = check_store(self.store, thorough=True)
        if not report.ok:
            raise StateError(
                t(
                    "De teruggezette opslag is niet in orde; de vorige toestand staat in {x}.",
                    x=outcome.safety_backup.name,
                )
            )
        return RestoreResult(
            preview,
            outcome.safety_backup,
            outcome.safety_verified,
            outcome.upgraded_from,
            len(tail),
            tuple(sorted(present)),
        )

    def _audit_tail(self, after_id: int) -> list[dict[str, Any]]:
        table = m.AuditEntry.__table__
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(table).where(table.c.id > after_id).order_by(table.c.id))
            return [dict(r._mapping) for r in rows]


def _append_audit_tail(session: Session, tail: list[dict[str, Any]]) -> None:
    """Put the entries written after the backup back, unchanged, and move the head."""
    if not tail:
        return
    session.execute(insert(m.AuditEntry.__table__), tail)
    head = session.get(m.AuditHead, 1)
    last = tail[-1]
    if head is None:
        session.add(m.AuditHead(id=1, last_id=last["id"], last_hash=last["hash"]))
    else:
        head.last_id, head.last_hash = last["id"], last["hash"]
    session.flush()
    count = session.scalar(select(func.count(m.AuditEntry.id)))
    if count != last["id"]:
        raise StateError("Het logboek kon niet volledig worden overgenomen.")


def _clean_path(value: str | Path, *, field: str, label: str) -> Path:
    """A path typed or pasted by a user, refused (not crashed on) when it is unusable."""
    text = v.clean_text(
        str(value) if value is not None else None,
        field=field,
        label=label,
        max_length=1000,
        required=True,
    )
    try:
        return Path(text).expanduser()
    except RuntimeError as exc:  # "~someone" without such a user
        raise ValidationError(field, t("{label}: het pad bestaat niet.", label=label)) from exc


def _check_writable(path: Path) -> None:
    """Prove the folder exists and a file can be written and removed there."""
    try:
        if not path.is_dir():
            raise ValidationError(
                "folder", "Map voor reservekopieën bestaat niet; maak hem eerst aan."
            )
        probe = path / f".zkijdesk-schrijftest-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise ValidationError(
            "folder", "In de map voor reservekopieën kan zkijdesk niet schrijven."
        ) from exc
