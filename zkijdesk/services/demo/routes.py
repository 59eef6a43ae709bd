"""A client's route: its guidance, contacts (activities) and open tasks, with trainings and
placements (``steps``) where the route leads to them."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from zkijdesk.domain.enums import (
    ActivityKind,
    ExitReason,
    GuidanceKind,
    IntakeStatus,
    ReferralSource,
)
from zkijdesk.services.demo import steps
from zkijdesk.services.demo.data import (
    ACTIVITY_MINUTES,
    ACTIVITY_NOTES,
    ACTIVITY_WEIGHTS,
    CLOSING_NOTES,
    EXIT_WEIGHTS,
    GUIDANCE_WEIGHTS,
    INTAKE_NOTES,
    REFERRAL_WEIGHTS,
    TASK_TITLES,
)
from zkijdesk.services.demo.draw import Weighted, stamp
from zkijdesk.services.demo.state import Demo

#: Coaches steer routes towards the focus sectors: with this chance a route of a client
#: oriented elsewhere gets a focus sector, which brings routes to about 55% focus.
FOCUS_PUSH = 0.24
#: Share of routes that belong to a project of the uitvoeringsplan (when one runs).
PROJECT_SHARE = 0.40

_REFERRAL = Weighted(REFERRAL_WEIGHTS)
_EXIT = Weighted(EXIT_WEIGHTS)
_GUIDANCE = Weighted(GUIDANCE_WEIGHTS)
_ACTIVITY = Weighted(ACTIVITY_WEIGHTS)


class Person(NamedTuple):
    """What a client's routes need to know about them."""

    id: int
    birth: date
    register: bool
    status_holder: bool
    part_timer: bool


def write_route(
    g: Demo,
    person: Person,
    status: IntakeStatus,
    client_sector: int | None,
    coach: int,
    intake: int,
    closed: int | None,
) -> int:
    """One route and everything in it; returns the ordinal of its last day (today if open)."""
    rng, today_n, ref = g.rng, g.today_n, g.ref
    rows = g.rows
    cid = person.id
    rid = g.id("route")
    end = closed if closed is not None else today_n
    if client_sector is None:
        sector = ref.sector_mix.pick(rng)
    elif not ref.sector_focus[client_sector] and rng.random() < FOCUS_PUSH:
        sector = ref.focus_mix.pick(rng)
    else:
        sector = client_sector
    referral = _REFERRAL.pick(rng)
    if status is IntakeStatus.JOBSEEKER_WW and rng.random() < 0.5:
        referral = ReferralSource.UWV
    elif status is IntakeStatus.JOBSEEKER_BIJSTAND and rng.random() < 0.5:
        referral = ReferralSource.MUNICIPALITY
    project = None
    if rng.random() < PROJECT_SHARE:
        active = [pid for start, stop, pid in g.project_spans if start <= intake <= stop]
        if active:
            project = rng.choice(active)
    exit_reason = _EXIT.pick(rng) if closed is not None else None
    rows["route"].append(
        {
            "id": rid,
            "client_id": cid,
            "coach_id": coach,
            "referral_source": referral.value,
            "intake_date": date.fromordinal(intake),
            "sector_id": sector,
            "project_id": project,
            "closed_on": date.fromordinal(closed) if closed is not None else None,
            "exit_reason": exit_reason.value if exit_reason is not None else None,
            "note": None,
            "created_at": stamp(intake, rid),
            "updated_at": stamp(end, rid),
        }
    )
    _guidance(g, rid, intake, closed, exit_reason)
    if closed is None:
        g.open_routes.add((cid, rid, coach, sector, intake))

    wants_training = exit_reason is ExitReason.TRAINING or rng.random() < 0.30
    if wants_training:
        steps.write_training(g, rid, sector, intake, closed)

    placed = exit_reason is ExitReason.WORK
    if closed is None and today_n - intake >= 45 and rng.random() < 0.14:
        placed = True
    if placed:
        if closed is not None:
            start = max(intake, closed - rng.randint(0, 21))
        else:
            start = intake + rng.randint(30, today_n - intake)
        steps.write_placement(g, cid, rid, coach, sector, person.register, start)

    _activities(g, cid, rid, coach, intake, closed, exit_reason)
    if closed is None:
        for _ in range(rng.randint(1, 3)):
            tid = g.id("task")
            due = max(intake, today_n + rng.randint(-14, 35))
            rows["task"].append(
                {
                    "id": tid,
                    "client_id": cid,
                    "route_id": rid,
                    "follow_up_id": None,
                    "title": rng.choice(TASK_TITLES),
                    "due_date": date.fromordinal(due),
                    "done_at": None,
                    "owner_id": coach,
                    "note": None,
                    "created_at": stamp(max(intake, min(today_n, due - 14)), tid),
                    "updated_at": stamp(max(intake, min(today_n, due - 14)), tid),
                }
            )
    return end


def _guidance(g: Demo, rid: int, intake: int, closed: int | None, exit: ExitReason | None) -> None:
    rng, today_n = g.rng, g.today_n
    kind = _GUIDANCE.pick(rng)
    if exit is ExitReason.WORK and rng.random() < 0.3:
        kind = GuidanceKind.JOB_COACHING
    rows = g.rows["guidance"]
    rows.append(
        {
            "id": g.id("guidance"),
            "route_id": rid,
            "kind": kind.value,
            "start_date": date.fromordinal(intake),
            "end_date": date.fromordinal(closed) if closed is not None else None,
            "note": None,
        }
    )
    end = closed if closed is not None else today_n
    if rng.random() < 0.3 and end - intake > 30:
        start = intake + rng.randint(14, end - intake)
        stop = start + rng.randint(14, 60)
        if closed is not None:
            stop = min(stop, closed)
        rows.append(
            {
                "id": g.id("guidance"),
                "route_id": rid,
                "kind": GuidanceKind.APPLICATION_TRAINING.value,
                "start_date": date.fromordinal(start),
                "end_date": date.fromordinal(stop) if stop <= today_n else None,
                "note": "Groepstraining solliciteren (4 bijeenkomsten).",
            }
        )


def _activities(
    g: Demo,
    cid: int,
    rid: int,
    coach: int,
    intake: int,
    closed: int | None,
    exit_reason: ExitReason | None,
) -> None:
    rng, today_n = g.rng, g.today_n
    rows = g.rows["activity"]
    end = closed if closed is not None else today_n
    length = end - intake
    count = rng.randint(4, 8) if length >= 14 else rng.randint(1, 3)
    days = [intake]
    days += sorted(intake + rng.randint(0, length) for _ in range(count - 1))
    if closed is not None:
        days[-1] = closed
    for index, day in enumerate(days):
        aid = g.id("activity")
        when = stamp(day, aid)
        note: str | None
        if index == 0:
            kind, note = ActivityKind.MEETING, rng.choice(INTAKE_NOTES)
        elif closed is not None and index == len(days) - 1:
            kind = ActivityKind.MEETING if rng.random() < 0.6 else ActivityKind.PHONE
            note = CLOSING_NOTES[exit_reason or ExitReason.OTHER]
        else:
            kind = _ACTIVITY.pick(rng)
            note = rng.choice(ACTIVITY_NOTES[kind]) if rng.random() < 0.85 else None
        low, high = ACTIVITY_MINUTES[kind]
        rows.append(
            {
                "id": aid,
                "client_id": cid,
                "route_id": rid,
                "kind": kind.value,
                "occurred_on": date.fromordinal(day),
                "minutes": rng.randint(low, high) // 5 * 5,
                "note": note,
                "author_id": coach,
                "created_at": when,
                "updated_at": when,
            }
        )
