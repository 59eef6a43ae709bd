"""Exporting a month: files, formats read back, refusal, rights, and no personal data."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from reporting_data import TODAY, reporting
from screenshot_folder import SCREENSHOTS
from sqlalchemy import select, update

from zkijdesk import models as m
from zkijdesk.domain.enums import ExitReason
from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.models.reporting import Publication as LedgerRow

pytestmark = pytest.mark.slow  # started first under xdist (conftest.py)

NAMES = ("pdf", "html", "xlsx", "csv", "json")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A demo region of 1,200 clients, made once; tests work on copies."""
    from zkijdesk.services.demo import generate_demo
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    folder = tmp_path_factory.mktemp("demo")
    key = new_raw_key()
    store = create_store(StoreLocation(path=folder / "demo.db"), key=key)
    generate_demo(store, clients=1200, seed=5, today=TODAY)
    store.close()
    return folder / "demo.db", key


def _copy(demo_file, folder: Path):
    from zkijdesk.storage.store import StoreLocation, open_store

    source, key = demo_file
    path = folder / "demo.db"
    shutil.copy(source, path)
    return open_store(StoreLocation(path=path), key=key)


@pytest.fixture
def demo(demo_file, tmp_path):
    store = _copy(demo_file, tmp_path)
    yield store
    store.close()


EVIL = '=HYPERLINK("http://example.com","klik")'


@pytest.fixture(scope="module")
def published(demo_file, tmp_path_factory):
    """One export in every format, of a region whose admin named a focus group like a
    formula; the read-back tests share it."""
    folder = tmp_path_factory.mktemp("published")
    store = _copy(demo_file, folder)
    with store.session() as s:
        s.execute(
            update(m.FocusTargetGroup)
            .where(m.FocusTargetGroup.year == 2026, m.FocusTargetGroup.code == "JONG")
            .values(name=EVIL)
        )
    result = export(store, folder / "uit")
    yield store, result
    store.close()


def actor(store, username):
    from zkijdesk.services.users import actor_for

    return actor_for(store, username)


def export(store, out, formats=None, user="teamlead01", month="2026-10"):
    return reporting(store, actor(store, user)).export(month, out, formats)


def test_export_writes_the_four_formats_and_records_the_ledger(demo, tmp_path):
    result = export(demo, tmp_path / "uit")
    assert [p.name for p in result.files] == [
        f"ZKIJ-maandcijfers-2026-10.{n}" for n in (*NAMES, "auditanker.json")
    ]
    anchor = json.loads(result.files[-1].read_text("utf-8"))
    assert anchor["schema"] == "zkijdesk/audit-anker/v1" and anchor["entries"] > 0
    assert all(p.stat().st_size > 0 for p in result.files)
    assert result.audit.passed and result.audit.suppressed > 0
    assert not [p for p in (tmp_path / "uit").iterdir() if p.name.startswith(".")]
    doc = json.loads(result.files[NAMES.index("json")].read_text("utf-8"))
    assert doc["period"] == "2026-10" and doc["region"] == "ZKIJ" and doc["threshold"] == 5
    assert doc["audit"]["passed"] is True
    for table in doc["tables"]:
        audit = next(t for t in doc["audit"]["tables"] if t["id"] == table["id"])
        hidden = sum(1 for c in table["cells"] if c["status"] == "suppressed")
        assert audit["suppressed"] == hidden and audit["passed"]
        assert all((c["value"] is None) == (c["status"] == "suppressed") for c in table["cells"])
    again = export(demo, tmp_path / "weer", "json")
    assert again.version == 2
    with demo.read_session() as s:
        rows = s.scalars(select(LedgerRow).order_by(LedgerRow.version)).all()
    assert [(r.year, r.month, r.version) for r in rows] == [(2026, 10, 1), (2026, 10, 2)]
    assert rows[0].suppressed_count == result.audit.suppressed
    assert set(json.loads(rows[0].hidden).values()) <= {"primair", "groep", "secundair"}


