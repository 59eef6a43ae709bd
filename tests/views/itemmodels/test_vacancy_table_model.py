"""The WSP vacancies list as a model: no widget, no store."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from zkijdesk.domain.enums import VacancyStatus
from zkijdesk.services.employer_contacts import VacancyRow
from zkijdesk.views.itemmodels.rows import IdRole, RowRole
from zkijdesk.views.itemmodels.vacancies import VacancyTableModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def vacancy(vacancy_id: int, occupation: str, status: VacancyStatus) -> VacancyRow:
    return VacancyRow(
        id=vacancy_id,
        employer_id=31,
        employer_name="Zorggroep Spaarne",
        occupation=occupation,
        sector="Zorg & Welzijn",
        municipality="Haarlem",
        hours_per_week=24,
        start_date=None,
        status=status,
        opened_on=date(2026, 10, 1),
        closed_on=None,
        required=("Ondersteunen bij ADL",),
        desired=(),
    )


VACANCIES = [
    vacancy(12, "Helpende thuiszorg", VacancyStatus.OPEN),
    vacancy(5, "Medewerker facilitaire dienst en beveiliging", VacancyStatus.IN_PROGRESS),
]


def filled() -> VacancyTableModel:
    model = VacancyTableModel()
    model.set_rows(VACANCIES)
    return model


def test_the_model_passes_qts_checks(qtmodeltester):
    qtmodeltester.check(filled())
    qtmodeltester.check(VacancyTableModel())


def test_a_vacancy_row_shows_occupation_employer_sector_hours_place_and_status():
    model = filled()
    assert (model.rowCount(), model.columnCount()) == (2, 6)
    assert [model.index(0, c).data() for c in range(6)] == [
        "Helpende thuiszorg",
        "Zorggroep Spaarne",
        "Zorg & Welzijn",
        "24",
        "Haarlem",
        "Open",
    ]
    assert model.index(1, model.column("status")).data() == "In behandeling"
    assert [model.index(r, 0).data(IdRole) for r in range(2)] == [12, 5]
    assert model.index(1, 2).data(RowRole) is VACANCIES[1]
    assert model.position_of(5) == 1


def test_hours_are_right_aligned_a_long_occupation_has_a_tooltip_and_headers_are_dutch():
    model = filled()
    hours = model.column("hours_per_week")
    assert model.index(0, hours).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == VACANCIES[1].occupation
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Beroep", "Werkgever", "Sector", "Uren", "Plaats", "Status"]
