"""Refusing store locations where SQLite cannot keep the data safe: network file systems.

SQLite protects a database with the operating system's file locks and, in WAL mode,
with shared memory beside the file. On SMB/CIFS, NFS, SSHFS and friends those locks are
missing, advisory, cached or not shared between machines, so two workstations can both
write and corrupt the file, and the shared memory does not work across machines at all
(https://www.sqlite.org/useovernet.html). A store on such a path is therefore refused
before anything is opened; a team that wants to share uses the PostgreSQL mode.

The checks are pure where they can be (string prefixes, a mount table) and take the
operating-system lookups as parameters, so each platform's rule is tested on every
platform.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from zkijdesk.domain.errors import StoreError

#: File-system types (Linux /proc/mounts, macOS f_fstypename) that live on another machine.
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "afs",
        "ncpfs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "webdav",
        "sshfs",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.gvfsd-fuse",
        "fuse.cephfs",
        "fuse.smbnetfs",
    }
)

DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive

NETWORK_PATH_MESSAGE = (
    "Een opslag op een netwerkschijf wordt geweigerd, omdat SQLite daar niet betrouwbaar "
    "kan vergrendelen en twee werkplekken het bestand dan kunnen beschadigen; kies een map "
    "op deze computer, of gebruik met een team de PostgreSQL-modus (--database-url)."
)


class NetworkPathError(StoreError):
    """The store's path is on a network share; ``reason`` says which rule matched."""

    def __init__(self, reason: str) -> None:
        super().__init__(NETWORK_PATH_MESSAGE)
        self.reason = reason


def unc_reason(text: str) -> str | None:
    r"""``\\server\share``, ``//server/share`` and ``\\?\UNC\server\share`` are remote.

    ``\\?\C:\...`` (the long-path form of a local drive) and ``\\.\`` device paths are
    not shares; they are judged by the drive they name.
    """
    normalized = text.replace("/", "\\")
    if normalized.upper().startswith("\\\\?\\UNC\\"):
        return "unc"
    if normalized.startswith(("\\\\?\\", "\\\\.\\")):
        return None
    if normalized.startswith("\\\\"):
        return "unc"
    return None


def _strip_long_prefix(text: str) -> str:
    normalized = text.replace("/", "\\")
    if normalized.startswith(("\\\\?\\", "\\\\.\\")):
        return normalized[4:]
    return text


def windows_drive_type(root: str) -> int:
    """GetDriveTypeW for a root such as ``Z:\\`` (0 when it cannot be asked)."""
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def windows_reason(text: str, drive_type: Callable[[str], int] = windows_drive_type) -> str | None:
    """A UNC path, or a drive letter that Windows reports as a mapped network drive."""
    reason = unc_reason(text)
    if reason:
        return reason
    drive = PureWindowsPath(_strip_long_prefix(text)).drive
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return "mapped-drive"
    return None


def _unescape_mount_field(field: str) -> str:
    r"""/proc/mounts writes spaces, tabs, newlines and backslashes as octal (``\040``)."""
    out, i = [], 0
    while i < len(field):
        digits = field[i + 1 : i + 4]
        if field[i] == "\\" and len(digits) == 3 and all(d in "01234567" for d in digits):
            out.append(chr(int(digits, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs from the text of /proc/mounts."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape_mount_field(parts[1]), parts[2]))
    return mounts


def fs_type_for(path: str, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the file system holding ``path``: the longest mount point above it.

    Later lines win for the same mount point, as the kernel lists over-mounts last.
    """
    best, best_type = -1, None
    for point, fstype in mounts:
        prefix = point.rstrip("/") + "/"
        if (path == point or path.startswith(prefix) or point == "/") and len(point) >= best:
            best, best_type = len(point), fstype
    return best_type


def is_network_fs_type(fstype: str | None) -> bool:
    if not fstype:
        return False
    fstype = fstype.lower()
    return fstype in NETWORK_FS_TYPES or fstype.split(".")[0] in {"nfs", "cifs", "smb3"}


def _existing_ancestor(path: Path) -> Path:
    """The path itself or its nearest existing parent: a new store's file does not exist yet."""
    current = path
    while not current.exists() and current != current.parent:
        current = current.parent
    return current


def linux_reason(path: Path, mounts_text: str | None = None) -> str | None:
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    fstype = fs_type_for(str(path), parse_mounts(mounts_text))
    return f"fs:{fstype}" if is_network_fs_type(fstype) else None


def macos_fs_type(path: Path) -> tuple[str, bool] | None:
    """(f_fstypename, MNT_LOCAL set) from statfs(2); None when it cannot be asked.

    Python's ``os.statvfs`` does not expose the file-system type on macOS, so the
    ``struct statfs`` of <sys/mount.h> (64-bit inode layout) is read through ctypes.
    """
    import ctypes
    import ctypes.util

    class StatFs(ctypes.Structure):
        _fields_ = (
            ("f_bsize", ctypes.c_uint32),
            ("f_iosize", ctypes.c_int32),
            ("f_blocks", ctypes.c_uint64),
            ("f_bfree", ctypes.c_uint64),
            ("f_bavail", ctypes.c_uint64),
            ("f_files", ctypes.c_uint64),
            ("f_ffree", ctypes.c_uint64),
            ("f_fsid", ctypes.c_int32 * 2),
            ("f_owner", ctypes.c_uint32),
            ("f_type", ctypes.c_uint32),
            ("f_flags", ctypes.c_uint32),
            ("f_fssubtype", ctypes.c_uint32),
            ("f_fstypename", ctypes.c_char * 16),
            ("f_mntonname", ctypes.c_char * 1024),
            ("f_mntfromname", ctypes.c_char * 1024),
            ("f_flags_ext", ctypes.c_uint32),
            ("f_reserved", ctypes.c_uint32 * 7),
        )

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
        statfs.argtypes = (ctypes.c_char_p, ctypes.POINTER(StatFs))
        result = StatFs()
        if statfs(os.fsencode(path), ctypes.byref(result)) != 0:
            return None
    except (OSError, AttributeError):
        return None
    mnt_local = 0x00001000
    return result.f_fstypename.decode("ascii", "replace"), bool(result.f_flags & mnt_local)


def macos_reason(
    path: Path, lookup: Callable[[Path], tuple[str, bool] | None] = macos_fs_type
) -> str | None:
    found = lookup(path)
    if found is None:
        return None
    fstype, local = found
    if is_network_fs_type(fstype) or not local:
        return f"fs:{fstype}"
    return None


def network_reason(path: Path | str, *, platform: str | None = None) -> str | None:
    """Why ``path`` is on a network file system ("unc", "mapped-drive", "fs:nfs"), or None.

    The answer errs towards allowing a path when the system cannot be asked: a local
    store that will not open is worse than the rare share that slips through.
    """
    platform = platform or sys.platform
    text = str(path)
    reason = unc_reason(text)
    if reason:
        return reason
    local = _existing_ancestor(Path(os.path.abspath(text)))
    try:
        resolved = local.resolve()  # a symlink or junction may point onto a share
    except OSError:
        resolved = local
    if platform.startswith("win"):
        return windows_reason(text) or windows_reason(str(resolved))
    if platform.startswith("linux"):
        return linux_reason(resolved)
    if platform == "darwin":
        return macos_reason(resolved)
    return None


def refuse_network_path(path: Path | str) -> None:
    """Raise ``NetworkPathError`` when a store at ``path`` would sit on a network share."""
    reason = network_reason(path)
    if reason:
        raise NetworkPathError(reason)
