"""Team mode on PostgreSQL: login roles, grants, row-level security and the audit function.

A team database is one PostgreSQL database that a municipality's IT department runs.
Each person logs in as their own PostgreSQL role; the program derives the acting user
from ``session_user`` and never from a claim. Need-to-know is enforced twice: by the
services (the first barrier, with Dutch refusals) and here, by row-level security keyed
on the session's login, so ``psql`` or a spreadsheet's ODBC driver with the same login
reads no more than the program shows (docs/team-server.md).

The roles of one team share a prefix (several teams can live on one server):

- ``<prefix>_owner`` (no login) owns the schema, the tables and the functions; IT's
  maintenance login is a member and runs migrations as it. Table owners bypass
  row-level security, which is why no person is ever a member.
- ``<prefix>_user`` (no login) holds the grants every person needs;
  ``<prefix>_coach``, ``<prefix>_teamlead`` and ``<prefix>_admin`` are members of it
  and add what their role needs.
- one login role per person, a member of exactly one of those three.

The policies call ``SECURITY DEFINER`` functions owned by the owner to compute the set
of clients a person may see (the rule of ``services/access.py``): a policy that queried
another protected table directly would recurse. Every such function pins its
``search_path`` so a caller cannot plant objects in front of it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from zkijdesk.domain import fields
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StoreError, ValidationError
from zkijdesk.domain.text import Text, t

SCHEMA = "zkijdesk"
"""The schema of a team database; every table and function of the program lives in it."""

SECURITY_VERSION = 8
"""The version of the functions, grants and policies this program installs. A program
that needs newer ones refuses a team database until IT runs ``zkijdesk team upgrade``,
as it does for an older schema: a missing function would fail mid-work instead."""

LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9_.\-]{1,62}$")
PREFIX_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,40}$")

_CLIENT_SET = "(SELECT zk_visible_clients())::integer[]"
_CLIENT_CHILD = f"client_id = ANY ({_CLIENT_SET})"

#: Row-level security on every table that holds personal data, as (table, USING/CHECK).
#: The expression is evaluated as the person; the functions it calls run as the owner.
PERSONAL_POLICIES: dict[str, str] = {
    "client": (
        f"id = ANY ({_CLIENT_SET}) OR (created_by_id = (SELECT zk_carer()) AND zk_unrouted(id))"
    ),
    "client_skill": _CLIENT_CHILD,
    "client_target_group": _CLIENT_CHILD,
    "client_work_preference": _CLIENT_CHILD,
    "client_share": _CLIENT_CHILD,
    "route": _CLIENT_CHILD,
    "activity": _CLIENT_CHILD,
    "candidacy": _CLIENT_CHILD,
    "guidance": "EXISTS (SELECT 1 FROM route r WHERE r.id = guidance.route_id)",
    "training": "EXISTS (SELECT 1 FROM route r WHERE r.id = training.route_id)",
    "placement": "EXISTS (SELECT 1 FROM route r WHERE r.id = placement.route_id)",
    "placement_follow_up": (
        "EXISTS (SELECT 1 FROM placement p WHERE p.id = placement_follow_up.placement_id)"
    ),
    # A to-do about a client is read with the file; its owner alone reads a to-do
    # about no one. A to-do whose owner lost the file waits for the team lead's
    # hand-over (``zk_hand_over_stray_tasks``), unread by its owner meanwhile.
    "task": (
        f"(owner_id = (SELECT zk_me()) AND client_id IS NULL) OR client_id = ANY ({_CLIENT_SET})"
    ),
    "user_setting": "user_id = (SELECT zk_me())",
    # A batch holds counts only; it is its importer's, like the records it wrote.
    "import_batch": "created_by_id = (SELECT zk_me())",
}

FIGURES_SCHEMA = "zkijdesk_cijfers"
"""Views for the monthly figures: every row, no identifying column (see ``_figures_sql``)."""

#: The tables the counting rules read (services/reporting_queries.py), and per table the
#: columns a figures view leaves empty: names, numbers, contact details, free text.
FIGURES_TABLES: dict[str, frozenset[str]] = {
    "client": frozenset(
        {
            "client_number",
            "first_name",
            "name_prefix",
            "last_name",
            "bsn",
            "email",
            "phone",
            "postcode",
            "consent_note",
            "search_key",
        }
    ),
    "client_target_group": frozenset(),
    "route": frozenset({"note"}),
    "training": frozenset({"title", "provider"}),
    "placement": frozenset(),
    "placement_follow_up": frozenset({"note"}),
}

#: Age on 1 January is all the figures need of a birth date; every date but 1 January
#: gives the same age on every 1 January as 31 December of its year, so the view shows
#: that instead of the day a person was born.
COARSE_BIRTH_DATE = (
    "CASE WHEN extract(month FROM birth_date) = 1 AND extract(day FROM birth_date) = 1 "
    "THEN birth_date ELSE make_date(extract(year FROM birth_date)::integer, 12, 31) END"
)

#: Columns a figures view keeps only coarsened: the expression replaces the column.
COARSENED: dict[tuple[str, str], str] = {
    ("client", "birth_date"): COARSE_BIRTH_DATE,
    # "Scholing behaald" counts trainings with a credential; which one is nobody's business.
    ("training", "credential"): (
        "CASE WHEN credential IS NULL THEN NULL WHEN credential = '' THEN '' ELSE 'ja' END"
    ),
}

MATCHING_SCHEMA = "zkijdesk_matchen"
"""Views for a team-wide search for candidates (see ``_matching_sql``)."""

#: The tables a search for candidates reads (services/matching.py), and per table the
#: only columns its view shows: what scores a person against a vacancy, the client
#: number a colleague is asked about, and the coach to ask. Every other column is empty,
#: so a column a later migration adds is hidden until it is named here.
MATCHING_COLUMNS: dict[str, frozenset[str]] = {
    "client": frozenset(
        {"id", "client_number", "sector_id", "municipality_id", "deleted_at", "restricted"}
    ),
    "route": frozenset({"id", "client_id", "coach_id", "sector_id", "closed_on"}),
    "client_skill": frozenset({"id", "client_id", "skill_id"}),
    "client_work_preference": frozenset({"client_id", "hours_min", "hours_max"}),
    "placement": frozenset({"id", "route_id", "start_date", "end_date"}),
    "candidacy": frozenset({"id", "client_id", "vacancy_id", "stage"}),
}

#: Who may be suggested (``matching.active_rows``): a client with an open route, neither
#: in the bin nor restricted; ``x`` is the client row.
_IN_POOL = (
    f"(x.deleted_at IS NULL AND NOT x.restricted AND EXISTS (SELECT 1 FROM {SCHEMA}.route r "
    "WHERE r.client_id = x.id AND r.closed_on IS NULL))"
)
#: The client view's columns for a client outside the pool: no number, sector or
#: municipality, and marked as not to be suggested. The views filter no row away, they
#: empty what is not to be read: a filter can be overtaken by a reader's own condition
#: (a function of theirs, run by the planner before it, is shown the rows it leaves
#: out), and the barrier that stops that (``security_barrier``) kept PostgreSQL from
#: using an index through a join, four times slower at 30,000 clients.
_CLIENT_IN_POOL_ONLY = {
    "client_number": f"CASE WHEN {_IN_POOL} THEN x.client_number END",
    "sector_id": f"CASE WHEN {_IN_POOL} THEN x.sector_id END",
    "municipality_id": f"CASE WHEN {_IN_POOL} THEN x.municipality_id END",
    "restricted": f"NOT {_IN_POOL}",
    "deleted_at": "NULL::timestamp",
}

#: The schemas of views the owner keeps beside the tables, with the tables they show.
VIEW_SCHEMAS: dict[str, tuple[str, ...]] = {
    FIGURES_SCHEMA: tuple(FIGURES_TABLES),
    MATCHING_SCHEMA: tuple(MATCHING_COLUMNS),
}

#: Who reads each schema of views: the figures views those who make the monthly figures,
#: the matching views the coaches (``_matching_sql`` says why not team leads). The grants
#: and ``check`` both read it.
VIEW_READERS: dict[str, tuple[Role, ...]] = {
    FIGURES_SCHEMA: (Role.TEAMLEAD, Role.ADMIN),
    MATCHING_SCHEMA: (Role.COACH,),
}


def _readers(roles: TeamRoles, schema: str) -> str:
    return ", ".join(quote_ident(roles.group(r)) for r in VIEW_READERS[schema])


#: What a move-in keeps (storage/move_in.py): per batch its offsets and counts, the
#: workstation's audit log whole, and which team client and team user each old client id
#: and old user became, so the old log's entries about a person can be found again (a
#: subject-access request). The owner writes them; no person may write them, nor read the
#: batch or the old log itself: a person reads the old entries about a client they may
#: open through ``zk_movein_audit``, and the mapping rows of such clients (and their own
#: user row) under row-level security.
MOVEIN_TABLES_SQL = (
    """CREATE TABLE IF NOT EXISTS movein_batch (
           id serial PRIMARY KEY, store_uuid varchar(36) UNIQUE NOT NULL,
           moved_at timestamp NOT NULL, offsets text NOT NULL, counts text NOT NULL,
           audit_entries integer NOT NULL, audit_head varchar(64) NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS movein_audit (
           batch_id integer NOT NULL REFERENCES movein_batch (id), id integer NOT NULL,
           at timestamp NOT NULL, user_id integer, workstation varchar(120) NOT NULL,
           action varchar(32) NOT NULL, object_type varchar(32) NOT NULL, object_id integer,
           result varchar(16) NOT NULL, detail varchar(200), prev_hash varchar(64) NOT NULL,
           hash varchar(64) NOT NULL, PRIMARY KEY (batch_id, id))""",
    # No foreign key to client: erasing a client leaves ids only, and must not be refused.
    # how: 'moved' (the row was copied) or 'same_bsn' (the team already had the person).
    """CREATE TABLE IF NOT EXISTS movein_client_map (
           batch_id integer NOT NULL REFERENCES movein_batch (id),
           old_id integer NOT NULL, client_id integer NOT NULL,
           how varchar(16) NOT NULL, PRIMARY KEY (batch_id, old_id))""",
    "CREATE INDEX IF NOT EXISTS ix_movein_client_map_client ON movein_client_map (client_id)",
    """CREATE TABLE IF NOT EXISTS movein_user_map (
           batch_id integer NOT NULL REFERENCES movein_batch (id),
           old_id integer NOT NULL, old_username varchar(64) NOT NULL,
           user_id integer NOT NULL REFERENCES app_user (id), PRIMARY KEY (batch_id, old_id))""",
    "CREATE INDEX IF NOT EXISTS ix_movein_audit_object ON movein_audit "
    "(batch_id, object_type, object_id)",
)
MOVEIN_TABLES = ("movein_batch", "movein_audit", "movein_client_map", "movein_user_map")
#: The move-in tables a person may read a filtered part of, with the policy's name.
MOVEIN_POLICIES = {"movein_client_map": "zk_need_to_know", "movein_user_map": "zk_read"}
SHARE_POLICIES = (("client_share", "zk_share_by_coach"), ("client_share", "zk_share_ended"))
"""Who shares a file and ends a share (``_policy_sql``)."""
ROUTE_POLICIES = (
    ("route", "zk_route_add"),
    ("route", "zk_route_change"),
    ("route", "zk_route_remove"),
)
"""Who writes a route: the file's coach (``_policy_sql``)."""

REFERENCE_TABLES = ("sector", "municipality", "focus_target_group", "project", "skill")
SHARED_WORK_TABLES = (
    "employer",
    "vacancy",
    "vacancy_skill",
    "employer_contact",
    "employer_contact_log",
)
REPORTING_TABLES = ("publication", "report_key", "contributor", "contribution")
READ_ONLY_TABLES = ("store_info", "alembic_version")
AUDIT_TRIGGER = "audit_log_no_change"


@dataclass(frozen=True)
class TeamRoles:
    """The names of one team's group roles, all derived from its prefix."""

    prefix: str

    def __post_init__(self) -> None:
        if not PREFIX_PATTERN.match(self.prefix):
            raise ValidationError(
                "prefix",
                "Het voorvoegsel van de teamrollen bestaat uit kleine letters, cijfers en _ "
                "en begint met een letter.",
            )

    OWNER_SUFFIX = "_owner"

    @property
    def owner(self) -> str:
        return f"{self.prefix}{self.OWNER_SUFFIX}"

    @property
    def user(self) -> str:
        return f"{self.prefix}_user"

    def group(self, role: Role) -> str:
        return f"{self.prefix}_{role.value}"

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self.group(role) for role in Role)


