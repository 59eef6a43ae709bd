"""Charts drawn with QPainter: a line chart over months and the route funnel.

No chart library and no browser engine: QtCharts is not in PySide6-Essentials, and a
few hundred points need nothing more than QPainter. Each chart paints itself into
any paint device through ``render_into``, so the widget on screen, the PNG and the
SVG (``QSvgGenerator``) are the same drawing. Sizes come from the font's metrics, so
a chart lays out the same at 100 % and at 200 %; colours come from the palette (text,
grid, background) and from a colour-blind-safe set chosen for a light or a dark
background, with a dash pattern per line as well so no line is told apart by colour
alone. Hovering shows every value of the month under the pointer; the accessible
description holds the numbers for a screen reader.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from zkijdesk.views import fmt, style

#: Okabe & Ito's colour-blind-safe colours, darkened for a white and lightened for a dark
#: background so each line keeps a contrast of at least 3:1 against it.
LIGHT_COLOURS = (
    "#0b5fa5",
    "#c0504d",
    "#1b7f5c",
    "#9c3f8a",
    "#8a6100",
    "#4f4fbf",
    "#b5400b",
    "#3f6f7f",
)
DARK_COLOURS = (
    "#62b3f0",
    "#f28b82",
    "#4fd1a1",
    "#e08fd0",
    "#f0c05a",
    "#a8a5ff",
    "#ff9e5e",
    "#9fd3e0",
)
DASHES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
EXPORT_SIZE = QSize(1200, 720)
NO_VALUE = "—"


@dataclass(frozen=True)
class Line:
    label: str
    values: tuple[int | None, ...]
    dashed: bool = False
    """A reference line (an aim): always dashed, drawn thinner and under the data."""
    colour: int | None = None
    """The colour of another line (an aim in the colour of its year); default: its own."""

    def colour_index(self, index: int) -> int:
        return index if self.colour is None else self.colour


def nice_ceiling(value: float) -> tuple[float, float]:
    """A round top for the axis and the step between its grid lines (4-5 steps)."""
    if value <= 0:
        return 4.0, 1.0
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    step = max(step, 1.0)
    return step * math.ceil(value / step), step


def series_colours(palette: QPalette) -> tuple[str, ...]:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return DARK_COLOURS if dark else LIGHT_COLOURS


class Chart(QWidget):
    """A chart that paints itself anywhere, with a title, a subtitle and a footnote."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = ""
        self.subtitle = ""
        self.note = ""
        self.empty_text = ""
        self.on_screen = False
        """True while painting the widget itself (a keyboard marker belongs there, not in
        a file)."""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab for a screen reader

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(20 * line, 16 * line)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(48 * line, 22 * line)

    # ------------------------------------------------------------------ content
    def set_texts(self, title: str, subtitle: str = "", note: str = "") -> None:
        self.title, self.subtitle, self.note = title, subtitle, note

    def changed(self) -> None:
        """Repaint and tell assistive technology what the chart now says."""
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(self.description())
        self.update()

    def description(self) -> str:
        raise NotImplementedError

    def table(self) -> tuple[list[str], list[list]]:
        """The chart's numbers: column headers and rows (for the XLSX export)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.on_screen = True
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.render_into(painter, QRectF(self.rect()), self.palette())
            if self.hasFocus():  # where the keyboard is, as every other widget shows it
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        finally:
            self.on_screen = False
            painter.end()

    def render_into(self, p: QPainter, rect: QRectF, palette: QPalette) -> None:
        p.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        font = self.font()
        line = QFontMetricsF(font, p.device()).height()
        pad = line * 0.8
        area = rect.adjusted(pad, pad * 0.6, -pad, -pad * 0.6)
        title_font = self.font()
        title_font.setBold(True)
        title_font.setPointSizeF(font.pointSizeF() * 1.15)
        p.setFont(title_font)
        p.setPen(palette.color(QPalette.ColorRole.WindowText))
        title_h = QFontMetricsF(title_font, p.device()).height()
        p.drawText(
            QRectF(area.left(), area.top(), area.width(), title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _elided(self.title, title_font, p, area.width()),
        )
        top = area.top() + title_h
        p.setFont(font)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if self.subtitle:
            p.setPen(muted)
            p.drawText(
                QRectF(area.left(), top, area.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _elided(self.subtitle, font, p, area.width()),
            )
            top += line
        bottom = area.bottom()
        if self.note:
            p.setPen(muted)
            p.drawText(
                QRectF(area.left(), bottom - line, area.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _elided(self.note, font, p, area.width()),
            )
            bottom -= line * 1.3
        body = QRectF(area.left(), top + line * 0.6, area.width(), bottom - top - line * 0.6)
        if self.is_empty():
            p.setPen(muted)
            p.drawText(
                body, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            return
        self.draw_body(p, body, palette, line)

    def is_empty(self) -> bool:
        return False

    def draw_body(self, p: QPainter, body: QRectF, palette: QPalette, line: float) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ tooltips
    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            text = self.tip_at(QPointF(e.pos()))
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def tip_at(self, pos: QPointF) -> str:
        return ""

    # ------------------------------------------------------------------ export
    def _export_palette(self) -> QPalette:
        """Files go into reports and mails: always the light colours, whatever the screen."""
        return style.palette_for(style.LIGHT)

    def export_image(self, size: QSize = EXPORT_SIZE, scale: float = 2.0) -> QImage:
        """The chart painted for a file, at twice the pixels for a sharp print."""
        image = QImage(size * scale, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.render_into(
                painter, QRectF(0, 0, size.width(), size.height()), self._export_palette()
            )
        finally:
            painter.end()
        return image

    def svg_bytes(self, size: QSize = EXPORT_SIZE) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setResolution(96)
        generator.setTitle(self.title)
        generator.setDescription(self.description())
        painter = QPainter(generator)
        try:
            self.render_into(
                painter, QRectF(0, 0, size.width(), size.height()), self._export_palette()
            )
        finally:
            painter.end()
        buffer.close()
        return bytes(data.data())


def png_bytes(image: QImage) -> bytes:
    """Compress a painted chart; slow enough (a quarter second) to belong on a worker,
    which may: a QImage is plain data, not a widget."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub wants bytes for the format; PySide6 itself refuses b"PNG" and takes str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def _elided(text: str, font, p: QPainter, width: float) -> str:
    return QFontMetricsF(font, p.device()).elidedText(text, Qt.TextElideMode.ElideRight, width)


