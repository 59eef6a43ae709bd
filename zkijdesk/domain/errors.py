"""Typed errors that services raise and views or the CLI turn into one Dutch sentence.

Every error carries a complete, user-facing Dutch sentence in ``message`` so that a
caller never has to assemble wording itself; ``field`` names the input that was
wrong where there is one, so a form can put the message next to that input.
"""

from __future__ import annotations


class ZkijdeskError(Exception):
    """Base of every error the program expects and can explain to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(ZkijdeskError):
    """One input value is not acceptable; ``field`` is the attribute name it belongs to."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ZkijdeskError):
    """The object asked for does not exist (or no longer exists)."""


class DuplicateClientError(ZkijdeskError):
    """An intake matches a client who is already in the store.

    ``existing_id`` lets the view offer a link to the existing file instead of
    creating a second one.
    """

    def __init__(self, message: str, existing_id: int, reason: str) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.reason = reason


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