def check_login_name(name: str) -> str:
    """A person's login role: lower case so the role and the app user are one name."""
    name = (name or "").strip()
    if not LOGIN_PATTERN.match(name):
        raise ValidationError(
            "username",
            "Een inlognaam voor de teamdatabase bestaat uit 2 tot 63 kleine letters, cijfers, "
            "punten, streepjes of _ en begint met een letter.",
        )
    return name


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: What decides whom a change concerns, per table whose rows decide the visible set: the
#: people whose set may change when rows of it are added, changed or removed. ``{t}`` is
#: the statement's transition table (its rows before or after).
VISIBILITY_SOURCES: dict[str, str] = {
    # A route decides its coach's set, and also every other coach of the client's
    # routes (a new or reopened route ends an earlier coach's access).
    "route": (
        "SELECT t.coach_id FROM {t} t UNION "
        "SELECT r.coach_id FROM route r JOIN {t} t ON r.client_id = t.client_id UNION "
        "SELECT c.created_by_id FROM client c JOIN {t} t ON c.id = t.client_id"
    ),
    "client_share": "SELECT t.user_id FROM {t} t",
    "client": "SELECT t.created_by_id FROM {t} t",
    "app_user": "SELECT t.id FROM {t} t",
}
_EVENTS = {"insert": ("new_rows",), "update": ("old_rows", "new_rows"), "delete": ("old_rows",)}

#: The trigger functions that log those changes, for ``security_problems``.
VISIBILITY_LOG_FUNCTIONS = tuple(
    f"zk_log_{table}_{event}"
    for table in VISIBILITY_SOURCES
    for event in _EVENTS
    if not (table == "app_user" and event == "insert")
)

VISIBILITY_TABLES_SQL = (
    # Who may have seen a different set since when: one row per person concerned per
    # statement (user_id NULL: everyone), kept an hour; only the owner reads or writes it.
    """CREATE TABLE IF NOT EXISTS zk_visibility_log (
           xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
           user_id integer,
           logged_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))""",
    "CREATE INDEX IF NOT EXISTS ix_zk_visibility_log_xid ON zk_visibility_log (xid)",
    "CREATE TABLE IF NOT EXISTS zk_cache_key (ipad bytea NOT NULL, opad bytea NOT NULL)",
    # Clients registered by a transaction still running: their registrant gives their
    # routes their coaches (zk_route_writer). Only the owner reads or writes it.
    """CREATE TABLE IF NOT EXISTS zk_new_client (
           xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
           client_id integer NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ix_zk_new_client ON zk_new_client (client_id)",
    # Indexes for the set's three parts. A closed route of the person's is then checked
    # for a newer or open one of the same client through ix_route_client.
    "CREATE INDEX IF NOT EXISTS ix_zk_route_coach_client ON route (coach_id, client_id)",
    "CREATE INDEX IF NOT EXISTS ix_zk_client_creator ON client (created_by_id, id)",
    "CREATE INDEX IF NOT EXISTS ix_zk_share_user ON client_share (user_id, client_id)",
    # Version 1 kept the set per transaction and cleared it by these triggers.
    *(
        f"DROP TRIGGER IF EXISTS zk_visibility_{t} ON {t}"
        for t in ("client", "route", "client_share")
    ),
    "DROP FUNCTION IF EXISTS zk_visibility_changed()",
)


def _visibility_log_sql(definer: str) -> list[str]:
    """Triggers that note, as the owner, whose visible set a statement may have changed."""
    forget_old = (
        "DELETE FROM zk_visibility_log WHERE ctid = ANY (ARRAY("
        "SELECT ctid FROM zk_visibility_log "
        "WHERE logged_at < now() AT TIME ZONE 'UTC' - interval '1 hour' "
        "LIMIT 100 FOR UPDATE SKIP LOCKED))"
    )
    statements = [
        f"""CREATE OR REPLACE FUNCTION zk_log_truncate() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$
            BEGIN
                INSERT INTO zk_visibility_log (user_id) VALUES (NULL);
                RETURN NULL;
            END $$"""
    ]
    for table, source in VISIBILITY_SOURCES.items():
        for event, transitions in _EVENTS.items():
            name = f"zk_log_{table}_{event}"
            if name not in VISIBILITY_LOG_FUNCTIONS:
                continue
            people = " UNION ".join(source.format(t=t) for t in transitions)
            referencing = " ".join(
                f"{'OLD' if t == 'old_rows' else 'NEW'} TABLE AS {t}" for t in transitions
            )
            statements += [
                f"""CREATE OR REPLACE FUNCTION {name}() RETURNS trigger
                    LANGUAGE plpgsql {definer} AS $$
                    BEGIN
                        INSERT INTO zk_visibility_log (user_id)
                        SELECT DISTINCT p.id FROM ({people}) p(id) WHERE p.id IS NOT NULL;
                        {forget_old};
                        RETURN NULL;
                    END $$""",
                f"""CREATE OR REPLACE TRIGGER {name} AFTER {event.upper()} ON {table}
                    REFERENCING {referencing}
                    FOR EACH STATEMENT EXECUTE FUNCTION {name}()""",
                f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER {name}",
            ]
        statements += [
            f"""CREATE OR REPLACE TRIGGER zk_log_{table}_truncate AFTER TRUNCATE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION zk_log_truncate()""",
            f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER zk_log_{table}_truncate",
        ]
    return statements


_STRAY = """
    SELECT t.id, CASE WHEN cur.client_id IS NULL THEN c.created_by_id
                      ELSE cur.coach_id END AS coach
    FROM task t
    JOIN client c ON c.id = t.client_id AND c.deleted_at IS NULL
    LEFT JOIN (SELECT DISTINCT ON (r.client_id) r.client_id, r.coach_id FROM route r
               ORDER BY r.client_id, (r.closed_on IS NULL) DESC, r.intake_date DESC,
                        r.id DESC) cur ON cur.client_id = t.client_id
    WHERE t.done_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM client_share s
                      WHERE s.client_id = t.client_id AND s.user_id = t.owner_id)
      AND CASE WHEN cur.client_id IS NULL THEN c.created_by_id
               ELSE cur.coach_id END <> t.owner_id"""
"""An open to-do whose owner no longer sees its client's file (``caseload._stray``)."""


