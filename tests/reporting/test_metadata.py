"""Monthly files say when, from where, which version and whom to ask, and what their
protection covers; a correction can be told apart from the first publication."""

from __future__ import annotations

import csv
import io
import json

import pytest
from reporting_data import TODAY, reporting
from test_export import _copy, actor

from zkijdesk.domain.errors import PermissionDeniedError, ValidationError

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)


@pytest.fixture(scope="module")
def region_file(tmp_path_factory):
    """A demo region of 1,200 clients, made once; tests work on copies."""
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    folder = tmp_path_factory.mktemp("region")
    key = new_raw_key()
    store = create_store(StoreLocation(path=folder / "demo.db"), key=key)
    generate_demo(store, clients=1200, seed=5, today=TODAY)
    store.close()
    return folder / "demo.db", key


@pytest.fixture(scope="module")
def two_versions(region_file, tmp_path_factory):
    """October exported twice in every format, after the admin set a contact."""
    folder = tmp_path_factory.mktemp("versions")
    store = _copy(region_file, folder)
    reporting(store, actor(store, "admin")).set_contact(
        "  werkcentrum@zkij.example,\n 023 123 4567 "
    )
    lead = reporting(store, actor(store, "teamlead01"))
    first = lead.export("2026-10", folder / "v1")
    second = lead.export("2026-10", folder / "v2")
    yield store, first, second
    store.close()


def _json(result) -> dict:
    return json.loads(next(p for p in result.files if p.suffix == ".json").read_text("utf-8"))


def test_json_names_state_source_version_and_contact(two_versions):
    _, first, second = two_versions
    context = _json(first)["publication"]
    assert context == {
        "reference_date": TODAY.isoformat(),
        "source": "opslag",
        "source_label": "deze opslag",
        "version": 1,
        "contact": "werkcentrum@zkij.example, 023 123 4567",
    }
    assert _json(second)["publication"]["version"] == 2 == second.version


def test_json_says_what_the_guarantee_covers(two_versions):
    _, first, _ = two_versions
    doc = _json(first)
    covered = doc["audit"]["guarantee"]
    assert covered["small_counts_interval_width"] == doc["threshold"]
    assert covered["other_hidden_cells_interval_width"] == 1
    # Small counts stay protected by every later file; a cell hidden only to protect
    # others may be let go later, and the file does not promise otherwise.
    assert covered["kept_by_later_publications"] is True
    assert covered["protective_cells_kept_by_later_publications"] is False
    assert doc["audit"]["earlier_protective_cells_released"] == 0
    assert covered["publications"] == ["2026-10"]
    assert covered["relations"] == [
        "optellen",
        "perioden",
        "terugkerend",
        "nieuw_en_starts",
        "deelverzameling",
        "nazorg",
        "werkgevers",
        "geheel",
    ]
    # Counted per table, never which hidden cell was unsafe.
    for table in doc["audit"]["tables"]:
        assert set(table) == {"id", "passed", "cells", "suppressed"}


def test_csv_xlsx_and_pdf_carry_the_same_context(two_versions):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    _, first, second = two_versions
    for result, version in ((first, "1"), (second, "2")):
        by_suffix = {p.suffix: p for p in result.files}
        rows = list(
            csv.reader(io.StringIO(by_suffix[".csv"].read_text("utf-8-sig")), delimiter=";")
        )
        assert rows[0][-3:] == ["stand_registratie", "bron", "versie"]
        assert {tuple(r[-3:]) for r in rows[1:]} == {(TODAY.isoformat(), "opslag", version)}
        notes = [c.value for c in load_workbook(by_suffix[".xlsx"])["Toelichting"]["A"] if c.value]
        assert f"Versie van deze publicatie: {version}." in notes
        assert f"Stand van de registratie: {TODAY:%d-%m-%Y}." in notes
        assert "Contact: werkcentrum@zkij.example, 023 123 4567." in notes
        text = " ".join(
            " ".join(page.extract_text().split()) for page in PdfReader(by_suffix[".pdf"]).pages
        )
        assert f"Versie van deze publicatie: {version}." in text
        assert "Bron: deze opslag." in text
        assert "Wat de controle dekt." in text and "alle versies van de publicaties 2026-10" in text


def test_only_the_admin_sets_the_contact(region_file, tmp_path):
    demo = _copy(region_file, tmp_path)
    lead = reporting(demo, actor(demo, "teamlead01"))
    assert lead.contact() == ""
    with pytest.raises(PermissionDeniedError):
        lead.set_contact("iemand")
    admin = reporting(demo, actor(demo, "admin"))
    with pytest.raises(ValidationError) as err:
        admin.set_contact("x" * 201)
    assert err.value.message == "Contact mag hoogstens 200 tekens lang zijn."
    assert lead.contact() == ""
    demo.close()
