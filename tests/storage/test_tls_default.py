"""A team database's URL gets ``sslmode=verify-full`` unless the server is this machine or
the URL names a mode: whatever the password holds, however the server is named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import URL
from sqlalchemy.engine import make_url

from zkijdesk.storage.connect import with_tls_default

REMOTE = st.sampled_from(["db.gemeente.example", "DB.Gemeente.Example", "10.0.0.5", "2001:db8::1"])


@given(
    host=REMOTE,
    password=st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20),
    database=st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True),
    extra=st.sampled_from([{}, {"application_name": "zkijdesk"}, {"sslmode": ""}]),
)
def test_a_remote_server_must_prove_who_it_is_and_nothing_else_changes(
    host, password, database, extra
):
    url = URL.create(
        "postgresql+psycopg",
        username="anna",
        password=password or None,
        host=host,
        database=database,
        query=extra,
    ).render_as_string(hide_password=False)
    parsed = make_url(with_tls_default(url))
    assert parsed.query["sslmode"] == "verify-full"
    assert (parsed.username, parsed.password, parsed.host, parsed.database) == (
        "anna",
        password or None,
        host,
        database,
    )
    assert parsed.query.get("application_name") == extra.get("application_name")


@pytest.mark.parametrize(
    ("typed", "password", "database"),
    [
        ("postgresql+psycopg://u:ab#cd@db.example.com/x", "ab#cd", "x"),
        ("postgresql+psycopg://u:ab?cd@db.example.com/x", "ab?cd", "x"),
    ],
)
def test_a_hand_typed_password_with_url_characters_keeps_its_meaning(typed, password, database):
    parsed = make_url(with_tls_default(typed))
    assert (parsed.password, parsed.host, parsed.database) == (password, "db.example.com", database)
    assert parsed.query["sslmode"] == "verify-full"


@pytest.mark.parametrize(
    ("url", "verified"),
    [
        ("postgresql+psycopg://u@/db?host=db.example.com", True),
        ("postgresql+psycopg://u@/db?hostaddr=10.1.2.3", True),
        ("postgresql+psycopg://u@/db?host=/tmp,db.example.com", True),
        ("postgresql+psycopg://u@/db?host=/var/run/postgresql", False),
        ("postgresql+psycopg://u@localhost/db", False),
        ("postgresql+psycopg://u@[::1]:5433/db", False),
        ("postgresql+psycopg://u@db.example.com/db?sslmode=require", False),
    ],
)
def test_a_server_named_in_the_query_counts_too(url, verified):
    result = with_tls_default(url)
    assert ("sslmode=verify-full" in result) is verified
    if not verified:
        assert result == url
