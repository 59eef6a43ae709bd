"""`zkijdesk match` as a coach or team lead types it: ranked matches with their reasons."""

from __future__ import annotations

import pytest
from wsp_data import add_user

from zkijdesk.cli import EXIT_FAIL, EXIT_OK, main
from zkijdesk.storage import keys

pytestmark = pytest.mark.parametrize("store", ["sqlite"], indirect=True)


@pytest.fixture
def cli(world, services):
    """Run the CLI in-process against the world's store (its key in the test keyring)."""
    path = services.store.location.path
    keys.save_to_keyring(path, services.store.key)

    def run(*args: str) -> int:
        return main(["--store", str(path), *args])

    return run


def test_candidates_for_a_vacancy_with_their_reasons(cli, world, capsys):
    assert cli("--user", "coach01", "match", "--vacancy", str(world.vacancy.id)) == EXIT_OK
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        f"Kandidaten voor vacature {world.vacancy.id}: Helpende thuiszorg · Zorggroep Spaarne "
        "(eigen cliënten; 3 beste)"
    )
    ranked = [line for line in out.splitlines() if line[:3].strip().rstrip(".").isdigit()]
    assert [line.split(" (")[0] for line in ranked] == [
        " 1. Fatima Bakker",
        " 2. Joost de Wit",
        " 3. Noor Smit",
    ]
    assert "    mist (gewenst): Omgaan met dementie" in out
    assert (
        "    scholing:       Omgaan met dementie (gewenst): via Cursus Omgaan met dementie" in out
    )
    assert "Nog geen vaardigheden vastgelegd." in out  # Noor Smit


def test_team_scope_is_pseudonymised_and_a_client_gets_vacancies(cli, world, services, capsys):
    add_user(services.store, "lead", "Lea Leiding", "teamlead")
    assert (
        cli("--user", "lead", "match", "--vacancy", str(world.vacancy.id), "--scope", "team") == 0
    )
    out = capsys.readouterr().out
    assert "hele team, gepseudonimiseerd" in out
    assert f" 1. {world.best.client_number} (cliënt van Coach Een)" in out
    assert "Fatima" not in out and "Bakker" not in out

    assert (
        cli("--user", "coach01", "match", "--client", str(world.best.id), "--limit", "1") == EXIT_OK
    )
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(f"Vacatures voor cliënt {world.best.id}: Fatima Bakker")
    assert f" 1. Helpende thuiszorg · Zorggroep Spaarne (vacature {world.vacancy.id})" in out


def test_a_client_outside_your_files_is_refused_in_one_line(cli, world, services, capsys):
    add_user(services.store, "coach02", "Coach Twee", "coach")
    assert cli("--user", "coach02", "match", "--client", str(world.best.id)) == EXIT_FAIL
    err = capsys.readouterr().err
    assert err.startswith("zkijdesk: ") and len(err.strip().splitlines()) == 1
    assert "Bakker" not in err
