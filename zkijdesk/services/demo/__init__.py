"""Synthetic demo data: a whole region's caseload, made up but shaped like the real thing.

``generate_demo`` fills a freshly created store with users, projects of the
uitvoeringsplan, employers with vacancies, and clients with five years of routes
(guidance, trainings, placements with their follow-ups, contacts and tasks), all
dated before the pinned ``today`` except what is planned. The same seed, client count
and ``today`` always give the same rows, so a demo, a benchmark or a screenshot can be
reproduced exactly.

The parts, by aggregate, each a set of functions over one run's state (``state.Demo``):

- ``generate``: the entry point; the order of the parts (which the seed depends on)
- ``users``: the app's users (coaches, team leads, admin) and the projects
- ``wsp``: employers, their contact persons and log, vacancies, proposals
- ``clients``: clients in batches, their skills, target groups and hours wishes
- ``routes``: a route with its guidance, contacts and open tasks
- ``steps``: trainings, placements and their follow-ups
- ``reference``, ``names``, ``draw``: the store's reference data, Faker's name pools,
  cheap deterministic draws
- ``data``: weights, names and phrases, read from ``zkijdesk/resources/demo/*.json``
  (edited in ``resources/demo/``)
- ``writer``: the bulk writer (Core executemany; on SQLite straight to the driver)

Speed matters because demos and benchmarks ask for tens of thousands of clients: rows
are built as plain dicts with precomputed pools of names (Faker is slow per call) and
written with SQLAlchemy Core executemany in one transaction, with primary keys assigned
here instead of by the ORM's unit of work.
"""

from zkijdesk.services.demo.generate import generate_demo
from zkijdesk.services.demo.state import DemoSummary

__all__ = ["DemoSummary", "generate_demo"]
