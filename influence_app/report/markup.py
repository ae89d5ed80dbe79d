"""User text into Platypus flowables: escaped, drawable, cut into short paragraphs."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from influence_app.report import typography as ty
from influence_app.report.fonts import BODY_FONT, register_fonts

ELLIPSIS = "…"
HEADING_LIMIT = 160  # longer titles are shortened in headings, the contents and the outline
REPLACEMENT = "\ufffd"
# ReportLab breaks lines at U+202F and widens it to a full space; a no-break space drawn at
# this fraction of the font size has the narrow space's width and does not break.
_NARROW_RATIO = 0.63


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(BODY_FONT).face.charToGlyph)


def drawable(text: str | None) -> str:
    """Clean text the font can draw: a missing emoji or symbol is dropped (as the charts do),
    any other missing character becomes « � » so the reader sees something was there."""
    text = ty.clean(text)
    covered = _covered()
    if all(ord(ch) in covered or ch in "\n" for ch in text):
        return text
    return "".join(_substitute(ch, covered) for ch in text)


def _substitute(ch: str, covered: frozenset[int]) -> str:
    if ord(ch) in covered or ch == "\n":
        return ch
    category = unicodedata.category(ch)
    if category in ("So", "Sk", "Cf", "Mn", "Me", "Co", "Cn"):
        return ""
    return REPLACEMENT if REPLACEMENT and ord(REPLACEMENT) in covered else ""


def markup(text: str | None, font_size: float) -> str:
    """Paragraph markup that shows `text` literally, line breaks kept."""
    escaped = ty.escape(drawable(text))
    narrow = f'<font size="{font_size * _NARROW_RATIO:.2f}">{ty.NBSP}</font>'
    return escaped.replace(ty.NNBSP, narrow).replace("\n", "<br/>")


def measuring(canvas: object) -> bool:
    """True while Platypus lays out its first pass, whose pages are thrown away.

    The first pass only finds page numbers for the contents and the page total; skipping
    the drawing there halves the cost of drawing text and charts.
    """
    document = getattr(canvas, "_doctemplate", None)
    return bool(getattr(document, "measuring", False))


class Para(Paragraph):
    """A Paragraph that draws nothing on the measuring pass (its split halves stay Para)."""

    def draw(self) -> None:
        if not measuring(self.canv):
            super().draw()


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """One paragraph of plain text; use `paras` for text that may be long."""
    return Para(markup(text, style.fontSize), style)


def rich(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """Our own markup (`<b>{name}</b>`) around user values, each escaped."""
    safe = {name: markup(value, style.fontSize) for name, value in values.items()}
    return Para(template.format(**safe), style)


def paras(text: str | None, style: ParagraphStyle) -> list[Flowable]:
    """Text of any length as paragraphs of at most 1k characters (none when empty)."""
    return [para(piece, style) for piece in ty.paragraphs(text)]


def cell(text: str | None, style: ParagraphStyle) -> list[Flowable] | str:
    """A table cell's content: short paragraphs, so `splitInRow` can cut a tall cell."""
    pieces = paras(text, style)
    return pieces if pieces else ""


def cells(*parts: tuple[str | None, ParagraphStyle]) -> list[Flowable]:
    """Several texts stacked in one cell (a title over its description)."""
    stacked: list[Flowable] = []
    for text, style in parts:
        stacked.extend(paras(text, style))
    return stacked


def short(text: str | None, limit: int = HEADING_LIMIT) -> str:
    """One line of at most `limit` characters, ending with « … » when shortened."""
    line = " ".join(drawable(text).split())
    if len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + ELLIPSIS


def is_short(text: str | None, limit: int = HEADING_LIMIT) -> bool:
    return len(" ".join(ty.clean(text).split())) <= limit


def joined(parts: Sequence[str], separator: str = " · ") -> str:
    return separator.join(part for part in parts if part)
