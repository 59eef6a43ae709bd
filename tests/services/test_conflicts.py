"""Two people with the same file open: the second save is refused, naming the first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from zkijdesk.domain.errors import ConflictError
from zkijdesk.services.dto import ClientInput, RouteInput


def test_a_save_from_an_older_version_is_refused_and_overwrites_nothing(people):
    result = people.anna.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name="Dekker",
            birth_date=date(1985, 3, 4),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=date(2026, 10, 1)),
    )
    cid = result.client.id
    people.anna.sharing.share(cid, people.bram.actor.user_id)
    annas_form = people.anna.clients.as_input(cid)
    brams_form = people.bram.clients.as_input(cid)
    assert annas_form.version == brams_form.version

    saved = people.anna.clients.update(cid, replace(annas_form, phone="0612345678"))
    assert saved.version == annas_form.version + 1
    with pytest.raises(ConflictError, match="gewijzigd door Anna"):
        people.bram.clients.update(cid, replace(brams_form, email="iris@example.nl"))
    now = people.bram.clients.get(cid)
    assert now.phone == "+31612345678" and now.email is None

    fresh = people.bram.clients.as_input(cid)
    assert people.bram.clients.update(cid, replace(fresh, email="iris@example.nl")).email


def test_a_save_without_a_version_still_works(services):
    result = services.clients.intake(
        ClientInput(
            first_name="Ole",
            last_name="Vos",
            birth_date=date(1990, 1, 2),
            intake_status="werkzoekend_ww",
        ),
        None,
    )
    data = services.clients.as_input(result.client.id)
    data.version = None
    assert services.clients.update(result.client.id, replace(data, last_name="Vos-Jansen"))