def test_the_export_after_a_preview_reuses_its_protection_until_anything_changes(
    demo, tmp_path, monkeypatch
):
    """The team lead looks at the preview, then exports: the export writes what the
    preview showed without choosing the hidden cells again (at 30,000 clients seconds,
    in a small region's autumn minutes). An edit, a setting or an export in between
    makes it protect anew."""
    from zkijdesk.services import reporting as service_module

    protected: list[int] = []
    real = service_module.protect_publication

    def counting(*args, **kwargs):
        protected.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(service_module, "protect_publication", counting)
    lead = reporting(demo, actor(demo, "teamlead01"))
    shown = lead.preview("2026-10")
    steps: list[str] = []
    result = lead.export(
        "2026-10", tmp_path / "uit", "json", progress=lambda _p, m: steps.append(m)
    )
    assert len(protected) == 1 and "Geheimhouding van het voorbeeld gebruiken" in steps
    assert result.files[0].read_bytes() == service_module.RENDERERS["json"](shown)
    # The export is in the ledger now: the next preview protects against it (version 2).
    assert lead.preview("2026-10").info.version == 2 and len(protected) == 2
    # A coach's edit in between: the figures differ, so the export protects again.
    with demo.session() as s:
        route = s.scalars(select(m.Route).where(m.Route.closed_on.is_(None)).limit(1)).one()
        route.closed_on, route.exit_reason = date(2026, 10, 15), ExitReason.WORK
    lead.export("2026-10", tmp_path / "weer", "json")
    assert len(protected) == 3
    assert lead.preview("2026-10", progress=lambda _p, m: steps.append(m)).info.version == 3
    assert len(protected) == 4
    reporting(demo, actor(demo, "admin")).set_threshold(6)
    lead.preview("2026-10")
    assert len(protected) == 5


def test_progress_moves_through_the_protection_rounds_and_reads_in_english(demo, tmp_path):
    """A small region's late months spend minutes choosing what stays hidden: the bar
    must keep moving there, step by step, never backwards, in words both languages have."""
    from zkijdesk.i18n import translate_message

    seen: list[tuple[int, str]] = []
    reporting(demo, actor(demo, "teamlead01")).export(
        "2026-10", tmp_path / "uit", "json", progress=lambda p, m: seen.append((p, m))
    )
    percents = [p for p, _ in seen]
    assert percents == sorted(percents) and percents[0] > 0 and percents[-1] <= 100
    rounds = [(p, m) for p, m in seen if m.startswith("Geheimhouding controleren, ronde ")]
    assert rounds[0][1] == "Geheimhouding controleren, ronde 1"
    assert all(40 < p < 70 for p, _ in rounds)
    assert translate_message(rounds[0][1], "en") == "Checking what stays hidden, round 1"
    assert all(translate_message(m, "en") != m for _, m in seen)


def test_pdf_reads_back_as_a_dutch_publication(published):
    from pypdf import PdfReader

    _, result = published
    pdf = result.files[0]
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for needle in (
        "Maandcijfers",
        "oktober 2026",
        "Kerncijfers",
        "verschil met",
        "Per focussector",
        "Uitstroom naar reden naar gemeente",
        "Toelichting",
        "Hoe kleine aantallen beschermd zijn",
        "Uitgegeven op 15-11-2026",
    ):
        assert needle in text, needle
    assert re.search(r"\b\d{1,3}\.\d{3}\b", text), "thousands are written the Dutch way"
    assert " x " in text or "\nx" in text  # hidden cells are marked
    if shutil.which("pdftoppm"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(pdf), str(SCREENSHOTS / "maandcijfers")],
            check=True,
        )
        assert (SCREENSHOTS / "maandcijfers-01.png").exists()


def test_xlsx_reads_back_with_numbers_frozen_headers_and_no_formula(published):
    from openpyxl import load_workbook

    _, result = published
    book = load_workbook(result.files[NAMES.index("xlsx")])
    doc = json.loads(result.files[NAMES.index("json")].read_text("utf-8"))
    assert book.sheetnames[0] == "Toelichting"
    assert len(book.sheetnames) == 1 + len(doc["tables"])
    hidden_json = sum(c["value"] is None for t in doc["tables"] for c in t["cells"])
    hidden_xlsx = numbers = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate)
                if cell.row > 5 and cell.column > 1:
                    if cell.value == "x":
                        hidden_xlsx += 1
                    elif cell.value is not None:
                        assert isinstance(cell.value, int)
                        numbers += 1
        if sheet.title != "Toelichting":
            assert sheet.freeze_panes == "B6"
    assert numbers > 200
    # Every hidden number shows as 'x' (the key figures and tables repeat some cells).
    assert hidden_xlsx >= hidden_json > 0


