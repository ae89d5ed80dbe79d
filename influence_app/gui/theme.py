"""The app's look: Fusion, a comfortable font size, one deep-teal accent, quiet greys."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#0e6170"
ACCENT_LIGHT = "#e3eff1"
MUTED = "#5f6b73"
ERROR = "#b3261e"
MIN_POINT_SIZE = 11  # readable on a projector, still fits 1366×768

STYLE = f"""
QListWidget#sidebar {{
    background: #f3f6f7; border: none; border-right: 1px solid #d5dde0;
    padding-top: 12px; outline: none; font-size: 12pt;
}}
QListWidget#sidebar::item {{ padding-left: 18px; border: none; color: #1f2a30; }}
QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#sidebar::item:hover:!selected {{ background: {ACCENT_LIGHT}; }}
QLabel#welcomeTitle {{ font-size: 26pt; font-weight: 600; color: {ACCENT}; }}
QLabel#welcomeSubtitle {{ font-size: 13pt; color: {MUTED}; }}
QLabel#sectionHeading {{ font-weight: 600; font-size: 12pt; color: #1f2a30; }}
QLabel#screenTitle {{ font-size: 17pt; font-weight: 600; color: #1f2a30; }}
QLabel[muted="true"] {{ color: {MUTED}; }}
QLabel#fieldError {{ color: {ERROR}; }}
QListWidget#recentDocuments::item {{ padding: 6px 4px; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setPalette(_palette(app.style().standardPalette()))
    app.setStyleSheet(STYLE)


def _palette(palette: QPalette) -> QPalette:
    accent = QColor(ACCENT)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, accent)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
        palette.setColor(group, QPalette.ColorRole.Link, accent)
    return palette


def heading_font(point_size: float = 17) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    return font
