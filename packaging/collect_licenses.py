"""Collect the licence texts of everything the zkijdesk bundle ships.

Writes ``zkijdesk/resources/licenses/<component>.txt`` and ``index.json``, which the
About dialog lists and PyInstaller bundles. The texts come from the installed
distributions' own licence files (``*.dist-info/licenses``), so they match what is
shipped; components that are not Python distributions (Qt, SQLCipher, SQLite, the
PostgreSQL client library, the Python runtime) get their texts from the Python
installation, the system's common-licenses folder or ``resources/licenses/`` (the
hand-kept texts, among the project's other editable asset sources).

Which distributions: the runtime closure of ``pyproject.toml``'s dependencies,
evaluated for Linux *and* Windows, so the Windows-only ones (pywin32-ctypes, tzdata)
have an entry even when this runs on Linux. A distribution that is not installed here
takes its text from ``resources/licenses/<name>.txt``; the Windows build runs this
script again before PyInstaller, so its bundle carries the installed packages' texts.

    .venv/bin/python packaging/collect_licenses.py          # (re)write
    .venv/bin/python packaging/collect_licenses.py --check  # fail if out of date
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import sysconfig
import textwrap
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_manifest as manifest  # noqa: E402

EXTRA = manifest.ROOT / "resources" / "licenses"
OUT = manifest.LICENSES_DIR
LICENSE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)

# Marker environments the bundle is built for: this machine, and Windows.
PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "win32": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
}


@dataclass
class Component:
    """One entry of the About dialog's list."""

    key: str
    name: str
    license: str
    url: str
    distributions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # "dist:NAME", "extra:FILE", "python"
    # Used only when none of ``distributions`` is installed (a Windows-only package
    # seen from Linux); otherwise the installed distributions' own files are used.
    fallback: tuple[str, ...] = ()
    note: str = ""
    platforms: tuple[str, ...] = ("linux", "win32")
    version: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)


# Components that need more than their own dist-info (or are no distribution at all).
# Order is the order of the About dialog; distributions not named here follow,
# alphabetically, each with its own licence files.
CURATED = (
    Component(
        "python",
        "Python",
        "PSF-2.0",
        "https://docs.python.org/3/license.html",
        sources=("python",),
        note="De Python-runtime die in de bundel is meegeleverd.",
    ),
    Component(
        "qt-pyside6",
        "Qt 6 en PySide6 (Qt for Python)",
        "LGPL-3.0-only",
        "https://www.qt.io/licensing/open-source-lgpl-obligations",
        distributions=("PySide6-Essentials", "shiboken6"),
        sources=("extra:LGPL-3.0.txt", "extra:GPL-3.0.txt"),
        note=(
            "Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3 (die de GNU GPL "
            "versie 3 aanvult; beide teksten staan hieronder). De Qt- en PySide6-"
            "bibliotheken staan als losse bestanden in de installatiemap (_internal/"
            "PySide6) en mogen door compatibele versies worden vervangen. De broncode is "
            "te vinden op https://download.qt.io/ en https://code.qt.io/."
        ),
    ),
    Component(
        "sqlcipher",
        "SQLCipher, SQLite en OpenSSL (via sqlcipher3)",
        "BSD-3-Clause AND blessing AND Apache-2.0 AND Zlib",
        "https://www.zetetic.net/sqlcipher/license/",
        distributions=("sqlcipher3",),
        sources=(
            "extra:sqlcipher.txt",
            "extra:sqlite.txt",
            "extra:Apache-2.0.txt",
            "dist:sqlcipher3",
        ),
        note=(
            "De versleutelde opslag: SQLCipher (Zetetic, BSD-licentie) met SQLite (publiek "
            "domein) en OpenSSL (Apache-licentie 2.0), statisch gekoppeld in sqlcipher3 "
            "(zlib-licentie, laatste tekst)."
        ),
    ),
    Component(
        "psycopg",
        "psycopg 3 en libpq (PostgreSQL-client)",
        "LGPL-3.0-only AND PostgreSQL",
        "https://www.psycopg.org/psycopg3/docs/basic/install.html",
        distributions=("psycopg", "psycopg-binary"),
        sources=("dist:psycopg", "extra:postgresql-libpq.txt"),
        note=(
            "psycopg (LGPL-3.0) met de meegeleverde libpq van PostgreSQL (PostgreSQL-"
            "licentie) en de bibliotheken die psycopg-binary daarbij levert."
        ),
    ),
    Component(
        "dejavu-fonts",
        "DejaVu Sans (lettertype)",
        "Bitstream-Vera",
        "https://dejavu-fonts.github.io/",
        sources=("extra:dejavu-fonts.txt",),
        version="2.37",
        note=(
            "Het lettertype van de PDF's (maandcijfers en inzage), als deelverzameling in "
            "elk bestand ingebed; de lettertypebestanden staan in resources/fonts."
        ),
    ),
    Component(
        "pyinstaller-bootloader",
        "PyInstaller-bootloader",
        "GPL-2.0-or-later WITH Bootloader-exception",
        "https://pyinstaller.org/en/stable/license.html",
        distributions=("pyinstaller",),
        sources=("dist:pyinstaller",),
        note=(
            "Het startprogramma van zkijdesk.exe en zkijdesk-cli.exe; de uitzondering in "
            "de licentie staat toe dat het met elk programma wordt meegeleverd."
        ),
    ),
    Component(
        "pywin32-ctypes",
        "pywin32-ctypes",
        "BSD-3-Clause",
        "https://github.com/enthought/pywin32-ctypes",
        distributions=("pywin32-ctypes",),
        fallback=("extra:pywin32-ctypes.txt",),
        platforms=("win32",),
        note="Toegang tot Windows Referentiebeheer voor keyring (alleen op Windows).",
    ),
    Component(
        "tzdata",
        "tzdata",
        "Apache-2.0",
        "https://github.com/python/tzdata",
        distributions=("tzdata",),
        fallback=("extra:tzdata.txt", "extra:Apache-2.0.txt"),
        platforms=("win32",),
        note="Tijdzonegegevens voor Faker en psycopg (alleen op Windows).",
    ),
)
# Shown first among the automatic entries: the components the issue names.
HIGHLIGHT = (
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "openpyxl",
    "keyring",
    "cryptography",
    "argon2-cffi",
    "python-stdnum",
    "phonenumbers",
    "platformdirs",
    "Faker",
    "highspy",
    "numpy",
)


