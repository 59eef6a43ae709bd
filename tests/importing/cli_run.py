"""The program's command line as an admin types it, for the import tests: a child
process with the store's passphrase in the environment and no OS keyring, so each
test's store opens the way ``init --passphrase`` made it."""

from __future__ import annotations

import os
import subprocess
import sys

PASS = "correct horse battery staple"


def run_cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["ZKIJDESK_PASSPHRASE"] = PASS
    return subprocess.run(
        [sys.executable, "-m", "zkijdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )
