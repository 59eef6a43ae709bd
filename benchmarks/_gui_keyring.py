"""A keyring backend for the GUI benchmark's child processes: the store key from the env.

The app opens a store with the raw key from the OS key vault. A benchmark machine has
no vault, so the child processes load this backend (``PYTHON_KEYRING_BACKEND``) and
the app takes the same code path it takes on a workstation, keyring import included.
Benchmark use only: the key of a throw-away demo store travels in the environment.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend

KEY_ENV = "ZKIJDESK_BENCH_STORE_KEY"


class EnvKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        return os.environ.get(KEY_ENV)

    def set_password(self, service, username, password):
        raise NotImplementedError("the benchmark keyring is read-only")

    def delete_password(self, service, username):
        raise NotImplementedError("the benchmark keyring is read-only")
