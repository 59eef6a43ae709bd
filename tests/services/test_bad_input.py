"""Random, huge and hostile input at every service entry point.

Each call ends in success or a typed ZkijdeskError with a Dutch sentence; it never
crashes, and a refused call leaves every table as it was.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput, TrainingInput

TABLES = (
    "client",
    "route",
    "training",
    "placement",
    "placement_follow_up",
    "guidance",
    "activity",
    "task",
    "employer",
    "vacancy",
    "vacancy_skill",
    "client_target_group",
    "focus_target_group",
    "project",
)

nasty_text = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=20),
    st.sampled_from(
        [
            "",
            " ",
            "\u202e",
            "\x00",
            "\r\n",
            "=1+1",
            "0" * 9,
            "a" * 5000,
            "'; DROP TABLE client; --",
            "😀",
            "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        ]
    ),
    st.text(min_size=300, max_size=3000),
)
nasty_date = st.one_of(
    st.none(),
    st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)),
    st.text(max_size=12),
    st.sampled_from(["31-02-2024", "2024-13-01", "00-00-0000", "1-1-1", "9999-99-99"]),
)
nasty_int = st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**63), st.booleans())

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def counts(store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}


def attempt(store, call) -> None:
    before = counts(store)
    try:
        call()
    except ZkijdeskError as exc:
        assert exc.message and exc.message[0].isupper() and exc.message.endswith((".", ")"))
        assert counts(store) == before
        return


@pytest.fixture
def base(people):
    ctx = people.anna
    result = ctx.clients.intake(
        ClientInput(
            first_name="Vast",
            last_name="Punt",
            birth_date=date(1980, 1, 1),
            intake_status="werkend",
        ),
        RouteInput(intake_date=date(2026, 1, 5)),
    )
    return ctx, people, result.client.id, result.route.id


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
@SETTINGS
@given(
    first=nasty_text,
    last=nasty_text,
    prefix=nasty_text,
    bsn=nasty_text,
    email=nasty_text,
    phone=nasty_text,
    postcode=nasty_text,
    birth=nasty_date,
    status=nasty_text,
    note=nasty_text,
    municipality=nasty_int,
    intake_day=nasty_date,
)
def test_intake_and_update(
    base,
    store,
    first,
    last,
    prefix,
    bsn,
    email,
    phone,
    postcode,
    birth,
    status,
    note,
    municipality,
    intake_day,
):
    ctx, _, client_id, _ = base
    data = ClientInput(
        first_name=first,
        last_name=last,
        name_prefix=prefix,
        bsn=bsn,
        email=email,
        phone=phone,
        postcode=postcode,
        birth_date=birth,
        intake_status=status,
        consent_note=note,
        municipality_id=municipality,
    )
    attempt(
        store,
        lambda: ctx.clients.intake(data, RouteInput(intake_date=intake_day), allow_same_name=True),
    )
    attempt(store, lambda: ctx.clients.update(client_id, data))


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
@SETTINGS
@given(
    kind=nasty_text,
    day=nasty_date,
    minutes=nasty_int,
    note=nasty_text,
    title=nasty_text,
    provider=nasty_text,
    start=nasty_date,
    end=nasty_date,
    result=nasty_text,
    hours=nasty_int,
    contract=nasty_text,
)
def test_route_steps_contacts_and_tasks(
    base, store, kind, day, minutes, note, title, provider, start, end, result, hours, contract
):
    ctx, _, client_id, route_id = base
    attempt(store, lambda: ctx.activities.record_contact(client_id, kind, day, minutes, note))
    attempt(store, lambda: ctx.activities.add_task(title, day, client_id=client_id, note=note))
    attempt(store, lambda: ctx.routes.add_guidance(route_id, kind, start, end, note))
    attempt(
        store,
        lambda: ctx.routes.add_training(
            route_id,
            TrainingInput(
                title=title,
                provider=provider,
                kind=kind,
                actual_start=start,
                actual_end=end,
                result=result,
                credential=note,
            ),
        ),
    )
    attempt(
        store,
        lambda: ctx.routes.add_placement(
            route_id,
            PlacementInput(
                start_date=start, end_date=end, hours_per_week=hours, contract_type=contract
            ),
        ),
    )
    attempt(store, lambda: ctx.routes.close(route_id, day, kind))


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
@SETTINGS
@given(
    name=nasty_text,
    kvk=nasty_text,
    occupation=nasty_text,
    hours=nasty_int,
    opened=nasty_date,
    year=nasty_int,
    code=nasty_text,
)
def test_employers_vacancies_and_reference_data(
    base, store, name, kvk, occupation, hours, opened, year, code
):
    ctx, people, _, _ = base
    attempt(store, lambda: ctx.employers.create_employer(name, kvk_number=kvk))
    employers = ctx.employers.employers()
    if employers:
        attempt(
            store,
            lambda: ctx.employers.create_vacancy(
                employers[0].id, occupation, hours, opened_on=opened
            ),
        )
    attempt(store, lambda: people.admin.reference.add_target_group(year, code, name))
    attempt(
        store,
        lambda: people.admin.reference.add_project(code, name, "Inclusiviteit", "ESF+", opened),
    )
