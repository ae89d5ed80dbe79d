"""Legends: swatches with their text, flowing onto as many lines as the width needs."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Group, Line, Rect
from reportlab.lib.colors import Color

from influence_app.report.charts import palette
from influence_app.report.charts.common import LABEL_SIZE, clean, fit, label, width_of

SWATCH = 9.0
ROW = 13.0
_TEXT_GAP = 3.0
_ENTRY_GAP = 12.0


@dataclass(frozen=True)
class LegendEntry:
    """One swatch: `kind` is « box », « dot », « ring », « dash » or « text » (no swatch)."""

    text: str
    fill: Color | None = None
    stroke: Color | None = None
    kind: str = "box"


def _place(entries: list[LegendEntry], width: float) -> list[tuple[LegendEntry, str, float, int]]:
    """Each entry with its fitted text, its x offset and its line number."""
    placed = []
    x, line = 0.0, 0
    for entry in entries:
        swatch = 0.0 if entry.kind == "text" else SWATCH + _TEXT_GAP
        text = fit(clean(entry.text), max(width - swatch, 20.0))
        needed = swatch + width_of(text)
        if x > 0 and x + needed > width:
            x, line = 0.0, line + 1
        placed.append((entry, text, x, line))
        x += needed + _ENTRY_GAP
    return placed


def legend_height(entries: list[LegendEntry], width: float) -> float:
    if not entries:
        return 0.0
    return (max(line for *_, line in _place(entries, width)) + 1) * ROW


def add_legend(
    target: Group, entries: list[LegendEntry], left: float, top: float, width: float
) -> None:
    """Draw the legend inside `left`..`left + width`, its first line just below `top`."""
    for entry, text, dx, line in _place(entries, width):
        x = left + dx
        middle = top - line * ROW - ROW / 2
        if entry.kind != "text":
            target.add(_swatch(entry, x, middle))
            x += SWATCH + _TEXT_GAP
        target.add(label(x, middle - LABEL_SIZE * 0.35, text, colour=palette.INK))


def _swatch(entry: LegendEntry, x: float, middle: float) -> Group:
    half = SWATCH / 2
    fill, stroke = entry.fill, entry.stroke
    if entry.kind == "dot":
        shape = Circle(x + half, middle, half - 0.5, fillColor=fill, strokeColor=stroke)
    elif entry.kind == "ring":
        shape = Circle(x + half, middle, half - 1.5, fillColor=None, strokeColor=stroke)
        shape.strokeWidth = 2
    elif entry.kind == "dash":
        shape = Line(x, middle, x + SWATCH, middle, strokeColor=stroke, strokeWidth=1.5)
        shape.strokeDashArray = [2.5, 1.5]
    else:
        shape = Rect(x, middle - half, SWATCH, SWATCH, fillColor=fill, strokeColor=stroke)
        shape.strokeWidth = 0.5
    return Group(shape)
