"""The import itself: every good row of a preview, in one transaction, tagged with its batch.

Bulk inserts (a few statements per thousand rows instead of a unit of work per row):
30,000 clients with routes must not take an afternoon. The checks were made by the
preview; what could have changed since (someone registered the same person a minute
ago) is checked again inside the transaction, and such a row is refused, not
half-written. A cancel or any error rolls the whole batch back.

On a team database the rows must pass row-level security as they are written: a
client whose route goes to another coach is shared with the importer first, so the
importer can add that client's route and steps (and can later undo the batch).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypedDict, TypeVar

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.dates import add_months
from zkijdesk.domain.enums import (
    FOLLOW_UP_MONTHS,
    ContractType,
    EmployerSize,
    ExitReason,
    IntakeStatus,
    ReferralSource,
    SkillEvidence,
    VacancyStatus,
)
from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.names import fold, search_key
from zkijdesk.domain.text import Text, t
from zkijdesk.models.base import Base, utcnow
from zkijdesk.services import audit
from zkijdesk.services.access import file_coach, visible_client_ids
from zkijdesk.services.base import RESTRICTED_MESSAGE, Actor
from zkijdesk.services.importing.codes import ValueMaps
from zkijdesk.services.importing.plan import (
    Action,
    Preview,
    RowPlan,
    StoreIndex,
    find_duplicates,
    follow_leads,
    overlap_in_store,
)
from zkijdesk.services.routes import ONLY_THE_COACH
from zkijdesk.storage.errors import taken_bsn
from zkijdesk.storage.one_open_route import ALREADY_OPEN

CHUNK = 1000
#: Fields an import fills in on an existing client when they are still empty.
FILLABLE = ("bsn", "email", "phone", "postcode", "municipality_id", "sector_id")

T = TypeVar("T")


def _given(value: T | None) -> T:
    """A part of a row's plan its action guarantees: the route of a row that owns one,
    the client a later row follows, the training of a row that adds one."""
    assert value is not None
    return value


def reserve_ids(session: Session, model: type[Base], count: int) -> list[int]:
    """``count`` fresh primary keys for ``model``'s table, so rows can be inserted in one
    executemany without RETURNING (the ORM's RETURNING path costs a statement per row).

    SQLite: the unit of work holds the write lock, so the ids after the highest are
    ours. PostgreSQL: the table's own sequence hands them out, as it would row by row.
    """
    if count == 0:
        return []
    table = model.__table__
    if session.get_bind().dialect.name == "sqlite":
        highest = session.scalar(select(func.max(table.c.id))) or 0
        return list(range(highest + 1, highest + 1 + count))
    rows = session.execute(
        text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
        {"t": table.name, "n": count},
    )
    return [row[0] for row in rows]


class ImportCancelledError(ZkijdeskError):
    """The user stopped the import; the transaction was rolled back, nothing was written."""


@dataclass
class BatchResult:
    batch_id: int | None
    counts: dict[str, int] = field(default_factory=dict)
    rows: list[RowPlan] = field(default_factory=list)

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)


Progress = Callable[[int, int], None]


def write_preview(
    session: Session,
    preview: Preview,
    actor: Actor,
    *,
    file_name: str,
    sheet: str | None,
    sha256: str,
    maps: ValueMaps,
    today: date,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    rows = preview.rows
    _recheck(session, rows, actor)
    follow_leads(rows)  # a row refused just now takes the rows that repeat its client along
    stamp = utcnow()
    batch = m.ImportBatch(
        created_at=stamp,
        created_by_id=actor.user_id,
        file_name=file_name[:260],
        sheet=(sheet or None) and sheet[:120],
        file_sha256=sha256,
        rows_read=len(preview.table.rows),
    )
    session.add(batch)
    session.flush()
    writer = _Writer(session, batch.id, actor, maps, today, stamp, progress, cancelled)
    counts = writer.run(rows)
    batch.rows_imported = sum(1 for r in rows if r.action in (Action.CREATE, Action.UPDATE))
    batch.rows_refused = sum(1 for r in rows if r.action is Action.REFUSE)
    batch.rows_skipped = sum(1 for r in rows if r.action is Action.SKIP)
    batch.counts = json.dumps(counts, sort_keys=True)
    batch.changes = json.dumps(writer.changes)
    detail = ";".join(
        [
            f"rows={batch.rows_read}",
            f"imported={batch.rows_imported}",
            f"refused={batch.rows_refused}",
            f"skipped={batch.rows_skipped}",
            *(f"{key}={value}" for key, value in sorted(counts.items())),
        ]
    )
    audit.record(session, actor.user_id, "create", "import_batch", batch.id, detail=detail)
    session.flush()
    return BatchResult(batch.id, counts, rows)


def _recheck(session: Session, rows: list[RowPlan], actor: Actor) -> None:
    """Duplicates and access again, inside the transaction that writes."""
    visible = set(session.scalars(visible_client_ids(actor)))
    fresh = [r for r in rows if r.action is Action.CREATE and r.duplicate is None]
    if fresh:
        index = StoreIndex.load(session, visible)
        choices = {r.number: r for r in rows}
        find_duplicates(fresh, index)
        for row in fresh:
            if row.duplicate is not None:
                _refuse(choices[row.number], row.duplicate.sentence(), "client")
    updates = [r for r in rows if r.action is Action.UPDATE and r.follows is None]
    if not updates:
        return
    ids = [_target(r) for r in updates if _target(r) is not None]
    clients = {c.id: c for c in session.scalars(select(m.Client).where(m.Client.id.in_(ids)))}
    open_routes = set(
        session.scalars(
            select(m.Route.client_id).where(m.Route.client_id.in_(ids), m.Route.closed_on.is_(None))
        )
    )
    # Who may add a route to a client the store has: the file's coach (``routes``; on a
    # team database the route's policies say the same, and would refuse the batch).
    coaches: dict[int | None, int | None] = dict(
        session.execute(
            select(m.Client.id, file_coach(m.Client.id)).where(m.Client.id.in_(ids))
        ).all()
    )
    for row in updates:
        target = _target(row)
        client = clients.get(target) if target is not None else None
        if client is None or client.deleted_at is not None or client.id not in visible:
            _refuse(row, "U heeft geen toegang tot dit cliëntdossier.", "client")
        elif client.restricted:
            _refuse(row, RESTRICTED_MESSAGE, "client")
        elif row.route and coaches.get(client.id) != actor.user_id:
            _refuse(row, ONLY_THE_COACH, "route")
        elif row.route and row.route["closed_on"] is None and client.id in open_routes:
            _refuse(row, ALREADY_OPEN, "route")
    # A later row's own route goes to the same file under the same rule (the file's routes
    # of one client were held to one open route among themselves by the preview).
    by_number = {r.number: r for r in rows}
    for row in rows:
        lead = by_number.get(row.follows) if row.follows is not None else None
        if lead is None or lead.action is not Action.UPDATE or row.route is None:
            continue
        if coaches.get(_target(lead)) != actor.user_id:
            _refuse(row, ONLY_THE_COACH, "route")
        elif row.route["closed_on"] is None and _target(lead) in open_routes:
            _refuse(row, ALREADY_OPEN, "route")
    _routes_against_store(session, rows, by_number)


def _routes_against_store(
    session: Session, rows: list[RowPlan], by_number: dict[int, RowPlan]
) -> None:
    """Each route an import adds to a client the store has may not overlap that client's
    routes there (the preview saw only the file's own routes)."""
    adding: list[tuple[RowPlan, int]] = []
    for row in rows:
        if row.action is not Action.UPDATE or row.route is None or not row.owns_route:
            continue
        lead = by_number.get(row.follows) if row.follows is not None else row
        target = _target(lead) if lead is not None and lead.action is Action.UPDATE else None
        if target is not None:
            adding.append((row, target))
    if not adding:
        return
    stored: dict[int, list[tuple[date, date | None]]] = {}
    for client_id, start, end in session.execute(
        select(m.Route.client_id, m.Route.intake_date, m.Route.closed_on).where(
            m.Route.client_id.in_({target for _row, target in adding}),
        )
    ):
        stored.setdefault(client_id, []).append((start, end))
    # Two rows the preview kept apart (one matched by BSN, one by name and birth date,
    # say) can fill in the same client: each route is held against what the earlier
    # rows add too, so the client never gets two at once (the database refuses a second
    # open route, and would refuse the whole batch).
    added: dict[int, list[tuple[date, date | None, int]]] = {}
    for row, target in adding:
        mine = _given(row.route)
        refused = False
        for start, end in sorted(stored.get(target, ()), key=lambda period: period[0]):
            problem = overlap_in_store(mine, start, end)
            if problem is not None:
                _refuse(row, problem.text, problem.field)
                refused = True
                break
        earlier = next(
            (
                number
                for start, end, number in added.get(target, ())
                if overlap_in_store(mine, start, end) is not None
            ),
            None,
        )
        if not refused and earlier is not None:
            _refuse(
                row,
                t(
                    "Regel {x} van dit bestand geeft dezelfde cliënt al een route in deze "
                    "periode; laat bij een van beide de routekolommen leeg.",
                    x=earlier,
                ),
                "intake_date",
            )
        elif not refused:
            added.setdefault(target, []).append(
                (mine["intake_date"], mine["closed_on"], row.number)
            )


def _target(row: RowPlan) -> int | None:
    """The existing client a row adds to: its duplicate's, or a contacts sheet row's."""
    return row.duplicate.client_id if row.duplicate is not None else row.client_id


def _refuse(row: RowPlan, sentence: str | Text, key: str) -> None:
    row.action = Action.REFUSE
    row.problems.append((key, sentence))


class _Change(TypedDict):
    """A client the import filled in, as its batch keeps it for the undo."""

    client_id: int
    fields: list[str]
    version: int


class _Writer:
    def __init__(
        self,
        session: Session,
        batch_id: int,
        actor: Actor,
        maps: ValueMaps,
        today: date,
        stamp: datetime,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.s = session
        self.batch_id = batch_id
        self.actor = actor
        self.maps = maps
        self.today = today
        self.stamp = stamp
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)
        self.changes: list[_Change] = []
        self._route_of: dict[int, tuple[int, int, int | None]] = {}
        """Route id -> (client, coach, sector), for the steps a later row adds to it."""
        self.counts = {
            "clients": 0,
            "updated": 0,
            "routes": 0,
            "trainings": 0,
            "placements": 0,
            "employers": 0,
            "contacts": 0,
            "skills": 0,
            "follow_up_tasks": 0,
            "tags": 0,
        }

    def _tick(self, done: int, total: int) -> None:
        if self.cancelled():
            raise ImportCancelledError("Het importeren is afgebroken; er is niets opgeslagen.")
        if self.progress is not None:
            self.progress(done, total)

    def run(self, rows: list[RowPlan]) -> dict[str, int]:
        if any(r.employer is not None for r in rows):
            return self._employers([r for r in rows if r.action is Action.CREATE])
        if any(r.client_id is not None for r in rows):
            return self._contacts_of_existing([r for r in rows if r.action is Action.UPDATE])
        creating = [r for r in rows if r.action is Action.CREATE]
        updating = [r for r in rows if r.action is Action.UPDATE and r.follows is None]
        # Rows that repeat an earlier row's client add to it: contacts and skills, a
        # route it does not have yet, a training or placement its route does not have.
        following = [r for r in rows if r.follows is not None]
        written = creating + updating + following
        with_route = [r for r in written if r.owns_route]
        # The importer keeps a share of a client any of whose routes go to someone else.
        shared = {
            row.number if row.follows is None else row.follows
            for row in with_route
            if _given(row.route)["coach_id"] != self.actor.user_id
        }
        total = len(creating) + len(updating)
        client_ids: dict[int, int] = {}
        for start in range(0, len(creating), CHUNK):
            self._tick(start, total)
            chunk = creating[start : start + CHUNK]
            ids = self._insert_clients(chunk, shared)
            client_ids.update({row.number: cid for row, cid in zip(chunk, ids, strict=True)})
        for row in updating:
            client_ids[row.number] = self._fill_in(row, row.number in shared)
        self._tick(total, total)
        for row in following:
            client_ids[row.number] = client_ids[_given(row.follows)]
        by_number = {row.number: row for row in rows}
        route_ids = self._insert_routes(with_route, client_ids, by_number)
        for row in following:
            if row.route_row in route_ids:
                route_ids[row.number] = route_ids[row.route_row]
        for start in range(0, len(written), CHUNK):
            chunk = written[start : start + CHUNK]
            self._insert_trainings([(r, route_ids[r.number]) for r in chunk if r.adds_training])
            self._insert_placements([(r, route_ids[r.number]) for r in chunk if r.adds_placement])
        self._insert_contacts([r for r in written if r.contacts], client_ids, route_ids)
        self._insert_skills([r for r in written if r.skill_ids], client_ids)
        return self.counts

    def _contacts_of_existing(self, rows: list[RowPlan]) -> dict[str, int]:
        """A sheet of contacts: each contact goes to its client's route of that day (the
        route that was running then, the latest if more were), or to no route."""
        self._tick(0, len(rows))
        ids = sorted({_given(row.client_id) for row in rows})
        routes: dict[int, list[tuple[date, date | None, int]]] = {}
        for start in range(0, len(ids), CHUNK):
            for client_id, intake, closed, route_id in self.s.execute(
                select(m.Route.client_id, m.Route.intake_date, m.Route.closed_on, m.Route.id)
                .where(m.Route.client_id.in_(ids[start : start + CHUNK]))
                .order_by(m.Route.intake_date, m.Route.id)
            ):
                routes.setdefault(client_id, []).append((intake, closed, route_id))
        values = []
        for row in rows:
            for contact in row.contacts:
                day = contact["occurred_on"]
                running = [
                    rid
                    for intake, closed, rid in routes.get(_given(row.client_id), [])
                    if intake <= day and (closed is None or day <= closed)
                ]
                values.append(
                    {
                        **contact,
                        "client_id": row.client_id,
                        "route_id": running[-1] if running else None,
                        "author_id": self.actor.user_id,
                        "import_batch_id": self.batch_id,
                        "created_at": self.stamp,
                        "updated_at": self.stamp,
                    }
                )
        for start in range(0, len(values), CHUNK):
            self.s.execute(insert(m.Activity.__table__), values[start : start + CHUNK])
        self.counts["contacts"] += len(values)
        self.counts["updated"] += len(ids)
        self._tick(len(rows), len(rows))
        return self.counts

    def _employers(self, rows: list[RowPlan]) -> dict[str, int]:
        """A sheet of employers: new employers once each, vacancies under theirs."""
        self.counts["vacancies"] = 0
        self.counts["employer_contacts"] = 0
        by_row: dict[int, int] = {}
        for done, row in enumerate(rows):
            if done % CHUNK == 0:
                self._tick(done, len(rows))
            e = _given(row.employer)
            employer_id = e.get("id") or by_row.get(e.get("same_as_row", -1))
            if employer_id is None:
                employer_id = self.s.scalar(
                    insert(m.Employer)
                    .values(
                        name=e["name"],
                        kvk_number=e["kvk_number"],
                        size_class=EmployerSize(e["size_class"]) if e["size_class"] else None,
                        sector_id=e["sector_id"],
                        municipality_id=e["municipality_id"],
                        banenafspraak=False,
                        import_batch_id=self.batch_id,
                        created_at=self.stamp,
                        updated_at=self.stamp,
                    )
                    .returning(m.Employer.id)
                )
                self.counts["employers"] += 1
            assert employer_id is not None  # RETURNING gives the new row's id
            by_row[row.number] = employer_id
        with_vacancy = [row for row in rows if row.vacancy is not None]
        vacancy_ids = reserve_ids(self.s, m.Vacancy, len(with_vacancy))
        vacancies = [
            {
                **_given(row.vacancy),
                "id": vacancy_id,
                "status": VacancyStatus(_given(row.vacancy)["status"]),
                "employer_id": by_row[row.number],
                "import_batch_id": self.batch_id,
                "created_at": self.stamp,
                "updated_at": self.stamp,
            }
            for row, vacancy_id in zip(with_vacancy, vacancy_ids, strict=True)
        ]
        if vacancies:
            self.s.execute(insert(m.Vacancy.__table__), vacancies)
        self.counts["vacancies"] = len(vacancies)
        # Vaardigheden are the skills the vacancy requires, as on the form; Gewenste
        # vaardigheden the ones it would like (the preview keeps a skill in one of them).
        asked = [
            {"vacancy_id": vacancy_id, "skill_id": skill_id, "required": required}
            for row, vacancy_id in zip(with_vacancy, vacancy_ids, strict=True)
            for ids, required in ((row.skill_ids, True), (row.desired_skill_ids, False))
            for skill_id in dict.fromkeys(ids)
        ]
        for start in range(0, len(asked), CHUNK):
            self.s.execute(insert(m.VacancySkill.__table__), asked[start : start + CHUNK])
        self.counts["skills"] += len(asked)
        people = [
            {
                **row.employer_contact,
                "employer_id": by_row[row.number],
                "active": True,
                "import_batch_id": self.batch_id,
                "created_at": self.stamp,
                "updated_at": self.stamp,
            }
            for row in rows
            if row.employer_contact is not None
        ]
        if people:
            self.s.execute(insert(m.EmployerContact.__table__), people)
        self.counts["employer_contacts"] = len(people)
        return self.counts

    def _insert_contacts(
        self, rows: list[RowPlan], client_ids: dict[int, int], route_ids: dict[int, int]
    ) -> None:
        values = [
            {
                **contact,
                "client_id": client_ids[row.number],
                "route_id": route_ids.get(row.number),
                "author_id": self.actor.user_id,
                "import_batch_id": self.batch_id,
                "created_at": self.stamp,
                "updated_at": self.stamp,
            }
            for row in rows
            for contact in row.contacts
        ]
        for start in range(0, len(values), CHUNK):
            self.s.execute(insert(m.Activity.__table__), values[start : start + CHUNK])
        self.counts["contacts"] += len(values)

    def _insert_skills(self, rows: list[RowPlan], client_ids: dict[int, int]) -> None:
        """The skills a row names, shown as its *Bewijs* and *Datum aangetoond* say (the
        client's own statement, undated, when the sheet does not say); a skill an existing
        client already has is left as it is."""
        have: set[tuple[int, int]] = set()
        existing = [r for r in rows if r.action is Action.UPDATE and r.follows is None]
        if existing:
            ids = [client_ids[r.number] for r in existing]
            have = {
                (cid, sid)
                for cid, sid in self.s.execute(
                    select(m.ClientSkill.client_id, m.ClientSkill.skill_id).where(
                        m.ClientSkill.client_id.in_(ids)
                    )
                )
            }
        values = []
        for row in rows:  # a skill once per client: the first row that names it wins
            client_id = client_ids[row.number]
            for skill_id in row.skill_ids:
                if (client_id, skill_id) in have:
                    continue
                have.add((client_id, skill_id))
                values.append(
                    {
                        "client_id": client_id,
                        "skill_id": skill_id,
                        "evidence": SkillEvidence(row.skill_evidence),
                        "shown_on": row.skill_shown_on,
                        "import_batch_id": self.batch_id,
                    }
                )
        for start in range(0, len(values), CHUNK):
            self.s.execute(insert(m.ClientSkill.__table__), values[start : start + CHUNK])
        self.counts["skills"] += len(values)

    # ------------------------------------------------------------------ clients
    def _insert_clients(self, chunk: list[RowPlan], shared: set[int]) -> list[int]:
        values = []
        for row in chunk:
            c = _given(row.client)
            values.append(
                {
                    **{k: c[k] for k in c if k != "intake_status"},
                    "intake_status": IntakeStatus(c["intake_status"]),
                    "search_key": search_key(c["first_name"], c["name_prefix"], c["last_name"]),
                    "created_by_id": self.actor.user_id,
                    "import_batch_id": self.batch_id,
                    "created_at": self.stamp,
                    "updated_at": self.stamp,
                    "version": 1,
                    "restricted": False,
                }
            )
        ids = reserve_ids(self.s, m.Client, len(values))
        for value, cid in zip(values, ids, strict=True):
            value["id"] = cid
            value["client_number"] = f"ZK{cid:07d}"
        try:
            with self.s.begin_nested():
                self.s.execute(insert(m.Client.__table__), values)
        except IntegrityError as exc:
            taken = taken_bsn(exc)
            if taken is None:
                raise
            taken.bsn = self._clashing_bsn(values)
            raise taken from None
        tags = [
            {
                "client_id": cid,
                "target_group_id": group,
                "tagged_on": self.today,
                "tagged_by_id": self.actor.user_id,
                "created_at": self.stamp,
            }
            for row, cid in zip(chunk, ids, strict=True)
            for group in dict.fromkeys(row.target_group_ids)
        ]
        if tags:
            self.s.execute(insert(m.ClientTargetGroup.__table__), tags)
        shares = [
            {"client_id": cid, "user_id": self.actor.user_id}
            for row, cid in zip(chunk, ids, strict=True)
            if row.number in shared
        ]
        if shares:
            self.s.execute(insert(m.ClientShare.__table__), shares)
        self.counts["clients"] += len(ids)
        self.counts["tags"] += len(tags)
        return ids

    def _clashing_bsn(self, values: list[dict[str, Any]]) -> str | None:
        """Which BSN of a refused chunk a colleague's client has: the server does not
        say (row-level security keeps the key out of its detail), so each row is tried
        alone, and taken back at once."""
        for value in values:
            if not value.get("bsn"):
                continue
            trial = self.s.begin_nested()
            try:
                self.s.execute(insert(m.Client.__table__), [value])
            except IntegrityError as exc:
                if taken_bsn(exc) is not None:
                    return str(value["bsn"])
            finally:
                if trial.is_active:
                    trial.rollback()
        return None

    def _fill_in(self, row: RowPlan, share: bool) -> int:
        """Fill the existing client's empty fields; what the store had is never replaced.
        ``share``: a route of the import goes to someone else, so the importer keeps a
        share to add it (and to undo it)."""
        assert row.duplicate is not None and row.client is not None
        client = self.s.get_one(m.Client, row.duplicate.client_id)
        filled = []
        for name in FILLABLE:
            if getattr(client, name) in (None, "") and row.client.get(name) not in (None, ""):
                setattr(client, name, row.client[name])
                filled.append(name)
        if filled:
            client.updated_by_id = self.actor.user_id
        if share:
            visible = self.s.get(m.ClientShare, (client.id, self.actor.user_id))
            if visible is None:
                self.s.add(m.ClientShare(client_id=client.id, user_id=self.actor.user_id))
                filled.append("share")
        self.s.flush()
        self.changes.append({"client_id": client.id, "fields": filled, "version": client.version})
        self.counts["updated"] += 1
        return client.id

    # ------------------------------------------------------------------ routes and steps
    def _insert_routes(
        self, rows: list[RowPlan], client_ids: dict[int, int], by_number: dict[int, RowPlan]
    ) -> dict[int, int]:
        """The rows' own routes; returns row number -> route id. A later route of a
        client takes the client's sector from the client's first row (a later row may
        leave the client's cells empty)."""
        found: dict[int, int] = {}
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            values = []
            for row in chunk:
                r = _given(row.route)
                client = _given(by_number[row.follows].client if row.follows else row.client)
                values.append(
                    {
                        "client_id": client_ids[row.number],
                        "coach_id": r["coach_id"],
                        "referral_source": ReferralSource(r["referral_source"]),
                        "intake_date": r["intake_date"],
                        "sector_id": client["sector_id"],
                        "closed_on": r["closed_on"],
                        "exit_reason": ExitReason(r["exit_reason"]) if r["exit_reason"] else None,
                        "note": r["note"],
                        "import_batch_id": self.batch_id,
                        "created_at": self.stamp,
                        "updated_at": self.stamp,
                    }
                )
            route_ids = reserve_ids(self.s, m.Route, len(values))
            for value, rid in zip(values, route_ids, strict=True):
                value["id"] = rid
                self._route_of[rid] = (value["client_id"], value["coach_id"], value["sector_id"])
            # One statement for the chunk, not one per row: on a team database each
            # route is held against the file's coach as the statement found it
            # (``zk_route_writer``), so a client filled in with a route for a colleague
            # and then one of the importer's is judged the same in either order.
            self.s.execute(insert(m.Route.__table__).values(values))
            self.counts["routes"] += len(route_ids)
            found.update({row.number: rid for row, rid in zip(chunk, route_ids, strict=True)})
        return found

    def _insert_trainings(self, pairs: list[tuple[RowPlan, int]]) -> None:
        if not pairs:
            return
        values = [
            {**_given(row.training), "route_id": rid, "import_batch_id": self.batch_id}
            for row, rid in pairs
        ]
        self.s.execute(insert(m.Training.__table__), values)
        self.counts["trainings"] += len(values)

    def _employer_id(self, name: str | None) -> int | None:
        if not name:
            return None
        key = fold(name)
        found = self.maps.employers.get(key)
        if found is None:
            found = self.s.scalar(
                insert(m.Employer)
                .values(
                    name=name,
                    import_batch_id=self.batch_id,
                    banenafspraak=False,
                    created_at=self.stamp,
                    updated_at=self.stamp,
                )
                .returning(m.Employer.id)
            )
            assert found is not None  # RETURNING gives the new row's id
            self.maps.employers[key] = found
            self.counts["employers"] += 1
        return found

    def _insert_placements(self, pairs: list[tuple[RowPlan, int]]) -> None:
        if not pairs:
            return
        values = []
        for row, rid in pairs:
            p = _given(row.placement)
            values.append(
                {
                    "route_id": rid,
                    "employer_id": self._employer_id(p["employer"]),
                    "sector_id": self._route_of[rid][2],
                    "contract_type": ContractType(p["contract_type"]),
                    "hours_per_week": p["hours_per_week"],
                    "start_date": p["start_date"],
                    "end_date": p["end_date"],
                    "banenafspraak": False,
                    "import_batch_id": self.batch_id,
                }
            )
        placement_ids = reserve_ids(self.s, m.Placement, len(values))
        for value, pid in zip(values, placement_ids, strict=True):
            value["id"] = pid
        self.s.execute(insert(m.Placement.__table__), values)
        follow_ups: list[dict[str, Any]] = [
            {
                "placement_id": pid,
                "months": months,
                "due_date": add_months(value["start_date"], months),
            }
            for pid, value in zip(placement_ids, values, strict=True)
            for months in FOLLOW_UP_MONTHS
        ]
        for follow_up, fid in zip(
            follow_ups, reserve_ids(self.s, m.PlacementFollowUp, len(follow_ups)), strict=True
        ):
            follow_up["id"] = fid
        self.s.execute(insert(m.PlacementFollowUp.__table__), follow_ups)
        self.counts["placements"] += len(placement_ids)
        # As on the form: a task per follow-up still to come, for a placement still running.
        owners = {pid: (row, rid) for (row, rid), pid in zip(pairs, placement_ids, strict=True)}
        tasks = []
        for follow_up in follow_ups:
            row, route_id = owners[follow_up["placement_id"]]
            if follow_up["due_date"] < self.today or _given(row.placement)["end_date"] is not None:
                continue
            client_id, coach_id, _ = self._route_of[route_id]
            tasks.append(
                {
                    "client_id": client_id,
                    "route_id": route_id,
                    "follow_up_id": follow_up["id"],
                    "title": "Nazorg plaatsing: werkt de cliënt er na "
                    f"{follow_up['months']} maanden nog?",
                    "due_date": follow_up["due_date"],
                    "owner_id": coach_id,
                    "created_at": self.stamp,
                    "updated_at": self.stamp,
                }
            )
        if tasks:
            self.s.execute(insert(m.Task.__table__), tasks)
        self.counts["follow_up_tasks"] += len(tasks)
