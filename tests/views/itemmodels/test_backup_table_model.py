"""The settings page's list of backups as a model: no widget, no store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from zkijdesk.services.backups import BackupSummary
from zkijdesk.storage import backup
from zkijdesk.views.itemmodels.backups import KINDS, BackupTableModel
from zkijdesk.views.itemmodels.rows import IdRole, RowRole

ROWS = [
    BackupSummary(
        Path("/b/zk-1.bak"), datetime(2026, 12, 7, 9, 5), backup.KIND_AUTO, 3_250_000, "0009", 10
    ),
    BackupSummary(
        Path("/b/zk-2.bak"), datetime(2026, 12, 6, 17, 0), "later-soort", 524_288, None, 1
    ),
]


def filled() -> BackupTableModel:
    model = BackupTableModel()
    model.set_rows(ROWS)
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(filled())
    qtmodeltester.check(BackupTableModel())


@pytest.fixture
def dutch_numbers():
    """Dutch number formats for one test; the worker's default comes back after it."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(before)


def test_each_backup_shows_when_what_kind_and_how_large_with_its_path_as_id(dutch_numbers):
    model = filled()
    assert [model.index(0, c).data() for c in range(3)] == [
        "07-12-2026 09:05",
        "Automatisch",
        "3,1 MB",
    ]
    # A kind this version does not know yet (a newer one made the backup) shows its code.
    assert model.index(1, 1).data() == "later-soort"
    assert model.index(1, 2).data() == "0,5 MB"
    assert [model.index(r, 0).data(IdRole) for r in range(2)] == ["/b/zk-1.bak", "/b/zk-2.bak"]
    assert model.index(1, 0).data(RowRole) is ROWS[1]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Gemaakt op",
        "Soort",
        "Grootte",
    ]


def test_every_kind_storage_writes_has_a_title():
    kinds = {v for k, v in vars(backup).items() if k.startswith("KIND_")}
    assert kinds == set(KINDS)
