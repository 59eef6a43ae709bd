"""Clients, written in batches: the person, their skills, their routes (``routes``), the
focus target groups they belong to, and the hours they want to work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from zkijdesk import models as m
from zkijdesk.domain.dates import age_on
from zkijdesk.domain.enums import IntakeStatus, SkillEvidence
from zkijdesk.domain.names import search_key
from zkijdesk.services.demo import routes
from zkijdesk.services.demo.data import (
    AGE_BANDS,
    EMAIL_DOMAINS,
    HOURS_WISHES,
    INTAKE_STATUS_WEIGHTS,
    ROUTE_COUNT_WEIGHTS,
)
from zkijdesk.services.demo.draw import Weighted, ascii_word, stamp
from zkijdesk.services.demo.names import postcode
from zkijdesk.services.demo.state import CORE_SHARE, Demo

Progress = Callable[[int, int], None]

#: Clients generated and written per batch; also how often ``progress`` is called.
CHUNK_CLIENTS = 2000
MAX_AGE_AT_INTAKE = 67
#: Chance that a client's last route is still open.
LAST_ROUTE_OPEN = 0.44
#: Share of clients with an open route whose hours wish is on file.
HOURS_WISH_SHARE = 0.55

#: A batch's rows per table: the key in ``Demo.rows``, the table, the summary's counter.
BATCH_TABLES = (
    ("client", m.Client, "clients"),
    ("client_skill", m.ClientSkill, "client_skills"),
    ("client_target_group", m.ClientTargetGroup, "client_target_groups"),
    ("route", m.Route, "routes"),
    ("guidance", m.Guidance, "guidances"),
    ("training", m.Training, "trainings"),
    ("placement", m.Placement, "placements"),
    ("follow_up", m.PlacementFollowUp, "follow_ups"),
    ("activity", m.Activity, "activities"),
    ("task", m.Task, "tasks"),
    ("work_preference", m.ClientWorkPreference, "work_preferences"),
)

_ROUTE_COUNT = Weighted(ROUTE_COUNT_WEIGHTS)
_STATUS = Weighted(INTAKE_STATUS_WEIGHTS)
_AGE = Weighted(AGE_BANDS)
_EVIDENCE = Weighted(
    (
        (SkillEvidence.WORK_EXPERIENCE, 45),
        (SkillEvidence.ASSESSMENT, 20),
        (SkillEvidence.SELF_REPORTED, 35),
    )
)


def write_clients(g: Demo, progress: Progress | None) -> None:
    """All clients, ``CHUNK_CLIENTS`` at a time: each batch is written before the next."""
    done = 0
    if progress is not None:
        progress(0, g.n_clients)
    while done < g.n_clients:
        batch = min(CHUNK_CLIENTS, g.n_clients - done)
        g.rows = {key: [] for key, _, _ in BATCH_TABLES}
        for _ in range(batch):
            _client(g)
        _flush(g)
        done += batch
        if progress is not None:
            progress(done, g.n_clients)


def _flush(g: Demo) -> None:
    for key, model, counter in BATCH_TABLES:
        rows = g.rows[key]
        g.writer.write(model.__table__, rows)
        g.counts[counter] += len(rows)


def _timeline(g: Demo) -> list[tuple[int, int | None]]:
    """Intake and closing ordinals of a client's routes, oldest first, none overlapping."""
    rng, today_n, window_n = g.rng, g.today_n, g.window_n
    wanted = _ROUTE_COUNT.pick(rng)
    if rng.random() < LAST_ROUTE_OPEN:
        intake = today_n - min(int(rng.expovariate(1 / 220)), 1000)
        timeline: list[tuple[int, int | None]] = [(intake, None)]
    else:
        closed = window_n + 15 + rng.randrange(today_n - window_n - 14)
        intake = closed - 14 - min(int(rng.expovariate(1 / 170)), 720)
        if intake < window_n:
            intake = window_n + rng.randint(0, closed - window_n - 14)
        timeline = [(intake, closed)]
    for _ in range(wanted - 1):
        closed = intake - 30 - int(rng.expovariate(1 / 240))
        intake = closed - 14 - min(int(rng.expovariate(1 / 170)), 720)
        if intake < window_n:
            break
        timeline.append((intake, closed))
    timeline.reverse()
    return timeline


