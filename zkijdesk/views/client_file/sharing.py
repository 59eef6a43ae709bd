"""Sharing a file with a colleague, and ending a share, from the file itself.

The dialog shows the file's coach and the colleagues it is shared with. The coach
picks a colleague by typing part of a name (a region's coaches are never all listed)
and ends any share; a colleague it is shared with can end only their own, after which
the file closes for them. Every call goes to ``services/sharing.py`` on the task
runner; the service says no in one sentence, shown in the dialog's banner.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.changes import Changes
from zkijdesk.services.sharing import FileShares
from zkijdesk.services.users import search_coaches
from zkijdesk.views import feedback, widgets
from zkijdesk.views.lookup import LookupEdit
from zkijdesk.views.workspace import Workspace


class ShareDialog(QDialog):
    def __init__(
        self,
        ws: Workspace,
        client_id: int,
        name: str,
        on_left: Callable[[], None],
        dirty: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.client_id, self.on_left, self.dirty = ws, client_id, on_left, dirty
        self.shares: FileShares | None = None
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Dossier delen"))
        self.setMinimumWidth(480)
        column = QVBoxLayout(self)
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        self.coach_label = widgets.label(self.tr("Wordt geladen…"), wrap=True)
        self.coach_label.setObjectName("shareCoach")
        column.addWidget(self.coach_label)
        column.addWidget(
            widgets.label(
                self.tr(
                    "Een collega met wie het dossier van %1 gedeeld is, vindt het in de "
                    "eigen lijst, leest het en vult het aan; de route blijft van de coach. "
                    "Delen en beëindigen komen in het auditlog; bij beëindigen gaan de open "
                    "taken van de collega over deze cliënt naar de coach."
                ).replace("%1", name),
                "muted",
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("shareList")
        self.list.setAccessibleName(self.tr("Gedeeld met"))
        self.list.setMinimumHeight(120)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(widgets.Field(self.tr("Gedeeld met"), self.list))
        self.end_button = widgets.button(self.tr("Niet meer delen"), on_click=self.end_share)
        self.end_button.setObjectName("endShareButton")
        self.end_button.setEnabled(False)
        column.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignLeft)

        store, me = ws.services.store, ws.services.actor.user_id

        self._shared_ids: frozenset[int] = frozenset()

        def colleagues(typed: str) -> list[tuple[str, int]]:
            """Who may still get the file: not oneself, not whom it is shared with."""
            shared = self._shared_ids
            found = search_coaches(store, typed, limit=30 + len(shared) + 1)
            return [(n, uid) for uid, n in found if uid != me and uid not in shared][:30]

        self.colleague = LookupEdit(
            self.tr("Collega"),
            colleagues,
            ws.runner,
            placeholder=self.tr("Typ een deel van de naam"),
        )
        self.colleague.setObjectName("shareColleague")
        self.colleague_field = widgets.Field(self.tr("Collega"), self.colleague)
        self.share_button = widgets.button(
            self.tr("Delen"), icon_name="person", primary=True, on_click=self.share
        )
        self.share_button.setObjectName("shareButton")
        self.share_button.setEnabled(False)
        self.colleague.value_changed.connect(
            lambda value: self.share_button.setEnabled(value is not None)
        )
        self.add_row = QWidget()
        row = QHBoxLayout(self.add_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.colleague_field, 1)
        row.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addWidget(self.add_row)
        self.add_row.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.reload()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        sharing, client_id = self.ws.services.sharing, self.client_id
        self.ws.runner.run(
            lambda: sharing.shares(client_id), on_done=self._show, on_error=self._refused
        )

    def _show(self, shares: FileShares) -> None:
        self.shares = shares
        self._shared_ids = frozenset(uid for uid, _n in shares.shared)
        coach = shares.coach[1] if shares.coach is not None else self.tr("niemand")
        self.coach_label.setText(self.tr("Coach van dit dossier: %1.").replace("%1", coach))
        self.list.clear()
        for user_id, name in shares.shared:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            # A colleague it is shared with may end their own share only.
            if not shares.manages and user_id != self.ws.services.actor.user_id:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        if not shares.shared:
            empty = QListWidgetItem(self.tr("Met niemand gedeeld."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.add_row.setVisible(shares.manages)
        if shares.manages:
            self.colleague.setFocus()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.end_button.setEnabled(bool(self.list.selectedItems()))

    def _refused(self, exc: BaseException) -> None:
        self.share_button.setEnabled(self.colleague.value() is not None)
        self._selection_changed()
        feedback.show_refusal(exc, {"user_id": self.colleague_field}, self.banner)

    # ------------------------------------------------------------------ writing
    def share(self) -> None:
        user_id = self.colleague.value()
        if user_id is None:
            return
        self.banner.clear()
        self.colleague_field.clear_error()
        sharing, client_id = self.ws.services.sharing, self.client_id

        def write() -> Changes:
            sharing.share(client_id, user_id)
            return Changes.of_client(client_id)

        def done(_changes) -> None:
            self.colleague.set_value(None)
            feedback.saved(self, self.tr("Dossier gedeeld."))
            self.reload()

        self.ws.runner.write(write, on_done=done, on_error=self._refused, busy=(self.share_button,))

    def end_share(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        user_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        leaving = user_id == self.ws.services.actor.user_id
        if leaving:
            text = self.tr(
                "U ziet dit dossier daarna niet meer; uw open taken over deze cliënt gaan "
                "naar de coach."
            )
            if self.dirty():
                text += " " + self.tr("Wat u in het dossier nog niet opsloeg, gaat verloren.")
            if not feedback.confirm(
                self, self.tr("Niet meer delen"), text, self.tr("Niet meer delen"), destructive=True
            ):
                return
        self.banner.clear()
        sharing, client_id = self.ws.services.sharing, self.client_id

        def write() -> Changes:
            sharing.unshare(client_id, user_id)
            # Leaving, the file is no longer the user's to read: an open file told its
            # client changed would read itself again, and be refused.
            if leaving:
                return Changes(clients=True, tasks=True)
            return Changes.of_client(client_id, clients=True, tasks=True)

        def done(_changes) -> None:
            feedback.saved(self, self.tr("Delen beëindigd."))
            if leaving:
                self.accept()
                self.on_left()
            else:
                self.reload()

        self.ws.runner.write(
            write, on_done=done, on_error=self._end_refused, busy=(self.end_button,)
        )

    def _end_refused(self, exc: BaseException) -> None:
        """Not under the picker: the sentence is about the share chosen in the list,
        which may have changed meanwhile (a colleague ended it), so the list is read again."""
        if not isinstance(exc, ZkijdeskError):
            raise exc
        self.banner.show_message(feedback.message(exc), "danger")
        self.reload()