def _functions_sql(roles: TeamRoles) -> list[str]:
    """The owner's functions: identity, visibility, the JSON encoder and the audit append."""
    definer = f"SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp"
    prefix_literal = roles.prefix.replace("'", "''")
    return [
        f"""CREATE OR REPLACE FUNCTION zk_team_prefix() RETURNS text
            LANGUAGE sql IMMUTABLE AS $$ SELECT '{prefix_literal}'::text $$""",
        f"""CREATE OR REPLACE FUNCTION zk_security_version() RETURNS integer
            LANGUAGE sql IMMUTABLE AS $$ SELECT {SECURITY_VERSION} $$""",
        # PL/pgSQL rather than SQL: a SECURITY DEFINER function is never inlined, and a
        # SQL function is planned again at every call; PL/pgSQL keeps its plans for the
        # session, which matters for zk_unrouted, called per row.
        f"""CREATE OR REPLACE FUNCTION zk_me() RETURNS integer
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                RETURN (SELECT id FROM app_user
                        WHERE username = session_user::text AND active);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_my_role() RETURNS text
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                RETURN (SELECT role FROM app_user
                        WHERE username = session_user::text AND active);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_carer() RETURNS integer
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                RETURN (SELECT id FROM app_user WHERE username = session_user::text
                        AND active AND role IN ('coach', 'teamlead'));
            END $$""",
        # The file's coach, who alone shares it (services/sharing.py): the coach of the
        # current route (open first, then the latest intake, then the highest id, as
        # access.current_first), or who registered a client that has no route yet.
        f"""CREATE OR REPLACE FUNCTION zk_file_coach(p_client integer) RETURNS integer
            LANGUAGE plpgsql STABLE {definer} AS $$
            DECLARE
                me integer := zk_carer();
                routed boolean;
                coach integer;
                registrant integer;
            BEGIN
                SELECT true, r.coach_id INTO routed, coach FROM route r
                WHERE r.client_id = p_client
                ORDER BY (r.closed_on IS NULL) DESC, r.intake_date DESC, r.id DESC LIMIT 1;
                IF NOT coalesce(routed, false) THEN
                    SELECT c.created_by_id INTO coach FROM client c WHERE c.id = p_client;
                END IF;
                -- Of a file the person sees only (zk_visible_clients' rule, for this one
                -- client): a coach's id is nobody else's to map.
                IF me IS NULL OR (coach IS DISTINCT FROM me AND NOT EXISTS (
                        SELECT 1 FROM client_share s
                        WHERE s.client_id = p_client AND s.user_id = me)) THEN
                    RETURN NULL;
                END IF;
                RETURN coach;
            END $$""",
        # Who may write a client's route rows: its file's coach, or who registered it
        # in this very transaction (zk_new_client, noted by zk_note_new_client).
        f"""CREATE OR REPLACE FUNCTION zk_route_writer(p_client integer) RETURNS boolean
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                RETURN zk_file_coach(p_client) = zk_me() OR EXISTS (
                    SELECT 1 FROM zk_new_client n JOIN client c ON c.id = n.client_id
                    WHERE n.client_id = p_client AND n.xid = pg_current_xact_id()
                      AND c.created_by_id = zk_me());
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_note_new_client() RETURNS trigger
            LANGUAGE plpgsql {definer} AS $$
            BEGIN
                INSERT INTO zk_new_client (client_id) SELECT id FROM new_rows;
                -- Transactions older than every one still running are over. Rows another
                -- registration is clearing are skipped, never waited for.
                DELETE FROM zk_new_client WHERE ctid = ANY (ARRAY(
                    SELECT ctid FROM zk_new_client
                    WHERE xid < pg_snapshot_xmin(pg_current_snapshot())
                    LIMIT 100 FOR UPDATE SKIP LOCKED));
                RETURN NULL;
            END $$""",
        """CREATE OR REPLACE TRIGGER zk_note_new_client AFTER INSERT ON client
            REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION zk_note_new_client()""",
        "ALTER TABLE client ENABLE ALWAYS TRIGGER zk_note_new_client",
        f"""CREATE OR REPLACE FUNCTION zk_unrouted(p_client integer) RETURNS boolean
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                RETURN NOT EXISTS (SELECT 1 FROM route WHERE client_id = p_client);
            END $$""",
        # The set is asked for by every policy of every statement, and computing it reads
        # the person's routes, shares and registrations. It is kept for the session in a
        # setting, which the person can read and also set: so the value is signed with a
        # key only the owner reads (HMAC-SHA-256, zk_cache_key), names the person, and
        # carries the snapshot it was computed under and when. It is used again only
        # while no change that touches this person (zk_visibility_log, written by
        # triggers as the owner) has become visible since that snapshot, and for at most
        # ten minutes; a replayed or forged value is recomputed, never trusted.
        f"""CREATE OR REPLACE FUNCTION zk_visible_clients() RETURNS integer[]
            LANGUAGE plpgsql VOLATILE {definer} AS $$
            DECLARE
                cached text := current_setting('zkijdesk.visible', true);
                me integer;
                parts text[];
                snap pg_snapshot;
                found integer[];
                signed text;
            BEGIN
                -- zk_carer()'s rule, inline: a nested SECURITY DEFINER call costs as much
                -- as the rest of a kept set's check.
                SELECT u.id INTO me FROM app_user u WHERE u.username = session_user::text
                    AND u.active AND u.role IN ('coach', 'teamlead');
                IF me IS NULL THEN
                    RETURN '{{}}';
                END IF;
                parts := string_to_array(cached, '|');
                -- One step at a time: nothing of a value is cast before its MAC holds.
                IF array_length(parts, 1) = 5 AND parts[1] = me::text THEN
                    IF parts[5] = (SELECT encode(sha256(k.opad || sha256(k.ipad
                            || convert_to(array_to_string(parts[1:4], '|'), 'UTF8'))), 'hex')
                            FROM zk_cache_key k) THEN
                        snap := parts[2]::pg_snapshot;
                        IF parts[3]::timestamptz > clock_timestamp() - interval '10 minutes'
                            AND NOT EXISTS (
                                SELECT 1 FROM zk_visibility_log l
                                WHERE l.xid >= pg_snapshot_xmin(snap)
                                  AND (l.user_id = me OR l.user_id IS NULL)
                                  AND NOT pg_visible_in_snapshot(l.xid, snap)) THEN
                            RETURN parts[4]::integer[];
                        END IF;
                    END IF;
                END IF;
                -- Taken before reading, so whatever commits while the set is read counts
                -- as a change since this snapshot and is read again next time.
                snap := pg_current_snapshot();
                SELECT coalesce(array_agg(DISTINCT v.client_id ORDER BY v.client_id), '{{}}')
                INTO found FROM (
                    -- The client's current route: open, or the newest when none is
                    -- (the order zk_transfer moves by).
                    SELECT r.client_id FROM route r WHERE r.coach_id = me
                        AND (r.closed_on IS NULL OR NOT EXISTS (
                            SELECT 1 FROM route n WHERE n.client_id = r.client_id
                              AND n.id <> r.id
                              AND (n.closed_on IS NULL OR n.intake_date > r.intake_date
                                   OR (n.intake_date = r.intake_date AND n.id > r.id))))
                    UNION SELECT s.client_id FROM client_share s WHERE s.user_id = me
                    UNION SELECT c.id FROM client c WHERE c.created_by_id = me
                        AND NOT EXISTS (SELECT 1 FROM route x WHERE x.client_id = c.id)
                ) v;
                -- A transaction that has written may still change what decides the set
                -- after this point, under its own snapshot: it keeps nothing.
                IF pg_current_xact_id_if_assigned() IS NULL THEN
                    signed := me::text || '|' || snap::text || '|'
                        || clock_timestamp()::text || '|' || found::text;
                    PERFORM set_config('zkijdesk.visible', signed || '|' || (
                        SELECT encode(sha256(k.opad || sha256(k.ipad
                            || convert_to(signed, 'UTF8'))), 'hex')
                        FROM zk_cache_key k), false);
                END IF;
                RETURN found;
            END $$""",
        # For check as the admin, who may not read the key itself.
        f"""CREATE OR REPLACE FUNCTION zk_cache_key_ready() RETURNS boolean
            LANGUAGE sql STABLE {definer} AS $$
            SELECT count(*) = 1 AND bool_and(length(ipad) = 64 AND length(opad) = 64)
            FROM zk_cache_key $$""",
        # A file changes coach with its open to-dos: tasks the old coach still had
        # about the moved clients go along, so none stays overdue with someone on leave.
        f"""CREATE OR REPLACE FUNCTION zk_transfer(p_client integer, p_from integer,
                p_to integer) RETURNS integer
            LANGUAGE plpgsql VOLATILE {definer} AS $$
            DECLARE
                moved integer;
                previous integer;
            BEGIN
                IF zk_my_role() IS DISTINCT FROM 'teamlead' THEN
                    RAISE EXCEPTION 'only a team lead transfers' USING ERRCODE = '42501';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM app_user WHERE id = p_to AND active
                               AND role IN ('coach', 'teamlead')) THEN
                    RAISE EXCEPTION 'no such coach' USING ERRCODE = '22023';
                END IF;
                IF p_client IS NOT NULL THEN
                    SELECT id, coach_id INTO moved, previous FROM route
                    WHERE client_id = p_client
                    ORDER BY closed_on IS NULL DESC, intake_date DESC, id DESC LIMIT 1;
                    IF moved IS NULL THEN
                        RETURN NULL;
                    END IF;
                    UPDATE route SET coach_id = p_to, updated_at = now() AT TIME ZONE 'UTC'
                    WHERE id = moved;
                    UPDATE task SET owner_id = p_to, updated_at = now() AT TIME ZONE 'UTC'
                    WHERE client_id = p_client AND done_at IS NULL
                      AND owner_id IS NOT DISTINCT FROM previous;
                ELSE
                    UPDATE task SET owner_id = p_to, updated_at = now() AT TIME ZONE 'UTC'
                    WHERE owner_id = p_from AND done_at IS NULL AND client_id IN (
                        SELECT client_id FROM route
                        WHERE coach_id = p_from AND closed_on IS NULL);
                    UPDATE route SET coach_id = p_to, updated_at = now() AT TIME ZONE 'UTC'
                    WHERE coach_id = p_from AND closed_on IS NULL;
                    GET DIAGNOSTICS moved = ROW_COUNT;
                END IF;
                RETURN moved;
            END $$""",
        # To-dos whose owner no longer sees the client's file (services/caseload.py,
        # ``_stray``): counted, and handed to the file's coach, for a team lead only.
        f"""CREATE OR REPLACE FUNCTION zk_stray_tasks() RETURNS integer
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                IF zk_my_role() IS DISTINCT FROM 'teamlead' THEN
                    RAISE EXCEPTION 'only a team lead hands over' USING ERRCODE = '42501';
                END IF;
                RETURN (SELECT count(*) FROM ({_STRAY}) x);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_hand_over_stray_tasks() RETURNS integer
            LANGUAGE plpgsql VOLATILE {definer} AS $$
            DECLARE
                moved integer;
            BEGIN
                IF zk_my_role() IS DISTINCT FROM 'teamlead' THEN
                    RAISE EXCEPTION 'only a team lead hands over' USING ERRCODE = '42501';
                END IF;
                UPDATE task SET owner_id = x.coach, updated_at = now() AT TIME ZONE 'UTC'
                FROM ({_STRAY}) x WHERE task.id = x.id;
                GET DIAGNOSTICS moved = ROW_COUNT;
                RETURN moved;
            END $$""",
        # What a single transfer would move, for the team lead's preview: the lead
        # names a client by the number a coach gave them and learns only that file's
        # route and coach, never a name (row-level security hides the file itself).
        f"""CREATE OR REPLACE FUNCTION zk_transfer_preview(p_number text)
                RETURNS TABLE (client_id integer, coach_id integer, intake_date date,
                               open_route boolean, open_tasks integer)
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                IF zk_my_role() IS DISTINCT FROM 'teamlead' THEN
                    RAISE EXCEPTION 'only a team lead transfers' USING ERRCODE = '42501';
                END IF;
                RETURN QUERY
                SELECT c.id, r.coach_id, r.intake_date, r.closed_on IS NULL,
                       (SELECT count(*)::integer FROM task t
                        WHERE t.client_id = c.id AND t.done_at IS NULL
                          AND t.owner_id IS NOT DISTINCT FROM r.coach_id)
                FROM client c
                JOIN LATERAL (SELECT x.coach_id, x.intake_date, x.closed_on FROM route x
                              WHERE x.client_id = c.id
                              ORDER BY x.closed_on IS NULL DESC, x.intake_date DESC, x.id DESC
                              LIMIT 1) r ON true
                WHERE c.client_number = p_number AND c.deleted_at IS NULL;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_audit_anchor()
                RETURNS TABLE (entries integer, head text)
            LANGUAGE sql STABLE {definer} AS $$
            SELECT coalesce(max(h.last_id), 0), coalesce(max(h.last_hash), repeat('0', 64))
            FROM audit_head h WHERE h.id = 1 $$""",
        # The old workstation log's entries about one client the person may open, with
        # the team user each old user became: for a subject-access request.
        f"""CREATE OR REPLACE FUNCTION zk_movein_audit(p_client integer)
                RETURNS TABLE (batch_id integer, moved_at timestamp, how text,
                               entry_id integer, at timestamp, user_id integer,
                               action text, result text, detail text)
            LANGUAGE sql VOLATILE {definer} AS $$
            SELECT a.batch_id, b.moved_at, m.how::text, a.id, a.at, u.user_id,
                   a.action::text, a.result::text, a.detail::text
            FROM movein_client_map m
            JOIN movein_batch b ON b.id = m.batch_id
            JOIN movein_audit a ON a.batch_id = m.batch_id
                AND a.object_type = 'client' AND a.object_id = m.old_id
            LEFT JOIN movein_user_map u ON u.batch_id = a.batch_id AND u.old_id = a.user_id
            -- a scalar subquery: the volatile set is computed once, not per row
            WHERE m.client_id = p_client AND p_client = ANY ({_CLIENT_SET})
            ORDER BY a.batch_id, a.id $$""",
        f"""CREATE OR REPLACE FUNCTION zk_lock_hash() RETURNS text
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                RETURN (SELECT lock_secret_hash FROM app_user WHERE id = zk_me());
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_set_lock_hash(p_user integer, p_hash text)
                RETURNS void
            LANGUAGE plpgsql VOLATILE {definer} AS $$
            BEGIN
                -- One's own lock, or an admin lifting (never setting) someone else's.
                IF p_user IS DISTINCT FROM zk_me() AND NOT (
                        zk_my_role() = 'admin' AND p_hash IS NULL) THEN
                    RAISE EXCEPTION 'not your lock' USING ERRCODE = '42501';
                END IF;
                UPDATE app_user SET lock_secret_hash = p_hash WHERE id = p_user;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_locked_users()
                RETURNS TABLE (id integer, display_name text)
            LANGUAGE plpgsql STABLE {definer} AS $$
            BEGIN
                IF zk_my_role() IS DISTINCT FROM 'admin' THEN
                    RAISE EXCEPTION 'admins only' USING ERRCODE = '42501';
                END IF;
                RETURN QUERY SELECT u.id, u.display_name::text FROM app_user u
                    WHERE u.lock_secret_hash IS NOT NULL ORDER BY u.display_name;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_request_compaction() RETURNS void
            LANGUAGE sql VOLATILE {definer} AS $$
            INSERT INTO compaction_request (requested_at, requested_by)
            VALUES (now() AT TIME ZONE 'UTC', zk_me()) $$""",
        *_visibility_log_sql(definer),
        r"""CREATE OR REPLACE FUNCTION zk_json(t text) RETURNS text
            LANGUAGE plpgsql IMMUTABLE AS $$
            DECLARE
                result text := '"';
                ch text;
                code integer;
                v integer;
            BEGIN
                IF t IS NULL THEN
                    RETURN 'null';
                END IF;
                FOR i IN 1 .. char_length(t) LOOP
                    ch := substr(t, i, 1);
                    code := ascii(ch);
                    IF ch = '"' THEN
                        result := result || '\"';
                    ELSIF ch = '\' THEN
                        result := result || '\\';
                    ELSIF code = 10 THEN
                        result := result || '\n';
                    ELSIF code = 13 THEN
                        result := result || '\r';
                    ELSIF code = 9 THEN
                        result := result || '\t';
                    ELSIF code = 8 THEN
                        result := result || '\b';
                    ELSIF code = 12 THEN
                        result := result || '\f';
                    ELSIF code >= 32 AND code <= 126 THEN
                        result := result || ch;
                    ELSIF code > 65535 THEN
                        v := code - 65536;
                        result := result || '\u' || lpad(to_hex(55296 + (v >> 10)), 4, '0')
                                         || '\u' || lpad(to_hex(56320 + (v & 1023)), 4, '0');
                    ELSE
                        result := result || '\u' || lpad(to_hex(code), 4, '0');
                    END IF;
                END LOOP;
                RETURN result || '"';
            END $$""",
        f"""CREATE OR REPLACE FUNCTION zk_audit_append(
                p_action text, p_object_type text, p_object_id integer,
                p_result text, p_detail text, p_workstation text) RETURNS integer
            LANGUAGE plpgsql VOLATILE {definer} AS $$
            DECLARE
                last_id integer;
                last_hash text;
                uid integer;
                new_id integer;
                ts timestamp;
                station text;
                payload text;
                digest text;
            BEGIN
                SELECT id INTO uid FROM app_user WHERE username = session_user::text;
                station := left(coalesce(p_workstation, 'onbekend'), 80);
                IF inet_client_addr() IS NOT NULL THEN
                    station := left(station || ' (' || host(inet_client_addr()) || ')', 120);
                END IF;
                SELECT h.last_id, h.last_hash INTO last_id, last_hash
                    FROM audit_head h WHERE h.id = 1 FOR UPDATE;
                IF NOT FOUND THEN
                    last_id := 0;
                    last_hash := repeat('0', 64);
                    INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, last_hash);
                END IF;
                new_id := last_id + 1;
                ts := date_trunc('microseconds', clock_timestamp() AT TIME ZONE 'UTC');
                payload := '{{"action":' || zk_json(p_action)
                    || ',"at":' || zk_json(to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS.US'))
                    || ',"detail":' || zk_json(p_detail)
                    || ',"id":' || new_id
                    || ',"object_id":' || coalesce(p_object_id::text, 'null')
                    || ',"object_type":' || zk_json(p_object_type)
                    || ',"result":' || zk_json(p_result)
                    || ',"user_id":' || coalesce(uid::text, 'null')
                    || ',"workstation":' || zk_json(station) || '}}';
                digest := encode(sha256(convert_to(last_hash || payload, 'UTF8')), 'hex');
                INSERT INTO audit_log (id, at, user_id, workstation, action, object_type,
                                       object_id, result, detail, prev_hash, hash)
                VALUES (new_id, ts, uid, station, p_action, p_object_type, p_object_id,
                        p_result, p_detail, last_hash, digest);
                UPDATE audit_head h SET last_id = new_id, last_hash = digest WHERE h.id = 1;
                RETURN new_id;
            END $$""",
    ]


