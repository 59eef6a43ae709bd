"""Check that every place that names zkijdesk's version agrees with pyproject.toml.

    python packaging/check_versions.py [--installed]

The version is written in exactly one place, ``pyproject.toml``. Everything else
derives it, and this script checks that nobody wrote it down a second time:

- ``pyinstaller.spec`` reads it with tomllib (through packaging/bundle_manifest.py)
  and contains no version number of its own;
- the Windows version resource template has placeholders only, and the version turns
  into the four numbers Windows needs;
- ``packaging/windows/zkijdesk.iss`` takes ``/DAppVersion`` and compares it with the
  ProductVersion of zkijdesk.exe, with no default version of its own, and keeps the
  AppId that identifies zkijdesk to Windows for upgrades;
- ``.github/workflows/windows.yml`` passes pyproject's version as ``/DAppVersion``;
- with ``--installed`` (what the build uses): the installed zkijdesk metadata carries
  the same version, because the frozen program reads its version from there.

Exit status 0 when all agree, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_manifest as manifest

APP_ID = "6FF88D61-D407-4406-883A-95CA922B6121"
WORKFLOW = manifest.ROOT / ".github" / "workflows" / "windows.yml"
SPEC = manifest.ROOT / "pyinstaller.spec"
VERSION_LITERAL = re.compile(r"""["']\d+\.\d+(\.\d+)*([a-z]+\d*)?["']""")


def problems(check_installed: bool) -> list[str]:
    found: list[str] = []
    project = manifest.read_project()
    try:
        manifest.windows_version_tuple(project.version)
    except ValueError as exc:
        found.append(f"pyproject.toml: {exc}")

    spec = SPEC.read_text(encoding="utf-8")
    if "read_project(" not in spec:
        found.append("pyinstaller.spec does not read the version from pyproject.toml")
    if VERSION_LITERAL.search(spec):
        found.append("pyinstaller.spec contains a version number of its own")
    for name in ("manifest.GUI_EXE", "manifest.CLI_EXE"):
        if f"name={name}" not in spec:
            found.append(f"pyinstaller.spec does not build {name}")

    template = manifest.VERSION_TEMPLATE.read_text(encoding="utf-8")
    if re.search(r"\d+\.\d+\.\d+", template):
        found.append(f"{manifest.VERSION_TEMPLATE.name} contains a version number")
    text = manifest.version_info_text(project, manifest.GUI_EXE, "check")
    if f"StringStruct('ProductVersion', '{project.version}')" not in text:
        found.append("the Windows version resource does not carry pyproject's version")

    iss = manifest.ISS_SCRIPT.read_text(encoding="utf-8")
    if f"AppId={{{{{APP_ID}}}" not in iss:
        found.append(f"zkijdesk.iss: AppId is not {{{APP_ID}}} (it must never change)")
    if "AppVersion={#AppVersion}" not in iss:
        found.append("zkijdesk.iss: AppVersion does not come from the AppVersion define")
    if re.search(r'#define\s+AppVersion\s+"', iss):
        found.append("zkijdesk.iss: defines a literal version instead of taking the build's")
    if "#if AppVersion != ExeVersion" not in iss:
        found.append("zkijdesk.iss: does not compare /DAppVersion with zkijdesk.exe")
    for exe in (manifest.GUI_EXE, manifest.CLI_EXE):
        if f'"{exe}.exe"' not in iss:
            found.append(f"zkijdesk.iss: does not name {exe}.exe")

    if WORKFLOW.is_file():
        workflow = WORKFLOW.read_text(encoding="utf-8")
        if "/DAppVersion=" not in workflow:
            found.append("windows.yml: does not pass /DAppVersion to iscc")
        if "pyproject.toml" not in workflow:
            found.append("windows.yml: does not read the version from pyproject.toml")
        if VERSION_LITERAL.search(workflow.replace('"3.11"', "")):
            found.append("windows.yml: contains a version number of zkijdesk")
    else:
        found.append(f"{WORKFLOW.relative_to(manifest.ROOT)} is missing")

    if check_installed:
        try:
            installed = metadata.version(project.name)
        except metadata.PackageNotFoundError:
            found.append(f"{project.name} is not installed in this environment")
        else:
            if installed != project.version:
                found.append(
                    f"installed {project.name} is {installed}, pyproject.toml says "
                    f"{project.version}: reinstall (pip install .) before building"
                )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--installed", action="store_true", help="also compare the installed metadata"
    )
    args = parser.parse_args(argv)
    found = problems(args.installed)
    version = manifest.read_project().version
    for problem in found:
        print(f"FAIL {problem}")
    if not found:
        print(f"ok   version {version}: pyproject.toml, spec, version resource, .iss, workflow")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
