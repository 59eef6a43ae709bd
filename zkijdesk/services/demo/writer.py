"""The demo's bulk writer: rows as dicts in, one executemany per table and batch out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Boolean, Date, DateTime, Dialect, Engine, Table, insert, text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault
from sqlalchemy.types import TypeEngine

from zkijdesk import models as m
from zkijdesk.storage.engine import driver_connection

#: Tables whose integer ids are assigned by the demo rather than by the database.
ID_TABLES = (
    m.User,
    m.Project,
    m.Employer,
    m.Vacancy,
    m.Client,
    m.ClientSkill,
    m.Route,
    m.Guidance,
    m.Training,
    m.Placement,
    m.PlacementFollowUp,
    m.Activity,
    m.Task,
    m.EmployerContact,
    m.EmployerContactLog,
    m.Candidacy,
)


def sqlite_datetime(value: datetime) -> str:
    text = value.isoformat(" ")
    return text if value.microsecond else text + ".000000"


def sqlite_converters(dialect: Dialect) -> list[tuple[type, Callable[[Any], Any] | None]] | None:
    """Fast converters for the driver-level insert on SQLite, or None to use plain Core.

    Strings of enums are already their stored codes and sqlite3 stores booleans as 0/1,
    so those need nothing. Dates and timestamps are formatted with ``isoformat``, but
    only if that gives exactly what SQLAlchemy's own bind processors give; otherwise
    (a future SQLAlchemy storing another format) the Core path is used.
    """
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        return None
    samples = (datetime(2024, 2, 29, 13, 5), datetime(1999, 12, 31, 8, 0, 0, 120))
    stamp = DateTime().dialect_impl(dialect).bind_processor(dialect)
    day = Date().dialect_impl(dialect).bind_processor(dialect)
    flag = Boolean().dialect_impl(dialect).bind_processor(dialect)
    if stamp is None or day is None:
        return None
    for sample in samples:
        if stamp(sample) != sqlite_datetime(sample):
            return None
        if day(sample.date()) != sample.date().isoformat():
            return None
    if flag is not None and (flag(True), flag(False)) != (1, 0):
        return None
    return [
        (DateTime, sqlite_datetime),
        (Date, date.isoformat),
        (Boolean, None),
        (SAEnum, None),
    ]


class BulkWriter:
    """Inserts lists of row dicts into one session's transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.converters = sqlite_converters(self.dialect)
        self._plans: dict[tuple[str, tuple[str, ...]], Any] = {}
        self._copy_tables: set[str] = set()
        if self.dialect.name == "postgresql":
            # COPY FROM refuses a table under row-level security (a team database).
            self._copy_tables = set(
                session.scalars(
                    text(
                        "SELECT relname FROM pg_class WHERE relkind = 'r' "
                        "AND relnamespace = current_schema()::regnamespace "
                        "AND NOT relrowsecurity"
                    )
                )
            )

    def write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows that all have the same keys, in one executemany.

        On SQLite the Core statement is compiled once per table and the rows go to the
        driver as tuples, skipping SQLAlchemy's per-row parameter assembly and type
        processing, which cost more than SQLite's own work. Dates and timestamps are
        written in exactly the text form SQLAlchemy would write (checked in
        ``sqlite_converters``). Elsewhere the plain Core executemany is used.
        """
        if not rows:
            return
        if table.name in self._copy_tables and self._copy(table, rows):
            return
        plan = None
        if self.converters is not None:
            keys = tuple(rows[0])
            if (table.name, keys) not in self._plans:
                self._plans[table.name, keys] = self._plan(table, keys)
            plan = self._plans[table.name, keys]
        if plan is None:
            self.session.execute(insert(table), rows)
            return
        sql, to_params = plan
        self.session.connection().exec_driver_sql(sql, to_params(rows))

    def _copy(self, table: Table, rows: list[dict[str, Any]]) -> bool:
        """On PostgreSQL, send the rows with ``COPY ... FROM STDIN``; False if this table
        needs SQLAlchemy's own handling (a column default that is not a plain value).

        An executemany, even pipelined, is a statement per row: 30,000 clients took 44 s,
        most of it psycopg's per-statement work. COPY streams the batch as one command.
        Values go as they are (psycopg adapts dates, timestamps, booleans and None; enum
        columns get their codes), and a column the rows lack gets its Python-side
        default, as Core's insert gives it, so the rows are the same.
        """
        keys = list(rows[0])
        fill = {}
        for column in table.c:
            if column.key in rows[0] or column.default is None:
                continue
            if not column.default.is_scalar:
                return False
            fill[column.key] = cast(ScalarElementColumnDefault, column.default).arg
        columns = keys + list(fill)
        names = ", ".join(f'"{table.c[key].name}"' for key in columns)
        raw = driver_connection(self.session.connection())
        assert raw is not None
        extra = tuple(fill.values())
        with raw.cursor().copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(tuple(row[key] for key in keys) + extra)
        return True

    def _plan(
        self, table: Table, keys: tuple[str, ...]
    ) -> tuple[str, Callable[[list[dict[str, Any]]], list[tuple[Any, ...]]]] | None:
        """The driver's SQL for rows with these keys, and what turns rows into its tuples.

        The function is generated for the table, one tuple expression per row with each
        column's converter inline (``None`` stays ``None``): one Python frame per row
        instead of a loop over its columns. None: use plain Core for this table.
        """
        compiled = insert(table).compile(dialect=self.dialect, column_keys=list(keys))
        namespace: dict[str, Any] = {}
        parts = []
        for index, key in enumerate(compiled.positiontup or ()):
            if key not in keys:
                # A column this generator does not know (added by a later migration)
                # gets its Python-side default; only a plain value can be filled in here.
                default = table.c[key].default
                if default is None or not default.is_scalar:
                    return None
                namespace[f"d{index}"] = cast(ScalarElementColumnDefault, default).arg
                parts.append(f"d{index}")
                continue
            converter = self._converter(table.c[key].type)
            if converter is None:
                parts.append(f"r[{key!r}]")
            else:
                namespace[f"c{index}"] = converter
                parts.append(f"(None if (v := r[{key!r}]) is None else c{index}(v))")
        source = f"lambda rows: [({', '.join(parts)},) for r in rows]"
        # Only the table's own column names go into the source.
        return compiled.string, eval(source, namespace)  # noqa: S307

    def _converter(self, column_type: TypeEngine[Any]) -> Callable[[Any], Any] | None:
        """What turns a Python value into the driver value for a column on the fast path."""
        assert self.converters is not None
        for kind, converter in self.converters:
            if isinstance(column_type, kind):
                return converter
        return column_type.dialect_impl(self.dialect).bind_processor(self.dialect)

    def drop_indexes(self, tables: Sequence[Table]) -> list[str]:
        """Drop these tables' secondary indexes for the load; returns the SQL that makes them.

        Most of the demo's indexes are keyed on something random (a name, a date, a
        coach), so each insert lands on a random page of a B-tree that soon outgrows
        SQLite's page cache: every row then costs page reads and decryption, and the
        time per row grows with the store (at 300,000 clients the driver took 21 times
        as long as at 30,000). Building an index once from sorted rows costs n log n
        with sequential writes (``build_indexes``). SQLite only (elsewhere nothing is
        dropped); the indexes' own stored SQL makes them again exactly as they were, and
        a load that fails rolls the drop back with everything else.
        """
        if self.dialect.name != "sqlite":
            return []
        conn = self.session.connection()
        names = [t.name for t in tables]
        marks = ", ".join("?" for _ in names)
        indexes = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            tuple(names),
        ).all()
        for name, _ in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        return [sql for _, sql in indexes]

    def fix_sequences(self) -> None:
        """On PostgreSQL, move each id sequence past the ids written here explicitly.

        Otherwise the next row a service adds would get an id the demo already used.
        """
        for model in ID_TABLES:
            name = model.__tablename__
            self.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
                )
            )


def build_indexes(engine: Engine, statements: Sequence[str]) -> None:
    """Make the indexes ``drop_indexes`` dropped, in one transaction of their own.

    The sort behind each index spills to a temporary file rather than to memory (the
    store's connections keep temporary data in memory, which SQLite lets change only
    outside a transaction), so memory stays flat however large the store; the demo's
    rows are made up, so nothing personal reaches that file.
    """
    if not statements:
        return
    with engine.connect() as conn:
        raw = driver_connection(conn)
        assert raw is not None
        (temp_store,) = raw.execute("PRAGMA temp_store").fetchone()
        raw.execute("PRAGMA temp_store = FILE")
        try:
            raw.execute("BEGIN IMMEDIATE")
            try:
                for sql in statements:
                    raw.execute(sql)
            except BaseException:
                raw.execute("ROLLBACK")
                raise
            raw.execute("COMMIT")
        finally:
            raw.execute(f"PRAGMA temp_store = {int(temp_store)}")
