"""The backup at closing, made after the window has gone.

A verified backup of a store ten times the region's size takes most of a minute, and
nobody closing the app asked for one: the window closes at once and a helper process
(``zkijdesk --store PATH --user NAME backup --closing``) makes it once the store is closed. A
note beside the store says a closing backup is due; the helper removes it when the
backup is made. When the helper could not run (a store opened with a passphrase,
which only the user knows; the machine shut down; a full backup disk), the note is
still there at the next start, which makes the backup first and says so.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from zkijdesk.atomic import atomic_write
from zkijdesk.storage.instance import InstanceLock, StoreInUseError

SUFFIX = ".reservekopie-nodig"
HELPER_LOCK = ".reservekopie.lock"
"""Held by the helper while it works, so a start meanwhile leaves the backup to it."""


def due_note(store_path: Path) -> Path:
    """The note beside the store (``regio.db`` -> ``regio.db.reservekopie-nodig``)."""
    return store_path.with_name(store_path.name + SUFFIX)


def mark_due(store_path: Path, since: datetime) -> None:
    """Note that a closing backup is due (written atomically; an older note is kept,
    so the note says when the first unmade backup was due)."""
    note = due_note(store_path)
    if note.exists():
        return
    with atomic_write(note, "w", encoding="utf-8") as fh:
        json.dump({"since": since.isoformat(timespec="seconds")}, fh)


def due_since(store_path: Path) -> datetime | None:
    """When a closing backup became due that was not made; None when none is due."""
    note = due_note(store_path)
    try:
        since = json.loads(note.read_text(encoding="utf-8"))["since"]
        return datetime.fromisoformat(since)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # A note cut short by a crash still says a backup is due.
        return datetime.fromtimestamp(note.stat().st_mtime) if note.exists() else None


def clear_due(store_path: Path) -> None:
    due_note(store_path).unlink(missing_ok=True)


def helper_lock(store_path: Path) -> InstanceLock:
    """The helper's lock (an OS lock, dropped when the helper ends in any way)."""
    return InstanceLock(store_path, suffix=HELPER_LOCK)


def helper_at_work(store_path: Path) -> bool:
    """Whether a helper is making this store's closing backup right now."""
    try:
        helper_lock(store_path).acquire().release()
    except StoreInUseError:
        return True
    return False


def helper_command(store_path: Path, user: str) -> list[str]:
    """The command that makes the closing backup: the installed program itself (the
    frozen bundle's executable), or this Python running the package."""
    program = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "zkijdesk"]
    )
    return [*program, "--store", str(store_path), "--user", user, "backup", "--closing"]


def start_helper(store_path: Path, user: str) -> subprocess.Popen[bytes]:
    """Start the helper detached from the closing app: no window, no terminal, and it
    outlives the app (its own session on POSIX, its own process group on Windows)."""
    creationflags = 0
    if sys.platform == "win32":
        creationflags = (
            subprocess.DETACHED_PROCESS
            | subprocess.CREATE_NEW_PROCESS_GROUP
            | subprocess.CREATE_NO_WINDOW
        )
    return subprocess.Popen(  # noqa: S603
        helper_command(store_path, user),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        creationflags=creationflags,
        start_new_session=sys.platform != "win32",
    )
