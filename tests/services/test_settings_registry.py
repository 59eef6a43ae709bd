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


def _extra():
    from zkijdesk.services.settings import Kind, Setting

    return Setting(
        "test.number",
        "Proefgetal",
        3,
        settings._whole_in(1, 9),
        Kind.WHOLE,
        1,
        9,
        card="proef",
    )


def test_a_setting_without_a_service_of_its_own_is_changed_by_the_admin_only(store, people):
    """The page's one way to a simple setting: an owner's service where it has one,
    else admin only, checked by the declaration's sentence, and audited."""
    import pytest
    from sqlalchemy import select

    from zkijdesk.domain.errors import PermissionDeniedError, ValidationError

    extra = _extra()
    assert people.anna.store_settings.value(extra) == 3
    with pytest.raises(PermissionDeniedError):
        people.anna.store_settings.change(extra, 4)
    with pytest.raises(ValidationError, match=r"^Proefgetal moet tussen 1 en 9 liggen\.$"):
        people.admin.store_settings.change(extra, 10)
    with pytest.raises(ValidationError, match=r"^Proefgetal is verplicht\.$"):
        people.admin.store_settings.change(extra, None)
    assert people.admin.store_settings.change(extra, 4) == 4
    assert people.anna.store_settings.value(extra) == 4
    # The idle time goes through the app lock, which says the same sentence.
    with pytest.raises(ValidationError, match=r"^Vergrendelen na \(minuten\) moet tussen"):
        people.admin.store_settings.change(settings.IDLE_MINUTES, 0)
    people.admin.store_settings.change(settings.IDLE_MINUTES, 15)
    assert people.anna.app_lock.idle_minutes() == 15
    with store.read_session() as s:
        details = s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.object_type == "setting")
        ).all()
    assert details == ["test.number", settings.IDLE_MINUTES.key]


def test_each_kind_checks_its_value_in_one_sentence_naming_the_field():
    import pytest

    from zkijdesk.domain.errors import ValidationError

    assert settings.THRESHOLD.check(7) == 7
    with pytest.raises(ValidationError, match=r"^Drempel moet tussen 3 en 25 liggen\.$"):
        settings.THRESHOLD.check(2)
    with pytest.raises(ValidationError, match=r"^Drempel moet een heel getal zijn\.$"):
        settings.THRESHOLD.check(True)
    assert settings.CONTACT.check("  Team RMT ") == "Team RMT"
    assert settings.CONTACT.check("") == ""
    with pytest.raises(ValidationError, match=r"^Contact mag hoogstens 200 tekens lang zijn\.$"):
        settings.CONTACT.check("x" * 201)
    assert settings.BACKUP_FOLDER.check("/srv/kopie") == "/srv/kopie"
    with pytest.raises(ValidationError, match=r"^Map voor reservekopieën moet een volledig pad"):
        settings.BACKUP_FOLDER.check("kopie")
    with pytest.raises(TypeError):
        settings.RETENTION_TERMS.check({"werk": 60})


def test_what_the_page_needs_is_declared_for_every_setting_it_shows():
    from zkijdesk.services.settings import Kind

    for setting in SETTINGS:
        if setting.kind is Kind.WHOLE:
            assert setting.minimum is not None and setting.maximum is not None, setting.key
            assert setting.decode(setting.minimum) == setting.minimum
            assert setting.decode(setting.maximum) == setting.maximum
            assert setting.minimum <= setting.default <= setting.maximum, setting.key
        if setting.simple and setting.default is not None:
            assert setting.check(setting.default) == setting.default, setting.key
    assert [s.key for s in SETTINGS if s.card is not None] == [
        settings.IDLE_MINUTES.key,
        settings.BACKUP_FOLDER.key,
        settings.RETENTION_TERMS.key,
        settings.PRIVACY_NOTICE.key,
    ]
