"""A one-line description of the machine a benchmark ran on, for docs/benchmarks.md."""

from __future__ import annotations

import os
import platform
from datetime import datetime
from pathlib import Path


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def memory_gib() -> str:
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split()[1])
        return f"{kib / 1024 / 1024:.0f} GiB"
    return "?"


def describe() -> str:
    from importlib.metadata import version

    import sqlcipher3

    return (
        f"{cpu_model()}, {os.cpu_count()} cores, {memory_gib()} RAM; "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
        f"SQLCipher on SQLite {sqlcipher3.sqlite_version}; "
        f"PySide6 {version('PySide6-Essentials')}, SQLAlchemy {version('SQLAlchemy')}; "
        f"measured {datetime.now():%Y-%m-%d %H:%M}"
    )