FUNCTIONS = (
    "zk_team_prefix()",
    "zk_security_version()",
    "zk_me()",
    "zk_my_role()",
    "zk_carer()",
    "zk_unrouted(integer)",
    "zk_file_coach(integer)",
    "zk_stray_tasks()",
    "zk_hand_over_stray_tasks()",
    "zk_route_writer(integer)",
    "zk_note_new_client()",
    "zk_visible_clients()",
    "zk_log_truncate()",
    "zk_cache_key_ready()",
    *(f"{name}()" for name in VISIBILITY_LOG_FUNCTIONS),
    "zk_transfer(integer, integer, integer)",
    "zk_transfer_preview(text)",
    "zk_request_compaction()",
    "zk_lock_hash()",
    "zk_set_lock_hash(integer, text)",
    "zk_locked_users()",
    "zk_audit_anchor()",
    "zk_movein_audit(integer)",
    "zk_json(text)",
    "zk_audit_append(text, text, integer, text, text, text)",
)


def _policy_sql(roles: TeamRoles) -> list[str]:
    user = quote_ident(roles.user)
    statements: list[str] = []
    for table, rule in PERSONAL_POLICIES.items():
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS zk_need_to_know ON {table}",
            f"CREATE POLICY zk_need_to_know ON {table} TO {user} USING ({rule})",
        ]
    # Need-to-know is passed on by the file's coach only: whoever reads a shared file
    # may not share it further (services/sharing.py), even with psql. Restrictive, so
    # they narrow zk_need_to_know. The coach adds anyone (also themselves: an import that
    # gives a colleague the route keeps its importer a share to undo it); the coach, or
    # the person named, ends a share. Which route is current, and so who the file's coach
    # is, is the coach's too: only they write a route row (a colleague it is shared with
    # adds guidance, trainings, placements, contacts and to-dos, but would otherwise make
    # themselves its coach by reopening an old route of theirs, or closing the current
    # one), save who registered a client in this very transaction (an intake or import
    # for colleagues, ``zk_route_writer``). A team lead's zk_transfer runs as the owner.
    statements += [
        # A development build of version 8 guarded the coach by a trigger instead.
        "DROP TRIGGER IF EXISTS zk_route_coach_guard ON route",
        "DROP FUNCTION IF EXISTS zk_route_coach_guard()",
        *(f"DROP POLICY IF EXISTS {name} ON route" for _table, name in ROUTE_POLICIES),
        f"CREATE POLICY zk_route_add ON route AS RESTRICTIVE FOR INSERT TO {user}"
        " WITH CHECK (zk_route_writer(client_id))",
        f"CREATE POLICY zk_route_change ON route AS RESTRICTIVE FOR UPDATE TO {user}"
        " USING (zk_route_writer(client_id)) WITH CHECK (zk_route_writer(client_id))",
        # Undoing an import takes its routes back out, also those that made a colleague
        # the file's coach (import_batch: each person reads their own batches only).
        f"CREATE POLICY zk_route_remove ON route AS RESTRICTIVE FOR DELETE TO {user}"
        " USING (zk_route_writer(client_id) OR import_batch_id IN (SELECT b.id FROM"
        " import_batch b WHERE b.created_by_id = (SELECT zk_me())))",
        "DROP POLICY IF EXISTS zk_share_by_coach ON client_share",
        f"CREATE POLICY zk_share_by_coach ON client_share AS RESTRICTIVE FOR INSERT TO {user}"
        " WITH CHECK (zk_file_coach(client_id) = (SELECT zk_me()))",
        "DROP POLICY IF EXISTS zk_share_ended ON client_share",
        f"CREATE POLICY zk_share_ended ON client_share AS RESTRICTIVE FOR DELETE TO {user}"
        " USING (user_id = (SELECT zk_me()) OR zk_file_coach(client_id) = (SELECT zk_me()))",
    ]
    statements += [
        # Team leads see colleagues' task lists (docs/privacy.md), not their files.
        "DROP POLICY IF EXISTS zk_team_tasks ON task",
        "CREATE POLICY zk_team_tasks ON task FOR SELECT TO "
        f"{quote_ident(roles.group(Role.TEAMLEAD))} USING (zk_my_role() = 'teamlead')",
        "ALTER TABLE app_user ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS zk_read ON app_user",
        f"CREATE POLICY zk_read ON app_user FOR SELECT TO {user} USING (true)",
        "DROP POLICY IF EXISTS zk_own ON app_user",
        f"CREATE POLICY zk_own ON app_user FOR UPDATE TO {user}"
        " USING (id = (SELECT zk_me()) OR (SELECT zk_my_role()) = 'admin')",
        "ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS zk_read ON audit_log",
        f"CREATE POLICY zk_read ON audit_log FOR SELECT TO {user} USING ("
        "(SELECT zk_my_role()) = 'admin' OR user_id = (SELECT zk_me()) OR "
        f"(object_type = 'client' AND object_id = ANY ({_CLIENT_SET})))",
        # A move-in's mapping: of the clients one may open, and one's own user row (the
        # admin, who reads the whole log, every user row). Nobody reads the old log or
        # the batch directly (no grant; row-level security on as a second lock).
        "ALTER TABLE movein_client_map ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS zk_need_to_know ON movein_client_map",
        f"CREATE POLICY zk_need_to_know ON movein_client_map FOR SELECT TO {user} "
        f"USING (client_id = ANY ({_CLIENT_SET}))",
        "ALTER TABLE movein_user_map ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS zk_read ON movein_user_map",
        f"CREATE POLICY zk_read ON movein_user_map FOR SELECT TO {user} USING ("
        "user_id = (SELECT zk_me()) OR (SELECT zk_my_role()) = 'admin')",
        "ALTER TABLE movein_audit ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE movein_batch ENABLE ROW LEVEL SECURITY",
    ]
    return statements


