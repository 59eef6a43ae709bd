"""An import on the team database: row-level security holds for the batch and for what
it wrote, and the team lead who moved the files in can take them out again."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from zkijdesk import models as m

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importing"))
from sheets import person, write_xlsx

pytestmark = pytest.mark.postgres


def importer(ctx):
    from zkijdesk.services.importing.service import ImportService

    return ImportService(ctx.store, ctx.actor, ctx.clients._today)


def run(service, path):
    source = service.open(path)
    table = service.table(source)
    return service.run(source, service.preview(source, table, service.suggest(table)))


def batches_seen(ctx) -> int:
    with ctx.store.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.ImportBatch)) or 0


def test_a_team_lead_moves_two_caseloads_in_and_out(team, tmp_path):
    rows = [
        person(1, Achternaam="Teamimport1", Coach="Anna"),
        person(2, Achternaam="Teamimport2", Coach="Anna"),
        person(3, Achternaam="Teamimport3", Coach="Bram"),
    ]
    path = write_xlsx(tmp_path / "team.xlsx", rows)
    lead = importer(team.lead)
    anna_before, bram_before = team.anna.clients.count(), team.bram.clients.count()
    result = run(lead, path)
    assert result.counts["clients"] == 3 and result.counts["routes"] == 3

    # Each coach sees their own new files, and only those; the lead keeps a share.
    assert team.anna.clients.count() == anna_before + 2
    assert team.bram.clients.count() == bram_before + 1
    names = {c.last_name for c in team.anna.clients.find("Teamimport")}
    assert names == {"Teamimport1", "Teamimport2"}
    assert {c.last_name for c in team.lead.clients.find("Teamimport")} == {
        "Teamimport1",
        "Teamimport2",
        "Teamimport3",
    }
    # The batch itself is the lead's: the coaches cannot read it.
    assert batches_seen(team.lead) >= 1
    assert batches_seen(team.anna) == 0
    assert batches_seen(team.admin) == 0

    lead.undo(result.batch_id)
    assert team.anna.clients.count() == anna_before
    assert team.bram.clients.count() == bram_before


def test_the_import_table_is_under_row_level_security(team):
    from zkijdesk.storage.team import security_problems

    with team.admin.store.engine.connect() as conn:
        assert security_problems(conn) == []
        secured = conn.exec_driver_sql(
            "SELECT relrowsecurity FROM pg_class WHERE relname = 'import_batch'"
        ).scalar()
        policy = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_policies WHERE tablename = 'import_batch' "
            "AND policyname = 'zk_need_to_know'"
        ).scalar()
    assert secured is True
    assert policy == 1


def test_a_coach_imports_their_own_caseload(team, tmp_path):
    path = write_xlsx(tmp_path / "eigen.xlsx", [person(7, Achternaam="Eigenimport")])
    bram_before = team.bram.clients.count()
    result = run(importer(team.anna), path)
    assert result.counts["clients"] == 1
    assert [c.last_name for c in team.anna.clients.find("Eigenimport")] == ["Eigenimport"]
    assert team.bram.clients.count() == bram_before
    assert batches_seen(team.bram) == 0


def test_a_workstation_with_an_import_moves_in_without_its_batch(team, tmp_path):
    """A batch is the workstation's undo; the moved records no longer point at one."""
    from zkijdesk.services.importing.service import ImportService
    from zkijdesk.services.users import actor_for, create_user
    from zkijdesk.storage import team_admin
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.location import StoreLocation
    from zkijdesk.storage.store import create_store

    key = new_raw_key()
    path = tmp_path / "werkplek.db"
    local = create_store(StoreLocation(path=path), key=key)
    create_user(local, "coach01", "Coach Een", "coach")
    service = ImportService(local, actor_for(local, "coach01"), team.anna.clients._today)
    run(service, write_xlsx(tmp_path / "w.xlsx", [person(1, Achternaam="Verhuisimport")]))
    local.close()
    team_admin.move_in_store(
        team.db.maintenance_url,
        StoreLocation(path=path),
        key=key,
        user_mapping={"coach01": team.db.login("anna")},
    )
    found = team.anna.clients.find("Verhuisimport")
    assert [c.last_name for c in found] == ["Verhuisimport"]
    with team.anna.store.read_session() as s:
        moved = s.get(m.Client, found[0].id)
        assert moved.import_batch_id is None


