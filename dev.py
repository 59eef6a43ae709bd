#!/usr/bin/env python3
"""One entry point for a fresh machine: `python3 dev.py run` and `python3 dev.py test`.

Creates ``.venv`` beside this file on first use and (re)installs the project into it
whenever ``pyproject.toml`` changes, then runs the app or the tests inside it. Uses only
the standard library so it works before anything is installed, on Linux, macOS and
Windows (`py dev.py run`).

`python3 dev.py assets` builds what the program loads (``zkijdesk/resources/``) from the
editable sources in ``resources/`` (scripts/build_assets.py); its outputs are
committed, so neither `run` nor `test` needs it on a fresh clone.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".zkijdesk-installed"
LOCK = ROOT / "requirements.lock"
"""Every dependency (with the test and build extras) pinned with its hashes and no
download address, for every platform; made by ``python3 dev.py lock``."""
BENCH_LOCK = ROOT / "requirements-bench.lock"
"""The bench extra (tau-Argus through ``pytauargus``, which has wheels for fewer
platforms than the app), pinned the same way and installed by ``dev.py bench`` only."""
BENCH_STAMP = VENV / ".zkijdesk-bench-installed"
LINT_IMPORTS = "from importlinter.cli import lint_imports_command as c; c()"
"""import-linter's command, run with the environment's Python (no script path per OS)."""


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_env() -> Path:
    python = venv_python()
    if not python.exists():
        print("zkijdesk: virtuele omgeving aanmaken in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + Path(__file__).read_bytes() + LOCK.read_bytes()
    ).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("zkijdesk: afhankelijkheden installeren ...", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
        # The locked versions, each checked against its hash; then zkijdesk itself.
        subprocess.run([*pip, "install", "--require-hashes", "-r", str(LOCK)], check=True)
        subprocess.run([*pip, "install", "--no-deps", "-e", f"{ROOT}[test,build]"], check=True)
        STAMP.write_text(wanted)
    return python


def ensure_bench(python: Path) -> None:
    """The benchmarks' own tools beside the test environment, from their lock."""
    wanted = hashlib.sha256(BENCH_LOCK.read_bytes()).hexdigest()
    if not BENCH_STAMP.exists() or BENCH_STAMP.read_text().strip() != wanted:
        print("zkijdesk: benchmarkgereedschap installeren ...", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "--require-hashes", "-r", str(BENCH_LOCK)], check=True)
        BENCH_STAMP.write_text(wanted)


def lock() -> int:
    """Write requirements.lock anew from pyproject.toml with uv (fetched into a throwaway
    environment): universal markers, hashes, no index address."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        tools = Path(tmp) / "uv"
        venv.EnvBuilder(with_pip=True).create(tools)
        bin_dir = tools / ("Scripts" if os.name == "nt" else "bin")
        subprocess.run([str(bin_dir / "python"), "-m", "pip", "-q", "install", "uv"], check=True)
        compile_ = [str(bin_dir / "uv"), "pip", "compile", "--python-version", "3.11"]
        pinned = ["--generate-hashes", "--no-emit-index-url", "--no-header", "--quiet"]
        app = [*compile_, "pyproject.toml", "--extra", "test", "--extra", "build"]
        done = subprocess.run([*app, "--universal", *pinned, "-o", str(LOCK)], cwd=ROOT)
        if done.returncode != 0:
            return done.returncode
        # The bench extra alone, for the machines the benchmarks run on.
        with open(ROOT / "pyproject.toml", "rb") as f:
            wanted = tomllib.load(f)["project"]["optional-dependencies"]["bench"]
        bench_in = Path(tmp) / "bench.in"
        bench_in.write_text("\n".join(wanted) + "\n")
        bench = [*compile_, str(bench_in), *pinned, "-o", str(BENCH_LOCK)]
        return subprocess.run(bench, cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "bench", "lint", "lock", "assets"}:
        print(
            "gebruik: python3 dev.py run|test|bench|lint|lock|assets [argumenten]", file=sys.stderr
        )
        return 2
    command, rest = argv[0], argv[1:]
    if command == "lock":
        return lock()
    python = str(ensure_env())
    if command == "run":
        cmd = [python, "-m", "zkijdesk", *rest]
    elif command == "test":
        cmd = [python, "-m", "pytest", *rest]
    elif command == "bench":
        ensure_bench(Path(python))
        cmd = [python, "-m", "benchmarks", *rest]
    elif command == "assets":
        cmd = [python, str(ROOT / "scripts" / "build_assets.py"), *rest]
    else:
        return lint(python, rest)
    return subprocess.run(cmd, cwd=ROOT).returncode


def lint(python: str, rest: list[str]) -> int:
    """Ruff, then the layers as import contracts ([tool.importlinter]), then the types
    ([tool.mypy]); the first that fails ends the run with its exit code."""
    for step in (
        ["-m", "ruff", "check", ".", *rest],
        ["-m", "ruff", "format", "--check", "."],
        ["-c", LINT_IMPORTS, "--no-cache", "pyproject.toml"],
        ["-m", "mypy"],
    ):
        code = subprocess.run([python, *step], cwd=ROOT).returncode
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
