"""How a screen tells the coach something: one sentence, in the interface language.

Services raise typed errors carrying one sentence by its id (``exc.text``); ``message``
formats it in the interface language from the catalogue (``zkijdesk.i18n``). The dialog helpers
are plain module functions so tests can replace them instead of clicking a modal box.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zkijdesk.domain.errors import ValidationError, ZkijdeskError, each_error
from zkijdesk.i18n import translate_message

#: How long a "saved" confirmation stays in the status bar.
SAVED_MS = 5000


def message(exc: BaseException) -> str:
    """The sentence to show for an error; unexpected errors get a calm generic sentence."""
    if isinstance(exc, ZkijdeskError):
        return translate_message(exc.text)
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
    parent: QWidget | None,
    title: str,
    text: str,
    accept: str,
    *,
    destructive: bool = False,
    reject: str | None = None,
) -> bool:
    """``reject``: the way back, where "Annuleren" would be read as the very thing
    being confirmed (cancelling an intake)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        reject or QCoreApplication.translate("Feedback", "Annuleren"),
        QMessageBox.ButtonRole.RejectRole,
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


def show_field_errors(
    exc: ValidationError, fields: Mapping[str, Any], *, focus: bool = True
) -> list[ValidationError]:
    """Put each sentence of ``exc`` (one problem or a whole form's) under its field.

    The first field with a problem gets the focus (unless ``focus`` is off: a second
    part of a form already has it). Returns the problems that have no field on this
    form, for the caller to say elsewhere (a banner, a box).
    """
    elsewhere = []
    focused = not focus
    for problem in each_error(exc):
        field = fields.get(problem.field)
        if field is None:
            elsewhere.append(problem)
            continue
        field.set_error(message(problem))
        if not focused and getattr(field, "editor", None) is not None:
            field.editor.setFocus()
            focused = True
    return elsewhere


def show_refusal(exc: BaseException, fields: Mapping[str, Any], banner) -> None:
    """A form's save refused: each field's sentence under its field, the rest in the
    form's banner; anything but the app's own errors is a bug and is raised."""
    if isinstance(exc, ValidationError):
        elsewhere = show_field_errors(exc, fields)
        if elsewhere:
            banner.show_message(" ".join(message(e) for e in elsewhere), "danger")
    elif isinstance(exc, ZkijdeskError):
        banner.show_message(message(exc), "danger")
    else:
        raise exc


def saved(widget: QWidget, text: str) -> None:
    """A short confirmation in the main window's status bar, gone after a few seconds."""
    window: QWidget | None = widget.window()
    while window is not None and not hasattr(window, "statusBar"):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    if window is not None:
        window.statusBar().showMessage(text, SAVED_MS)


def attempt_write(
    parent: QWidget,
    fields: Mapping[str, Any],
    runner,
    op: Callable[[], object],
    *,
    on_done: Callable[[Any], None] | None = None,
    busy: tuple[QWidget, ...] = (),
    initiator: QWidget | None = None,
) -> None:
    """Run a form's write: ``op`` (a unit of work returning ``Changes`` or ``Written``)
    runs on the runner's writer while ``busy`` is disabled; ``on_done`` gets its value
    on the UI thread. The fields' earlier messages are cleared first; a refusal about
    one field is shown under that field (``fields`` maps the service's field names to
    inputs with ``set_error``/``clear_error``), any other refusal in a box; the form
    keeps what was typed. An unexpected error is raised on the UI thread."""
    for field in fields.values():
        field.clear_error()

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, ZkijdeskError):
            raise exc
        if isinstance(exc, ValidationError):
            for problem in show_field_errors(exc, fields)[:1]:
                show_error(parent, problem)
        else:
            show_error(parent, exc)

    runner.write(op, on_done=on_done, on_error=failed, busy=busy, initiator=initiator)
