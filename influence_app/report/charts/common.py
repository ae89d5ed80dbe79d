"""Text fitting, labels, number formats and the SVG export shared by every chart."""

from __future__ import annotations

import copy
import math
import re
import unicodedata

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics

from influence_app.report.charts import palette, texts
from influence_app.report.fonts import BODY_FONT, ITALIC_FONT, SCREEN_FACES, register_fonts

# 7 pt is the smallest size still read comfortably on paper; charts are drawn at print size.
# Whole sizes only: QtSvg truncates a font size to whole pixels (7.5 shows as 7), so on screen
# a fractional size would set narrower text than the PDF and break the alignments.
MIN_SIZE = 7.0
LABEL_SIZE = 8.0
TITLE_SIZE = 9.0
LINE_GAP = 1.25  # line height as a multiple of the font size
ELLIPSIS = "…"
# No chart shows more than a few hundred characters of a label; measuring more is wasted work.
MAX_CHARS = 400
# Invisible or unprintable categories (controls, format marks, surrogates, private use, unassigned).
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_KEPT_SPACES = {"\u00a0", "\u202f"}


def clean(text: str, font: str = BODY_FONT) -> str:
    """One printable line: breaks become spaces, glyphs the font lacks (emoji) are dropped."""
    register_fonts()
    covered = pdfmetrics.getFont(font).face.charToGlyph
    kept = []
    for ch in str(text)[:MAX_CHARS]:
        if ch.isspace() and ch not in _KEPT_SPACES:
            kept.append(" ")
        elif unicodedata.category(ch) not in _DROPPED_CATEGORIES and ord(ch) in covered:
            kept.append(ch)
    line = re.sub(" {2,}", " ", "".join(kept)).strip()
    return line or "—"


def width_of(text: str, font: str = BODY_FONT, size: float = LABEL_SIZE) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def fit(text: str, max_width: float, font: str = BODY_FONT, size: float = LABEL_SIZE) -> str:
    """`text` shortened with « … » so that it is at most `max_width` wide."""
    if width_of(text, font, size) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(text[:middle].rstrip() + ELLIPSIS, font, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(
    text: str, max_width: float, max_lines: int, font: str = BODY_FONT, size: float = LABEL_SIZE
) -> list[str]:
    """Greedy word wrap into at most `max_lines` lines, the last one shortened with « … »."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        line, rest = _take_line(rest, max_width, font, size)
        lines.append(line)
    if rest:
        lines.append(fit(rest, max_width, font, size))
    return lines or [""]


def _take_line(text: str, max_width: float, font: str, size: float) -> tuple[str, str]:
    """The first line of `text` (broken at a space when possible) and what is left."""
    if width_of(text, font, size) <= max_width:
        return text, ""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(text[:middle], font, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    space = text.rfind(" ", 0, low + 1)
    cut = space if space > 0 else low
    return text[:cut].rstrip(), text[cut:].lstrip()


def label(
    x: float,
    y: float,
    text: str,
    *,
    size: float = LABEL_SIZE,
    font: str = BODY_FONT,
    anchor: str = "start",
    colour: Color = palette.INK,
) -> String:
    """A text shape; `text` must already be cleaned and fitted."""
    return String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def line_height(size: float = LABEL_SIZE) -> float:
    return size * LINE_GAP


def decimal(value: float, digits: int = 1) -> str:
    """French decimal comma: 12.6 → « 12,6 »."""
    return f"{value:.{digits}f}".replace(".", ",").replace("-", "−")


def number(value: float) -> str:
    """Whole numbers without decimals, others with one decimal (French comma)."""
    if math.isfinite(value) and float(value).is_integer():
        return str(int(value)).replace("-", "−")
    return decimal(value)


def finite(value: float | None) -> float:
    """Chart-safe magnitude: missing, NaN, infinite or negative values count as zero."""
    if value is None or not math.isfinite(value):
        return 0.0
    return max(float(value), 0.0)


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose height is rounded up to a whole point (the SVG view box is integral)."""
    return Drawing(width, math.ceil(height))


def empty_drawing(width: float) -> Drawing:
    """The small framed « Aucune donnée » that stands in for a chart without data."""
    register_fonts()
    result = new_drawing(width, 32)
    frame = Rect(0.5, 0.5, width - 1, 31, fillColor=palette.WHITE, strokeColor=palette.RULE)
    frame.strokeDashArray = [3, 2]
    result.add(frame)
    result.add(
        label(
            width / 2,
            13,
            texts.no_data(),
            font=ITALIC_FONT,
            anchor="middle",
            size=TITLE_SIZE,
            colour=palette.MUTED,
        )
    )
    return result


def to_svg(drawing: Drawing) -> str:
    """SVG text for QtSvg: its default `<clipPath>` paints everything black, `useClip` does not."""
    # The registered names mean nothing to a screen renderer: name the family and the face instead
    # (copied, as the renderer may update the dictionaries it is given).
    faces = copy.deepcopy(SCREEN_FACES)
    return renderSVG.drawToString(drawing, useClip=True, fontHacks=faces)
