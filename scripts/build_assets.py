"""Build the files the program loads from their editable sources in ``resources/``.

    python3 dev.py assets            # write every output that is missing or out of date
    python3 dev.py assets --check    # only name them, and fail when there is one

``resources/`` at the top of the repository holds what people edit; ``zkijdesk/resources/``
holds what the program reads at run time (beside its modules, so an installed program
finds it without a repository) and what the wheel and the PyInstaller bundle carry.
This script makes the second from the first, the way a Qt project runs
``pyside6-lrelease`` before it ships:

- ``i18n/*.ts`` -> ``i18n/*.qm`` with ``pyside6-lrelease`` (the screens' text);
- ``i18n/*.po`` -> ``i18n/*.mo`` with Babel (the sentences of the layers below the
  screens, read with the standard library's gettext);
- ``icons/<name>.svg`` -> ``icons/<name>.png`` (256 px, Qt's window icon) and
  ``icons/<name>.ico`` (16 to 256 px, each size drawn from the vector, for Windows),
  drawn with QtSvg and written with Pillow;
- ``demo/*.json``, ``fonts/*.ttf``, ``style/*.svg`` and ``skills.csv`` are copied.

``resources/licenses/`` is not copied: it holds the hand-kept texts that
``packaging/collect_licenses.py`` combines with the installed packages' own licence
files into ``zkijdesk/resources/licenses/``; that folder depends on what is installed
(the Windows build writes it again), so that script owns it and this one leaves it be.

The outputs are committed: a fresh clone runs and tests (``python3 dev.py run``,
``python3 dev.py test``) and installs (``pip install .``, PyInstaller) without this step
and without Qt's tools at build time. Each output is a function of its source alone
(no dates: Babel takes the header's date from the ``.po``, lrelease and Pillow write
none), so a fresh build equals the committed file byte for byte. The tools are part
of the recipe: a new Babel writes its version into the ``.mo`` header and a new
lrelease may lay out a ``.qm`` differently, so bumping either in the lock needs a
rebuild too, and the test says so. An icon is the
exception: Qt's raster engine chooses its code path by the processor, so a pixel may
differ in its last bits between machines; a drawing counts as current when every
pixel is within ``PIXEL_TOLERANCE`` of a fresh one, and is then not rewritten.
``tests/packaging/test_assets.py`` rebuilds every output and fails on a difference,
which is how an edited source without its rebuilt output is caught: a file's time
cannot tell, since git gives every file it checks out the time of the checkout.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources"
OUT = ROOT / "zkijdesk" / "resources"
COPIED = ("demo/*.json", "fonts/*.ttf", "style/*.svg", "skills.csv")
# Folders of OUT that another step writes (packaging/collect_licenses.py), and files of
# SOURCES that are no asset's source: this script neither builds nor removes them.
NOT_BUILT_HERE = ("licenses",)
NOT_A_SOURCE = ("README.md", "licenses")
ICON_PNG_SIZE = 256
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PIXEL_TOLERANCE = 3


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def lrelease(ts: Path, qm: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)  # noqa: S603 - our own tool on our own files


def compile_po(po: Path, mo: Path) -> None:
    """Write ``mo`` from ``po``; fuzzy entries are left out, as gettext's msgfmt does.
    Babel writes today's date into a header that lacks one, so the ``.po`` carries its
    dates and the ``.mo`` is the same bytes every time."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalogue = read_po(fh)
    with mo.open("wb") as fh:
        write_mo(fh, catalogue, use_fuzzy=False)


def copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)


