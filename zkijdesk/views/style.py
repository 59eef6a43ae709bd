"""The app's look: calm, readable, with the palette's own light or dark colours.

Colours come from the palette roles (``palette(...)``) so a dark system theme stays
dark; only spacing, weight and the accent of the navigation are set here.
"""

STYLE_SHEET = """
QListWidget#mainNav {
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(base);
    padding-top: 12px;
    font-size: 11pt;
}
QListWidget#mainNav::item {
    padding: 10px 16px;
    margin: 2px 10px;
    border-radius: 6px;
}
QListWidget#mainNav::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QLabel#pageTitle {
    font-size: 18pt;
    font-weight: 600;
}
QLabel#pageIntro {
    color: palette(placeholder-text);
    font-size: 10.5pt;
}
QStatusBar QLabel {
    padding: 2px 8px;
}
"""
