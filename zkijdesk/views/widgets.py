"""Small building blocks every page uses: cards, banners, chips, fields with inline errors.

A field shows its service error right under itself (the sentence names the field),
marks itself red, and clears both as soon as the coach edits it again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.fields import Label
from zkijdesk.views import fmt, labels, style
from zkijdesk.views.icons import icon


def card(
    parent: QWidget | None = None, *, margins: int = 16, spacing: int = 10
) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def label(text: str = "", name: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def separator() -> QFrame:
    line = QFrame()
    line.setObjectName("separator")
    line.setFrameShape(QFrame.Shape.NoFrame)
    return line


def button(
    text: str,
    *,
    icon_name: str | None = None,
    primary: bool = False,
    flat: bool = False,
    danger: bool = False,
    on_click: Callable[[], object] | None = None,
    tone: str | None = None,
) -> QPushButton:
    widget = QPushButton(text)
    if icon_name:
        widget.setIcon(icon(icon_name, tone or ("accent_text" if primary else None)))
    if primary:
        widget.setProperty("primary", True)
        widget.setDefault(False)
    if flat:
        widget.setProperty("flat", True)
    if danger:
        widget.setProperty("danger", True)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAccessibleName(text.replace("&", ""))
    if on_click is not None:
        widget.clicked.connect(lambda _checked=False: on_click())
    return widget


def link(text: str, on_click: Callable[[], None]) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName("linkButton")
    widget.setFlat(True)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAccessibleName(text)
    widget.clicked.connect(lambda _checked=False: on_click())
    return widget


def icon_button(
    name: str, tooltip: str, on_click: Callable[[], None], tone: str | None = None
) -> QToolButton:
    widget = QToolButton()
    widget.setIcon(icon(name, tone))
    widget.setToolTip(tooltip)
    widget.setAccessibleName(tooltip)
    widget.setAutoRaise(True)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.clicked.connect(lambda _checked=False: on_click())
    return widget


class Chip(QLabel):
    """A small rounded status label; ``tone``: accent (default), success, warning, danger, muted."""

    def __init__(self, text: str = "", tone: str | None = None) -> None:
        super().__init__(text)
        self.setObjectName("chip")
        self.set_tone(tone)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_tone(self, tone: str | None) -> None:
        self.setProperty("tone", tone or "")
        style.repolish(self)


class Banner(QFrame):
    """A one-sentence notice across the top of a page or form, with optional actions."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.setSpacing(10)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addLayout(self.action_row)
        self.hide()

    def show_message(
        self, text: str, tone: str = "warning", actions: list[QPushButton] | None = None
    ) -> None:
        self.setProperty("tone", tone)
        style.repolish(self)
        name = {"danger": "alert", "info": "check", "warning": "alert"}.get(tone, "alert")
        colour = {"danger": "danger", "info": "accent", "warning": "warning"}.get(tone, "warning")
        self.icon.setPixmap(icon(name, colour).pixmap(18, 18))
        self.text.setText(text)
        self.text.setAccessibleName(text)
        while self.action_row.count():
            item = self.action_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for action in actions or []:
            self.action_row.addWidget(action)
        self.show()

    def clear(self) -> None:
        self.hide()
        self.closed.emit()


def date_edit(accessible: str, value: date | None = None) -> QLineEdit:
    """A date typed the Dutch way; the service judges it and names the field if it is
    wrong. ``accessible``: its name, a declared ``Label`` or a translated text."""
    widget = QLineEdit(fmt.day(value))
    widget.setPlaceholderText(QCoreApplication.translate("Widgets", "dd-mm-jjjj"))
    widget.setMaxLength(10)
    widget.setAccessibleName(labels.field(accessible))
    widget.setClearButtonEnabled(False)
    widget.setMaximumWidth(150)
    return widget


