"""Erasure on a team database tells the truth about what is gone and what is not yet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
import pytest

from zkijdesk.cli import main
from zkijdesk.services.dto import ClientInput, RouteInput

pytestmark = pytest.mark.postgres

MARKER = "Zwartkruisvanderlinde"


def _data_files(url: str) -> list[Path]:
    with psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"),
        autocommit=True,
        options="-csearch_path=zkijdesk",
    ) as conn:
        conn.execute("CHECKPOINT")
        data_dir = Path(conn.execute("SHOW data_directory").fetchone()[0])
        files = [
            data_dir / conn.execute("SELECT pg_relation_filepath(%s)", (t,)).fetchone()[0]
            for t in ("client", "activity")
        ]
    if not all(f.exists() for f in files):
        pytest.skip("the server's data files are not readable from this process")
    return files


def test_erase_says_what_waits_for_it_and_team_compact_removes_the_bytes(team, capsys):
    result = team.anna.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name=MARKER,
            birth_date=date(1980, 1, 2),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=date(2026, 2, 1)),
    )
    cid = result.client.id
    team.anna.activities.record_contact(cid, "telefoon", date(2026, 2, 2), note=MARKER)
    url = team.db.url_for("anna")
    assert main(["--database-url", url, "erase", "--client", str(cid), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "opgeschoond" not in out
    assert "team compact" in out and "WAL" in out
    assert main(["--database-url", team.db.maintenance_url, "team", "status"]) == 1
    assert "wachten op het herschrijven" in capsys.readouterr().err

    assert main(["--database-url", team.db.maintenance_url, "team", "compact"]) == 0
    assert "1 wissing(en)" in capsys.readouterr().out
    for path in _data_files(team.db.maintenance_url):
        assert MARKER.encode() not in path.read_bytes(), path.name
    assert main(["--database-url", team.db.maintenance_url, "team", "status"]) == 0


def test_compact_waits_for_an_old_snapshot_and_says_when_it_could_not(team, monkeypatch, capsys):
    """A session that still reads from before an erasure would keep the erased rows in the
    rewritten files: compact waits for it, and refuses to claim success when it lingers."""
    monkeypatch.setattr("zkijdesk.storage.team.SNAPSHOT_WAIT", 1.0)
    with psycopg.connect(team.db.psycopg_dsn("anna")) as reader:
        reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        reader.execute("SELECT count(*) FROM zkijdesk.client")
        result = team.anna.clients.intake(
            ClientInput(
                first_name="Ida",
                last_name=MARKER + "twee",
                birth_date=date(1981, 1, 2),
                intake_status="werkzoekend_ww",
            ),
            None,
        )
        url = team.db.url_for("anna")
        erase = ["--database-url", url, "erase", "--client", str(result.client.id), "--yes"]
        assert main(erase) == 0
        capsys.readouterr()
        assert main(["--database-url", team.db.maintenance_url, "team", "compact"]) == 1
        assert "oude gegevens vast" in capsys.readouterr().err
        reader.rollback()
    assert main(["--database-url", team.db.maintenance_url, "team", "compact"]) == 0


def test_a_transaction_in_another_database_also_holds_the_rewrite(team, monkeypatch, capsys):
    """PostgreSQL keeps deleted rows for a transaction running anywhere on the server."""
    import os

    monkeypatch.setattr("zkijdesk.storage.team.SNAPSHOT_WAIT", 1.0)
    server = os.environ["ZKIJDESK_TEST_DATABASE_URL"].replace("+psycopg", "")
    with psycopg.connect(server) as elsewhere:
        elsewhere.execute("SELECT txid_current()")
        assert main(["--database-url", team.db.maintenance_url, "team", "compact"]) == 1
        assert "oude gegevens vast" in capsys.readouterr().err
        elsewhere.rollback()
    assert main(["--database-url", team.db.maintenance_url, "team", "compact"]) == 0


def test_retention_is_run_by_it_and_refused_to_the_admin_with_a_pointer(team, capsys):
    from zkijdesk.services.dto import RouteInput

    result = team.anna.clients.intake(
        ClientInput(
            first_name="Oud",
            last_name="Dossierbewaard",
            birth_date=date(1960, 1, 2),
            intake_status="werkzoekend_ww",
        ),
        RouteInput(intake_date=date(2017, 1, 9)),
    )
    team.anna.routes.close(result.route.id, date(2018, 3, 1), "werk")
    assert main(["--database-url", team.db.url_for("admin"), "retention"]) == 1
    assert "beheerlogin" in capsys.readouterr().err
    url = team.db.maintenance_url
    assert main(["--database-url", url, "retention"]) == 0
    assert "werk: 1" in capsys.readouterr().out
    assert main(["--database-url", url, "retention", "--apply", "--yes"]) == 0
    assert "1 cliënt(en) gewist" in capsys.readouterr().out
    assert team.anna.clients.find("dossierbewaard") == []
    assert main(["--database-url", url, "erase", "--client", "1", "--yes"]) == 1  # IT: no files
