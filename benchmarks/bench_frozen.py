"""The frozen bundle: how big, how long to build, how fast it starts.

Builds ``pyinstaller.spec`` from scratch (fresh PyInstaller cache, as CI does), then
starts the same commands from the bundle and from the source tree
(``python -m zkijdesk``), alternating, and reports medians and their ratio:

- ``--version``: interpreter start, imports of the CLI, argument parsing;
- ``check`` on a small demo store: key, SQLCipher, schema check, integrity pragmas;
- the GUI offscreen on that store: time from process start to the first paint of the
  main window, and to "usable" (store opened, user signed in, pages attached), from
  zkijdesk/app.py's ``ZKIJDESK_STARTUP_TRACE=exit``, which then quits.

``ZKIJDESK_FROZEN_DIR`` pointing at an existing bundle skips the build (its build time
is then not reported).
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark wachtwoordzin 2026"
TRACE_ENV = "ZKIJDESK_STARTUP_TRACE"
DEMO_USER = "teamlead01"
EXE = ".exe" if sys.platform == "win32" else ""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build(work: Path) -> tuple[Path, float, float]:
    """Build the bundle; returns its folder, wall-clock and CPU seconds."""
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "pyi-cache")}
    cpu0, started = _children_cpu(), time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "pyinstaller.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
    )
    return work / "dist" / "zkijdesk", time.perf_counter() - started, _children_cpu() - cpu0


def _mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def size_rows(bundle: Path) -> list[tuple[str, float]]:
    internal = bundle / "_internal"

    def group(*names: str) -> float:
        return sum(_mb(internal / n) for n in names if (internal / n).exists())

    rows = [
        (
            f"zkijdesk{EXE} + zkijdesk-cli{EXE} (bootloader + Python archive each)",
            _mb(bundle / f"zkijdesk{EXE}") + _mb(bundle / f"zkijdesk-cli{EXE}"),
        ),
        (
            "Qt / PySide6 (QtCore, QtGui, QtWidgets, plugins, ICU on Linux)",
            group("PySide6", "shiboken6"),
        ),
        ("HiGHS (highspy) + numpy (with OpenBLAS)", group("highspy", "numpy", "numpy.libs")),
        ("sqlcipher3 (SQLCipher + OpenSSL, static)", group("sqlcipher3")),
        ("cryptography", group("cryptography")),
        ("Pillow (for ReportLab)", group("PIL", "pillow.libs")),
        ("psycopg-binary (libpq)", group("psycopg_binary", "psycopg_binary.libs")),
    ]
    accounted = sum(mb for _, mb in rows)
    rows.append(("everything else (Python runtime, other packages, data)", _mb(bundle) - accounted))
    return rows


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        cmd, env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=300
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {result.stderr.decode(errors='replace')[-400:]}")
    return elapsed


def _gui_marks(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to first paint and to usable (app.py's trace).

    The trace prints ``time.perf_counter_ns()``, a system-wide monotonic clock on
    Linux and Windows, so the child's marks compare with our own start time.
    """
    started = time.perf_counter_ns()
    result = subprocess.run(
        cmd, env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=300
    )
    text = result.stderr.decode(errors="replace")
    marks = dict(re.findall(r"^zkijdesk-trace (\S+) (\d+)$", text, re.M))
    if result.returncode != 0 or "usable" not in marks:
        raise RuntimeError(f"{cmd[0]} did not become usable: {text[-400:]}")
    return (int(marks["paint"]) - started) / 1e9, (int(marks["usable"]) - started) / 1e9


def _gui_trace_present() -> bool:
    return TRACE_ENV in (ROOT / "zkijdesk" / "app.py").read_text("utf-8")


