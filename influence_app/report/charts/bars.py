"""Ranked horizontal bars: vote results, raw and per-network weighted side by side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect

from influence_app.report.charts import palette, texts
from influence_app.report.charts.common import (
    LABEL_SIZE,
    MIN_SIZE,
    clean,
    decimal,
    empty_drawing,
    finite,
    label,
    line_height,
    new_drawing,
    number,
    width_of,
    wrap,
)
from influence_app.report.charts.legend import LegendEntry, add_legend, legend_height
from influence_app.report.fonts import BODY_FONT, ITALIC_FONT, register_fonts

BAR = 9.0
BAR_GAP = 2.0
ROW_PAD = 7.0
LABEL_LINES = 2
ASCENT = 0.8  # baseline offset below a line's top, as a fraction of the font size


@dataclass(frozen=True)
class RankedItem:
    label: str
    raw: float
    weighted: float | None = None
    tied: bool = False


@dataclass(frozen=True)
class _Row:
    lines: list[str]
    values: list[tuple[float, str]]  # bar length source and its printed text
    tied: bool

    def height(self) -> float:
        bars = len(self.values) * BAR + (len(self.values) - 1) * BAR_GAP
        text = (len(self.lines) + self.tied) * line_height()
        return max(bars, text) + ROW_PAD


def ranked_bars(
    items: Sequence[RankedItem],
    width: float,
    raw_label: str = "Brut",
    weighted_label: str = "Pondéré",
) -> Drawing:
    """Items top to bottom in the given (ranked) order; a second bar when weighted scores exist."""
    register_fonts()
    if not items:
        return empty_drawing(width)
    weighted = any(item.weighted is not None for item in items)
    label_width = _label_width(items, width)
    rows = [_row(item, weighted, label_width) for item in items]
    legend = _legend(raw_label, weighted_label) if weighted else []
    top_band = legend_height(legend, width) + (4 if legend else 0)
    result = new_drawing(width, top_band + sum(row.height() for row in rows) + 2)
    add_legend(result, legend, 0, result.height, width)
    _draw_rows(result, rows, label_width, result.height - top_band)
    return result


def _label_width(items: Sequence[RankedItem], width: float) -> float:
    widest = max(width_of(clean(item.label)) for item in items)
    # Labels wrap onto two lines, so half the widest one (plus slack for word breaks) is enough.
    wanted = widest if widest < width * 0.3 else widest / LABEL_LINES + 20
    return min(max(wanted, width * 0.2), width * 0.38)


def _row(item: RankedItem, weighted: bool, label_width: float) -> _Row:
    raw = finite(item.raw)
    values = [(raw, number(raw))]
    if weighted:
        value = finite(item.weighted)
        values.append((value, decimal(value) if item.weighted is not None else "—"))
    lines = wrap(clean(item.label), label_width, LABEL_LINES)
    return _Row(lines=lines, values=values, tied=item.tied)


def _legend(raw_label: str, weighted_label: str) -> list[LegendEntry]:
    return [
        LegendEntry(raw_label, fill=palette.BLUE),
        LegendEntry(weighted_label, fill=palette.ORANGE),
    ]


def _draw_rows(target: Drawing, rows: list[_Row], label_width: float, top: float) -> None:
    left = label_width + 8
    value_room = max(width_of(text) for row in rows for _, text in row.values) + 4
    span = max(target.width - left - value_room, 10.0)
    peak = max(value for row in rows for value, _ in row.values) or 1.0
    target.add(Line(left, top, left, top - sum(r.height() for r in rows), strokeColor=palette.RULE))
    for index, row in enumerate(rows):
        if index:
            target.add(Line(0, top, target.width, top, strokeColor=palette.FAINT, strokeWidth=0.5))
        _draw_labels(target, row, top)
        _draw_bars(target, row, left, top, span / peak)
        top -= row.height()


def _draw_labels(target: Drawing, row: _Row, top: float) -> None:
    lines = row.lines + ([texts.tied()] if row.tied else [])
    y = _block_top(row, len(lines) * line_height(), top)
    for index, text in enumerate(lines):
        is_tag = row.tied and index == len(lines) - 1
        font = ITALIC_FONT if is_tag else BODY_FONT
        colour = palette.VERMILLION if is_tag else palette.INK
        size = MIN_SIZE if is_tag else LABEL_SIZE
        target.add(label(0, y - ASCENT * LABEL_SIZE, text, font=font, colour=colour, size=size))
        y -= line_height()


def _draw_bars(target: Drawing, row: _Row, left: float, top: float, scale: float) -> None:
    count = len(row.values)
    y = _block_top(row, count * BAR + (count - 1) * BAR_GAP, top)
    colours = [palette.BLUE, palette.ORANGE]
    for (value, text), colour in zip(row.values, colours, strict=False):
        length = value * scale
        target.add(Rect(left, y - BAR, length, BAR, fillColor=colour, strokeColor=None))
        target.add(label(left + length + 3, y - BAR / 2 - LABEL_SIZE * 0.35, text))
        y -= BAR + BAR_GAP


def _block_top(row: _Row, block: float, top: float) -> float:
    """Top of a block centred vertically in the row's content area."""
    content = row.height() - ROW_PAD
    return top - ROW_PAD / 2 - (content - block) / 2
