"""The demo's bulk writer: rows as dicts in, one executemany per table and batch out."""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Dialect, Table, insert, text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from zkijdesk import models as m

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

    def write(self, table: Table, rows: list[dict]) -> None:
        """Insert rows that all have the same keys, in one executemany.

        On SQLite the Core statement is compiled once and the rows go to the driver as
        tuples, skipping SQLAlchemy's per-row parameter assembly and type processing,
        which cost more than SQLite's own work. Dates and timestamps are written in
        exactly the text form SQLAlchemy would write (checked in ``sqlite_converters``).
        Elsewhere the plain Core executemany is used.
        """
        if not rows:
            return
        if self.converters is None:
            self.session.execute(insert(table), rows)
            return
        compiled = insert(table).compile(dialect=self.dialect, column_keys=list(rows[0]))
        order = list(compiled.positiontup or ())
        # Columns this generator does not know (added by a later migration) come in with
        # their Python-side default; only plain values can be filled in here.
        fill = {}
        for key in order:
            if key not in rows[0]:
                default = table.c[key].default
                if default is None or not default.is_scalar:
                    self.session.execute(insert(table), rows)
                    return
                fill[key] = default.arg
        if fill:
            for row in rows:
                row.update(fill)
        getter = operator.itemgetter(*order)
        converts = []
        for index, key in enumerate(order):
            converter = self._converter(table.c[key].type)
            if converter is not None:
                converts.append((index, converter))
        if converts:
            params = []
            for row in rows:
                values = list(getter(row))
                for index, converter in converts:
                    value = values[index]
                    if value is not None:
                        values[index] = converter(value)
                params.append(tuple(values))
        else:
            params = [getter(row) for row in rows]
        self.session.connection().exec_driver_sql(compiled.string, params)

    def _converter(self, column_type: Any) -> Callable[[Any], Any] | None:
        """What turns a Python value into the driver value for a column on the fast path."""
        assert self.converters is not None
        for kind, converter in self.converters:
            if isinstance(column_type, kind):
                return converter
        return column_type.dialect_impl(self.dialect).bind_processor(self.dialect)

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
