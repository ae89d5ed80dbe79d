"""Lewin's force field: levers push from the left, obstacles from the right, against the goal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Polygon
from reportlab.lib.colors import Color

from influence_app.report.charts import palette, texts
from influence_app.report.charts.common import (
    LABEL_SIZE,
    TITLE_SIZE,
    clean,
    empty_drawing,
    label,
    line_height,
    new_drawing,
    wrap,
)
from influence_app.report.fonts import BOLD_FONT, register_fonts

MAX_STRENGTH = 5
BAR = 12.0
HEAD = 5.0  # depth of the arrow head
AXIS_GAP = 3.0  # between the axis and an arrow's point
ROW_PAD = 6.0
LABEL_GAP = 4.0
TITLE_GAP = 4.0  # between the goal and the « Leviers » / « Freins » headings
ASCENT = 0.8
# Controllability is left to the table beside the chart: a second encoding here would crowd it.


@dataclass(frozen=True)
class Force:
    label: str
    strength: int
    controllability: int | None = None


@dataclass(frozen=True)
class _Side:
    forces: Sequence[Force]
    direction: int  # −1: drawn left of the axis, +1: right of it
    colour: Color


def force_field(
    levers: Sequence[Force], obstacles: Sequence[Force], width: float, goal_label: str = ""
) -> Drawing:
    """Arrows whose length is the strength (1–5), pointing at the goal's axis; totals below."""
    register_fonts()
    if not levers and not obstacles:
        return empty_drawing(width)
    sides = (_Side(levers, -1, palette.BLUE), _Side(obstacles, 1, palette.VERMILLION))
    unit = (width / 2 - AXIS_GAP) * 0.42 / MAX_STRENGTH
    rows = _row_heights(sides, width, unit)
    title = wrap(clean(goal_label), width * 0.8, 2, BOLD_FONT, TITLE_SIZE) if goal_label else []
    head = (len(title) + 1) * line_height(TITLE_SIZE) + (TITLE_GAP if title else 0) + 6
    foot = line_height(TITLE_SIZE) + 8
    result = new_drawing(width, head + sum(rows) + foot)
    _draw_title(result, title, result.height)
    axis_top = result.height - head + line_height(TITLE_SIZE) + 2
    axis = width / 2
    result.add(Line(axis, axis_top, axis, foot - 2, strokeColor=palette.INK, strokeWidth=1.5))
    for side in sides:
        _draw_side(result, side, rows, unit, result.height - head)
        _draw_total(result, side, foot)
    return result


def _strength(force: Force) -> int:
    return min(max(int(force.strength), 0), MAX_STRENGTH)


def _label_room(force: Force, width: float, unit: float) -> float:
    return width / 2 - AXIS_GAP - _strength(force) * unit - LABEL_GAP


def _lines(force: Force, width: float, unit: float) -> list[str]:
    return wrap(clean(force.label), _label_room(force, width, unit), 2)


def _row_heights(sides: tuple[_Side, _Side], width: float, unit: float) -> list[float]:
    count = max(len(side.forces) for side in sides)
    heights = []
    for index in range(count):
        lines = [len(_lines(s.forces[index], width, unit)) for s in sides if index < len(s.forces)]
        heights.append(max(BAR, max(lines) * line_height()) + ROW_PAD)
    return heights


def _draw_title(target: Drawing, title: list[str], top: float) -> None:
    y = top - TITLE_SIZE - 1
    for line in title:
        target.add(
            label(target.width / 2, y, line, font=BOLD_FONT, size=TITLE_SIZE, anchor="middle")
        )
        y -= line_height(TITLE_SIZE)
    y -= TITLE_GAP if title else 0
    for side, name in ((-1, texts.levers()), (1, texts.obstacles())):
        colour = palette.BLUE if side < 0 else palette.VERMILLION
        x = target.width / 2 + side * target.width / 4
        target.add(
            label(x, y, name, font=BOLD_FONT, size=TITLE_SIZE, anchor="middle", colour=colour)
        )


def _draw_side(target: Drawing, side: _Side, rows: list[float], unit: float, top: float) -> None:
    axis = target.width / 2
    for force, height in zip(side.forces, rows, strict=False):
        middle = top - height / 2
        length = _strength(force) * unit
        point = axis + side.direction * AXIS_GAP
        tail = point + side.direction * length
        if length > 0:
            target.add(_arrow(tail, point, middle, side.colour))
            target.add(
                label(
                    (tail + point) / 2 - side.direction * HEAD / 2,
                    middle - LABEL_SIZE * 0.35,
                    str(_strength(force)),
                    font=BOLD_FONT,
                    anchor="middle",
                    colour=palette.text_on(side.colour),
                )
            )
        _draw_label(target, _lines(force, target.width, unit), tail, side.direction, middle)
        top -= height


def _arrow(tail: float, point: float, middle: float, colour: Color) -> Polygon:
    """A bar from `tail` whose end at `point` is an arrow head (either direction)."""
    sign = 1 if point > tail else -1
    neck = point - sign * min(HEAD, abs(point - tail))
    half = BAR / 2
    corners = [
        tail,
        middle - half,
        neck,
        middle - half,
        point,
        middle,
        neck,
        middle + half,
        tail,
        middle + half,
    ]
    return Polygon(corners, fillColor=colour, strokeColor=None)


def _draw_label(
    target: Drawing, lines: list[str], tail: float, direction: int, middle: float
) -> None:
    x = tail + direction * LABEL_GAP
    anchor = "end" if direction < 0 else "start"
    y = middle + (len(lines) - 1) * line_height() / 2 - LABEL_SIZE * 0.35
    for line in lines:
        target.add(label(x, y, line, anchor=anchor))
        y -= line_height()


def _draw_total(target: Drawing, side: _Side, foot: float) -> None:
    total = sum(_strength(force) for force in side.forces)
    text = texts.levers_total(total) if side.direction < 0 else texts.obstacles_total(total)
    x = target.width / 2 + side.direction * target.width / 4
    target.add(
        label(
            x,
            foot - line_height(TITLE_SIZE) - 1,
            text,
            font=BOLD_FONT,
            size=TITLE_SIZE,
            anchor="middle",
            colour=side.colour,
        )
    )
