"""The app lock: Argon2id secret per user, throttled attempts, idle time set by the admin."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.errors import PermissionDeniedError, ValidationError, ZkijdeskError
from zkijdesk.services.app_lock import (
    IDLE_DEFAULT,
    AppLockService,
    LockThrottledError,
    Throttle,
    check_secret,
)
from zkijdesk.services.users import actor_for, create_user

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only


def lock_for(store, actor, **kwargs) -> AppLockService:
    """The service with a cheap Argon2id cost, so each test takes milliseconds."""
    return AppLockService(store, actor, hasher=FAST, **kwargs)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def users(store):
    create_user(store, "beheer", "Beheerder", "admin")
    admin = actor_for(store, "beheer")
    create_user(store, "coach01", "Coach Een", "coach", actor=admin)
    return admin, actor_for(store, "coach01")


def stored_hash(store, user_id):
    with store.read_session() as s:
        return s.scalar(select(m.User.lock_secret_hash).where(m.User.id == user_id))


def test_secret_is_stored_as_argon2id_and_opens_only_with_itself(store, users):
    _, coach = users
    lock = AppLockService(store, coach)  # the production cost, once
    assert not lock.is_set()
    lock.unlock("wat dan ook")  # no lock set: nothing to open
    lock.set_secret("482916")
    assert lock.is_set()
    digest = stored_hash(store, coach.user_id)
    assert digest.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and "482916" not in digest
    lock.unlock("482916")
    with pytest.raises(ValidationError) as err:
        lock.unlock("482917")
    assert err.value.field == "secret"
    assert "klopt niet" in err.value.message


def test_short_or_blank_secrets_are_refused(store, users):
    _, coach = users
    lock = lock_for(store, coach)
    for bad in ("", "   ", "12345", " 123456", "12\x0034567"):
        with pytest.raises(ValidationError):
            lock.set_secret(bad)
    assert not lock.is_set()


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
def test_check_secret_never_crashes(text):
    try:
        cleaned = check_secret(text)
    except ValidationError as exc:
        assert exc.field == "secret"
    else:
        assert 6 <= len(cleaned) <= 128


def test_changing_or_clearing_needs_the_current_secret(store, users):
    _, coach = users
    lock = lock_for(store, coach, throttle=Throttle())
    lock.set_secret("eerste-wachtwoord")
    with pytest.raises(ValidationError) as err:
        lock.set_secret("tweede-wachtwoord", current="fout")
    assert err.value.field == "current"
    lock.set_secret("tweede-wachtwoord", current="eerste-wachtwoord")
    lock.unlock("tweede-wachtwoord")
    with pytest.raises(ValidationError):
        lock.clear("eerste-wachtwoord")
    lock.clear("tweede-wachtwoord")
    assert not lock.is_set()


def test_unicode_forms_of_the_same_secret_match(store, users):
    _, coach = users
    lock = lock_for(store, coach)
    lock.set_secret("cafe\u0301-geheim")  # e + combining accent
    lock.unlock("caf\u00e9-geheim")  # precomposed é


def test_wrong_attempts_are_throttled_with_growing_delay(store, users):
    _, coach = users
    clock = FakeClock()
    lock = lock_for(store, coach, throttle=Throttle(clock=clock))
    lock.set_secret("482916")
    for _ in range(3):  # the first typos cost nothing
        with pytest.raises(ValidationError):
            lock.unlock("000000")
    with pytest.raises(LockThrottledError) as err:
        lock.unlock("482916")  # even the right PIN waits
    assert "seconden" in err.value.message
    waits = []
    for _ in range(4):
        clock.now += 1000
        with pytest.raises(ValidationError):
            lock.unlock("000000")
        try:
            lock.unlock("482916")
        except LockThrottledError as exc:
            waits.append(exc.wait_seconds)
        else:
            raise AssertionError("a wait was expected after a failure")
    assert waits == sorted(waits) and waits[-1] > waits[0]
    clock.now += 1000
    lock.unlock("482916")  # success resets the count
    with pytest.raises(ValidationError):
        lock.unlock("000000")
    lock.unlock("482916")  # one typo after success: no wait


def test_delay_is_capped():
    assert Throttle.delay_after(0) == 0 and Throttle.delay_after(2) == 0
    assert Throttle.delay_after(3) == 1 and Throttle.delay_after(4) == 2
    assert Throttle.delay_after(100) == 300


def test_throttle_survives_a_new_service_object(store, users):
    _, coach = users
    lock_for(store, coach).set_secret("482916")
    for _ in range(4):
        with pytest.raises(ZkijdeskError):
            lock_for(store, coach).unlock("000000")
    with pytest.raises(LockThrottledError):
        lock_for(store, coach).unlock("482916")


def test_failures_are_audited_without_the_secret(store, users):
    _, coach = users
    lock = lock_for(store, coach, throttle=Throttle())
    lock.set_secret("geheim-123")
    with pytest.raises(ValidationError):
        lock.unlock("fout-123456")
    with store.read_session() as s:
        entries = s.scalars(select(m.AuditEntry).where(m.AuditEntry.object_type == "app_lock"))
        failed = [(e.action, e.result, e.detail) for e in entries]
    assert failed == [("login", "fout", None)]


def test_idle_minutes_default_and_admin_setting(store, users):
    admin, coach = users
    assert lock_for(store, coach).idle_minutes() == IDLE_DEFAULT == 10
    with pytest.raises(PermissionDeniedError):
        lock_for(store, coach).set_idle_minutes(3)
    for bad in (0, 241, -5, "10", None, True):
        with pytest.raises(ValidationError):
            lock_for(store, admin).set_idle_minutes(bad)
    lock_for(store, admin).set_idle_minutes(3)
    assert lock_for(store, coach).idle_minutes() == 3


def test_only_an_admin_resets_someone_elses_lock(store, users):
    admin, coach = users
    lock_for(store, coach).set_secret("482916")
    with pytest.raises(PermissionDeniedError):
        lock_for(store, coach).reset_for(admin.user_id)
    lock_for(store, admin).reset_for(coach.user_id)
    assert not lock_for(store, coach).is_set()


def test_a_hash_with_older_cost_is_upgraded_on_unlock(store, users):
    _, coach = users
    lock_for(store, coach).set_secret("482916")
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    AppLockService(store, coach, hasher=stronger).unlock("482916")
    assert "m=2048,t=2,p=1" in stored_hash(store, coach.user_id)
    AppLockService(store, coach, hasher=stronger).unlock("482916")


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.text(max_size=200),
    st.one_of(st.integers(), st.text(max_size=5), st.none(), st.floats(allow_nan=True)),
)
def test_random_input_gets_a_typed_answer_never_a_crash(store, users, text, minutes):
    admin, coach = users
    lock = lock_for(store, coach, throttle=Throttle())
    for call in (lock.set_secret, lock.unlock):
        try:
            call(text)
        except ZkijdeskError as exc:
            assert exc.message
    try:
        lock_for(store, admin).set_idle_minutes(minutes)
    except ValidationError as exc:
        assert exc.field == "idle_minutes"
    assert 1 <= lock_for(store, coach).idle_minutes() <= 240
