"""The app's look: Fusion, a comfortable font size, one deep-teal accent, quiet greys."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

ACCENT = "#0e6170"
ACCENT_LIGHT = "#e3eff1"
TEXT = "#1f2a30"
MUTED = "#4a5459"  # the set-up screens' hint colour
ERROR = "#b3261e"
MIN_POINT_SIZE = 11  # readable on a projector, still fits 1366×768

# Style sheets stay on the widgets that need them: an application-wide sheet makes Qt
# polish every widget through the style-sheet engine, which slows every screen's build.
SIDEBAR_STYLE = f"""
QListWidget#sidebar {{
    background: #f3f6f7; border: none; border-right: 1px solid #d5dde0;
    padding-top: 12px; outline: none; font-size: 12pt;
}}
QListWidget#sidebar::item {{ padding-left: 18px; border: none; color: {TEXT}; }}
QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#sidebar::item:hover:!selected {{ background: {ACCENT_LIGHT}; }}
"""

WELCOME_STYLE = f"""
QLabel#welcomeTitle {{ font-size: 26pt; font-weight: 600; color: {ACCENT}; }}
QLabel#welcomeSubtitle {{ font-size: 13pt; color: {MUTED}; }}
QListWidget#recentDocuments::item {{ padding: 6px 4px; }}
"""


def apply_theme(app: QApplication) -> None:
    if app.style().name() != "fusion":  # often the default already: making it again costs
        app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setPalette(_palette(app.style().standardPalette()))


def _palette(palette: QPalette) -> QPalette:
    accent = QColor(ACCENT)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, accent)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
        palette.setColor(group, QPalette.ColorRole.Link, accent)
    return palette


def set_text_colour(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    widget.setPalette(palette)


def emphasise(label: QLabel, scale: float, weight: QFont.Weight = QFont.Weight.DemiBold) -> QLabel:
    """Bigger or bolder than the app's font, relative to it so it follows the user's size."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(weight)
    label.setFont(font)
    return label