def draw(svg: Path, size: int) -> Image.Image:
    """The SVG at ``size`` x ``size`` pixels, straight RGBA, drawn by QtSvg (no
    QGuiApplication needed: it paints into an image, not onto a screen)."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt cannot draw this SVG")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = bytes(image.constBits())
    return Image.frombytes("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine())


def write_png(svg: Path, target: Path) -> None:
    draw(svg, ICON_PNG_SIZE).save(target, format="PNG")


def write_ico(svg: Path, target: Path) -> None:
    """Every size drawn from the vector rather than scaled down from the largest, so the
    door keeps clean edges at 16 px."""
    images = [draw(svg, size) for size in ICO_SIZES]
    images[-1].save(
        target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1]
    )


def same_bytes(fresh: Path, committed: Path) -> bool:
    return fresh.read_bytes() == committed.read_bytes()


def frames(path: Path) -> dict[tuple[int, int], Image.Image]:
    """Each picture in a PNG or ICO file by its size, premultiplied, so that a pixel
    that is nearly transparent cannot differ much in a colour nobody sees."""
    from PIL import Image

    with Image.open(io.BytesIO(path.read_bytes())) as image:
        if image.format == "ICO":
            ico = image.ico  # type: ignore[attr-defined]
            found = {size: ico.getimage(size) for size in ico.sizes()}
        else:
            found = {image.size: image.copy()}
    return {size: picture.convert("RGBA").convert("RGBa") for size, picture in found.items()}


def same_pixels(fresh: Path, committed: Path) -> bool:
    from PIL import ImageChops

    new, old = frames(fresh), frames(committed)
    if new.keys() != old.keys():
        return False
    for size, picture in new.items():
        extrema = ImageChops.difference(picture, old[size]).getextrema()
        if max(high for _low, high in extrema) > PIXEL_TOLERANCE:  # type: ignore[misc]
            return False
    return True


@dataclass(frozen=True)
class Output:
    """One file of ``zkijdesk/resources/``, the source it is made from and how."""

    name: str  # below zkijdesk/resources, with forward slashes
    source: Path
    make: Callable[[Path, Path], None]
    same: Callable[[Path, Path], bool] = same_bytes


def outputs(sources: Path = SOURCES) -> list[Output]:
    """Every output, found from the sources that exist (a new demo list, a new
    language's ``.ts`` or a new icon needs no entry here)."""
    found = []
    for pattern in COPIED:
        for source in sorted(sources.glob(pattern)):
            found.append(Output(source.relative_to(sources).as_posix(), source, copy))
    for ts in sorted(sources.glob("i18n/*.ts")):
        found.append(Output(f"i18n/{ts.stem}.qm", ts, lrelease))
    for po in sorted(sources.glob("i18n/*.po")):
        found.append(Output(f"i18n/{po.stem}.mo", po, compile_po))
    for svg in sorted(sources.glob("icons/*.svg")):
        found.append(Output(f"icons/{svg.stem}.png", svg, write_png, same_pixels))
        found.append(Output(f"icons/{svg.stem}.ico", svg, write_ico, same_pixels))
    return found


def unused_sources(sources: Path = SOURCES) -> list[str]:
    """Files in ``resources/`` that no output is made from: a source the rules above
    do not know would never reach the program."""
    used = {o.source for o in outputs(sources)}
    return sorted(
        path.relative_to(sources).as_posix()
        for path in sources.rglob("*")
        if path.is_file()
        and path not in used
        and path.relative_to(sources).parts[0] not in NOT_A_SOURCE
    )


@dataclass(frozen=True)
class Difference:
    name: str
    reason: str  # "missing", "out of date" or "no source"
    fresh: Path | None  # the fresh build, to copy over the committed file


def differences(scratch: Path, out: Path = OUT, sources: Path = SOURCES) -> list[Difference]:
    """Builds every output into ``scratch`` and compares it with ``out``; also names the
    files of ``out`` that no source makes any more."""
    found = []
    planned = outputs(sources)
    for output in planned:
        fresh = scratch / output.name
        fresh.parent.mkdir(parents=True, exist_ok=True)
        output.make(output.source, fresh)
        committed = out / output.name
        if not committed.is_file():
            found.append(Difference(output.name, "missing", fresh))
        elif not output.same(fresh, committed):
            found.append(Difference(output.name, "out of date", fresh))
    found += [Difference(name, "no source", None) for name in strays(out, sources)]
    return found


def strays(out: Path = OUT, sources: Path = SOURCES) -> list[str]:
    """Files of ``out`` that no source makes (any more), outside the folders another
    step writes: left behind, they would ship though nobody edits them."""
    names = {o.name for o in outputs(sources)}
    return [
        path.relative_to(out).as_posix()
        for path in sorted(out.rglob("*"))
        if path.is_file()
        and path.relative_to(out).as_posix() not in names
        and path.relative_to(out).parts[0] not in NOT_BUILT_HERE
    ]


def build(out: Path = OUT, sources: Path = SOURCES) -> list[Difference]:
    """Brings ``out`` up to date: writes what is missing or out of date, removes what no
    source makes; returns what it changed. Current files are left untouched."""
    with tempfile.TemporaryDirectory() as scratch:
        changed = differences(Path(scratch), out, sources)
        for difference in changed:
            target = out / difference.name
            if difference.fresh is None:
                target.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(difference.fresh, target)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; fail when an output is not current"
    )
    args = parser.parse_args(argv)
    unused = unused_sources()
    for name in unused:
        print(f"resources/{name}: no rule in scripts/build_assets.py builds anything from it")
    if args.check:
        with tempfile.TemporaryDirectory() as scratch:
            stale = differences(Path(scratch))
        for difference in stale:
            print(f"zkijdesk/resources/{difference.name}: {difference.reason}")
        if stale:
            print("run: python3 dev.py assets")
        else:
            print(f"{len(outputs())} assets current")
        return 1 if stale or unused else 0
    changed = build()
    for difference in changed:
        verb = "removed" if difference.fresh is None else "written"
        print(f"zkijdesk/resources/{difference.name}: {verb} ({difference.reason})")
    print(f"{len(outputs())} assets current, {len(changed)} changed")
    return 1 if unused else 0


if __name__ == "__main__":
    raise SystemExit(main())
