"""``erase`` with another connection reading: it waits, or says plainly it could not finish.

With another connection reading (a second window, a second process, a running backup)
SQLite cannot checkpoint the WAL, so the removed data stays in the WAL and in the
file's old pages. ``erase`` then waits a while; if the reader stays, it says so in one
line, exits non-zero and names ``zkijdesk compact``, which finishes the job later.
"""

from __future__ import annotations

import threading

import sqlcipher3
from test_privacy_cli import PASS, store_path  # noqa: F401  (the CLI's store fixture)

from zkijdesk.cli import EXIT_FAIL, main
from zkijdesk.services import erasure


def _reader(path):
    """Another connection in the middle of reading: it holds its snapshot of the WAL."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("BEGIN")
    assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == 1
    return conn


def _wal_size(path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_erase_with_a_reader_says_it_could_not_finish(store_path, capsys, monkeypatch):  # noqa: F811
    monkeypatch.setattr(erasure, "CHECKPOINT_WAIT_MS", 200, raising=False)  # the reader stays
    reader = _reader(store_path)
    try:
        args = ["--store", str(store_path), "--user", "anna"]
        assert main([*args, "erase", "--client", "1", "--yes"]) == EXIT_FAIL
        out, err = capsys.readouterr()
        assert "opgeschoond" not in out and "is gewist" not in out
        assert err.count("\n") == 1 and "niet volledig gewist" in err and "compact" in err
        assert _wal_size(store_path) > 0  # the removed pages are still in the WAL
    finally:
        reader.close()
    assert main(["--store", str(store_path), "--user", "anna", "compact"]) == 0
    assert "Opgeschoond" in capsys.readouterr().out
    assert _wal_size(store_path) == 0
    assert main(["--store", str(store_path), "check"]) == 0


def test_erase_waits_for_a_reader_that_finishes(store_path, capsys):  # noqa: F811
    reader = _reader(store_path)
    closer = threading.Timer(0.3, reader.close)  # the other window finishes its query
    closer.start()
    try:
        args = ["--store", str(store_path), "--user", "anna"]
        assert main([*args, "erase", "--client", "1", "--yes"]) == 0
    finally:
        closer.join()
    assert "opgeschoond" in capsys.readouterr().out
    assert _wal_size(store_path) == 0
