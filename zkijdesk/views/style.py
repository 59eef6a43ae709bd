"""The app's look: calm, readable, light or dark as the system is.

One small theme (a handful of named colours per scheme) feeds both the palette and the
style sheet, so every widget, including the ones Qt draws itself, agrees. The scheme
follows the operating system (``QStyleHints.colorScheme``) and switches live when the
user changes it. Fusion is the base style on every platform: it honours the palette
completely, which the native Windows style does not for dark mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

FONT_FAMILIES = ["Segoe UI", "Noto Sans", "Inter", "Cantarell", "DejaVu Sans"]
FONT_POINT_SIZE = 10
ASSETS = Path(__file__).resolve().parent.parent / "resources" / "style"


def _asset(name: str) -> str:
    return (ASSETS / name).as_posix()


@dataclass(frozen=True)
class Theme:
    dark: bool
    window: str
    surface: str
    surface_alt: str
    border: str
    text: str
    muted: str
    accent: str
    accent_text: str
    accent_soft: str
    danger: str
    danger_soft: str
    warning: str
    warning_soft: str
    success: str
    success_soft: str
    selection: str


LIGHT = Theme(
    dark=False,
    window="#f3f5f8",
    surface="#ffffff",
    surface_alt="#f7f9fb",
    border="#dde3ea",
    text="#1d2733",
    muted="#5f6b7a",
    accent="#1d5fa8",
    accent_text="#ffffff",
    accent_soft="#e5eef9",
    danger="#b42318",
    danger_soft="#fdecea",
    warning="#9a5b00",
    warning_soft="#fff4e0",
    success="#1c7a45",
    success_soft="#e6f4ec",
    selection="#d3e3f6",
)
DARK = Theme(
    dark=True,
    window="#16191d",
    surface="#1f2328",
    surface_alt="#262b31",
    border="#353b43",
    text="#e6e9ed",
    muted="#9aa5b1",
    accent="#5ba4e8",
    accent_text="#0d1620",
    accent_soft="#1f3247",
    danger="#f28b82",
    danger_soft="#3b2020",
    warning="#f0b35a",
    warning_soft="#3a2d17",
    success="#6fcf97",
    success_soft="#193326",
    selection="#2b4764",
)

_current: Theme = LIGHT


def current() -> Theme:
    return _current


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(t: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t.window,
        QPalette.ColorRole.WindowText: t.text,
        QPalette.ColorRole.Base: t.surface,
        QPalette.ColorRole.AlternateBase: t.surface_alt,
        QPalette.ColorRole.ToolTipBase: t.surface,
        QPalette.ColorRole.ToolTipText: t.text,
        QPalette.ColorRole.PlaceholderText: t.muted,
        QPalette.ColorRole.Text: t.text,
        QPalette.ColorRole.Button: t.surface,
        QPalette.ColorRole.ButtonText: t.text,
        QPalette.ColorRole.BrightText: t.danger,
        QPalette.ColorRole.Highlight: t.accent,
        QPalette.ColorRole.HighlightedText: t.accent_text,
        QPalette.ColorRole.Link: t.accent,
        QPalette.ColorRole.LinkVisited: t.accent,
        QPalette.ColorRole.Mid: t.border,
        QPalette.ColorRole.Midlight: t.surface_alt,
        QPalette.ColorRole.Dark: t.border,
        QPalette.ColorRole.Light: t.surface,
        QPalette.ColorRole.Shadow: t.border,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.muted))
    return p


def style_sheet(t: Theme) -> str:
    down, up = _asset("chevron-down.svg"), _asset("chevron-up.svg")
    check = _asset("check-dark.svg" if t.dark else "check-light.svg")
    return f"""
QMainWindow, QDialog {{ background: {t.window}; }}
QToolTip {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; padding: 4px 6px;
}}

QListWidget#mainNav {{
    background: {t.surface}; border: none; border-radius: 0; padding: 4px 0; outline: 0;
}}
QListWidget#mainNav::item {{
    padding: 8px 12px; margin: 1px 10px; border-radius: 6px; color: {t.text};
}}
QListWidget#mainNav::item:hover {{ background: {t.surface_alt}; }}
QListWidget#mainNav::item:selected {{
    background: {t.accent_soft}; color: {t.accent}; font-weight: 600;
}}
QLabel#brand {{ font-size: 13pt; font-weight: 700; color: {t.text}; padding: 16px 22px 2px 22px; }}
QLabel#brandSub {{ color: {t.muted}; padding: 0 22px 12px 22px; font-size: 8.5pt; }}
QLabel#navSection {{
    color: {t.muted}; font-size: 8pt; font-weight: 600; padding: 14px 22px 4px 22px;
}}
QWidget#navPanel {{ background: {t.surface}; border-right: 1px solid {t.border}; }}
QScrollArea#navFrame, QScrollArea#navFrame > QWidget#qt_scrollarea_viewport {{
    background: {t.surface};
}}

QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: {t.text}; }}
QLabel#pageIntro, QLabel#muted {{ color: {t.muted}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {t.text}; }}
QLabel#fieldError {{ color: {t.danger}; font-size: 9pt; }}
QLabel#kpiValue {{ font-size: 22pt; font-weight: 600; color: {t.text}; }}
QLabel#kpiLabel {{ color: {t.muted}; }}
QLabel#fileName {{ font-size: 16pt; font-weight: 600; color: {t.text}; }}
QLabel#chip {{
    background: {t.accent_soft}; color: {t.accent}; border-radius: 9px; padding: 2px 9px;
    font-size: 8.5pt; font-weight: 600;
}}
QLabel#chip[tone="success"] {{ background: {t.success_soft}; color: {t.success}; }}
QLabel#chip[tone="warning"] {{ background: {t.warning_soft}; color: {t.warning}; }}
QLabel#chip[tone="danger"] {{ background: {t.danger_soft}; color: {t.danger}; }}
QLabel#chip[tone="muted"] {{ background: {t.surface_alt}; color: {t.muted}; }}
QLabel#titlesWarning {{ color: {t.warning}; }}

QFrame#card {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 8px; }}
QFrame#banner {{ background: {t.warning_soft}; border: 1px solid {t.warning}; border-radius: 6px; }}
QFrame#banner[tone="danger"] {{ background: {t.danger_soft}; border-color: {t.danger}; }}
QFrame#banner[tone="info"] {{ background: {t.accent_soft}; border-color: {t.accent}; }}
QFrame#banner QLabel {{ color: {t.text}; }}
QFrame#separator {{ background: {t.border}; max-height: 1px; min-height: 1px; border: none; }}

QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: 6px; padding: 5px 8px; selection-background-color: {t.selection};
    selection-color: {t.text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: 1px solid {t.accent};
}}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid {t.danger}; background: {t.danger_soft};
}}
QLineEdit#clientSearch {{ padding: 7px 10px; font-size: 10.5pt; border-radius: 8px; }}
QLineEdit:disabled, QComboBox:disabled {{ background: {t.surface_alt}; color: {t.muted}; }}
QComboBox {{ padding-right: 26px; }}
QComboBox::drop-down {{
    border: none; width: 24px; subcontrol-origin: padding; subcontrol-position: center right;
}}
QComboBox::down-arrow {{ image: url({down}); width: 14px; height: 14px; }}
QComboBox:editable {{ padding-right: 26px; }}
QSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 20px; border: none; background: transparent;
}}
QSpinBox::up-button {{ subcontrol-position: top right; margin-top: 2px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; margin-bottom: 2px; }}
QSpinBox::up-arrow {{ image: url({up}); width: 11px; height: 11px; }}
QSpinBox::down-arrow {{ image: url({down}); width: 11px; height: 11px; }}
QCheckBox::indicator {{
    width: 16px; height: 16px; border: 1px solid {t.muted}; border-radius: 4px;
    background: {t.surface};
}}
QCheckBox::indicator:hover {{ border-color: {t.accent}; }}
QCheckBox::indicator:checked {{
    background: {t.accent}; border-color: {t.accent}; image: url({check});
}}
QCheckBox::indicator:disabled {{ background: {t.surface_alt}; border-color: {t.border}; }}
QCheckBox::indicator:checked:disabled {{
    background: {t.muted}; border-color: {t.muted}; image: url({check});
}}
QTreeView::indicator, QTableView::indicator, QListView::indicator {{
    width: 16px; height: 16px; border: 1px solid {t.muted}; border-radius: 4px;
    background: {t.surface};
}}
QTreeView::indicator:checked, QTableView::indicator:checked {{
    background: {t.accent}; border-color: {t.accent}; image: url({check});
}}
QComboBox QAbstractItemView {{
    background: {t.surface}; border: 1px solid {t.border};
    selection-background-color: {t.selection};
    selection-color: {t.text}; outline: 0;
}}

QPushButton {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: 6px; padding: 6px 14px; min-height: 18px;
}}
QPushButton:hover {{ background: {t.surface_alt}; border-color: {t.muted}; }}
QPushButton:pressed {{ background: {t.selection}; }}
QPushButton:disabled {{ color: {t.muted}; background: {t.surface_alt}; }}
QPushButton:focus {{ border: 1px solid {t.accent}; }}
QPushButton[primary="true"] {{
    background: {t.accent}; color: {t.accent_text}; border: 1px solid {t.accent}; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {t.accent}; border-color: {t.text}; }}
