"""The on-screen chart is the report's drawing: same SVG, painted, not black."""

from __future__ import annotations

from PySide6.QtGui import QColor

from influence_app.gui.widgets.chart_view import ChartView
from influence_app.report.charts import Force, force_field, to_svg


def test_chart_view_paints_the_reports_force_field(qtbot) -> None:
    drawing = force_field(
        [Force("Expertise de terrain", 4)], [Force("Baisse des financements", 3)], 480, "Objectif"
    )
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(640, 400)
    view.set_drawing(drawing)
    assert view.svg() == to_svg(drawing)
    assert "Expertise de terrain" in view.svg()
    image = view.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 640, 7) for y in range(0, 400, 7)}
    assert QColor("white").name() in colours and len(colours) > 3  # drawn, and not all black
