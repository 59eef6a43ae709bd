"""The employers' side (WSP): employers with their contact persons and the accountmanagers'
log, vacancies with the skills they ask for, and proposals of clients for vacancies."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from zkijdesk import models as m
from zkijdesk.domain.enums import VacancyStatus
from zkijdesk.domain.matching import CandidacyStage, NotPlacedReason
from zkijdesk.services.demo.data import (
    CONTACT_SUMMARIES,
    CONTACT_TITLES,
    CONTACT_WEIGHTS,
    EMPLOYER_PATTERNS,
    HOURS_WEIGHTS,
    NOUNS,
    OCCUPATIONS,
    PLACES,
    SIZE_WEIGHTS,
)
from zkijdesk.services.demo.draw import Weighted, ascii_word, stamp
from zkijdesk.services.demo.state import Demo

#: Clients per employer and per vacancy.
CLIENTS_PER_EMPLOYER = 15
CLIENTS_PER_VACANCY = 10
#: Employers and vacancies are written this many at a time, like clients.
CHUNK_ROWS = 2000

_RECENT_STATUS = Weighted(
    ((VacancyStatus.OPEN, 60), (VacancyStatus.IN_PROGRESS, 30), (VacancyStatus.FILLED, 10))
)
_OLDER_STATUS = Weighted(
    (
        (VacancyStatus.FILLED, 65),
        (VacancyStatus.WITHDRAWN, 25),
        (VacancyStatus.OPEN, 5),
        (VacancyStatus.IN_PROGRESS, 5),
    )
)


def _employer_name(g: Demo, sector_code: str, used: set[str]) -> str:
    rng = g.rng
    if rng.random() < 0.5:
        name = rng.choice(g.names.companies)
    else:
        patterns = EMPLOYER_PATTERNS.get(sector_code) or EMPLOYER_PATTERNS[""]
        name = rng.choice(patterns).format(
            s=rng.choice(g.names.plain_last_names), p=rng.choice(PLACES), n=rng.choice(NOUNS)
        )
    base, number = name, 2
    if name in used:
        name = f"{base} {rng.choice(PLACES)}"
    while name in used:
        name = f"{base} ({number})"
        number += 1
    used.add(name)
    return name


def write_employers(g: Demo) -> None:
    rng, ref = g.rng, g.ref
    count = max(10, round(g.n_clients / CLIENTS_PER_EMPLOYER))
    size_mix = Weighted(SIZE_WEIGHTS)
    rows: list[dict[str, Any]] = []
    used_names: set[str] = set()
    used_kvk: set[str] = set()
    for _ in range(count):
        if len(rows) == CHUNK_ROWS:
            _write_employers(g, rows)
            rows = []
        eid = g.id("employer")
        sector = ref.sector_mix.pick(rng)
        code = ref.municipality_mix.pick(rng)
        while True:
            kvk = str(rng.randrange(10_000_000, 100_000_000))
            if kvk not in used_kvk:
                used_kvk.add(kvk)
                break
        banen = rng.random() < 0.2
        created = g.window_n + rng.randint(-365, (g.today_n - g.window_n) // 2)
        rows.append(
            {
                "id": eid,
                "name": _employer_name(g, ref.sector_code[sector], used_names),
                "kvk_number": kvk,
                "sector_id": sector,
                "size_class": size_mix.pick(rng).value,
                "municipality_id": ref.municipality_id[code],
                "banenafspraak": banen,
                "note": "Werkgever staat open voor banenafspraakbanen." if banen else None,
                "created_at": stamp(created, eid),
                "updated_at": stamp(created, eid),
            }
        )
        g.employer_sector[eid] = sector
        g.employer_municipality[eid] = ref.municipality_id[code]
        g.employers_by_sector.setdefault(sector, []).append(eid)
        family = ref.sector_parent[sector] or sector
        g.employers_by_family.setdefault(family, []).append(eid)
        if banen:
            g.banen_employers.append(eid)
        g.all_employers.append(eid)
    _write_employers(g, rows)


def _write_employers(g: Demo, rows: list[dict[str, Any]]) -> None:
    """A batch of employers, then their contact persons and log (drawn from ``wsp_rng``,
    so writing in batches draws exactly what writing all at once would)."""
    g.writer.write(m.Employer.__table__, rows)
    g.counts["employers"] += len(rows)
    _employer_contacts(g, rows)


def _employer_contacts(g: Demo, employers: list[dict[str, Any]]) -> None:
    """One or two contact persons per employer, and the accountmanagers' log with them."""
    rng, today_n, names = g.wsp_rng, g.today_n, g.names
    kinds = Weighted(CONTACT_WEIGHTS)
    people, log = [], []
    for employer in employers:
        eid = employer["id"]
        domain = "".join(c for c in ascii_word(employer["name"]).lower() if c.isalnum())[:20]
        persons = []
        for _ in range(rng.randint(1, 2)):
            pid = g.id("employer_contact")
            first, last = rng.choice(names.first_names), rng.choice(names.plain_last_names)
            local = f"{ascii_word(first)[:1]}.{ascii_word(last)}".lower()
            created = stamp(today_n - rng.randint(30, 900), pid)
            people.append(
                {
                    "id": pid,
                    "employer_id": eid,
                    "name": f"{first} {last}",
                    "job_title": rng.choice(CONTACT_TITLES),
                    "email": f"{local}@{domain or 'werkgever'}.nl",
                    "phone": f"+3123{rng.randint(5_000_000, 5_999_999)}",
                    "active": True,
                    "created_at": created,
                    "updated_at": created,
                }
            )
            persons.append(pid)
        for _ in range(rng.choice((0, 1, 1, 2, 3, 4))):
            lid = g.id("employer_contact_log")
            kind = kinds.pick(rng)
            day = today_n - int(rng.expovariate(1 / 120)) % 540
            follow = day + rng.randint(14, 60) if rng.random() < 0.3 else None
            log.append(
                {
                    "id": lid,
                    "employer_id": eid,
                    "contact_id": rng.choice(persons),
                    "kind": kind.value,
                    "occurred_on": date.fromordinal(day),
                    "summary": rng.choice(CONTACT_SUMMARIES[kind]),
                    "follow_up_on": date.fromordinal(follow) if follow else None,
                    "author_id": rng.choice(g.coach_ids),
                    "created_at": stamp(day, lid),
                    "updated_at": stamp(day, lid),
                }
            )
    g.writer.write(m.EmployerContact.__table__, people)
    g.writer.write(m.EmployerContactLog.__table__, log)
    g.counts["employer_contacts"] += len(people)
    g.counts["contact_logs"] += len(log)


