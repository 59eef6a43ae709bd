"""A test-wide guard: the GUI never writes to the store on the UI thread.

Every statement that writes (INSERT, UPDATE, DELETE, SQLite's ``BEGIN IMMEDIATE``,
which takes the write lock and may wait up to the busy timeout for it, or a call of one
of a team database's writing functions, such as the audit log's) is looked at
before it runs. If it runs on the main thread -- the Qt UI thread in a GUI test -- and
the call came from the GUI (a frame in ``zkijdesk/views/`` or ``zkijdesk/app.py``), it
is recorded, and the test fails at its end naming where the write came from. Writes
that go through ``runner.write`` (or any task runner job) run on a worker and pass.

A test's own seeding calls services directly: no GUI frame is on its stack, so it is
never mistaken for the window writing, before or after the window is open.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from sqlalchemy import Engine, event

_PACKAGE = Path(__file__).resolve().parent.parent / "zkijdesk"
_GUI = (str(_PACKAGE / "views") + "/", str(_PACKAGE / "app.py"))
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "BEGIN IMMEDIATE")
#: A team database's writing functions, called with SELECT (storage/team.py).
_WRITING_CALLS = (
    "zk_audit_append(",
    "zk_transfer(",
    "zk_set_lock_hash(",
    "zk_request_compaction(",
    "zk_movein_audit(",
)

found: list[str] = []


def _gui_frame() -> str | None:
    """The innermost GUI frame on this thread's stack, as 'path:line in name'."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_GUI):
            where = Path(name).relative_to(_PACKAGE.parent)
            return f"{where}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return None


def _before_execute(_conn, _cursor, statement, _params, _context, _many) -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    head = statement.lstrip()[:16].upper()
    call = next((name for name in _WRITING_CALLS if name in statement), None)
    if not head.startswith(_WRITES) and call is None:
        return
    where = _gui_frame()
    if where is not None:
        found.append(f"{call or head.split()[0]} {where}")


def install() -> None:
    if not event.contains(Engine, "before_cursor_execute", _before_execute):
        event.listen(Engine, "before_cursor_execute", _before_execute)


def take() -> list[str]:
    """What was found since the last call, and forget it."""
    seen = list(dict.fromkeys(found))
    found.clear()
    return seen
