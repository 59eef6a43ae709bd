"""Subcommands of this capability (filled in by the issue that builds it)."""

from __future__ import annotations


def register(sub) -> None:
    """No subcommands yet."""
