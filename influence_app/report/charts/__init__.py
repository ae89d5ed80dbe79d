"""Charts of the synthesis PDF, drawn with reportlab.graphics and shown on screen as SVG."""

from influence_app.report.charts.assessment import AssessmentSeries, assessment_chart
from influence_app.report.charts.bars import RankedItem, ranked_bars
from influence_app.report.charts.common import to_svg
from influence_app.report.charts.forcefield import Force, force_field
from influence_app.report.charts.heatmap import HeatMap, heat_map
from influence_app.report.charts.scatter import (
    ActionPoint,
    StakeholderPoint,
    impact_effort,
    stakeholder_map,
)

__all__ = [
    "ActionPoint",
    "AssessmentSeries",
    "Force",
    "HeatMap",
    "RankedItem",
    "StakeholderPoint",
    "assessment_chart",
    "force_field",
    "heat_map",
    "impact_effort",
    "ranked_bars",
    "stakeholder_map",
    "to_svg",
]
