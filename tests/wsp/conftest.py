"""A small WSP world: an employer with a care vacancy and three clients of one coach."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from wsp_data import make_client, reference_ids, skill_ids, wsp_services


@pytest.fixture
def world(services):
    from zkijdesk import models as m

    store = services.store
    adl, med, dementie, b1, vca = skill_ids(
        store, "ZW_ADL", "ZW_MEDICATIE", "ZW_DEMENTIE", "GEN_NL_B1", "TECH_VCA"
    )
    haarlem, heemstede, beverwijk = reference_ids(
        store, m.Municipality, "GM0392", "GM0397", "GM0375"
    )
    zw, tech_prod = reference_ids(store, m.Sector, "ZW", "TECH_PROD")
    employer = services.employers.create_employer(
        "Zorggroep Spaarne", kvk_number="12345678", sector_id=zw, municipality_id=haarlem
    )
    vacancy = services.employers.create_vacancy(
        employer.id,
        "Helpende thuiszorg",
        24,
        sector_id=zw,
        municipality_id=haarlem,
        opened_on=date(2026, 10, 1),
        required_skill_ids=[adl, med],
        desired_skill_ids=[dementie],
    )
    best = make_client(services, "Fatima", "Bakker", heemstede, zw, [adl, med, b1])
    half = make_client(services, "Joost", "de Wit", beverwijk, zw, [adl])
    none = make_client(services, "Noor", "Smit", haarlem, tech_prod, [])
    return SimpleNamespace(
        employer=employer,
        vacancy=vacancy,
        best=best,
        half=half,
        none=none,
        skills=SimpleNamespace(adl=adl, med=med, dementie=dementie, b1=b1, vca=vca),
        wsp=wsp_services(store, services.actor),
    )
