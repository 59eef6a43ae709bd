"""Retention: closed files are removed when their term has passed.

The admin sets a term in months per exit reason of the client's last route; the
shipped defaults (docs/privacy.md) keep files of people who found work or training
longer, because funders (ESF+) audit results for years. A run first shows what it
would remove, removes only on confirmation, never touches anyone with an open route
or a restriction of processing, and logs counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.domain.dates import add_months
from zkijdesk.domain.enums import ExitReason, Role
from zkijdesk.domain.errors import StateError, StoreError, ValidationError
from zkijdesk.domain.text import t
from zkijdesk.services import settings
from zkijdesk.services.base import Service
from zkijdesk.services.erasure import compact, delete_clients

DEFAULT_TERMS: dict[str, int] = {
    ExitReason.WORK.value: 60,
    ExitReason.TRAINING.value: 60,
    ExitReason.HELPED_ELSEWHERE.value: 24,
    ExitReason.MOVED.value: 24,
    ExitReason.STOPPED.value: 24,
    ExitReason.NO_CONTACT.value: 24,
    ExitReason.OTHER.value: 24,
}
MIN_MONTHS, MAX_MONTHS = settings.MIN_MONTHS, settings.MAX_MONTHS


@dataclass(frozen=True)
class RetentionPlan:
    """What a run would remove: client ids per exit reason, and what it leaves alone."""

    today: date
    due: dict[str, tuple[int, ...]]
    skipped_restricted: int

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.due.values())


class RetentionService(Service):
    def terms(self) -> dict[str, int]:
        with self.store.read_session() as s:
            try:
                stored = settings.RETENTION_TERMS.read_strictly(s)
            except ValueError as exc:
                # Falling back to the defaults could erase sooner than the admin set.
                raise StoreError(
                    "De bewaartermijnen in de opslag zijn onleesbaar; stel ze opnieuw in "
                    "bij Instellingen voordat er iets wordt verwijderd."
                ) from exc
        return {**DEFAULT_TERMS, **{k: v for k, v in stored.items() if k in DEFAULT_TERMS}}

    def set_terms(self, terms: dict[str, int]) -> dict[str, int]:
        self.require_role(Role.ADMIN, what="bewaartermijnen instelt")
        clean: dict[str, int] = {}
        for reason, months in terms.items():
            if reason not in DEFAULT_TERMS:
                raise ValidationError("terms", "Bewaartermijn noemt een onbekende reden.")
            if (
                isinstance(months, bool)
                or not isinstance(months, int)
                or not (MIN_MONTHS <= months <= MAX_MONTHS)
            ):
                raise ValidationError(
                    "terms",
                    t(
                        "Bewaartermijn moet tussen {n} en {m} maanden liggen.",
                        n=MIN_MONTHS,
                        m=MAX_MONTHS,
                    ),
                )
            clean[reason] = months
        merged = {**self.terms(), **clean}
        with self.store.session() as s:
            settings.RETENTION_TERMS.write(s, merged, self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=settings.RETENTION_TERMS.key)
        return self.terms()

    def plan(self) -> RetentionPlan:
        """Clients whose last route closed longer ago than its term, and none open."""
        self.require_role(Role.ADMIN, what="de bewaartermijnen toepast")
        if self.store.team is not None and self.store.team.is_person:
            # The admin sees no client rows there: a plan would be empty, not true.
            raise StateError(
                "Op een teamdatabase ziet de functioneel beheerder geen dossiers; de "
                "beheerder van de server past de bewaartermijnen toe met zijn beheerlogin "
                "(zkijdesk --database-url … retention --apply)."
            )
        today = self.today()
        terms = self.terms()
        open_clients = select(m.Route.client_id).where(m.Route.closed_on.is_(None))
        last_close = (
            select(m.Route.client_id, func.max(m.Route.closed_on).label("last"))
            .where(m.Route.client_id.not_in(open_clients))
            .group_by(m.Route.client_id)
            .subquery()
        )
        rows = (
            select(m.Route.client_id, m.Route.closed_on, m.Route.exit_reason, m.Client.restricted)
            .join(
                last_close,
                (last_close.c.client_id == m.Route.client_id)
                & (last_close.c.last == m.Route.closed_on),
            )
            .join(m.Client, m.Client.id == m.Route.client_id)
            .order_by(m.Route.client_id, m.Route.id.desc())
        )
        due: dict[str, list[int]] = {}
        restricted = 0
        seen: set[int] = set()
        with self.store.read_session() as s:
            for client_id, closed_on, reason, is_restricted in s.execute(rows):
                if client_id in seen:
                    continue
                seen.add(client_id)
                code = (reason or ExitReason.OTHER).value
                assert closed_on is not None  # joined on the route's last closing date
                if add_months(closed_on, terms[code]) > today:
                    continue
                if is_restricted:
                    restricted += 1
                    continue
                due.setdefault(code, []).append(client_id)
        return RetentionPlan(today, {k: tuple(v) for k, v in sorted(due.items())}, restricted)

    def run(self, plan: RetentionPlan) -> int:
        """Remove what ``plan`` listed (re-checked now); returns how many were removed."""
        fresh = self.plan()
        planned = {i for ids in plan.due.values() for i in ids}
        still_due = {i for ids in fresh.due.values() for i in ids}
        ids = sorted(planned & still_due)
        with self.store.session() as s:
            delete_clients(s, ids)
            self.audit(s, "retention", "client", None, detail=f"removed={len(ids)}")
        if ids:
            compact(self.store)
        return len(ids)
