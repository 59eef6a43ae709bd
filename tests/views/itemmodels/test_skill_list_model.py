"""The skill picker's lists as a model: no widget, no store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from zkijdesk.views.itemmodels.rows import IdRole, RowRole
from zkijdesk.views.itemmodels.skills import SkillListModel
from zkijdesk.views.wsp.common import SkillChoice

SKILLS = [
    SkillChoice(3, "Ondersteunen bij ADL", "Zorg & Welzijn"),
    SkillChoice(9, "VCA-basis", ""),
]


def filled() -> SkillListModel:
    model = SkillListModel()
    model.set_rows(SKILLS)
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(filled())
    qtmodeltester.check(SkillListModel())


def test_a_skill_shows_its_name_and_its_sector_when_it_has_one():
    model = filled()
    assert (model.rowCount(), model.columnCount()) == (2, 1)
    assert [model.index(r, 0).data() for r in range(2)] == [
        "Ondersteunen bij ADL  ·  Zorg & Welzijn",
        "VCA-basis",
    ]
    assert [model.index(r, 0).data(IdRole) for r in range(2)] == [3, 9]
    assert model.index(1, 0).data(RowRole) is SKILLS[1]
    assert model.ids == [3, 9]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Vaardigheid"
    model.set_rows(SKILLS[1:])
    assert model.ids == [9]
