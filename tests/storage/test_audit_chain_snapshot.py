"""The audit chain's check reads the entries and then the head: a colleague's entry
committed in between must not read as a broken chain (a false tamper alarm in
``zkijdesk check`` on a busy team database)."""

from __future__ import annotations

from sqlalchemy import event

from zkijdesk.services import audit
from zkijdesk.services.audit_query import AuditQueryService
from zkijdesk.storage.store import check_store


def _append_one(store) -> None:
    with store.session() as s:
        audit.record(s, None, "view", "client", 1)


class AppendDuringCheck:
    """Commits one more entry, from another connection, just before the head is read."""

    def __init__(self, store) -> None:
        self.store, self.appended = store, 0

    def __enter__(self):
        event.listen(self.store.engine, "before_cursor_execute", self.before)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.store.engine, "before_cursor_execute", self.before)

    def before(self, _conn, _cursor, statement, *_rest) -> None:
        if not self.appended and "FROM audit_head" in statement:
            self.appended += 1
            _append_one(self.store)


def test_an_entry_appended_during_check_is_not_a_broken_chain(store):
    for _ in range(3):
        _append_one(store)
    with AppendDuringCheck(store) as during:
        report = check_store(store)
    assert during.appended == 1
    assert report.ok, report.problems
    assert check_store(store).ok  # and the next check sees it in an intact chain


def test_the_admins_chain_check_holds_during_an_append(store, people):
    for _ in range(3):
        _append_one(store)
    service = AuditQueryService(store, people.admin.actor, lambda: None)
    with AppendDuringCheck(store) as during:
        report = service.verify()
    assert during.appended == 1
    assert report.ok, report
