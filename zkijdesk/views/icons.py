"""Line icons drawn from SVG at whatever size and pixel ratio they are shown at.

An icon engine renders the SVG on demand, so icons stay sharp on a 150% or 200%
Windows display instead of scaling a small bitmap up, and they take the palette's
text colour (``currentColor``), so they follow light and dark mode too.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from zkijdesk.views import style

_HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
    'stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
)

PATHS: dict[str, str] = {
    "home": '<path d="M3 10.5 12 3l9 7.5"/><path d="M5 9.5V20h5v-6h4v6h5V9.5"/>',
    "users": (
        '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5"/>'
        '<path d="M16 4.8a3.3 3.3 0 0 1 0 6.4"/><path d="M18 14.8c2 .6 3.2 2.3 3.5 5.2"/>'
    ),
    "briefcase": (
        '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M8.5 7V5a1.5 1.5 0 0 1 1.5-1.5h4'
        'A1.5 1.5 0 0 1 15.5 5v2"/><path d="M3 12.5h18"/>'
    ),
    "chart": '<path d="M4 20V4"/><path d="M4 20h16"/><path d="M8 16v-5M12 16V8M16 16v-8"/>',
    "plus": '<path d="M12 5v14M5 12h14"/>',
    "search": '<circle cx="11" cy="11" r="6.5"/><path d="m20 20-4.3-4.3"/>',
    "filter": '<path d="M4 5h16l-6.2 7.5V19l-3.6-1.8v-4.7Z"/>',
    "download": '<path d="M12 4v11"/><path d="m7 11 5 5 5-5"/><path d="M5 20h14"/>',
    "calendar": (
        '<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>'
    ),
    "trash": (
        '<path d="M4 7h16"/><path d="M9.5 7V4.5h5V7"/><path d="M6.5 7l1 13h9l1-13"/>'
        '<path d="M10 11v5.5M14 11v5.5"/>'
    ),
    "close": '<path d="M6 6l12 12M18 6 6 18"/>',
    "check": '<path d="m5 12.5 4.5 4.5L19 7.5"/>',
    "file": ('<path d="M6 3h8l4 4v14H6z"/><path d="M14 3v4h4"/><path d="M9 12h6M9 16h6"/>'),
    "alert": '<path d="M12 3 2.5 20h19Z"/><path d="M12 10v4.5"/><path d="M12 17.5v.01"/>',
    "clock": '<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>',
    "refresh": ('<path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3"/><path d="M19.5 4.5v4.2h-4.2"/>'),
    "save": (
        '<path d="M5 4h11l3 3v13H5z"/><path d="M8 4v5h7V4"/>'
        '<rect x="8" y="13" width="8" height="7"/>'
    ),
    "route": (
        '<circle cx="6" cy="18" r="2.2"/><circle cx="18" cy="6" r="2.2"/>'
        '<path d="M8.2 18H15a3 3 0 0 0 0-6H9a3 3 0 0 1 0-6h6.8"/>'
    ),
    "chat": '<path d="M4 5h16v11H9l-5 4z"/>',
    "tag": '<path d="M3.5 12.5V4h8.5L21 13l-8.5 8.5z"/><circle cx="8" cy="8.5" r="1.3"/>',
    "person": '<circle cx="12" cy="8" r="4"/><path d="M4.5 20.5c.8-4 3.7-6 7.5-6s6.7 2 7.5 6"/>',
    "restore": '<path d="M4 12a8 8 0 1 0 2.3-5.7"/><path d="M4 4v4.5h4.5"/>',
    "more": (
        '<circle cx="5" cy="12" r="1"/><circle cx="12" cy="12" r="1"/>'
        '<circle cx="19" cy="12" r="1"/>'
    ),
    "lock": (
        '<rect x="5" y="11" width="14" height="9.5" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>'
    ),
}


def svg(name: str, colour: str) -> bytes:
    return (_HEAD + PATHS[name] + "</svg>").replace("currentColor", colour).encode("utf-8")


class _SvgEngine(QIconEngine):
    def __init__(self, name: str, tone: str | None) -> None:
        super().__init__()
        self.name = name
        self.tone = tone

    def _colour(self, mode: QIcon.Mode) -> str:
        theme = style.current()
        if mode == QIcon.Mode.Disabled:
            return theme.muted
        if mode == QIcon.Mode.Selected:
            return theme.accent
        return getattr(theme, self.tone) if self.tone else theme.text

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state) -> None:
        renderer = QSvgRenderer(QByteArray(svg(self.name, self._colour(mode))))
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        if pixmap.isNull():
            # Qt asks for a 0x0 pixmap (a tab or button shrunk to nothing); painting on
            # it would only print QPainter::begin warnings.
            return pixmap
        pixmap.fill(QColor(Qt.GlobalColor.transparent))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state, scale: float) -> QPixmap:
        pixmap = self.pixmap(
            QSize(round(size.width() * scale), round(size.height() * scale)), mode, state
        )
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.name, self.tone)


def icon(name: str, tone: str | None = None) -> QIcon:
    """A theme-coloured line icon; ``tone`` picks a theme colour (accent, danger, muted...)."""
    if name not in PATHS:
        raise KeyError(name)
    return QIcon(_SvgEngine(name, tone))
