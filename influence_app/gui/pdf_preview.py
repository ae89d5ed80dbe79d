"""Thumbnails of a PDF's first pages (pdftoppm, from poppler-utils) and the widget showing them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from influence_app.gui.theme import MUTED

TOOL = "pdftoppm"
PAGES = 3
DPI = 50  # an A4 page becomes 413 × 585 pixels: enough to judge the layout, quick to make
TIMEOUT_S = 120
GAP = 18


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


class PreviewUnavailable(Exception):
    """No thumbnails: `str(error)` says why, in French (the PDF itself may be fine)."""


def tool_path() -> str | None:
    return shutil.which(TOOL)


def missing_tool_message() -> str:
    return tr(
        "Pas d'aperçu possible : l'outil pdftoppm (paquet poppler-utils) est introuvable sur "
        "cet ordinateur. L'export du PDF, lui, fonctionne sans."
    )


def render_pages(pdf: Path, folder: Path, pages: int = PAGES, dpi: int = DPI) -> list[Path]:
    """PNG images of the first `pages` pages of `pdf`, written into `folder`, in page order."""
    tool = tool_path()
    if tool is None:
        raise PreviewUnavailable(missing_tool_message())
    folder.mkdir(parents=True, exist_ok=True)
    command = [tool, "-png", "-r", str(dpi), "-f", "1", "-l", str(pages), str(pdf)]
    try:
        subprocess.run(
            [*command, str(folder / "page")], check=True, capture_output=True, timeout=TIMEOUT_S
        )
    except (OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", b"") or b""
        reason = detail.decode("utf-8", "replace").strip() or str(error)
        raise PreviewUnavailable(
            tr("L'aperçu n'a pas pu être fait : {reason}").format(reason=reason)
        ) from error
    # pdftoppm pads page numbers to the same width: the names sort in page order.
    return sorted(folder.glob("page-*.png"))


class PagePreview(QWidget):
    """The pages side by side, as large as the space allows; or a sentence saying why not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = _Pages(self)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # may quote a file name or a tool's words
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet(f"color: {MUTED};")
        self.note.setMargin(24)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self.note)
        self._layout.addWidget(self.pages)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_pages(self, images: list[Path]) -> None:
        self.pages.set_images([QImage(str(path)) for path in images])
        self._layout.setCurrentWidget(self.pages)

    def show_note(self, text: str) -> None:
        self.pages.set_images([])
        self.note.setText(text)
        self._layout.setCurrentWidget(self.note)

    def page_count(self) -> int:
        return len(self.pages.images) if self._layout.currentWidget() is self.pages else 0


class _Pages(QWidget):
    """Paints each page scaled to an equal share of the width, on a soft shadow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: list[QImage] = []

    def set_images(self, images: list[QImage]) -> None:
        self.images = [image for image in images if not image.isNull()]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.images:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale = self._scale()
        widths = [image.width() * scale for image in self.images]
        left = (self.width() - sum(widths) - GAP * (len(widths) - 1)) / 2
        for image, width in zip(self.images, widths, strict=True):
            page = QRectF(left, 0, width, image.height() * scale)
            painter.fillRect(page.translated(3, 3), QColor(0, 0, 0, 40))
            painter.drawImage(page, image)
            painter.setPen(QPen(QColor("#b8c2c6"), 1))
            painter.drawRect(page)
            left += width + GAP
        painter.end()

    def _scale(self) -> float:
        """One scale for every page, the largest at which they fit side by side."""
        room = self.width() - GAP * (len(self.images) - 1) - 4
        across = room / sum(image.width() for image in self.images)
        return min(across, (self.height() - 4) / max(image.height() for image in self.images))
