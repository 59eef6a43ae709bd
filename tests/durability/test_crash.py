"""Committed changes survive the process being killed at any moment.

Each round starts a child process that commits random changes through the real
services (intakes, edits, contacts) and acknowledges each commit on a pipe after the
service call returned. The test kills it with SIGKILL (TerminateProcess on Windows)
right after it has *begun* a randomly chosen write, after a random part of a commit's
typical duration, so kills land before, inside and after commits. Then the store is
opened again, as the next start of the app would: every acknowledged commit must be
there, and the integrity checks (SQLite, SQLCipher, foreign keys, audit chain) must pass.
The same store carries on into the next round, so recovery after recovery is tested.

Reduced form (CI and a plain test run): 5 rounds, each killed after 150-187 writes.
Full form: ``ZKIJDESK_CRASH_FULL=1 python3 dev.py test tests/durability/test_crash.py -s``
runs 20 rounds, each killed after 1,000-1,250 writes (see docs/durability.md).
"""

from __future__ import annotations

import os
import random
import subprocess
import time
from dataclasses import dataclass, field

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.storage.store import check_store

FULL = os.environ.get("ZKIJDESK_CRASH_FULL") == "1"
ROUNDS = int(os.environ.get("ZKIJDESK_CRASH_ROUNDS", 20 if FULL else 5))
WRITES = int(os.environ.get("ZKIJDESK_CRASH_WRITES", 1000 if FULL else 150))
SEED = int(os.environ.get("ZKIJDESK_CRASH_SEED", random.SystemRandom().randrange(10**6)))


@dataclass
class RoundLog:
    acked: list[tuple[int, str, int]] = field(default_factory=list)  # (seq, op, object id)
    in_flight: int | None = None  # begun, not acknowledged when killed


def run_round(disk_store, round_no: int, rnd: random.Random) -> RoundLog:
    """Start a writer, kill it mid-stream, return what it acknowledged."""
    kill_after = rnd.randint(WRITES, WRITES + WRITES // 4)
    proc = subprocess.Popen(
        disk_store.command("crash_child.py", disk_store.path, round_no, kill_after + 50, SEED),
        stdout=subprocess.PIPE,
        text=True,
        env=disk_store.child_env(),
    )
    log = RoundLog()
    begun_at: float | None = None
    durations: list[float] = []
    begun = 0
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            kind, *rest = line.split()
            if kind == "B":
                begun += 1
                begun_at = time.perf_counter()
                log.in_flight = int(rest[0])
                if begun == kill_after:
                    typical = sum(durations[-50:]) / max(1, len(durations[-50:]))
                    time.sleep(rnd.uniform(0, 1.5 * typical))
                    proc.kill()
                    break
            elif kind == "A":
                log.acked.append((int(rest[0]), rest[1], int(rest[2])))
                log.in_flight = None
                if begun_at is not None:
                    durations.append(time.perf_counter() - begun_at)
        for line in proc.stdout.read().splitlines():  # what reached the pipe before death
            kind, *rest = line.split()
            if kind == "A":
                log.acked.append((int(rest[0]), rest[1], int(rest[2])))
                log.in_flight = None
            elif kind == "B":
                log.in_flight = int(rest[0])
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode != 0, "the writer finished before it was killed"
    return log


def verify(store, acked: list[tuple[int, str, int]]) -> None:
    """Every acknowledged commit is in the store (an edit may be overtaken by a later one)."""
    with store.read_session() as s:
        names = dict(s.execute(select(m.Client.id, m.Client.last_name)).all())
        notes = dict(s.execute(select(m.Client.id, m.Client.consent_note)).all())
        contacts = dict(s.execute(select(m.Activity.id, m.Activity.note)).all())
    for seq, op, object_id in acked:
        if op == "I":
            assert names.get(object_id) == f"Crash{seq}", f"intake {seq} lost"
        elif op == "U":
            note = notes.get(object_id) or ""
            assert note.startswith("seq=") and int(note[4:]) >= seq, f"edit {seq} lost"
        else:
            assert contacts.get(object_id) == f"seq={seq}", f"contact {seq} lost"


def in_flight_landed(store, seq: int | None) -> bool | None:
    """Whether the write the kill interrupted made it (either answer is correct)."""
    if seq is None:
        return None
    marker = f"seq={seq}"
    with store.read_session() as s:
        return bool(
            s.scalar(select(m.Client.id).where(m.Client.last_name == f"Crash{seq}"))
            or s.scalar(select(m.Client.id).where(m.Client.consent_note == marker))
            or s.scalar(select(m.Activity.id).where(m.Activity.note == marker))
        )


def test_every_acknowledged_commit_survives_a_kill(disk_store):
    rnd = random.Random(SEED)
    all_acked: list[tuple[int, str, int]] = []
    landed = {True: 0, False: 0, None: 0}
    for round_no in range(1, ROUNDS + 1):
        log = run_round(disk_store, round_no, rnd)
        assert len(log.acked) >= WRITES - 1
        all_acked.extend(log.acked)
        store = disk_store.open()
        try:
            report = check_store(store, thorough=True)
            assert report.ok, f"round {round_no} (seed {SEED}): {report.problems}"
            verify(store, all_acked)
            landed[in_flight_landed(store, log.in_flight)] += 1
        finally:
            store.close()
    print(
        f"\ncrash test (seed {SEED}): {ROUNDS} rounds, {len(all_acked)} acknowledged commits "
        f"all present; killed inside a write {landed[True] + landed[False]} times "
        f"(it landed {landed[True]}x, was rolled back {landed[False]}x), "
        f"between writes {landed[None]} times"
    )
