"""The people who use the app (an admin, two team leads, a coach per 120 clients) and the
projects of the uitvoeringsplan their routes can belong to."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.services.demo.data import PROJECTS
from zkijdesk.services.demo.draw import stamp
from zkijdesk.services.demo.state import Demo

#: Clients per coach.
CLIENTS_PER_COACH = 120


def write_users(g: Demo) -> None:
    existing = set(g.writer.session.scalars(select(m.User.username)))
    coaches = max(3, round(g.n_clients / CLIENTS_PER_COACH))
    width = max(2, len(str(coaches)))
    plan = [("admin", Role.ADMIN)]
    plan += [(f"teamlead{i:02d}", Role.TEAMLEAD) for i in (1, 2)]
    plan += [(f"coach{i:0{width}d}", Role.COACH) for i in range(1, coaches + 1)]
    created = stamp(g.window_n - 30, 0)
    rows: list[dict[str, Any]] = []
    for username, role in plan:
        name = username
        suffix = 2
        while name in existing:
            name = f"{username}_{suffix}"
            suffix += 1
        existing.add(name)
        first, prefix, last = g.names.name(g.rng, False)
        uid = g.id("app_user")
        rows.append(
            {
                "id": uid,
                "username": name,
                "display_name": " ".join(p for p in (first, prefix, last) if p),
                "role": role.value,
                "active": True,
                "created_at": created,
            }
        )
        if role is Role.COACH:
            g.coach_ids.append(uid)
        elif role is Role.TEAMLEAD:
            g.teamlead_ids.append(uid)
    g.admin_id = rows[0]["id"]
    g.writer.write(m.User.__table__, rows)
    g.counts["users"] = len(rows)


def write_projects(g: Demo) -> None:
    rng = g.rng
    chosen = [PROJECTS[0], *rng.sample(PROJECTS[1:], rng.randint(5, 9))]
    span = g.today_n - g.window_n
    plans = []
    for index, item in enumerate(chosen):
        if index == 0:
            start, end = g.window_n - 400, None
        else:
            start = g.window_n + rng.randint(-240, span - 120)
            end = None if rng.random() < 0.25 else start + rng.randint(540, 1460)
        plans.append((start, end, item))
    plans.sort(key=lambda p: (p[0], p[2][0]))
    rows = []
    per_year: dict[int, int] = {}
    for start, end, (name, pillar, funding, partners, expected) in plans:
        pid = g.id("project")
        year = date.fromordinal(start).year
        per_year[year] = per_year.get(year, 0) + 1
        rows.append(
            {
                "id": pid,
                "code": f"UP{year}-{per_year[year]:02d}",
                "name": name,
                "pillar": pillar,
                "funding_source": funding,
                "partners": partners,
                "expected_results": expected,
                "start_date": date.fromordinal(start),
                "end_date": date.fromordinal(end) if end is not None else None,
            }
        )
        g.project_spans.append((start, end if end is not None else 10**9, pid))
    g.writer.write(m.Project.__table__, rows)
    g.counts["projects"] = len(rows)