def test_skills_and_several_contacts_under_row_level_security(team, tmp_path):
    from datetime import date

    from sheets import HEADER

    header = [*HEADER, "Vaardigheden", "Contact 1 datum", "Contact 2 datum"]
    rows = [
        person(
            1,
            Achternaam="Teamskill1",
            Coach="Anna",
            Vaardigheden="Wondzorg; heftruck",
            **{"Contact 1 datum": date(2026, 1, 5), "Contact 2 datum": date(2026, 2, 5)},
        )
    ]
    lead = importer(team.lead)
    result = run(lead, write_xlsx(tmp_path / "skills.xlsx", rows, header=header))
    assert (result.counts["skills"], result.counts["contacts"]) == (2, 2)
    (anna_view,) = team.anna.clients.find("Teamskill1")
    assert sorted(x.name for x in team.anna.clients.get(anna_view.id).skills) == [
        "Heftruckcertificaat",
        "Wondzorg",
    ]
    with team.bram.store.read_session() as s:  # Bram may not open the file: RLS hides it
        assert (
            s.scalar(
                select(func.count())
                .select_from(m.ClientSkill)
                .where(m.ClientSkill.import_batch_id == result.batch_id)
            )
            == 0
        )
    undone = lead.undo(result.batch_id)
    assert (undone["skills"], undone["contacts"], undone["clients"]) == (2, 2, 1)
    assert team.anna.clients.find("Teamskill1") == []


def test_a_client_with_a_route_for_each_of_two_coaches(team, tmp_path):
    """A row per route: the first route was Anna's, the second is Bram's. Bram, who has
    the current route, sees the file, and so does the team lead who imported it (a
    share); Anna, whose route ended before, does not (need-to-know). Undo takes both
    routes back out."""
    from datetime import date

    rows = [
        person(
            1,
            Achternaam="Teamroutes1",
            Coach="Anna",
            Intakedatum=date(2025, 1, 6),
            Afsluitdatum=date(2025, 6, 30),
            **{"Reden uitstroom": "verhuisd"},
        ),
        person(1, Achternaam="Teamroutes1", Coach="Bram", Intakedatum=date(2026, 1, 5)),
    ]
    lead = importer(team.lead)
    result = run(lead, write_xlsx(tmp_path / "routes.xlsx", rows))
    assert [r.action.value for r in result.rows] == ["nieuw", "aanvullen"]
    assert (result.counts["clients"], result.counts["routes"]) == (1, 2)
    for ctx in (team.bram, team.lead):
        (found,) = ctx.clients.find("Teamroutes1")
    assert team.anna.clients.find("Teamroutes1") == []
    with team.bram.store.read_session() as s:
        coaches = s.scalars(
            select(m.Route.coach_id)
            .where(m.Route.client_id == found.id)
            .order_by(m.Route.intake_date)
        ).all()
    assert coaches == [team.anna.actor.user_id, team.bram.actor.user_id]
    lead.undo(result.batch_id)
    for ctx in (team.anna, team.bram, team.lead):
        assert ctx.clients.find("Teamroutes1") == []