def write_vacancies(g: Demo) -> None:
    rng, today_n, window_n, ref = g.rng, g.today_n, g.window_n, g.ref
    count = max(5, round(g.n_clients / CLIENTS_PER_VACANCY))
    hours_mix = Weighted(HOURS_WEIGHTS)
    rows: list[dict[str, Any]] = []
    skill_rows: list[dict[str, Any]] = []
    for _ in range(count):
        if len(rows) == CHUNK_ROWS:
            _write_vacancies(g, rows, skill_rows)
            rows, skill_rows = [], []
        vid = g.id("vacancy")
        employer = rng.choice(g.all_employers)
        sector = g.employer_sector[employer]
        code = ref.sector_code[sector]
        occupations = OCCUPATIONS.get(code) or OCCUPATIONS[""]
        opened = window_n + int((today_n - window_n) * rng.random() ** 0.8)
        age = today_n - opened
        status = (_RECENT_STATUS if age < 90 else _OLDER_STATUS).pick(rng)
        closed = None
        if status in (VacancyStatus.FILLED, VacancyStatus.WITHDRAWN):
            closed = min(today_n, opened + rng.randint(14, 120))
        if status is VacancyStatus.FILLED:
            assert closed is not None  # a filled vacancy closed
            start = closed + rng.randint(14, 45)
        elif status is VacancyStatus.WITHDRAWN:
            start = None
        else:
            start = opened + rng.randint(30, 90)
        occupation = rng.choice(occupations)
        rows.append(
            {
                "id": vid,
                "employer_id": employer,
                "occupation": occupation,
                "sector_id": sector,
                "hours_per_week": hours_mix.pick(rng),
                "municipality_id": g.employer_municipality[employer],
                "start_date": date.fromordinal(start) if start is not None else None,
                "status": status.value,
                "opened_on": date.fromordinal(opened),
                "closed_on": date.fromordinal(closed) if closed is not None else None,
                "description": f"{occupation} gezocht; inwerken op de werkvloer mogelijk.",
                "created_at": stamp(opened, vid),
                "updated_at": stamp(closed if closed is not None else opened, vid),
            }
        )
        g.vacancies_by_employer.setdefault(employer, []).append((opened, vid))
        if status is VacancyStatus.IN_PROGRESS:
            g.running_vacancies.append((vid, opened, sector))
        specific = g.skill_pool(sector)
        required = rng.sample(specific, min(len(specific), rng.randint(1, 3)))
        if not required:
            required = [rng.choice(ref.general_core)]
        desired = [s for s in rng.sample(ref.general_core, rng.randint(1, 2)) if s not in required]
        skill_rows += [{"vacancy_id": vid, "skill_id": s, "required": True} for s in required]
        skill_rows += [{"vacancy_id": vid, "skill_id": s, "required": False} for s in desired]
    _write_vacancies(g, rows, skill_rows)


