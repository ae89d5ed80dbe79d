"""Cover, contents, key figures, and the networks and participants chapter."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, Spacer

from influence_app.i18n import _
from influence_app.report import blocks, figures
from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.data import ReportData
from influence_app.report.document import BODY, Chapter, Contents, chapter_heading


def cover(data: ReportData, styles: st.Styles) -> list[Flowable]:
    """Programme over title, then dates, place and organiser; the edition at the foot."""
    info = data.cover
    story: list[Flowable] = [NextPageTemplate(BODY), Spacer(1, 52 * mm)]
    story += mk.paras(info.programme, styles.cover_kicker)
    story += mk.paras(info.title, styles.cover_title)
    story.append(mk.para(_("Synthèse du séminaire"), styles.cover_line))
    story.append(Spacer(1, 10 * mm))
    for line in (info.dates, info.place):
        story += mk.paras(line, styles.cover_line)
    if info.organiser:
        story.append(Spacer(1, 4 * mm))
        story += mk.paras(
            _("Organisé par {organiser}").format(organiser=info.organiser), styles.cover_line
        )
    story.append(Spacer(1, 24 * mm))
    story.append(mk.para(info.edition, styles.cover_edition))
    if data.draft_stamp:
        story.append(mk.para(data.draft_stamp, styles.cover_edition))
    return story


def contents(chapters: list[Chapter], styles: st.Styles) -> list[Flowable]:
    return [
        mk.para(_("Sommaire"), styles.chapter),
        Contents(chapters, styles),
    ]


def key_figures(data: ReportData, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = chapter_heading(chapter, _("Chapitre {number}").format(number=chapter.number), styles)
    story.append(blocks.tiles(data.key_figures, styles))
    if data.cover.context:
        story += blocks.section(_("Le séminaire"), styles)
        story += mk.paras(data.cover.context, styles.lead)
    return story


def networks(data: ReportData, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    part = data.networks
    story = chapter_heading(chapter, _("Chapitre {number}").format(number=chapter.number), styles)
    story += mk.paras(
        _(
            "Les réseaux présents, leur type, les fonctions qu’ils exercent pour leurs membres "
            "et les personnes qui les ont représentés."
        ),
        styles.body,
    )
    if part.rows:
        rows = [
            [
                blocks.title_cell(_network_title(row.name, row.acronym), row.sector, styles),
                blocks.text_cell(row.kind, styles),
                blocks.text_cell(row.functions, styles),
                mk.cells(*((member, styles.cell) for member in row.members)) or "",
            ]
            for row in part.rows
        ]
        story += blocks.table(
            [_("Réseau"), _("Type"), _("Fonctions"), _("Participant·es")],
            rows,
            [34, 12, 24, 30],
            styles,
        )
    else:
        story += blocks.note(_("Aucun réseau n’a été saisi."), styles)
    if part.others:
        story += blocks.subsection(_("Animation et observation"), styles)
        for line in part.others:
            story += mk.paras(line, styles.body)
    if part.note:
        story += blocks.note(part.note, styles)
    charts = figures.grid(part.functions)
    if charts:
        story += blocks.section(_("Qui exerce quelle fonction"), styles, charts[0])
        story += charts[1:]
    return story


def _network_title(name: str, acronym: str) -> str:
    return f"{name} ({acronym})" if acronym and mk.is_short(name) else name