def _figures_sql(roles: TeamRoles) -> list[str]:
    """One view per counted table, named like the table, in the figures schema.

    The views belong to the owner, so they read every row past row-level security, and
    they are granted to those who make the monthly figures only. A figures session puts
    this schema first on its search path (``Store.figures_session``), so the counting
    queries run unchanged and reach no name, number or note. Built from the models, so a
    migration that adds a column is followed at the next ``team upgrade``.
    """
    from sqlalchemy.dialects import postgresql

    from zkijdesk.models.base import Base

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]  # unannotated in SQLAlchemy
    reporters = _readers(roles, FIGURES_SCHEMA)
    statements = [
        f"REVOKE ALL ON SCHEMA {FIGURES_SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {FIGURES_SCHEMA} TO {reporters}",
    ]
    for table, masked in FIGURES_TABLES.items():
        columns = []
        for column in Base.metadata.tables[table].columns:
            if column.name in masked:
                columns.append(f"NULL::{column.type.compile(dialect)} AS {column.name}")
            elif (table, column.name) in COARSENED:
                columns.append(f"{COARSENED[table, column.name]} AS {column.name}")
            else:
                columns.append(column.name)
        statements += [
            f"DROP VIEW IF EXISTS {FIGURES_SCHEMA}.{table}",
            f"CREATE VIEW {FIGURES_SCHEMA}.{table} AS SELECT {', '.join(columns)} "
            f"FROM {SCHEMA}.{table}",
            f"GRANT SELECT ON {FIGURES_SCHEMA}.{table} TO {reporters}",
            *_read_only_view_sql(FIGURES_SCHEMA, table),
        ]
    return statements


def _read_only_view_sql(schema: str, view: str) -> list[str]:
    """A view of one table is updatable, and writes through it as its owner, past
    row-level security: only SELECT is granted, and this trigger refuses a write by
    anyone who gets more (a login given pg_write_all_data, which ``check`` reports)."""
    return [
        """CREATE OR REPLACE FUNCTION zk_view_read_only() RETURNS trigger LANGUAGE plpgsql AS
           $$ BEGIN RAISE EXCEPTION 'zkijdesk views are read-only'; END $$""",
        f"""CREATE OR REPLACE TRIGGER zk_read_only INSTEAD OF INSERT OR UPDATE OR DELETE
            ON {schema}.{view} FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.zk_view_read_only()""",
    ]


def _matching_sql(roles: TeamRoles) -> list[str]:
    """One view per table a search for candidates reads, in the matching schema.

    Row-level security shows a person their own files, so a search of "the whole team"
    would be their own caseload under the team's name. These views belong to the owner
    and read past it, but show only the columns that score a person
    (``MATCHING_COLUMNS``): no name, BSN, birth date, contact detail or note; and the
    client view names (number, sector, municipality) only the people who may be
    suggested (``_CLIENT_IN_POOL_ONLY``). The other rows carry internal ids only, which
    no view links to anyone outside the pool. A search of the team puts this schema
    first on its search path (``Store.matching_pool``), so the queries run unchanged;
    the names of the files the person may open are read afterwards from the tables
    themselves, under row-level security. Granted to coaches only: admins get no
    suggestions, and team leads read the figures views, whose rows carry the same client
    ids, so the two together would put a client number beside a birth year, a target
    group and an intake status for the whole team.
    """
    from sqlalchemy.dialects import postgresql

    from zkijdesk.models.base import Base

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]  # unannotated in SQLAlchemy
    searchers = _readers(roles, MATCHING_SCHEMA)
    statements = [
        f"REVOKE ALL ON SCHEMA {MATCHING_SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {MATCHING_SCHEMA} TO {searchers}",
    ]
    for table, kept in MATCHING_COLUMNS.items():
        columns = []
        for column in Base.metadata.tables[table].columns:
            if table == "client" and column.name in _CLIENT_IN_POOL_ONLY:
                columns.append(f"{_CLIENT_IN_POOL_ONLY[column.name]} AS {column.name}")
            elif column.name in kept:
                columns.append(f"x.{column.name}")
            else:
                columns.append(f"NULL::{column.type.compile(dialect)} AS {column.name}")
        statements += [
            f"DROP VIEW IF EXISTS {MATCHING_SCHEMA}.{table}",
            f"CREATE VIEW {MATCHING_SCHEMA}.{table} AS "
            f"SELECT {', '.join(columns)} FROM {SCHEMA}.{table} x",
            f"GRANT SELECT ON {MATCHING_SCHEMA}.{table} TO {searchers}",
            *_read_only_view_sql(MATCHING_SCHEMA, table),
        ]
    return statements


def _grant_sql(roles: TeamRoles) -> list[str]:
    user = quote_ident(roles.user)
    admin = quote_ident(roles.group(Role.ADMIN))
    reporters = ", ".join(quote_ident(roles.group(r)) for r in (Role.TEAMLEAD, Role.ADMIN))
    everyone_write = [*PERSONAL_POLICIES, *SHARED_WORK_TABLES]
    statements = [
        f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {user}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {SCHEMA} FROM PUBLIC",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {SCHEMA} TO {user}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {SCHEMA} TO {user}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(everyone_write)} TO {user}",
        # A share is made or ended, never changed into someone else's (zk_share_by_coach).
        f"REVOKE UPDATE ON client_share FROM {user}",
        f"GRANT SELECT ON {', '.join((*REFERENCE_TABLES, *READ_ONLY_TABLES))} TO {user}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(REFERENCE_TABLES)} TO {admin}",
        f"GRANT SELECT ON store_setting TO {user}",
        f"GRANT INSERT, UPDATE, DELETE ON store_setting TO {admin}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(REPORTING_TABLES)} TO {reporters}",
        # Not the app lock's hash: colleagues could try PINs against it offline. Each person
        # reads and sets their own through zk_lock_hash / zk_set_lock_hash.
        f"GRANT SELECT (id, username, display_name, role, active, created_at) ON app_user "
        f"TO {user}",
        f"GRANT UPDATE (display_name) ON app_user TO {user}",
        f"GRANT SELECT ON audit_log TO {user}",
        # Renewed from nothing, so a right given by hand does not outlive an upgrade.
        f"REVOKE ALL ON {', '.join(MOVEIN_TABLES)} FROM {user}, "
        f"{', '.join(quote_ident(g) for g in roles.groups)}",
        f"GRANT SELECT ON {', '.join(MOVEIN_POLICIES)} TO {user}",
        f"GRANT SELECT ON audit_head TO {admin}",
    ]
    return statements


