"""Contribution files: a coach's monthly aggregates, sealed for the team lead.

Teams without a shared database send the team lead one file per coach per month. It
holds only aggregates at the finest level (the atoms of ``figures.py``), before any
suppression, so it must be readable by the team lead alone and impossible to forge:

- **Confidential**: the payload is encrypted with AES-256-GCM under a key agreed by
  X25519 between a fresh ephemeral key and the team lead's public key (HKDF-SHA256),
  so only the holder of the team lead's private key can read it.
- **Authentic**: the whole file (header and ciphertext) is signed with the coach's
  Ed25519 key; the team lead accepts only keys registered beforehand. The payload
  repeats the signer's key inside the encryption, so a signature cannot be stripped
  and replaced by another registered member's.
- **Bound to its context**: region, period and the recipient's fingerprint are in
  the signed header, which is also the AEAD's associated data.

File layout: ``MAGIC | header length (4 bytes, big endian) | header JSON |
ciphertext | Ed25519 signature (64 bytes)``. Public keys travel as small JSON files
with a fingerprint that people compare by phone before trusting them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"ZKIJBIJ1"
FORMAT = "zkijdesk-bijdrage"
TEAM_KEY_FORMAT = "zkijdesk-teamleidersleutel"
MEMBER_KEY_FORMAT = "zkijdesk-bijdragersleutel"
VERSION = 1
INFO = b"zkijdesk bijdrage v1"
SIGNATURE_LEN = 64
MAX_HEADER = 4096


class ContributionError(ValueError):
    """The file is not a valid, authentic contribution for this team lead; ``reason`` is
    a short code ("unknown sender", "bad signature", ...) the caller turns into its own
    sentence."""

    @property
    def reason(self) -> str:
        return str(self.args[0]) if self.args else ""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise ContributionError("bad base64") from exc


def _raw_public(key) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def fingerprint(public_b64: str) -> str:
    """A short, readable digest of a public key (to compare by phone): 'ABCD-EFGH-...'."""
    digest = hashlib.sha256(_unb64(public_b64)).digest()
    text = base64.b32encode(digest).decode("ascii")[:20]
    return "-".join(text[i : i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class KeyPair:
    private_b64: str
    public_b64: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_b64)


def new_team_keypair() -> KeyPair:
    """The team lead's X25519 pair: contributions are encrypted to its public half."""
    key = X25519PrivateKey.generate()
    return KeyPair(_b64(_raw_private(key)), _b64(_raw_public(key.public_key())))


def new_signing_keypair() -> KeyPair:
    """A coach's Ed25519 pair: contributions are signed with its private half."""
    key = Ed25519PrivateKey.generate()
    return KeyPair(_b64(_raw_private(key)), _b64(_raw_public(key.public_key())))


def key_file(kind: str, public_b64: str, **extra: str) -> bytes:
    """A public key as a small JSON file to hand over."""
    body = {
        "format": kind,
        "version": VERSION,
        "public_key": public_b64,
        "fingerprint": fingerprint(public_b64),
        **extra,
    }
    return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def read_key_file(data: bytes, kind: str) -> dict:
    """Parse and check a public key file of ``kind``; raises ``ContributionError``."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContributionError("not a key file") from exc
    if not isinstance(body, dict) or body.get("format") != kind:
        raise ContributionError("wrong kind of key file")
    public = body.get("public_key")
    if not isinstance(public, str) or len(_unb64(public)) != 32:
        raise ContributionError("bad public key")
    if body.get("fingerprint") != fingerprint(public):
        raise ContributionError("fingerprint does not match the key")
    return body


def _derive(shared: bytes, header: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=INFO + header)
    return hkdf.derive(shared)


def seal(
    payload: dict,
    *,
    region: str,
    period: str,
    made_at: str,
    recipient_public_b64: str,
    signing: KeyPair,
) -> bytes:
    """Encrypt ``payload`` for the team lead and sign the result with the coach's key."""
    recipient = X25519PublicKey.from_public_bytes(_unb64(recipient_public_b64))
    ephemeral = X25519PrivateKey.generate()
    nonce = os.urandom(12)
    header = json.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "region": region,
            "period": period,
            "made_at": made_at,
            "sender": signing.public_b64,
            "recipient": fingerprint(recipient_public_b64),
            "ephemeral": _b64(_raw_public(ephemeral.public_key())),
            "nonce": _b64(nonce),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    key = _derive(ephemeral.exchange(recipient), header)
    inner = dict(payload, sender=signing.public_b64)
    plain = zlib.compress(json.dumps(inner, separators=(",", ":")).encode("utf-8"), 9)
    ciphertext = AESGCM(key).encrypt(nonce, plain, header)
    body = MAGIC + struct.pack(">I", len(header)) + header + ciphertext
    signer = Ed25519PrivateKey.from_private_bytes(_unb64(signing.private_b64))
    return body + signer.sign(body)


def read_header(data: bytes) -> dict:
    """The signed, unencrypted header (not yet verified)."""
    if len(data) < len(MAGIC) + 4 + SIGNATURE_LEN or not data.startswith(MAGIC):
        raise ContributionError("not a contribution file")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    if length > MAX_HEADER or len(MAGIC) + 4 + length > len(data) - SIGNATURE_LEN:
        raise ContributionError("damaged header")
    raw = data[len(MAGIC) + 4 : len(MAGIC) + 4 + length]
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ContributionError("damaged header") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ContributionError("not a contribution file")
    if header.get("version") != VERSION:
        raise ContributionError("unknown version")
    return header


def open_sealed(
    data: bytes,
    *,
    recipient_private_for: Callable[[str], str | None],
    trusted_sender: Callable[[str], bool],
) -> tuple[dict, dict]:
    """Verify and decrypt; returns (header, payload). Raises ``ContributionError``.

    ``recipient_private_for(fingerprint)`` gives the team lead's private key the file
    was sealed for (or None); ``trusted_sender(public_b64)`` says whether the signing
    key is registered.
    """
    header = read_header(data)
    sender = header.get("sender")
    if not isinstance(sender, str) or not trusted_sender(sender):
        raise ContributionError("unknown sender")
    body, signature = data[:-SIGNATURE_LEN], data[-SIGNATURE_LEN:]
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(sender)).verify(signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise ContributionError("bad signature") from exc
    private_b64 = recipient_private_for(str(header.get("recipient")))
    if private_b64 is None:
        raise ContributionError("not sealed for this team lead")
    start = len(MAGIC) + 4
    (length,) = struct.unpack(">I", body[len(MAGIC) : start])
    raw_header = body[start : start + length]
    ciphertext = body[start + length :]
    try:
        private = X25519PrivateKey.from_private_bytes(_unb64(private_b64))
        ephemeral = X25519PublicKey.from_public_bytes(_unb64(header["ephemeral"]))
        key = _derive(private.exchange(ephemeral), raw_header)
        plain = AESGCM(key).decrypt(_unb64(header["nonce"]), ciphertext, raw_header)
        payload = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (InvalidTag, KeyError, ValueError, zlib.error) as exc:
        raise ContributionError("cannot decrypt") from exc
    if payload.get("sender") != sender or payload.get("period") != header.get("period"):
        raise ContributionError("payload does not match its signed header")
    return header, payload
