"""Where zkijdesk keeps its files on this workstation.

Paths come from platformdirs so the store lands in the user's own data folder on every
platform (``%LOCALAPPDATA%\\zkijdesk`` on Windows). ``ZKIJDESK_HOME`` moves everything,
which tests and portable installs use.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "zkijdesk"
HOME_ENV = "ZKIJDESK_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_store_path() -> Path:
    return data_dir() / "zkijdesk.db"
