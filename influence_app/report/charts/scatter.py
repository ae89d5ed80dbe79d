"""The two quadrant maps: stakeholders (power × interest) and actions (impact × effort)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing

from influence_app.report.charts import palette, texts
from influence_app.report.charts.common import empty_drawing
from influence_app.report.charts.grid import HIGH, Frame, Marker, scatter
from influence_app.report.charts.legend import LegendEntry
from influence_app.report.fonts import register_fonts


@dataclass(frozen=True)
class StakeholderPoint:
    label: str
    power: int
    interest: int
    stance: int | None = None
    desired_stance: int | None = None


@dataclass(frozen=True)
class ActionPoint:
    label: str
    impact: int
    effort: int


def stakeholder_map(points: Sequence[StakeholderPoint], width: float) -> Drawing:
    """Power (up) × interest (right); fill = current stance, ring = the stance to reach."""
    register_fonts()
    if not points:
        return empty_drawing(width)
    frame = Frame(texts.interest(), texts.power(), texts.stakeholder_quadrants())
    markers = [_stakeholder_marker(point) for point in points]
    return scatter(markers, frame, width, _stance_legend(points))


def _stakeholder_marker(point: StakeholderPoint) -> Marker:
    fill = palette.stance_colour(point.stance)
    moves = point.desired_stance is not None and point.desired_stance != point.stance
    ring = palette.stance_colour(point.desired_stance) if moves else None
    return Marker(point.label, point.interest, point.power, fill, ring)


def _stance_legend(points: Sequence[StakeholderPoint]) -> list[LegendEntry]:
    entries = [LegendEntry(texts.stance_legend(), kind="text")]
    entries += [
        LegendEntry(name, fill=palette.stance_colour(stance), stroke=palette.INK, kind="dot")
        for stance, name in texts.stance_names().items()
    ]
    if any(point.stance is None for point in points):
        entries.append(
            LegendEntry(texts.stance_unknown(), fill=palette.WHITE, stroke=palette.INK, kind="dot")
        )
    if any(_stakeholder_marker(point).ring is not None for point in points):
        entries.append(LegendEntry(texts.desired_ring(), stroke=palette.BLUE, kind="ring"))
    return entries


# Each quadrant keeps its own colour so the numbered key tells the quadrant too.
_ACTION_COLOURS = {
    (True, False): palette.GREEN,
    (True, True): palette.BLUE,
    (False, False): palette.PURPLE,
    (False, True): palette.VERMILLION,
}


def impact_effort(points: Sequence[ActionPoint], width: float) -> Drawing:
    """Impact (up) × effort (right) in the four quadrants of domain/actions.py."""
    register_fonts()
    if not points:
        return empty_drawing(width)
    frame = Frame(texts.effort(), texts.impact(), texts.action_quadrants())
    markers = [
        Marker(
            point.label,
            point.effort,
            point.impact,
            _ACTION_COLOURS[(point.impact >= HIGH, point.effort >= HIGH)],
        )
        for point in points
    ]
    return scatter(markers, frame, width, [])
