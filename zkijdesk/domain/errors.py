"""Typed errors that services raise and views or the CLI turn into one sentence.

Every error carries one complete, user-facing sentence so that a caller never has to
assemble wording itself: ``message`` (also ``text``) is that sentence by its catalogue
id and parameters (domain/text.py), which reads as its Dutch and which the edge formats
in the reader's language. ``field`` names the input that was wrong where there is one,
so a form can put the message next to that input. A caller tells errors apart by their
type, never by the words of their sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from zkijdesk.domain.text import Text, t

T = TypeVar("T")


class ZkijdeskError(Exception):
    """Base of every error the program expects and can explain to a user.

    ``message`` may be a ``Text`` or a plain sentence; a plain one is its own catalogue
    id (a sentence without placeholders). Either way ``message`` and ``text`` are the
    ``Text``, which reads as its Dutch sentence."""

    def __init__(self, message: str | Text) -> None:
        self.text = message if isinstance(message, Text) else Text(message)
        self.message: Text = self.text
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class ValidationError(ZkijdeskError):
    """One input value is not acceptable; ``field`` is the attribute name it belongs to."""

    def __init__(self, field: str, message: str | Text) -> None:
        super().__init__(message)
        self.field = field


class FormValidationError(ValidationError):
    """Several inputs of one form are not acceptable: all of them, so a form can show
    each sentence under its own field at once instead of one per attempt.

    ``field`` and ``message`` are the first problem's, so a caller that knows only
    ``ValidationError`` (the CLI) still says something exact.
    """

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(errors[0].field, errors[0].text)
        self.errors = tuple(errors)


class FieldErrors:
    """Collects the problems of a whole form while each field is cleaned in turn."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def check(self, clean: Callable[[], T]) -> T | None:
        """``clean()``'s value, or None with its problem(s) noted."""
        try:
            return clean()
        except FormValidationError as exc:
            self.found.extend(exc.errors)
        except ValidationError as exc:
            self.found.append(exc)
        return None

    def raise_any(self) -> None:
        if len(self.found) == 1:
            raise self.found[0]
        if self.found:
            raise FormValidationError(self.found)


def each_error(exc: ValidationError) -> tuple[ValidationError, ...]:
    """The single problems in ``exc``, one or many."""
    return exc.errors if isinstance(exc, FormValidationError) else (exc,)


class NotFoundError(ZkijdeskError):
    """The object asked for does not exist (or no longer exists)."""


class DuplicateClientError(ZkijdeskError):
    """An intake matches a client who is already in the store.

    ``existing_id`` lets the view offer a link to the existing file instead of
    creating a second one; None when the file is a colleague's, which the user may not
    open (the sentence then names no client number either).
    """

    def __init__(self, message: str | Text, existing_id: int | None, reason: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.reason = reason


class TakenBsnError(ValidationError):
    """A BSN the store already holds for a client this user cannot see (a colleague's,
    on a team database, where row-level security hides it from the duplicate check).

    ``bsn`` is the number that clashed, for the caller that wrote it (an import names
    its row); it is never in the sentence, which names no person."""

    def __init__(self, bsn: str | None) -> None:
        super().__init__(
            field="bsn",
            message=t(
                "Dit BSN hoort al bij een cliënt in het team die u niet kunt zien; er is "
                "niets opgeslagen. Vraag uw teamleider het dossier aan u over te dragen."
            ),
        )
        self.bsn = bsn


class StateError(ZkijdeskError):
    """The action does not fit the object's current state (for example a closed route)."""


class ConflictError(StateError):
    """Someone else saved the same record since the form was loaded; nothing was saved."""


class PermissionDeniedError(ZkijdeskError):
    """The acting user's role does not allow this action."""


class OutputPathError(ZkijdeskError):
    """A file or folder we were asked to write cannot be written there."""


class StoreError(ZkijdeskError):
    """The store cannot be opened, created or used as asked."""


class KeyUnavailableError(StoreError):
    """No usable key source: no secure keyring, no passphrase, no terminal to ask."""


class WrongKeyError(StoreError):
    """The store file would not open with the key given: a wrong key or passphrase, or a
    file that is no zkijdesk store. A caller that can ask for the passphrase again
    tells it by its type, never by the words of its sentence."""
