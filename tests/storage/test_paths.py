"""Network locations are refused for a store; local folders are not."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from zkijdesk.domain.errors import StoreError
from zkijdesk.storage import paths

MOUNTS = r"""sysfs /sys sysfs rw,nosuid 0 0
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
fileserver:/export/home /home/team nfs4 rw,relatime,vers=4.2 0 0
//nas/zkij /mnt/zkij\040share cifs rw,vers=3.0 0 0
coach@laptop:/data /media/ssh fuse.sshfs rw 0 0
/dev/sdb1 /home/team/local ext4 rw 0 0
/dev/sdc1 /media/usb fuseblk rw 0 0
"""


@pytest.mark.parametrize(
    "text",
    [
        r"\\fileserver\team\zkijdesk.db",
        "//fileserver/team/zkijdesk.db",
        r"\\?\UNC\fileserver\team\zkijdesk.db",
        r"\\fileserver.gemeente.local\share$\zkijdesk.db",
    ],
)
def test_unc_paths_are_refused_on_every_platform(text):
    assert paths.network_reason(text) == "unc"
    with pytest.raises(paths.NetworkPathError) as err:
        paths.refuse_network_path(text)
    assert "netwerkschijf" in err.value.message
    assert "PostgreSQL" in err.value.message
    assert isinstance(err.value, StoreError)


@pytest.mark.parametrize("text", [r"\\?\C:\Users\coach\zkijdesk.db", r"C:\data\zkijdesk.db"])
def test_local_windows_forms_are_not_unc(text):
    assert paths.unc_reason(text) is None


def test_mapped_network_drive_is_refused_through_get_drive_type():
    def drive_type(root: str) -> int:
        return paths.DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # 3 = DRIVE_FIXED

    assert paths.windows_reason(r"Z:\team\zkijdesk.db", drive_type) == "mapped-drive"
    assert paths.windows_reason(r"z:/team/zkijdesk.db", drive_type) == "mapped-drive"
    assert paths.windows_reason(r"\\?\Z:\team\zkijdesk.db", drive_type) == "mapped-drive"
    assert paths.windows_reason(r"C:\Users\coach\zkijdesk.db", drive_type) is None


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/home/team/zkijdesk.db", "fs:nfs4"),
        ("/home/team/sub/dir/zkijdesk.db", "fs:nfs4"),
        ("/mnt/zkij share/zkijdesk.db", "fs:cifs"),
        ("/media/ssh/zkijdesk.db", "fs:fuse.sshfs"),
        ("/home/team/local/zkijdesk.db", None),  # a local disk mounted inside the share
        ("/home/teamwork/zkijdesk.db", None),  # a prefix of the name is not the mount
        ("/tmp/zkijdesk.db", None),
        ("/media/usb/zkijdesk.db", None),
        ("/zkijdesk.db", None),
    ],
)
def test_linux_mount_table_decides(path, reason):
    assert paths.linux_reason(Path(path), MOUNTS) == reason


def test_macos_network_and_non_local_volumes_are_refused():
    assert paths.macos_reason(Path("/Volumes/team"), lambda p: ("smbfs", False)) == "fs:smbfs"
    assert paths.macos_reason(Path("/Volumes/x"), lambda p: ("weirdfs", False)) == "fs:weirdfs"
    assert paths.macos_reason(Path("/Users/coach"), lambda p: ("apfs", True)) is None
    assert paths.macos_reason(Path("/Users/coach"), lambda p: None) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/mounts")
def test_a_local_folder_on_this_machine_is_accepted(tmp_path):
    target = tmp_path / "nog" / "niet" / "aangemaakt" / "zkijdesk.db"
    assert paths.network_reason(target) is None
    paths.refuse_network_path(target)


@pytest.mark.skipif(sys.platform != "darwin", reason="statfs on macOS")
def test_macos_statfs_reads_the_home_volume():
    found = paths.macos_fs_type(Path.home())
    assert found is not None and found[1] is True


def test_network_fs_type_names():
    for name in ("nfs", "NFS4", "cifs", "smb3", "fuse.sshfs", "afpfs", "nfs.custom"):
        assert paths.is_network_fs_type(name)
    for name in ("ext4", "btrfs", "apfs", "ntfs", "fuseblk", "tmpfs", "overlay", None, ""):
        assert not paths.is_network_fs_type(name)
