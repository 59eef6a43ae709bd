"""zkijdesk: case management and anonymised monthly figures for the coaches of ZKIJ."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked for.

    pyproject.toml is the one place the version is written (packaging/check_versions.py).
    Reading it lazily keeps ``importlib.metadata`` (about 20 ms) out of the start-up
    path before the first window is painted.
    """
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("zkijdesk")
    except PackageNotFoundError:  # running from a source tree that was not installed
        value = "0.0.0+unknown"
    globals()["__version__"] = value
    return value
