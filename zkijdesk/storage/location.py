"""Where a store lives: a file path (encrypted SQLite) or a server URL (PostgreSQL).

Kept apart from ``store.py`` so the window can name and claim its store before the
first paint without importing SQLAlchemy (``store.py`` re-exports it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_PASSWORD_IN_URL = re.compile(r"(://[^:/@]+):[^@]*@")
_SERVER_PARTS = re.compile(r"://(?:[^@/]*@)?(?P<host>[^:/?]*)(?::\d+)?/(?P<database>[^?]+)")


@dataclass(frozen=True)
class StoreLocation:
    """Either a file path (encrypted SQLite) or a server URL (PostgreSQL)."""

    path: Path | None = None
    url: str | None = None
    schema: str | None = None

    def __post_init__(self) -> None:
        if (self.path is None) == (self.url is None):
            raise ValueError("give exactly one of path or url")

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        assert self.url is not None, "a location is a path or a URL"
        return make_url(self.url).render_as_string(hide_password=True)

    def server_database(self) -> tuple[str, str] | None:
        """(host, database) of a server URL, for people to read; None for a file."""
        if self.url is None:
            return None
        found = _SERVER_PARTS.search(self.url)
        if found is None:
            return None
        return found["host"] or "localhost", found["database"]

    def describe_quickly(self) -> str:
        """Like ``describe`` without importing SQLAlchemy: a server password becomes ***."""
        if self.path is not None:
            return str(self.path)
        return _PASSWORD_IN_URL.sub(r"\1:***@", self.url or "")
