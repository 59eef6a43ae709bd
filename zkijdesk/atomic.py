"""Atomic file writes: a reader, or a crash, never sees half a file.

Write to a temporary file beside the target, flush, fsync, then replace the target in
one rename, and fsync the folder so the rename itself survives a power cut. On failure
the temporary file is removed and the earlier target stays as it was.

A folder that cannot be made or written (a part of the path is a file, no permission,
a read-only disk) is refused before anything is written, with one Dutch sentence that
names it (``OutputPathError``); a full disk stays an ``OSError`` for the callers that
explain that (``storage/errors.py``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from zkijdesk.domain.errors import OutputPathError
from zkijdesk.domain.text import Text, t

_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_NO_PERMISSION = frozenset({errno.EACCES, errno.EPERM})


def fsync_path(path: Path) -> None:
    with path.open("rb") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def output_message(exc: OSError, folder: Path) -> Text:
    """One Dutch sentence saying why ``folder`` cannot take the file we want to write."""
    folder = Path(folder)
    blocking = _file_in_the_way(folder)
    if blocking is not None:
        return t("{x} is een bestand, geen map; kies een map om in te schrijven.", x=blocking)
    if exc.errno in _NO_PERMISSION:
        where = _nearest_existing(folder)
        return t(
            "U heeft geen toestemming om in de map {x} te schrijven; kies een andere map.", x=where
        )
    if exc.errno == errno.EROFS:
        where = _nearest_existing(folder)
        return t("De map {x} staat op een alleen-lezen schijf; kies een andere map.", x=where)
    if exc.errno == errno.ENAMETOOLONG:
        return t("Het pad {x} is te lang; kies een kortere map of naam.", x=folder)
    return t("In de map {x} kan niet worden geschreven; kies een andere map.", x=folder)


def output_error(exc: OSError, folder: Path) -> OutputPathError:
    return OutputPathError(output_message(exc, folder))


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest part of ``folder`` (itself or a parent) that is a file, if any."""
    for part in (folder, *folder.parents):
        with contextlib.suppress(OSError):
            if part.exists():
                return None if part.is_dir() else part
    return None


def _nearest_existing(folder: Path) -> Path:
    """``folder``, or the nearest of its parents that exists (the one we could not write)."""
    for part in (folder, *folder.parents):
        with contextlib.suppress(OSError):
            if part.exists():
                return part
    return folder


def ensure_folder(folder: Path) -> Path:
    """Make ``folder`` (and its parents) if needed; refuse in one sentence when it cannot."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise
        raise output_error(exc, folder) from None
    return folder


def temp_file_beside(target: Path) -> tuple[int, Path]:
    """An open temporary file (descriptor, path) next to ``target``, its folder made."""
    folder = ensure_folder(Path(target).parent)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{Path(target).name}.", suffix=".part", dir=folder)
    except OSError as exc:
        if exc.errno in _DISK_FULL:
            raise
        raise output_error(exc, folder) from None
    return fd, Path(name)


@contextlib.contextmanager
def atomic_write(target: Path, mode: str = "wb", **open_kwargs) -> Iterator[IO]:
    target = Path(target)
    if target.is_dir():
        raise OutputPathError(t("{x} is een map; geef een bestandsnaam op.", x=target))
    fd, tmp = temp_file_beside(target)
    try:
        with os.fdopen(fd, mode, **open_kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(target)
        fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def publish_file(partial: Path, target: Path) -> None:
    """Make a finished temporary file (written by someone else, e.g. SQLite) the target."""
    fsync_path(partial)
    partial.replace(target)
    fsync_dir(target.parent)
