"""What the frozen bundle contains, checked without building it (that takes minutes).

The spec, the installer script and the workflow all read packaging/bundle_manifest.py
or are checked against it here, so a bundle that would miss the migration scripts, the
licences or the icon, or that would name two versions, fails in the ordinary test run.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
import types
from pathlib import Path

import bundle_manifest as manifest
import check_versions
import pytest

from zkijdesk.storage import migrate

ROOT = manifest.ROOT
PROJECT = manifest.read_project()


def test_spec_is_python_and_takes_name_and_version_from_pyproject():
    source = (ROOT / "pyinstaller.spec").read_text(encoding="utf-8")
    tree = ast.parse(source, "pyinstaller.spec")
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert "exclude_binaries=True" in source  # one folder: binaries go to COLLECT
    assert "manifest.read_project(ROOT)" in source
    assert "name=project.name" in source
    assert check_versions.VERSION_LITERAL.search(source) is None


def test_all_places_agree_on_the_version():
    assert check_versions.problems(check_installed=False) == []


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.3rc1", (2, 0, 3, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version, numbers):
    assert manifest.windows_version_tuple(version) == numbers


def test_windows_version_refuses_what_windows_cannot_hold():
    with pytest.raises(ValueError):
        manifest.windows_version_tuple("dev")
    with pytest.raises(ValueError):
        manifest.windows_version_tuple("1.70000")


def _versioninfo_module():
    """PyInstaller's version-resource module; it imports Windows-only helpers at the top."""
    sys.modules.setdefault("pefile", types.ModuleType("pefile"))
    import PyInstaller.compat as compat

    if not hasattr(compat, "win32api"):
        compat.win32api = types.ModuleType("win32api")
    from PyInstaller.utils.win32 import versioninfo

    return versioninfo


@pytest.mark.parametrize("exe", [manifest.GUI_EXE, manifest.CLI_EXE])
def test_windows_version_resource_parses_and_names_this_release(tmp_path, exe):
    versioninfo = _versioninfo_module()
    path = tmp_path / "version.txt"
    path.write_text(manifest.version_info_text(PROJECT, exe, "zkijdesk"), encoding="utf-8")

    info = versioninfo.load_version_info_from_text_file(str(path))

    numbers = manifest.windows_version_tuple(PROJECT.version)
    assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductVersion"] == PROJECT.version
    assert strings["OriginalFilename"] == f"{exe}.exe"
    assert strings["ProductName"] == PROJECT.name
    assert info.toRaw()  # Windows gets bytes, not only text


def test_every_listed_data_file_exists_and_none_is_a_cache():
    pairs = manifest.data_files()
    assert pairs
    for src, dest in pairs:
        path = Path(src)
        assert path.is_file(), src
        assert "__pycache__" not in path.parts
        assert path.suffix not in {".pyc", ".ts"}
        assert path.parent.relative_to(ROOT).as_posix() == dest
    assert manifest.missing_required_data() == []


def test_every_migration_script_is_bundled_where_alembic_looks_for_it():
    bundled = manifest.bundled_data_paths()
    package_root = Path(migrate.__file__).resolve().parents[1]
    in_bundle = migrate.MIGRATIONS_DIR.resolve().relative_to(package_root.parent).as_posix()
    assert in_bundle == "zkijdesk/storage/migrations"
    scripts = sorted((migrate.MIGRATIONS_DIR / "versions").glob("*.py"))
    assert len(scripts) >= 2
    for script in [migrate.MIGRATIONS_DIR / "env.py", *scripts]:
        assert f"{in_bundle}/{script.relative_to(migrate.MIGRATIONS_DIR).as_posix()}" in bundled
    assert f"{in_bundle}/script.py.mako" in bundled


def test_modules_the_migration_scripts_import_are_hidden_imports():
    imports = manifest.migration_imports()
    assert {"alembic.op", "alembic.context", "sqlalchemy", "zkijdesk.models"} <= set(imports)
    assert "collections.abc.Sequence" not in imports


def test_translations_icon_and_licences_are_data():
    bundled = manifest.bundled_data_paths()
    assert "zkijdesk/resources/icons/zkijdesk.png" in bundled
    assert "zkijdesk/resources/icons/zkijdesk.ico" in bundled
    assert "zkijdesk/resources/licenses/index.json" in bundled
    for qm in (ROOT / "zkijdesk" / "resources" / "i18n").glob("*.qm"):
        assert f"zkijdesk/resources/i18n/{qm.name}" in bundled
    assert "zkijdesk/resources/i18n/messages_en.mo" in bundled


