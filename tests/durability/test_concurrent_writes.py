"""Several threads writing at once (the UI thread, the task runner, the backup timer).

In WAL mode a transaction that starts as a reader and then wants to write cannot wait
for a writer that committed meanwhile: SQLite answers "database is locked" at once. The
store begins every unit of work with BEGIN IMMEDIATE so writers queue for the lock
instead; a coach never sees that error because two things happened to save together.
"""

from __future__ import annotations

import threading
from datetime import date

from zkijdesk.services.dto import ClientInput

THREADS = 4
WRITES = 40


def test_parallel_writers_all_commit_and_none_is_refused(services):
    client = services.clients.intake(
        ClientInput(
            first_name="Parallel",
            last_name="Proef",
            birth_date=date(1990, 1, 1),
            intake_status="werkzoekend_ww",
        )
    ).client
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def writer(n: int) -> None:
        start.wait()
        try:
            for i in range(WRITES):
                if i % 2:
                    services.activities.add_task(
                        f"Taak {n}-{i}", date(2026, 12, 1), client_id=client.id
                    )
                else:
                    services.activities.record_contact(
                        client.id, "gesprek", date(2026, 11, 15), 5, f"Gesprek {n}-{i}"
                    )
        except Exception as exc:  # every failure is collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    contacts = services.activities.contacts(client.id)
    tasks = services.activities.tasks(client_id=client.id)
    assert len(contacts) == THREADS * WRITES // 2
    assert len(tasks) == THREADS * WRITES // 2


def test_a_write_waits_for_another_programs_write_lock_then_commits(sqlite_store):
    """Another connection holds the write lock for a moment: the save queues, not fails."""
    from zkijdesk.services.users import create_user, list_users
    from zkijdesk.storage.engine import WRITE_OPTION

    holder = sqlite_store.engine.connect().execution_options(**{WRITE_OPTION: True})
    holder.begin()  # BEGIN IMMEDIATE: holds the write lock
    released = threading.Timer(0.5, holder.rollback)
    released.start()
    try:
        create_user(sqlite_store, "wachter", "Wachter", "coach")
    finally:
        released.join()
        holder.close()
    assert "wachter" in {u.username for u in list_users(sqlite_store)}


def test_a_lock_that_stays_taken_is_one_dutch_sentence(tmp_path):
    """SQLite's 'database is locked' (and PostgreSQL's lock errors) become StoreBusyError."""
    import sqlite3

    from zkijdesk.storage.errors import BUSY_MESSAGE, StoreBusyError, as_store_error

    path = tmp_path / "plain.db"
    first = sqlite3.connect(path, isolation_level=None)
    first.execute("CREATE TABLE t (x)")
    first.execute("BEGIN IMMEDIATE")
    second = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        second.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        mapped = as_store_error(exc)
    else:  # pragma: no cover - the lock must refuse
        raise AssertionError("a second writer got the lock")
    finally:
        first.rollback()
        first.close()
        second.close()
    assert isinstance(mapped, StoreBusyError)
    assert str(mapped) == BUSY_MESSAGE
