"""The numbered key under a crowded map: « 1 ● label », filled column by column."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing

from influence_app.report.charts.common import LABEL_SIZE, clean, label, line_height, wrap
from influence_app.report.charts.marks import Marker, disc, number_radius

COLUMN_GAP = 12.0
KEY_RING = 2.0
TEXT_LINES = 2


def _half(count: int) -> float:
    """Half the height of a key disc with its ring."""
    return number_radius(count, 5.5) + KEY_RING + 0.5


def _text_left(count: int) -> float:
    return 2 * _half(count) + 4


def _columns(width: float, count: int) -> int:
    return 2 if width >= 360 and count > 1 else 1


def _text_width(width: float, count: int) -> float:
    columns = _columns(width, count)
    return (width - COLUMN_GAP * (columns - 1)) / columns - _text_left(count)


def key_rows(markers: Sequence[Marker], width: float) -> list[tuple[float, list[int]]]:
    """Rows of the key: (height, marker indexes left to right)."""
    count = len(markers)
    per_column = math.ceil(count / _columns(width, count))
    rows = []
    for row in range(per_column):
        indexes = list(range(row, count, per_column))
        lines = max(len(_lines(markers[i], width, count)) for i in indexes)
        text = _half(count) + LABEL_SIZE * 0.35 + (lines - 1) * line_height() + 4
        rows.append((max(text, 2 * _half(count) + 1), indexes))
    return rows


def _lines(marker: Marker, width: float, count: int) -> list[str]:
    return wrap(clean(marker.text), _text_width(width, count), TEXT_LINES)


def draw_key(
    target: Drawing, markers: Sequence[Marker], rows: list[tuple[float, list[int]]], top: float
) -> None:
    count = len(markers)
    half, text_left = _half(count), _text_left(count)
    column_width = _text_width(target.width, count) + text_left + COLUMN_GAP
    top -= 4
    for height, indexes in rows:
        for column, index in enumerate(indexes):
            x = column * column_width
            marker = markers[index]
            shown = Marker("", 0, 0, marker.fill, marker.ring)
            target.add(
                disc(shown, x + half, top - half, half - KEY_RING - 0.5, index + 1, ring=KEY_RING)
            )
            for number, line in enumerate(_lines(marker, target.width, count)):
                baseline = top - half - LABEL_SIZE * 0.35 - number * line_height()
                target.add(label(x + text_left, baseline, line))
        top -= height
