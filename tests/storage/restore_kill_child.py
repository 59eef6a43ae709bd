"""Runs ``zkijdesk restore`` and dies (as kill -9 would) right after the backup's pages
are in place, before the audit entries written since the backup are appended again.

Run as ``python restore_kill_child.py STORE BACKUP`` with ``ZKIJDESK_PASSPHRASE`` set.
"""

from __future__ import annotations

import os
import sys

from zkijdesk.cli import main
from zkijdesk.storage import backup


def _die_after(restore):
    def run(*args, **kwargs):
        restore(*args, **kwargs)
        os._exit(137)  # no cleanup, no flush: the process is simply gone

    return run


if __name__ == "__main__":
    backup.restore_backup = _die_after(backup.restore_backup)
    store, file = sys.argv[1], sys.argv[2]
    sys.exit(main(["--store", store, "--user", "beheer", "restore", file, "--yes"]))
