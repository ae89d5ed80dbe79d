"""Deterministic spreading of markers that share a spot, and labels placed without collisions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: Box) -> bool:
        return not (
            self.right <= other.left
            or other.right <= self.left
            or self.top <= other.bottom
            or other.top <= self.bottom
        )

    def inside(self, other: Box) -> bool:
        return (
            self.left >= other.left
            and self.right <= other.right
            and self.bottom >= other.bottom
            and self.top <= other.top
        )


def around(x: float, y: float, radius: float) -> Box:
    return Box(x - radius, y - radius, x + radius, y + radius)


def cluster_offsets(count: int, spacing: float, columns: int) -> list[tuple[float, float]]:
    """Offsets of `count` markers `spacing` apart around their shared spot, at most `columns`
    wide: a ring (or a ring round a centre) while it fits, else rows centred on the spot."""
    if count <= 1:
        return [(0.0, 0.0)] * count
    ring = _ring(count, spacing)
    if ring is not None and max(abs(dx) for dx, _ in ring) * 2 + spacing <= columns * spacing:
        return ring
    return _rows(count, spacing, max(1, min(columns, math.ceil(math.sqrt(count)))))


def _ring(count: int, spacing: float) -> list[tuple[float, float]] | None:
    if count <= 6:
        radius = spacing / (2 * math.sin(math.pi / count))
        start = math.pi if count == 2 else math.pi / 2
        return [_polar(radius, start - 2 * math.pi * i / count) for i in range(count)]
    if count == 7:
        return [(0.0, 0.0)] + [_polar(spacing, math.pi / 2 - math.pi / 3 * i) for i in range(6)]
    return None


def _rows(count: int, spacing: float, columns: int) -> list[tuple[float, float]]:
    rows = math.ceil(count / columns)
    offsets = []
    for index in range(count):
        row, column = divmod(index, columns)
        in_row = min(columns, count - row * columns)
        x = (column - (in_row - 1) / 2) * spacing
        y = ((rows - 1) / 2 - row) * spacing
        offsets.append((round(x, 3), round(y, 3)))
    return offsets


def extent(offsets: Sequence[tuple[float, float]], radius: float) -> tuple[float, float]:
    """Half width and half height of a cluster of markers of `radius`."""
    return (
        max(abs(dx) for dx, _ in offsets) + radius,
        max(abs(dy) for _, dy in offsets) + radius,
    )


def _polar(radius: float, angle: float) -> tuple[float, float]:
    return (round(radius * math.cos(angle), 3), round(radius * math.sin(angle), 3))


# Where a label may go relative to its marker, in order of preference: (dx, dy) sign pairs.
_CANDIDATES = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1))


def place_labels(
    anchors: Sequence[tuple[float, float, float]],
    shapes: Sequence[Sequence[tuple[float, float]]],
    obstacles: Sequence[Box],
    bounds: Box,
    avoid: Sequence[Box] = (),
    gap: float = 2.0,
) -> list[tuple[Box, int]] | None:
    """A box beside each marker (x, y, radius) for one of its label's shapes (width, height),
    nothing overlapping; None when some label has no free spot, so the caller can fall back to
    numbered markers. Boxes in `avoid` (grid lines) are kept clear when possible."""
    taken = list(obstacles) + [around(x, y, r) for x, y, r in anchors]
    placed = []
    for (x, y, radius), options in zip(anchors, shapes, strict=True):
        spot = _first_fit(x, y, radius + gap, options, taken + list(avoid), bounds)
        spot = spot or _first_fit(x, y, radius + gap, options, taken, bounds)
        if spot is None:
            return None
        taken.append(spot[0])
        placed.append(spot)
    return placed


def _first_fit(
    x: float,
    y: float,
    reach: float,
    options: Sequence[tuple[float, float]],
    taken: list[Box],
    bounds: Box,
) -> tuple[Box, int] | None:
    for index, size in enumerate(options):
        box = _first_free(x, y, reach, size, taken, bounds)
        if box is not None:
            return box, index
    return None


def _first_free(
    x: float, y: float, reach: float, size: tuple[float, float], taken: list[Box], bounds: Box
) -> Box | None:
    for dx, dy in _CANDIDATES:
        box = _candidate(x, y, reach, size[0], size[1], dx, dy)
        if box.inside(bounds) and not any(box.overlaps(other) for other in taken):
            return box
    return None


def _candidate(
    x: float, y: float, reach: float, width: float, height: float, dx: int, dy: int
) -> Box:
    left = {1: x + reach, 0: x - width / 2, -1: x - reach - width}[dx]
    bottom = {1: y + reach * 0.6, 0: y - height / 2, -1: y - reach * 0.6 - height}[dy]
    if dy and not dx:  # straight above or below: clear the marker completely
        bottom = y + reach if dy > 0 else y - reach - height
    return Box(left, bottom, left + width, bottom + height)
