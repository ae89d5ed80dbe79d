"""The synthesis PDF from a ReportData: chapters in the reader's order, then the bytes."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reportlab.platypus import Flowable, PageBreak

from influence_app.i18n import _
from influence_app.report import annexes, front, goals, plan
from influence_app.report import markup as mk
from influence_app.report import styles as st
from influence_app.report.data import ReportData
from influence_app.report.document import (
    PROGRESS_TOTAL,
    Cancelled,
    Chapter,
    ExportCancelled,
    PageDecor,
    Progress,
    build_pdf,
)

__all__ = ["PROGRESS_TOTAL", "ExportCancelled", "ReportData", "chapter_titles", "render_report"]

Builder = Callable[[Chapter, st.Styles], list[Flowable]]


def render_report(
    data: ReportData, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> bytes:
    """The PDF bytes; the same data always gives the same bytes."""
    styles = st.make_styles()
    planned = _chapters(data)
    story = front.cover(data, styles)
    story += [PageBreak(), *front.contents([chapter for chapter, _build in planned], styles)]
    for chapter, build in planned:
        story.append(PageBreak())
        story += build(chapter, styles)
    edition = _("Synthèse · édition complète")
    if data.edition != "complete":
        edition = _("Synthèse · édition participants")
    decor = PageDecor(mk.short(data.title, 200), edition, data.draft_stamp)
    return build_pdf(story, decor, _metadata(data), progress, cancelled)


def chapter_titles(data: ReportData) -> list[str]:
    """The outline's entries, in order: one per chapter."""
    return [chapter.title for chapter, _build in _chapters(data)]


def _chapters(data: ReportData) -> list[tuple[Chapter, Builder]]:
    planned: list[tuple[Chapter, Builder]] = [
        (Chapter("ch-figures", "1", _("Chiffres clés")), partial(_front, front.key_figures, data)),
        (
            Chapter("ch-networks", "2", _("Réseaux et participants")),
            partial(_front, front.networks, data),
        ),
        (Chapter("ch-goals", "3", _("Objectifs communs")), partial(goals.goals, data.goals)),
    ]
    for index, goal in enumerate(data.goal_chapters, 1):
        chapter = Chapter(f"ch-goal-{index}", goal.key, mk.short(goal.title))
        planned.append((chapter, partial(goals.goal_chapter, goal)))
    planned += [
        (
            Chapter("ch-stakeholders", "4", _("Carte des acteurs")),
            partial(plan.stakeholders, data.stakeholders),
        ),
        (
            Chapter("ch-means", "5", _("Les moyens propres de chaque réseau")),
            partial(plan.means, data.means),
        ),
        (
            Chapter("ch-conditions", "6", _("Conditions internes")),
            partial(plan.assessment, data.assessment),
        ),
        (Chapter("ch-actions", "7", _("Plan d’action")), partial(plan.action_plan, data.actions)),
        (Chapter("ch-method", "A", _("Méthode")), partial(annexes.method, data.method)),
        (
            Chapter("ch-contributions", "B", _("Toutes les contributions")),
            partial(annexes.contributions, data.contributions),
        ),
    ]
    return planned


def _front(
    build: Callable[[ReportData, Chapter, st.Styles], list[Flowable]],
    data: ReportData,
    chapter: Chapter,
    styles: st.Styles,
) -> list[Flowable]:
    return build(data, chapter, styles)


def _metadata(data: ReportData) -> dict[str, str]:
    """Document properties: the title and organiser only, never a participant's name."""
    return {
        "title": mk.short(data.title, 200),
        "author": mk.short(data.cover.organiser, 200),
        "subject": _("Synthèse du séminaire"),
        "creator": "Influence",
        "lang": "fr-FR",
    }
