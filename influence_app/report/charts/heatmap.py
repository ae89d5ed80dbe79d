"""Network × column heat maps: goal involvement, lever mastery, network functions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from reportlab.graphics.shapes import Drawing, Group, Rect

from influence_app.report.charts import palette
from influence_app.report.charts.common import (
    LABEL_SIZE,
    MIN_SIZE,
    clean,
    empty_drawing,
    finite,
    fit,
    label,
    line_height,
    new_drawing,
    width_of,
    wrap,
)
from influence_app.report.charts.legend import LegendEntry, add_legend, legend_height
from influence_app.report.fonts import BOLD_FONT, register_fonts

T = TypeVar("T")

MIN_ROW = 15.0
MIN_CELL = 10.0  # a rotated header line needs this much width
MAX_CELL = 56.0
MAX_HEADER = 140.0  # rotated headers longer than this are shortened with « … »
HEADER_SIZE = MIN_SIZE
HEADER_LINES = 3
GAP = 6.0
ASCENT = 0.8


@dataclass(frozen=True)
class HeatMap:
    rows: Sequence[str]
    columns: Sequence[str]
    values: Sequence[Sequence[float | None]]
    max_value: float
    cell_text: Sequence[Sequence[str]] | None = None
    legend: Sequence[tuple[float, str]] = ()


@dataclass(frozen=True)
class _Grid:
    """One block of columns with the row labels; wide tables are cut into several blocks."""

    left: float  # x of the first column
    cell: float  # column width
    row: float  # row height
    rows: list[list[str]]  # wrapped row labels
    columns: range  # which columns of the data this block shows
    headers: list[list[str]]  # their wrapped headers
    rotated: bool
    header_height: float

    def height(self) -> float:
        return self.header_height + GAP / 2 + len(self.rows) * self.row


def heat_map(data: HeatMap, width: float) -> Drawing:
    """Rows × columns of cells shaded on one hue by value; the cell text printed on top.
    Columns too many for the width go on to a second block below, so no cell gets too narrow
    for its header."""
    register_fonts()
    if not data.rows or not data.columns:
        return empty_drawing(width)
    grids = _layout(data, width)
    legend = _legend(data)
    legend_band = legend_height(legend, width) + (GAP if legend else 0)
    body = sum(grid.height() for grid in grids) + 2 * GAP * (len(grids) - 1)
    result = new_drawing(width, body + legend_band + 1)
    top = result.height
    for grid in grids:
        _draw_headers(result, grid, top - grid.header_height)
        _draw_rows(result, data, grid, top - grid.header_height - GAP / 2)
        top -= grid.height() + 2 * GAP
    add_legend(result, legend, 0, legend_band - GAP, width)
    return result


def _layout(data: HeatMap, width: float) -> list[_Grid]:
    names = [clean(row) for row in data.rows]
    count = len(data.columns)
    # Row labels give up room (down to a fifth of the width) before cells get too narrow.
    label_width = min(
        max(width_of(name) for name in names),
        width * 0.38,
        max(width * 0.2, width - GAP - count * MIN_CELL),
    )
    label_width = max(label_width, 40.0)
    rows = [wrap(name, label_width, 2) for name in names]
    row = max(MIN_ROW, max(len(lines) for lines in rows) * line_height() + 4)
    room = width - label_width - GAP
    blocks = math.ceil(count / max(1, int(room // MIN_CELL)))
    size = math.ceil(count / blocks)
    grids = []
    for start in range(0, count, size):
        columns = range(start, min(start + size, count))
        cell = min(room / len(columns), MAX_CELL)
        headers, rotated = _headers([clean(data.columns[c]) for c in columns], cell)
        height = _header_height(headers, rotated)
        grids.append(_Grid(label_width + GAP, cell, row, rows, columns, headers, rotated, height))
    return grids


def _headers(columns: list[str], cell: float) -> tuple[list[list[str]], bool]:
    """Horizontal headers when each fits its column in a few lines; rotated ones otherwise."""
    flat = [wrap(text, cell - 2, HEADER_LINES, size=HEADER_SIZE) for text in columns]
    # Re-joining the lines gives the text back only when nothing was cut or broken mid-word.
    if all(" ".join(lines) == text for lines, text in zip(flat, columns, strict=True)):
        return flat, False
    lines = max(1, min(HEADER_LINES, int((cell - 2) // line_height(HEADER_SIZE))))
    return _rotated_lines(columns, lines), True


def _rotated_lines(columns: list[str], lines: int) -> list[list[str]]:
    """The shortest header band (in steps of 20 pt) in which every header fits uncut."""
    for length in range(40, int(MAX_HEADER), 20):
        wrapped = [wrap(text, length, lines, size=HEADER_SIZE) for text in columns]
        if all(" ".join(parts) == text for parts, text in zip(wrapped, columns, strict=True)):
            return wrapped
    return [wrap(text, MAX_HEADER, lines, size=HEADER_SIZE) for text in columns]


def _header_height(headers: list[list[str]], rotated: bool) -> float:
    if rotated:
        return max(width_of(line, size=HEADER_SIZE) for lines in headers for line in lines) + 4
    return max(len(lines) for lines in headers) * line_height(HEADER_SIZE)


def _draw_headers(target: Drawing, grid: _Grid, bottom: float) -> None:
    for index, lines in enumerate(grid.headers):
        centre = grid.left + (index + 0.5) * grid.cell
        if grid.rotated:
            target.add(_rotated_header(lines, centre, bottom))
            continue
        y = bottom + (len(lines) - 1) * line_height(HEADER_SIZE) + 1.5
        for line in lines:
            target.add(label(centre, y, line, size=HEADER_SIZE, anchor="middle"))
            y -= line_height(HEADER_SIZE)


def _rotated_header(lines: list[str], centre: float, bottom: float) -> Group:
    """Lines read bottom to top, centred on the column; turned 90°, each next line is rightward."""
    step = line_height(HEADER_SIZE)
    first = centre - (len(lines) - 1) * step / 2 + HEADER_SIZE * 0.35
    group = Group()
    for index, line in enumerate(lines):
        text = label(0, 0, line, size=HEADER_SIZE)
        group.add(Group(text, transform=(0, 1, -1, 0, first + index * step, bottom + 2)))
    return group


def _draw_rows(target: Drawing, data: HeatMap, grid: _Grid, top: float) -> None:
    for r, lines in enumerate(grid.rows):
        y = top - r * grid.row
        _draw_row_label(target, lines, y, grid.row)
        for position, c in enumerate(grid.columns):
            _draw_cell(target, data, grid, (r, c), position, y)


def _draw_row_label(target: Drawing, lines: list[str], top: float, row: float) -> None:
    y = top - (row - len(lines) * line_height()) / 2 - ASCENT * LABEL_SIZE
    for line in lines:
        target.add(label(0, y, line))
        y -= line_height()


def _draw_cell(
    target: Drawing, data: HeatMap, grid: _Grid, at: tuple[int, int], position: int, top: float
) -> None:
    value = _at(data.values, *at)
    fill = palette.WHITE if value is None else palette.sequential(finite(value), data.max_value)
    x = grid.left + position * grid.cell
    # A missing value keeps a grey outline so it reads as « empty », not as the lowest level.
    edge, edge_width = (palette.RULE, 0.5) if value is None else (palette.WHITE, 1.0)
    cell = Rect(x, top - grid.row, grid.cell, grid.row, fillColor=fill, strokeColor=edge)
    cell.strokeWidth = edge_width
    target.add(cell)
    text = _at(data.cell_text, *at) if data.cell_text is not None else None
    if text:
        shown = fit(clean(str(text), BOLD_FONT), grid.cell - 3, BOLD_FONT)
        baseline = top - grid.row / 2 - LABEL_SIZE * 0.35
        colour = palette.text_on(fill)
        mark = label(
            x + grid.cell / 2, baseline, shown, font=BOLD_FONT, anchor="middle", colour=colour
        )
        target.add(mark)


def _at(table: Sequence[Sequence[T]], r: int, c: int) -> T | None:
    """table[r][c], or None when the table is ragged."""
    if r < len(table) and c < len(table[r]):
        return table[r][c]
    return None


def _legend(data: HeatMap) -> list[LegendEntry]:
    return [
        LegendEntry(
            text, fill=palette.sequential(finite(value), data.max_value), stroke=palette.RULE
        )
        for value, text in data.legend
    ]
