"""SQLite's structure checks of an encrypted store or backup: the full one, or a linear proof.

``PRAGMA integrity_check`` looks every index entry up in its table and every row up in
each of its indexes; those look-ups make it grow faster than the store (1.9 s at 30,000
clients, 23 s at 300,000). It runs where it matters: ``check --volledig``, after a
restore, ``backup --volledig`` and the first automatic backup of each week.

Everywhere else the proof is linear and still reads every page once:

- ``PRAGMA cipher_integrity_check``: every page's HMAC, so a flipped bit, a torn or
  foreign page anywhere in the file is found;
- ``PRAGMA quick_check``: the b-tree structure of every table and index, every record's
  format, NOT NULL and CHECK constraints, and (in the SQLite that sqlcipher3 bundles,
  3.53) that every index holds as many entries as its table has rows. An index that
  lost or gained entries, the usual way an index goes wrong, fails here
  (tests/storage/test_integrity.py); an entry with wrong contents but the right count
  is left to the full check.

The full check of a store also runs ``PRAGMA foreign_key_check`` (``store.check_store``),
which looks every child row's parent up and so grows faster than the store as well.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from zkijdesk.domain.text import Text, t

if TYPE_CHECKING:
    from sqlalchemy import Engine

Run = Callable[[str], list[tuple[object, ...]]]
"""Runs one statement and returns its rows."""


def engine_run(engine: Engine) -> Run:
    """``Run`` on a connection of ``engine`` of its own for each statement."""

    def run(sql: str) -> list[tuple[object, ...]]:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]

    return run


def structure_problems(
    run: Run, *, thorough: bool, errors: tuple[type[BaseException], ...] = ()
) -> list[Text]:
    """Both checks run even if the first found damage, so the report is complete.

    ``run`` executes one statement and returns its rows. A statement that raises one of
    ``errors`` (the damaged file cannot answer it) is reported and the next one runs;
    anything else reaches the caller.
    """
    problems: list[Text] = []

    def answer(sql: str) -> list[tuple[object, ...]] | None:
        try:
            return run(sql)
        except errors:
            problems.append(
                t("De opslag is beschadigd; '{sql}' kon niet worden uitgevoerd.", sql=sql)
            )
            return None

    pragma = "integrity_check" if thorough else "quick_check"
    rows = answer(f"PRAGMA {pragma}")
    if rows is not None and rows != [("ok",)]:
        problems.append(t("Integriteitscontrole meldt {n} fout(en).", n=len(rows)))
    pages = answer("PRAGMA cipher_integrity_check")
    if pages:
        problems.append(t("Versleutelingscontrole meldt {n} beschadigde pagina('s).", n=len(pages)))
    return problems
