"""Where a store's encryption key comes from, and the recovery key that outlives a profile.

Two kinds of key exist. A *raw key* is 256 random bits kept in the operating system's
credential store (Windows Credential Manager, macOS Keychain, Secret Service); the coach
never sees it, and a recovery key (the same bits, written for humans) is shown once at
``init`` so a lost Windows profile does not lose the data. A *passphrase* is for machines
without a secure credential store (a headless Linux box, CI): it comes from
``ZKIJDESK_PASSPHRASE`` or a prompt, and SQLCipher stretches it with PBKDF2.

A keyring backend that keeps secrets in plain files, or that fails every call, is never
used: a store key on disk next to the store would make the encryption pointless.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from zkijdesk.domain.errors import KeyUnavailableError, StoreError
from zkijdesk.domain.text import t

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

KEYRING_SERVICE = "zkijdesk"
PASSPHRASE_ENV = "ZKIJDESK_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 10
_RAW_KEY_BYTES = 32
_CHECK_BYTES = 2

Prompt = Callable[[str], str]
"""Asks the user for a secret; returns "" when the user gives none."""


class KeyKind(StrEnum):
    RAW = "raw"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class StoreKey:
    """A key and a plain-language account of where it came from (never the key itself)."""

    kind: KeyKind
    secret: str
    origin: str

    def __repr__(self) -> str:  # keep secrets out of tracebacks and logs
        return f"StoreKey(kind={self.kind}, origin={self.origin!r})"

    def sqlcipher_literal(self) -> str:
        """The value for SQLCipher's ``PRAGMA key``: ``x'..'`` marks a raw key, not a passphrase."""
        if self.kind is KeyKind.RAW:
            return f"x'{self.secret}'"
        return self.secret


def new_raw_key() -> StoreKey:
    return StoreKey(KeyKind.RAW, secrets.token_hex(_RAW_KEY_BYTES), "nieuw")


def format_recovery_key(key: StoreKey) -> str:
    """The raw key in base32 groups with a short checksum, so a typo is caught, not tried."""
    raw = bytes.fromhex(key.secret)
    check = hashlib.sha256(raw).digest()[:_CHECK_BYTES]
    text = base64.b32encode(raw + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def parse_recovery_key(text: str) -> StoreKey:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        data = base64.b32decode(padded)
    except (ValueError, binascii.Error) as exc:
        raise StoreError("Herstelsleutel bevat tekens die er niet in horen.") from exc
    raw, check = data[:_RAW_KEY_BYTES], data[_RAW_KEY_BYTES:]
    if len(raw) != _RAW_KEY_BYTES or hashlib.sha256(raw).digest()[:_CHECK_BYTES] != check:
        raise StoreError("Herstelsleutel klopt niet; controleer of u hem goed hebt overgenomen.")
    return StoreKey(KeyKind.RAW, raw.hex(), "herstelsleutel")


def _is_insecure(backend: object) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__
    insecure_modules = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file")
    return module.startswith(insecure_modules) or "plaintext" in name.lower()


def secure_keyring() -> KeyringBackend | None:
    """The OS credential store if it is a safe one, else None.

    keyring picks its backend by priority; a chainer over several backends is accepted
    only if every backend it would write to is secure.
    """
    import keyring  # imported here: it costs start-up time and most runs never need it
    from keyring.backends.chainer import ChainerBackend

    backend = keyring.get_keyring()
    members = backend.backends if isinstance(backend, ChainerBackend) else [backend]
    if not members or any(_is_insecure(b) for b in members):
        return None
    return backend


def keyring_account(store_path: Path) -> str:
    return str(store_path.resolve())


def key_from_keyring(store_path: Path) -> StoreKey | None:
    backend = secure_keyring()
    if backend is None:
        return None
    secret = backend.get_password(KEYRING_SERVICE, keyring_account(store_path))
    if not secret:
        return None
    return StoreKey(KeyKind.RAW, secret, "sleutelbos van het besturingssysteem")


def save_to_keyring(store_path: Path, key: StoreKey) -> None:
    backend = secure_keyring()
    if backend is None or key.kind is not KeyKind.RAW:
        raise KeyUnavailableError("Er is geen veilige sleutelbos beschikbaar op deze werkplek.")
    backend.set_password(KEYRING_SERVICE, keyring_account(store_path), key.secret)


def forget_keyring_entry(store_path: Path) -> None:
    backend = secure_keyring()
    if backend is None:
        return
    import keyring.errors

    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(KEYRING_SERVICE, keyring_account(store_path))


def _passphrase_from_env() -> StoreKey | None:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return StoreKey(KeyKind.PASSPHRASE, value, f"wachtwoordzin uit {PASSPHRASE_ENV}")
    return None


NO_KEY_HINT = t(
    "Geen sleutel voor de opslag: zet de omgevingsvariabele {x}, start het programma in een "
    "terminal om de wachtwoordzin in te typen, of gebruik de werkplek waar de opslag is "
    "gemaakt.",
    x=PASSPHRASE_ENV,
)


def key_for_open(store_path: Path, prompt: Prompt | None) -> StoreKey:
    """The key to try for an existing store: keyring entry first, then passphrase sources."""
    key = key_from_keyring(store_path) or _passphrase_from_env()
    if key is not None:
        return key
    if prompt is not None:
        entered = prompt("Wachtwoordzin van de opslag: ")
        if entered:
            return StoreKey(KeyKind.PASSPHRASE, entered, "ingetypte wachtwoordzin")
    raise KeyUnavailableError(NO_KEY_HINT)


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise StoreError(
            t("Wachtwoordzin moet minstens {n} tekens lang zijn.", n=MIN_PASSPHRASE_LENGTH)
        )


def key_for_create(store_path: Path, prompt: Prompt | None) -> StoreKey:
    """The key for a new store: an explicit passphrase wins, then the secure keyring.

    Returns a RAW key only when the keyring can hold it; the caller saves it there
    once the store exists, so a failed creation leaves no orphan entry.
    """
    key = _passphrase_from_env()
    if key is not None:
        check_passphrase_strength(key.secret)
        return key
    if secure_keyring() is not None:
        return new_raw_key()
    if prompt is not None:
        first = prompt("Kies een wachtwoordzin voor de nieuwe opslag: ")
        if first:
            check_passphrase_strength(first)
            if prompt("Herhaal de wachtwoordzin: ") != first:
                raise StoreError("Wachtwoordzin: de twee invoeren zijn niet gelijk.")
            return StoreKey(KeyKind.PASSPHRASE, first, "ingetypte wachtwoordzin")
    raise KeyUnavailableError(NO_KEY_HINT)