#: The audit log's own guards, renewed with the rest: rows refuse UPDATE and DELETE
#: (migration 0004), and the table refuses TRUNCATE, which row triggers do not see.
GUARD_SQL = (
    """CREATE TABLE IF NOT EXISTS compaction_request (
           id serial PRIMARY KEY, requested_at timestamp NOT NULL, requested_by integer)""",
    """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
       $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$""",
    f"""CREATE OR REPLACE TRIGGER {AUDIT_TRIGGER} BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    f"ALTER TABLE audit_log ENABLE ALWAYS TRIGGER {AUDIT_TRIGGER}",
    """CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
    "ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_no_truncate",
)


def install_security(conn: Connection, roles: TeamRoles) -> None:
    """Functions, grants and policies, as the owner; safe to run again after a migration."""
    statements = (
        *GUARD_SQL,
        *MOVEIN_TABLES_SQL,
        *VISIBILITY_TABLES_SQL,
        *_functions_sql(roles),
        *_grant_sql(roles),
        *_policy_sql(roles),
        *_figures_sql(roles),
        *_matching_sql(roles),
    )
    for statement in statements:
        conn.exec_driver_sql(statement)
    _new_cache_key(conn)


def _new_cache_key(conn: Connection) -> None:
    """A fresh key for signing the kept visible sets: every set kept so far is void.

    Stored as the two HMAC pads (RFC 2104) so the functions need only ``sha256``.
    """
    key = secrets.token_bytes(64)
    conn.execute(text("DELETE FROM zk_cache_key"))
    conn.execute(
        text("INSERT INTO zk_cache_key (ipad, opad) VALUES (:i, :o)"),
        {"i": bytes(b ^ 0x36 for b in key), "o": bytes(b ^ 0x5C for b in key)},
    )


def create_group_roles(conn: Connection, roles: TeamRoles) -> None:
    """The team's group roles (no login); the connected maintenance login joins the owner."""
    for name in (roles.owner, roles.user, *roles.groups):
        if not _role_exists(conn, name):
            conn.execute(text(f"CREATE ROLE {quote_ident(name)} NOLOGIN"))
    for role in Role:
        conn.execute(text(f"GRANT {quote_ident(roles.user)} TO {quote_ident(roles.group(role))}"))
    conn.execute(text(f"GRANT {quote_ident(roles.owner)} TO CURRENT_USER"))


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def team_prefix(conn: Connection) -> str | None:
    """The team's role prefix if this database is a team database, else None."""
    found = conn.execute(text("SELECT to_regprocedure('zk_team_prefix()')")).scalar()
    if found is None:
        return None
    return conn.execute(text("SELECT zk_team_prefix()")).scalar()


def create_login(
    conn: Connection,
    roles: TeamRoles,
    username: str,
    role: Role,
    password: str | None,
    *,
    valid_until: str | None = None,
) -> None:
    """A person's login role (SCRAM-SHA-256 password, or none for GSSAPI/SSPI sign-in).

    A login IT already made (a domain account's role) joins the team as it is: its
    password stays IT's; one that could bypass row-level security is refused.
    """
    name = quote_ident(check_login_name(username))
    valid_until = _future_date(valid_until)
    if username in (roles.owner, roles.user, *roles.groups):
        raise ValidationError("username", t("{x} is de naam van een teamrol.", x=username))
    existing = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": username}
    ).first()
    if existing is not None:
        if valid_until:
            raise ValidationError(
                "valid_until",
                t(
                    "{x} is een login die IT al had; het wachtwoord en de {label} ervan "
                    "blijven van IT.",
                    x=username,
                    label=fields.VALID_UNTIL,
                ),
            )
        refuse_escalation(conn, roles, username)
        conn.execute(text(f"GRANT {quote_ident(roles.group(role))} TO {name}"))
        return
    conn.execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
    options = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT NOREPLICATION NOBYPASSRLS"
    conn.execute(text(f"CREATE ROLE {name} {options}"))
    if password:
        # Role passwords cannot be bound parameters; the literal is quoted by the server.
        literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()
        conn.execute(text(f"ALTER ROLE {name} PASSWORD {literal}"))
    if valid_until:
        literal = conn.execute(text("SELECT quote_literal(:p)"), {"p": valid_until}).scalar()
        conn.execute(text(f"ALTER ROLE {name} VALID UNTIL {literal}"))
    conn.execute(text(f"GRANT {quote_ident(roles.group(role))} TO {name}"))


ESCALATING = (
    "r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolreplication OR r.rolname IN "
    "('pg_read_server_files', 'pg_write_server_files', 'pg_execute_server_program', "
    "'pg_read_all_data', 'pg_write_all_data')"
)
"""What gets a login past row-level security: a superuser or BYPASSRLS reads every row;
CREATEROLE (before PostgreSQL 16) may grant itself the team's owner role, REPLICATION
may copy the whole cluster (pg_basebackup) where pg_hba.conf lets it, the server-file
roles read the data files themselves or run programs as the server, and the all-data
roles reach every view, which reads the tables as their owner (the figures and matching
views: every row of the team)."""


def escalations(conn: Connection, roles: TeamRoles, login: str) -> list[str]:
    """The roles ``login`` is, or may become with SET ROLE, that get past row-level
    security (``ESCALATING``), or that own the team's tables (its owner, IT's
    maintenance login): empty for a login fit to be a person of the team."""
    return list(
        conn.execute(
            text(
                "SELECT r.rolname FROM pg_roles r "
                "WHERE pg_has_role(:login, r.oid, 'MEMBER') "
                f"AND ({ESCALATING} OR r.rolname = :owner) ORDER BY r.rolname"
            ),
            {"login": login, "owner": roles.owner},
        ).scalars()
    )


def refuse_escalation(conn: Connection, roles: TeamRoles, login: str) -> None:
    found = escalations(conn, roles, login)
    if found:
        raise ValidationError(
            "username",
            t(
                "De databaserol {x} kan langs de rijbeveiliging (superuser, BYPASSRLS, "
                "CREATEROLE, REPLICATION of eigenaar van de tabellen, zelf of als lid van "
                "{via}); zo iemand kan geen teamlid zijn.",
                x=login,
                via=", ".join(found),
            ),
        )


def _future_date(typed: str | None) -> str | None:
    """The moment a password stops working, as the server takes it, from the last day
    IT typed (either way round): the start of the day after, so that the whole last
    day still works (``VALID UNTIL '2027-12-31'`` would end at its first midnight). A
    day already past would make a login that never works."""
    if typed is None:
        return None
    from zkijdesk.domain import validation as v

    found = v.parse_date(typed, field="valid_until", label=fields.VALID_UNTIL)
    if found is None:
        return None
    if found < date.today():
        raise ValidationError(
            "valid_until",
            t("{label} ligt in het verleden; de login zou nooit werken.", label=fields.VALID_UNTIL),
        )
    return f"{(found + timedelta(days=1)).isoformat()} 00:00"


def set_group(conn: Connection, roles: TeamRoles, username: str, role: Role | None) -> None:
    """Make ``username`` a member of exactly the group of ``role`` (None: of none); a
    login that could get past row-level security is refused a group."""
    name = quote_ident(check_login_name(username))
    if role is not None:
        refuse_escalation(conn, roles, username)
    for group in roles.groups:
        conn.execute(text(f"REVOKE {quote_ident(group)} FROM {name}"))
    if role is not None:
        conn.execute(text(f"GRANT {quote_ident(roles.group(role))} TO {name}"))


def set_login(conn: Connection, username: str, *, allowed: bool) -> None:
    name = quote_ident(check_login_name(username))
    conn.execute(text(f"ALTER ROLE {name} {'LOGIN' if allowed else 'NOLOGIN'}"))


def installed_security_version(conn: Connection) -> int:
    """The version of the guards the database has (0: from before versions were kept)."""
    found = conn.execute(text("SELECT to_regprocedure('zk_security_version()')")).scalar()
    if not found:
        return 0
    return int(conn.execute(text("SELECT zk_security_version()")).scalar() or 0)


