"""The page machinery: templates, running header and footer, outline, contents, page total."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from influence_app.i18n import _
from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.fonts import BODY_FONT, BOLD_FONT

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

COVER, BODY = "cover", "body"
PROGRESS_TOTAL = 100


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class Chapter:
    """A chapter as the contents and the outline name it."""

    key: str  # PDF destination name
    number: str  # « 3 », « O1 », « A »
    title: str  # plain text, already shortened for a heading


@dataclass(frozen=True)
class PageDecor:
    """What every body page repeats around the text."""

    seminar_title: str
    edition_label: str
    draft_stamp: str


def chapter_heading(chapter: Chapter, kicker: str, styles: st.Styles) -> list[Flowable]:
    """Kicker over title; the title carries the chapter so the outline can point at it."""
    title = mk.para(chapter.title, styles.chapter)
    title.chapter = chapter  # type: ignore[attr-defined]  (read back in afterFlowable)
    return [mk.para(kicker, styles.chapter_kicker), title]


class Contents(TableOfContents):
    """The contents: number, title (a link) and page, one row per chapter.

    The chapters are known before layout, so even the first pass has the final shape and
    only the page numbers change between passes.
    """

    def __init__(self, chapters: Sequence[Chapter], styles: st.Styles) -> None:
        super().__init__()
        self.chapters = {chapter.key: chapter for chapter in chapters}
        self.styles = styles
        self.planned = [(0, c.title, 0, c.key) for c in chapters]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        entries = self._lastEntries or self.planned
        rows = [self._row(key, page) for _level, _text, page, key in entries]
        self._table = Table(
            rows or [[""]],
            colWidths=(14 * mm, availWidth - 30 * mm, 16 * mm),
            style=st.table_style(0, [("TOPPADDING", (0, 0), (-1, -1), 5)]),
            splitInRow=1,
        )
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def _row(self, key: str, page: int) -> list[Flowable]:
        chapter = self.chapters[key]
        styles = self.styles
        link = f'<a href="#{key}">{mk.markup(chapter.title, styles.toc_entry.fontSize)}</a>'
        return [
            mk.para(chapter.number, styles.cell_bold),
            Paragraph(link, styles.toc_entry),
            mk.para(str(page) if page else "", styles.cell_right),
        ]


class PageTotal(Flowable):
    """An invisible indexing flowable: satisfied once two passes end on the same page count.

    The footer prints the previous pass's total, so the last pass prints the true one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.previous = -1

    def isIndexing(self) -> int:  # noqa: N802  (Platypus API)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        self.previous = self.total

    def afterBuild(self) -> None:  # noqa: N802
        pass

    def isSatisfied(self) -> bool:  # noqa: N802
        return self.previous == self.total

    def notify(self, kind: str, stuff: object) -> None:
        """Platypus tells every indexing flowable every event; this one counts pages itself."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


class ReportDoc(BaseDocTemplate):
    """A4 portrait, a cover template and a body template with header and footer."""

    def __init__(self, buffer: io.BytesIO, decor: PageDecor, metadata: dict[str, str]) -> None:
        self.decor = decor
        self.page_total = PageTotal()
        self.current_chapter = ""
        self.passes = 0
        self.measuring = True
        super().__init__(
            buffer,
            pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
            leftMargin=st.MARGIN_LEFT,
            rightMargin=st.MARGIN_RIGHT,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            invariant=1,
            pageCompression=1,
            **metadata,
        )
        # No frame padding: the frame's inner height is FRAME_HEIGHT, which RowTable relies on.
        frame = Frame(
            st.MARGIN_LEFT,
            st.MARGIN_BOTTOM,
            st.FRAME_WIDTH,
            st.FRAME_HEIGHT,
            id="text",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(COVER, frames=[frame], onPage=self._cover_page),
                PageTemplate(
                    BODY, frames=[frame], onPage=self._body_page, onPageEnd=self._running_header
                ),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802  (Platypus hook)
        chapter = getattr(flowable, "chapter", None)
        if chapter is None:
            return
        self.canv.bookmarkPage(chapter.key)
        self.canv.addOutlineEntry(chapter.title, chapter.key, level=0, closed=False)
        self.notify("TOCEntry", (0, chapter.title, self.page, chapter.key))
        self.current_chapter = chapter.title

    def afterPage(self) -> None:  # noqa: N802
        self.page_total.total = self.page

    def handle_documentBegin(self) -> None:  # noqa: N802
        self.current_chapter = ""
        self.passes += 1
        # The first pass is never kept: the page total it counts is only known at its end.
        self.measuring = self.passes == 1
        super().handle_documentBegin()

    # ------------------------------------------------------------ page decoration

    def _cover_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(st.ACCENT)
        canvas.rect(0, 0, 9 * mm, st.PAGE_HEIGHT, stroke=0, fill=1)
        canvas.restoreState()
        self._watermark(canvas)

    def _body_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        self._watermark(canvas)
        self._footer(canvas)

    def _watermark(self, canvas: Canvas) -> None:
        if not self.decor.draft_stamp:
            return
        canvas.saveState()
        canvas.setFillColor(st.WATERMARK)
        canvas.setFont(BOLD_FONT, 110)
        canvas.translate(st.PAGE_WIDTH / 2, st.PAGE_HEIGHT / 2)
        canvas.rotate(52)
        canvas.drawCentredString(0, -38, _("PROJET"))
        canvas.restoreState()

    def _running_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """Drawn at the end of the page, so a chapter's first page names that chapter."""
        top = st.PAGE_HEIGHT - 14 * mm
        half = st.FRAME_WIDTH / 2 - 6
        canvas.saveState()
        canvas.setFont(BODY_FONT, 7.5)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(st.MARGIN_LEFT, top, _fit(self.decor.seminar_title, half, 7.5))
        right = st.PAGE_WIDTH - st.MARGIN_RIGHT
        canvas.drawRightString(right, top, _fit(self.current_chapter, half, 7.5))
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_LEFT, top - 5, right, top - 5)
        canvas.restoreState()

    def _footer(self, canvas: Canvas) -> None:
        bottom = 12 * mm
        right = st.PAGE_WIDTH - st.MARGIN_RIGHT
        total = self.page_total.previous if self.page_total.previous > 0 else "…"
        canvas.saveState()
        canvas.setFont(BODY_FONT, 7.5)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(st.MARGIN_LEFT, bottom, self.decor.edition_label)
        canvas.drawRightString(
            right,
            bottom,
            _("page {page} / {total}").format(page=canvas.getPageNumber(), total=total),
        )
        if self.decor.draft_stamp:
            canvas.setFont(BOLD_FONT, 7.5)
            canvas.setFillColor(st.DRAFT)
            canvas.drawCentredString(st.PAGE_WIDTH / 2, bottom, self.decor.draft_stamp)
        canvas.restoreState()