def _client(g: Demo) -> None:
    rng, today_n, ref = g.rng, g.today_n, g.ref
    rows = g.rows
    timeline = _timeline(g)
    first_intake = timeline[0][0]
    low, high = _AGE.pick(rng)
    age = rng.randint(low, high)
    birth = date.fromordinal(first_intake - int(age * 365.25) - rng.randint(1, 364))
    timeline = [r for r in timeline if age_on(birth, date.fromordinal(r[0])) <= MAX_AGE_AT_INTAKE]
    status = _STATUS.pick(rng)
    wia = status is IntakeStatus.JOBSEEKER_WIA_WAJONG
    register = rng.random() < (0.5 if wia else 0.05)
    status_holder = rng.random() < (0.12 if status is IntakeStatus.JOBSEEKER_BIJSTAND else 0.04)
    part_timer = status is IntakeStatus.EMPLOYED and rng.random() < 0.45
    first, prefix, last = g.names.name(rng, status_holder)
    municipality = ref.municipality_mix.pick(rng)
    client_sector = None if rng.random() < 0.06 else ref.sector_mix.pick(rng)
    coach = rng.choice(g.coach_ids)
    cid = g.id("client")
    email = None
    if rng.random() < 0.8:
        local = ".".join(w for w in (ascii_word(p) for p in (first, prefix, last) if p) if w)
        if rng.random() < 0.4:
            local += str(rng.randint(1, 99))
        email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    last_day = max(r[1] if r[1] is not None else today_n for r in timeline)
    rows["client"].append(
        {
            "id": cid,
            "client_number": f"ZK{cid:07d}",
            "first_name": first,
            "name_prefix": prefix,
            "last_name": last,
            "birth_date": birth,
            "bsn": g.bsns.draw(rng) if rng.random() < 0.7 else None,
            "email": email,
            "phone": f"+316{rng.randint(10_000_000, 59_999_999)}" if rng.random() < 0.85 else None,
            "postcode": postcode(rng, ref.postcode_mix[municipality]),
            "municipality_id": ref.municipality_id[municipality],
            "intake_status": status.value,
            "doelgroepregister": register,
            "sector_id": client_sector,
            "consent_note": (
                "Toestemming voor gegevensdeling met UWV en gemeente besproken bij de intake."
                if rng.random() < 0.5
                else None
            ),
            "search_key": search_key(first, prefix, last),
            "created_by_id": coach,
            "created_at": stamp(first_intake, cid),
            "updated_at": stamp(last_day, cid),
        }
    )
    _client_skills(g, cid, client_sector, birth.toordinal(), first_intake)
    tags: dict[int, dict[str, Any]] = {}
    person = routes.Person(cid, birth, register, status_holder, part_timer)
    first_task = len(rows["task"])
    for intake, closed in timeline:
        if rng.random() > 0.8:
            coach = rng.choice(g.coach_ids)
        end = routes.write_route(g, person, status, client_sector, coach, intake, closed)
        _tags(g, person, coach, intake, end, tags)
    # What is still to do about the person is the current coach's, as the program hands
    # it over when a colleague opens a new route (a follow-up of an earlier placement).
    for task in rows["task"][first_task:]:
        if task["done_at"] is None:
            task["owner_id"] = coach
    rows["client_target_group"] += tags.values()
    if timeline and timeline[-1][1] is None and g.wsp_rng.random() < HOURS_WISH_SHARE:
        low, high = g.wsp_rng.choice(HOURS_WISHES)
        if part_timer:
            low, high = max(low, 24), max(high, 32)
        rows["work_preference"].append(
            {
                "client_id": cid,
                "hours_min": low,
                "hours_max": high,
                "updated_on": date.fromordinal(timeline[-1][0]),
            }
        )


def _client_skills(g: Demo, cid: int, sector: int | None, birth: int, intake: int) -> None:
    rng, today_n, ref = g.rng, g.today_n, g.ref
    k = rng.randint(2, 6)
    specific = g.skill_pool(sector) if sector is not None else []
    chosen = rng.sample(specific, min(len(specific), rng.randint(0, 3)))
    general = ref.general_core if rng.random() < CORE_SHARE else ref.general_skills
    for skill in rng.sample(general, min(len(general), k)):
        if len(chosen) >= k:
            break
        if skill not in chosen:
            chosen.append(skill)
    earliest = birth + 16 * 365
    rows = g.rows["client_skill"]
    for skill in chosen:
        if ref.skill_credential[skill]:
            evidence = (
                SkillEvidence.DIPLOMA if ref.skill_is_diploma[skill] else SkillEvidence.CERTIFICATE
            )
        else:
            evidence = _EVIDENCE.pick(rng)
        if evidence is SkillEvidence.SELF_REPORTED:
            shown = intake
        elif evidence is SkillEvidence.ASSESSMENT:
            shown = min(today_n, intake + rng.randint(7, 60))
        else:
            shown = max(min(earliest, intake), intake - rng.randint(30, 3650))
        rows.append(
            {
                "id": g.id("client_skill"),
                "client_id": cid,
                "skill_id": skill,
                "evidence": evidence.value,
                "shown_on": date.fromordinal(shown),
            }
        )


def _tags(
    g: Demo,
    person: routes.Person,
    coach: int,
    intake: int,
    end: int,
    tags: dict[int, dict[str, Any]],
) -> None:
    """Tag with the focus groups of every year the route runs in, as that year defines them."""
    rng = g.rng
    first_year = date.fromordinal(intake).year
    last_year = date.fromordinal(end).year
    for year in range(first_year, last_year + 1):
        groups = g.ref.groups.get(year)
        if not groups:
            continue
        low = max(intake, date(year, 1, 1).toordinal())
        high = min(end, date(year, 12, 31).toordinal())
        day = low + min(rng.randint(0, 30), high - low)
        tagged_on = date.fromordinal(day)
        age = age_on(person.birth, tagged_on)
        for code, gid in groups:
            if gid in tags:
                continue
            if (
                (code == "JONG" and age < 27)
                or (code == "50PLUS" and age >= 50)
                or (code == "BANEN" and person.register)
                or (code == "STATUS" and person.status_holder)
                or (code == "DEELTIJD" and person.part_timer)
            ):
                tags[gid] = {
                    "client_id": person.id,
                    "target_group_id": gid,
                    "tagged_on": tagged_on,
                    "tagged_by_id": coach,
                    "created_at": stamp(day, person.id),
                }
