"""Sharing and the stray-to-do hand-over from the command line: the same services, and
one Dutch sentence when refused."""

from __future__ import annotations

from datetime import date

import pytest

from zkijdesk.cli import EXIT_FAIL, EXIT_OK, main

PASS = "correct horse battery staple"


@pytest.fixture
def store_path(tmp_path, monkeypatch):
    from zkijdesk.services.container import Services
    from zkijdesk.services.dto import ClientInput, RouteInput
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage.store import StoreLocation, open_store

    monkeypatch.setenv("ZKIJDESK_PASSPHRASE", PASS)
    path = tmp_path / "s.db"
    assert main(["--store", str(path), "init", "--user", "beheer", "--role", "admin"]) == 0
    store = open_store(StoreLocation(path=path))
    admin = actor_for(store, "beheer")
    create_user(store, "anna", "Anna Jansen", "coach", actor=admin)
    create_user(store, "bram", "Bram de Wit", "coach", actor=admin)
    create_user(store, "lea", "Lea Leider", "teamlead", actor=admin)
    anna = Services(store, actor_for(store, "anna"))
    cid = anna.clients.intake(
        ClientInput(
            first_name="Mila",
            last_name="Brouwer",
            birth_date=date(1992, 4, 4),
            intake_status="werkend",
        ),
        RouteInput(intake_date=date(2026, 1, 1)),
    ).client.id
    assert cid == 1
    store.close()
    return path


def run(capsys, path, *args):
    code = main(["--store", str(path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_coach_shares_from_the_command_line_and_ends_it(store_path, capsys):
    code, out, _err = run(capsys, store_path, "--user", "anna", "share", "--client", "1")
    assert code == EXIT_OK
    assert out.splitlines() == ["Coach van dossier 1: Anna Jansen.", "Met niemand gedeeld."]
    code, out, _err = run(
        capsys, store_path, "--user", "anna", "share", "--client", "1", "--with", "bram"
    )
    assert code == EXIT_OK and "Gedeeld met: Bram de Wit." in out
    # Bram reads it now, and may not pass it on.
    code, _out, err = run(
        capsys, store_path, "--user", "bram", "share", "--client", "1", "--with", "lea"
    )
    assert code == EXIT_FAIL
    assert err.strip() == (
        "zkijdesk: Alleen de coach van dit dossier kan het delen of het delen beëindigen."
    )
    code, _out, err = run(
        capsys, store_path, "--user", "anna", "share", "--client", "1", "--with", "niemand"
    )
    assert code == EXIT_FAIL and "Collega niemand is geen actieve gebruiker" in err
    code, out, _err = run(
        capsys, store_path, "--user", "bram", "share", "--client", "1", "--end", "bram"
    )
    assert code == EXIT_OK
    assert out.splitlines()[0] == "Delen met bram beëindigd; 0 open taak/taken naar de coach."


def test_the_team_lead_counts_and_hands_over_stray_to_dos(store_path, capsys):
    from sqlalchemy import update

    from zkijdesk import models as m
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.store import StoreLocation, open_store

    store = open_store(StoreLocation(path=store_path))
    try:
        anna = Services(store, actor_for(store, "anna"))
        anna.activities.add_task("Cv nalopen", date(2026, 12, 1), client_id=1)
        with store.session() as s:  # the file went to Bram before to-dos went along
            bram = actor_for(store, "bram").user_id
            s.execute(update(m.Route).where(m.Route.client_id == 1).values(coach_id=bram))
    finally:
        store.close()
    code, _out, err = run(capsys, store_path, "--user", "anna", "stray-tasks")
    assert code == EXIT_FAIL and err.startswith("zkijdesk: Uw rol staat niet toe")
    code, out, _err = run(capsys, store_path, "--user", "lea", "stray-tasks")
    assert (code, out.strip()) == (
        EXIT_OK,
        "1 open taak/taken staan bij een collega die het dossier niet meer ziet.",
    )
    code, out, _err = run(capsys, store_path, "--user", "lea", "stray-tasks", "--hand-over")
    assert (code, out.strip()) == (EXIT_OK, "1 taak/taken naar de coach van het dossier.")
    code, out, _err = run(capsys, store_path, "--user", "lea", "stray-tasks")
    assert out.startswith("0 open taak/taken")