def test_the_demo_data_files_are_bundled_and_in_the_wheel():
    bundled = manifest.bundled_data_paths()
    files = sorted((ROOT / "zkijdesk" / "resources" / "demo").glob("*.json"))
    assert len(files) == 6
    for path in files:
        assert f"zkijdesk/resources/demo/{path.name}" in bundled
        assert f"zkijdesk/resources/demo/{path.name}" in manifest.REQUIRED_DATA
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "resources/**/*" in pyproject["tool"]["setuptools"]["package-data"]["zkijdesk"]


def test_icon_has_the_sizes_windows_shows():
    data = manifest.ICON_ICO.read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00"
    count = int.from_bytes(data[4:6], "little")
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_unused_qt_parts_and_foreign_translations_are_dropped():
    assert not manifest.wanted("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not manifest.wanted("libQt6Pdf.so.6")
    assert not manifest.wanted("PySide6/Qt6WebEngineCore.dll")
    assert not manifest.wanted("PySide6/plugins/platforminputcontexts/qtvirtualkeyboardplugin.dll")
    assert not manifest.wanted("PySide6/Qt/translations/qtbase_de.qm")
    assert manifest.wanted("PySide6/Qt/translations/qtbase_nl.qm")
    assert manifest.wanted("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert manifest.wanted("PySide6/plugins/platforms/qoffscreen.dll")
    assert manifest.wanted("zkijdesk/resources/i18n/zkijdesk_en.qm")
    assert "PySide6.QtWebEngineCore" in manifest.EXCLUDES
    assert "tkinter" in manifest.EXCLUDES


def test_keyring_backends_and_dialects_are_named_for_the_frozen_program():
    hidden = set(manifest.HIDDEN_IMPORTS)
    assert {"keyring.backends.Windows", "sqlalchemy.dialects.sqlite.pysqlcipher"} <= hidden
    assert "sqlalchemy.dialects.postgresql.psycopg" in hidden
    assert "win32ctypes.pywin32.win32cred" in manifest.WINDOWS_HIDDEN_IMPORTS
    assert "zkijdesk" in manifest.COLLECT_SUBMODULES
    assert {"zkijdesk", "keyring"} <= set(manifest.COPY_METADATA)


def test_installer_script_is_per_user_keeps_data_and_never_changes_its_app_id():
    iss = manifest.ISS_SCRIPT.read_text(encoding="utf-8")
    setup = dict(
        line.split("=", 1)
        for line in iss.split("[Setup]", 1)[1].split("\n[", 1)[0].splitlines()
        if "=" in line and not line.startswith((";", "#"))
    )
    assert setup["AppId"] == "{{6FF88D61-D407-4406-883A-95CA922B6121}"
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\zkijdesk"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{autoprograms}\\zkijdesk" in iss  # Start-menu entry
    # Upgrades start from an empty _internal; the data folder is never in [InstallDelete].
    install_delete = iss.split("[InstallDelete]", 1)[1].split("\n[", 1)[0]
    assert f"{{app}}\\{manifest.CONTENTS_DIR}" in install_delete
    assert "localappdata}\\zkijdesk" not in install_delete
    # The data folder the uninstaller offers to remove is the app's data folder.
    assert r"ExpandConstant('{localappdata}\zkijdesk')" in iss
    assert "UninstallSilent()" in iss and "/REMOVEDATA" in iss
    assert "MB_DEFBUTTON2, IDNO" in iss  # the default answer keeps the data


def test_installer_and_workflow_ship_what_the_spec_builds():
    iss = manifest.ISS_SCRIPT.read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert f'#define GuiExe "{manifest.GUI_EXE}.exe"' in iss
    assert f'#define CliExe "{manifest.CLI_EXE}.exe"' in iss
    assert re.search(r"DistDir.*dist\\zkijdesk", iss)
    assert "pyinstaller.spec" in workflow
    assert "scripts/frozen_smoke.py" in workflow
    assert "dist\\zkijdesk" in workflow
    assert "/DAppVersion=" in workflow
    assert re.search(r"tags:\s*\[\"v\*\"\]", workflow)
    assert "workflow_dispatch" in workflow
