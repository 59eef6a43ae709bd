"""Where zkijdesk keeps its files on this workstation, and the few choices it remembers.

Paths come from platformdirs so the store lands in the user's own data folder on every
platform (``%LOCALAPPDATA%\\zkijdesk`` on Windows). ``ZKIJDESK_HOME`` moves everything,
which tests and portable installs use.

``settings.json`` holds what the app needs before a store is open: the last store, the
interface language, and which of a store's users signed in last on this workstation.
None of it is personal data about clients; that stays in the encrypted store. Window
geometry lives in ``window.ini`` (QSettings in INI format, so tests point it into
their temporary home like everything else). This module imports nothing heavy: it
is read before the first window is painted.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

APP_NAME = "zkijdesk"
HOME_ENV = "ZKIJDESK_HOME"
SETTINGS_FILE = "settings.json"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_store_path() -> Path:
    return data_dir() / "zkijdesk.db"


def demo_store_path() -> Path:
    return data_dir() / "demo.db"


def window_settings_path() -> Path:
    return data_dir() / "window.ini"


@dataclass
class Settings:
    """What the app remembers between starts on this workstation."""

    last_store: str | None = None
    language: str = "nl"
    users: dict[str, str] = field(default_factory=dict)  # store location -> username

    def user_for(self, location: str) -> str | None:
        return self.users.get(location)


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def load_settings() -> Settings:
    """The remembered choices; a missing or damaged file gives the defaults."""
    try:
        raw = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    if not isinstance(values.get("users", {}), dict):
        values.pop("users")
    return Settings(**values)


def save_settings(settings: Settings) -> None:
    from zkijdesk.atomic import atomic_write

    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2)
    with atomic_write(settings_path(), "w", encoding="utf-8") as fh:
        fh.write(text)
