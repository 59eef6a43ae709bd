"""Run the month's figures off the UI thread and hear back on it.

The page hands a function to ``ReportRunner.start``; it runs on a private one-thread
pool (one export at a time), reports progress through a queued signal, and its
result or its error arrives on the UI thread. The worker never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from zkijdesk.domain.errors import ZkijdeskError

log = logging.getLogger(__name__)
Work = Callable[[Callable[[int, str], None]], Any]


class _Signals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except ZkijdeskError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:  # a bug: say so in one sentence, keep the trace in the log
            log.exception("maandcijfers mislukt")
            self.signals.failed.emit(
                "Er ging onverwacht iets mis bij het maken van de maandcijfers; "
                "er is niets geschreven."
            )
        else:
            self.signals.done.emit(result)


class ReportRunner(QObject):
    """One job at a time; ``busy`` tells the page to keep its buttons disabled."""

    progress = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: _Job | None = None
        self._signals: _Signals | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        if self.busy:
            raise RuntimeError("a report is still running")
        signals = _Signals(self)
        signals.progress.connect(self.progress)

        def finished(result: Any) -> None:
            self._clear()
            on_done(result)

        def failed(message: str) -> None:
            self._clear()
            on_error(message)

        signals.done.connect(finished)
        signals.failed.connect(failed)
        self._signals = signals
        self._job = _Job(work, signals)
        self.pool.start(self._job)

    def _clear(self) -> None:
        self._job = None
        if self._signals is not None:
            self._signals.deleteLater()
            self._signals = None

    def wait(self, msecs: int = 60_000) -> bool:
        return self.pool.waitForDone(msecs)
