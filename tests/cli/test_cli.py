"""The command line as an IT admin or a script meets it: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from zkijdesk.cli import main

PASS = "correct horse battery staple"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run `python -m zkijdesk` in a child process with no keyring and no terminal."""
    full_env = {k: v for k, v in os.environ.items() if k != "ZKIJDESK_PASSPHRASE"}
    full_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "zkijdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_version():
    from zkijdesk import __version__

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"zkijdesk {__version__}"


def test_demo_store_is_encrypted_checkable_and_refuses_a_wrong_passphrase(tmp_path):
    from sqlalchemy import text

    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store

    store_path = tmp_path / "x.db"
    made = run_cli(
        "--store",
        str(store_path),
        "demo",
        "--clients",
        "60",
        "--seed",
        "4",
        env={"ZKIJDESK_PASSPHRASE": PASS},
    )
    assert made.returncode == 0, made.stderr
    assert "60 cliënten" in made.stdout
    assert "ZKIJDESK_PASSPHRASE" in made.stdout

    data = store_path.read_bytes()
    wal = Path(f"{store_path}-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert not data.startswith(b"SQLite format 3")
    store = open_store(StoreLocation(path=store_path), key=StoreKey(KeyKind.PASSPHRASE, PASS, "t"))
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT first_name, last_name, search_key FROM client")).all()
    store.close()
    assert len(rows) == 60
    # Only strings of 8+ bytes: a 3-letter name turns up by chance in megabytes of
    # ciphertext (about once in 16 MiB), an 8-byte string practically never.
    needles = {v.encode() for row in rows for v in row if len(v.encode()) >= 8}
    assert len(needles) >= 60
    for needle in needles:
        assert needle not in data

    checked = run_cli("--store", str(store_path), "check", env={"ZKIJDESK_PASSPHRASE": PASS})
    assert checked.returncode == 0, checked.stderr
    assert "in orde" in checked.stdout

    before = store_path.read_bytes()
    wrong = run_cli(
        "--store", str(store_path), "check", env={"ZKIJDESK_PASSPHRASE": "not the right one"}
    )
    assert wrong.returncode == 1
    lines = wrong.stderr.strip().splitlines()
    assert len(lines) == 1 and "sleutel is onjuist" in lines[0]
    assert store_path.read_bytes() == before


def test_without_any_key_source_nothing_is_created(tmp_path):
    store_path = tmp_path / "x.db"
    result = run_cli("--store", str(store_path), "init")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ZKIJDESK_PASSPHRASE" in lines[0]
    assert not store_path.exists()


def test_init_with_keyring_shows_recovery_key_once_and_recover_rekeys(
    tmp_path, capsys, memory_keyring
):
    store_path = tmp_path / "eigen.db"
    assert main(["--store", str(store_path), "init", "--user", "anna", "--name", "Anna"]) == 0
    out = capsys.readouterr().out
    recovery = out.strip().splitlines()[-1].strip()
    assert "Herstelsleutel" in out and len(recovery.split("-")) == 11
    assert main(["--store", str(store_path), "check"]) == 0
    capsys.readouterr()

    memory_keyring.secrets.clear()  # the Windows profile is gone
    assert main(["--store", str(store_path), "check"]) == 1
    assert "Geen sleutel" in capsys.readouterr().err

    os.environ["ZKIJDESK_RECOVERY_KEY"] = recovery
    try:
        assert main(["--store", str(store_path), "recover"]) == 0
    finally:
        del os.environ["ZKIJDESK_RECOVERY_KEY"]
    out = capsys.readouterr().out
    new_recovery = out.strip().splitlines()[-1].strip()
    assert new_recovery != recovery
    assert main(["--store", str(store_path), "check"]) == 0

    os.environ["ZKIJDESK_RECOVERY_KEY"] = recovery
    try:
        assert main(["--store", str(store_path), "recover"]) == 1
    finally:
        del os.environ["ZKIJDESK_RECOVERY_KEY"]
    assert "sleutel is onjuist" in capsys.readouterr().err


def test_check_reports_damage_with_non_zero_exit(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    store_path = tmp_path / "x.db"
    assert main(["--store", str(store_path), "init"]) == 0
    data = bytearray(store_path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 32] = bytes(32)
    store_path.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--store", str(store_path), "check"]) == 1
    assert "beschadig" in capsys.readouterr().err


@pytest.mark.parametrize("clients", ["0", "-5", "1000001"])
def test_demo_refuses_a_silly_size(tmp_path, capsys, monkeypatch, clients):
    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    assert main(["--store", str(tmp_path / "d.db"), "demo", "--clients", clients]) == 1
    assert "--clients moet tussen 1 en 1000000 liggen." in capsys.readouterr().err
    assert not (tmp_path / "d.db").exists()


def test_demo_accepts_a_million_clients(tmp_path, capsys, monkeypatch):
    """Stress tests at ten times ten regions (issue 17): the size passes the check and goes
    to the generator unchanged; the million itself is not made here."""
    from zkijdesk.domain.errors import StateError
    from zkijdesk.services import store_setup

    asked: list[int] = []

    def fake_demo_store(location, *, clients, **_kwargs):
        asked.append(clients)
        raise StateError("stopped before making it")

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    monkeypatch.setattr(store_setup, "demo_store", fake_demo_store)
    assert main(["--store", str(tmp_path / "d.db"), "demo", "--clients", "1000000"]) == 1
    assert asked == [1_000_000]
    assert "stopped before making it" in capsys.readouterr().err


def test_a_plain_sqlite_url_is_refused(tmp_path, capsys):
    target = tmp_path / "plain.db"
    assert main(["--database-url", f"sqlite:///{target}", "init"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    assert not target.exists()
