"""Moving a coach's workstation store into the team database, whole or not at all.

Everything happens in one PostgreSQL transaction, run as the team's owner role (so
row-level security does not filter what is written): a failure or a kill half-way
leaves the team database as it was, and the move can simply be run again.

- **Ids.** Each table's rows keep their order and get ``old id + offset``, the offset
  being the team table's highest id; foreign keys follow through the same offsets.
  Reference data (sectors, municipalities, focus groups, projects, skills) is matched
  by its code; what the team lacks is added. Employers with the same KvK number are
  the same employer. Users are matched by name, or by ``--map-user lokaal=teamlogin``.
- **Duplicates.** A client whose BSN the team already has is not moved, nor is
  anything of theirs; the count is reported (never the BSN). Same name and birth date
  without a BSN is reported as a possible duplicate and moved.
- **History.** The workstation's audit log is verified, then kept whole in
  ``movein_audit`` (its own chain, its own ids), with the offsets in ``movein_batch``;
  which team client each old client id became (``movein_client_map``: moved, or the
  team's own file of the same BSN) and which team user each old user became
  (``movein_user_map``) are kept with it, so a subject-access request finds the old
  log's entries about the person. One entry in the team's log names the batch, the
  counts and the old log's head. The tables and their protection are the team's
  (storage/team.py): a database whose security is older than this program is refused.
- **What stays.** Drafts, saved filters and recently opened files belong to the
  workstation (``user_setting``), and so do its spreadsheet import batches (the moved
  records no longer point at one, so an import cannot be undone after the move);
  publications and contribution keys belong to the store that made them.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Row, Table, select, text

from zkijdesk.domain.errors import StoreError, ValidationError
from zkijdesk.domain.table_names import TABLE_LABELS
from zkijdesk.domain.text import Text, t
from zkijdesk.models.base import Base
from zkijdesk.storage.engine import driver_connection

if TYPE_CHECKING:
    import psycopg
    from psycopg.rows import TupleRow

#: Reference tables and the columns that identify a row across stores.
REFERENCE_KEYS: dict[str, tuple[str, ...]] = {
    "sector": ("code",),
    "municipality": ("code",),
    "focus_target_group": ("year", "code"),
    "project": ("code",),
    "skill": ("code",),
}
#: Tables moved, parents before children.
MOVED = (
    "employer",
    "employer_contact",
    "employer_contact_log",
    "vacancy",
    "vacancy_skill",
    "client",
    "client_skill",
    "client_target_group",
    "client_work_preference",
    "route",
    "guidance",
    "training",
    "placement",
    "placement_follow_up",
    "activity",
    "task",
    "client_share",
    "candidacy",
)


@dataclass
class MoveReport:
    moved: dict[str, int] = field(default_factory=dict)
    duplicates_by_bsn: int = 0
    possible_duplicates: int = 0
    renumbered: list[tuple[str, str]] = field(default_factory=list)
    """(workstation number, team number) of each client whose number the team used."""
    employers_merged: int = 0
    reference_added: int = 0
    audit_entries: int = 0
    clients_mapped: int = 0

    def lines(self) -> list[Text]:
        out = [
            t("{table}: {n}", table=Text(TABLE_LABELS.get(table, table)), n=n)
            for table, n in self.moved.items()
            if n
        ]
        out.append(t("niet verhuisd (BSN al in het team): {n}", n=self.duplicates_by_bsn))
        out.append(
            t("mogelijk dubbel (zelfde naam en geboortedatum): {n}", n=self.possible_duplicates)
        )
        if self.renumbered:
            out.append(
                t(
                    "nieuw cliëntnummer (het oude was al in gebruik in het team): {n}",
                    n=len(self.renumbered),
                )
            )
            out.extend(t("  {old} heet nu {new}", old=old, new=new) for old, new in self.renumbered)
        out.append(t("werkgevers samengevoegd op KvK-nummer: {n}", n=self.employers_merged))
        out.append(t("auditregels bewaard: {n}", n=self.audit_entries))
        out.append(
            t("dossiers gekoppeld aan het oude auditlog (voor inzage): {n}", n=self.clients_mapped)
        )
        return out


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _user_map(local: Connection, team: Connection, mapping: dict[str, str]) -> dict[int, int]:
    team_ids: dict[str, int] = dict(team.execute(text("SELECT username, id FROM app_user")).all())
    out: dict[int, int] = {}
    missing = []
    for user_id, username in local.execute(text("SELECT id, username FROM app_user")).all():
        login = mapping.get(username, username)
        if login in team_ids:
            out[user_id] = team_ids[login]
        else:
            missing.append(username)
    if missing:
        raise ValidationError(
            "map_user",
            t(
                "Deze gebruikers van de werkplek hebben geen teamlogin: {x}; voeg ze toe of "
                "geef --map-user lokaal=teamlogin.",
                x=", ".join(sorted(missing)),
            ),
        )
    return out


IdMaps = dict[str, dict[int, int]]
"""Per table: the workstation's id -> the team's id of the same row."""


def _reference_maps(local: Connection, team: Connection, report: MoveReport) -> IdMaps:
    """old id -> team id per reference table, adding to the team what it lacks."""
    maps: IdMaps = {}
    for name, keys in REFERENCE_KEYS.items():
        table = _table(name)
        key_cols = [table.c[k] for k in keys]
        team_ids = {tuple(r[:-1]): r[-1] for r in team.execute(select(*key_cols, table.c.id))}
        maps[name] = {}
        rows = local.execute(select(table).order_by(table.c.id)).mappings().all()
        for row in rows:
            natural = tuple(row[k] for k in keys)
            if natural in team_ids:
                maps[name][row["id"]] = team_ids[natural]
                continue
            values = {c: row[c] for c in row if c != "id"}
            for column in table.columns:
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    if values.get(column.name) is not None and target in maps:
                        values[column.name] = maps[target].get(values[column.name])
            new_id = team.execute(
                table.insert().values(**values).returning(table.c.id)
            ).scalar_one()
            maps[name][row["id"]] = new_id
            team_ids[natural] = new_id
            report.reference_added += 1
    return maps


def _offsets(team: Connection) -> dict[str, int]:
    out: dict[str, int] = {}
    for name in MOVED:
        table = _table(name)
        if "id" in table.c and table.c.id.primary_key:
            out[name] = team.execute(text(f"SELECT coalesce(max(id), 0) FROM {name}")).scalar_one()
    return out


def _psycopg(conn: Connection) -> psycopg.Connection[TupleRow]:
    """The psycopg connection under ``conn``: COPY is psycopg's own, not SQLAlchemy's."""
    raw: psycopg.Connection[TupleRow] = driver_connection(conn)
    return raw


def _fk_target(table: Table, column: str) -> str | None:
    for fk in table.c[column].foreign_keys:
        return fk.column.table.name
    return None


def move_in(
    local_engine: Engine,
    team_engine: Engine,
    *,
    user_mapping: dict[str, str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> MoveReport:
    """Copy the workstation store behind ``local_engine`` into the team database.

    ``team_engine`` acts as the team's owner role (storage/team_admin.py).
    """
    from zkijdesk.storage.audit_chain import verify_chain

    say = progress or (lambda _m: None)
    report = MoveReport()
    with local_engine.connect() as local:
        from sqlalchemy.orm import Session

        with Session(bind=local) as session:
            chain = verify_chain(session)
        if not chain.ok:
            raise StoreError(
                t(
                    "Het auditlog van de werkplek klopt niet (de keten breekt bij regel {n}); "
                    "er is niets verhuisd, laat de opslag eerst nakijken.",
                    n=chain.first_bad_id,
                )
            )
        store_uuid = local.execute(text("SELECT store_uuid FROM store_info")).scalar()
        with team_engine.begin() as team:
            _require_current_security(team)
            if team.execute(
                text("SELECT 1 FROM movein_batch WHERE store_uuid = :u"), {"u": store_uuid}
            ).first():
                raise StoreError("Deze opslag is al eerder naar de teamdatabase verhuisd.")
            users = _user_map(local, team, user_mapping or {})
            maps = _reference_maps(local, team, report)
            maps["app_user"] = users
            offsets = _offsets(team)
            skipped: dict[str, set[int]] = {name: set() for name in MOVED}
            same_person = _mark_duplicates(local, team, skipped, report)
            merged = _merge_employers(local, team, maps)
            report.employers_merged = len(merged)
            taken_numbers = set(
                team.execute(
                    text("SELECT client_number FROM client WHERE client_number IS NOT NULL")
                ).scalars()
            )
            own_numbers = frozenset(
                local.execute(
                    text("SELECT client_number FROM client WHERE client_number IS NOT NULL")
                ).scalars()
            )
            raw = _psycopg(team)
            for name in MOVED:
                say(t("{table} verhuizen", table=name))
                table = _table(name)
                rows = local.execute(select(table).order_by(*table.primary_key.columns))
                moved = _copy(
                    raw,
                    table,
                    rows,
                    offsets,
                    maps,
                    merged,
                    skipped,
                    taken_numbers,
                    report,
                    own_numbers,
                )
                report.moved[name] = moved
            for name in offsets:
                team.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"greatest((SELECT coalesce(max(id), 0) FROM {name}), 1))"
                    )
                )
            batch = _keep_audit(local, team, store_uuid, offsets, report, chain.entries)
            _keep_mapping(local, team, batch, offsets, skipped, same_person, users, report)
            detail = (
                f"move-in batch={batch};clients={report.moved.get('client', 0)};"
                f"dup={report.duplicates_by_bsn};audit={report.audit_entries}"
            )
            team.execute(
                text("SELECT zk_audit_append('create', 'move_in', :b, 'ok', :d, 'teambeheer')"),
                {"b": batch, "d": detail[:200]},
            )
    with team_engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM (ANALYZE)")
    return report


def _require_current_security(team: Connection) -> None:
    """The move-in tables and their protection come with the team's security version."""
    from zkijdesk.storage.team import SECURITY_VERSION, installed_security_version

    if installed_security_version(team) < SECURITY_VERSION:
        raise StoreError(
            "De beveiliging van de teamdatabase is ouder dan dit programma; voer eerst "
            "'zkijdesk team upgrade' uit. Er is niets verhuisd."
        )


