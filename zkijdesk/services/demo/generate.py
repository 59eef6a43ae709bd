"""The demo's one entry point: the order of the parts, the refusal, and the finishing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update

from zkijdesk import models as m
from zkijdesk.domain.errors import StateError
from zkijdesk.services.demo import clients as _clients
from zkijdesk.services.demo import users, wsp
from zkijdesk.services.demo.clients import Progress
from zkijdesk.services.demo.state import Demo, DemoSummary
from zkijdesk.services.demo.writer import build_indexes
from zkijdesk.storage.store import Store

#: The tables the demo fills: loaded without their secondary indexes (``drop_indexes``).
BULK_TABLES = tuple(
    model.__table__
    for model in (
        m.User,
        m.Project,
        m.Employer,
        m.EmployerContact,
        m.EmployerContactLog,
        m.Vacancy,
        m.VacancySkill,
        *(model for _, model, _ in _clients.BATCH_TABLES),
        m.Candidacy,
    )
)


def generate_demo(
    store: Store,
    *,
    clients: int,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill a fresh store with synthetic data for the region; same arguments, same rows.

    Refuses a store that already holds clients: made-up files must never mix with real
    ones. Marks the store as a demo store. ``progress(done, total)`` is called with the
    number of clients written so far; raising from it (a cancelled task) rolls
    everything back.

    Memory does not grow with ``clients`` beyond a few bytes a client: rows are made
    and written a batch at a time. On SQLite the rows are committed without the
    tables' secondary indexes, which are then built in a transaction of their own
    (``writer.build_indexes``); should that fail, the error is raised and the store,
    which has its rows but not all its indexes, is to be thrown away, as
    ``store_setup.demo_store`` does with any failed demo.
    """
    if clients < 0:
        raise ValueError("clients must be zero or more")
    today = today or date.today()
    with store.session() as session:
        if session.scalar(select(func.count()).select_from(m.Client)):
            raise StateError(
                "Demogegevens kunnen alleen in een lege opslag worden gemaakt; "
                "deze opslag bevat al cliënten."
            )
        # The order is part of the seed's promise: each part draws from the same stream.
        g = Demo(session, clients=clients, seed=seed, today=today)
        indexes = g.writer.drop_indexes(BULK_TABLES)
        users.write_users(g)
        users.write_projects(g)
        wsp.write_employers(g)
        wsp.write_vacancies(g)
        _clients.write_clients(g, progress)
        wsp.write_candidacies(g)
        session.execute(update(m.StoreInfo).values(is_demo=True))
        if session.get_bind().dialect.name == "postgresql":
            g.writer.fix_sequences()
    build_indexes(store.engine, indexes)
    if not store.is_sqlite:
        # Autovacuum may not have run (or be off): without statistics the planner walks
        # every route for the figures (48.8 s against 0.2 s at 300,000 clients), and
        # without a visibility map an index-only scan reads the heap all the same
        # (matching's skill holders: 109 ms against 25 ms).
        # The store's own tables only: a bare VACUUM would visit the whole database.
        store.refresh_statistics(m.Base.metadata.tables)
    return g.summary()