QPushButton[primary="true"]:disabled {{
    background: {t.border}; border-color: {t.border}; color: {t.muted};
}}
QPushButton[flat="true"], QToolButton {{
    background: transparent; border: 1px solid transparent; border-radius: 6px; padding: 5px 8px;
}}
QPushButton[flat="true"]:hover, QToolButton:hover {{
    background: {t.surface_alt}; border-color: {t.border};
}}
QPushButton[danger="true"] {{ color: {t.danger}; }}
QPushButton#linkButton {{
    background: transparent; border: none; color: {t.accent}; padding: 2px 0; text-align: left;
}}
QPushButton#linkButton:hover {{ text-decoration: underline; }}
QToolButton::menu-indicator {{ image: none; width: 0; }}
QPushButton::menu-indicator {{
    image: url({down}); subcontrol-origin: padding; subcontrol-position: center right;
    width: 11px; height: 11px; right: 6px;
}}
QPushButton[hasMenu="true"] {{ padding-right: 24px; }}

QCheckBox, QRadioButton {{ color: {t.text}; spacing: 8px; min-height: 22px; }}

QTableView, QTreeView, QListView, QTableWidget, QTreeWidget, QListWidget {{
    background: {t.surface}; alternate-background-color: {t.surface_alt}; color: {t.text};
    border: 1px solid {t.border}; border-radius: 8px; gridline-color: {t.border};
    selection-background-color: {t.selection}; selection-color: {t.text}; outline: 0;
}}
QTableView::item, QTreeView::item {{ padding: 4px 8px; border: none; }}
QTableView::item:selected, QTreeView::item:selected, QListView::item:selected {{
    background: {t.selection}; color: {t.text};
}}
QHeaderView {{ background: {t.surface}; border: none; }}
QHeaderView::section {{
    background: {t.surface}; color: {t.muted}; border: none; border-bottom: 1px solid {t.border};
    padding: 7px 8px; font-weight: 600;
}}
QHeaderView::section:hover {{ color: {t.text}; }}
QHeaderView::section:vertical {{
    border: none; border-bottom: 1px solid {t.border}; padding: 0 12px; color: {t.text};
    font-weight: 600;
}}
QTableView#sectorCounts {{ border: none; }}
QTableCornerButton::section {{ background: {t.surface}; border: none; }}

QTabWidget::pane {{ border: none; border-top: 1px solid {t.border}; top: -1px; }}
QTabBar::tab {{
    background: transparent; color: {t.muted}; padding: 9px 16px; border: none;
    border-bottom: 2px solid transparent; margin-right: 4px;
}}
QTabBar::tab:selected {{
    color: {t.accent}; border-bottom: 2px solid {t.accent}; font-weight: 600;
}}
QTabBar::tab:hover {{ color: {t.text}; }}

QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QStackedWidget#pageStack, QScrollArea#pageFrame,
QScrollArea#pageFrame > QWidget#qt_scrollarea_viewport,
QScrollArea#pageFrame > QWidget > QWidget {{ background: {t.window}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 4px; min-height: 30px; }}
QScrollBar::handle:vertical:hover {{ background: {t.muted}; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 4px; min-width: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}

QStatusBar {{ background: {t.surface}; border-top: 1px solid {t.border}; color: {t.muted}; }}
QStatusBar QLabel {{ color: {t.muted}; padding: 2px 8px; }}
QStatusBar::item {{ border: none; }}
QProgressBar {{
    background: {t.surface_alt}; border: 1px solid {t.border}; border-radius: 5px; height: 10px;
    text-align: center; color: {t.text}; max-height: 12px;
}}
QProgressBar::chunk {{ background: {t.accent}; border-radius: 4px; }}
QMenuBar {{ background: {t.surface}; color: {t.text}; border-bottom: 1px solid {t.border}; }}
QMenuBar::item {{ padding: 5px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: {t.surface_alt}; border-radius: 4px; }}
QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; padding: 4px; }}
QMenu::item {{ padding: 6px 24px 6px 12px; border-radius: 4px; }}
QMenu::item:selected {{ background: {t.selection}; }}
QMenu::separator {{ height: 1px; background: {t.border}; margin: 4px 6px; }}
QSplitter::handle {{ background: {t.border}; }}
"""


def apply(app: QApplication, dark: bool | None = None) -> Theme:
    """Set font, palette and style sheet for the whole app; call again when the scheme flips."""
    global _current
    if dark is None:
        dark = system_is_dark()
    theme = DARK if dark else LIGHT
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINT_SIZE)
    app.setFont(font)
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet(theme))
    _current = theme
    return theme


def follow_system(app: QApplication, on_change=None) -> None:
    """Re-theme when the operating system switches between light and dark."""

    def changed(_scheme) -> None:
        apply(app)
        if on_change is not None:
            on_change()

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)


def repolish(widget) -> None:
    """Re-apply the style sheet after a dynamic property (invalid, tone) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
