"""Work off the UI thread: run a service call on a worker, get the answer on the UI thread.

This is the one way a screen does something that may take longer than a blink (the
pattern of Anki's ``QueryOp``): ``runner.run(fn, on_done=...)`` calls ``fn`` on a pool
thread and delivers its result, or its exception, through a queued signal, so
``on_done`` and ``on_error`` run on the UI thread and may touch widgets; ``fn`` never
does. Long work takes a ``progress(done, total)`` callback and a ``CancelToken``;
while it runs, the status bar shows a progress bar with a cancel button.

``write(op, on_done=...)`` is for every change a screen makes to the store (the pattern
of Anki's ``CollectionOp``): ``op`` is one unit of work that returns what it changed (a
``Changes``, or a ``Written(value, changes)``, services/changes.py). It runs on the
writer thread, behind other writes, so a save that waits for the store's write lock (a
backup, a purge, a colleague) never freezes the window; the buttons named ``busy`` are
disabled meanwhile. On the UI thread ``on_done`` gets the value, then the runner
announces the changes (``changed``, which the event hub turns into its refresh
signals); a failure goes to ``on_error`` and announces nothing. No screen writes on the
UI thread, and none emits a refresh by hand. Housekeeping that no screen shows (drafts,
a remembered month, backups) may use ``run(..., serial=True)``: the same writer thread.

``run_latest(key, ...)`` is for search-as-you-type: one job per key runs at a time,
newer requests replace a waiting one, and only the newest answer is delivered, so a
fast typist never sees an older list overwrite a newer one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from zkijdesk.services.changes import Changes, Written

if TYPE_CHECKING:
    from concurrent.futures import Future

    from PySide6.QtWidgets import QWidget

MAX_THREADS = 4


class TaskCancelledError(Exception):
    """Raised inside a task (by ``CancelToken.check``) when the user pressed cancel."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise TaskCancelledError()


def _ignore(*_args) -> None:
    """Stands in for a relay's callbacks once its answer was delivered."""


class _Relay(QObject):
    """Carries one job's outcome from its worker thread to the UI thread.

    It lives in the UI thread (a child of the runner) and its signals are connected to
    its own slots with queued connections, so whatever the worker emits is handled on
    the UI thread by plain methods, never by a lambda Qt has to keep alive across
    threads. It deletes itself (later, safely) once the job is over.
    """

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, parent: QObject, on_done, on_failed, on_progress) -> None:
        super().__init__(parent)
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        queued = Qt.ConnectionType.QueuedConnection
        self.done.connect(self._done, queued)
        self.failed.connect(self._failed, queued)
        self.progress.connect(self._progress, queued)

    def _release(self):
        """Drop the callbacks here, on the UI thread: they may hold the last reference to
        a page or window, which must never be freed with this relay on a worker thread."""
        callbacks = self._on_done, self._on_failed
        self._on_done = self._on_failed = self._on_progress = _ignore
        self.deleteLater()
        return callbacks

    @Slot(object)
    def _done(self, value) -> None:
        on_done, _ = self._release()
        on_done(value)

    @Slot(object)
    def _failed(self, exc) -> None:
        _, on_failed = self._release()
        on_failed(exc)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self._on_progress(done, total)


class _Pool:
    """Worker threads with the part of QThreadPool's interface the app uses.

    Plain Python threads (``concurrent.futures``) run the jobs: a QRunnable subclass
    that Qt deletes on its worker thread while Python still holds its wrapper is a
    known source of crashes in PySide, and nothing here needs Qt on the worker side.
    """

    def __init__(self, workers: int, name: str) -> None:
        # Imported here: the first window is painted before any work runs.
        from concurrent.futures import ThreadPoolExecutor

        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._futures: set[Future] = set()
        self._lock = threading.Lock()

    def start(self, job: Callable[[], None]) -> None:
        future = self._executor.submit(job)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._futures.discard(future)

    def activeThreadCount(self) -> int:
        with self._lock:
            return len(self._futures)

    def waitForDone(self, msecs: int = -1) -> bool:
        """Block until the jobs started so far are over (``msecs`` < 0: no limit)."""
        with self._lock:
            pending = list(self._futures)
        from concurrent.futures import wait

        _done, not_done = wait(pending, timeout=None if msecs < 0 else msecs / 1000)
        return not not_done


