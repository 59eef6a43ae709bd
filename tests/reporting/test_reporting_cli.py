"""The command line a team lead and a coach use, from key exchange to the export."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from reporting_data import Data, make_user

from zkijdesk.cli import main


def _store(path: Path):
    from zkijdesk.storage import keys
    from zkijdesk.storage.store import StoreLocation, create_store

    key = keys.new_raw_key()
    store = create_store(StoreLocation(path=path), key=key)
    keys.save_to_keyring(path, key)
    return store


def run(path: Path, user: str, *args) -> int:
    return main(["--store", str(path), "--user", user, *args])


def test_team_without_a_shared_database_on_the_command_line(tmp_path, capsys):
    last = date.today().replace(day=1) - timedelta(days=1)  # the CLI uses the real date
    month = f"{last.year:04d}-{last.month:02d}"
    lead_db, coach_db = tmp_path / "leider.db", tmp_path / "coach.db"
    lead = _store(lead_db)
    make_user(lead, "beheerder", "admin")
    make_user(lead, "teamleider", "teamlead")
    lead.close()
    coach = _store(coach_db)
    make_user(coach, "anna", "coach")
    data = Data(coach)
    for i in range(40):
        c = data.client(birth=date(1960 + i % 40, 1, 9), municipality=("GM0392", "GM0453")[i % 2])
        reason = ("werk", "scholing", "gestopt", "werk")[i % 4]
        closed = last.replace(day=1 + i % 28)
        data.route(c, closed - timedelta(days=30), closed, reason)
    coach.close()

    assert (
        run(lead_db, "teamleider", "contribution", "team-key", "--out", str(tmp_path / "tl.json"))
        == 0
    )
    shown = capsys.readouterr().out
    read_out = re.search(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){4}", shown).group(0)
    # Without a terminal to confirm on and without the fingerprint, nothing is trusted;
    # a fingerprint other than the file's is refused in a sentence naming both.
    trust = ("contribution", "trust-team-key", str(tmp_path / "tl.json"))
    assert run(coach_db, "anna", *trust) == 1
    assert "--fingerprint" in capsys.readouterr().err
    assert run(coach_db, "anna", *trust, "--fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE") == 1
    assert f"is {read_out}, niet AAAA-BBBB-CCCC-DDDD-EEEE" in capsys.readouterr().err
    assert run(coach_db, "anna", "contribution", "export", "--month", month, "--out", "x") == 1
    capsys.readouterr()
    # As read out by phone: lower case, spaces for dashes.
    spoken = read_out.lower().replace("-", " ")
    assert run(coach_db, "anna", *trust, "--fingerprint", spoken) == 0
    assert (
        run(coach_db, "anna", "contribution", "my-key", "--out", str(tmp_path / "anna.json")) == 0
    )
    assert run(lead_db, "teamleider", "contribution", "register", str(tmp_path / "anna.json")) == 0
    assert run(lead_db, "teamleider", "contribution", "status", "--month", month) == 0
    assert "ontbreekt: Anna" in capsys.readouterr().out

    post = tmp_path / "post"
    assert (
        run(coach_db, "anna", "contribution", "export", "--month", month, "--out", str(post)) == 0
    )
    [sealed] = list(post.iterdir())
    assert run(lead_db, "teamleider", "contribution", "import", str(sealed)) == 0
    assert run(lead_db, "teamleider", "contribution", "import", str(sealed)) == 0
    out = capsys.readouterr().out
    assert "geïmporteerd" in out and "vervangen" in out

    folder = tmp_path / "cijfers"
    assert (
        run(
            lead_db,
            "teamleider",
            "export",
            "--month",
            month,
            "--out",
            str(folder),
            "--formats",
            "csv,json",
            "--source",
            "bijdragen",
        )
        == 0
    )
    assert sorted(p.name for p in folder.iterdir()) == [
        f"ZKIJ-maandcijfers-{month}.auditanker.json",
        f"ZKIJ-maandcijfers-{month}.csv",
        f"ZKIJ-maandcijfers-{month}.json",
    ]
    assert run(lead_db, "teamleider", "publications") == 0
    assert f"{month} versie 1 (bijdragen, drempel 5)" in capsys.readouterr().out

    # The threshold is the admin's; a coach cannot export the region's figures.
    assert run(lead_db, "teamleider", "threshold", "--set", "6") == 1
    assert run(lead_db, "beheerder", "threshold", "--set", "6") == 0
    assert "Drempel voor publicatie: 6" in capsys.readouterr().out
    assert run(coach_db, "anna", "export", "--month", month, "--out", str(tmp_path / "x")) == 1
    assert not (tmp_path / "x").exists()
