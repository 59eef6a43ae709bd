"""A column of the placement pipeline as a model: no widget, no store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from zkijdesk.domain.matching import CandidacyStage
from zkijdesk.services.placements import CandidacyView
from zkijdesk.views.itemmodels.candidacies import CandidacyListModel
from zkijdesk.views.itemmodels.rows import IdRole, RowRole

OWN = CandidacyView(
    id=5,
    vacancy_id=2,
    occupation="Helpende thuiszorg",
    employer_name="Zorggroep Spaarne",
    client_id=11,
    client_number="C-000011",
    name="Fatima Bakker",
    coach_name="Anna de Vries",
    stage=CandidacyStage.INTERVIEW,
    proposed_on=date(2026, 10, 20),
    interview_on=date(2026, 10, 28),
    decided_on=None,
    reason=None,
    placement_id=None,
    score=81,
)
COLLEAGUES = replace(
    OWN, id=6, client_id=None, name=None, client_number="C-000042", coach_name="", interview_on=None
)


def filled() -> CandidacyListModel:
    model = CandidacyListModel()
    model.set_rows([OWN, COLLEAGUES])
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(filled())
    qtmodeltester.check(CandidacyListModel())


def test_a_card_names_the_client_the_vacancy_and_the_latest_step():
    model = filled()
    assert (model.rowCount(), model.columnCount()) == (2, 1)
    assert model.index(0, 0).data() == (
        "Fatima Bakker\nHelpende thuiszorg · Zorggroep Spaarne\n28-10-2026"
    )
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Coach: Anna de Vries"
    assert model.index(0, 0).data(IdRole) == 5
    assert model.index(1, 0).data(RowRole) is COLLEAGUES


def test_a_colleagues_client_is_named_by_number_only():
    model = filled()
    card = model.index(1, 0).data()
    assert card.startswith("C-000042 (cliënt van collega)\n")
    assert card.endswith("\n20-10-2026")  # no interview yet: the day of the proposal
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Coach: -"
    assert "Fatima" not in card


def test_the_decision_day_wins_and_a_new_stage_replaces_the_rows():
    model = filled()
    placed = replace(OWN, stage=CandidacyStage.PLACED, decided_on=date(2026, 11, 3))
    model.set_rows([placed])
    assert model.rowCount() == 1
    assert model.index(0, 0).data().endswith("\n03-11-2026")
    assert model.position_of(5) == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Voordracht"
