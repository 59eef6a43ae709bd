"""Who a service acts for: the signed-in user, their role, and whether they work in a team.

Its own module so that the need-to-know rule (``access.py``) and the service base
(``base.py``, which applies that rule) both build on it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from zkijdesk.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service acts."""

    user_id: int
    role: Role
    display_name: str = ""
    team: bool = False
    """Signed in to a team database with their own login (services/users.py)."""
