"""Building blocks every chapter uses: headings that never end a page, tables, tiles, notes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.data import KeyFigure

# A heading is only set when this much room is left under it: the first lines of what
# follows (splitInRow lets a table start in any room) always land on the same page.
ROOM_AFTER_SECTION = 42 * mm
ROOM_AFTER_SUBSECTION = 30 * mm

Cell = Any  # a string, a flowable or a list of flowables


def section(title: str, styles: st.Styles, figure: Flowable | None = None) -> list[Flowable]:
    """A section heading; with a figure (which cannot split), both move together."""
    heading = mk.para(mk.short(title), styles.section)
    if figure is not None:
        return [KeepTogether([heading, figure])]
    return [CondPageBreak(ROOM_AFTER_SECTION), heading]


def subsection(title: str, styles: st.Styles) -> list[Flowable]:
    return [CondPageBreak(ROOM_AFTER_SUBSECTION), mk.para(mk.short(title), styles.subsection)]


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    styles: st.Styles,
    right: Sequence[int] = (),
    extra: list[tuple] | None = None,
) -> Flowable:
    """A table with a repeated header row; `right` lists the columns of figures."""
    head = [
        mk.para(text, styles.head_cell_right if index in right else styles.head_cell)
        for index, text in enumerate(header)
    ]
    total = sum(widths)
    scaled = [st.FRAME_WIDTH * width / total for width in widths]
    return RowTable(
        [head, *rows],
        colWidths=scaled,
        repeatRows=1,
        splitInRow=1,
        style=st.table_style(1, extra),
        hAlign="LEFT",
    )


class RowTable(Table):
    """A table that cuts inside a row only when that row could not fit on a page anyway.

    Plain `splitInRow` also slices ordinary rows at the foot of a page, leaving a lone
    repeated header and half a row there; moving such a row to the next page reads better.
    A row taller than a page is still cut, so no cell can raise a LayoutError.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self._calc(availWidth, availHeight)
        between_rows = self._splitRows(availHeight, doInRowSplit=0)
        if between_rows:
            return between_rows
        first_rows = sum(self._rowHeights[: self.repeatRows + 1])
        if first_rows <= st.FRAME_HEIGHT and availHeight < st.FRAME_HEIGHT:
            return []  # the frame moves the table to a fresh page, where that row fits
        return super().split(availWidth, availHeight)


def text_cell(text: str, styles: st.Styles, bold: bool = False) -> Cell:
    return mk.cell(text, styles.cell_bold if bold else styles.cell)


def number_cell(text: str, styles: st.Styles) -> Cell:
    return mk.para(text, styles.cell_right)


def title_cell(title: str, detail: str, styles: st.Styles, *more: str) -> Cell:
    """A bold title over its description (and any further small lines)."""
    parts = [(title, styles.cell_bold), (detail, styles.cell)]
    parts += [(line, styles.cell_small) for line in more]
    return mk.cells(*parts) or ""


def tiles(figures: Sequence[KeyFigure], styles: st.Styles, per_row: int = 4) -> Flowable:
    """Key figures as a grid of big numbers with their label underneath."""
    cells = [
        [mk.para(f.value, styles.figure_value), mk.para(f.label, styles.figure_label)]
        for f in figures
    ]
    while len(cells) % per_row:
        cells.append("")
    rows = [cells[index : index + per_row] for index in range(0, len(cells), per_row)]
    gap = 4
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("LINEABOVE", (0, 0), (-1, -1), 1.6, st.ACCENT),
    ]
    width = st.FRAME_WIDTH / per_row
    grid = Table(
        rows,
        colWidths=[width] * per_row,
        style=commands,
        hAlign="LEFT",
        spaceBefore=gap,
        spaceAfter=gap,
    )
    return grid


def note(text: str, styles: st.Styles) -> list[Flowable]:
    return mk.paras(text, styles.note)


def gap(height: float = 4 * mm) -> Flowable:
    return Spacer(1, height)


def fitted(drawing: Drawing, max_height: float = st.FRAME_HEIGHT - 30 * mm) -> Drawing:
    """A chart no taller than a page can hold: a drawing cannot split across pages."""
    if drawing.height <= max_height or drawing.height <= 0:
        return drawing
    factor = max_height / drawing.height
    drawing.scale(factor, factor)
    drawing.width *= factor
    drawing.height *= factor
    return drawing
