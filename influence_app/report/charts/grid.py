"""A 1–5 × 1–5 grid split in four named quadrants, with labelled or numbered markers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Group, Line, Rect

from influence_app.report.charts import palette
from influence_app.report.charts.common import (
    LABEL_SIZE,
    MIN_SIZE,
    clean,
    fit,
    label,
    line_height,
    new_drawing,
    width_of,
    wrap,
)
from influence_app.report.charts.key import draw_key, key_rows
from influence_app.report.charts.legend import LegendEntry, add_legend, legend_height
from influence_app.report.charts.marks import RING, Marker, disc, number_radius
from influence_app.report.charts.placement import Box, cluster_offsets, extent, place_labels
from influence_app.report.fonts import BOLD_FONT

# Scores run 1–5 and 3 already counts as high: the same rule as domain/actions.py `quadrant`
# (the report may not import the domain; a test keeps the two in step).
HIGH = 3
LOW_END, HIGH_END = 0.5, 5.5
LEFT, BOTTOM, PAD = 30.0, 26.0, 2.0
ASPECT = 0.66  # plot height / plot width, unless clusters need more
BAND = LABEL_SIZE + 6  # strips above and below the scores, where the quadrant names sit
SMALL_DOT = 4.5
# Beyond this many markers, or three on one spot, labels beside markers stop telling which is
# which even when they do not collide: numbers and a key read better.
MAX_LABELLED = 10
MAX_LABELLED_SPOT = 2


@dataclass(frozen=True)
class Frame:
    x_title: str
    y_title: str
    quadrants: dict[tuple[bool, bool], str]  # keyed by (high y, high x)


@dataclass(frozen=True)
class _Label:
    box: Box
    lines: list[str]
    anchor: str


@dataclass(frozen=True)
class _Plot:
    """The framed plot, its bottom at y = 0; scores map between the two name bands."""

    width: float
    height: float
    left: float = LEFT

    def at(self, x: float, y: float) -> tuple[float, float]:
        span = HIGH_END - LOW_END
        inner = self.height - 2 * BAND
        return (
            self.left + (x - LOW_END) / span * self.width,
            BAND + (y - LOW_END) / span * inner,
        )

    def box(self) -> Box:
        return Box(self.left, 0.0, self.left + self.width, self.height)

    def split(self) -> tuple[float, float]:
        return self.at(HIGH - 0.5, HIGH - 0.5)


@dataclass(frozen=True)
class _Layout:
    plot: _Plot
    radius: float
    centres: list[tuple[float, float]]


def scatter(
    markers: Sequence[Marker], frame: Frame, width: float, legend: list[LegendEntry]
) -> Drawing:
    """The grid with its markers: labels beside them when they all fit, numbers and a key if not."""
    layout = _layout(markers, width - LEFT - PAD, SMALL_DOT)
    labels = _try_labels(markers, layout, frame)
    if labels is None:
        layout = _layout(markers, layout.plot.width, number_radius(len(markers)))
    key = [] if labels is not None else key_rows(markers, width)
    key_height = sum(height for height, _ in key) + (6 if key else 0)
    legend_band = legend_height(legend, width) + (4 if legend else 0)
    lift = key_height + legend_band + BOTTOM
    result = new_drawing(width, lift + layout.plot.height + PAD)
    # The plot is laid out from y = 0; one translated group puts it above the key and legend.
    plot = Group(transform=(1, 0, 0, 1, 0, lift))
    _draw_frame(plot, layout.plot, frame)
    _draw_markers(plot, markers, layout, numbered=labels is None)
    _draw_labels(plot, labels or [])
    result.add(plot)
    draw_key(result, markers, key, lift - BOTTOM)
    add_legend(result, legend, 0, legend_band - (4 if legend else 0), width)
    return result


def _outer(markers: Sequence[Marker], radius: float) -> float:
    return radius + (RING if any(m.ring is not None for m in markers) else 0.0)


def _layout(markers: Sequence[Marker], plot_width: float, radius: float) -> _Layout:
    """Markers sharing a spot spread around it in input order; the plot grows taller when a
    cluster would not fit in its cell."""
    outer = _outer(markers, radius)
    spacing = 2 * outer + 1.5
    columns = max(1, int((plot_width / 5 - 2) // spacing))
    spots: dict[tuple[int, int], list[int]] = {}
    for index, marker in enumerate(markers):
        spots.setdefault((_clamp(marker.x), _clamp(marker.y)), []).append(index)
    offsets = {spot: cluster_offsets(len(ids), spacing, columns) for spot, ids in spots.items()}
    tallest = max(extent(shifts, outer)[1] for shifts in offsets.values())
    inner = max(plot_width * ASPECT - 2 * BAND, 5 * (2 * tallest + 2))
    plot = _Plot(plot_width, round(inner + 2 * BAND))
    centres: list[tuple[float, float]] = [(0.0, 0.0)] * len(markers)
    for (x, y), indexes in spots.items():
        cx, cy = plot.at(x, y)
        for index, (dx, dy) in zip(indexes, offsets[(x, y)], strict=True):
            centres[index] = (cx + dx, cy + dy)
    return _Layout(plot, radius, centres)


def _clamp(score: int) -> int:
    return min(max(int(score), 1), 5)


def _try_labels(markers: Sequence[Marker], layout: _Layout, frame: Frame) -> list[_Label] | None:
    spots = Counter((_clamp(m.x), _clamp(m.y)) for m in markers)
    if len(markers) > MAX_LABELLED or max(spots.values()) > MAX_LABELLED_SPOT:
        return None
    plot = layout.plot
    names = [box for box, *_ in _quadrant_names(frame, plot)]
    options = [_label_shapes(clean(m.text), plot.width) for m in markers]
    split_x, split_y = plot.split()
    box = plot.box()
    dividers = [
        Box(split_x - 0.5, box.bottom, split_x + 0.5, box.top),
        Box(box.left, split_y - 0.5, box.right, split_y + 0.5),
    ]
    outer = _outer(markers, layout.radius)
    anchors = [(x, y, outer) for x, y in layout.centres]
    sizes = [[size for size, _ in shapes] for shapes in options]
    spots_found = place_labels(anchors, sizes, names, box, avoid=dividers)
    if spots_found is None:
        return None
    return [
        _Label(spot, shapes[choice][1], _anchor(spot, x))
        for (spot, choice), shapes, (x, _) in zip(spots_found, options, layout.centres, strict=True)
    ]


def _label_shapes(text: str, plot_width: float) -> list[tuple[tuple[float, float], list[str]]]:
    """Ways to set a label, widest first: (box size, lines)."""
    shapes = []
    for width, lines in ((min(130.0, plot_width * 0.3), 2), (110.0, 3), (85.0, 3), (65.0, 4)):
        wrapped = wrap(text, width, lines)
        size = (max(width_of(line) for line in wrapped) + 2, len(wrapped) * line_height() + 1)
        shapes.append((size, wrapped))
    return shapes


def _anchor(box: Box, x: float) -> str:
    """Lines hug the marker: right-aligned on its left, centred above or below it."""
    if box.right <= x:
        return "end"
    return "start" if box.left >= x else "middle"


def _quadrant_names(frame: Frame, plot: _Plot) -> list[tuple[Box, str, float, float, str]]:
    """Each name's box, text, baseline and anchor, in its quadrant's outer corner: inside the
    name bands, which no marker reaches."""
    split_x, _ = plot.split()
    area = plot.box()
    names = []
    for (high_y, high_x), name in sorted(frame.quadrants.items()):
        room = (area.right - split_x if high_x else split_x - area.left) - 8
        text = fit(clean(name, BOLD_FONT), room, BOLD_FONT)
        size = width_of(text, BOLD_FONT)
        x = area.right - 4 if high_x else area.left + 4
        left = x - size if high_x else x
        bottom = area.top - 3 - LABEL_SIZE if high_y else area.bottom + 3
        box = Box(left, bottom, left + size, bottom + LABEL_SIZE)
        names.append((box, text, x, bottom + LABEL_SIZE * 0.22, "end" if high_x else "start"))
    return names


def _draw_frame(target: Group, plot: _Plot, frame: Frame) -> None:
    box = plot.box()
    target.add(
        Rect(
            box.left,
            box.bottom,
            plot.width,
            plot.height,
            fillColor=palette.WHITE,
            strokeColor=palette.RULE,
            strokeWidth=0.75,
        )
    )
    split_x, split_y = plot.split()
    for line in (
        Line(split_x, box.bottom, split_x, box.top),
        Line(box.left, split_y, box.right, split_y),
    ):
        line.strokeColor, line.strokeWidth = palette.NEUTRAL, 1
        target.add(line)
    for _, text, x, y, anchor in _quadrant_names(frame, plot):
        target.add(label(x, y, text, font=BOLD_FONT, anchor=anchor, colour=palette.MUTED))
    _draw_ticks(target, plot)
    _draw_titles(target, plot, frame)


def _draw_ticks(target: Group, plot: _Plot) -> None:
    for score in range(1, 6):
        x, y = plot.at(score, score)
        target.add(Line(x, 0, x, -3, strokeColor=palette.RULE))
        target.add(
            label(
                x,
                -4 - MIN_SIZE,
                str(score),
                size=MIN_SIZE,
                anchor="middle",
                colour=palette.MUTED,
            )
        )
        target.add(Line(plot.left, y, plot.left - 3, y, strokeColor=palette.RULE))
        target.add(
            label(
                plot.left - 5,
                y - MIN_SIZE * 0.35,
                str(score),
                size=MIN_SIZE,
                anchor="end",
                colour=palette.MUTED,
            )
        )


def _draw_titles(target: Group, plot: _Plot, frame: Frame) -> None:
    x_title = fit(clean(frame.x_title, BOLD_FONT) + " →", plot.width, BOLD_FONT)
    y_title = fit(clean(frame.y_title, BOLD_FONT) + " →", plot.height, BOLD_FONT)
    target.add(
        label(
            plot.left + plot.width / 2,
            4 - BOTTOM,
            x_title,
            font=BOLD_FONT,
            anchor="middle",
        )
    )
    title = label(0, 0, y_title, font=BOLD_FONT, anchor="middle")
    target.add(Group(title, transform=(0, 1, -1, 0, 9, plot.height / 2)))


def _draw_markers(
    target: Group, markers: Sequence[Marker], layout: _Layout, numbered: bool
) -> None:
    for number, (marker, (x, y)) in enumerate(zip(markers, layout.centres, strict=True), start=1):
        target.add(disc(marker, x, y, layout.radius, number if numbered else None))


def _draw_labels(target: Group, labels: list[_Label]) -> None:
    for item in labels:
        box = item.box
        x = {"start": box.left + 1, "end": box.right - 1, "middle": (box.left + box.right) / 2}
        y = box.top - 0.5 - LABEL_SIZE * 0.9
        for line in item.lines:
            target.add(label(x[item.anchor], y, line, anchor=item.anchor))
            y -= line_height()
