"""The files the program loads are built from their sources in resources/, and current.

``zkijdesk/resources/`` is committed, so that a fresh clone runs and installs without a
build step; what keeps it honest is this file. Each output is built afresh from its
source and compared with the committed one (byte for byte; an icon pixel by pixel,
scripts/build_assets.py says why), so an edited ``.ts``, ``.po``, demo list or icon
without ``python3 dev.py assets`` fails here, whatever the files' times say.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import build_assets
import pytest
from PIL import Image

OUTPUTS = build_assets.outputs()


def test_every_source_is_built_into_what_the_program_loads():
    assert build_assets.unused_sources() == []
    names = {output.name for output in OUTPUTS}
    assert {
        "i18n/zkijdesk_nl.qm",
        "i18n/zkijdesk_en.qm",
        "i18n/messages_en.mo",
        "icons/zkijdesk.png",
        "icons/zkijdesk.ico",
        "skills.csv",
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "style/check-light.svg",
    } <= names
    assert len([name for name in names if name.startswith("demo/")]) == 6
    # The package carries compiled translations only, never their sources.
    assert not [name for name in names if name.endswith((".ts", ".po"))]


@pytest.mark.parametrize("output", OUTPUTS, ids=lambda output: output.name)
def test_each_asset_is_built_from_its_current_source(output, tmp_path):
    committed = build_assets.OUT / output.name
    source = output.source.relative_to(build_assets.ROOT).as_posix()
    assert committed.is_file(), f"no zkijdesk/resources/{output.name}: python3 dev.py assets"
    fresh = tmp_path / Path(output.name).name
    output.make(output.source, fresh)
    assert output.same(fresh, committed), (
        f"zkijdesk/resources/{output.name} is not what {source} makes (an edited source, or a"
        " new Babel or PySide6 in the lock): python3 dev.py assets"
    )


def test_the_package_holds_no_asset_without_a_source():
    assert build_assets.strays() == []
    assert (build_assets.OUT / "licenses" / "index.json").is_file()  # collect_licenses' own


def test_the_build_writes_what_is_missing_or_stale_and_removes_what_has_no_source(tmp_path):
    sources, out = tmp_path / "resources", tmp_path / "package"
    shutil.copytree(build_assets.SOURCES, sources)
    (out / "licenses").mkdir(parents=True)
    (out / "licenses" / "index.json").write_text("{}")

    first = build_assets.build(out, sources)
    assert {d.reason for d in first} == {"missing"}
    assert len(first) == len(OUTPUTS)
    assert build_assets.build(out, sources) == []  # current files are left alone

    names = sources / "demo" / "names.json"
    names.write_text(names.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (sources / "style" / "chevron-up.svg").unlink()
    changed = {(d.name, d.reason) for d in build_assets.build(out, sources)}
    assert changed == {("demo/names.json", "out of date"), ("style/chevron-up.svg", "no source")}
    assert (out / "demo" / "names.json").read_bytes() == names.read_bytes()
    assert not (out / "style" / "chevron-up.svg").exists()
    assert (out / "licenses" / "index.json").read_text() == "{}"  # not this step's

    (sources / "notes.txt").write_text("nergens voor")
    assert build_assets.unused_sources(sources) == ["notes.txt"]


def test_an_icon_is_current_within_a_pixel_tolerance_and_stale_beyond_it(tmp_path):
    fresh = tmp_path / "fresh.png"
    build_assets.write_png(build_assets.SOURCES / "icons" / "zkijdesk.svg", fresh)

    def nudged(by: int) -> Path:
        image = Image.open(fresh).convert("RGBA")
        r, g, b, a = image.getpixel((128, 128))
        image.putpixel((128, 128), (max(r - by, 0), max(g - by, 0), max(b - by, 0), a))
        path = tmp_path / f"nudged{by}.png"
        image.save(path)
        return path

    assert build_assets.same_pixels(fresh, nudged(build_assets.PIXEL_TOLERANCE))
    assert not build_assets.same_pixels(fresh, nudged(40))
