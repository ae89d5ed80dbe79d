"""The annexes: the method (agenda as run, vote rules) and every contribution."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from influence_app.i18n import _
from influence_app.report import blocks
from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.data import ContributionAnnex, ContributionItem, MethodAnnex, RoundRule
from influence_app.report.document import Chapter, chapter_heading

# An item is kept whole on one page only when it is short; a long one may split.
KEEP_TOGETHER_LIMIT = 600


def method(part: MethodAnnex, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = chapter_heading(chapter, _("Annexe {number}").format(number=chapter.number), styles)
    story += blocks.section(_("Le programme tel qu’il s’est déroulé"), styles)
    for day in part.days:
        if not day.sessions:
            story += blocks.subsection(day.heading, styles)
            story += blocks.note(_("Aucune séance."), styles)
            continue
        rows = [
            [
                blocks.text_cell(line.time, styles),
                blocks.text_cell(line.duration, styles),
                blocks.text_cell(line.title, styles, bold=True),
                blocks.text_cell(line.method, styles),
                blocks.text_cell(line.status, styles),
            ]
            for line in day.sessions
        ]
        table = blocks.table(
            [_("Heure"), _("Durée"), _("Séance"), _("Méthode"), _("Statut")],
            rows,
            [10, 10, 46, 22, 12],
            styles,
        )
        story += blocks.subsection(day.heading, styles, table)
    story += blocks.section(_("Les règles des votes"), styles)
    if not part.rounds:
        story += blocks.note(_("Aucun vote n’a eu lieu."), styles)
    for rule in part.rounds:
        story += _round_rule(rule, styles)
    return story


def _round_rule(rule: RoundRule, styles: st.Styles) -> list[Flowable]:
    story = blocks.subsection(rule.label, styles)
    story += mk.paras(rule.rules, styles.body)
    story += mk.paras(rule.rule_text, styles.body)
    story.append(blocks.callout(rule.formula, styles))
    if rule.coefficients:
        rows = [
            [
                blocks.text_cell(network, styles),
                blocks.number_cell(points, styles),
                blocks.number_cell(factor, styles),
            ]
            for network, points, factor in rule.coefficients
        ]
        story += blocks.table(
            [_("Réseau"), _("Points donnés"), _("Coefficient")],
            rows,
            [50, 25, 25],
            styles,
            right=(1, 2),
        )
        story.append(blocks.gap())
    ties = rule.ties or (_("Aucune égalité dans le classement."),)
    story += [mk.para(line, styles.small) for line in ties]
    return story


def contributions(part: ContributionAnnex, chapter: Chapter, styles: st.Styles) -> list[Flowable]:
    story = chapter_heading(chapter, _("Annexe {number}").format(number=chapter.number), styles)
    intro = _(
        "Toutes les contributions, jour par jour et séance par séance, y compris celles qui "
        "n’ont reçu aucun vote. Les doublons fusionnés figurent sous la contribution qui "
        "les a absorbés."
    )
    story += mk.paras(intro, styles.body)
    if part.anonymous:
        story += blocks.note(
            _("Le séminaire est anonyme : les auteurs ne sont pas nommés."), styles
        )
    if not part.days:
        story += blocks.note(_("Aucune contribution n’a été saisie."), styles)
    for day in part.days:
        story += blocks.section(day.heading, styles)
        for session in day.sessions:
            story += blocks.subsection(mk.joined([session.heading, session.method]), styles)
            for item in session.items:
                story += _item(item, styles)
    return story


def _item(item: ContributionItem, styles: st.Styles) -> list[Flowable]:
    block = mk.paras(item.text, styles.contribution)
    block += mk.paras(item.meta, styles.quote_meta)
    for merged in item.merged:
        block += mk.paras("↳ " + merged.text, styles.merged)
        block += mk.paras(merged.meta, styles.merged_meta)
    if sum(len(p.text) for p in block if hasattr(p, "text")) <= KEEP_TOGETHER_LIMIT:
        return [KeepTogether(block)]
    return block
