"""Self-assessment of the internal conditions: one small panel of bars per criterion."""

from __future__ import annotations

import math
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
    fit,
    label,
    line_height,
    new_drawing,
    width_of,
    wrap,
)
from influence_app.report.charts.legend import LegendEntry, add_legend, legend_height
from influence_app.report.fonts import BOLD_FONT, ITALIC_FONT, register_fonts

# Why this design: grouped bars would put 4 × 11 = 44 bars side by side, each too thin to label,
# and eleven networks cannot be told apart by colour (Okabe–Ito has eight, and no palette keeps
# eleven apart for every reader). Instead, small multiples that share their rows: each network
# is one row named once in plain text, each criterion a narrow 1–5 bar column with the group's
# mean as a dashed line. Reading across a row gives a network's profile; down a column, how the
# group stands on that condition and who is above or below the mean.
MAX_SCORE = 5
BAR = 7.0
COLUMN_GAP = 10.0
MIN_COLUMN = 40.0
HEADER_LINES = 3
ASCENT = 0.8


@dataclass(frozen=True)
class AssessmentSeries:
    network: str
    scores: Sequence[int | None]  # one per criterion, 1–5


@dataclass(frozen=True)
class _Layout:
    names: list[list[str]]
    names_width: float
    row: float
    column_left: list[float]
    column_width: float
    header: float  # height of the criteria headers


def assessment_chart(
    criteria: Sequence[str], series: Sequence[AssessmentSeries], width: float
) -> Drawing:
    """A row per network, a 1–5 bar column per criterion, the mean of each column dashed."""
    register_fonts()
    if not criteria or not series:
        return empty_drawing(width)
    layout = _layout(criteria, series, width)
    legend = _legend()
    legend_band = legend_height(legend, width) + 6
    body = layout.header + len(series) * layout.row + MIN_SIZE + 6
    result = new_drawing(width, body + legend_band)
    top = result.height - layout.header
    _draw_rows(result, layout, top)
    for index, name in enumerate(criteria):
        scores = [_score(s.scores, index) for s in series]
        _draw_column(result, layout, index, name, scores, top)
    add_legend(result, legend, 0, legend_band - 6, width)
    return result


def _layout(criteria: Sequence[str], series: Sequence[AssessmentSeries], width: float) -> _Layout:
    names = [clean(s.network) for s in series]
    # Names give up room (down to a fifth of the width) before the columns get too narrow.
    spare = width - 8 - len(criteria) * (MIN_COLUMN + COLUMN_GAP) + COLUMN_GAP
    names_width = min(max(width_of(name) for name in names), width * 0.4, max(width * 0.2, spare))
    wrapped = [wrap(name, names_width, 2) for name in names]
    row = max(BAR + 4, max(len(lines) for lines in wrapped) * line_height() + 2)
    left = names_width + 8
    column_width = (width - left - COLUMN_GAP * (len(criteria) - 1)) / len(criteria)
    columns = [left + i * (column_width + COLUMN_GAP) for i in range(len(criteria))]
    lines = max(len(_header(name, column_width)) for name in criteria)
    header = (lines + 1) * line_height() + 4
    return _Layout(wrapped, names_width, row, columns, column_width, header)


def _header(name: str, width: float) -> list[str]:
    return wrap(clean(name, BOLD_FONT), width, HEADER_LINES, BOLD_FONT)


def _score(scores: Sequence[int | None], index: int) -> int | None:
    score = scores[index] if index < len(scores) else None
    return None if score is None else min(max(int(score), 0), MAX_SCORE)


def _legend() -> list[LegendEntry]:
    return [
        LegendEntry(texts.network_score(), fill=palette.BLUE),
        LegendEntry(texts.mean_line(), stroke=palette.VERMILLION, kind="dash"),
    ]


def _draw_rows(target: Drawing, layout: _Layout, top: float) -> None:
    """Network names, on faint bands every other row so the eye follows a row across."""
    for index, lines in enumerate(layout.names):
        row_top = top - index * layout.row
        if index % 2 == 0:
            target.add(
                Rect(
                    0,
                    row_top - layout.row,
                    target.width,
                    layout.row,
                    fillColor=palette.FAINT,
                    strokeColor=None,
                )
            )
        y = row_top - (layout.row - len(lines) * line_height()) / 2 - ASCENT * LABEL_SIZE
        for line in lines:
            target.add(label(0, y, line))
            y -= line_height()


def _draw_column(
    target: Drawing, layout: _Layout, index: int, name: str, scores: list[int | None], top: float
) -> None:
    left, width = layout.column_left[index], layout.column_width
    given = [score for score in scores if score is not None]
    mean = sum(given) / len(given) if given else None
    _draw_header(target, _header(name, width), _mean_text(mean, width), left, top)
    unit = (width - 4) / MAX_SCORE
    bottom = top - len(scores) * layout.row
    _draw_scale(target, left, unit, top, bottom)
    for row, score in enumerate(scores):
        _draw_score(target, score, left, unit, top - (row + 0.5) * layout.row)
    if mean is not None:
        x = left + mean * unit
        dash = Line(x, top + 1, x, bottom - 1, strokeColor=palette.VERMILLION, strokeWidth=1.5)
        dash.strokeDashArray = [2.5, 1.5]
        target.add(dash)


def _draw_score(
    target: Drawing, score: int | None, left: float, unit: float, middle: float
) -> None:
    """A bar as long as the score; a dash when the network gave none."""
    if score is None:
        dash = label(left + 1, middle - MIN_SIZE * 0.35, "—", size=MIN_SIZE, colour=palette.MUTED)
        target.add(dash)
        return
    bar = Rect(left, middle - BAR / 2, score * unit, BAR, fillColor=palette.BLUE, strokeColor=None)
    target.add(bar)


def _mean_text(mean: float | None, width: float) -> str:
    """« moyenne 3,1 », or the bare figure when the column is too narrow for the word."""
    if mean is None:
        return fit(texts.not_scored(), width, ITALIC_FONT)
    long = texts.mean(decimal(mean))
    return long if width_of(long, ITALIC_FONT) <= width else fit(decimal(mean), width, ITALIC_FONT)


def _draw_header(target: Drawing, lines: list[str], subtitle: str, left: float, top: float) -> None:
    """Criterion name sitting on its mean, both just above the column."""
    # Drawn top down so that text copied from the PDF comes out in reading order.
    y = top + 4 + LABEL_SIZE * 0.3 + len(lines) * line_height()
    for line in lines:
        target.add(label(left, y, line, font=BOLD_FONT))
        y -= line_height()
    target.add(label(left, y, subtitle, font=ITALIC_FONT, colour=palette.MUTED))


def _draw_scale(target: Drawing, left: float, unit: float, top: float, bottom: float) -> None:
    # Narrow columns (many criteria) label fewer ticks so the figures never touch.
    step = max(1, math.ceil((width_of("5", size=MIN_SIZE) + 1.5) / unit))
    for score in range(MAX_SCORE + 1):
        x = left + score * unit
        colour = palette.NEUTRAL if score == 0 else palette.RULE
        target.add(Line(x, top, x, bottom, strokeColor=colour, strokeWidth=0.5))
        if score and (score - 1) % step == 0:
            target.add(
                label(
                    x,
                    bottom - MIN_SIZE - 1,
                    str(score),
                    size=MIN_SIZE,
                    anchor="middle",
                    colour=palette.MUTED,
                )
            )
