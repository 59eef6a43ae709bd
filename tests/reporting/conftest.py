"""Fixtures for the reporting tests."""

from __future__ import annotations

import pytest
from reporting_data import Data, make_user


@pytest.fixture
def data(store):
    return Data(store)


@pytest.fixture
def roles(store):
    """admin, team lead and coach of one store (the admin is made first)."""
    admin = make_user(store, "beheerder", "admin")
    lead = make_user(store, "teamleider", "teamlead")
    coach = make_user(store, "coach01", "coach")
    return admin, lead, coach