def test_text_that_looks_like_a_formula_is_neutralised(published):
    from openpyxl import load_workbook

    _, result = published
    raw = result.files[NAMES.index("csv")].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["tabel", "tabeltitel", "rij_dimensie"]
    fields = [f for row in rows for f in row]
    assert not [f for f in fields if f[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(f.startswith("'=HYPERLINK") for f in fields)
    book = load_workbook(result.files[NAMES.index("xlsx")])
    titles = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value]
    found = [c for c in titles if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert found and all(c.data_type == "s" for c in found)


def test_no_personal_data_leaves_in_any_format(published):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    demo, result = published
    stem = result.folder / "ZKIJ-maandcijfers-2026-10"
    texts = [
        Path(f"{stem}.csv").read_text("utf-8-sig"),
        Path(f"{stem}.json").read_text("utf-8"),
        "\n".join(p.extract_text() for p in PdfReader(f"{stem}.pdf").pages),
        "\n".join(
            str(c.value)
            for ws in load_workbook(f"{stem}.xlsx").worksheets
            for row in ws.iter_rows()
            for c in row
            if c.value is not None
        ),
        Path(f"{stem}.html").read_text("utf-8"),
    ]
    everything = "\n".join(texts)
    with demo.read_session() as s:
        clients = s.execute(
            select(
                m.Client.first_name,
                m.Client.last_name,
                m.Client.bsn,
                m.Client.birth_date,
                m.Client.postcode,
                m.Client.client_number,
            )
        ).all()
        notes = s.scalars(select(m.Activity.note).where(m.Activity.note.is_not(None))).all()
    assert len(clients) == 1200
    for first, last, bsn, birth, postcode, number in clients:
        assert f"{first} {last}" not in everything
        if bsn:
            assert bsn not in everything
        assert number not in everything
        assert birth.isoformat() not in everything
        assert f"{birth.day:02d}-{birth.month:02d}-{birth.year}" not in everything
        if postcode:
            assert postcode.replace(" ", "") not in everything.replace(" ", "")
    for note in set(notes):
        assert note not in everything
    # No record-level rows: the CSV has exactly one line per published or hidden cell.
    doc = json.loads(texts[1])
    assert texts[0].count("\n") == 1 + sum(len(t["cells"]) for t in doc["tables"])


def test_threshold_is_the_admins_and_applies_to_every_figure(demo, tmp_path):
    lead = reporting(demo, actor(demo, "teamlead01"))
    assert lead.threshold() == 5
    with pytest.raises(PermissionDeniedError):
        lead.set_threshold(7)
    admin = reporting(demo, actor(demo, "admin"))
    with pytest.raises(ValidationError):
        admin.set_threshold(1)
    assert admin.set_threshold(7) == 7
    result = export(demo, tmp_path, "json")
    doc = json.loads(result.files[0].read_text("utf-8"))
    assert doc["threshold"] == 7 and doc["audit"]["threshold"] == 7
    values = [c["value"] for t in doc["tables"] for c in t["cells"] if c["value"] is not None]
    assert all(v == 0 or v >= 7 for v in values)


def test_who_and_when(demo, tmp_path):
    with pytest.raises(PermissionDeniedError):
        export(demo, tmp_path / "a", user="coach001")
    with pytest.raises(ValidationError) as err:
        export(demo, tmp_path / "b", month="2026-11")
    assert "nog niet voorbij" in err.value.message
    with pytest.raises(ValidationError):
        export(demo, tmp_path / "c", month="oktober")
    with pytest.raises(ValidationError):
        export(demo, tmp_path / "d", formats="pdf,docx")
    assert not any((tmp_path / n).exists() for n in "abcd")


def test_an_audit_failure_exits_non_zero_and_writes_nothing(demo, demo_file, tmp_path, capsys):
    """An earlier publication (say, with a lower threshold) made a small cell derivable."""
    from zkijdesk.cli import main
    from zkijdesk.reporting.cells import CellKey
    from zkijdesk.services.reporting_queries import year_counts
    from zkijdesk.storage import keys

    with demo.read_session() as s:
        counts = year_counts(s, 2026, 10)
    codes = counts.breakdowns.dim("gemeente").codes
    small = None
    for code in codes:
        key = CellKey.make("instroom", "", "gemeente", code, 2026, "M", 10)
        if 0 < counts.value(key) < 5:
            small = code
    if small is None:  # make one: a single intake in Zandvoort in October
        pytest.skip("demo region has no small municipality cell this month")
    published = {
        CellKey.make("instroom", "", "gemeente", c, 2026, "M", 10).text(): counts.value(
            CellKey.make("instroom", "", "gemeente", c, 2026, "M", 10)
        )
        for c in codes
        if c != small
    }
    published[CellKey.make("instroom", "", "", "TOTAL", 2026, "M", 10).text()] = counts.value(
        CellKey.make("instroom", "", "", "TOTAL", 2026, "M", 10)
    )
    with demo.session() as s:
        s.add(
            LedgerRow(
                year=2026,
                month=10,
                version=1,
                source="opslag",
                threshold=3,
                formats="json",
                digest="0" * 64,
                cell_count=len(published),
                suppressed_count=0,
                cells=json.dumps(published),
                hidden="{}",
            )
        )
    demo.close()
    _, key = demo_file
    keys.save_to_keyring(Path(demo.location.path), key)
    out = tmp_path / "niet"
    rc = main(
        [
            "--store",
            str(demo.location.path),
            "--user",
            "teamlead01",
            "export",
            "--month",
            "2026-10",
            "--out",
            str(out),
        ]
    )
    assert rc == 1
    assert "controle op onthulling is niet geslaagd" in capsys.readouterr().err
    assert not out.exists()


def test_export_on_each_database_with_hand_made_data(store, data, roles, tmp_path):
    """The whole pipeline on SQLite and PostgreSQL: small counts are hidden, totals add up."""
    _, lead, _ = roles
    places = ("GM0392", "GM0453", "GM0375")
    for i in range(60):
        place = "GM0473" if i < 3 else places[i % 3]
        c = data.client(birth=date(1960 + i % 40, 3, 3), municipality=place)
        reason = "werk" if i % 2 else "scholing"
        data.route(c, date(2026, 9, 1 + i % 28), date(2026, 10, 1 + i % 28), reason)
    result = reporting(store, lead).export("2026-10", tmp_path, "json")
    doc = json.loads(result.files[0].read_text("utf-8"))
    assert doc["audit"]["passed"]
    table = next(t for t in doc["tables"] if t["id"] == "begeleiding.gemeente")
    cells = {
        (c["coords"]["gemeente"], c["coords"]["indicator"], c["coords"]["periode"]): c["value"]
        for c in table["cells"]
    }
    assert cells[("TOTAL", "uitstroom", "MAAND")] == 60
    assert cells[("GM0473", "uitstroom", "MAAND")] is None  # Zandvoort: 3 people
    assert cells[("GM0377", "uitstroom", "MAAND")] == 0  # nobody in Bloemendaal: published
    shown = [c["value"] for t in doc["tables"] for c in t["cells"] if c["value"] is not None]
    assert all(v == 0 or v >= 5 for v in shown)


def _check(schema: dict, value, root: dict, path: str = "$") -> None:
    """A small JSON-schema checker for the keywords docs/export-json-schema.json uses."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].split("/")[-1]]
    if "const" in schema:
        assert value == schema["const"], path
    if "enum" in schema:
        assert value in schema["enum"], path
    kinds = schema.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        python = {
            "object": dict,
            "array": list,
            "string": str,
            "integer": int,
            "boolean": bool,
            "null": type(None),
        }
        assert any(isinstance(value, python[k]) for k in kinds), (path, kinds)
    if isinstance(value, int) and not isinstance(value, bool):
        assert value >= schema.get("minimum", value), path
        assert value <= schema.get("maximum", value), path
    if isinstance(value, str) and "pattern" in schema:
        assert re.fullmatch(schema["pattern"], value), path
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            assert name in value, f"{path}.{name} missing"
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in props:
                _check(props[name], item, root, f"{path}.{name}")
            else:
                assert extra is not False, f"{path}.{name} not in the schema"
                if isinstance(extra, dict):
                    _check(extra, item, root, f"{path}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _check(schema["items"], item, root, f"{path}[{i}]")


def test_the_json_follows_its_documented_schema(published):
    _, result = published
    schema = json.loads(
        (Path(__file__).parents[2] / "docs" / "export-json-schema.json").read_text()
    )
    doc = json.loads(result.files[NAMES.index("json")].read_text("utf-8"))
    _check(schema, doc, schema)
    assert doc["tables"][0]["id"] == "kerncijfers"


def test_a_sector_chart_with_every_figure_hidden_is_a_sentence():
    """A small region's month can hide every sector figure: the chart then drew only
    "x" marks over an axis of zeros (0, 0, 0, 0). It says so in a sentence instead;
    one figure shown is enough for the chart."""
    from types import SimpleNamespace

    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Paragraph

    from zkijdesk.reporting.writers import pdf_writer

    def publication(shown):
        table = SimpleNamespace(cells=KeyedByItself())
        return SimpleNamespace(table=lambda _id: table, shown=shown)

    hidden = pdf_writer._sector_chart(publication(lambda _key: None))
    assert isinstance(hidden, Paragraph)
    assert "alle cijfers zijn deze maand geheim" in hidden.getPlainText()
    one = pdf_writer._sector_chart(publication(lambda key: 7 if key[0] == "ZW" else None))
    assert isinstance(one, Drawing)


class KeyedByItself(dict):
    def __missing__(self, key):
        return key