class LineChart(Chart):
    """Counts per month, one line per category; a month without a count leaves a gap."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.months: list[str] = []
        self.long_months: list[str] = []
        self.lines: list[Line] = []
        self.month_cursor: int | None = None
        """The month chosen with the arrow keys (the keyboard's hover)."""
        self._plot = QRectF()

    def set_data(self, months: list[str], long_months: list[str], lines: list[Line]) -> None:
        self.months, self.long_months, self.lines = list(months), list(long_months), list(lines)
        if self.month_cursor is not None:
            self.month_cursor = (
                min(self.month_cursor, len(self.months) - 1) if self.months else None
            )
        self.changed()

    def keyPressEvent(self, event) -> None:
        """Left and right walk the months, Home and End jump; each shows that month's values."""
        count = len(self.months)
        keys = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Home: -count,
            Qt.Key.Key_End: count,
        }
        step = keys.get(event.key())
        if step is None or self.is_empty():
            super().keyPressEvent(event)
            return
        start = (
            count
            if self.month_cursor is None and step < 0
            else -1
            if self.month_cursor is None
            else self.month_cursor
        )
        self.month_cursor = max(0, min(count - 1, start + step))
        self.update()
        text = self.month_text(self.month_cursor)
        self.setAccessibleDescription(text)
        point = QPointF(self._x(self.month_cursor), self._plot.top()).toPoint()
        QToolTip.showText(self.mapToGlobal(point), text, self)

    def is_empty(self) -> bool:
        return not self.lines or not self.months

    def _top(self) -> float:
        values = [v for line in self.lines for v in line.values if v is not None]
        return max(values, default=0)

    def draw_body(self, p: QPainter, body: QRectF, palette: QPalette, line: float) -> None:
        font = self.font()
        metrics = QFontMetricsF(font, p.device())
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        colours = series_colours(palette)
        legend_h = self._legend_height(metrics, body.width(), line)
        top, step = nice_ceiling(self._top())
        label_w = metrics.horizontalAdvance(fmt.number(int(top))) + line * 0.5
        plot = QRectF(
            body.left() + label_w,
            body.top() + line * 0.5,
            body.width() - label_w - line * 0.5,
            body.height() - legend_h - line * 2.0,
        )
        self._plot = plot
        if plot.height() < line * 2 or plot.width() < line * 4:
            return
        p.setFont(font)
        ticks = round(top / step)
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(
                QRectF(body.left(), y - line / 2, label_w - line * 0.3, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt.number(int(step * i)),
            )
        count = len(self.months)
        xs = [self._x(i) for i in range(count)]
        every = max(
            1,
            math.ceil(count / max(1, plot.width() / (metrics.horizontalAdvance("mmm '00") + line))),
        )
        p.setPen(muted)
        for i in range(0, count, every):
            p.drawText(
                QRectF(xs[i] - line * 3, plot.bottom() + line * 0.3, line * 6, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.months[i],
            )
        p.setPen(QPen(text, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        order = [i for i, ln in enumerate(self.lines) if ln.dashed] + [
            i for i, ln in enumerate(self.lines) if not ln.dashed
        ]
        for index in order:
            series = self.lines[index]
            colour = QColor(colours[series.colour_index(index) % len(colours)])
            pen = QPen(colour, line * (0.12 if series.dashed else 0.18))
            pen.setStyle(
                Qt.PenStyle.DashLine
                if series.dashed
                else DASHES[index // len(colours) % len(DASHES)]
            )
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            path = QPainterPath()
            drawing = False
            points = []
            for i, value in enumerate(series.values[:count]):
                if value is None:
                    drawing = False
                    continue
                point = QPointF(xs[i], plot.bottom() - plot.height() * value / top)
                points.append(point)
                if drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    drawing = True
            p.drawPath(path)
            if not series.dashed and count <= 36:
                p.setBrush(colour)
                p.setPen(Qt.PenStyle.NoPen)
                radius = line * 0.16
                for point in points:
                    p.drawEllipse(point, radius, radius)
                p.setBrush(Qt.BrushStyle.NoBrush)
        if self.on_screen and self.month_cursor is not None and self.month_cursor < count:
            marker = QPen(text, 1)
            marker.setStyle(Qt.PenStyle.DotLine)
            p.setPen(marker)
            x = xs[self.month_cursor]
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        self._draw_legend(p, body, metrics, legend_h, line, colours, text)

    def _x(self, i: int) -> float:
        count = len(self.months)
        if count <= 1:
            return self._plot.center().x()
        return self._plot.left() + self._plot.width() * i / (count - 1)

    def _legend_items(self, metrics: QFontMetricsF, line: float) -> list[float]:
        return [line * 2.2 + metrics.horizontalAdvance(ln.label) + line for ln in self.lines]

    def _legend_height(self, metrics: QFontMetricsF, width: float, line: float) -> float:
        rows, used = 1, 0.0
        for w in self._legend_items(metrics, line):
            if used and used + w > width:
                rows, used = rows + 1, 0.0
            used += w
        return rows * line * 1.2

    def _draw_legend(self, p, body, metrics, legend_h, line, colours, text) -> None:
        x, y = body.left(), body.bottom() - legend_h
        for index, (series, w) in enumerate(
            zip(self.lines, self._legend_items(metrics, line), strict=True)
        ):
            if x > body.left() and x + w > body.right():
                x, y = body.left(), y + line * 1.2
            pen = QPen(QColor(colours[series.colour_index(index) % len(colours)]), line * 0.18)
            pen.setStyle(
                Qt.PenStyle.DashLine
                if series.dashed
                else DASHES[index // len(colours) % len(DASHES)]
            )
            p.setPen(pen)
            mid = y + line * 0.6
            p.drawLine(QPointF(x, mid), QPointF(x + line * 1.6, mid))
            p.setPen(text)
            p.drawText(
                QRectF(x + line * 2.0, y, w, line * 1.2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                series.label,
            )
            x += w

    def tip_at(self, pos: QPointF) -> str:
        if self.is_empty() or not self._plot.isValid():
            return ""
        if not self._plot.adjusted(-10, -10, 10, 10).contains(pos):
            return ""
        count = len(self.months)
        return self.month_text(min(range(count), key=lambda i: abs(self._x(i) - pos.x())))

    def month_text(self, index: int) -> str:
        """One month's values, one line per series, as the tooltip says them."""
        rows = [self.long_months[index]]
        for series in self.lines:
            value = series.values[index] if index < len(series.values) else None
            rows.append(f"{series.label}: {NO_VALUE if value is None else fmt.number(value)}")
        return "\n".join(rows)

    def description(self) -> str:
        if self.is_empty():
            return self.empty_text
        parts = [self.subtitle] if self.subtitle else []
        for series in self.lines:
            values = ", ".join(
                f"{month} {NO_VALUE if v is None else v}"
                for month, v in zip(self.long_months, series.values, strict=False)
            )
            parts.append(f"{series.label}: {values}")
        return ". ".join(parts)

    def table(self) -> tuple[list[str], list[list]]:
        headers = ["", *(series.label for series in self.lines)]
        rows = [
            [
                month,
                *(series.values[i] if i < len(series.values) else None for series in self.lines),
            ]
            for i, month in enumerate(self.long_months)
        ]
        return headers, rows


@dataclass(frozen=True)
class Step:
    label: str
    count: int
    detail: str = ""


class FunnelChart(Chart):
    """Routes from intake to lasting work: one bar per step, its share of the intakes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.steps: list[Step] = []
        self.headers: list[str] = []
        self.rows: list[list] = []
        self._bars: list[QRectF] = []

    def set_data(self, steps: list[Step], headers: list[str], rows: list[list]) -> None:
        self.steps, self.headers, self.rows = list(steps), list(headers), list(rows)
        self.changed()

    def is_empty(self) -> bool:
        return not self.steps or self.steps[0].count == 0

    def share(self, count: int) -> str:
        first = self.steps[0].count if self.steps else 0
        return f"{round(100 * count / first)} %" if first else NO_VALUE

    def draw_body(self, p: QPainter, body: QRectF, palette: QPalette, line: float) -> None:
        font = self.font()
        metrics = QFontMetricsF(font, p.device())
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        colour = QColor(series_colours(palette)[0])
        label_w = min(
            body.width() * 0.4,
            max(metrics.horizontalAdvance(s.label) for s in self.steps) + line,
        )
        row_h = body.height() / len(self.steps)
        bar_h = min(line * 1.3, row_h * 0.45)
        top = max(s.count for s in self.steps) or 1
        value_w = metrics.horizontalAdvance("000.000 (100 %)") + line * 0.5
        span = max(line, body.width() - label_w - value_w)
        self._bars = []
        p.setFont(font)
        for i, step in enumerate(self.steps):
            y = body.top() + row_h * i
            bar = QRectF(body.left() + label_w, y + line * 0.1, span * step.count / top, bar_h)
            self._bars.append(QRectF(body.left(), y, body.width(), row_h))
            p.setPen(text)
            p.drawText(
                QRectF(body.left(), y + line * 0.1, label_w - line * 0.5, bar_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _elided(step.label, font, p, label_w - line * 0.5),
            )
            p.fillRect(bar, colour)
            p.drawText(
                QRectF(bar.right() + line * 0.4, bar.top(), value_w, bar_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{fmt.number(step.count)} ({self.share(step.count)})",
            )
            if step.detail:
                p.setPen(muted)
                p.drawText(
                    QRectF(body.left() + label_w, bar.bottom() + line * 0.1, span + value_w, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    _elided(step.detail, font, p, span + value_w),
                )

    def _step_text(self, step: Step) -> str:
        text = f"{step.label}: {fmt.number(step.count)} ({self.share(step.count)})"
        return f"{text}; {step.detail}" if step.detail else text

    def tip_at(self, pos: QPointF) -> str:
        for rect, step in zip(self._bars, self.steps, strict=False):
            if rect.contains(pos):
                return self._step_text(step)
        return ""

    def description(self) -> str:
        if self.is_empty():
            return self.empty_text
        return ". ".join([self.subtitle, *(self._step_text(s) for s in self.steps)])

    def table(self) -> tuple[list[str], list[list]]:
        return self.headers, self.rows