def _marker_env(platform: str) -> dict[str, str]:
    env = default_environment()
    env.update(PLATFORMS[platform])
    return env


def runtime_closure() -> dict[str, set[str]]:
    """Normalized distribution name -> platforms on which the bundle contains it."""
    found: dict[str, set[str]] = {}
    project = manifest.read_project()
    for system in PLATFORMS:
        env = _marker_env(system)
        todo = [Requirement(r) for r in project.dependencies]
        seen: set[str] = set()
        while todo:
            req = todo.pop()
            if req.marker is not None and not req.marker.evaluate(env):
                continue
            name = manifest.normalize(req.name)
            extras = req.extras
            key = f"{name}[{','.join(sorted(extras))}]"
            if key in seen:
                continue
            seen.add(key)
            found.setdefault(name, set()).add(system)
            try:
                requires = metadata.distribution(req.name).requires or []
            except metadata.PackageNotFoundError:
                continue
            for text in requires:
                sub = Requirement(text)
                if sub.marker is not None:
                    ok = any(
                        sub.marker.evaluate({**env, "extra": extra}) for extra in extras
                    ) or sub.marker.evaluate({**env, "extra": ""})
                    if not ok:
                        continue
                    sub.marker = None
                todo.append(sub)
    return found


def _dist_license_files(dist_name: str) -> list[tuple[str, str]]:
    dist = metadata.distribution(dist_name)
    texts = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        in_dist_info = parts and parts[0].endswith(".dist-info")
        if in_dist_info and LICENSE_NAME.search(parts[-1]) and "sboms" not in parts:
            path = Path(str(file.locate()))
            if path.is_file():
                label = "/".join(parts[1:]) if len(parts) > 1 else parts[0]
                texts.append((f"{dist.metadata['Name']}: {label}", path.read_text("utf-8")))
    return texts


def _python_license() -> list[tuple[str, str]]:
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ]
    for path in candidates:
        if path.is_file():
            return [(f"Python {sys.version.split()[0]}: LICENSE.txt", path.read_text("utf-8"))]
    raise SystemExit("Python's LICENSE.txt not found in the base installation")


