"""One running app per store: the OS lock refuses a second process, even after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from zkijdesk.storage.instance import InstanceLock, StoreInUseError, acquire_instance_lock

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from zkijdesk.storage.instance import acquire_instance_lock
    lock = acquire_instance_lock(Path(sys.argv[1]))
    print("locked", flush=True)
    time.sleep(60)
    """
)


def start_holder(store_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_process_is_refused_and_told_where(tmp_path):
    store_path = tmp_path / "zkijdesk.db"
    proc = start_holder(store_path)
    try:
        with pytest.raises(StoreInUseError) as err:
            acquire_instance_lock(store_path)
        assert "al geopend" in err.value.message
        assert f"proces {proc.pid}" in err.value.message
    finally:
        proc.kill()
        proc.wait()


def test_the_lock_is_freed_when_the_holder_is_killed(tmp_path):
    store_path = tmp_path / "zkijdesk.db"
    proc = start_holder(store_path)
    os.kill(proc.pid, signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    proc.wait()
    lock = acquire_instance_lock(store_path)  # no stale lock keeps the coach out
    assert lock.held
    lock.release()


def test_within_one_process_a_second_lock_is_refused_until_released(tmp_path):
    store_path = tmp_path / "zkijdesk.db"
    with InstanceLock(store_path) as first:
        assert first.acquire() is first  # taking it twice through one object is harmless
        with pytest.raises(StoreInUseError):
            InstanceLock(store_path).acquire()
    with InstanceLock(store_path) as again:
        assert again.held


CLIENT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from zkijdesk.views.privacy.single_instance import SingleInstance
    app = QCoreApplication([])
    sys.exit(0 if SingleInstance(sys.argv[1]).notify_running(5000) else 3)
    """
)


def test_second_start_asks_the_first_to_come_to_front(qtbot, tmp_path):
    from zkijdesk.services.store_setup import instance_key
    from zkijdesk.storage.store import StoreLocation
    from zkijdesk.views.privacy.single_instance import SingleInstance

    key = instance_key(StoreLocation(path=tmp_path / "zkijdesk.db"))
    first = SingleInstance(key)
    assert not first.notify_running(200)  # nobody there yet
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=20000):
            proc = subprocess.Popen([sys.executable, "-c", CLIENT, key])
        assert proc.wait(timeout=20) == 0
        other = SingleInstance(instance_key(StoreLocation(path=tmp_path / "ander.db")))
        assert other.name != first.name
        assert not other.notify_running(200)
    finally:
        first.close()


LISTENER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from zkijdesk.views.privacy.single_instance import SingleInstance
    app = QCoreApplication([])
    single = SingleInstance(sys.argv[1])
    print("listening" if single.listen() else "failed", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_socket_left_by_a_killed_app_does_not_block_the_next_start(qtbot, tmp_path):
    from zkijdesk.views.privacy.single_instance import SingleInstance

    key = str(tmp_path / "x.db")
    proc = subprocess.Popen(
        [sys.executable, "-c", LISTENER, key], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "listening"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    fresh = SingleInstance(key)
    try:
        assert not fresh.notify_running(200)  # the dead app does not answer
        assert fresh.listen()
    finally:
        fresh.close()
