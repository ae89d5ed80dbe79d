"""The shared goals ranked by votes, then one chapter per retained goal."""

from __future__ import annotations

from reportlab.platypus import Flowable

from influence_app.i18n import _
from influence_app.report import blocks, figures
from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.data import (
    ActionRow,
    FactorGroup,
    FactorRow,
    GoalChapter,
    GoalsChapter,
    RoundView,
    StakeholderRow,
)
from influence_app.report.document import Chapter, chapter_heading


def goals(part: GoalsChapter, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = chapter_heading(chapter, _("Chapitre {number}").format(number=chapter.number), styles)
    story += mk.paras(
        _(
            "Les objectifs de changement sociétal que les réseaux se sont donnés en commun, "
            "classés par le vote ; les objectifs retenus font chacun l’objet d’un chapitre."
        ),
        styles.body,
    )
    if part.goals:
        rows = [
            [
                mk.para(goal.key, styles.cell_bold),
                blocks.title_cell(goal.title, "", styles, goal.carried_by),
                blocks.text_cell(goal.finality, styles),
                blocks.text_cell(goal.status, styles, bold=goal.status == _("retenu")),
            ]
            for goal in part.goals
        ]
        story += blocks.table(
            [_("N°"), _("Objectif et réseaux impliqués"), _("Finalité"), _("Statut")],
            rows,
            [7, 63, 15, 15],
            styles,
        )
    else:
        story += blocks.note(_("Aucun objectif n’a été saisi."), styles)
    for view in part.rounds:
        story += _round(view, styles)
    charts = figures.grid(part.involvement)
    if charts:
        story += blocks.section(_("Qui porte quel objectif"), styles, charts[0])
        story += charts[1:]
        story += blocks.note(part.involvement.column_note, styles)
    return story


def _round(view: RoundView, styles: st.Styles) -> list[Flowable]:
    story = blocks.section(_("Vote : {label}").format(label=view.label), styles)
    story += blocks.note(view.rules, styles)
    header = [_("Rang"), _("Objectif"), _("Points bruts")]
    widths = [8, 62, 15]
    if view.weighted:
        header.append(_("Pondérés"))
        widths.append(15)
    rows = []
    for row in view.rows:
        cells = [
            mk.para(row.rank, styles.cell),
            blocks.title_cell(
                f"{row.key} · {row.title}" if row.key else row.title,
                "",
                styles,
                _("ex æquo") if row.tied else "",
            ),
            blocks.number_cell(row.raw, styles),
        ]
        if view.weighted:
            cells.append(blocks.number_cell(row.weighted, styles))
        rows.append(cells)
    if rows:
        story += blocks.table(header, rows, widths, styles, right=(2, 3))
    charts = figures.ranked(view.bars, view.weighted)
    if charts:
        story.append(blocks.gap())
        story += charts
    return story


def goal_chapter(goal: GoalChapter, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    kicker = _("Objectif retenu {key}").format(key=goal.key)
    story = chapter_heading(chapter, kicker, styles)
    if not mk.is_short(goal.title):
        story += mk.paras(goal.title, styles.lead)
    story += mk.paras(goal.description, styles.lead)
    details = mk.joined(
        [
            _("Finalité : {finality}").format(finality=goal.finality) if goal.finality else "",
            goal.carried_by,
        ]
    )
    story += blocks.note(details, styles)
    charts = figures.forces(goal.levers, goal.obstacles)
    if charts:
        story += blocks.section(_("Champ de forces"), styles, charts[0])
        story += charts[1:]
    story += blocks.section(_("Leviers et freins"), styles)
    story += factor_tables(goal.factor_groups, styles) or blocks.note(
        _("Aucun levier ni frein n’a été rattaché à cet objectif."), styles
    )
    if goal.stakeholders:
        table = stakeholder_table(goal.stakeholders, styles, compact=True)
        story += blocks.section(_("Acteurs à convaincre"), styles, body=table)
    if goal.actions:
        story += blocks.section(_("Actions"), styles, body=action_table(goal.actions, styles))
    else:
        story += blocks.section(_("Actions"), styles)
        story += blocks.note(_("Aucune action n’a encore été décidée pour cet objectif."), styles)
    return story


def factor_tables(groups: tuple[FactorGroup, ...], styles: st.Styles) -> list[Flowable]:
    """One table for the levers, one for the obstacles, a shaded row naming each category."""
    story: list[Flowable] = []
    for kind in dict.fromkeys(group.kind for group in groups):
        rows: list[list] = []
        extra: list[tuple] = []
        for group in (g for g in groups if g.kind == kind):
            at = len(rows) + 1  # row 0 is the header
            rows.append([mk.cell(group.category, styles.group_cell), "", "", ""])
            extra += [
                ("SPAN", (0, at), (-1, at)),
                ("BACKGROUND", (0, at), (-1, at), st.ACCENT_PALE),
                ("NOSPLIT", (0, at), (-1, at + 1)),  # a category never ends a page alone
            ]
            rows += [_factor_row(row, styles) for row in group.rows]
        table = blocks.table(
            [_("Intitulé"), _("Force"), _("Marge d’action"), _("Votes")],
            rows,
            [62, 10, 16, 12],
            styles,
            right=(1, 2, 3),
            extra=extra,
        )
        story += blocks.subsection(kind, styles, table)
    return story


def _factor_row(row: FactorRow, styles: st.Styles) -> list:
    return [
        blocks.title_cell(row.title, row.description, styles),
        blocks.number_cell(row.strength, styles),
        blocks.number_cell(row.controllability, styles),
        blocks.number_cell(row.votes, styles),
    ]


def stakeholder_table(
    rows: tuple[StakeholderRow, ...], styles: st.Styles, compact: bool = False
) -> list[Flowable]:
    body = [
        [
            mk.para(row.key, styles.cell_bold),
            blocks.title_cell(row.name, "" if compact else row.notes, styles, row.kind),
            blocks.number_cell(row.power, styles),
            blocks.number_cell(row.interest, styles),
            blocks.text_cell(row.stance, styles),
            blocks.text_cell(row.reached_by, styles),
        ]
        for row in rows
    ]
    return blocks.table(
        [
            _("N°"),
            _("Acteur"),
            _("Pouvoir"),
            _("Intérêt"),
            _("Position → visée"),
            _("Réseaux qui y ont accès"),
        ],
        body,
        [6, 40, 10, 10, 16, 18],
        styles,
        right=(2, 3),
    )


def action_table(rows: tuple[ActionRow, ...], styles: st.Styles) -> list[Flowable]:
    body = [
        [
            mk.para(row.key, styles.cell_bold),
            blocks.title_cell(
                row.title,
                row.description,
                styles,
                _("Indicateur : {indicator}").format(indicator=row.indicator)
                if row.indicator
                else "",
                _("Levier : {lever}").format(lever=row.lever) if row.lever else "",
            ),
            mk.cells((row.owner, styles.cell), (row.networks, styles.cell_small)) or "",
            blocks.text_cell(row.due, styles),
            mk.cells((row.status, styles.cell), (row.impact_effort, styles.cell_small)) or "",
        ]
        for row in rows
    ]
    return blocks.table(
        [_("N°"), _("Action"), _("Pilote"), _("Échéance"), _("Statut")],
        body,
        [6, 48, 18, 13, 15],
        styles,
    )