def lock_database(conn: Connection, roles: TeamRoles) -> None:
    """Only the team's people may connect to its database (PostgreSQL lets everyone by
    default), and make the temporary table the monthly figures count through."""
    database = quote_ident(conn.execute(text("SELECT current_database()")).scalar_one())
    conn.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC"))
    conn.execute(
        text(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {quote_ident(roles.user)}")
    )


def security_problems(conn: Connection) -> list[Text]:
    """What is missing of the team's protection; empty when every part is in place."""
    problems: list[Text] = []
    prefix = team_prefix(conn)
    if prefix is None:
        return [t("De database is niet als teamdatabase ingericht (zkijdesk team init).")]
    roles = TeamRoles(prefix)
    version = installed_security_version(conn)
    if version < SECURITY_VERSION:
        problems.append(
            t(
                "De beveiliging van de teamdatabase is van een oudere versie ({have}; dit "
                "programma: {want}): niemand van het team kan inloggen tot IT "
                "'zkijdesk team upgrade' uitvoert.",
                have=version,
                want=SECURITY_VERSION,
            )
        )
    open_to_all = conn.execute(
        text(
            "SELECT has_database_privilege('public', current_database(), 'CONNECT') "
            "OR has_database_privilege('public', current_database(), 'TEMPORARY')"
        )
    ).scalar()
    if open_to_all:
        problems.append(
            t(
                "Iedere databaselogin van de server mag met deze database verbinden (PUBLIC "
                "heeft CONNECT of TEMPORARY, bijvoorbeeld na een pg_restore); "
                "'zkijdesk team upgrade' haalt dat weg."
            )
        )
    rows = conn.execute(
        text(
            "SELECT c.relname, c.relrowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relkind = 'r'"
        ),
        {"s": SCHEMA},
    ).all()
    secured = {name for name, on in rows if on}
    for table in (*PERSONAL_POLICIES, "audit_log", "app_user", *MOVEIN_TABLES):
        if table not in secured:
            problems.append(t("Rijbeveiliging staat uit op tabel {table}.", table=table))
    policies = {
        tuple(r)
        for r in conn.execute(
            text("SELECT tablename, policyname FROM pg_policies WHERE schemaname = :s"),
            {"s": SCHEMA},
        )
    }
    for table in PERSONAL_POLICIES:
        if (table, "zk_need_to_know") not in policies:
            problems.append(t("Het toegangsbeleid op tabel {table} ontbreekt.", table=table))
    for table, policy in (*MOVEIN_POLICIES.items(), *SHARE_POLICIES, *ROUTE_POLICIES):
        if (table, policy) not in policies:
            problems.append(t("Het toegangsbeleid op tabel {table} ontbreekt.", table=table))
    trigger = conn.execute(
        text(
            "SELECT t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relname = 'audit_log' AND t.tgname = :t"
        ),
        {"s": SCHEMA, "t": AUDIT_TRIGGER},
    ).scalar()
    if trigger is None or trigger == "D":
        problems.append(t("De beveiliging van het auditlog tegen wijzigen en wissen ontbreekt."))
    truncate_guard = conn.execute(
        text(
            "SELECT t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relname = 'audit_log' AND t.tgname = :t"
        ),
        {"s": SCHEMA, "t": "audit_log_no_truncate"},
    ).scalar()
    if truncate_guard is None or truncate_guard == "D":
        problems.append(t("De beveiliging van het auditlog tegen leegmaken ontbreekt."))
    noted = conn.execute(
        text(
            "SELECT t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relname = 'client' AND t.tgname = :t"
        ),
        {"s": SCHEMA, "t": "zk_note_new_client"},
    ).scalar()
    if noted != "A":
        problems.append(
            t("De aantekening van nieuw ingeschreven cliënten ontbreekt (tabel client).")
        )
    logging = set(
        conn.execute(
            text(
                "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = :s AND t.tgname LIKE 'zk_log_%' AND t.tgenabled = 'A'"
            ),
            {"s": SCHEMA},
        ).scalars()
    )
    for name in VISIBILITY_LOG_FUNCTIONS:
        if name not in logging:
            problems.append(
                t("De trigger {name}, die bijhoudt wie welke cliënten ziet, ontbreekt.", name=name)
            )
    if not conn.execute(text("SELECT zk_cache_key_ready()")).scalar():
        problems.append(t("De sleutel voor het bewaren van zichtbare dossiers ontbreekt."))
    readable = conn.execute(
        text(
            "SELECT r.rolname, t.name FROM pg_roles r "
            "CROSS JOIN (VALUES ('zk_cache_key'), ('zk_visibility_log')) AS t(name) "
            "WHERE r.rolname = ANY(:groups) "
            "AND has_table_privilege(r.oid, :s || '.' || t.name, 'SELECT,INSERT,UPDATE,DELETE')"
        ),
        {"groups": [roles.user, *roles.groups], "s": SCHEMA},
    ).all()
    for role_name, table in readable:
        problems.append(
            t(
                "Rol {role} heeft rechten op tabel {table}; dat hoort niet.",
                role=role_name,
                table=table,
            )
        )
    for function in FUNCTIONS:
        found = conn.execute(
            text("SELECT to_regprocedure(:f)"), {"f": f"{SCHEMA}.{function}"}
        ).scalar()
        if found is None:
            problems.append(t("De functie {name} ontbreekt.", name=function.split("(")[0]))
    writable = conn.execute(
        text(
            "SELECT r.rolname, p.privilege_type, t.name FROM pg_roles r "
            "CROSS JOIN (VALUES ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) "
            "  AS p(privilege_type) "
            "CROSS JOIN unnest(CAST(:tables AS text[])) AS t(name) "
            # Through to_regclass: strict, so a missing table is NULL, not an error.
            "WHERE r.rolname = ANY(:groups) "
            "AND has_table_privilege(r.oid, to_regclass(:s || '.' || t.name), p.privilege_type) "
            "ORDER BY t.name, r.rolname"
        ),
        {
            "groups": [roles.user, *roles.groups],
            "tables": ["audit_log", *MOVEIN_TABLES],
            "s": SCHEMA,
        },
    ).all()
    for role_name, privilege, table in writable:
        if table == "audit_log":
            problems.append(
                t(
                    "Rol {role} mag {privilege} op het auditlog; dat hoort niet.",
                    role=role_name,
                    privilege=privilege,
                )
            )
        else:
            problems.append(
                t(
                    "Rol {role} mag {privilege} op tabel {table}; dat hoort niet.",
                    role=role_name,
                    privilege=privilege,
                    table=table,
                )
            )
    for table in MOVEIN_TABLES:
        if conn.execute(text("SELECT to_regclass(:t)"), {"t": f"{SCHEMA}.{table}"}).scalar():
            continue
        problems.append(
            t(
                "De tabel {table} (verhuizingen van werkplekken) ontbreekt; "
                "voer 'zkijdesk team upgrade' uit.",
                table=table,
            )
        )
    unreadable = [t for t in MOVEIN_TABLES if t not in MOVEIN_POLICIES]
    readable_old = conn.execute(
        text(
            "SELECT r.rolname, t.name FROM pg_roles r "
            "CROSS JOIN unnest(CAST(:tables AS text[])) AS t(name) "
            "WHERE r.rolname = ANY(:groups) "
            "AND has_table_privilege(r.oid, to_regclass(:s || '.' || t.name), 'SELECT')"
        ),
        {"groups": [roles.user, *roles.groups], "tables": unreadable, "s": SCHEMA},
    ).all()
    for role_name, table in readable_old:
        problems.append(
            t(
                "Rol {role} heeft rechten op tabel {table}; dat hoort niet.",
                role=role_name,
                table=table,
            )
        )
    # Every member with what gets them past row-level security, in one round trip.
    risky = conn.execute(
        text(
            "SELECT m.rolname, string_agg(r.rolname, ', ' ORDER BY r.rolname) "
            "FROM (SELECT DISTINCT a.member FROM pg_auth_members a "
            "      JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = ANY(:groups)) p "
            "JOIN pg_roles m ON m.oid = p.member "
            "JOIN pg_roles r ON pg_has_role(m.oid, r.oid, 'MEMBER') "
            f"WHERE {ESCALATING} OR r.rolname = :owner "
            "GROUP BY m.rolname ORDER BY m.rolname"
        ),
        {"groups": list(roles.groups), "owner": roles.owner},
    ).all()
    for name, via in risky:
        problems.append(
            t(
                "Gebruiker {name} kan langs de rijbeveiliging (via {via}); haal hem uit "
                "het team of ontneem die rechten.",
                name=name,
                via=via,
            )
        )
    problems += _view_problems(conn, roles)
    problems += _schema_problems(conn, roles)
    return problems


def require_views(session: Connection | Session, schema: str) -> None:
    """Refuse to read through ``schema`` when one of its views is gone. Its name comes
    first on the search path, so a missing view would quietly be the table behind it,
    under row-level security: a team search or the month's figures narrowed to the
    person's own files without a word (during a ``team upgrade``, or after tampering)."""
    wanted = VIEW_SCHEMAS[schema]
    present = session.execute(
        text("SELECT count(*) FROM pg_views WHERE schemaname = :s AND viewname = ANY(:v)"),
        {"s": schema, "v": list(wanted)},
    ).scalar()
    if present != len(wanted):
        raise StoreError(
            t(
                "De teamdatabase mist weergaven in {schema}; vraag IT om "
                "'zkijdesk team upgrade' uit te voeren.",
                schema=schema,
            )
        )


def _view_problems(conn: Connection, roles: TeamRoles) -> list[Text]:
    """Views that are missing, or that a role outside their readers may read: the views
    read past row-level security, so who reads them is the whole of their protection."""
    problems: list[Text] = []
    for schema, tables in VIEW_SCHEMAS.items():
        present = set(
            conn.execute(
                text("SELECT viewname FROM pg_views WHERE schemaname = :s"), {"s": schema}
            ).scalars()
        )
        guarded = set(
            conn.execute(
                text(
                    "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = :s AND g.tgname = 'zk_read_only' "
                    "AND g.tgenabled IN ('O', 'A')"
                ),
                {"s": schema},
            ).scalars()
        )
        for table in tables:
            if table not in present:
                problems.append(
                    t("De weergave {schema}.{view} ontbreekt.", schema=schema, view=table)
                )
            elif table not in guarded:
                problems.append(
                    t(
                        "De weergave {schema}.{view} is niet meer alleen te lezen.",
                        schema=schema,
                        view=table,
                    )
                )
        # Superusers and the owner's members are reported above, as getting past it all;
        # the server's own roles (pg_read_all_data) are not, only a login given one.
        outsiders = conn.execute(
            text(
                # By the view's oid: naming it would need USAGE on its schema, which the
                # functional admin running check has on the figures views only.
                "SELECT DISTINCT r.rolname FROM pg_class v "
                "JOIN pg_namespace n ON n.oid = v.relnamespace CROSS JOIN "
                "(SELECT oid, rolname, rolsuper FROM pg_roles "
                " UNION ALL SELECT 0, 'public', false) r "
                "WHERE n.nspname = :s AND v.relkind = 'v' AND NOT r.rolsuper "
                "AND r.rolname NOT LIKE 'pg\\_%' "
                # By oid, not name: a role another team drops meanwhile is no error.
                "AND CASE WHEN r.oid = 0 "
                "  THEN has_table_privilege('public', v.oid, 'SELECT,INSERT,UPDATE,DELETE') "
                "  ELSE has_table_privilege(r.oid, v.oid, 'SELECT,INSERT,UPDATE,DELETE') END "
                # Roles are the server's, databases each team's: a login that cannot
                # connect here (another team's, a monitoring account's) reads nothing.
                "AND CASE WHEN r.oid = 0 "
                "  THEN has_database_privilege('public', current_database(), 'CONNECT') "
                "  ELSE has_database_privilege(r.oid, current_database(), 'CONNECT') END "
                "AND (r.oid = 0 OR NOT (pg_has_role(r.oid, :owner, 'MEMBER') "
                "  OR EXISTS (SELECT 1 FROM unnest(CAST(:readers AS text[])) g(name) "
                "             WHERE pg_has_role(r.oid, g.name, 'MEMBER')))) "
                "ORDER BY r.rolname"
            ),
            {
                "s": schema,
                "owner": roles.owner,
                "readers": [roles.group(r) for r in VIEW_READERS[schema]],
            },
        ).scalars()
        # And by the views' own grants: a login kept from a group's right by NOINHERIT
        # (so not counted above) can still SET ROLE to the group and read.
        granted = conn.execute(
            text(
                "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'public' "
                "  ELSE pg_get_userbyid(a.grantee) END FROM pg_class v "
                "JOIN pg_namespace n ON n.oid = v.relnamespace "
                "CROSS JOIN LATERAL aclexplode(v.relacl) a "
                "WHERE n.nspname = :s AND v.relkind = 'v' AND a.grantee <> v.relowner "
                "AND (a.grantee = 0 OR NOT (pg_has_role(a.grantee, :owner, 'MEMBER') "
                "  OR EXISTS (SELECT 1 FROM unnest(CAST(:readers AS text[])) g(name) "
                "             WHERE pg_has_role(a.grantee, g.name, 'MEMBER'))))"
            ),
            {
                "s": schema,
                "owner": roles.owner,
                "readers": [roles.group(r) for r in VIEW_READERS[schema]],
            },
        ).scalars()
        problems += [
            t(
                "Rol {role} mag bij de weergaven in {schema}; dat hoort niet.",
                role=name,
                schema=schema,
            )
            for name in sorted({*outsiders, *granted})
        ]
    return problems


#: The catalogues of what can be put in a schema and take part in a query: a function,
#: operator or type of someone else's in a schema on the search path runs, or is read,
#: as whoever's query finds it first.
_SCHEMA_OBJECTS = (
    "SELECT c.relnamespace, c.relname, c.relowner, c.relkind::text FROM pg_class c",
    "SELECT p.pronamespace, p.proname, p.proowner, 'f' FROM pg_proc p",
    "SELECT o.oprnamespace, o.oprname, o.oprowner, 'o' FROM pg_operator o",
    # A table's or view's own row type and its array type come with it.
    "SELECT y.typnamespace, y.typname, y.typowner, 't' FROM pg_type y WHERE y.typrelid = 0 "
    "AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.oid = y.typelem AND e.typrelid <> 0)",
    "SELECT l.collnamespace, l.collname, l.collowner, 'l' FROM pg_collation l",
)


def _schema_problems(conn: Connection, roles: TeamRoles) -> list[Text]:
    """Schemas of the team that someone else owns, holds objects in, or may create in.

    A search for candidates and the month's figures put a schema of views first on the
    search path (``Store.matching_pool``), and every session has the team's schema on
    it: a function or operator someone else put there would run as the coach or team
    lead whose query found it, reading what they may read. So the owner role owns the
    schemas and all that is in them, and nobody else may create there; in a schema of
    views only the views belong (and their row types)."""
    schemas = [SCHEMA, *VIEW_SCHEMAS]
    problems: list[Text] = []
    for schema, owner in conn.execute(
        text(
            "SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace "
            "WHERE nspname = ANY(:s) ORDER BY nspname"
        ),
        {"s": schemas},
    ).all():
        if owner != roles.owner:
            problems.append(
                t(
                    "Het schema {schema} is van {role}, niet van de teameigenaar {owner}.",
                    schema=schema,
                    role=owner,
                    owner=roles.owner,
                )
            )
    objects = " UNION ALL ".join(_SCHEMA_OBJECTS)
    # Someone else's objects: one line per owner and schema (a restore with another
    # owner would otherwise print every table, index and function).
    owned = conn.execute(
        text(
            f"SELECT n.nspname, pg_get_userbyid(o.owner), count(*) FROM ({objects}) "
            "o(ns, name, owner, kind) JOIN pg_namespace n ON n.oid = o.ns "
            "WHERE n.nspname = ANY(:s) AND pg_get_userbyid(o.owner) <> :owner "
            "GROUP BY 1, 2 ORDER BY 1, 2"
        ),
        {"s": schemas, "owner": roles.owner},
    ).all()
    problems += [
        t(
            "In het schema {schema} staan objecten van {role} ({n}), niet van de teameigenaar.",
            schema=schema,
            n=count,
            role=role,
        )
        for schema, role, count in owned
    ]
    # In a schema of views, whoever made it: only its own views belong there.
    foreign = conn.execute(
        text(
            f"SELECT n.nspname, o.name FROM ({objects}) o(ns, name, owner, kind) "
            "JOIN pg_namespace n ON n.oid = o.ns WHERE n.nspname = ANY(:views) "
            "AND pg_get_userbyid(o.owner) = :owner "
            "AND NOT (o.kind = 'v' AND n.nspname || '.' || o.name = ANY(:allowed)) "
            "ORDER BY 1, 2"
        ),
        {
            "views": list(VIEW_SCHEMAS),
            "owner": roles.owner,
            "allowed": [f"{schema}.{table}" for schema, ts in VIEW_SCHEMAS.items() for table in ts],
        },
    ).all()
    problems += [
        t(
            "In het schema {schema} staat {name}, dat zkijdesk er niet heeft gemaakt.",
            schema=schema,
            name=name,
        )
        for schema, name in foreign
    ]
    # By the schemas' own grants, not by who may use them now: a login kept from the
    # right by NOINHERIT can still SET ROLE to the group that holds it.
    creators = conn.execute(
        text(
            "SELECT n.nspname, CASE WHEN a.grantee = 0 THEN 'public' "
            "  ELSE pg_get_userbyid(a.grantee) END "
            "FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a "
            "WHERE n.nspname = ANY(:s) AND a.privilege_type = 'CREATE' "
            "AND a.grantee <> n.nspowner "
            # The owner's members are reported already, as getting past it all.
            "AND (a.grantee = 0 OR NOT pg_has_role(a.grantee, :owner, 'MEMBER')) "
            "ORDER BY 1, 2"
        ),
        {"s": schemas, "owner": roles.owner},
    ).all()
    problems += [
        t(
            "Rol {role} mag objecten maken in het schema {schema}; dat hoort niet.",
            role=role,
            schema=schema,
        )
        for schema, role in creators
    ]
    return problems


def members(conn: Connection, roles: TeamRoles) -> Iterable[tuple[str, str, bool]]:
    """(login, group, can log in) for every person in the team's groups."""
    return conn.execute(
        text(
            "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname = ANY(:groups) ORDER BY m.rolname"
        ),
        {"groups": list(roles.groups)},
    ).all()


@dataclass(frozen=True)
class TeamSession:
    """Who is connected to a team database: the team's prefix and the person's login.

    ``is_person`` is False for IT's maintenance login (a member of the owner role).
    """

    prefix: str
    login: str
    is_person: bool = True
    security_version: int = 0


def detect(conn: Connection) -> TeamSession | None:
    """The team session of ``conn``, in two round trips: every start waits for them."""
    has_prefix, has_version, shut_out = conn.execute(
        text(
            "SELECT to_regprocedure('zk_team_prefix()') IS NOT NULL, "
            "to_regprocedure('zk_security_version()') IS NOT NULL, "
            "CASE WHEN to_regnamespace(:schema) IS NULL THEN false "
            "ELSE NOT has_schema_privilege(:schema, 'USAGE') END"
        ),
        {"schema": SCHEMA},
    ).one()
    if shut_out:
        # A team's database that this login may connect to but is no member of (IT gave
        # it CONNECT by hand, or it was taken out of the team): the schema is there but
        # hidden from it, which read as "no zkijdesk store" and sent IT looking elsewhere.
        raise StoreError(
            "Uw login heeft geen toegang tot deze teamdatabase; vraag de beheerder u toe "
            "te voegen (zkijdesk team add-user)."
        )
    if not has_prefix:
        return None
    version = "zk_security_version()" if has_version else "0"
    prefix, login, maintains, number = conn.execute(
        text(
            "SELECT zk_team_prefix(), session_user, "
            "pg_has_role(session_user, zk_team_prefix() || :suffix, 'MEMBER'), "
            f"{version}"
        ),
        {"suffix": TeamRoles.OWNER_SUFFIX},
    ).one()
    return TeamSession(prefix, login, not maintains, number or 0)


#: How long a rewrite waits for older snapshots in the database to end (seconds).
SNAPSHOT_WAIT = 60.0

#: Every database of the server counts: a transaction running in another database holds
#: back what a rewrite in this one may drop (seen on PostgreSQL 15).
_OLDER_SNAPSHOTS = text(
    "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND ("
    "  (backend_xmin IS NOT NULL AND age(backend_xmin) > age(CAST(:now AS xid))) OR "
    "  (backend_xid IS NOT NULL AND age(backend_xid) > age(CAST(:now AS xid))))"
)


def rewrite_personal_tables(
    conn: Connection, *, wait: float | None = None, as_role: str | None = None
) -> bool:
    """``VACUUM (FULL)`` every table with personal data (on an autocommit connection), so
    erased rows leave the data files; then the pending requests are settled.

    A rewrite keeps every deleted row that an older snapshot might still read (another
    session's long query, an ``ANALYZE`` of autovacuum), so it first waits for those to
    end. Returns False when one outlived ``wait``: then the files may still hold erased
    rows and the requests stay pending for the next run. The wait reads other sessions in
    ``pg_stat_activity``, which needs the connected login's own rights (superuser or
    ``pg_read_all_stats``); the rewrite itself runs ``as_role`` (the tables' owner).
    """
    import time

    # A transaction id from after every erasure so far: older snapshots must end first.
    now = str(conn.execute(text("SELECT txid_current() % 4294967296")).scalar())
    deadline = time.monotonic() + (SNAPSHOT_WAIT if wait is None else wait)
    while conn.execute(_OLDER_SNAPSHOTS, {"now": now}).scalar():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    if as_role is not None:
        conn.exec_driver_sql(f"SET ROLE {quote_ident(as_role)}")
    try:
        for table in PERSONAL_POLICIES:
            conn.exec_driver_sql(f"VACUUM (FULL) {table}")
        if conn.execute(text("SELECT to_regclass('compaction_request')")).scalar():
            conn.execute(text("DELETE FROM compaction_request"))
    finally:
        if as_role is not None:
            conn.exec_driver_sql("RESET ROLE")
    return True


def pending_compactions(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM compaction_request")).scalar() or 0


def refuse_claimed_user(claimed: str | None) -> None:
    if claimed:
        raise StoreError(
            "--user kan niet bij een teamdatabase: u werkt als de gebruiker waarmee u inlogt."
        )
