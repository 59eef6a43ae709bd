"""``zkijdesk import`` with a team's messy sheet, on an encrypted SQLite store and on a
PostgreSQL team database: what landed is read back field by field, a dry run leaves
the store as it was, and undo brings it back to the same counts with ``check`` passing.

The CLI runs as a real process, as the admin moving a team runs it; the store is read
back with SQLAlchemy, not through the program's own services, so a wrong value cannot
be hidden by the same code reading it back the way it wrote it.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_run import PASS, run_cli
from landed import person_fields
from sheets import HEADER, person, write_xlsx
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from zkijdesk import models as m

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)

PG_ENV = "ZKIJDESK_TEST_DATABASE_URL"
EXCEL_EPOCH = date(1899, 12, 30)
LEAD_NAME, ANNA_NAME = "Lotte Leider", "Anna de Coach"
STEPS = ["Opleiding", "Aanbieder", "Resultaat", "Werkgever", "Datum plaatsing", "Uren", "Contract"]
EMPLOYER_HEADER = ["Werkgever", "KvK", "Sector", "Vestigingsplaats", "Functie", "Uren"]

#: Every table an import writes to or an undo takes from.
COUNTED = (
    m.Client,
    m.ClientTargetGroup,
    m.ClientShare,
    m.Route,
    m.Training,
    m.Placement,
    m.PlacementFollowUp,
    m.Activity,
    m.Task,
    m.Employer,
    m.Vacancy,
)


@dataclass
class Backend:
    """How the team lead, and the admin for ``check``, reach one store, and how the test
    reads it back with every row visible (row-level security bypassed on PostgreSQL)."""

    lead: tuple[str, ...]
    admin: tuple[str, ...]
    session: contextlib.AbstractContextManager
    anna_username: str

    def cli(self, *args: str) -> subprocess.CompletedProcess:
        return run_cli(*self.lead, *args)


@contextlib.contextmanager
def sqlite_backend(tmp_path: Path):
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store

    path = tmp_path / "team.db"
    made = run_cli("--store", str(path), "init", "--user", "beheer", "--role", "admin")
    assert made.returncode == 0, made.stderr
    store = open_store(StoreLocation(path=path), key=StoreKey(KeyKind.PASSPHRASE, PASS, "test"))
    try:
        admin = actor_for(store, "beheer")
        create_user(store, "lotte", LEAD_NAME, "teamlead", actor=admin)
        create_user(store, "anna", ANNA_NAME, "coach", actor=admin)
    finally:
        store.close()

    @contextlib.contextmanager
    def session():
        opened = open_store(
            StoreLocation(path=path), key=StoreKey(KeyKind.PASSPHRASE, PASS, "test")
        )
        try:
            with opened.read_session() as s:
                yield s
        finally:
            opened.close()

    yield Backend(
        lead=("--store", str(path), "--user", "lotte"),
        admin=("--store", str(path), "--user", "beheer"),
        session=session,
        anna_username="anna",
    )


@contextlib.contextmanager
def postgres_backend(tmp_path: Path):
    from sqlalchemy.engine import make_url

    from zkijdesk.storage import team_admin
    from zkijdesk.storage.team import SCHEMA

    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped on this machine")
    with team_admin.scratch_team_database(server, uuid.uuid4().hex[:8]) as (url, prefix, _):
        admin, lead, anna = f"{prefix}_beheer", f"{prefix}_lotte", f"{prefix}_anna"
        team_admin.init_team(url, prefix, admin, "Beheerder", None)
        team_admin.add_user(url, lead, LEAD_NAME, "teamlead", None)
        team_admin.add_user(url, anna, ANNA_NAME, "coach", None)

        def login(name: str) -> str:
            return make_url(url).set(username=name, password=None).render_as_string(False)

        engine = create_engine(url, connect_args={"options": f"-csearch_path={SCHEMA}"})

        @contextlib.contextmanager
        def session():
            with Session(engine) as s:
                yield s

        try:
            yield Backend(
                lead=("--database-url", login(lead)),
                admin=("--database-url", login(admin)),
                session=session,
                anna_username=anna,
            )
        finally:
            engine.dispose()


def counts(backend: Backend) -> dict[str, int]:
    with backend.session() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (*COUNTED, m.ImportBatch)
        }


def messy_rows(anna_username: str) -> list[dict]:
    """One row per quirk a real caseload sheet has; row numbers as Excel shows them:
    the merged title is row 1, an empty row 2, the header row 3."""
    return [
        # row 4: real dates, a BSN typed as a number (its leading zero gone), a mobile
        # number typed as a number (its 0 gone), a postcode in lower case without space
        person(
            1,
            Voornaam="Fatima",
            Achternaam="Bakker",
            **{
                "Geb.datum": date(1988, 4, 12),
                "BSN": 12345672,
                "Tel": 612345678,
                "E-mail": "f.bakker@example.nl",
                "Postcode": "2011ab",
                "Woonplaats gemeente": "Haarlem",
                "Sector": "Zorg",
                "Intakedatum": date(2025, 9, 1),
                "Coach": ANNA_NAME,
                "Opleiding": "Helpende Zorg & Welzijn",
                "Aanbieder": "Nova College",
                "Resultaat": "lopend",
            },
        ),
        # row 5: dates as dd-mm-jjjj, ISO and d-m-jj text; a closed route with a placement
        person(
            2,
            Voornaam="Pieter",
            Achternaam="Meer",
            **{
                "Tussenv.": "van der",
                "Geb.datum": "03-11-1969",
                "BSN": "023456784",
                "Tel": "023-5112345",
                "Postcode": "2011 AB",
                "Woonplaats gemeente": "0392",
                "Sector": "ICT",
                "Uitkering": "bijstand",
                "Intakedatum": "2025-03-17",
                "Afsluitdatum": "29-8-25",
                "Reden uitstroom": "betaald werk",
                "Werkgever": "Tata Steel",
                "Datum plaatsing": "1-9-2025",
                "Uren": 32,
                "Contract": "vast",
                "_empty_after": True,
            },
        ),
        # row 7 (row 6 is empty): Excel serial numbers, a mobile number in international
        # notation, a municipality's CBS code as a number
        person(
            3,
            Voornaam="Emre",
            Achternaam="Yilmaz",
            **{
                "Geb.datum": 30000,
                "BSN": "111222333",
                "Tel": "+31 6 1234 5679",
                "E-mail": "EMRE.Yilmaz@Example.NL",
                "Woonplaats gemeente": 453,
                "Sector": "Techniek",
                "Intakedatum": 45915,
                "Coach": anna_username,
            },
        ),
        # row 8: fails the eleven-test: refused whole, nothing of it lands
        person(
            4,
            Voornaam="Kees",
            Achternaam="Geweigerd",
            **{"Geb.datum": "1990-12-31", "BSN": "123456789", "Tel": "06-12345678"},
        ),
        # row 9: a two-digit year and a landline in brackets
        person(
            5,
            Voornaam="Sanne",
            Achternaam="Vries",
            **{
                "Tussenv.": "de",
                "Geb.datum": "5-6-82",
                "Tel": "(0251) 12 34 56",
                "Postcode": "1971 aa",
                "Woonplaats gemeente": "GM0453",
                "Intakedatum": "1-10-2025",
            },
        ),
    ]


def employer_rows() -> list[dict]:
    return [
        {
            "Werkgever": "Zorgbalans",
            "KvK": "1234 5678",
            "Sector": "Zorg",
            "Vestigingsplaats": "Haarlem",
            "Functie": "Verzorgende IG",
            "Uren": 24,
        },
        {"Werkgever": "Zorgbalans", "KvK": "12345678", "Functie": "Helpende", "Uren": "32"},
    ]


def client_fields(s: Session, last_name: str) -> dict:
    client = s.scalar(select(m.Client).where(m.Client.last_name == last_name))
    assert client is not None, last_name
    route = s.scalar(select(m.Route).where(m.Route.client_id == client.id))
    return {
        **person_fields(s, client, route),
        "coach": s.get(m.User, route.coach_id).display_name,
    }


def _move_in(backend: Backend, tmp_path: Path) -> None:
    sheet = write_xlsx(
        tmp_path / "caseload.xlsx", messy_rows(backend.anna_username), header=[*HEADER, *STEPS]
    )
    employers = write_xlsx(
        tmp_path / "werkgevers.xlsx", employer_rows(), header=EMPLOYER_HEADER, title=None
    )
    before = counts(backend)

    dry = backend.cli("import", str(sheet), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "kopregel op regel 3, 5 regels" in dry.stdout
    assert "regel 1 overgeslagen (titel)" in dry.stdout
    assert "regel 10 overgeslagen (totaal)" in dry.stdout
    assert "Regel 8: geweigerd. BSN voldoet niet aan de elfproef." in dry.stdout
    assert "Proefimport, niets opgeslagen: 4 nieuw, 0 aangevuld, 0 overgeslagen, 1 geweigerd." in (
        dry.stdout
    )
    assert counts(backend) == before
    assert not (tmp_path / "caseload-importverslag.xlsx").exists()

    real = backend.cli("import", str(sheet))
    assert real.returncode == 0, real.stderr
    assert (
        "Import 1 opgeslagen: 4 nieuw, 0 aangevuld, 0 overgeslagen, 1 geweigerd; 4 cliënten, "
        "4 routes, 1 scholingen, 1 plaatsingen, 0 contacten, 1 nieuwe werkgevers."
    ) in real.stdout
    assert (tmp_path / "caseload-importverslag.xlsx").is_file()
    hired = backend.cli("import", str(employers))
    assert hired.returncode == 0, hired.stderr
    assert "2 vacatures bij hun werkgevers" in hired.stdout

    with backend.session() as s:
        assert client_fields(s, "Bakker") == {
            "name": ("Fatima", None, "Bakker"),
            "bsn": "012345672",
            "birth_date": date(1988, 4, 12),
            "postcode": "2011 AB",
            "phone": "+31612345678",
            "email": "f.bakker@example.nl",
            "municipality": "Haarlem",
            "sector": "ZW",
            "status": "werkzoekend_ww",
            "intake": date(2025, 9, 1),
            "closed": (None, None),
            "coach": ANNA_NAME,
        }
        assert client_fields(s, "Meer") == {
            "name": ("Pieter", "van der", "Meer"),
            "bsn": "023456784",
            "birth_date": date(1969, 11, 3),
            "postcode": "2011 AB",
            "phone": "+31235112345",
            "email": None,
            "municipality": "Haarlem",
            "sector": "TECH_ICT",
            "status": "werkzoekend_bijstand",
            "intake": date(2025, 3, 17),
            "closed": (date(2025, 8, 29), "werk"),
            "coach": LEAD_NAME,
        }
        assert client_fields(s, "Yilmaz") == {
            "name": ("Emre", None, "Yilmaz"),
            "bsn": "111222333",
            "birth_date": EXCEL_EPOCH + timedelta(days=30000),
            "postcode": None,
            "phone": "+31612345679",
            "email": "EMRE.Yilmaz@example.nl",  # the domain is case-free, the mailbox not
            "municipality": "Velsen",
            "sector": "TECH",
            "status": "werkzoekend_ww",
            "intake": EXCEL_EPOCH + timedelta(days=45915),
            "closed": (None, None),
            "coach": ANNA_NAME,
        }
        assert client_fields(s, "Vries") == {
            "name": ("Sanne", "de", "Vries"),
            "bsn": None,
            "birth_date": date(1982, 6, 5),
            "postcode": "1971 AA",
            "phone": "+31251123456",
            "email": None,
            "municipality": "Velsen",
            "sector": "ZW",
            "status": "werkzoekend_ww",
            "intake": date(2025, 10, 1),
            "closed": (None, None),
            "coach": LEAD_NAME,
        }
        assert s.scalar(select(m.Client).where(m.Client.last_name == "Geweigerd")) is None
        training = s.scalar(select(m.Training))
        route = s.get(m.Route, training.route_id)
        assert s.get(m.Client, route.client_id).last_name == "Bakker"
        assert (training.title, training.provider, training.result.value) == (
            "Helpende Zorg & Welzijn",
            "Nova College",
            "lopend",
        )
        placement = s.scalar(select(m.Placement))
        route = s.get(m.Route, placement.route_id)
        assert s.get(m.Client, route.client_id).last_name == "Meer"
        assert placement.start_date == date(2025, 9, 1)
        assert placement.hours_per_week == 32
        assert placement.contract_type.value == "vast"
        assert s.get(m.Employer, placement.employer_id).name == "Tata Steel"
        zorg = s.scalar(select(m.Employer).where(m.Employer.name == "Zorgbalans"))
        assert zorg.kvk_number == "12345678"
        assert s.get(m.Sector, zorg.sector_id).code == "ZW"
        assert s.get(m.Municipality, zorg.municipality_id).name == "Haarlem"
        jobs = s.execute(
            select(m.Vacancy.occupation, m.Vacancy.hours_per_week)
            .where(m.Vacancy.employer_id == zorg.id)
            .order_by(m.Vacancy.occupation)
        ).all()
        assert [tuple(j) for j in jobs] == [("Helpende", 32), ("Verzorgende IG", 24)]
        batches = s.execute(
            select(
                m.ImportBatch.id, m.ImportBatch.rows_imported, m.ImportBatch.rows_refused
            ).order_by(m.ImportBatch.id)
        ).all()
        assert [tuple(b) for b in batches] == [(1, 4, 1), (2, 2, 0)]
        imported = s.scalars(select(m.Client.import_batch_id)).all()
        assert imported == [1, 1, 1, 1]

    checked = run_cli(*backend.admin, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    for batch in ("2", "1"):
        undo = backend.cli("import-undo", batch)
        assert undo.returncode == 0, undo.stderr
    after = counts(backend)
    assert after.pop("import_batch") == 2  # a batch is kept, marked undone, for the audit
    before.pop("import_batch")
    assert after == before
    checked = run_cli(*backend.admin, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_messy_sheet_through_the_cli_on_sqlite(tmp_path):
    with sqlite_backend(tmp_path) as backend:
        _move_in(backend, tmp_path)


@pytest.mark.postgres
def test_a_messy_sheet_through_the_cli_on_a_postgresql_team_database(tmp_path):
    with postgres_backend(tmp_path) as backend:
        _move_in(backend, tmp_path)
