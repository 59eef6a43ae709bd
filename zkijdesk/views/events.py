"""Signals that keep pages in step without knowing each other.

No page announces its own writes: a write goes through ``runner.write`` and returns
what it changed (``Changes``, services/changes.py); the runner hands that to
``apply``, which emits the signals below. Pages that show what changed refresh, now
if they are visible or when they are next shown. No page holds another page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from zkijdesk.services.changes import Changes


class AppEvents(QObject):
    changed = Signal(object, object)  # Changes, the initiator: everything below at once
    client_changed = Signal(int)  # a client's file changed (its list row may too)
    clients_changed = Signal()  # clients added, removed or restored
    tasks_changed = Signal()  # tasks or follow-ups done, added or removed
    employers_changed = Signal()  # employers or their contacts added, changed, removed
    vacancies_changed = Signal()  # vacancies, their skills or candidates changed
    open_client = Signal(int)  # please open this client's file
    new_client = Signal()  # please start an intake

    def apply(self, changes: Changes, initiator: object = None) -> None:
        """Announce what a write changed (connected to ``TaskRunner.changed``)."""
        self.changed.emit(changes, initiator)
        for client_id in sorted(changes.client_ids):
            self.client_changed.emit(client_id)
        if changes.clients:
            self.clients_changed.emit()
        if changes.tasks:
            self.tasks_changed.emit()
        if changes.employers:
            self.employers_changed.emit()
        if changes.vacancies:
            self.vacancies_changed.emit()


def caused_by(widget: QObject, initiator: object) -> bool:
    """True when ``initiator`` (a write's) is ``widget`` or one of its children, dialogs
    included: that screen already shows the result of its own write."""
    node = initiator if isinstance(initiator, QObject) else None
    while node is not None:
        if node is widget:
            return True
        node = node.parent()
    return False
