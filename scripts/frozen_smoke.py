"""Smoke test of the frozen zkijdesk bundle, headless, as IT and a coach would meet it.

    python scripts/frozen_smoke.py --dist dist/zkijdesk [--python .venv/bin/python]

Runs the frozen executables (never the source tree) against stores in a temporary
folder, with ``ZKIJDESK_PASSPHRASE`` set and keyring forced to its failing backend so
no credential store is touched (except ``--keyring``, on Windows CI, which checks that
the frozen program finds the Windows Credential Manager). Prints one line per check and
exits non-zero if any check fails:

1. ``zkijdesk-cli --version`` names pyproject's version (the bundled metadata);
2. ``init`` creates an encrypted store;
3. ``demo`` fills one with synthetic data (Faker, bulk inserts);
4. ``check`` verifies it (SQLCipher's integrity pragmas);
5. a wrong passphrase is refused with one Dutch line and the file untouched;
6. ``export --month`` writes the monthly figures (ReportLab, openpyxl, HiGHS), when
   the command exists; if the source tree has it and the bundle does not, that fails;
7. a store made by the first release (schema 0001, created by the source tree's
   Python) is upgraded by the frozen ``check``, after an encrypted backup (the
   Alembic scripts are data files in the bundle: this proves they are found);
8. the GUI starts offscreen on the demo store, paints its main window, becomes usable
   (store opened, user signed in, pages attached) and quits: ``ZKIJDESK_STARTUP_TRACE=
   exit`` (zkijdesk/app.py) prints the moments and quits; ``ZKIJDESK_SMOKE_SCREENSHOT``
   asks the app to save the window before it quits.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "rookproef wachtwoordzin 2026"
WRONG_PASSPHRASE = "dit is de verkeerde wachtwoordzin"
TRACE_ENV = "ZKIJDESK_STARTUP_TRACE"  # zkijdesk/app.py: "exit" quits once usable
SCREENSHOT_ENV = "ZKIJDESK_SMOKE_SCREENSHOT"  # proposed for zkijdesk/app.py
DEMO_TEAMLEAD = "teamlead01"  # made by `demo`; the monthly figures are a team lead's job
GUI_TIMEOUT_S = 90
GUI_WITHOUT_HOOK_S = 8
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@dataclass
class Report:
    results: list[tuple[str, str, str]] = field(default_factory=list)

    def record(self, status: str, name: str, detail: str) -> None:
        self.results.append((status, name, detail))
        print(f"{status:<4} {name}: {detail}", flush=True)

    @property
    def failed(self) -> list[str]:
        return [name for status, name, _ in self.results if status == "FAIL"]


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def base_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in (TRACE_ENV, SCREENSHOT_ENV, "ZKIJDESK_RECOVERY_KEY"):
        env.pop(name, None)
    env.update(
        ZKIJDESK_HOME=str(home),
        ZKIJDESK_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    return env


def run(cmd: list[str], env: dict[str, str], timeout: float = 300) -> Run:
    started = time.perf_counter()
    proc = subprocess.run(  # noqa: S603 - our own executables and paths
        cmd,
        capture_output=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )
    return Run(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        time.perf_counter() - started,
    )


def subcommands(helptext: str) -> set[str]:
    """The subcommands argparse lists in ``{gui,init,...}`` of the usage text: the
    brace group that holds ``gui`` (the first one is ``--taal {nl,en}``'s choices, so
    since that option came the export step was skipped as "no export command yet")."""
    for group in re.findall(r"\{([a-z0-9_,-]+)\}", helptext):
        names = set(group.split(","))
        if "gui" in names:
            return names
    return set()


def tail(text: str, lines: int = 8) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


class Smoke:
    def __init__(self, dist: Path, python: str, work: Path, screenshot: Path | None) -> None:
        self.cli = str(dist / f"zkijdesk-cli{EXE_SUFFIX}")
        self.gui_exe = str(dist / f"zkijdesk{EXE_SUFFIX}")
        self.python = python
        self.work = work
        self.screenshot = screenshot
        self.env = base_env(work / "home")
        self.report = Report()
        self.demo = work / "demo.db"

    def expect(
        self, name: str, result: Run, *, code: int = 0, out: str = "", err: str = ""
    ) -> bool:
        problems = []
        if result.code != code:
            problems.append(f"exit {result.code}, expected {code}")
        if out and out not in result.out:
            problems.append(f"stdout lacks {out!r}")
        if err and err not in result.err:
            problems.append(f"stderr lacks {err!r}")
        if problems:
            detail = "; ".join(problems)
            self.report.record(
                "FAIL", name, f"{detail}; stdout: {tail(result.out)}; stderr: {tail(result.err)}"
            )
            return False
        self.report.record("ok", name, f"{result.seconds:.1f} s")
        return True

    def cli_run(self, *args: str, env: dict[str, str] | None = None) -> Run:
        return run([self.cli, *args], env or self.env)

    def version(self) -> None:
        wanted = f"zkijdesk {project_version()}"
        self.expect("zkijdesk-cli --version", self.cli_run("--version"), out=wanted)
        if sys.platform != "win32":  # the windowed .exe has no console to print to
            self.expect(
                "zkijdesk --version", run([self.gui_exe, "--version"], self.env), out=wanted
            )

    def init_and_demo(self) -> None:
        store = self.work / "leeg.db"
        self.expect(
            "init",
            self.cli_run("--store", str(store), "init", "--user", "coach01"),
            out="Opslag aangemaakt",
        )
        made = self.cli_run("--store", str(self.demo), "demo", "--clients", "200", "--seed", "7")
        self.expect("demo (200 clients)", made, out="200 cliënten")
        self.expect("check", self.cli_run("--store", str(self.demo), "check"), out="Opslag in orde")
        wrong = {**self.env, "ZKIJDESK_PASSPHRASE": WRONG_PASSPHRASE}
        before = self.demo.read_bytes() if self.demo.exists() else b""
        refused = self.cli_run("--store", str(self.demo), "check", env=wrong)
        refused_ok = self.expect(
            "wrong passphrase refused", refused, code=1, err="sleutel is onjuist"
        )
        if refused_ok and self.demo.read_bytes() != before:
            self.report.record("FAIL", "wrong passphrase refused", "the store file changed")

    def _source_commands(self) -> set[str]:
        result = run([self.python, "-m", "zkijdesk", "--help"], self.env, timeout=120)
        return subcommands(result.out) if result.code == 0 else set()

    def export(self) -> None:
        if "export" not in subcommands(self.cli_run("--help").out):
            if "export" in self._source_commands():
                self.report.record(
                    "FAIL", "export", "the source tree has 'export' but the bundle does not"
                )
            else:
                self.report.record(
                    "SKIP",
                    "export",
                    "zkijdesk has no 'export' command yet (neither bundle nor source tree)",
                )
            return
        today = date.today()
        month = f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"
        out = self.work / "export"
        result = self.cli_run(
            "--store",
            str(self.demo),
            "--user",
            DEMO_TEAMLEAD,
            "export",
            "--month",
            month,
            "--out",
            str(out),
        )
        if self.expect(f"export --month {month}", result):
            files = sorted(p.name for p in out.rglob("*") if p.is_file()) if out.exists() else []
            if not files:
                self.report.record("FAIL", "export files", f"nothing written to {out}")
            else:
                self.report.record("ok", "export files", ", ".join(files))

    def upgrade_path(self) -> None:
        old = self.work / "release-0.1.db"
        made = run(
            [self.python, str(ROOT / "tests" / "packaging" / "old_store.py"), str(old)],
            {**self.env, "PYTHONPATH": str(ROOT)},
            timeout=120,
        )
        if not self.expect("store of release 0.1 (schema 0001, source tree)", made):
            return
        result = self.cli_run("--store", str(old), "check")
        if self.expect("frozen check upgrades it", result, out="Opslag in orde"):
            backups = sorted(self.work.glob("release-0.1.voor-migratie-0001_initial.*.bak"))
            if "reservekopie" in result.out and backups:
                self.report.record("ok", "backup before the upgrade", backups[0].name)
            else:
                self.report.record("FAIL", "backup before the upgrade", tail(result.out))

    def keyring(self) -> None:
        """Windows only: the frozen program finds the Credential Manager via keyring."""
        env = {k: v for k, v in self.env.items() if k not in ("ZKIJDESK_PASSPHRASE",)}
        env.pop("PYTHON_KEYRING_BACKEND", None)
        store = self.work / "sleutelbos.db"
        made = run([self.cli, "--store", str(store), "init", "--user", "coach01"], env)
        if self.expect("init with the OS keyring", made, out="Herstelsleutel"):
            self.expect(
                "check opens it from the keyring",
                run([self.cli, "--store", str(store), "check"], env),
                out="Opslag in orde",
            )

    def remember_user(self, store: Path, username: str) -> None:
        """As if ``username`` had signed in to ``store`` on this workstation before.

        The GUI signs in without asking when the OS login is a user of the store or the
        workstation remembers one (zkijdesk/config.py's settings.json); the demo
        store's users are made up, so the smoke test remembers its team lead.
        """
        home = Path(self.env["ZKIJDESK_HOME"])
        home.mkdir(parents=True, exist_ok=True)
        settings = {"users": {str(store.absolute()): username}}
        (home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")

    def _start_gui(self, name: str, cmd: list[str], env: dict[str, str]) -> dict | None:
        """Run a GUI start until it quits; returns its trace marks, or None on failure."""
        started = time.perf_counter_ns()
        proc = subprocess.Popen(  # noqa: S603 - our own executable
            cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        try:
            _, err = proc.communicate(timeout=GUI_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            detail = f"not usable within {GUI_TIMEOUT_S} s ({TRACE_ENV}=exit)"
            self.report.record("FAIL", name, f"{detail}: {tail(err.decode('utf-8', 'replace'))}")
            return None
        text = err.decode("utf-8", "replace")
        if proc.returncode != 0:
            self.report.record("FAIL", name, f"exit {proc.returncode}: {tail(text)}")
            return None
        return {k: (v - started) / 1e9 for k, v in trace_marks(text).items()}

    def gui(self) -> None:
        """Offscreen starts on the demo store until the window is usable, then quit.

        The windowed executable has no stderr on Windows (PyInstaller gives a windowed
        program no console), so the trace is read from the console executable's ``gui``
        command, and the windowed one is checked to start, paint and quit cleanly.
        """
        self.remember_user(self.demo, DEMO_TEAMLEAD)
        args = ["--store", str(self.demo), "--user", DEMO_TEAMLEAD]
        env = {**self.env, TRACE_ENV: "exit"}
        marks = self._start_gui("GUI offscreen (zkijdesk-cli gui)", [self.cli, *args, "gui"], env)
        if marks is not None:
            if "usable" in marks:
                self.report.record(
                    "ok",
                    "GUI offscreen (zkijdesk-cli gui)",
                    f"first paint {marks.get('paint', 0):.2f} s, usable {marks['usable']:.2f} s "
                    "after start (demo store)",
                )
            else:
                self.report.record(
                    "FAIL", "GUI offscreen (zkijdesk-cli gui)", f"no usable mark: {sorted(marks)}"
                )

        if self.screenshot:
            self.screenshot.parent.mkdir(parents=True, exist_ok=True)
            self.screenshot.unlink(missing_ok=True)
            env = {**env, SCREENSHOT_ENV: str(self.screenshot)}
        name = f"GUI offscreen (zkijdesk{EXE_SUFFIX})"
        marks = self._start_gui(name, [self.gui_exe, *args], env)
        if marks is None:
            return
        if sys.platform != "win32" and "usable" not in marks:
            self.report.record("FAIL", name, f"no usable mark: {sorted(marks)}")
            return
        self.report.record("ok", name, "started, became usable and quit")
        if not self.screenshot:
            return
        if self.screenshot.is_file():
            self.report.record("ok", "GUI screenshot", str(self.screenshot))
        else:
            self.report.record(
                "WARN",
                "GUI screenshot",
                f"none saved: zkijdesk/app.py does not honour {SCREENSHOT_ENV} yet",
            )

    def gui_stays_up(self) -> None:
        """For an app.py without the start-up trace: the window must come up and stay."""
        proc = subprocess.Popen(  # noqa: S603 - our own executable
            [self.gui_exe, "--store", str(self.demo)],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _, err = proc.communicate(timeout=GUI_WITHOUT_HOOK_S)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
            self.report.record(
                "WARN",
                "GUI offscreen",
                f"started and stayed up {GUI_WITHOUT_HOOK_S} s, then stopped: "
                f"zkijdesk/app.py has no {TRACE_ENV}",
            )
            return
        text = err.decode("utf-8", "replace")
        self.report.record(
            "FAIL", "GUI offscreen", f"exited early ({proc.returncode}): {tail(text)}"
        )


def trace_marks(stderr: str) -> dict[str, int]:
    """``zkijdesk-trace <event> <ns>`` lines (zkijdesk/app.py) as {event: perf_counter_ns}."""
    marks = {}
    for match in re.finditer(r"^zkijdesk-trace (\S+) (\d+)$", stderr, re.M):
        marks.setdefault(match.group(1), int(match.group(2)))
    return marks


def app_has_trace() -> bool:
    """Whether zkijdesk/app.py (from which the bundle is built) has the start-up trace."""
    app = ROOT / "zkijdesk" / "app.py"
    return app.is_file() and TRACE_ENV in app.read_text("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, required=True, help="folder with zkijdesk-cli")
    parser.add_argument(
        "--python", default=sys.executable, help="the source tree's Python (for the 0.1 store)"
    )
    parser.add_argument("--screenshot", type=Path, default=None, help="save the GUI here")
    parser.add_argument("--keyring", action="store_true", help="also test the OS keyring")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    args = parser.parse_args(argv)

    dist = args.dist.resolve()
    if not (dist / f"zkijdesk-cli{EXE_SUFFIX}").is_file():
        print(f"FAIL no zkijdesk-cli{EXE_SUFFIX} in {dist}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="zkijdesk-smoke-") as tmp:
        smoke = Smoke(dist, args.python, Path(tmp), args.screenshot)
        print(f"frozen smoke test of {dist} (work folder {tmp})", flush=True)
        smoke.version()
        smoke.init_and_demo()
        smoke.export()
        smoke.upgrade_path()
        if args.keyring:
            smoke.keyring()
        if smoke.demo.exists():
            if app_has_trace():
                smoke.gui()
            else:
                smoke.gui_stays_up()
        else:
            smoke.report.record("FAIL", "GUI offscreen", "no demo store to open")
    report = smoke.report
    if args.json:
        args.json.write_text(json.dumps(report.results, ensure_ascii=False, indent=1), "utf-8")
    counts = {
        s: sum(1 for r in report.results if r[0] == s) for s in ("ok", "SKIP", "WARN", "FAIL")
    }
    print(
        f"frozen smoke test: {counts['ok']} ok, {counts['SKIP']} skipped, "
        f"{counts['WARN']} warnings, {counts['FAIL']} failed",
        flush=True,
    )
    return 1 if report.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