def _fit(text: str, width: float, size: float) -> str:
    """`text` on one line of at most `width` points, shortened with « … »."""
    line = mk.short(text, 200)
    if stringWidth(line, BODY_FONT, size) <= width:
        return line
    while line and stringWidth(line + mk.ELLIPSIS, BODY_FONT, size) > width:
        line = line[:-1]
    return line.rstrip() + mk.ELLIPSIS


class _Reporter:
    """Turns Platypus's per-flowable progress into `progress(done, 100, label)` calls."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.passes = 0
        self.size = 1
        self.last: tuple[int, str] = (-1, "")

    def __call__(self, kind: str, value: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(_("Export annulé."))
        if kind == "PASS":
            self.passes = value
        elif kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PROGRESS":
            self.report(value)

    def report(self, count: int) -> None:
        # Two passes are the rule (the second prints page numbers); a third stays at 95 %.
        share = min(self.passes, 2) - 1 + min(count / self.size, 1.0)
        done = 5 + int(45 * min(share, 2.0) * (1 if self.passes <= 2 else 0.999))
        # Splits add flowables as the layout goes, so the raw count can step back.
        done = max(min(done, 95), self.last[0])
        self.emit(done, _("Mise en page") if self.passes <= 1 else _("Numérotation"))

    def emit(self, done: int, label: str) -> None:
        if self.progress is not None and (done, label) != self.last:
            self.last = (done, label)
            self.progress(done, PROGRESS_TOTAL, label)


def build_pdf(
    story: list[Flowable],
    decor: PageDecor,
    metadata: dict[str, str],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """Lay the story out (as many passes as the contents and page total need); the PDF bytes."""
    buffer = io.BytesIO()
    doc = ReportDoc(buffer, decor, metadata)
    reporter = _Reporter(progress, cancelled)
    doc.setProgressCallBack(reporter)
    doc.multiBuild([doc.page_total, *story])
    reporter.emit(95, _("Écriture du fichier"))
    return buffer.getvalue()
