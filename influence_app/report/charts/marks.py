"""Markers of the quadrant maps: a filled disc, an optional ring, an optional number."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Group
from reportlab.lib.colors import Color

from influence_app.report.charts import palette
from influence_app.report.charts.common import MIN_SIZE, label, width_of
from influence_app.report.fonts import BOLD_FONT

RING = 3.0
NUMBERED_DOT = 7.0


@dataclass(frozen=True)
class Marker:
    text: str
    x: int
    y: int
    fill: Color
    ring: Color | None = None  # outline colour; none when there is nothing to show


def number_radius(count: int, smallest: float = NUMBERED_DOT) -> float:
    """A disc radius that holds the widest number up to `count` at the minimum type size."""
    return max(smallest, width_of(str(count), BOLD_FONT, MIN_SIZE) / 2 + 1.5)


def disc(
    marker: Marker, x: float, y: float, radius: float, number: int | None, ring: float = RING
) -> Group:
    """The marker's disc with its number inside, and its ring just outside when it has one."""
    group = Group()
    if marker.ring is not None:
        outline = Circle(x, y, radius + ring / 2 + 0.5, fillColor=None, strokeColor=marker.ring)
        outline.strokeWidth = ring
        group.add(outline)
    group.add(Circle(x, y, radius, fillColor=marker.fill, strokeColor=palette.INK, strokeWidth=0.5))
    if number is not None:
        colour = palette.text_on(marker.fill)
        baseline = y - MIN_SIZE * 0.35
        text = str(number)
        group.add(
            label(x, baseline, text, font=BOLD_FONT, size=MIN_SIZE, anchor="middle", colour=colour)
        )
    return group
