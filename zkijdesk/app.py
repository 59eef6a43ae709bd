"""Composition root of the desktop app: store -> services -> main window.

The window is shown before the store is opened, so the first paint does not wait for
SQLAlchemy, the key lookup or a migration.
"""

from __future__ import annotations

from zkijdesk.storage.store import StoreLocation


def run_gui(location: StoreLocation, argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from zkijdesk.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("zkijdesk")
    app.setOrganizationName("ZKIJ")
    window = MainWindow(location.describe())
    window.show()
    QTimer.singleShot(0, lambda: window.open_store(location))
    return app.exec()
