"""Drafts of a team database's forms, kept on this workstation, encrypted.

On a team database the store is a server: when the connection drops mid-typing, a
draft written to the server would be lost with it. So a signed-in person's drafts stay
on their own workstation: one file per team database and login, encrypted with AES-GCM
under a random key that lives in the OS credential store (never beside the file), and
offered back when the same person opens the form again. Without a safe credential
store there is no such box and drafts go to the server as on a workstation store.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

from zkijdesk.atomic import atomic_write

KEYRING_SERVICE = "zkijdesk-concepten"
_NONCE = 12

DraftPayload = dict[str, Any]
"""A form's draft as JSON holds it; what it read back is only known to be an object."""


class LocalDraftBox:
    """A small encrypted key -> payload map in one file, written atomically."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key
        self._lock = threading.Lock()

    @classmethod
    def open(cls, folder: Path, identity: str) -> LocalDraftBox | None:
        """The box for ``identity`` (a team database and login), or None without a safe
        credential store. Its key is made on first use."""
        from zkijdesk.storage.keys import secure_keyring

        backend = secure_keyring()
        if backend is None:
            return None
        account = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
        stored = backend.get_password(KEYRING_SERVICE, account)
        if stored is None:
            stored = os.urandom(32).hex()
            backend.set_password(KEYRING_SERVICE, account, stored)
        return cls(Path(folder) / f"{account}.concepten", bytes.fromhex(stored))

    def _read(self) -> dict[str, DraftPayload]:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            blob = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            plain = AESGCM(self._key).decrypt(blob[:_NONCE], blob[_NONCE:], b"zkijdesk")
        except (InvalidTag, ValueError):
            return {}  # a damaged or foreign file holds no draft we can trust
        data: dict[str, DraftPayload] = json.loads(plain.decode("utf-8"))
        return data

    def _write(self, data: dict[str, DraftPayload]) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not data:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        nonce = os.urandom(_NONCE)
        plain = json.dumps(data, sort_keys=True).encode("utf-8")
        with atomic_write(self.path) as fh:
            fh.write(nonce + AESGCM(self._key).encrypt(nonce, plain, b"zkijdesk"))

    def save(self, key: str, payload: DraftPayload) -> None:
        with self._lock:
            data = self._read()
            data[key] = payload
            self._write(data)

    def load(self, key: str) -> DraftPayload | None:
        with self._lock:
            return self._read().get(key)

    def discard(self, key: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(key, None) is not None:
                self._write(data)

    def names(self) -> list[str]:
        with self._lock:
            return sorted(self._read())
