"""How a screen tells the coach something: one sentence, in the interface language.

Services raise typed errors carrying one Dutch sentence; ``message`` shows it in
English when English is chosen (see ``zkijdesk.i18n.messages``). The dialog helpers
are plain module functions so tests can replace them instead of clicking a modal box.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zkijdesk.domain.errors import ValidationError, ZkijdeskError
from zkijdesk.i18n import translate_message


def message(exc: BaseException) -> str:
    """The sentence to show for an error; unexpected errors get a calm generic sentence."""
    if isinstance(exc, ZkijdeskError):
        return translate_message(exc.message)
    return QCoreApplication.translate(
        "Feedback", "Er ging iets mis dat zkijdesk niet verwachtte; probeer het opnieuw."
    )


def _dispose(box: QMessageBox) -> None:
    """A box with a parent belongs to that widget and would stay, hidden, until it goes:
    have Qt delete it on the UI thread once it is answered."""
    box.deleteLater()


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Feedback", "Niet gelukt"))
    box.setText(message(exc))
    box.exec()
    _dispose(box)


def confirm(
    parent: QWidget | None, title: str, text: str, accept: str, *, destructive: bool = False
) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("Feedback", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel if destructive else ok)
    box.setEscapeButton(cancel)
    box.exec()
    accepted = box.clickedButton() is ok
    _dispose(box)
    return accepted


def ask_save(parent: QWidget | None, what: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes in ``what``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Feedback", "Niet-opgeslagen wijzigingen"))
    box.setText(
        QCoreApplication.translate("Feedback", "Wilt u de wijzigingen in %1 opslaan?").replace(
            "%1", what
        )
    )
    save = box.addButton(
        QCoreApplication.translate("Feedback", "Opslaan"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Feedback", "Niet opslaan"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("Feedback", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    _dispose(box)
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


def attempt(parent: QWidget, fields: Mapping[str, Any], call: Callable[[], object]) -> bool:
    """Run a form's service call; True when it succeeded.

    The fields' earlier messages are cleared first. A refusal about one field is shown
    under that field (``fields`` maps the service's field names to inputs with
    ``set_error``/``clear_error``); any other refusal in a box. Nothing is raised.
    """
    for field in fields.values():
        field.clear_error()
    try:
        call()
    except ValidationError as exc:
        field = fields.get(exc.field)
        if field is not None:
            field.set_error(message(exc))
        else:
            show_error(parent, exc)
        return False
    except ZkijdeskError as exc:
        show_error(parent, exc)
        return False
    return True
