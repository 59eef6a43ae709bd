"""PyInstaller hook for Faker, replacing the contributed one that bundles every locale.

zkijdesk uses Faker only for the demo store, in Dutch (``Faker("nl_NL")``). Faker
falls back to a provider's default locale (en_US, en_GB for one, la for lorem) where
no Dutch variant exists, and nl_NL's lorem builds on nl_BE; those are kept too.

Frozen, Faker finds providers and locales by listing ``*/__init__.py`` below
``sys._MEIPASS/faker/providers`` (faker/utils/loading.py), so those files are bundled
as data as well as compiled into the archive.
"""

from pathlib import PurePath

import bundle_manifest
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

LOCALES = set(bundle_manifest.FAKER_LOCALES)


def _keep_module(name: str) -> bool:
    parts = name.split(".")
    # faker.providers.<provider>.<locale>...
    return not (len(parts) >= 4 and parts[1] == "providers" and parts[3] not in LOCALES)


def _keep_data(dest: str) -> bool:
    parts = PurePath(dest).parts
    return not (len(parts) >= 4 and parts[1] == "providers" and parts[3] not in LOCALES)


hiddenimports = collect_submodules("faker.providers", filter=_keep_module)
datas = [
    (src, dest)
    for src, dest in collect_data_files("faker.providers", include_py_files=True)
    if src.endswith("__init__.py") and _keep_data(dest)
]
