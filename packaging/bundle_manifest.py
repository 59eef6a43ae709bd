"""What goes into the frozen zkijdesk bundle, in one place.

``pyinstaller.spec``, the consistency check (``packaging/check_versions.py``) and the
packaging tests all read this module, so the data files the spec bundles are the same
list the tests check, and the version the spec stamps on the executables is the one
``pyproject.toml`` names. It uses only the standard library: the spec runs it inside
PyInstaller, the tests inside pytest, and neither should need the other.

Why data files and not modules: Alembic loads ``env.py`` and the revision scripts from
files (``script_location``), so they must exist as ``.py`` files in the bundle, at the
place ``zkijdesk/storage/migrate.py``'s ``MIGRATIONS_DIR`` points to
(``Path(__file__).with_name("migrations")``, which inside the bundle is
``<_internal>/zkijdesk/storage/migrations``).
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "zkijdesk"

GUI_EXE = "zkijdesk"
CLI_EXE = "zkijdesk-cli"
CONTENTS_DIR = "_internal"  # PyInstaller's folder beside the executables
GUI_ENTRY = ROOT / "packaging" / "pyinstaller" / "zkijdesk_gui.py"
CLI_ENTRY = ROOT / "packaging" / "pyinstaller" / "zkijdesk_cli.py"
ICON_ICO = ROOT / PACKAGE / "resources" / "icons" / "zkijdesk.ico"
ICON_PNG = ROOT / PACKAGE / "resources" / "icons" / "zkijdesk.png"
LICENSES_DIR = ROOT / PACKAGE / "resources" / "licenses"
VERSION_TEMPLATE = ROOT / "packaging" / "windows" / "version_info.txt"
ISS_SCRIPT = ROOT / "packaging" / "windows" / "zkijdesk.iss"

# Source folder (relative to ROOT) -> glob patterns bundled as data below the same
# relative folder. Folders that do not exist yet (translations, report assets) are
# skipped, so the spec keeps working while those capabilities are being built.
# zkijdesk/resources holds the built assets only (scripts/build_assets.py writes them
# from resources/ at the top, which stays out of the bundle as out of the wheel).
DATA_TREES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (f"{PACKAGE}/resources", ("**/*",)),
    (f"{PACKAGE}/storage/migrations", ("*.py", "script.py.mako", "versions/*.py")),
    (f"{PACKAGE}/reporting/assets", ("**/*",)),
)
STYLE_MARKS = ("check-dark.svg", "check-light.svg", "chevron-down.svg", "chevron-up.svg")
# Files that must be present in every bundle; a build without them is broken.
REQUIRED_DATA = (
    f"{PACKAGE}/storage/migrations/env.py",
    f"{PACKAGE}/storage/migrations/script.py.mako",
    f"{PACKAGE}/storage/migrations/versions/0001_initial.py",
    f"{PACKAGE}/resources/licenses/index.json",
    f"{PACKAGE}/resources/icons/zkijdesk.png",
    f"{PACKAGE}/resources/icons/zkijdesk.ico",
    # The style sheet's marks (views/style.py): check boxes and the spin boxes' arrows.
    *(f"{PACKAGE}/resources/style/{name}" for name in STYLE_MARKS),
    # The screens' text (views/translations.py) and the English of every error and
    # progress sentence (zkijdesk/i18n/catalogue.py); argparse's words in Dutch
    # (zkijdesk/i18n/argparse_words.py: every command line run reads it).
    f"{PACKAGE}/resources/i18n/zkijdesk_nl.qm",
    f"{PACKAGE}/resources/i18n/zkijdesk_en.qm",
    f"{PACKAGE}/resources/i18n/messages_en.mo",
    f"{PACKAGE}/resources/i18n/argparse_nl.mo",
    # Migration 0006 and matching read the skills list; every PDF embeds the font.
    f"{PACKAGE}/resources/skills.csv",
    f"{PACKAGE}/resources/fonts/DejaVuSans.ttf",
    f"{PACKAGE}/resources/fonts/DejaVuSans-Bold.ttf",
    # The demo's names, phrases and weights (services/demo/data.py reads them).
    *(
        f"{PACKAGE}/resources/demo/{name}.json"
        for name in ("distributions", "employers", "names", "projects", "texts", "trainings")
    ),
)
_SKIP_PARTS = {"__pycache__", ".DS_Store"}
_SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}

# Modules loaded by name at run time, which PyInstaller's import analysis cannot see.
HIDDEN_IMPORTS = (
    # keyring finds its backends through entry points (metadata is copied by
    # PyInstaller's keyring hook); name the backends too, so a missing hook fails loudly.
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    # SQLAlchemy resolves dialects from the URL string.
    "sqlalchemy.dialects.sqlite.pysqlcipher",
    "sqlalchemy.dialects.postgresql.psycopg",
    "sqlcipher3",
    "sqlcipher3.dbapi2",
    # psycopg picks its libpq wrapper at run time (binary first).
    "psycopg_binary",
    "psycopg_binary.pq",
    # Alembic: the commands and the runtime the migration scripts use.
    "alembic",
    "alembic.command",
    "alembic.config",
    "alembic.context",
    "alembic.op",
    "alembic.runtime.migration",
    "alembic.script",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    # Reporting writers.
    "reportlab",
    "reportlab.pdfbase._fontdata",
    "reportlab.graphics.barcode.common",
    "openpyxl",
    "highspy",
    "highspy._core",
    # Spreadsheet import (services/importing/readers.py imports it lazily).
    "python_calamine",
)
# Only on Windows: the Credential Manager backend of keyring needs pywin32-ctypes.
WINDOWS_HIDDEN_IMPORTS = (
    "win32ctypes.pywin32.win32cred",
    "win32ctypes.pywin32.pywintypes",
    "win32ctypes.core",
)
# Packages whose submodules are imported by name (importlib) somewhere in zkijdesk or
# a library; collected whole. ``zkijdesk`` itself is collected whole except the
# migration scripts, which are data.
COLLECT_SUBMODULES = ("zkijdesk", "keyring.backends")
NOT_MODULES = (f"{PACKAGE}.storage.migrations",)

# Distributions whose metadata must travel with the bundle: zkijdesk reads its own
# version with importlib.metadata, keyring reads its entry points, and the About
# dialog shows the versions of the bundled components.
COPY_METADATA = (
    "zkijdesk",
    "keyring",
    "PySide6-Essentials",
    "shiboken6",
    "SQLAlchemy",
    "alembic",
    "sqlcipher3",
    "psycopg",
    "platformdirs",
    "python-stdnum",
    "phonenumbers",
    "argon2-cffi",
    "cryptography",
    "openpyxl",
    "reportlab",
    "Faker",
    "highspy",
    "numpy",
)

# What the app does not use. The product depends on PySide6-Essentials only, but a
# developer's environment may have the full PySide6 (Addons, WebEngine); name the big
# unused parts so they never end up in a bundle by accident.
QT_EXCLUDES = tuple(
    f"PySide6.{m}"
    for m in (
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCharts",
        "QtConcurrent",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQml",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtSvgWidgets",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    )
)
OTHER_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "IPython",
    "matplotlib",
    "pandas",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "ruff",
    "PyInstaller",
    "pip",
    "sqlalchemy.testing",
    "numpy.tests",
    "scipy",
    # Build tools that numpy.f2py and Mako's optional syntax highlighting would drag in
    # (numpy.f2py itself stays: it is small, and numpy imports it lazily by name).
    "numpy.distutils",
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "pygments",
)
EXCLUDES = QT_EXCLUDES + OTHER_EXCLUDES

# Qt files that arrive through plugins of PySide6-Addons when a developer's
# environment has them (the PDF image-format plugin, the virtual keyboard input
# context, which pulls in QtQuick and QtQml). The product installs PySide6-Essentials
# only, where these do not exist; dropping them keeps both bundles the same. WebEngine,
# 3D and Multimedia are excluded as modules above and named here as a second guard.
UNWANTED_BINARY_MARKERS = (
    "qt6webengine",
    "qtwebengineprocess",
    "qt63d",
    "qt6multimedia",
    "qt6quick",
    "qt6qml",
    "qt6pdf",
    "qt6virtualkeyboard",
    "qpdf.",
    "libqpdf.",
    "qtvirtualkeyboardplugin",
)
# Qt's own translations (standard dialog buttons and the like): Dutch and English.
QT_TRANSLATION_LANGUAGES = ("nl", "en")

# Faker, for the demo store: Dutch, and the locales Faker falls back to for providers
# without a Dutch variant (its hook would otherwise bundle every locale it has).
FAKER_LOCALES = ("nl_NL", "nl_BE", "en", "en_US", "en_GB", "la")
HOOKS_DIR = ROOT / "packaging" / "pyinstaller" / "hooks"


def wanted(dest_name: str) -> bool:
    """False for what the app does not use: the Qt libraries and plugins named above
    (and the links to them), and Qt translations other than Dutch and English."""
    path = Path(dest_name)
    if any(marker in path.name.lower() for marker in UNWANTED_BINARY_MARKERS):
        return False
    if path.suffix == ".qm" and "translations" in path.parts and "PySide6" in path.parts:
        language = path.stem.rsplit("_", 1)[-1].split("-")[0].lower()
        return language in QT_TRANSLATION_LANGUAGES
    return True


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str
    license: str
    dependencies: tuple[str, ...]


def read_project(root: Path = ROOT) -> Project:
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    lic = project.get("license", {})
    return Project(
        name=project["name"],
        version=project["version"],
        description=project.get("description", ""),
        license=lic.get("text", "") if isinstance(lic, dict) else str(lic),
        dependencies=tuple(project.get("dependencies", ())),
    )


def requirement_name(requirement: str) -> str:
    """The distribution name of a requirement string (``psycopg[binary]>=3`` -> psycopg)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if not match:
        raise ValueError(f"not a requirement: {requirement!r}")
    return match.group(1)


