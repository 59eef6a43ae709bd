"""Why a store file will not open: empty, cut short, a damaged first page, or the key.

SQLCipher answers all four with the same "file is not a database", so a user with a
damaged store would think the passphrase is wrong. Two of them show in the file's
size and are refused before any connection (which would turn an empty file into an
empty encrypted database): an empty file, and a file that is not a whole number of
pages (zkijdesk stores use SQLCipher 4's defaults, 4096-byte pages; SQLite only ever
writes whole pages). The other two are told apart by checking the key against the
second page ourselves: every SQLCipher 4 page carries an HMAC-SHA512 under a key
derived from the store's key and the salt in the first 16 bytes. When the second
page's HMAC holds, the key is right and the first page is damaged; when it does not,
the key is wrong (or the file is no store, or its salt is damaged: those cannot be
told from a wrong key).
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from zkijdesk.domain.errors import StoreError, WrongKeyError
from zkijdesk.domain.text import Text, t
from zkijdesk.storage.keys import KeyKind, StoreKey

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
KDF_ITERATIONS = 256_000
HMAC_KDF_ITERATIONS = 2
HMAC_SALT_MASK = 0x3A
KEY_SIZE = 32


def size_problem(path: Path) -> Text | None:
    """A sentence when the file's size alone shows it is no (whole) store, else None."""
    size = path.stat().st_size
    if size == 0:
        if _wal_size(path):
            return None  # everything may still be in the write-ahead log
        return t(
            "De opslag {x} is leeg (0 bytes): het bestand is beschadigd of nooit afgemaakt; "
            "zet een reservekopie terug met 'zkijdesk restore'.",
            x=path.name,
        )
    if size % PAGE_SIZE:
        return t(
            "De opslag {x} is beschadigd: het bestand is afgekapt ({n} bytes, geen geheel "
            "aantal pagina's); zet een reservekopie terug met 'zkijdesk restore'.",
            x=path.name,
            n=size,
        )
    return None


def refusal(path: Path, key: StoreKey) -> StoreError:
    """The error for a store file SQLCipher would not open with ``key``: damage when the
    key opens its later pages, else a wrong key."""
    if key_opens_later_pages(path, key):
        return StoreError(
            t(
                "De opslag {x} is beschadigd: de sleutel klopt, maar de eerste pagina is "
                "onleesbaar; zet een reservekopie terug met 'zkijdesk restore'.",
                x=path.name,
            )
        )
    return WrongKeyError(
        t(
            "Kan de opslag {x} niet openen: de sleutel is onjuist of het bestand is geen "
            "zkijdesk-opslag.",
            x=path.name,
        )
    )


def key_opens_later_pages(path: Path, key: StoreKey) -> bool:
    """True when ``key`` authenticates the store's second page (so the key is right)."""
    try:
        with path.open("rb") as fh:
            first = fh.read(PAGE_SIZE)
            second = fh.read(PAGE_SIZE)
    except OSError:
        return False
    if len(first) < PAGE_SIZE or len(second) < PAGE_SIZE:
        return False
    return page_authentic(second, 2, hmac_key(key, first[:SALT_SIZE]))


def hmac_key(key: StoreKey, salt: bytes) -> bytes:
    """SQLCipher 4's page-HMAC key for ``key`` and the file's ``salt``."""
    if key.kind is KeyKind.RAW:
        cipher_key = bytes.fromhex(key.secret)[:KEY_SIZE]
    else:
        cipher_key = hashlib.pbkdf2_hmac(
            "sha512", key.secret.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE
        )
    mask = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", cipher_key, mask, HMAC_KDF_ITERATIONS, KEY_SIZE)


def page_authentic(page: bytes, number: int, key: bytes) -> bool:
    """Whether ``page`` (page ``number``, counted from 1) carries a valid HMAC."""
    start = SALT_SIZE if number == 1 else 0
    end = PAGE_SIZE - HMAC_SIZE
    mac = hmac.new(key, page[start:end] + number.to_bytes(4, "little"), hashlib.sha512)
    return hmac.compare_digest(mac.digest(), page[end:PAGE_SIZE])


def _wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size
    except OSError:
        return 0
