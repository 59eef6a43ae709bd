"""Qt binding sanity: delivering signals must not eat Python's references.

PySide6 6.12.0 decrements None's reference count once per signal delivered to a Python
slot (and True's per ``Signal(bool).emit(True)``). Every click, timer tick and task
result does that, so a coach's app aborted with "none_dealloc" or "bool_dealloc" after
a while, and the GUI tests crashed at exit. pyproject.toml excludes that release; this
test fails on any binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QCheckBox

ROUNDS = 500


class _Emitter(QObject):
    flag = Signal(bool)
    value = Signal(object)


def _drift(action) -> dict[str, int]:
    before = {name: sys.getrefcount(obj) for name, obj in _WATCHED.items()}
    for _ in range(ROUNDS):
        action()
    return {name: sys.getrefcount(obj) - before[name] for name, obj in _WATCHED.items()}


_WATCHED = {"None": None, "True": True, "False": False}


def _steady(drift: dict[str, int]) -> bool:
    # A few references may come and go with caches; a fault per delivery is ROUNDS.
    return all(abs(d) < ROUNDS // 2 for d in drift.values())


class _Count:
    """A slot that counts calls without keeping (and so referencing) their arguments."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *_args) -> None:
        self.calls += 1


def test_native_signal_to_a_python_slot_keeps_none_alive(qapp):
    box = QCheckBox()
    seen = _Count()
    box.toggled.connect(seen)
    drift = _drift(box.toggle)
    assert seen.calls == ROUNDS
    assert _steady(drift), drift


def test_python_signals_keep_their_arguments_alive(qapp):
    emitter = _Emitter()
    got = _Count()
    emitter.flag.connect(got)
    emitter.value.connect(got)
    drift = _drift(lambda: (emitter.flag.emit(True), emitter.value.emit(None)))
    assert got.calls == 2 * ROUNDS
    assert _steady(drift), drift


def test_timer_ticks_keep_none_alive(qtbot):
    timer = QTimer()
    timer.setInterval(0)
    ticks = _Count()
    timer.timeout.connect(ticks)
    before = sys.getrefcount(None)
    timer.start()
    qtbot.waitUntil(lambda: ticks.calls >= ROUNDS, timeout=10_000)
    timer.stop()
    assert abs(sys.getrefcount(None) - before) < ROUNDS // 2
