"""ReportData's chart inputs drawn by `report.charts`, cut into page-sized pieces."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from influence_app.i18n import _
from influence_app.report import blocks
from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.blocks import Figure
from influence_app.report.charts import (
    ActionPoint,
    Force,
    HeatMap,
    RankedItem,
    StakeholderPoint,
    force_field,
    heat_map,
    impact_effort,
    ranked_bars,
    stakeholder_map,
)
from influence_app.report.charts.assessment import AssessmentSeries, assessment_chart
from influence_app.report.data import ActionDot, Bar, ForceBar, Grid, Series, StakeholderDot

T = TypeVar("T")

# How much one drawing shows; more becomes several drawings, each small enough for a page.
BARS_PER_CHART = 24
FORCES_PER_CHART = 18
GRID_ROWS = 30
GRID_COLUMNS = 14
POINTS_PER_MAP = 40
SERIES_PER_CHART = 14
LABEL_LIMIT = 140  # charts shorten labels anyway; do not hand them 50k characters
WIDTH = st.FRAME_WIDTH


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)] or [items[:0]]


def _label(text: str) -> str:
    return mk.short(text, LABEL_LIMIT)


def _keyed(key: str, label: str) -> str:
    """« A3 · title »: a crowded map numbers its points, and its key then names the table row."""
    return f"{key} · {mk.short(label, 70)}"


def ranked(bars: Sequence[Bar], weighted: bool) -> list[Figure]:
    items = [
        RankedItem(_label(bar.label), bar.raw, bar.weighted if weighted else None, bar.tied)
        for bar in bars
    ]
    return [
        blocks.fitted(ranked_bars(chunk, WIDTH, _("Brut"), _("Pondéré")))
        for chunk in _chunks(items, BARS_PER_CHART)
        if chunk
    ]


def forces(levers: Sequence[ForceBar], obstacles: Sequence[ForceBar]) -> list[Figure]:
    """Several diagrams when a goal has very many forces; each pairs levers and obstacles."""
    left = [Force(_label(f.label), round(f.strength)) for f in levers]
    right = [Force(_label(f.label), round(f.strength)) for f in obstacles]
    count = max(len(left), len(right))
    if count == 0:
        return []
    return [
        blocks.fitted(
            force_field(
                left[start : start + FORCES_PER_CHART],
                right[start : start + FORCES_PER_CHART],
                WIDTH,
            )
        )
        for start in range(0, count, FORCES_PER_CHART)
    ]


def grid(data: Grid) -> list[Figure]:
    """A heat map in blocks of rows × columns, the legend under the last block."""
    if not data.rows or not data.columns:
        return []
    legend = tuple((float(level), text) for level, text in enumerate(data.legend))
    row_starts = range(0, len(data.rows), GRID_ROWS)
    column_starts = range(0, len(data.columns), GRID_COLUMNS)
    pieces = [(r, c) for c in column_starts for r in row_starts]
    return [
        blocks.fitted(heat_map(_piece(data, r, c, legend if (r, c) == pieces[-1] else ()), WIDTH))
        for r, c in pieces
    ]


def _piece(data: Grid, row: int, column: int, legend: tuple) -> HeatMap:
    rows = slice(row, row + GRID_ROWS)
    columns = slice(column, column + GRID_COLUMNS)
    return HeatMap(
        rows=[_label(text) for text in data.rows[rows]],
        columns=[_label(text) for text in data.columns[columns]],
        values=[list(values[columns]) for values in data.values[rows]],
        max_value=data.max_value,
        cell_text=[list(texts[columns]) for texts in data.cell_text[rows]]
        if data.cell_text
        else None,
        legend=legend,
    )


def stakeholders(dots: Sequence[StakeholderDot]) -> list[Figure]:
    points = [
        StakeholderPoint(
            _keyed(d.key, d.label), round(d.power), round(d.interest), d.stance, d.desired_stance
        )
        for d in dots
    ]
    return [
        blocks.fitted(stakeholder_map(chunk, WIDTH))
        for chunk in _chunks(points, POINTS_PER_MAP)
        if chunk
    ]


def actions(dots: Sequence[ActionDot]) -> list[Figure]:
    points = [ActionPoint(_keyed(d.key, d.label), round(d.impact), round(d.effort)) for d in dots]
    return [
        blocks.fitted(impact_effort(chunk, WIDTH))
        for chunk in _chunks(points, POINTS_PER_MAP)
        if chunk
    ]


def assessment(criteria: Sequence[str], series: Sequence[Series]) -> list[Figure]:
    rows = [
        AssessmentSeries(_label(s.label), [None if v is None else round(v) for v in s.scores])
        for s in series
    ]
    return [
        blocks.fitted(assessment_chart([_label(c) for c in criteria], chunk, WIDTH))
        for chunk in _chunks(rows, SERIES_PER_CHART)
        if chunk
    ]
