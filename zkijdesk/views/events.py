"""Signals that keep pages in step without knowing each other.

A page that changed something says so here; pages that show it refresh, now if they
are visible or when they are next shown. No page holds another page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    client_changed = Signal(int)  # a client's file changed (its list row may too)
    clients_changed = Signal()  # clients added, removed or restored
    tasks_changed = Signal()  # tasks or follow-ups done, added or removed
    open_client = Signal(int)  # please open this client's file
    new_client = Signal()  # please start an intake
