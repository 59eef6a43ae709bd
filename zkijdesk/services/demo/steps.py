"""A route's steps towards work: trainings, and placements with their follow-ups (nazorg)
at 3, 6 and 12 months, each with its task."""

from __future__ import annotations

from datetime import date

from zkijdesk.domain.dates import add_months
from zkijdesk.domain.enums import FOLLOW_UP_MONTHS, TrainingResult
from zkijdesk.services.demo.data import (
    CONTRACT_WEIGHTS,
    FOLLOW_UP_TITLE,
    HOURS_WEIGHTS,
    PROVIDERS,
    TRAINING_DAYS,
    TRAININGS,
)
from zkijdesk.services.demo.draw import Weighted, stamp
from zkijdesk.services.demo.state import Demo

_CONTRACT = Weighted(CONTRACT_WEIGHTS)
_HOURS = Weighted(HOURS_WEIGHTS)
#: Chance that someone placed still works there at each follow-up: about 75% at 6 months.
_STAY = {3: 0.87, 6: 0.86, 12: 0.85}


def write_training(g: Demo, rid: int, sector: int, intake: int, closed: int | None) -> None:
    rng, today_n, ref = g.rng, g.today_n, g.ref
    code = ref.sector_code[sector]
    training_sector: int | None
    if code in TRAININGS and rng.random() >= 0.25:
        templates, training_sector = TRAININGS[code], sector
    else:
        # General courses (language, digital skills, licences) count for the route's
        # sector only when that is not a focus sector with its own trainings.
        templates = TRAININGS[""]
        training_sector = None if code in TRAININGS else sector
    title, kind, credential = rng.choice(templates)
    family = ref.sector_code.get(ref.sector_parent[sector] or sector, "")
    providers = PROVIDERS.get(code) or PROVIDERS.get(family) or PROVIDERS[""]
    if closed is not None:
        planned_start = intake + rng.randint(0, max(0, min(90, closed - intake)))
    else:
        planned_start = intake + rng.randint(7, 90)
    low, high = TRAINING_DAYS[kind]
    planned_end = planned_start + rng.randint(low, high)
    actual_start: int | None
    actual_start = planned_start + rng.randint(0, 14)
    actual_end = None
    result = TrainingResult.ONGOING
    if actual_start > today_n:
        actual_start = None
    else:
        finish = planned_end + rng.randint(-7, 30)
        finish = max(finish, actual_start)
        if finish <= today_n:
            if rng.random() < 0.72:
                result, actual_end = TrainingResult.ACHIEVED, finish
            else:
                result = TrainingResult.STOPPED
                actual_end = actual_start + rng.randint(0, finish - actual_start)
        elif rng.random() < 0.1:
            result = TrainingResult.STOPPED
            actual_end = actual_start + rng.randint(0, today_n - actual_start)
    g.rows["training"].append(
        {
            "id": g.id("training"),
            "route_id": rid,
            "title": title,
            "provider": rng.choice(providers),
            "kind": kind.value,
            "sector_id": training_sector,
            "planned_start": date.fromordinal(planned_start),
            "planned_end": date.fromordinal(planned_end),
            "actual_start": date.fromordinal(actual_start) if actual_start is not None else None,
            "actual_end": date.fromordinal(actual_end) if actual_end is not None else None,
            "result": result.value,
            "credential": credential if result is TrainingResult.ACHIEVED else None,
        }
    )


def _employer_for(g: Demo, sector: int, banen: bool) -> int:
    rng = g.rng
    if banen and g.banen_employers and rng.random() < 0.7:
        return rng.choice(g.banen_employers)
    pool = g.employers_by_sector.get(sector)
    if not pool or rng.random() < 0.15:
        pool = g.employers_by_family.get(g.ref.sector_parent[sector] or sector)
    return rng.choice(pool or g.all_employers)


def write_placement(
    g: Demo, cid: int, rid: int, coach: int, sector: int, register: bool, start: int
) -> None:
    rng, today_n = g.rng, g.today_n
    rows = g.rows
    pid = g.id("placement")
    banen = register and rng.random() < 0.6
    placement_sector = sector if rng.random() < 0.85 else g.ref.sector_mix.pick(rng)
    employer = _employer_for(g, placement_sector, banen)
    vacancy = None
    if rng.random() < 0.35:
        candidates = [
            vid for opened, vid in g.vacancies_by_employer.get(employer, ()) if opened <= start
        ]
        if candidates:
            vacancy = candidates[-1]
    hours = _HOURS.pick(rng)
    if register:
        hours = min(hours, 24)
    start_day = date.fromordinal(start)
    placement = {
        "id": pid,
        "route_id": rid,
        "employer_id": employer,
        "vacancy_id": vacancy,
        "sector_id": placement_sector,
        "contract_type": _CONTRACT.pick(rng).value,
        "hours_per_week": hours,
        "start_date": start_day,
        "end_date": None,
        "banenafspraak": banen,
    }
    rows["placement"].append(placement)
    # Whether the person still works there at each check.
    working = True
    previous = start
    for months in FOLLOW_UP_MONTHS:
        fid = g.id("placement_follow_up")
        due_day = add_months(start_day, months)
        due = due_day.toordinal()
        if working:
            working = rng.random() < _STAY.get(months, 0.85)
            if not working and due <= today_n:
                # Left somewhere after the last check that still found them working.
                placement["end_date"] = date.fromordinal(rng.randint(previous + 1, due))
        answered = due <= today_n
        checked = min(today_n, due + rng.randint(0, 14)) if answered else None
        rows["follow_up"].append(
            {
                "id": fid,
                "placement_id": pid,
                "months": months,
                "due_date": due_day,
                "checked_on": date.fromordinal(checked) if checked is not None else None,
                "still_working": working if answered else None,
                "note": None,
            }
        )
        tid = g.id("task")
        rows["task"].append(
            {
                "id": tid,
                "client_id": cid,
                "route_id": rid,
                "follow_up_id": fid,
                "title": FOLLOW_UP_TITLE.format(months=months),
                "due_date": due_day,
                "done_at": stamp(checked, tid) if checked is not None else None,
                "owner_id": coach,
                "note": None,
                "created_at": stamp(start, tid),
                "updated_at": stamp(checked if checked is not None else start, tid),
            }
        )
        previous = checked if checked is not None and checked < due else due
