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
ROW_TEXT_LIMIT = 4000  # characters of markup in one table row (about half a page)

Cell = Any  # a string, a flowable or a list of flowables


def section(
    title: str, styles: st.Styles, figure: Flowable | None = None, body: Sequence[Flowable] = ()
) -> list[Flowable]:
    """A section heading; with a figure (which cannot split), both move together; with a
    body (a table), the heading stays with its first rows."""
    heading = [mk.para(mk.short(title), styles.section), *_in_full(title, styles)]
    if figure is not None:
        return [KeepTogether([*heading, figure])]
    return [CondPageBreak(ROOM_AFTER_SECTION), *_headed(heading, body)]


def subsection(title: str, styles: st.Styles, body: Sequence[Flowable] = ()) -> list[Flowable]:
    heading = [mk.para(mk.short(title), styles.subsection), *_in_full(title, styles)]
    return [CondPageBreak(ROOM_AFTER_SUBSECTION), *_headed(heading, body)]


def _headed(heading: list[Flowable], body: Sequence[Flowable]) -> list[Flowable]:
    if not body:
        return heading
    return [Headed(heading, body[0]), *body[1:]]


class Headed(Flowable):
    """A heading and the table under it: the heading goes where at least a row can follow.

    Platypus's keepWithNext would move a heading with the whole table, leaving most of a
    page blank before every long table.
    """

    def __init__(self, heading: list[Flowable], body: Flowable) -> None:
        super().__init__()
        self.heading = heading
        self.body = body

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # always split: the parts are laid out one by one

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - sum(self._height(f, availWidth) for f in self.heading)
        _width, height = self.body.wrapOn(self.canv, availWidth, room)
        if height <= room:
            return [*self.heading, self.body]
        parts = self.body.splitOn(self.canv, availWidth, room)
        if parts:
            return [*self.heading, *parts]
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        return [*self.heading, self.body] if at_top else []

    def _height(self, flowable: Flowable, width: float) -> float:
        _width, height = flowable.wrapOn(self.canv, width, 0xFFFFFF)
        return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()

    def draw(self) -> None:  # never drawn whole: `wrap` always asks for a split
        pass


def _in_full(title: str, styles: st.Styles) -> list[Flowable]:
    """A heading shows at most a line or two; a longer title is printed whole beneath it."""
    return [] if mk.is_short(title) else mk.paras(title, styles.body)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    styles: st.Styles,
    right: Sequence[int] = (),
    extra: list[tuple] | None = None,
) -> list[Flowable]:
    """A table with a repeated header row; `right` lists the columns of figures.

    A row holding pages of text is set as a full-width block between two parts of the
    table: re-wrapping it at every page break would make the layout quadratic.
    """
    head = [
        mk.para(text, styles.head_cell_right if index in right else styles.head_cell)
        for index, text in enumerate(header)
    ]
    total = sum(widths)
    scaled = [st.FRAME_WIDTH * width / total for width in widths]
    story: list[Flowable] = []
    start = 0
    for index, row in enumerate(rows):
        if _text_length(row) > ROW_TEXT_LIMIT:
            story += _part(head, rows, start, index, scaled, extra)
            story += _card(header, row, styles)
            start = index + 1
    return story + _part(head, rows, start, len(rows), scaled, extra)


def _part(
    head: list[Flowable],
    rows: Sequence[Sequence[Cell]],
    start: int,
    end: int,
    widths: list[float],
    extra: list[tuple] | None,
) -> list[Flowable]:
    """Rows start..end as a table, with the style commands that fall on them."""
    if start >= end:
        return []
    commands = [_shifted(command, start) for command in extra or ()]
    return [
        RowTable(
            [head, *rows[start:end]],
            colWidths=widths,
            repeatRows=1,
            splitInRow=1,
            style=st.table_style(1, [c for c in commands if c is not None]),
            hAlign="LEFT",
        )
    ]


def _shifted(command: tuple, offset: int) -> tuple | None:
    """A style command for data rows moved up by `offset` (None when it falls before)."""
    (c0, r0), (c1, r1) = command[1], command[2]
    if not offset:
        return command
    if r0 - offset < 1:
        return None
    return (command[0], (c0, r0 - offset), (c1, r1 - offset), *command[3:])


def _card(header: Sequence[str], row: Sequence[Cell], styles: st.Styles) -> list[Flowable]:
    """One row as stacked blocks: each column's name, then its content at full width."""
    story: list[Flowable] = [gap(2 * mm)]
    for name, cell in zip(header, row, strict=True):
        content = cell if isinstance(cell, list) else [cell]
        content = [item for item in content if isinstance(item, Flowable)]
        if content:
            story += [mk.para(name, styles.head_cell), *content, gap(1.5 * mm)]
    return story


def _text_length(row: Sequence[Cell]) -> int:
    length = 0
    for cell in row:
        for item in cell if isinstance(cell, list) else [cell]:
            length += len(getattr(item, "text", "") or "")
    return length


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

    def draw(self) -> None:
        if not mk.measuring(self.canv):
            super().draw()


class Figure(Drawing):
    """A chart that takes its room on every pass but is drawn only on the final ones.

    It is the chart's own Drawing (same size, same contents, so `to_svg` gives the same SVG);
    `drawing` is the original, for screens that show it.
    """

    def __init__(self, drawing: Drawing) -> None:
        super().__init__(drawing.width, drawing.height)
        self.__dict__.update(drawing.__dict__)  # Drawing validates setattr; copy as it is
        self.__dict__["drawing"] = drawing
        self.__dict__["hAlign"] = "LEFT"

    def draw(self) -> None:
        if not mk.measuring(self.canv):
            super().draw()


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


def callout(text: str, styles: st.Styles) -> Flowable:
    """A short text set apart on a pale band: a formula, a rule."""
    return Table(
        [[mk.cell(text, styles.formula)]],
        colWidths=[st.FRAME_WIDTH],
        style=[
            *st.band(),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LINEBEFORE", (0, 0), (0, -1), 2, st.ACCENT),
        ],
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=8,
        splitInRow=1,
    )


def note(text: str, styles: st.Styles) -> list[Flowable]:
    return mk.paras(text, styles.note)


def gap(height: float = 4 * mm) -> Flowable:
    return Spacer(1, height)


def fitted(drawing: Drawing, max_height: float = st.FRAME_HEIGHT - 30 * mm) -> Figure:
    """A chart no taller than a page can hold: a drawing cannot split across pages."""
    if 0 < max_height < drawing.height:
        factor = max_height / drawing.height
        drawing.scale(factor, factor)
        drawing.width *= factor
        drawing.height *= factor
    return Figure(drawing)
