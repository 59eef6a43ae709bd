"""The stack of pages in the main window: exactly one page shown, opaque, never clipped.

A plain ``QStackedWidget`` showed two pages at once when a switch started inside
another switch: hiding the outgoing page moves the keyboard focus, the focus can land
on the navigation list, a list without a current row makes its first row current when
it gets the focus, and that row's page (the start page) was shown from inside the
first switch; the outer switch then showed its own page too. Both stayed visible, and
since the pages painted no background of their own, the start page shone through the
form, the file or the bin for the rest of the session. It depended on where the focus
happened to be, so it came and went.

Here a switch asked for during a switch runs after it (the last request wins), every
page but the current one is hidden after each switch, and each page sits in a frame
that paints the window's background. The frame is a scroll area sized to the page:
where the window is smaller than a page can shrink (1366×768 at 125 %, 1080p at
200 %), the page scrolls instead of being cut off, and one wide page does not make
the window's minimum size grow for every other page.

Callers deal in pages: ``addWidget``, ``indexOf``, ``widget``, ``currentWidget`` and
``removeWidget`` take and return pages, never their frames.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class PageFrame(QScrollArea):
    """One page's frame: opaque, and scrolling only when the page cannot shrink further."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageFrame")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setAutoFillBackground(True)
        self.viewport().setAutoFillBackground(True)
        self.page = page
        self.setWidget(page)


class PageStack(QStackedWidget):
    """A ``QStackedWidget`` that never shows two pages at once."""

    switched = Signal(QWidget)  # the page now shown, after the switch has settled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageStack")
        self.setAutoFillBackground(True)
        self._switching = False
        self._queued: QWidget | None = None

    # ------------------------------------------------------------------ pages, not frames
    def _frame_of(self, page: QWidget) -> PageFrame | None:
        for index in range(super().count()):
            frame = super().widget(index)
            if isinstance(frame, PageFrame) and frame.page is page:
                return frame
        return None

    def insertWidget(self, index: int, page: QWidget) -> int:
        existing = self._frame_of(page)
        if existing is not None:
            return super().indexOf(existing)
        page.setAutoFillBackground(True)
        return super().insertWidget(index, PageFrame(page, self))

    def addWidget(self, page: QWidget) -> int:
        return self.insertWidget(-1, page)

    def removeWidget(self, page: QWidget) -> None:
        """Take ``page`` out; its frame goes when the page does (the caller deletes it)."""
        frame = self._frame_of(page)
        if frame is None:
            return
        super().removeWidget(frame)
        # PySide hands a removed widget to Python; kept as the stack's child instead, or
        # Python would free frame and page at once, under the caller's feet.
        frame.setParent(self)
        frame.hide()
        page.destroyed.connect(frame.deleteLater)

    def indexOf(self, page: QWidget) -> int:
        frame = self._frame_of(page)
        return -1 if frame is None else super().indexOf(frame)

    def widget(self, index: int) -> QWidget | None:
        frame = super().widget(index)
        return frame.page if isinstance(frame, PageFrame) else frame

    def currentWidget(self) -> QWidget | None:
        frame = super().currentWidget()
        return frame.page if isinstance(frame, PageFrame) else frame

    # ------------------------------------------------------------------ switching
    def setCurrentWidget(self, page: QWidget) -> None:
        frame = self._frame_of(page)
        if frame is None:
            return
        if self._switching:
            self._queued = frame
            return
        self._switching = True
        try:
            target: QWidget | None = frame
            while target is not None:
                self._queued = None
                super().setCurrentWidget(target)
                target = self._queued
        finally:
            self._switching = False
            self._queued = None
        self.hide_the_others()
        self.switched.emit(self.currentWidget())

    def setCurrentIndex(self, index: int) -> None:
        page = self.widget(index)
        if page is not None:
            self.setCurrentWidget(page)

    @property
    def switching(self) -> bool:
        """True while a switch is under way (a request now is run after it)."""
        return self._switching

    def hide_the_others(self) -> None:
        current = super().currentWidget()
        for index in range(super().count()):
            frame = super().widget(index)
            if frame is not None and frame is not current and not frame.isHidden():
                frame.hide()

    def visible_pages(self) -> list[QWidget]:
        """The pages Qt would paint now: one, or a bug."""
        pages = (self.widget(i) for i in range(self.count()))
        return [page for page in pages if page is not None and page.isVisible()]
