"""Reading back a PDF we hand out: its fonts and its outline (bookmarks), with pypdf."""

from __future__ import annotations


def fonts(reader) -> dict[str, bool]:
    """Every font the pages use -> whether its program is embedded."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            found[str(font["/BaseFont"])] = any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


def outline_titles(outline, depth=0) -> list[tuple[int, str]]:
    """The bookmarks as (depth, title), in order."""
    out = []
    for item in outline:
        if isinstance(item, list):
            out += outline_titles(item, depth + 1)
        else:
            out.append((depth, item.title))
    return out


def text_runs(reader) -> list[str]:
    """Every line of text the pages draw, in drawing order."""
    runs: list[str] = []
    for page in reader.pages:
        page.extract_text(visitor_text=lambda t, *_: runs.append(t.strip()) if t.strip() else None)
    return runs
