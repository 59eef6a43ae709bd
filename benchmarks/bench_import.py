"""Moving a region in: 30,000 rows of clients with routes from one XLSX sheet into an
encrypted store, as a dry run (read and check every row) and for real (one batch),
then the undo of that batch.

Each case runs in a fresh process, so its peak memory (maximum resident set size) is
its own: the reader holds the sheet, the preview holds a plan per row. The quick look
the wizard needs first (the first 1,000 rows checked) is timed on its own.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 15)
HEADER = [
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Geboortedatum",
    "BSN",
    "Telefoon",
    "E-mail",
    "Postcode",
    "Gemeente",
    "Uitkering",
    "Sector",
    "Intakedatum",
    "Coach",
    "Afsluitdatum",
    "Reden uitstroom",
]
PLACES = ["Haarlem", "Velsen", "IJmuiden", "Beverwijk", "GM0396", "Heemstede", "Zandvoort"]
STATUS = ["WW", "bijstand", "Werkend", "geen uitkering", "Wajong"]
SECTORS = ["Zorg", "Onderwijs", "Techniek", "ICT", "Horeca", "Logistiek"]


def bsns(count: int) -> list[str]:
    """``count`` distinct nine-digit numbers that pass the eleven-test, in order."""
    found: list[str] = []
    number = 100_000_000
    while len(found) < count:
        digits = f"{number:09d}"
        total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
        if (total - int(digits[8])) % 11 == 0:
            found.append(digits)
        number += 1
    return found


def write_sheet(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cliënten")
    sheet.append(["Overzicht cliënten (benchmark)"])
    sheet.append([])
    sheet.append(HEADER)
    numbers = bsns(rows)
    for i in range(rows):
        intake = TODAY - timedelta(days=200 + i % 900)
        closed = intake + timedelta(days=120) if i % 3 == 0 else None
        sheet.append(
            [
                f"Voornaam{i}",
                "van" if i % 7 == 0 else None,
                f"Achternaam{i}",
                date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                int(numbers[i]) if i % 2 else numbers[i],
                f"06-{10000000 + i}",
                f"persoon{i}@example.nl",
                f"{2011 + i % 80}{'ab' if i % 2 else ' CD'}",
                PLACES[i % len(PLACES)],
                STATUS[i % len(STATUS)],
                SECTORS[i % len(SECTORS)],
                intake.strftime("%d-%m-%Y") if i % 2 else intake,
                None,
                closed,
                "werk" if closed else None,
            ]
        )
    sheet.append(["Totaal", None, None, None, rows])
    book.save(path)


def _case(name: str, store_path: str, key_hex: str, sheet: str, out) -> None:
    from zkijdesk.services.importing.service import ImportService
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store

    store = open_store(
        StoreLocation(path=Path(store_path)), key=StoreKey(KeyKind.RAW, key_hex, "bench")
    )
    service = ImportService(store, actor_for(store, "coach01"), lambda: TODAY)
    started = time.perf_counter()
    detail = ""
    if name == "undo":
        counts = service.undo(1)
        detail = f"{counts['clients']} cliënten en {counts['routes']} routes verwijderd"
    else:
        source = service.open(Path(sheet))
        table = service.table(source)
        mapping = service.suggest(table)
        if name == "first1000":
            preview = service.preview(source, table, mapping, limit=1000)
            detail = f"{len(preview.rows)} regels gecontroleerd"
        else:
            preview = service.preview(source, table, mapping)
            refused = sum(1 for r in preview.rows if r.action.value == "geweigerd")
            detail = f"{len(preview.rows)} regels gecontroleerd, {refused} geweigerd"
            if name == "real":
                result = service.run(source, preview)
                detail = (
                    f"{result.counts['clients']} cliënten en {result.counts['routes']} routes "
                    f"geschreven, {refused} geweigerd"
                )
    seconds = time.perf_counter() - started
    store.close()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.put((seconds, peak_mib, detail))


def _measure(name: str, *args) -> tuple[float, float, str]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_case, args=(name, *args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def run(quick: bool = False) -> str:
    from zkijdesk.services.users import create_user
    from zkijdesk.storage.keys import new_raw_key
    from zkijdesk.storage.store import StoreLocation, create_store

    rows = 2_000 if quick else 30_000
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryDirectory() as tmp:
        sheet = Path(tmp) / "caseload.xlsx"
        started = time.perf_counter()
        write_sheet(sheet, rows)
        made = time.perf_counter() - started
        key = new_raw_key()
        store_path = Path(tmp) / "store.db"
        store = create_store(StoreLocation(path=store_path), key=key)
        create_user(store, "coach01", "Coach Een", "coach")
        store.close()
        args = (str(store_path), key.secret, str(sheet))
        cases = [
            ("first1000", "Eerste 1.000 regels: hele werkblad lezen, 1.000 controleren"),
            (
                "dry",
                f"Proefimport: alle {rows:,} regels gelezen en gecontroleerd".replace(",", "."),
            ),
            ("real", "Import: lezen, controleren en schrijven in één transactie"),
            ("undo", "Ongedaan maken van de hele batch"),
        ]
        lines = [
            "## Import uit een spreadsheet (bench_import)",
            "",
            f"{_n(rows)} regels (cliënt + route; een derde afgesloten), één XLSX-werkblad van "
            f"{sheet.stat().st_size / 1024 / 1024:.1f} MB met titel- en totaalregel, naar een "
            "versleutelde SQLCipher-opslag. Elk geval in een eigen proces; piekgeheugen is "
            "de maximale RSS van dat proces.",
            "",
            "| geval | tijd | piekgeheugen | resultaat |",
            "| --- | ---: | ---: | --- |",
        ]
        for name, label in cases:
            seconds, peak, detail = _measure(name, *args)
            lines.append(f"| {label} | {seconds:.1f} s | {peak:.0f} MiB | {detail} |")
            print(f"{name}: {seconds:.2f} s, {peak:.0f} MiB, {detail}", flush=True)
        lines += [
            "",
            f"Doelen: import van 30.000 regels onder 60 s; controle van de eerste 1.000 "
            f"regels onder 2 s. Werkblad maken (openpyxl, geen deel van de meting): "
            f"{made:.1f} s."
            + (f" Belasting van de machine bij de start: {load:.2f}." if load is not None else ""),
        ]
        return "\n".join(lines)
