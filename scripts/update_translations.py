"""Bring zkijdesk's translation sources up to date with the code, then build them.

    python scripts/update_translations.py           # update .ts files, build .qm/.mo files
    python scripts/update_translations.py --check   # also fail if English is incomplete

Steps: ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate`` /
``QT_TRANSLATE_NOOP`` string of the Qt modules into ``resources/i18n/zkijdesk_nl.ts``
and ``zkijdesk_en.ts`` (existing translations are kept; strings that left the code are
dropped). Dutch is the source language, so the Dutch file's translations are the
source texts, filled in here. English translations are written in ``zkijdesk_en.ts``
(with Qt Linguist, or any editor); new strings arrive there marked unfinished.

The sentences of the domain, services, storage and reports have gettext's catalogue
``resources/i18n/messages_en.po`` beside them (edited by hand: msgid the Dutch
sentence, msgstr its English). An entry without English counts as untranslated.

Finally ``scripts/build_assets.py`` compiles both into ``zkijdesk/resources/i18n/``
(``.qm`` with ``pyside6-lrelease``, ``.mo`` with Babel), where the app reads them.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_assets
from build_assets import ROOT, tool

PACKAGE = ROOT / "zkijdesk"
SOURCES = build_assets.SOURCES / "i18n"
"""Where the translation sources are edited (and written by lupdate)."""
BUILT = build_assets.OUT / "i18n"
"""Where their compiled forms are, which the app loads."""
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}
_CALL = re.compile(r"\btr\(|\btranslate\(|QT_TRANSLATE_NOOP|QT_TR_NOOP")


def sources() -> list[Path]:
    """The modules with translatable text: those that import Qt and call a tr function."""
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "PySide6" in text and _CALL.search(text):
            files.append(path)
    return files


def mo_path(code: str) -> Path:
    return BUILT / f"messages_{code}.mo"


def qm_path(code: str) -> Path:
    return BUILT / f"zkijdesk_{code}.qm"


def ts_path(code: str) -> Path:
    return SOURCES / f"zkijdesk_{code}.ts"


def lupdate(target: Path, locale: str, files: list[Path] | None = None) -> None:
    files = files if files is not None else sources()
    subprocess.run(  # noqa: S603 - our own tool on our own files
        [
            tool("pyside6-lupdate"),
            *map(str, files),
            "-source-language",
            "nl_NL",
            "-target-language",
            locale,
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(target),
        ],
        check=True,
    )


def fill_source_language(path: Path) -> None:
    """In the Dutch file every translation is its own source text."""
    tree = ET.parse(path)  # noqa: S314 - our own translation file
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        numerus = translation.findall("numerusform")
        if numerus:
            # Dutch has a singular too ("1 regel", "2 regels"): forms written by hand
            # in this file are kept; only new, empty ones take the source text.
            fresh = translation.get("type") == "unfinished"
            for form in numerus:
                if fresh or not (form.text or "").strip():
                    form.text = source
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    missing = []
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext()).strip()
            kind = None if translation is None else translation.get("type")
            if not text or kind in ("unfinished", "vanished", "obsolete"):
                missing.append((name, message.findtext("source") or ""))
    return missing


def po_path(code: str) -> Path:
    return SOURCES / f"messages_{code}.po"


def untranslated_entries(po: Path) -> list[str]:
    """The ids of the catalogue's entries without English; a fuzzy entry is left out of
    the ``.mo``, so it counts as missing too."""
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalogue = read_po(fh)
    return [str(m.id) for m in catalogue if m.id and (not m.string or m.fuzzy)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a translation is missing")
    args = parser.parse_args(argv)
    for code, locale in LANGUAGES.items():
        lupdate(ts_path(code), locale)
    fill_source_language(ts_path("nl"))
    for built in build_assets.build():
        verb = "removed" if built.fresh is None else "written"
        print(f"zkijdesk/resources/{built.name}: {verb} ({built.reason})")
    missing = unfinished(ts_path("en"))
    missing += [("messages_en.po", id_) for id_ in untranslated_entries(po_path("en"))]
    for context, source in missing:
        print(f"untranslated: [{context}] {source}")
    print(f"{len(missing)} English string(s) still to translate")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
