"""zkijdesk: case management and anonymised monthly figures for the coaches of ZKIJ."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("zkijdesk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"
