"""Fixtures of the import tests: the import service as a coach, and the sheet writers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def importer(services):
    from zkijdesk.services.importing.service import ImportService

    return ImportService(services.store, services.actor, services.clients._today)


@pytest.fixture
def do_import(importer):
    """Read, map, preview and write a file; returns (preview, result)."""

    def run(path, *, sheet=None, choices=None, mapping=None):
        source = importer.open(path)
        table = importer.table(source, sheet)
        found = mapping or importer.suggest(table)
        preview = importer.preview(source, table, found)
        for number, choice in (choices or {}).items():
            importer.choose(preview, number, choice)
        return preview, importer.run(source, preview)

    return run