def start_rows(bundle: Path, work: Path, repeats: int) -> list[tuple[str, float, float]]:
    home = work / "home"
    env = {
        **os.environ,
        "ZKIJDESK_HOME": str(home),
        "ZKIJDESK_PASSPHRASE": PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }
    source = [sys.executable, "-m", "zkijdesk"]
    frozen_cli = [str(bundle / f"zkijdesk-cli{EXE}")]
    frozen_gui = [str(bundle / f"zkijdesk{EXE}")]
    store = work / "demo.db"
    subprocess.run(
        [*source, "--store", str(store), "demo", "--clients", "200", "--seed", "3"],
        env=env,
        check=True,
        capture_output=True,
    )
    rows = []
    for label, args in (
        ("`--version`", ["--version"]),
        ("`check` on a 200-client store", ["--store", str(store), "check"]),
    ):
        _timed([*frozen_cli, *args], env)  # warm the page cache for both, then alternate
        _timed([*source, *args], env)
        frozen, from_source = [], []
        for _ in range(repeats):
            frozen.append(_timed([*frozen_cli, *args], env))
            from_source.append(_timed([*source, *args], env))
        rows.append((label, statistics.median(frozen), statistics.median(from_source)))

    if _gui_trace_present():
        # Signed in as the demo's team lead, as if chosen here before (config.py).
        settings = {"users": {str(store.absolute()): DEMO_USER}}
        home.mkdir(parents=True, exist_ok=True)
        (home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        gui_env = {**env, TRACE_ENV: "exit"}
        args = ["--store", str(store), "--user", DEMO_USER]
        _gui_marks([*frozen_gui, *args], gui_env)
        _gui_marks([*source, *args], gui_env)
        frozen, from_source = [], []
        for _ in range(repeats):
            frozen.append(_gui_marks([*frozen_gui, *args], gui_env))
            from_source.append(_gui_marks([*source, *args], gui_env))
        for index, label in (
            (0, "GUI: first paint of the main window"),
            (1, "GUI: usable (store opened, signed in, pages built)"),
        ):
            rows.append(
                (
                    label,
                    statistics.median(f[index] for f in frozen),
                    statistics.median(s[index] for s in from_source),
                )
            )
    return rows


def run(quick: bool = False) -> str:
    repeats = 3 if quick else 7
    kept = os.environ.get("ZKIJDESK_FROZEN_DIR")
    with tempfile.TemporaryDirectory(prefix="zkijdesk-bench-frozen-") as tmp:
        work = Path(tmp)
        if kept and (Path(kept) / f"zkijdesk-cli{EXE}").is_file():
            bundle, build_s, build_cpu = Path(kept), None, None
        else:
            bundle, build_s, build_cpu = build(work)
        sizes = size_rows(bundle)
        total = _mb(bundle)
        files = sum(1 for p in bundle.rglob("*") if p.is_file())
        starts = start_rows(bundle, work, repeats)
        if not kept:
            shutil.rmtree(bundle, ignore_errors=True)

    size_table = "\n".join(f"| {label} | {mb:,.0f} |" for label, mb in sizes)
    start_table = "\n".join(
        f"| {label} | {f * 1000:,.0f} ms | {s * 1000:,.0f} ms | {f / s:.2f} |"
        for label, f, s in starts
    )
    if not _gui_trace_present():
        start_table += "\n| GUI | n/a | n/a | zkijdesk/app.py has no start-up trace |"
    built = (
        f"Built from scratch (`--clean`, empty PyInstaller cache) in **{build_s:.0f} s** "
        f"wall clock ({build_cpu:.0f} s CPU)."
        if build_s is not None
        else "Bundle reused from `ZKIJDESK_FROZEN_DIR` (build time not measured)."
    )
    return f"""## Frozen bundle (`bench_frozen`)

One-folder PyInstaller bundle from `pyinstaller.spec` on this machine's platform:
**{total:,.0f} MB** in {files:,} files. {built}

| part of the bundle | MB |
| --- | ---: |
{size_table}

Left out on purpose: Qt WebEngine, Quick/QML, 3D, Multimedia, PDF, the virtual keyboard,
Tk, test and build tools, Qt translations other than Dutch and English, and Faker
locales other than Dutch and its fallbacks (see `packaging/bundle_manifest.py`).

Start times, median of {repeats} alternating runs each (frozen vs. `python -m zkijdesk`
from the source tree, same machine, same run):

| command | frozen | source tree | ratio |
| --- | ---: | ---: | ---: |
{start_table}"""


if __name__ == "__main__":
    print(run(quick="--quick" in sys.argv))