def test_a_bsn_of_a_colleagues_client_is_refused_in_dutch_and_names_no_one(team, tmp_path):
    """Anna cannot see Bram's client, so neither her form's nor her file's duplicate
    check finds him: the database's one-client-per-BSN rule refuses. That refusal once
    reached her as an English traceback listing every row of the batch (names, BSNs,
    birth dates); now it is one Dutch sentence naming the field or the file's row,
    nothing is written, and no name or BSN is in it."""
    from datetime import date

    from zkijdesk.domain.errors import TakenBsnError, ValidationError
    from zkijdesk.services.dto import ClientInput

    bsn = "111222333"
    team.bram.clients.intake(
        ClientInput(
            first_name="Vera",
            last_name="Verborgen",
            birth_date=date(1980, 3, 4),
            bsn=bsn,
            intake_status="werkzoekend_ww",
        ),
        None,
    )
    anna_before, batches_before = team.anna.clients.count(), batches_seen(team.lead)

    with pytest.raises(TakenBsnError) as refused:
        team.anna.clients.intake(
            ClientInput(
                first_name="Vera",
                last_name="Anders",
                birth_date=date(1980, 3, 4),
                bsn=bsn,
                intake_status="werkzoekend_ww",
            ),
            None,
        )
    said = str(refused.value.message)
    assert said.startswith("Dit BSN hoort al bij een cliënt in het team die u niet kunt zien")
    assert refused.value.field == "bsn"

    rows = [
        person(11, Achternaam="Eerlijk"),
        person(12, Achternaam="Botsing", BSN=bsn),
        person(13, Achternaam="Later"),
    ]
    path = write_xlsx(tmp_path / "botsing.xlsx", rows)
    with pytest.raises(ValidationError) as failed:
        run(importer(team.anna), path)
    said = str(failed.value.message)
    assert failed.value.field == "bsn"
    assert re.fullmatch(
        r"Het BSN op regel \d+ hoort al bij een cliënt in het team die u niet kunt zien; "
        r"er is niets geïmporteerd\. .*",
        said,
    ), said
    for secret in (bsn, "Verborgen", "Botsing", "Eerlijk", "1980"):
        assert secret not in said and secret not in repr(failed.value.__cause__)
    assert team.anna.clients.count() == anna_before
    assert team.anna.clients.find("Eerlijk") == []
    assert batches_seen(team.lead) == batches_before


def test_filling_in_ones_own_client_with_a_colleagues_route_in_either_order_and_undoing_it(
    team, tmp_path
):
    """Anna fills in a client of hers (no route yet) with Bram's current route and an
    earlier one of her own. Written a row at a time, the database held the second row
    against Bram, already the file's coach, and refused the batch when Bram's row came
    first; and the undo left Bram's route in place (Anna no longer coached the file),
    saying it had worked (review)."""
    from datetime import date

    from zkijdesk.services.dto import ClientInput

    anna, bram = team.anna, team.bram
    born = person(1)["Geb.datum"]
    for order, name in ((0, "Aanvulling"), (1, "Omgekeerd")):
        cid = anna.clients.intake(
            ClientInput(
                first_name="Voornaam1",
                last_name=name,
                birth_date=born,
                intake_status="werkzoekend_ww",
            ),
            None,
        ).client.id
        rows = [
            person(1, Achternaam=name, Coach="Bram", Intakedatum=date(2026, 1, 5)),
            person(
                1,
                Achternaam=name,
                Coach="Anna",
                Intakedatum=date(2025, 2, 3),
                Afsluitdatum=date(2025, 6, 30),
                **{"Reden uitstroom": "verhuisd"},
            ),
        ]
        if order:
            rows.reverse()
        service = importer(anna)
        source = service.open(write_xlsx(tmp_path / f"{name}.xlsx", rows))
        table = service.table(source)
        preview = service.preview(source, table, service.suggest(table))
        for row in preview.rows:
            service.choose(preview, row.number, "aanvullen")
        result = service.run(source, preview)
        assert [r.action.value for r in result.rows] == ["aanvullen", "aanvullen"]
        assert result.counts["routes"] == 2
        assert bram.sharing.shares(cid).manages  # his open route is the current one
        undone = service.undo(result.batch_id)
        assert undone["routes"] == 2
        engine = create_engine(team.db.maintenance_url)
        try:
            with engine.connect() as conn:
                left = conn.execute(
                    text("SELECT count(*) FROM route WHERE client_id = :c"), {"c": cid}
                ).scalar()
        finally:
            engine.dispose()
        assert left == 0
        assert anna.sharing.shares(cid).manages  # hers again, as before the import