class Field(QWidget):
    """A labelled input with room for its inline error sentence below it.

    Its caption is a declared ``Label`` (domain/fields.py) for a field a service judges,
    so the caption and the sentence under it name the field alike; ``label`` keeps it.
    ``required`` adds the " *" of a field that must be filled in, ``suffix`` a remark."""

    def __init__(
        self,
        caption: str,
        editor: QWidget,
        *,
        hint: str | None = None,
        required: bool = False,
        suffix: str = "",
    ) -> None:
        super().__init__()
        self.editor = editor
        self.label = caption if isinstance(caption, Label) else None
        caption = labels.caption(caption, required=required, suffix=suffix)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        self.caption = QLabel(caption)
        self.caption.setBuddy(editor)
        column.addWidget(self.caption)
        column.addWidget(editor)
        self.hint = QLabel(hint or "")
        self.hint.setObjectName("muted")
        self.hint.setVisible(bool(hint))
        column.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        column.addStretch(1)
        if not editor.accessibleName():
            editor.setAccessibleName(caption.replace("&", "").rstrip(" *"))
        _on_edit(editor, self.clear_error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.show()
        window = self.window()
        if isinstance(window, QDialog):
            QTimer.singleShot(0, window, window.adjustSize)
        self.editor.setProperty("invalid", True)
        self.editor.setAccessibleDescription(text)
        style.repolish(self.editor)

    def clear_error(self) -> None:
        if self.error.isHidden():
            return
        self.error.hide()
        self.editor.setProperty("invalid", False)
        self.editor.setAccessibleDescription("")
        style.repolish(self.editor)

    @property
    def has_error(self) -> bool:
        return not self.error.isHidden()


def _on_edit(editor: QWidget, callback: Callable[[], None]) -> None:
    if isinstance(editor, QLineEdit):
        editor.textEdited.connect(lambda _t: callback())
    elif isinstance(editor, QPlainTextEdit):
        editor.textChanged.connect(callback)
    elif isinstance(editor, QComboBox):
        editor.currentIndexChanged.connect(lambda _i: callback())
    elif isinstance(editor, QSpinBox):
        editor.valueChanged.connect(lambda _v: callback())
    elif isinstance(editor, QCheckBox):
        editor.toggled.connect(lambda _v: callback())


def combo(
    accessible: str, items: Sequence[tuple[str, object]], *, empty: str | None = None
) -> QComboBox:
    """A choice list of (label, value); ``empty`` adds a first 'none' entry with value None.
    ``accessible``: its name, a declared ``Label`` or a translated text."""
    widget = QComboBox()
    widget.setAccessibleName(labels.field(accessible))
    if empty is not None:
        widget.addItem(empty, None)
    for text, value in items:
        widget.addItem(text, value)
    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    widget.setMinimumContentsLength(12)
    return widget


def set_combo_value(widget: QComboBox, value) -> None:
    index = widget.findData(value)
    widget.setCurrentIndex(max(index, 0))


def clear_layout(layout: QLayout) -> None:
    """Empty ``layout``: its widgets and nested layouts are deleted by Qt, on this thread.

    A nested layout taken out has no parent any more and belongs to Python; left to the
    garbage collector it could be freed on a worker thread, so it is deleted here too.
    """
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget, nested = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif nested is not None:
            clear_layout(nested)
            nested.deleteLater()


def page_header(title: str, subtitle: str = "", *, name: str = "pageTitle") -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    heading = QLabel(title)
    heading.setObjectName(name)
    heading.setAccessibleName(title)
    column.addWidget(heading)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("pageIntro")
        column.addWidget(sub)
    return box


class EmptyState(QWidget):
    """What ``empty_state`` makes: a plain widget that names its sentence."""

    words: QLabel


def empty_state(text: str, icon_name: str = "search") -> EmptyState:
    """A centred icon and sentence for an empty list; ``box.words`` is the sentence, for
    a page whose reason for being empty changes (a search, or no clients at all)."""
    box = EmptyState()
    column = QVBoxLayout(box)
    column.setAlignment(Qt.AlignmentFlag.AlignCenter)
    picture = QLabel()
    picture.setPixmap(icon(icon_name, "muted").pixmap(40, 40))
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    words = QLabel(text)
    words.setObjectName("muted")
    words.setAlignment(Qt.AlignmentFlag.AlignCenter)
    words.setWordWrap(True)
    column.addWidget(picture)
    column.addWidget(words)
    box.words = words
    return box


def themed_icon(name: str, tone: str | None = None) -> QIcon:
    return icon(name, tone)


def documents_folder() -> str:
    """Where a file dialog opens: the user's documents (or home, where there is no such
    folder). Without a folder Qt opens in the program's working folder, which on
    Windows is the installation's."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def stretch_row(first: QWidget, *rest: QWidget) -> QHBoxLayout:
    """``first`` takes the room; ``rest`` keep their size at the right (a sentence and
    its buttons)."""
    row = QHBoxLayout()
    row.addWidget(first, 1)
    for part in rest:
        row.addWidget(part)
    return row


def shrink_widths(widths: Mapping[int, int], room: int, least: int) -> dict[int, int]:
    """Column widths that fit ``room``: each narrowed in proportion, none below
    ``least``; as they are where they fit already."""
    total = sum(widths.values())
    if total <= room:
        return dict(widths)
    return {c: max(least, w * max(room, 0) // total) for c, w in widths.items()}


def fit_stretch_column(
    table: QTableView, widths: Mapping[int, int], stretch: int, least: int
) -> None:
    """Set the other columns' ``widths``; column ``stretch`` takes the room left, or,
    where that is less than ``least``, keeps ``least`` and the table scrolls sideways
    (a name one letter wide is worse than a scroll bar)."""
    for column, width in widths.items():
        table.setColumnWidth(column, width)
    header = table.horizontalHeader()
    if header.count() <= stretch:
        return
    cramped = sum(widths.values()) + least > table.viewport().width()
    modes = QHeaderView.ResizeMode
    header.setSectionResizeMode(stretch, modes.Interactive if cramped else modes.Stretch)
    if cramped:
        table.setColumnWidth(stretch, least)
