"""Autosave of unsaved input into the encrypted store, a moment after each edit.

A form calls ``touch()`` on every change; ``DELAY_MS`` later its fields are written as
a draft (on the task runner's writer, one write per draft at a time, newest last), and at once
when an input loses focus. A crash therefore loses at most what was typed in the last
moment. Saving or discarding the form removes the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from zkijdesk.services.drafts import Draft

if TYPE_CHECKING:
    from zkijdesk.views.workspace import Workspace

DELAY_MS = 600


class DraftKeeper(QObject):
    def __init__(
        self,
        ws: Workspace,
        key: str,
        collect: Callable[[], dict[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.key = key
        self.collect = collect
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def touch(self) -> None:
        if self.enabled:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Write the draft now (if an edit is waiting)."""
        self._timer.stop()
        if not self.enabled:
            return
        values = self.collect()
        drafts, key = self.ws.services.drafts, self.key
        self._queue(lambda: drafts.save(key, values))

    def settle_now(self, unsaved: bool) -> None:
        """At closing: make the stored draft match the form, on the writer, behind any
        draft write on its way (the window waits for the writer before it closes the
        store).
        ``unsaved``: keep the input; else leave no draft."""
        self._timer.stop()
        drafts, key = self.ws.services.drafts, self.key
        if unsaved and self.enabled:
            values = self.collect()
            work = lambda: drafts.save(key, values)  # noqa: E731
        else:
            work = lambda: drafts.discard(key)  # noqa: E731
        # Straight onto the writer, after a write of this draft already there: a waiting
        # one is dropped, and once the window closes, no waiting one would start.
        self.ws.runner.drop_pending(f"draft:{key}")
        self.ws.runner.run(work, on_error=self._failed, serial=True)

    def discard(self) -> None:
        """Forget the draft, after any write of it still on its way."""
        self._timer.stop()
        drafts, key = self.ws.services.drafts, self.key
        self._queue(lambda: drafts.discard(key))

    def _queue(self, work: Callable[[], object]) -> None:
        self.ws.runner.run_latest(
            f"draft:{self.key}", work, lambda _r: None, self._failed, serial=True
        )

    def load(self) -> Draft | None:
        return self.ws.services.drafts.load(self.key)

    def _failed(self, exc: BaseException) -> None:
        parent = self.parent()
        window = parent.window() if isinstance(parent, QWidget) else None
        if window is not None and hasattr(window, "statusBar"):
            from zkijdesk.views import feedback

            window.statusBar().showMessage(feedback.message(exc), 8000)