def _write_vacancies(g: Demo, rows: list[dict[str, Any]], skill_rows: list[dict[str, Any]]) -> None:
    g.writer.write(m.Vacancy.__table__, rows)
    g.writer.write(m.VacancySkill.__table__, skill_rows)
    g.counts["vacancies"] += len(rows)
    g.counts["vacancy_skills"] += len(skill_rows)


def write_candidacies(g: Demo) -> None:
    """Proposals for the vacancies 'in behandeling': the live pipeline of the WSP.

    Each such vacancy has one to three running proposals (voorgedragen or gesprek)
    of clients with an open route, mostly from the vacancy's sector, and sometimes
    an earlier proposal that ended without a placement.
    """
    rng, today_n, open_routes = g.wsp_rng, g.today_n, g.open_routes
    reasons = list(NotPlacedReason)
    rows = []
    for vid, opened, sector in g.running_vacancies:
        # A sample of positions draws the same as a sample of the routes themselves.
        pool: Sequence[int] = open_routes.in_sector(sector) or range(len(open_routes))
        if not pool:
            continue
        picked = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
        chosen = {r[0]: r for r in (open_routes[i] for i in picked)}
        for index, (cid, rid, coach, _, intake) in enumerate(chosen.values()):
            first = max(opened, intake)
            if first > today_n:
                continue
            proposed = rng.randint(first, today_n)
            ended = index == 3 or (index > 0 and rng.random() < 0.2)
            interview = proposed + rng.randint(3, 21) if rng.random() < 0.45 else None
            if ended and interview is not None and interview > today_n:
                interview = None  # an ended proposal has no interview still to come
            decided = None
            if ended:
                stage = CandidacyStage.NOT_PLACED
                decided = min(today_n, (interview or proposed) + rng.randint(1, 14))
            elif interview is not None:
                stage = CandidacyStage.INTERVIEW
            else:
                stage = CandidacyStage.PROPOSED
            kid = g.id("candidacy")
            rows.append(
                {
                    "id": kid,
                    "vacancy_id": vid,
                    "client_id": cid,
                    "route_id": rid,
                    "coach_id": coach,
                    "stage": stage.value,
                    "proposed_on": date.fromordinal(proposed),
                    "interview_on": date.fromordinal(interview) if interview else None,
                    "decided_on": date.fromordinal(decided) if decided else None,
                    "reason": rng.choice(reasons).value if ended else None,
                    "placement_id": None,
                    "score": None,
                    "created_at": stamp(proposed, kid),
                    "updated_at": stamp(decided or proposed, kid),
                }
            )
            if len(rows) == CHUNK_ROWS:
                _write_candidacies(g, rows)
                rows = []
    _write_candidacies(g, rows)


def _write_candidacies(g: Demo, rows: list[dict[str, Any]]) -> None:
    g.writer.write(m.Candidacy.__table__, rows)
    g.counts["candidacies"] += len(rows)
