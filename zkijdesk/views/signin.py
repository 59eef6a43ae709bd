"""Which of the store's users is working: the OS login if the store knows it, else a choice.

A store has its own users (``app_user``). zkijdesk signs in as the user whose name is
the Windows login name; failing that, as the user chosen here last time on this
workstation; failing that, it asks once and remembers. Whoever can open the store
already holds its key, so this is identification, not authentication; the app lock
(a PIN per user) is what keeps a passer-by out of an unlocked session.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from zkijdesk.services import dto
from zkijdesk.views import labels, widgets


def pick_user(
    users: Sequence[dto.UserView], os_login: str | None, remembered: str | None
) -> str | None:
    """The username to sign in as without asking, or None when the coach must choose."""
    active = {u.username for u in users if u.active}
    if os_login and os_login.lower() in active:
        return os_login.lower()
    if remembered and remembered in active:
        return remembered
    if len(active) == 1:
        return next(iter(active))
    return None


class SignInDialog(QDialog):
    def __init__(self, users: Sequence[dto.UserView], preselect: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Wie bent u?"))
        self.setMinimumSize(440, 420)
        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 16)
        column.addWidget(widgets.label(self.tr("Wie bent u?"), "sectionTitle"))
        column.addWidget(
            widgets.label(
                self.tr(
                    "Uw inlognaam komt niet voor in deze opslag. Kies uw naam; zkijdesk "
                    "onthoudt de keuze op deze computer."
                ),
                "muted",
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Gebruikers van deze opslag"))
        for user in users:
            if not user.active:
                continue
            item = QListWidgetItem(f"{user.display_name}  ·  {labels.label(user.role)}")
            item.setData(Qt.ItemDataRole.UserRole, user.username)
            self.list.addItem(item)
            if user.username == preselect:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(widgets.button(self.tr("Annuleren"), on_click=self.reject))
        ok = widgets.button(self.tr("Aanmelden"), primary=True, on_click=self.accept)
        ok.setDefault(True)
        row.addWidget(ok)
        column.addLayout(row)

    @property
    def username(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
