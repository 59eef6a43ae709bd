#!/usr/bin/env python3
"""One entry point for a fresh machine: `python3 dev.py run` and `python3 dev.py test`.

Creates ``.venv`` beside this file on first use and (re)installs the project into it
whenever ``pyproject.toml`` changes, then runs the app or the tests inside it. Uses only
the standard library so it works before anything is installed, on Linux, macOS and
Windows (`py dev.py run`).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".zkijdesk-installed"


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
        (ROOT / "pyproject.toml").read_bytes() + Path(__file__).read_bytes()
    ).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("zkijdesk: afhankelijkheden installeren ...", flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "-e", f"{ROOT}[test,build]"], check=True)
        STAMP.write_text(wanted)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "bench", "lint"}:
        print("gebruik: python3 dev.py run|test|bench|lint [argumenten]", file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    python = str(ensure_env())
    if command == "run":
        cmd = [python, "-m", "zkijdesk", *rest]
    elif command == "test":
        cmd = [python, "-m", "pytest", *rest]
    elif command == "bench":
        cmd = [python, "-m", "benchmarks", *rest]
    else:
        checked = subprocess.run([python, "-m", "ruff", "check", ".", *rest], cwd=ROOT)
        if checked.returncode != 0:
            return checked.returncode
        cmd = [python, "-m", "ruff", "format", "--check", "."]
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