def _job(fn: Callable[[], Any], relay: _Relay) -> Callable[[], None]:
    def run() -> None:
        try:
            result = fn()
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            _deliver(relay.failed, exc)
        else:
            _deliver(relay.done, result)

    return run


def _deliver(signal, value) -> None:
    # RuntimeError: the receiver is gone, the window closed while this ran.
    with contextlib.suppress(RuntimeError):
        signal.emit(value)


@dataclass
class Task:
    """A running job as the UI sees it: its label, its token, and whether it is over."""

    label: str | None
    token: CancelToken = field(default_factory=CancelToken)
    cancellable: bool = False
    finished: bool = False

    def cancel(self) -> None:
        self.token.cancel()


class TaskRunner(QObject):
    """Owns a small thread pool; tells the status bar when labelled work starts and ends."""

    started = Signal(object)  # Task
    changed = Signal(object, object)  # Changes, the initiator (or None): after a write
    progressed = Signal(object, int, int)  # Task, done, total
    ended = Signal(object)  # Task

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: _Pool | None = None
        self._writer: _Pool | None = None
        self._live: dict[int, Task] = {}
        self._latest: dict[str, int] = {}
        self._running_key: dict[str, bool] = {}
        self._pending: dict[str, tuple] = {}
        self.closed = False

    @property
    def pool(self) -> _Pool:
        if self._pool is None:
            self._pool = _Pool(MAX_THREADS, "zkijdesk-worker")
        return self._pool

    @property
    def writer(self) -> _Pool:
        """Background writes (drafts, housekeeping) go one at a time, in order: two
        writers at once would only make SQLite wait on, or refuse, each other."""
        if self._writer is None:
            self._writer = _Pool(1, "zkijdesk-writer")
        return self._writer

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def visible_work(self) -> list[Task]:
        """The running jobs the status bar shows (an export, a backup), oldest first."""
        return [task for task in self._live.values() if task.label is not None]

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        label: str | None = None,
        cancellable: bool = False,
        with_progress: bool = False,
        serial: bool = False,
    ) -> Task:
        """Run ``fn`` on a worker. With ``with_progress`` it is called as
        ``fn(progress=callable, token=CancelToken)``; ``serial`` queues it behind the
        other serial jobs (use it for writes)."""
        task = Task(label, cancellable=cancellable)
        if self.closed:
            task.finished = True
            return task
        self._live[id(task)] = task

        def finish() -> None:
            task.finished = True
            self._live.pop(id(task), None)
            if label is not None:
                self.ended.emit(task)

        def done(result) -> None:
            finish()
            if self.closed:  # the window is closing: its widgets may be half gone
                return
            if task.token.cancelled and on_cancel is not None:
                on_cancel()
            elif on_done is not None:
                on_done(result)

        def failed(exc) -> None:
            finish()
            if self.closed:
                return
            if task.token.cancelled or isinstance(exc, TaskCancelledError):
                if on_cancel is not None:
                    on_cancel()
                return
            if on_error is not None:
                on_error(exc)
            else:
                raise exc

        def progressed(done_count: int, total: int) -> None:
            self.progressed.emit(task, done_count, total)

        signals = _Relay(self, done, failed, progressed)
        if with_progress:

            def call():
                return fn(progress=signals.progress.emit, token=task.token)
        else:
            call = fn
        if label is not None:
            self.started.emit(task)
        (self.writer if serial else self.pool).start(_job(call, signals))
        return task

    def write(
        self,
        op: Callable[..., Changes | Written],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        busy: Iterable[QWidget] = (),
        initiator: QObject | None = None,
        label: str | None = None,
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = False,
        with_progress: bool = False,
    ) -> Task:
        """Run the unit of work ``op`` on the writer thread (one write at a time, in
        order). ``on_done`` receives the ``Written`` value (or the ``Changes``) on the UI
        thread; then ``changed`` announces what changed, with ``initiator`` so a screen
        can tell its own write from someone else's. The ``busy`` widgets (a form's OK
        button) are disabled until the write is over, and enabled again whatever the
        outcome, before ``on_done`` or ``on_error`` runs. Long writes (an import) take
        ``with_progress``, ``cancellable`` and ``on_cancel`` as ``run`` does."""
        held = [(widget, widget.isEnabled()) for widget in busy]
        for widget, _enabled in held:
            widget.setEnabled(False)

        def release() -> None:
            for widget, enabled in held:
                with contextlib.suppress(RuntimeError):  # the widget is gone
                    widget.setEnabled(enabled)

        def call(**progress_and_token: Any) -> tuple[Any, Changes]:
            result = op(**progress_and_token)
            if isinstance(result, Written):
                return result.value, result.changes
            if isinstance(result, Changes):
                return result, result
            raise TypeError(f"a write returns Changes or Written, not {type(result).__name__}")

        def done(outcome: tuple[Any, Changes]) -> None:
            release()
            value, changes = outcome
            try:
                if on_done is not None:
                    on_done(value)
            finally:
                if changes:
                    self.changed.emit(changes, initiator)

        def failed(exc: BaseException) -> None:
            release()
            if on_error is None:
                raise exc
            on_error(exc)

        def cancelled() -> None:
            release()
            if on_cancel is not None:
                on_cancel()

        return self.run(
            call,
            on_done=done,
            on_error=failed,
            # Without its own on_cancel, a write that landed after a cancel (the window
            # closing) is still announced.
            on_cancel=cancelled if on_cancel is not None else None,
            label=label,
            cancellable=cancellable,
            with_progress=with_progress,
            serial=True,
        )

    def run_latest(
        self,
        key: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        serial: bool = False,
    ) -> None:
        """Run ``fn`` for ``key``, coalescing bursts; only the newest result is delivered."""
        generation = self._latest.get(key, 0) + 1
        self._latest[key] = generation
        if self._running_key.get(key):
            self._pending[key] = (fn, on_done, on_error, generation, serial)
            return
        self._start_latest(key, fn, on_done, on_error, generation, serial)

    def _start_latest(self, key, fn, on_done, on_error, generation, serial=False) -> None:
        self._running_key[key] = True

        def settle() -> None:
            self._running_key[key] = False
            pending = self._pending.pop(key, None)
            if pending is not None:
                self._start_latest(key, *pending)

        def done(result) -> None:
            current = generation == self._latest.get(key)
            settle()
            if current:
                on_done(result)

        def failed(exc) -> None:
            current = generation == self._latest.get(key)
            settle()
            if current:
                if on_error is None:
                    raise exc
                on_error(exc)

        self.run(fn, on_done=done, on_error=failed, serial=serial)

    def drop_pending(self, key: str) -> None:
        """Forget a ``run_latest`` job of ``key`` that waits to start (one that runs,
        runs on); its answer will never be delivered."""
        self._pending.pop(key, None)
        self._latest[key] = self._latest.get(key, 0) + 1

    def cancel_all(self) -> None:
        for task in list(self._live.values()):
            task.cancel()

    def shut_down(self, msecs: int = 10_000) -> bool:
        """Cancel what runs, start nothing new, and wait for the workers (at closing)."""
        self.closed = True
        self.cancel_all()
        return self.wait(msecs)

    def close_in_background(self, last: Callable[[], Any], on_done: Callable[[], None]) -> None:
        """At closing: start nothing new, ask running work to stop, and on a thread of
        its own wait for the workers, then run ``last`` (closing the store, which may
        checkpoint its log for a while); ``on_done`` follows on the UI thread. The
        window stays responsive meanwhile, unlike with ``shut_down``."""
        self.closed = True
        self.cancel_all()
        relay = _Relay(self, lambda _r: on_done(), lambda _e: on_done(), _ignore)

        def finish() -> None:
            try:
                self.wait(-1)
                last()
            except BaseException as exc:  # delivered to the UI thread, never swallowed
                _deliver(relay.failed, exc)
            else:
                _deliver(relay.done, None)

        threading.Thread(target=finish, name="zkijdesk-closing", daemon=True).start()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until workers are idle (at shutdown and in tests); results still queue."""
        pools = [p for p in (self._pool, self._writer) if p is not None]
        return all(p.waitForDone(msecs) for p in pools)
