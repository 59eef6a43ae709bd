"""Privacy commands as an IT admin or privacy officer runs them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from zkijdesk.cli import main

PASS = "correct horse battery staple"


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    from zkijdesk.services.context import AppContext
    from zkijdesk.services.dto import ClientInput, RouteInput
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.store import StoreLocation, open_store

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "s.db"
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == 0
    store = open_store(StoreLocation(path=path))
    admin = actor_for(store, "beheer")
    create_user(store, "anna", "Anna", "coach", actor=admin)
    ctx = AppContext(store, actor_for(store, "anna"))
    ctx.clients.intake(
        ClientInput(
            first_name="Mila",
            last_name="Brouwer",
            birth_date=date(1992, 4, 4),
            intake_status="werkend",
        ),
        RouteInput(intake_date=date(2026, 1, 1)),
    )
    store.close()
    return path


def test_subject_access_erase_and_audit_export(store_path, tmp_path, capsys):
    out = tmp_path / "inzage.json"
    args = ["--store", str(store_path), "--user", "anna"]
    assert main([*args, "subject-access", "--client", "1", "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["client"]["last_name"] == "Brouwer"

    assert main([*args, "erase", "--client", "1"]) == 1
    assert "bevestig" in capsys.readouterr().err
    assert main([*args, "erase", "--client", "1", "--yes"]) == 0
    assert main([*args, "subject-access", "--client", "1", "--out", str(out)]) == 1
    assert "bestaat niet" in capsys.readouterr().err

    audit = tmp_path / "audit.csv"
    assert (
        main(["--store", str(store_path), "--user", "beheer", "audit-export", "--out", str(audit)])
        == 0
    )
    text = audit.read_text(encoding="utf-8-sig")
    assert ";erase;client;1;" in text and "Brouwer" not in text
    assert main(["--store", str(store_path), "check"]) == 0


def test_unknown_user_and_wrong_role_get_one_line(store_path, capsys):
    assert main(["--store", str(store_path), "--user", "niemand", "retention"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--user" in err[0]
    assert main(["--store", str(store_path), "--user", "anna", "retention"]) == 1
    assert "rol" in capsys.readouterr().err
    assert main(["--store", str(store_path), "--user", "beheer", "retention"]) == 0
    assert "0 cliënt(en)" in capsys.readouterr().out
