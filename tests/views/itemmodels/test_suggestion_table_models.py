"""Matching's suggestions as models, either way: no widget, no store."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from zkijdesk.services.matching import Suggestion
from zkijdesk.views.itemmodels.rows import IdRole, RowRole
from zkijdesk.views.itemmodels.suggestions import CandidateTableModel, VacancyMatchTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN = Qt.ItemDataRole.TextAlignmentRole

BEST = Suggestion(
    rank=1,
    vacancy_id=12,
    occupation="Helpende thuiszorg",
    employer_name="Zorggroep Spaarne",
    client_id=11,
    client_number="C-000011",
    name="Fatima Bakker",
    coach_name="Anna de Vries",
    total=81.4,
    parts=(("skills", 40.0),),
    matched_required=("Ondersteunen bij ADL",),
    matched_desired=(),
    missing_required=("Medicatie aanreiken en registreren",),
    missing_desired=(),
    notes=(),
    training_route=(),
    km=6.6,
)
COLLEAGUES = replace(
    BEST, rank=2, client_id=None, name=None, client_number="C-000042", total=64.5, km=None
)


def candidates() -> CandidateTableModel:
    model = CandidateTableModel()
    model.set_rows([BEST, COLLEAGUES])
    return model


def vacancies() -> VacancyMatchTableModel:
    model = VacancyMatchTableModel()
    model.set_rows([BEST, COLLEAGUES])
    return model


def test_the_models_pass_qts_checks(qtmodeltester):
    qtmodeltester.check(candidates())
    qtmodeltester.check(vacancies())
    qtmodeltester.check(CandidateTableModel())
    qtmodeltester.check(VacancyMatchTableModel())


def test_candidates_show_rank_client_score_required_skills_and_coach():
    model = candidates()
    assert (model.rowCount(), model.columnCount()) == (2, 5)
    assert [model.index(0, c).data() for c in range(5)] == [
        "1",
        "Fatima Bakker",
        "81",
        "1/2",
        "Anna de Vries",
    ]
    assert model.index(1, 1).data() == "C-000042 (cliënt van collega)"
    assert [model.index(r, 0).data(IdRole) for r in range(2)] == [1, 2]  # the rank
    assert model.index(1, 0).data(RowRole) is COLLEAGUES
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["#", "Cliënt", "Score", "Vereist", "Coach"]


def test_vacancies_for_a_client_show_the_distance_and_numbers_right_aligned():
    model = vacancies()
    assert (model.rowCount(), model.columnCount()) == (2, 6)
    assert [model.index(0, c).data() for c in range(6)] == [
        "1",
        "Helpende thuiszorg",
        "Zorggroep Spaarne",
        "81",
        "1/2",
        "7 km",
    ]
    assert model.index(1, model.column("distance")).data() == ""  # no distance known
    assert [model.index(0, c).data(ALIGN) for c in range(6)] == [RIGHT, None, None] + [RIGHT] * 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["#", "Vacature", "Werkgever", "Score", "Vereist", "Afstand"]


def test_the_narrow_columns_have_fixed_widths_and_a_new_answer_replaces_the_old():
    model = candidates()
    assert set(model.WIDTHS) <= set(model.COLUMNS) and set(model.WIDTHS) <= set(
        VacancyMatchTableModel.COLUMNS
    )
    model.set_rows([])
    assert model.rowCount() == 0
    assert model.position_of(1) is None
