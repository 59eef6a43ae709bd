"""The store-wide settings, declared once (services/settings.py): each reads back what
was written, and a damaged or out-of-range stored value reads as its default instead
of stopping the app."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from zkijdesk import models as m
from zkijdesk.services import settings
from zkijdesk.services.settings import SETTINGS

WRITTEN = [
    (settings.THRESHOLD, 7),
    (settings.CONTACT, "Team RMT, rapportage@example.nl"),
    (settings.IDLE_MINUTES, 30),
    (settings.BACKUP_FOLDER, "/srv/reservekopieen"),
    (settings.RETENTION_TERMS, {"werk": 60}),
    (settings.PRIVACY_NOTICE, {"controller": "Gemeente Haarlem"}),
    (settings.PLACEMENT_AIMS, {2026: 400, 2027: 450}),
]


def test_every_setting_reads_back_what_was_written_and_its_default_when_damaged(store):
    assert [s.key for s, _v in WRITTEN] == [s.key for s in SETTINGS]
    for setting, value in WRITTEN:
        with store.read_session() as s:
            assert setting.read(s) == setting.default
        with store.session() as s:
            setting.write(s, value, None)
        with store.read_session() as s:
            assert setting.read(s) == value, setting.key
    for setting, _value in WRITTEN:
        with store.session() as s:
            s.get(m.StoreSetting, setting.key).value = "{niet te lezen"
        with store.read_session() as s:
            assert setting.read(s) == setting.default, setting.key


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


@given(JSON)
def test_a_stored_threshold_is_a_whole_number_in_range_or_the_default(value):
    """Whatever a damaged or hand-edited row holds, the threshold that protects the
    published figures is never below its minimum."""
    decoded = settings.THRESHOLD.decode
    try:
        found = decoded(json.loads(json.dumps(value)))
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
        return
    assert isinstance(found, int) and not isinstance(found, bool)
    assert settings.MIN_THRESHOLD <= found <= settings.MAX_THRESHOLD


def test_unreadable_retention_terms_stop_the_erasure_instead_of_shortening_it(store, people):
    """Reading the defaults in their place could erase a client years before the term
    the admin set; the plan is refused with a sentence that says what to do."""
    import pytest

    from zkijdesk.domain.errors import StoreError

    people.admin.retention.set_terms({"werk": 120})
    assert people.admin.retention.terms()["werk"] == 120
    for damaged in ('{"werk": 120, "oud": "x"}', '{"werk": 2}', "{stuk"):
        with store.session() as s:
            s.get(m.StoreSetting, settings.RETENTION_TERMS.key).value = damaged
        with pytest.raises(StoreError, match="bewaartermijnen in de opslag zijn onleesbaar"):
            people.admin.retention.plan()
