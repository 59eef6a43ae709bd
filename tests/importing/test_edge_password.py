"""A workbook saved with a password, built for real: the workbook is encrypted as Excel
does it (ECMA-376 agile encryption, AES-256 with a SHA-512 key from the password) and
put in an OLE compound file with its ``EncryptionInfo`` and ``EncryptedPackage``
streams. The import must refuse it in one Dutch sentence that names the file, on the
command line too, and write nothing.

msoffcrypto-tool could encrypt the workbook, but it is not a dependency of the project;
``cryptography`` is, so the container is built here, and the test first opens it again
with the password to prove it holds the very workbook that was encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import struct
from pathlib import Path

import pytest
from cli_run import PASS, run_cli
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sheets import BSNS, person, write_xlsx

from zkijdesk.services.importing.readers import ImportFileError

PASSWORD = "Geheim2025!"
SPIN = 100_000
SEGMENT = 4096
BLOCK_VERIFIER_INPUT = bytes.fromhex("fea7d2763b4b9e79")
BLOCK_VERIFIER_VALUE = bytes.fromhex("d7aa0f6d3061344e")
BLOCK_KEY_VALUE = bytes.fromhex("146e0be7abacd0d6")
BLOCK_HMAC_KEY = bytes.fromhex("5fb2ad010cb9e1f6")
BLOCK_HMAC_VALUE = bytes.fromhex("a0677f02b22c8433")


def written_rows(store_path) -> int:
    """Rows in every table an import writes to, the import batches included."""
    from sqlalchemy import func, select

    from zkijdesk import models as m
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store

    key = StoreKey(KeyKind.PASSPHRASE, PASS, "test")
    store = open_store(StoreLocation(path=store_path), key=key)
    tables = (m.Client, m.Route, m.Training, m.Placement, m.Activity, m.Employer, m.Vacancy)
    try:
        with store.read_session() as s:
            return sum(
                s.scalar(select(func.count()).select_from(t)) or 0 for t in (*tables, m.ImportBatch)
            )
    finally:
        store.close()


def _aes(key: bytes, iv: bytes, data: bytes, *, decrypt: bool = False) -> bytes:
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    worker = cipher.decryptor() if decrypt else cipher.encryptor()
    return worker.update(data) + worker.finalize()


def _pad(data: bytes, size: int = 16) -> bytes:
    return data + b"\0" * (-len(data) % size)


def _password_hash(password: str, salt: bytes) -> bytes:
    digest = hashlib.sha512(salt + password.encode("utf-16-le")).digest()
    for i in range(SPIN):
        digest = hashlib.sha512(struct.pack("<I", i) + digest).digest()
    return digest


def _key(hashed: bytes, block: bytes) -> bytes:
    return hashlib.sha512(hashed + block).digest()[:32]


def _iv(salt: bytes, block: bytes) -> bytes:
    return hashlib.sha512(salt + block).digest()[:16]


def _segments(key: bytes, salt: bytes, data: bytes, *, decrypt: bool = False) -> bytes:
    out = []
    for index in range(0, len(data), SEGMENT):
        iv = _iv(salt, struct.pack("<I", index // SEGMENT))
        out.append(_aes(key, iv, _pad(data[index : index + SEGMENT]), decrypt=decrypt))
    return b"".join(out)


def encrypt_ooxml(package: bytes, password: str) -> tuple[bytes, bytes]:
    """(EncryptionInfo, EncryptedPackage) streams of ``package`` under ``password``."""
    secret, key_salt, password_salt = os.urandom(32), os.urandom(16), os.urandom(16)
    verifier = os.urandom(16)
    hashed = _password_hash(password, password_salt)
    encrypted = struct.pack("<Q", len(package)) + _segments(secret, key_salt, package)
    hmac_key = os.urandom(64)
    hmac_value = hmac.new(hmac_key, encrypted, hashlib.sha512).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    common = (
        'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"'
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
        'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
        f'<keyData {common} saltValue="{b64(key_salt)}"/>'
        "<dataIntegrity "
        f'encryptedHmacKey="{b64(_aes(secret, _iv(key_salt, BLOCK_HMAC_KEY), hmac_key))}" '
        f'encryptedHmacValue="{b64(_aes(secret, _iv(key_salt, BLOCK_HMAC_VALUE), hmac_value))}"/>'
        '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/'
        f'keyEncryptor/password"><p:encryptedKey spinCount="{SPIN}" {common} '
        f'saltValue="{b64(password_salt)}" '
        "encryptedVerifierHashInput="
        f'"{b64(_aes(_key(hashed, BLOCK_VERIFIER_INPUT), password_salt, verifier))}" '
        "encryptedVerifierHashValue="
        f'"{b64(_aes(_key(hashed, BLOCK_VERIFIER_VALUE), password_salt, hashlib.sha512(verifier).digest()))}" '  # noqa: E501
        f'encryptedKeyValue="{b64(_aes(_key(hashed, BLOCK_KEY_VALUE), password_salt, secret))}"/>'
        "</keyEncryptor></keyEncryptors></encryption>"
    )
    info = struct.pack("<HHI", 4, 4, 0x40) + xml.encode("utf-8")
    return info, encrypted


def decrypt_ooxml(info: bytes, encrypted: bytes, password: str) -> bytes:
    """The package back from the two streams, reading only what the XML says."""
    xml = info[8:].decode("utf-8")
    key_salt = base64.b64decode(re.search(r'<keyData [^>]*saltValue="([^"]+)"', xml).group(1))

    def attribute(name: str) -> bytes:
        return base64.b64decode(re.search(rf'<p:encryptedKey [^>]*{name}="([^"]+)"', xml).group(1))

    password_salt = attribute("saltValue")
    hashed = _password_hash(password, password_salt)
    verifier = _aes(
        _key(hashed, BLOCK_VERIFIER_INPUT),
        password_salt,
        attribute("encryptedVerifierHashInput"),
        decrypt=True,
    )
    expected = _aes(
        _key(hashed, BLOCK_VERIFIER_VALUE),
        password_salt,
        attribute("encryptedVerifierHashValue"),
        decrypt=True,
    )
    assert hashlib.sha512(verifier).digest() == expected, "wrong password"
    secret = _aes(
        _key(hashed, BLOCK_KEY_VALUE), password_salt, attribute("encryptedKeyValue"), decrypt=True
    )
    (size,) = struct.unpack("<Q", encrypted[:8])
    return _segments(secret, key_salt, encrypted[8:], decrypt=True)[:size]


# An OLE compound file (MS-CFB version 3): 512-byte sectors, streams under 4096 bytes in
# the mini stream of 64-byte sectors, as Excel writes a protected workbook.
SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FAT_MARK, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _sectors(data: bytes, size: int) -> int:
    return (len(data) + size - 1) // size


def _entry(name: str, kind: int, *, left=NONE, right=NONE, child=NONE, start=END, size=0):
    encoded = (name.encode("utf-16-le") + b"\0\0") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", left, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes], *, directory_last: bool = False) -> bytes:
    """A compound file holding ``streams`` in the root storage (at most three); Excel
    often writes the directory after the streams, far from the start of the file."""
    names = list(streams)
    mini_stream = b""
    mini_fat: list[int] = []
    regular: dict[str, bytes] = {}
    starts: dict[str, int] = {}
    for name in names:
        data = streams[name]
        if len(data) < CUTOFF:
            first = len(mini_stream) // MINI
            count = _sectors(data, MINI)
            starts[name] = first
            mini_fat += [first + i + 1 for i in range(count - 1)] + [END]
            mini_stream += data.ljust(count * MINI, b"\0")
        else:
            regular[name] = data
    mini_fat_bytes = b"".join(struct.pack("<I", v) for v in mini_fat)
    mini_fat_bytes = mini_fat_bytes.ljust(_sectors(mini_fat_bytes, SECTOR) * SECTOR, b"\xff")
    body = [("minifat", len(mini_fat_bytes) // SECTOR)]
    body.append(("ministream", _sectors(mini_stream, SECTOR)))
    body += [(name, _sectors(data, SECTOR)) for name, data in regular.items()]
    body.insert(len(body) if directory_last else 0, ("directory", 1))
    used = sum(count for _, count in body)
    fat_count = 1
    while fat_count * (SECTOR // 4) < used + fat_count:
        fat_count += 1
    fat = [FAT_MARK] * fat_count
    first: dict[str, int] = {}
    for part, count in body:
        first[part] = len(fat)
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [END]
    fat += [FREE] * (fat_count * (SECTOR // 4) - len(fat))
    for name in regular:
        starts[name] = first[name]
    # The root's children as a tree: the first stream, the others to its right in turn.
    entries = [
        _entry(
            "Root Entry",
            5,
            child=1,
            start=first["ministream"] if mini_stream else END,
            size=len(mini_stream),
        )
    ]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else NONE
        entries.append(_entry(name, 2, right=right, start=starts[name], size=len(streams[name])))
    entries += [_entry("", 0)] * (4 - len(entries))
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<II", 0, fat_count)
        + struct.pack("<II", first["directory"], 0)
        + struct.pack("<I", CUTOFF)
        + struct.pack("<II", first["minifat"], len(mini_fat_bytes) // SECTOR)
        + struct.pack("<II", END, 0)
        + b"".join(struct.pack("<I", i) for i in range(fat_count))
    )
    header = header.ljust(SECTOR, b"\xff")
    parts = {
        "directory": b"".join(entries),
        "minifat": mini_fat_bytes,
        "ministream": mini_stream.ljust(_sectors(mini_stream, SECTOR) * SECTOR, b"\0"),
    }
    parts.update(
        {name: data.ljust(_sectors(data, SECTOR) * SECTOR, b"\0") for name, data in regular.items()}
    )
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    return header + fat_bytes + b"".join(parts[part] for part, _ in body)


def read_compound_stream(data: bytes, wanted: str) -> bytes:
    """One stream of a compound file, followed through the FAT or the mini FAT."""
    (fat_count,) = struct.unpack_from("<I", data, 44)
    directory, _, cutoff, mini_fat_start = struct.unpack_from("<IIII", data, 48)
    fat_sectors = struct.unpack_from(f"<{fat_count}I", data, 76)

    def sector(n: int) -> bytes:
        return data[SECTOR * (n + 1) : SECTOR * (n + 2)]

    fat = [v for n in fat_sectors for v in struct.unpack("<128I", sector(n))]

    def chain(start: int) -> bytes:
        out, n = [], start
        while n != END:
            out.append(sector(n))
            n = fat[n]
        return b"".join(out)

    entries = chain(directory)
    found = {}
    for offset in range(0, len(entries), 128):
        length, kind = struct.unpack_from("<HB", entries, offset + 64)
        name = entries[offset : offset + max(length - 2, 0)].decode("utf-16-le")
        start, size = struct.unpack_from("<IQ", entries, offset + 116)
        found[name] = (kind, start, size)
    kind, start, size = found[wanted]
    if size >= cutoff:
        return chain(start)[:size]
    mini_stream = chain(found["Root Entry"][1])
    mini_fat = struct.unpack(f"<{len(chain(mini_fat_start)) // 4}I", chain(mini_fat_start))
    out, n = [], start
    while n != END:
        out.append(mini_stream[n * MINI : (n + 1) * MINI])
        n = mini_fat[n]
    return b"".join(out)[:size]


@pytest.fixture(params=["small", "large"])
def locked_workbook(request, tmp_path):
    """(path of the protected workbook, the workbook it protects): a short list, and a
    caseload of 3,000 rows whose directory Excel-like comes after 100 kB of streams."""
    rows = [person(1, BSN=BSNS[0]), person(2)]
    if request.param == "large":
        rows = [person(i) for i in range(3000)]
    plain = write_xlsx(tmp_path / "open.xlsx", rows)
    package = plain.read_bytes()
    info, encrypted = encrypt_ooxml(package, PASSWORD)
    streams = {"EncryptionInfo": info, "EncryptedPackage": encrypted}
    locked = tmp_path / "caseload geheim.xlsx"
    locked.write_bytes(compound_file(streams, directory_last=request.param == "large"))
    if request.param == "large":
        assert locked.stat().st_size > 100_000
    return locked, package


def test_the_protected_workbook_is_a_real_one(locked_workbook):
    """The fixture itself: the container opens again with the password to the very
    workbook that was encrypted, and not with another password."""
    locked, package = locked_workbook
    data = locked.read_bytes()
    info = read_compound_stream(data, "EncryptionInfo")
    encrypted = read_compound_stream(data, "EncryptedPackage")
    assert len(info) < CUTOFF <= len(encrypted)  # one stream in the mini stream, one not
    assert package not in data and b"PK\x03\x04" not in data
    assert decrypt_ooxml(info, encrypted, PASSWORD) == package
    with pytest.raises(AssertionError, match="wrong password"):
        decrypt_ooxml(info, encrypted, "raden")


REFUSAL = (
    "caseload geheim.xlsx is beveiligd met een wachtwoord; sla het zonder wachtwoord op en "
    "probeer het opnieuw."
)


def test_a_protected_workbook_is_refused_by_name(locked_workbook, importer):
    locked, _ = locked_workbook
    with pytest.raises(ImportFileError) as refused:
        importer.open(locked)
    assert str(refused.value) == REFUSAL


def test_a_protected_workbook_renamed_or_as_xlsm_is_refused_too(locked_workbook, importer):
    """Excel names a protected file as the user chose; the content says what it is."""
    locked, _ = locked_workbook
    for name in ("lijst.xlsm", "lijst.xls"):
        renamed = locked.with_name(name)
        renamed.write_bytes(locked.read_bytes())
        with pytest.raises(ImportFileError, match=re.escape(f"{name} is beveiligd met een")):
            importer.open(renamed)


def test_the_command_line_refuses_a_protected_workbook_and_writes_nothing(
    locked_workbook, tmp_path
):
    locked, _ = locked_workbook
    store_path = tmp_path / "s.db"
    assert run_cli("--store", str(store_path), "init", "--user", "c1").returncode == 0
    for extra in ((), ("--dry-run",)):
        result = run_cli("--store", str(store_path), "--user", "c1", "import", str(locked), *extra)
        assert result.returncode == 1
        assert result.stderr.strip() == f"zkijdesk: {REFUSAL}"
    assert not any(p.name.endswith("importverslag.xlsx") for p in tmp_path.iterdir())
    assert written_rows(store_path) == 0


# A spreadsheet protected in LibreOffice (ODF 1.2 encryption): still a ZIP, each part
# deflated, then encrypted with AES-256-CBC under a PBKDF2 key from the password's
# SHA-256, and described in META-INF/manifest.xml.
ODF_ITERATIONS = 100_000
MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def _odf_key(password: str, salt: bytes) -> bytes:
    start = hashlib.sha256(password.encode("utf-8")).digest()
    return hashlib.pbkdf2_hmac("sha1", start, salt, ODF_ITERATIONS, 32)


def encrypt_ods(plain: Path, target: Path, password: str) -> Path:
    import zipfile
    import zlib

    with zipfile.ZipFile(plain) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    entries = []
    encrypted: dict[str, bytes] = {}
    for name in ("content.xml", "styles.xml"):
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = packer.compress(parts[name]) + packer.flush()
        salt, iv = os.urandom(16), os.urandom(16)
        pad = 16 - len(deflated) % 16
        padded = deflated + os.urandom(pad - 1) + bytes([pad])  # xmlenc padding
        encrypted[name] = _aes(_odf_key(password, salt), iv, padded)
        checksum = hashlib.sha256(deflated[:1024]).digest()
        b64 = base64.b64encode
        entries.append(
            f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml" '
            f'manifest:size="{len(parts[name])}"><manifest:encryption-data '
            f'manifest:checksum-type="{MANIFEST_NS}#sha256-1k" '
            f'manifest:checksum="{b64(checksum).decode()}"><manifest:algorithm '
            'manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
            f'manifest:initialisation-vector="{b64(iv).decode()}"/>'
            "<manifest:start-key-generation manifest:start-key-generation-name="
            '"http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>'
            '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" '
            f'manifest:key-size="32" manifest:iteration-count="{ODF_ITERATIONS}" '
            f'manifest:salt="{b64(salt).decode()}"/></manifest:encryption-data>'
            "</manifest:file-entry>"
        )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<manifest:manifest xmlns:manifest="{MANIFEST_NS}" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        + "".join(entries)
        + "</manifest:manifest>"
    )
    with zipfile.ZipFile(target, "w") as out:
        out.writestr("mimetype", parts["mimetype"], zipfile.ZIP_STORED)
        out.writestr("meta.xml", parts["meta.xml"], zipfile.ZIP_DEFLATED)
        for name, data in encrypted.items():
            out.writestr(name, data, zipfile.ZIP_STORED)
        out.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return target


def decrypt_ods_part(locked: Path, name: str, password: str) -> bytes:
    """One part back with the password, from what the manifest says about it."""
    import zipfile
    import zlib

    with zipfile.ZipFile(locked) as archive:
        manifest = archive.read("META-INF/manifest.xml").decode("utf-8")
        data = archive.read(name)
    entry = re.search(rf'full-path="{re.escape(name)}".*?</manifest:file-entry>', manifest)

    def value(attribute: str) -> bytes:
        return base64.b64decode(re.search(rf'manifest:{attribute}="([^"]+)"', entry[0])[1])

    padded = _aes(
        _odf_key(password, value("salt")), value("initialisation-vector"), data, decrypt=True
    )
    deflated = padded[: -padded[-1]]
    assert hashlib.sha256(deflated[:1024]).digest() == value("checksum"), "wrong password"
    return zlib.decompress(deflated, -15)


@pytest.fixture
def locked_ods(tmp_path):
    from sheets import write_ods

    plain = write_ods(tmp_path / "open.ods", [person(1, BSN=BSNS[0]), person(2)])
    return encrypt_ods(plain, tmp_path / "lijst geheim.ods", PASSWORD), plain


def test_the_protected_ods_is_a_real_one(locked_ods):
    import zipfile

    locked, plain = locked_ods
    with zipfile.ZipFile(plain) as archive:
        content = archive.read("content.xml")
    assert b"Achter1" in content and b"Achter1" not in locked.read_bytes()
    assert decrypt_ods_part(locked, "content.xml", PASSWORD) == content
    with pytest.raises(AssertionError, match="wrong password"):
        decrypt_ods_part(locked, "content.xml", "raden")


def test_a_protected_ods_is_refused_as_protected_not_as_damaged(locked_ods, importer):
    locked, _ = locked_ods
    with pytest.raises(ImportFileError) as refused:
        importer.table(importer.open(locked))
    assert str(refused.value) == (
        "lijst geheim.ods is beveiligd met een wachtwoord; sla het zonder wachtwoord op en "
        "probeer het opnieuw."
    )


def test_an_unprotected_ods_and_xlsx_still_read(tmp_path, importer):
    """The manifest is looked at, not guessed from: open sheets of both kinds read on."""
    from sheets import write_ods

    for path in (
        write_ods(tmp_path / "open.ods", [person(1)]),
        write_xlsx(tmp_path / "open.xlsx", [person(1)]),
    ):
        table = importer.table(importer.open(path))
        assert [r.cells[2] for r in table.rows] == ["Achter1"]
