"""Parts of the synthesis's ReportData: factors, stakeholders, means, conditions, actions."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from influence_app.domain.enums import GoalStatus, VoteTarget
from influence_app.domain.models import Action, Factor, Stakeholder
from influence_app.i18n import _
from influence_app.report import labels as L
from influence_app.report import typography as ty
from influence_app.report.data import (
    ActionDot,
    ActionGroup,
    ActionPlan,
    ActionRow,
    AssessmentChapter,
    AssessmentComment,
    FactorGroup,
    FactorRow,
    Grid,
    KeyFigure,
    MeansChapter,
    Series,
    StakeholderDot,
    StakeholderRow,
)

if TYPE_CHECKING:
    from influence_app.services.report_data import Seminar


# ---------------------------------------------------------------- levers and obstacles


def by_strength(factors: Iterable[Factor]) -> list[Factor]:
    return sorted(factors, key=lambda f: (-(f.strength or 0), f.sort_key, f.id))


def factor_groups(seminar: Seminar, factors: Sequence[Factor]) -> tuple[FactorGroup, ...]:
    """Levers then obstacles, by category in the taxonomy's order, strongest first."""
    order = {category.id: index for index, category in enumerate(seminar.content.categories)}
    grouped: dict[tuple[int, int, str], list[Factor]] = defaultdict(list)
    for factor in factors:
        category = factor.category_id if factor.category_id in order else ""
        kind_rank = 0 if factor.kind == "levier" else 1
        grouped[(kind_rank, order.get(category, len(order)), category)].append(factor)
    return tuple(
        FactorGroup(
            kind=_("Leviers") if kind_rank == 0 else _("Freins"),
            category=_category_label(seminar, category),
            rows=tuple(_factor_row(seminar, factor) for factor in by_strength(members)),
        )
        for (kind_rank, _rank, category), members in sorted(grouped.items())
    )


def _category_label(seminar: Seminar, category_id: str) -> str:
    category = seminar.categories.get(category_id)
    if category is None:
        return _("Sans catégorie")
    text = ty.french(category.label)
    return f"{text} ({L.label(L.SCOPES, category.scope)})" if category.scope else text


def _factor_row(seminar: Seminar, factor: Factor) -> FactorRow:
    return FactorRow(
        title=ty.french(factor.title),
        description=ty.french(factor.description),
        strength=score_text(factor.strength),
        controllability=score_text(factor.controllability),
        votes=seminar.votes(VoteTarget.FACTOR, factor.id),
    )


def score_text(value: int | None, scale: int = 5) -> str:
    return "—" if value is None else f"{value}{ty.NNBSP}/{ty.NNBSP}{scale}"


# ---------------------------------------------------------------- means


def means(seminar: Seminar) -> MeansChapter:
    content = seminar.content
    levers = [f for f in content.factors if f.kind == "levier"]
    networks = content.networks
    mastery = {(link.factor_id, link.network_id): link.mastery for link in content.factor_networks}
    grid = Grid(
        rows=tuple(ty.french(lever.title) for lever in levers),
        columns=tuple(seminar.network_short(n.id) for n in networks),
        values=tuple(
            tuple(float(mastery.get((lever.id, n.id), 0)) for n in networks) for lever in levers
        ),
        max_value=3,
        legend=tuple(_(level) for level in L.MASTERY),
        row_header=_("Levier"),
    )
    retained = {goal.id for goal in seminar.goals if goal.status == GoalStatus.RETENU}
    others = [f for f in content.factors if f.goal_id not in retained]
    return MeansChapter(mastery=grid, other_factors=factor_groups(seminar, others))


# ---------------------------------------------------------------- internal conditions


def assessment(seminar: Seminar) -> AssessmentChapter:
    rows = seminar.content.assessments
    codes = list(L.CRITERIA) + sorted({a.criterion for a in rows} - set(L.CRITERIA))
    scores = {(a.network_id, a.criterion): a.score for a in rows}
    assessed = [n for n in seminar.content.networks if any(a.network_id == n.id for a in rows)]
    series = tuple(
        Series(seminar.network_short(n.id), tuple(_score_of(scores, n.id, code) for code in codes))
        for n in assessed
    )
    return AssessmentChapter(
        criteria=tuple(L.label(L.CRITERIA, code) for code in codes),
        series=series,
        averages=tuple(_average(seminar, code) for code in codes),
        comments=tuple(
            AssessmentComment(
                network=seminar.network_short(a.network_id),
                criterion=L.label(L.CRITERIA, a.criterion),
                score=f"{a.score}{ty.NNBSP}/{ty.NNBSP}5",
                comment=ty.french(a.comment),
            )
            for a in rows
            if ty.clean(a.comment).strip()
        ),
    )


def _score_of(scores: dict[tuple[str, str], int], network_id: str, code: str) -> float | None:
    score = scores.get((network_id, code))
    return None if score is None else float(score)


def _average(seminar: Seminar, code: str) -> KeyFigure:
    scores = [a.score for a in seminar.content.assessments if a.criterion == code]
    value = f"{sum(scores) / len(scores):.1f}".replace(".", ",") if scores else "—"
    return KeyFigure(f"{value}{ty.NNBSP}/{ty.NNBSP}5", L.label(L.CRITERIA, code))


