"""Draw zkijdesk's application icon: an open door with warm light behind it.

The region promises "no wrong door" (geen verkeerde deur): whoever knocks is helped.
Run once after changing the drawing; the results are committed:

    .venv/bin/python packaging/make_icon.py

writes ``zkijdesk/resources/icons/zkijdesk.png`` (256 px, for Qt's window icon) and
``zkijdesk.ico`` (16-256 px, for the Windows executables and the installer). Drawn
large and scaled down with Pillow (a dependency of ReportLab, so always present), which
keeps the edges clean at 16 px.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "zkijdesk" / "resources" / "icons"
CANVAS = 1024
ICO_SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (256, 256)]

TOP, BOTTOM = (36, 128, 196), (18, 78, 132)
LIGHT = (255, 205, 96)
WHITE = (255, 255, 255)


def _background() -> Image.Image:
    gradient = Image.new("RGBA", (CANVAS, CANVAS))
    draw = ImageDraw.Draw(gradient)
    for y in range(CANVAS):
        t = y / (CANVAS - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True))
        draw.line([(0, y), (CANVAS, y)], fill=(*colour, 255))
    mask = Image.new("L", (CANVAS, CANVAS), 0)
    ImageDraw.Draw(mask).rounded_rectangle((40, 40, CANVAS - 40, CANVAS - 40), radius=200, fill=255)
    icon = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    icon.paste(gradient, (0, 0), mask)
    return icon


def draw() -> Image.Image:
    icon = _background()
    d = ImageDraw.Draw(icon)
    left, top, right, bottom = 400, 210, 740, 830
    # Light falling through the open doorway, and onto the floor in front of it.
    d.rectangle((left, top, right, bottom), fill=(*LIGHT, 255))
    d.polygon([(left, bottom), (right, bottom), (860, 960), (300, 960)], fill=(*LIGHT, 150))
    # The frame.
    d.rectangle((left - 34, top - 34, right + 34, bottom), outline=WHITE, width=34)
    # The door, swung open towards the viewer on its left hinge.
    d.polygon([(left, top), (230, 150), (230, 900), (left, bottom)], fill=WHITE)
    d.ellipse((262, 500, 302, 540), fill=(*BOTTOM, 255))
    return icon


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "zkijdesk.png")
    big.resize((512, 512), Image.Resampling.LANCZOS).save(ICONS / "zkijdesk.ico", sizes=ICO_SIZES)
    print(f"written: {ICONS / 'zkijdesk.png'}, {ICONS / 'zkijdesk.ico'}")


if __name__ == "__main__":
    main()
