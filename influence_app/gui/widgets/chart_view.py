"""Shows a report chart on screen: the same reportlab drawing as the PDF, rendered as SVG."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget
from reportlab.graphics.shapes import Drawing

from influence_app.report import fonts
from influence_app.report.blocks import Figure
from influence_app.report.charts import to_svg

_fonts_loaded = False


def drawings_of(pieces: Sequence[Drawing | Figure]) -> list[Drawing]:
    """The drawings inside the report's figure flowables (`report.figures` builds those)."""
    return [piece.drawing if isinstance(piece, Figure) else piece for piece in pieces]


def load_chart_fonts() -> None:
    """Gives Qt the PDF's own font files so on-screen charts set text exactly as printed."""
    global _fonts_loaded  # once per process: Qt keeps application fonts for its lifetime
    if _fonts_loaded:
        return
    for face in (fonts.BODY_FONT, fonts.BOLD_FONT, fonts.ITALIC_FONT, fonts.BOLD_ITALIC_FONT):
        QFontDatabase.addApplicationFont(fonts.font_file(face))
    _fonts_loaded = True


class ChartView(QWidget):
    """Paints one drawing, scaled to the widget with its aspect ratio kept, on a white card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_chart_fonts()
        self._renderer = QSvgRenderer(self)
        self._svg = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)

    def set_drawing(self, drawing: Drawing) -> None:
        self.set_svg(to_svg(drawing))

    def set_svg(self, svg: str) -> None:
        self._svg = svg
        self._renderer.load(QByteArray(svg.encode("utf-8")))
        self.updateGeometry()
        self.update()

    def svg(self) -> str:
        """The SVG shown (tests read its text; the projector shows the same)."""
        return self._svg

    def sizeHint(self) -> QSize:
        size = self._renderer.defaultSize()
        return size if size.isValid() else QSize(480, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self._renderer.isValid():
            self._renderer.render(painter, self._fitted(self._renderer.viewBoxF()))
        painter.end()

    def _fitted(self, box: QRectF) -> QRectF:
        if box.isEmpty():
            return QRectF(self.rect())
        scale = min(self.width() / box.width(), self.height() / box.height())
        width, height = box.width() * scale, box.height() * scale
        left = (self.width() - width) / 2
        return QRectF(left, (self.height() - height) / 2, width, height)
