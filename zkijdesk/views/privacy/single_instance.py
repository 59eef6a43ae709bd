"""A second start of the app on the same store brings the first window to the front.

The operating-system lock (``zkijdesk.services.store_setup.claim_instance``, over
``zkijdesk.storage.instance``) is what keeps a second
process away from the store; this is the friendly part on top. The first app listens
on a local socket (a named pipe on Windows) whose name is a hash of the user and the
store, so the name reveals neither. A second start connects, asks the first to come to
the front, and exits. If nobody answers, the second start goes on to take the lock,
which tells it the truth either way (for instance when the first app belongs to
another Windows session).
"""

from __future__ import annotations

import getpass
import hashlib
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACTIVATE = b"activate\n"
ACK = b"ok\n"


def server_name(key: str) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a service account without a profile)
        user = ""
    digest = hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]
    return f"zkijdesk-{digest}"


def _allow_foreground() -> None:
    """On Windows only the foreground process may raise a window; let the first one."""
    if sys.platform != "win32":  # os.name == "nt", in the form mypy reads
        return
    import ctypes

    asfw_any = -1
    ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """Call ``notify_running()`` first; if it returns False, ``listen()`` for later starts."""

    activation_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(key)
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []  # held here so Python never frees one early

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """True when an app already runs on this store and was asked to come forward."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        _allow_foreground()
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.waitForReadyRead(timeout_ms)  # the answer is a courtesy; connecting is proof
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Answer later starts. A socket left by a crashed run is removed first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        for socket in self._sockets:
            socket.readyRead.disconnect(self._read)
            socket.abort()
        self._sockets.clear()
        if self._server is not None:
            self._server.close()
            self._server = None

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            socket.write(ACK)
            socket.flush()
            self.activation_requested.emit()