def _mark_duplicates(
    local: Connection, team: Connection, skipped: dict[str, set[int]], report: MoveReport
) -> dict[int, int]:
    """Mark the clients the team already has by BSN; returns old id -> the team's client."""
    team_bsn: dict[str, int] = dict(
        team.execute(text("SELECT bsn, id FROM client WHERE bsn IS NOT NULL")).all()
    )
    team_people = set(team.execute(text("SELECT last_name, birth_date FROM client")).all())
    same_person: dict[int, int] = {}
    for cid, bsn, last_name, born in local.execute(
        text("SELECT id, bsn, last_name, birth_date FROM client")
    ):
        if bsn and bsn in team_bsn:
            skipped["client"].add(cid)
            same_person[cid] = team_bsn[bsn]
            report.duplicates_by_bsn += 1
        elif not bsn and (last_name, _as_date(born)) in team_people:
            report.possible_duplicates += 1
    return same_person


def _as_date(value: str | date | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _merge_employers(local: Connection, team: Connection, maps: IdMaps) -> dict[int, int]:
    """Local employer id -> the team's employer with the same KvK number."""
    team_kvk: dict[str, int] = dict(
        team.execute(text("SELECT kvk_number, id FROM employer WHERE kvk_number IS NOT NULL")).all()
    )
    merged: dict[int, int] = {}
    for eid, kvk in local.execute(
        text("SELECT id, kvk_number FROM employer WHERE kvk_number IS NOT NULL")
    ):
        if kvk in team_kvk:
            merged[eid] = team_kvk[kvk]
    return merged


def _copy(
    raw: psycopg.Connection[TupleRow],
    table: Table,
    rows: Iterable[Row[*tuple[Any, ...]]],
    offsets: dict[str, int],
    maps: IdMaps,
    merged: dict[int, int],
    skipped: dict[str, set[int]],
    taken: set[str],
    report: MoveReport,
    own_numbers: frozenset[str] = frozenset(),
) -> int:
    """Copy one table's rows. ``own_numbers``: the workstation's client numbers, spoken
    for, so that a new number for one client never takes another's (who would then
    need a new one too)."""
    name = table.name
    columns = [c.name for c in table.columns]
    fks = {c: _fk_target(table, c) for c in columns}
    count = 0
    numbers = _FreeNumbers(taken, own_numbers)
    with raw.cursor() as cursor:
        column_list = ", ".join(columns)
        with cursor.copy(f"COPY {name} ({column_list}) FROM STDIN") as copy:
            for row in rows:
                values = dict(row._mapping)
                old_id = values.get("id")
                if name == "employer" and old_id in merged:
                    continue
                if name == "client" and old_id in skipped["client"]:
                    continue
                drop = False
                for column, target in fks.items():
                    value = values[column]
                    if value is None or target is None:
                        continue
                    if target == "import_batch":  # the workstation's undo; it stays there
                        values[column] = None
                        continue
                    if target in skipped and value in skipped[target]:
                        drop = True
                        break
                    if target == "employer" and value in merged:
                        values[column] = merged[value]
                    elif target in offsets:
                        values[column] = value + offsets[target]
                    elif target in maps:
                        values[column] = maps[target].get(value)
                if drop:
                    if old_id is not None:
                        skipped[name].add(old_id)
                    continue
                if old_id is not None and name in offsets and table.c.id.primary_key:
                    values["id"] = old_id + offsets[name]
                if name == "client" and values.get("client_number") in taken:
                    old_number = values["client_number"]
                    values["client_number"] = numbers.next(values["id"])
                    report.renumbered.append((old_number, values["client_number"]))
                if name == "client" and values.get("client_number"):
                    taken.add(values["client_number"])
                copy.write_row([_plain(values[c]) for c in columns])
                count += 1
    return count


class _FreeNumbers:
    """Client numbers for moved clients whose own the team already uses: the team's
    rule (ZK and the client's new id, as at intake), or, should that one be in use or
    another moved client's, the first free one after it. A client without a number
    could no longer be found by it, nor transferred or sent contacts by it.

    Rows come in id order, so the search only moves forward: a workstation whose own
    numbers fill the stretch after the first clash is walked once, not once per clash
    (300,000 of them took 0.25 s per renumbered client that way)."""

    def __init__(self, taken: set[str], own: frozenset[str]) -> None:
        self.taken, self.own = taken, own
        self.last = 0

    def next(self, client_id: int) -> str:
        number = max(client_id, self.last + 1)
        while f"ZK{number:07d}" in self.taken or f"ZK{number:07d}" in self.own:
            number += 1
        self.last = number
        return f"ZK{number:07d}"


def _plain(value: object) -> object:
    """Enum members as their stored code (psycopg would write an Enum's name)."""
    return value.value if isinstance(value, enum.Enum) else value


def _keep_audit(
    local: Connection,
    team: Connection,
    store_uuid: str | None,
    offsets: dict[str, int],
    report: MoveReport,
    entries: int,
) -> int:
    head = local.execute(text("SELECT last_hash FROM audit_head WHERE id = 1")).scalar()
    batch: int = team.execute(
        text(
            "INSERT INTO movein_batch (store_uuid, moved_at, offsets, counts, audit_entries, "
            "audit_head) VALUES (:u, now() AT TIME ZONE 'UTC', :o, :c, :n, :h) RETURNING id"
        ),
        {
            "u": store_uuid,
            "o": json.dumps(offsets, sort_keys=True),
            "c": json.dumps(report.moved, sort_keys=True),
            "n": entries,
            "h": head or "0" * 64,
        },
    ).scalar_one()
    columns = (
        "id, at, user_id, workstation, action, object_type, object_id, result, detail, "
        "prev_hash, hash"
    )
    raw = _psycopg(team)
    copy_sql = f"COPY movein_audit (batch_id, {columns}) FROM STDIN"
    with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
        for row in local.execute(text(f"SELECT {columns} FROM audit_log ORDER BY id")):
            copy.write_row([batch, *row])
            report.audit_entries += 1
    return batch


def _keep_mapping(
    local: Connection,
    team: Connection,
    batch: int,
    offsets: dict[str, int],
    skipped: dict[str, set[int]],
    same_person: dict[int, int],
    users: dict[int, int],
    report: MoveReport,
) -> None:
    """Which team client each old client id became, and which team user each old user.

    A moved client is ``old id + offset``; one the team already had (same BSN) is the
    team's own file of that person, so the old log's entries about them are theirs too.
    """
    raw = _psycopg(team)
    copy_sql = "COPY movein_client_map (batch_id, old_id, client_id, how) FROM STDIN"
    with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
        for (old_id,) in local.execute(text("SELECT id FROM client ORDER BY id")):
            if old_id in same_person:
                copy.write_row([batch, old_id, same_person[old_id], "same_bsn"])
            elif old_id not in skipped["client"]:
                copy.write_row([batch, old_id, old_id + offsets["client"], "moved"])
            else:
                continue
            report.clients_mapped += 1
    copy_sql = "COPY movein_user_map (batch_id, old_id, old_username, user_id) FROM STDIN"
    with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
        for old_id, username in local.execute(text("SELECT id, username FROM app_user")):
            copy.write_row([batch, old_id, username, users[old_id]])