# ---------------------------------------------------------------- stakeholders


def stakeholder_dots(seminar: Seminar) -> tuple[StakeholderDot, ...]:
    return tuple(
        StakeholderDot(
            key=seminar.stakeholder_keys[s.id],
            label=ty.french(s.name),
            power=float(s.power),
            interest=float(s.interest),
            stance=s.stance,
            desired_stance=s.desired_stance,
        )
        for s in seminar.stakeholders
        if s.power is not None and s.interest is not None
    )


def stakeholder_rows(
    seminar: Seminar, stakeholders: Sequence[Stakeholder]
) -> tuple[StakeholderRow, ...]:
    content = seminar.content
    access: dict[str, list[str]] = defaultdict(list)
    for link in content.stakeholder_access:
        access[link.stakeholder_id].append(seminar.network_short(link.network_id))
    goals: dict[str, list[str]] = defaultdict(list)
    for link in content.stakeholder_goals:
        goals[link.stakeholder_id].append(seminar.goal_keys.get(link.goal_id, ""))
    return tuple(
        StakeholderRow(
            key=seminar.stakeholder_keys[s.id],
            name=ty.french(s.name),
            kind=" · ".join(
                filter(None, (L.label(L.STAKEHOLDER_TYPES, s.type), L.label(L.LEVELS, s.level)))
            ),
            power=score_text(s.power),
            interest=score_text(s.interest),
            stance=_stance(s.stance, s.desired_stance),
            reached_by=", ".join(sorted(filter(None, access[s.id]))),
            goals=", ".join(sorted(filter(None, goals[s.id]))),
            notes=ty.french(s.notes),
        )
        for s in stakeholders
    )


def _stakeholder_kind(stakeholder: Stakeholder) -> str:
    kinds = (L.label(L.STAKEHOLDER_TYPES, stakeholder.type), L.label(L.LEVELS, stakeholder.level))
    return " · ".join(kind for kind in kinds if kind)


def _stance(now: int | None, wanted: int | None) -> str:
    current = L.label(L.STANCES, None if now is None else str(now)) or "—"
    if wanted is None or wanted == now:
        return current
    return f"{current} → {L.label(L.STANCES, str(wanted))}"


# ---------------------------------------------------------------- actions


def action_plan(seminar: Seminar) -> ActionPlan:
    dots = tuple(
        ActionDot(seminar.action_keys[a.id], ty.french(a.title), float(a.impact), float(a.effort))
        for a in seminar.actions
        if a.impact is not None and a.effort is not None
    )
    goal_rank = {goal.id: index for index, goal in enumerate(seminar.goals)}
    grouped: dict[str | None, list[Action]] = defaultdict(list)
    for action in seminar.actions:
        grouped[action.goal_id if action.goal_id in goal_rank else None].append(action)
    order = sorted(grouped, key=lambda goal_id: goal_rank.get(goal_id or "", len(goal_rank)))
    groups = tuple(
        ActionGroup(
            goal=_goal_heading(seminar, goal_id),
            rows=tuple(action_row(seminar, a) for a in by_due_date(grouped[goal_id])),
        )
        for goal_id in order
    )
    return ActionPlan(dots=dots, groups=groups)


def _goal_heading(seminar: Seminar, goal_id: str | None) -> str:
    goal = seminar.goal_by_id.get(goal_id or "")
    if goal is None:
        return _("Actions sans objectif")
    return f"{seminar.goal_keys[goal.id]} · {ty.french(goal.title)}"


def by_due_date(actions: Iterable[Action]) -> list[Action]:
    return sorted(actions, key=lambda a: (a.due_date or dt.date.max, a.sort_key, a.id))


def action_row(seminar: Seminar, action: Action) -> ActionRow:
    factor = seminar.factors.get(action.factor_id or "")
    goal = seminar.goal_by_id.get(action.goal_id or "")
    return ActionRow(
        key=seminar.action_keys[action.id],
        title=ty.french(action.title),
        description=ty.french(action.description),
        goal=ty.french(goal.title) if goal else "",
        owner=seminar.owner(action.owner_id),
        networks=_action_networks(seminar, action),
        due=ty.date_text(action.due_date) if action.due_date else "—",
        indicator=ty.french(action.indicator),
        status=L.label(L.ACTION_STATUSES, action.status),
        impact_effort=_impact_effort(action),
        lever=ty.french(factor.title) if factor else "",
        votes=seminar.votes(VoteTarget.ACTION, action.id),
    )


def _action_networks(seminar: Seminar, action: Action) -> str:
    others = [
        seminar.network_short(link.network_id)
        for link in seminar.content.action_networks
        if link.action_id == action.id and link.network_id != action.lead_network_id
    ]
    lead = seminar.network_short(action.lead_network_id)
    parts = [lead] if lead else []
    if others:
        parts.append(_("avec {networks}").format(networks=", ".join(others)))
    return " ".join(parts)


def _impact_effort(action: Action) -> str:
    if action.impact is None and action.effort is None:
        return ""
    return _("impact {impact} · effort {effort}").format(
        impact=action.impact if action.impact is not None else "—",
        effort=action.effort if action.effort is not None else "—",
    )