def _resolve(source: str) -> list[tuple[str, str]]:
    kind, _, arg = source.partition(":")
    if kind == "python":
        return _python_license()
    if kind == "extra":
        return [(arg, (EXTRA / arg).read_text("utf-8"))]
    if kind == "dist":
        return _dist_license_files(arg)
    raise ValueError(source)


def _license_of(dist_name: str) -> str:
    meta = metadata.distribution(dist_name).metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    short = (meta.get("License") or "").strip().splitlines()
    return short[0][:60] if short else "zie tekst"


def build_components() -> list[Component]:
    closure = runtime_closure()
    components: list[Component] = []
    covered: set[str] = set()
    for template in CURATED:
        comp = Component(**{**template.__dict__, "texts": []})
        installed = [d for d in comp.distributions if _is_installed(d)]
        if comp.key == "python":
            comp.version = platform.python_version()
        elif installed:
            comp.version = metadata.version(installed[0])
        sources = list(comp.sources)
        if comp.fallback:
            sources += [f"dist:{d}" for d in installed] if installed else list(comp.fallback)
        for source in sources:
            comp.texts.extend(_resolve(source))
        if not comp.texts:
            raise SystemExit(f"no licence text for {comp.name}")
        components.append(comp)
        covered.update(manifest.normalize(d) for d in comp.distributions)

    rest = sorted(
        (name for name in closure if name not in covered),
        key=lambda n: (
            next(
                (i for i, h in enumerate(HIGHLIGHT) if manifest.normalize(h) == n),
                len(HIGHLIGHT),
            ),
            n,
        ),
    )
    for name in rest:
        if not _is_installed(name):
            raise SystemExit(
                f"{name} is part of the bundle on {sorted(closure[name])} but is not "
                f"installed here and has no curated entry in {Path(__file__).name}"
            )
        dist = metadata.distribution(name)
        texts = _dist_license_files(name)
        if not texts:
            raise SystemExit(f"{name} ships no licence file; add a curated entry")
        components.append(
            Component(
                key=manifest.normalize(dist.metadata["Name"]),
                name=dist.metadata["Name"],
                license=_license_of(name),
                url=_home_page(dist),
                distributions=(dist.metadata["Name"],),
                platforms=tuple(sorted(closure[name])),
                version=dist.version,
                texts=texts,
            )
        )
    return components


def _home_page(dist: metadata.Distribution) -> str:
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "source code", "repository"}:
            return url.strip()
    return dist.metadata.get("Home-page") or f"https://pypi.org/project/{dist.metadata['Name']}/"


def _is_installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def render(comp: Component) -> str:
    only = f"niet in deze bundel (alleen {', '.join(comp.platforms)})"
    head = [
        comp.name,
        "=" * len(comp.name),
        f"Versie:   {comp.version or only}",
        f"Licentie: {comp.license}",
        f"Website:  {comp.url}",
    ]
    if comp.note:
        head += ["", *textwrap.wrap(comp.note, 78)]
    body = []
    for label, text in comp.texts:
        body += ["", "-" * 78, label, "-" * 78, "", text.strip()]
    return "\n".join(head + body) + "\n"


def outputs() -> dict[str, str]:
    components = build_components()
    files = {f"{c.key}.txt": render(c) for c in components}
    index = {
        "generated_by": "packaging/collect_licenses.py",
        "components": [
            {
                "key": c.key,
                "name": c.name,
                "version": c.version,
                "license": c.license,
                "url": c.url,
                "distributions": list(c.distributions),
                "platforms": list(c.platforms),
                "file": f"{c.key}.txt",
            }
            for c in components
        ],
    }
    files["index.json"] = json.dumps(index, indent=2, ensure_ascii=False) + "\n"
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the files differ")
    args = parser.parse_args()
    wanted = outputs()
    if args.check:
        stale = [
            name
            for name, text in wanted.items()
            if not (OUT / name).is_file() or (OUT / name).read_text("utf-8") != text
        ]
        extra = sorted(p.name for p in OUT.glob("*") if p.name not in wanted)
        if stale or extra:
            print(f"licence files out of date: {', '.join(stale + extra)}", file=sys.stderr)
            print("run: python packaging/collect_licenses.py", file=sys.stderr)
            return 1
        print(f"licence files up to date ({len(wanted) - 1} components)")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (OUT / name).write_text(text, encoding="utf-8")
    print(f"written {len(wanted) - 1} licence files and index.json to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
