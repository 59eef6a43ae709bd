"""One running app per store: an operating-system lock on a file beside the store.

Two zkijdesk windows on the same file would each keep their own view of the data and
their own backup schedule; worse, a restore in one would pull the file from under the
other. The lock is taken with ``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows)
on ``<store>.lock`` and held for as long as the process runs. The operating system
drops it when the process ends in any way, including a crash or a kill, so a stale lock
can never keep a coach out. The lock file itself is left in place: deleting it would
let a second process lock a fresh file while the first still holds the old one.

The lock file holds the process id and the workstation name, so the refusal can say
where the store is open. Neither is personal data.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from pathlib import Path

from zkijdesk.domain.errors import StoreError
from zkijdesk.domain.text import Text, t

LOCK_SUFFIX = ".lock"


class StoreInUseError(StoreError):
    """Another running zkijdesk holds this store; ``holder`` says which (pid, workstation)."""

    def __init__(self, holder: Text | None) -> None:
        super().__init__(
            t(
                "Deze opslag is al geopend in een ander zkijdesk-venster ({sentence}); gebruik dat "
                "venster of sluit het eerst.",
                sentence=holder,
            )
            if holder
            else "Deze opslag is al geopend in een ander zkijdesk-venster; gebruik dat venster "
            "of sluit het eerst."
        )
        self.holder = holder


def lock_path_for(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """Held while this process works with one store file; release with ``release()``."""

    def __init__(self, store_path: Path, suffix: str = LOCK_SUFFIX) -> None:
        self.path = Path(store_path).with_name(Path(store_path).name + suffix)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise ``StoreInUseError``; taking it twice is harmless."""
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise StoreInUseError(holder)
        # Windows locks byte 0, so the holder's note starts after it.
        note = f" {os.getpid()} {platform.node()[:60]}\n".encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def _read_holder(fd: int) -> Text | None:
    """'proces 1234 op PC-042' from the lock file, or None if it cannot be read."""
    try:
        if sys.platform == "win32":
            os.lseek(fd, 1, os.SEEK_SET)  # byte 0 is locked and unreadable on Windows
        else:
            os.lseek(fd, 0, os.SEEK_SET)
        parts = os.read(fd, 200).decode("utf-8", "replace").split()
    except OSError:
        return None
    if len(parts) >= 2 and parts[0].isdigit():
        return t("proces {n} op {x}", n=parts[0], x=parts[1])
    return None


def acquire_instance_lock(store_path: Path) -> InstanceLock:
    """Lock ``store_path`` for this process, or raise ``StoreInUseError`` saying where."""
    return InstanceLock(store_path).acquire()
