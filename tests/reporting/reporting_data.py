"""Shared helpers of the reporting tests: hand-made data, users with roles."""

from __future__ import annotations

from datetime import date, datetime
from itertools import count

from sqlalchemy import select

import zkijdesk.models.reporting  # noqa: F401  (registers the ledger tables)
from zkijdesk import models as m

TODAY = date(2026, 11, 15)


class Data:
    """Writes small, exact datasets straight into a store (no service rules in the way)."""

    _serial = count(1)

    def __init__(self, store) -> None:
        self.store = store
        with store.read_session() as s:
            self.sector = {code: sid for sid, code in s.execute(select(m.Sector.id, m.Sector.code))}
            self.municipality = {
                code: mid for mid, code in s.execute(select(m.Municipality.id, m.Municipality.code))
            }
            self.group = {
                (year, code): gid
                for gid, year, code in s.execute(
                    select(m.FocusTargetGroup.id, m.FocusTargetGroup.year, m.FocusTargetGroup.code)
                )
            }

    def _add(self, obj):
        with self.store.session() as s:
            s.add(obj)
            s.flush()
            return obj.id

    def client(
        self,
        birth: date = date(1990, 5, 5),
        municipality: str | None = "GM0392",
        groups: tuple[tuple[int, str], ...] = (),
        deleted: bool = False,
        restricted: bool = False,
    ) -> int:
        n = next(self._serial)
        cid = self._add(
            m.Client(
                first_name=f"Testpersoon{n}",
                last_name=f"Achternaam{n}",
                birth_date=birth,
                intake_status="werkend",
                municipality_id=self.municipality.get(municipality) if municipality else None,
                search_key=f"achternaam{n}",
                deleted_at=datetime(2026, 10, 1) if deleted else None,
                restricted=restricted,
            )
        )
        with self.store.session() as s:
            for year, code in groups:
                s.add(
                    m.ClientTargetGroup(
                        client_id=cid,
                        target_group_id=self.group[(year, code)],
                        tagged_on=date(year, 1, 2),
                    )
                )
        return cid

    def route(
        self, client: int, intake: date, closed: date | None = None, reason=None, sector="ZW"
    ):
        return self._add(
            m.Route(
                client_id=client,
                referral_source="zelfmelder",
                intake_date=intake,
                closed_on=closed,
                exit_reason=reason,
                sector_id=self.sector[sector] if sector else None,
            )
        )

    def training(self, route, start, end=None, result="lopend", credential=None, sector=None):
        return self._add(
            m.Training(
                route_id=route,
                title="Cursus",
                provider="Aanbieder",
                kind="skills_cursus",
                actual_start=start,
                actual_end=end,
                result=result,
                credential=credential,
                sector_id=self.sector[sector] if sector else None,
            )
        )

    def employer(self, sector="ZW", municipality="GM0392") -> int:
        n = next(self._serial)
        return self._add(
            m.Employer(
                name=f"Werkgever {n}",
                sector_id=self.sector[sector],
                municipality_id=self.municipality[municipality],
            )
        )

    def placement(
        self,
        route,
        start,
        contract="vast",
        sector=None,
        banen=False,
        employer=None,
        six_months: bool | None = None,
    ):
        from zkijdesk.domain.dates import add_months

        pid = self._add(
            m.Placement(
                route_id=route,
                employer_id=employer,
                sector_id=self.sector[sector] if sector else None,
                contract_type=contract,
                hours_per_week=24,
                start_date=start,
                banenafspraak=banen,
            )
        )
        if six_months is not None:
            due = add_months(start, 6)
            self._add(
                m.PlacementFollowUp(
                    placement_id=pid,
                    months=6,
                    due_date=due,
                    checked_on=due,
                    still_working=six_months,
                )
            )
        return pid

    def vacancy(self, employer, opened, closed=None, status="open", sector=None):
        return self._add(
            m.Vacancy(
                employer_id=employer,
                occupation="Functie",
                hours_per_week=32,
                status=status,
                opened_on=opened,
                closed_on=closed,
                sector_id=self.sector[sector] if sector else None,
            )
        )


def make_user(store, username: str, role: str):
    from zkijdesk.services.users import actor_for, create_user

    with store.read_session() as s:
        first = s.scalar(select(m.User.id)) is None
    if first:
        create_user(store, username, username.title(), role)
    else:
        admin = _admin(store)
        create_user(store, username, username.title(), role, actor=admin)
    return actor_for(store, username)


def _admin(store):
    from zkijdesk.services.users import actor_for

    with store.read_session() as s:
        name = s.scalar(select(m.User.username).where(m.User.role == "admin"))
    return actor_for(store, name)


def reporting(store, actor, today=TODAY):
    from zkijdesk.services.reporting import ReportingService

    return ReportingService(store, actor, lambda: today)
