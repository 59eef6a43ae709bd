"""Run benchmarks and write their sections into docs/benchmarks.md.

Usage: python -m benchmarks [name ...]      (no names: all but the scale mode), or
       python -m benchmarks --clients 300000  (scale mode: bench_scale at 30,000 and
                                               300,000 clients, SQLite and PostgreSQL)

Each benchmark owns one section of the document, between markers, so running one
leaves the others' last figures in place.
"""

from __future__ import annotations

import argparse
import importlib
import re
from pathlib import Path

from benchmarks.machine import describe

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
#: The scale mode (``--clients``, or by name) takes most of an hour: not in "all".
BENCHMARKS = sorted(
    p.stem for p in Path(__file__).parent.glob("bench_*.py") if p.stem != "bench_scale"
)

HEADER = """# Benchmarks

Measured with `python3 dev.py bench` (all) or `python3 dev.py bench bench_demo` (one);
the scale mode, `python3 dev.py bench --clients 300000`, runs `bench_scale` at 30,000
and 300,000 clients (set `ZKIJDESK_BENCH_DATABASE_URL` for PostgreSQL too, and
`ZKIJDESK_BENCH_CACHE` to keep the stores between runs). Each section below is
rewritten by its own benchmark and says the dataset size and the machine it ran on.
Figures are wall-clock times of single runs unless a section says otherwise; compare
ratios within one section, which come from the same run.
"""


def write_section(name: str, body: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    section = f"{start}\n{body.strip()}\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    text = (
        pattern.sub(lambda _: section, text)
        if pattern.search(text)
        else (text.rstrip() + "\n\n" + section + "\n")
    )
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks")
    parser.add_argument("names", nargs="*", default=BENCHMARKS)
    parser.add_argument("--quick", action="store_true", help="small datasets, for a smoke run")
    parser.add_argument(
        "--clients",
        type=int,
        default=None,
        help="scale mode: bench_scale at a tenth of this many clients and at this many",
    )
    args = parser.parse_args()
    machine = describe()
    names = ["bench_scale"] if args.clients else args.names
    failures = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}", flush=True)
        if args.clients:
            body = module.run(quick=args.quick, sizes=(args.clients // 10, args.clients))
        else:
            body = module.run(quick=args.quick)
        write_section(name, f"{body.strip()}\n\nMachine: {machine}")
        print(body)
        # A benchmark with a limit of its own (bench_stall) says why it failed; its
        # figures are written all the same, so the failure can be read in context.
        failures += [f"{name}: {why}" for why in getattr(module, "FAILURES", [])]
    for failure in failures:
        print(f"FAILED {failure}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