def normalize(name: str) -> str:
    """PEP 503 normal form, so ``PySide6_Essentials`` and ``pyside6-essentials`` match."""
    return re.sub(r"[-_.]+", "-", name).lower()


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for a Windows version resource (``1.2.3rc1`` -> ``(1, 2, 3, 0)``).

    Windows version resources and Inno Setup's VersionInfoVersion hold four 16-bit
    numbers; the full version string goes into the textual fields instead.
    """
    release = re.match(r"\s*(\d+(?:\.\d+)*)", version)
    if not release:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(n) for n in release.group(1).split(".")][:4]
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version {version!r} has a part above 65535")
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info_text(project: Project, exe: str, file_description: str) -> str:
    """The Windows version resource (PyInstaller's text form) of one executable."""
    from string import Template

    numbers = windows_version_tuple(project.version)
    template = Template(VERSION_TEMPLATE.read_text(encoding="utf-8"))
    return template.substitute(
        version_tuple=repr(numbers),
        version_dotted=".".join(str(n) for n in numbers),
        version=project.version,
        description=project.description.replace("'", "’"),
        name=project.name,
        exe=exe,
        file_description=file_description.replace("'", "’"),
    )


def _wanted(path: Path) -> bool:
    return (
        path.is_file() and not (set(path.parts) & _SKIP_PARTS) and path.suffix not in _SKIP_SUFFIXES
    )


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs, in PyInstaller's ``datas`` form."""
    pairs: dict[str, str] = {}
    for folder, patterns in DATA_TREES:
        base = root / folder
        if not base.is_dir():
            continue
        for pattern in patterns:
            for path in sorted(base.glob(pattern)):
                if _wanted(path):
                    dest = path.parent.relative_to(root).as_posix()
                    pairs[str(path)] = dest
    return sorted(pairs.items(), key=lambda pair: pair[0])


def bundled_data_paths(root: Path = ROOT) -> set[str]:
    """The files ``data_files`` puts into the bundle, as paths relative to its root."""
    return {f"{dest}/{Path(src).name}" for src, dest in data_files(root)}


def missing_required_data(root: Path = ROOT) -> list[str]:
    present = bundled_data_paths(root)
    return [path for path in REQUIRED_DATA if path not in present]


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules the Alembic scripts import: the scripts are data, their imports are not."""
    folder = root / PACKAGE / "storage" / "migrations"
    found: set[str] = set()
    for script in [folder / "env.py", *sorted((folder / "versions").glob("*.py"))]:
        tree = ast.parse(script.read_text(encoding="utf-8"), str(script))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(f"{node.module}.{alias.name}")
                )
    return sorted(name for name in found if name != "__future__")


def _is_module(name: str) -> bool:
    """True if ``name`` is a module (``alembic.op``), not a class (``collections.abc.X``)."""
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
