"""Atomic file writes: a reader, or a crash, never sees half a file.

Write to a temporary file beside the target, flush, fsync, then replace the target in
one rename, and fsync the folder so the rename itself survives a power cut. On failure
the temporary file is removed and the earlier target stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


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


@contextlib.contextmanager
def atomic_write(target: Path, mode: str = "wb", **open_kwargs) -> Iterator[IO]:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
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
