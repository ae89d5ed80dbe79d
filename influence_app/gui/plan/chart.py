"""The impact/effort chart of the action plan, drawn by the PDF's own code, and its view."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QWidget
from reportlab.graphics.shapes import Drawing

from influence_app.gui.analysis.common import stack
from influence_app.gui.widgets.chart_view import ChartView
from influence_app.report import figures
from influence_app.report.charts import impact_effort
from influence_app.report.data import ActionDot
from influence_app.services import report_sections
from influence_app.services.report_data import Seminar


def action_dots(seminar: Seminar) -> tuple[ActionDot, ...]:
    """The scored actions as the synthesis places them (services.chart_inputs has no such
    builder yet: this calls the very function the PDF's ReportData is built with)."""
    return report_sections.action_plan(seminar).dots


def action_drawing(seminar: Seminar) -> Drawing:
    """The PDF's impact/effort chart, drawn by the PDF's own figure builder. Where the PDF
    cuts more than a page's worth of points into several charts, the screen stacks them."""
    drawings = [figure.drawing for figure in figures.actions(action_dots(seminar))]
    return stack(drawings) if drawings else impact_effort([], figures.WIDTH)


class PickableChart(ChartView):
    """A chart the user picks (click, or Tab onto it) to put it on the projector."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.picked.emit()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.picked.emit()
        super().focusInEvent(event)
