"""Run the month's figures off the UI thread and hear back on it.

The page hands a function to ``ReportRunner.start``; it runs on the task runner
(``views/tasks.py``: plain Python worker threads, the outcome delivered on the UI thread
through a relay the runner owns), one report at a time. Progress comes back through a
queued signal. The worker never touches a widget, and the work function is handed
only plain objects (a service, a progress callable), never the page.

No QRunnable: one that Python owns is freed by whichever thread drops the last
reference, possibly while its ``run`` still returns on the worker. The window's
runner also lets the window wait for a report that is still being written when it
closes.

The page's callbacks (its bound methods) are held weakly. The task runner lets go of
a finished job's callbacks only when the job's relay is deleted, or when the worker
drops its last reference to it; a strong reference there could be the last one to a
page without a parent (as in the tests), which would then be deleted from inside its
own runner's clean-up, or on the worker thread.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.text import Text
from zkijdesk.i18n import translate_message
from zkijdesk.views.tasks import Task, TaskRunner

log = logging.getLogger(__name__)
Work = Callable[[Callable[[int, str | Text], None]], Any]


class ReportRunner(QObject):
    """One job at a time; ``busy`` tells the page to keep its buttons disabled."""

    # A step's sentence (a Text, or a plain sentence), translated where it is shown.
    progress = Signal(int, object)

    def __init__(self, parent: QObject, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.tasks = runner
        self._busy = False
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def start(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        *,
        on_cancel: Callable[[], None] | None = None,
        label: str | None = None,
        failure: str | None = None,
    ) -> Task:
        """Run ``work(report)``; ``cancel`` stops it at its next progress report.

        A labelled job shows in the window's status bar, and closing the window waits
        for it visibly (after asking it to stop) instead of silently. ``failure`` is the
        sentence for a bug (the monthly figures' by default): a coach's key step is no
        export.
        """
        if self._busy:
            raise RuntimeError("a report is still running")
        self._busy = True
        # Emitted on the worker; this object lives on the UI thread, so the signal is
        # queued and the page hears it there.
        emit = self.progress.emit
        done_ref, error_ref = _weakly(on_done), _weakly(on_error)
        cancel_ref = _weakly(on_cancel) if on_cancel is not None else (lambda: None)

        def call(progress, token) -> Any:
            def report(percent: int, message: str) -> None:
                token.check()
                emit(percent, message)

            return work(report)

        def finished(result: Any) -> None:
            self._busy = False
            self._task = None
            callback = done_ref()
            if callback is not None:
                callback(result)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._task = None
            text: str
            if isinstance(exc, ZkijdeskError):
                text = translate_message(exc.text)
            else:  # a bug: say so in one sentence, keep the trace in the log
                log.error("rapportagestap mislukt", exc_info=exc)
                text = failure or QCoreApplication.translate(
                    "ReportRunner",
                    "Er ging onverwacht iets mis bij het maken van de maandcijfers; "
                    "er is niets geschreven.",
                )
            callback = error_ref()
            if callback is not None:
                callback(text)

        def cancelled() -> None:
            self._busy = False
            self._task = None
            callback = cancel_ref()
            if callback is not None:
                callback()

        self._task = self.tasks.run(
            call,
            on_done=finished,
            on_error=failed,
            on_cancel=cancelled,
            label=label,
            cancellable=True,
            with_progress=True,
        )
        return self._task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def wait(self, msecs: int = 60_000) -> bool:
        return self.tasks.wait(msecs)


def _weakly(callback: Callable) -> Callable[[], Callable | None]:
    """A bound method held weakly (None once its object is gone); anything else as is."""
    if getattr(callback, "__self__", None) is not None and hasattr(callback, "__func__"):
        return weakref.WeakMethod(callback)
    return lambda: callback
