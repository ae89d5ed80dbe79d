"""The report's look: page geometry, colours, paragraph styles and table rules."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from influence_app.report.fonts import BODY_FONT, BOLD_FONT, ITALIC_FONT, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

# One restrained accent (the charts' Okabe–Ito blue, darkened for text) on near-black ink.
INK = HexColor("#1E2428")
MUTED = HexColor("#5F6B73")
ACCENT = HexColor("#0B5C8E")
ACCENT_PALE = HexColor("#E8F1F7")
RULE = HexColor("#C9D1D6")
HAIRLINE = HexColor("#E3E8EB")
WATERMARK = HexColor("#F1D5CC")
DRAFT = HexColor("#B3431B")


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the layout uses, built once per export."""

    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    quote_meta: ParagraphStyle
    chapter_kicker: ParagraphStyle
    chapter: ParagraphStyle
    section: ParagraphStyle
    subsection: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_right: ParagraphStyle
    group_cell: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle
    figure_value: ParagraphStyle
    figure_label: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_edition: ParagraphStyle
    toc_entry: ParagraphStyle
    note: ParagraphStyle
    formula: ParagraphStyle
    contribution: ParagraphStyle
    merged: ParagraphStyle
    merged_meta: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=BODY_FONT, fontSize=9.5, leading=14, textColor=INK, spaceAfter=6
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    cell = derive("cell", fontSize=8, leading=10.5, spaceAfter=0)
    return Styles(
        body=body,
        lead=derive("lead", fontSize=10.5, leading=16, spaceAfter=10),
        small=derive("small", fontSize=8, leading=11, textColor=MUTED),
        meta=derive("meta", fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=0),
        quote_meta=derive("quote_meta", fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=7),
        chapter_kicker=derive(
            "chapter_kicker",
            fontName=BOLD_FONT,
            fontSize=8.5,
            leading=12,
            textColor=ACCENT,
            spaceAfter=4,
            keepWithNext=1,
        ),
        chapter=derive(
            "chapter",
            fontName=BOLD_FONT,
            fontSize=20,
            leading=25,
            spaceAfter=14,
            keepWithNext=1,
        ),
        section=derive(
            "section",
            fontName=BOLD_FONT,
            fontSize=12.5,
            leading=16,
            spaceBefore=14,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        subsection=derive(
            "subsection",
            fontName=BOLD_FONT,
            fontSize=10,
            leading=13,
            spaceBefore=9,
            spaceAfter=4,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD_FONT),
        cell_small=ParagraphStyle("cell_small", parent=cell, fontSize=7.5, textColor=MUTED),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        group_cell=ParagraphStyle(
            "group_cell", parent=cell, fontName=BOLD_FONT, fontSize=7.5, textColor=ACCENT
        ),
        head_cell=ParagraphStyle(
            "head_cell", parent=cell, fontName=BOLD_FONT, fontSize=7.5, textColor=MUTED
        ),
        head_cell_right=ParagraphStyle(
            "head_cell_right",
            parent=cell,
            fontName=BOLD_FONT,
            fontSize=7.5,
            textColor=MUTED,
            alignment=TA_RIGHT,
        ),
        figure_value=derive(
            "figure_value",
            fontName=BOLD_FONT,
            fontSize=24,
            leading=28,
            textColor=ACCENT,
            alignment=TA_LEFT,
            spaceAfter=0,
        ),
        figure_label=derive("figure_label", fontSize=8.5, leading=11, textColor=MUTED),
        cover_kicker=derive(
            "cover_kicker",
            fontName=BOLD_FONT,
            fontSize=10,
            leading=14,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        cover_title=derive(
            "cover_title", fontName=BOLD_FONT, fontSize=28, leading=34, spaceAfter=22
        ),
        cover_line=derive("cover_line", fontSize=11, leading=16, spaceAfter=2),
        cover_edition=derive(
            "cover_edition", fontName=ITALIC_FONT, fontSize=9, leading=13, textColor=MUTED
        ),
        toc_entry=derive("toc_entry", fontSize=10, leading=15, spaceAfter=0),
        note=derive("note", fontName=ITALIC_FONT, fontSize=8, leading=11, textColor=MUTED),
        formula=derive("formula", fontName=ITALIC_FONT, fontSize=8.5, leading=12, spaceAfter=0),
        contribution=derive("contribution", fontSize=9, leading=12.5, spaceAfter=1),
        merged=derive(
            "merged", fontSize=8.5, leading=11.5, leftIndent=14, textColor=MUTED, spaceAfter=1
        ),
        merged_meta=derive(
            "merged_meta", fontSize=7, leading=9.5, leftIndent=14, textColor=MUTED, spaceAfter=6
        ),
    )


def table_style(header_rows: int = 1, extra: list[tuple] | None = None) -> TableStyle:
    """Light rules between rows, a stronger one under the header, no vertical lines."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, HAIRLINE),
    ]
    if header_rows:
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, RULE))
        commands.append(("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"))
    return TableStyle(commands + (extra or []))


def band(colour: Color = ACCENT_PALE) -> list[tuple]:
    """Table commands that shade the whole table (key-figure tiles, call-outs)."""
    return [("BACKGROUND", (0, 0), (-1, -1), colour)]


CENTER = TA_CENTER
