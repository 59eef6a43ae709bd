"""Intake and upkeep of client files, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from zkijdesk.domain.errors import DuplicateClientError, StateError, ValidationError
from zkijdesk.services.dto import ClientInput, RouteInput


def ref_id(items, code):
    return next(i.id for i in items if i.code == code)


def intake_input(**overrides) -> ClientInput:
    values = dict(
        first_name="Fatima",
        last_name="Bakker",
        name_prefix=None,
        birth_date=date(1990, 5, 17),
        bsn="111222333",
        email="fatima@example.nl",
        phone="06 12345678",
        postcode="2011ab",
        intake_status="werkzoekend_ww",
    )
    values.update(overrides)
    return ClientInput(**values)


def test_intake_normalises_and_numbers_the_client(services):
    haarlem = ref_id(services.reference.municipalities(), "GM0392")
    result = services.clients.intake(
        intake_input(municipality_id=haarlem),
        RouteInput(intake_date=date(2026, 11, 1), referral_source="uwv"),
    )
    client = result.client
    assert client.client_number == f"ZK{client.id:07d}"
    assert client.postcode == "2011 AB"
    assert client.phone == "+31612345678"
    assert client.full_name == "Fatima Bakker"
    assert result.route is not None and result.route.is_open
    assert result.route.coach_id == services.actor.user_id
    assert services.clients.get(client.id).municipality_id == haarlem


def test_invalid_bsn_is_refused_with_a_dutch_sentence_and_nothing_is_stored(services):
    with pytest.raises(ValidationError) as err:
        services.clients.intake(intake_input(bsn="111222334"))
    assert err.value.field == "bsn"
    assert "BSN" in err.value.message and "111222334" not in err.value.message
    assert services.clients.count() == 0


def test_intake_in_the_future_is_refused_and_rolls_back_the_client(services):
    with pytest.raises(ValidationError) as err:
        services.clients.intake(intake_input(), RouteInput(intake_date=date(2027, 1, 1)))
    assert err.value.field == "intake_date"
    assert services.clients.count() == 0


def test_same_bsn_returns_the_existing_client(services):
    first = services.clients.intake(intake_input()).client
    with pytest.raises(DuplicateClientError) as err:
        services.clients.intake(intake_input(first_name="Anders", last_name="Iemand"))
    assert err.value.existing_id == first.id
    assert first.client_number in err.value.message
    assert "111222333" not in err.value.message
    assert services.clients.count() == 1


def test_same_name_and_birth_date_is_a_duplicate_unless_confirmed(services):
    first = services.clients.intake(intake_input(bsn=None)).client
    again = intake_input(bsn=None, first_name="  fatima ", last_name="BAKKER")
    with pytest.raises(DuplicateClientError) as err:
        services.clients.intake(again)
    assert err.value.existing_id == first.id and err.value.reason == "name_birth_date"
    second = services.clients.intake(again, allow_same_name=True).client
    assert second.id != first.id
    assert services.clients.count() == 2


def test_a_colleagues_client_is_never_named_nor_offered_to_open(people):
    """Bram's client found by Anna's intake (same BSN, or same name and birth date):
    the sentence once gave his client's number and the form a button to a file Anna may
    not open, which then showed "Dossier niet beschikbaar" over an empty form."""
    from zkijdesk.domain.errors import TakenBsnError

    theirs = people.bram.clients.intake(intake_input()).client
    with pytest.raises(TakenBsnError) as err:
        people.anna.clients.intake(intake_input(first_name="Anders", last_name="Iemand"))
    assert err.value.field == "bsn"
    assert theirs.client_number not in err.value.message
    assert "teamleider" in err.value.message

    with pytest.raises(DuplicateClientError) as err:
        people.anna.clients.intake(intake_input(bsn=None))
    assert err.value.existing_id is None and err.value.reason == "name_birth_date"
    assert theirs.client_number not in err.value.message
    people.anna.clients.intake(intake_input(bsn=None), allow_same_name=True)
    assert people.anna.clients.count() == 1


def test_bidirectional_override_characters_are_refused(services):
    with pytest.raises(ValidationError) as err:
        services.clients.intake(intake_input(last_name="Bak\u202eker"))
    assert err.value.field == "last_name"


def test_update_keeps_number_and_refuses_taking_another_clients_bsn(services):
    a = services.clients.intake(intake_input()).client
    b = services.clients.intake(
        intake_input(bsn="123456782", first_name="Jan", last_name="Vries", name_prefix="de")
    ).client
    changed = services.clients.update(
        b.id, intake_input(bsn="123456782", first_name="Johan", last_name="Vries", name_prefix="de")
    )
    assert changed.full_name == "Johan de Vries"
    assert changed.client_number == b.client_number
    with pytest.raises(DuplicateClientError):
        services.clients.update(b.id, intake_input(bsn="111222333"))
    assert services.clients.get(a.id).bsn == "111222333"


def test_find_by_name_without_accents_postcode_number_and_birth_date(services):
    c = services.clients.intake(
        intake_input(first_name="Zoë", last_name="Müller", bsn=None, postcode="1971 AB")
    ).client
    services.clients.intake(intake_input(bsn=None, first_name="Piet", last_name="Jansen"))
    assert [x.id for x in services.clients.find("muller")] == [c.id]
    assert [x.id for x in services.clients.find("zoe")] == [c.id]
    assert [x.id for x in services.clients.find("1971ab")] == [c.id]
    assert [x.id for x in services.clients.find(c.client_number.lower())] == [c.id]
    assert len(services.clients.find("17-05-1990")) == 2


def test_target_group_tags_of_earlier_years_stay_as_they_were(services, store):
    from zkijdesk.services.reference import ReferenceService

    client = services.clients.intake(intake_input()).client
    this_year = services.reference.target_groups(2026)
    last_year = services.reference.target_groups(2025)
    assert this_year and last_year
    with pytest.raises(StateError):
        services.clients.set_target_groups(client.id, [last_year[0].id])

    # A tag given last year (through a service whose clock says 2025) survives this
    # year's edits, and this year's list can change freely.
    from zkijdesk.services.clients import ClientService

    last_year_service = ClientService(store, services.actor, lambda: date(2025, 6, 1))
    last_year_service.set_target_groups(client.id, [last_year[0].id])
    services.clients.set_target_groups(client.id, [g.id for g in this_year[:2]])
    services.clients.set_target_groups(client.id, [this_year[2].id])
    tags = services.clients.get(client.id).tags
    assert {(t.year, t.code) for t in tags} == {
        (2025, last_year[0].code),
        (2026, this_year[2].code),
    }
    assert ReferenceService  # the reference service lists groups per year (used above)


def test_skills_profile_records_evidence(services):
    client = services.clients.intake(intake_input()).client
    skill = services.reference.skills()[0]
    view = services.clients.add_skill(client.id, skill.id, "certificaat", date(2024, 3, 1))
    assert [(s.code, s.evidence.value) for s in view.skills] == [(skill.code, "certificaat")]
    with pytest.raises(ValidationError) as err:
        services.clients.add_skill(client.id, skill.id, "certificaat", date(2030, 1, 1))
    assert err.value.field == "shown_on"
    assert services.clients.remove_skill(client.id, skill.id).skills == ()


def test_unknown_municipality_is_a_field_error(services):
    with pytest.raises(ValidationError) as err:
        services.clients.intake(intake_input(municipality_id=99999))
    assert err.value.field == "municipality_id"
