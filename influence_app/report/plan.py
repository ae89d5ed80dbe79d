"""Stakeholder map, each network's own means, internal conditions, and the action plan."""

from __future__ import annotations

from reportlab.platypus import Flowable

from influence_app.i18n import _
from influence_app.report import blocks, figures
from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.data import (
    ActionPlan,
    AssessmentChapter,
    MeansChapter,
    StakeholderChapter,
)
from influence_app.report.document import Chapter, chapter_heading
from influence_app.report.goals import action_table, factor_tables, stakeholder_table


def _heading(chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    return chapter_heading(chapter, _("Chapitre {number}").format(number=chapter.number), styles)


def stakeholders(part: StakeholderChapter, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = _heading(chapter, styles)
    story += mk.paras(
        _(
            "Les acteurs à convaincre, placés selon leur pouvoir sur la décision et leur intérêt "
            "pour la question ; la couleur dit leur position aujourd’hui, l’anneau celle que les "
            "réseaux veulent obtenir. Le tableau qui suit les détaille."
        ),
        styles.body,
    )
    charts = figures.stakeholders(part.dots)
    story += charts
    if part.rows:
        story += blocks.section(_("Les acteurs"), styles, body=stakeholder_table(part.rows, styles))
    else:
        story += blocks.note(_("Aucun acteur n’a été cartographié."), styles)
    return story


def means(part: MeansChapter, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = _heading(chapter, styles)
    story += mk.paras(
        _(
            "Ce que chaque réseau maîtrise en propre : pour chaque levier, de 0 (aucune "
            "maîtrise) à 3 (maîtrise forte)."
        ),
        styles.body,
    )
    charts = figures.grid(part.mastery)
    story += charts or blocks.note(_("La matrice réseaux × leviers n’a pas été remplie."), styles)
    if part.other_factors:
        story += blocks.section(_("Leviers et freins hors objectifs retenus"), styles)
        story += factor_tables(part.other_factors, styles)
    return story


def assessment(part: AssessmentChapter, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = _heading(chapter, styles)
    story += mk.paras(
        _(
            "Chaque réseau a évalué de 1 à 5 les conditions internes d’une stratégie d’influence "
            "durable ; les moyennes de l’ensemble des réseaux figurent ci-dessous."
        ),
        styles.body,
    )
    if not part.series:
        return story + blocks.note(_("Aucune auto-évaluation n’a été saisie."), styles)
    story.append(blocks.tiles(part.averages, styles))
    story.append(blocks.gap())
    story += figures.assessment(part.criteria, part.series)
    if part.comments:
        rows = [
            [
                blocks.text_cell(row.network, styles, bold=True),
                blocks.text_cell(row.criterion, styles),
                blocks.number_cell(row.score, styles),
                blocks.text_cell(row.comment, styles),
            ]
            for row in part.comments
        ]
        table = blocks.table(
            [_("Réseau"), _("Condition"), _("Note"), _("Commentaire")],
            rows,
            [14, 20, 9, 57],
            styles,
            right=(2,),
        )
        story += blocks.section(_("Commentaires des réseaux"), styles, body=table)
    return story


def action_plan(part: ActionPlan, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = _heading(chapter, styles)
    story += mk.paras(
        _(
            "Les actions décidées, d’abord placées selon leur impact attendu et l’effort qu’elles "
            "demandent, puis détaillées objectif par objectif, par ordre d’échéance."
        ),
        styles.body,
    )
    charts = figures.actions(part.dots)
    if charts:
        story += blocks.section(_("Impact et effort"), styles, charts[0])
        story += charts[1:]
    if not part.groups:
        return story + blocks.note(_("Aucune action n’a été saisie."), styles)
    story += blocks.section(_("Plan d’action SMART"), styles)
    for group in part.groups:
        story += blocks.subsection(group.goal, styles, action_table(group.rows, styles))
    return story
