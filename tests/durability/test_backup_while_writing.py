"""A backup made while another process writes holds exactly one moment of the source.

"Contents hash" is ``zkijdesk.storage.backup.contents_hash``: SHA-256 over every
table's rows in primary-key order. The writer (another process) commits deterministic
changes 1, 2, 3, ... and stamps each begin and acknowledgement with the system-wide
monotonic clock. The backup holds some prefix 1..k of them (its snapshot says which,
through ``writer.seq``). Then:

- k includes every change acknowledged before the backup began and none begun after
  it ended, so the snapshot is a moment inside the backup's own time span;
- the backup, restored into a store, hashes equal to the source as it was after
  exactly k commits, rebuilt by replaying changes 1..k on the starting state.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from datetime import datetime

from writer_ops import apply_change, seed_base, sequence_in

from zkijdesk.storage import backup as b
from zkijdesk.storage.store import StoreLocation, open_store

NOW = datetime(2026, 11, 15, 12, 0)


class Lines:
    """Reads the writer's pipe on a thread: ('B'|'A', i, monotonic ns) per line."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.items: list[tuple[str, int, int]] = []
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self._thread.start()

    def _read(self, proc) -> None:
        for line in proc.stdout:
            parts = line.split()
            if parts == ["R"]:
                self.ready.set()
            elif len(parts) == 3:
                self.items.append((parts[0], int(parts[1]), int(parts[2])))

    def acked(self) -> int:
        return sum(1 for kind, _, _ in list(self.items) if kind == "A")

    def wait_for_acks(self, n: int, proc, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while self.acked() < n:
            assert proc.poll() is None, "the writer stopped early"
            assert time.monotonic() < deadline, "the writer is not making progress"
            time.sleep(0.005)

    def join(self) -> None:
        self._thread.join(timeout=30)


def store_hash(store) -> str:
    with store.engine.connect() as conn:
        return b.contents_hash(conn.connection.dbapi_connection)


def test_backup_while_another_process_writes_restores_to_that_moment(disk_store, tmp_path):
    source = disk_store.open()
    try:
        with source.session() as s:
            seed_base(s)
        start = b.make_backup(source, tmp_path / "begin", now=NOW)

        proc = subprocess.Popen(
            disk_store.command("writer_child.py", disk_store.path, 100_000),
            stdout=subprocess.PIPE,
            text=True,
            env=disk_store.child_env(),
        )
        lines = Lines(proc)
        try:
            assert lines.ready.wait(60)
            lines.wait_for_acks(40, proc)
            began = time.monotonic_ns()
            made = b.make_backup(source, tmp_path / "kopie", now=NOW)
            ended = time.monotonic_ns()
            lines.wait_for_acks(lines.acked() + 40, proc)  # the writer carried on after it
        finally:
            proc.kill()
            proc.wait()
            lines.join()
    finally:
        source.close()

    reader = b.open_readonly(made.path, disk_store.key)
    try:
        k = sequence_in(reader)
        backup_hash = b.contents_hash(reader)
    finally:
        reader.close()
    acked_before = max(i for kind, i, t in lines.items if kind == "A" and t < began)
    begun_after = min(i for kind, i, t in lines.items if kind == "B" and t > ended)
    assert acked_before <= k < begun_after
    during = [i for kind, i, t in lines.items if kind == "A" and began < t < ended]
    assert during, "no commit completed while the backup ran: the test did not overlap"

    restored_path = tmp_path / "teruggezet.db"
    shutil.copyfile(start.path, restored_path)
    restored = open_store(StoreLocation(path=restored_path), key=disk_store.key)
    try:
        b.restore_backup(restored, made.path, safety_folder=tmp_path / "veilig", now=NOW)
        assert sequence_in_store(restored) == k
        restored_hash = store_hash(restored)
    finally:
        restored.close()

    replay_path = tmp_path / "nagespeeld.db"
    shutil.copyfile(start.path, replay_path)
    replay = open_store(StoreLocation(path=replay_path), key=disk_store.key)
    try:
        for i in range(1, k + 1):
            with replay.session() as s:
                apply_change(s, i)
        replay_hash = store_hash(replay)
    finally:
        replay.close()

    assert restored_hash == replay_hash == backup_hash
    print(
        f"\nbackup snapshot holds commits 1..{k}; acknowledged before it began: "
        f"{acked_before}; {len(during)} commits completed while it ran"
    )


def sequence_in_store(store) -> int:
    with store.engine.connect() as conn:
        return sequence_in(conn.connection.dbapi_connection)
