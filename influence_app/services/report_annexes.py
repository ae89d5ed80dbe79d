"""Vote results and the annexes of the synthesis: method (agenda, vote rules), contributions."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from influence_app.domain import voting
from influence_app.domain.enums import VoteTarget, Weighting
from influence_app.domain.models import AgendaSession, Contribution, VoteRound
from influence_app.exchange.content import SeminarContent
from influence_app.i18n import _
from influence_app.report import labels as L
from influence_app.report import typography as ty
from influence_app.report.data import (
    AgendaDay,
    AgendaLine,
    ContributionAnnex,
    ContributionDay,
    ContributionItem,
    ContributionSession,
    MethodAnnex,
    RoundRule,
)

if TYPE_CHECKING:
    from influence_app.services.report_data import Seminar


# ---------------------------------------------------------------- votes


def round_result(content: SeminarContent, vote_round: VoteRound) -> voting.RoundResult:
    """The round ranked from the document's votes, exactly as the vote screen ranks it."""
    resolve = _resolver(content, vote_round.target)
    lines = [
        voting.BallotLine(v.item_id, v.points, v.participant_id, v.network_id, v.source)
        for v in content.votes
        if v.round_id == vote_round.id
    ]
    return voting.round_result(
        lines=lines,
        items=_items(content, vote_round.target, resolve),
        weighting=_weighting(vote_round.weighting),
        participant_networks={p.id: p.network_id for p in content.participants},
        resolve=resolve,
    )


def _weighting(code: str) -> Weighting:
    return Weighting(code) if code in Weighting._value2member_map_ else Weighting.AUCUNE


def _resolver(content: SeminarContent, target: str) -> voting.Resolver:
    if target != VoteTarget.CONTRIBUTION:
        return lambda item_id: item_id
    return voting.merged_resolver({c.id: c.merged_into_id for c in content.contributions})


def _items(content: SeminarContent, target: str, resolve: voting.Resolver) -> list[tuple[str, str]]:
    if target == VoteTarget.GOAL:
        return [(goal.id, goal.title) for goal in content.goals]
    if target == VoteTarget.FACTOR:
        return [(factor.id, factor.title) for factor in content.factors]
    if target == VoteTarget.ACTION:
        return [(action.id, action.title) for action in content.actions]
    return [(c.id, c.text) for c in content.contributions if resolve(c.id) == c.id]


def rules_text(vote_round: VoteRound) -> str:
    """« 5 points par personne, 3 au plus par élément ; pondération par réseau »."""
    parts = [
        _("Vote sur les {target}").format(target=L.label(L.VOTE_TARGETS, vote_round.target)),
        ty.plural(
            vote_round.points_per_participant, _("point par personne"), _("points par personne")
        ),
    ]
    if vote_round.max_points_per_item:
        cap = vote_round.max_points_per_item
        parts.append(_("{cap} au plus par élément").format(cap=cap))
    weighting = (
        _("pondération par réseau")
        if vote_round.weighting == Weighting.PAR_RESEAU
        else _("sans pondération")
    )
    return f"{', '.join(parts)}{ty.NNBSP}; {weighting}"


def _round_rule(seminar: Seminar, vote_round: VoteRound) -> RoundRule:
    result = seminar.results[vote_round.id]
    coefficients = tuple(
        (
            seminar.network_short(network_id) or network_id,
            ty.number(total),
            ty.number(result.network_factors[network_id], 2),
        )
        for network_id, total in sorted(
            result.network_totals.items(), key=lambda kv: _network_rank(seminar, kv[0])
        )
    )
    return RoundRule(
        label=ty.french(vote_round.label),
        rules=rules_text(vote_round),
        rule_text=ty.french(voting.weighting_rule_text(vote_round.weighting)).replace("'", "’"),
        formula=ty.french(voting.weighting_formula(vote_round.weighting)),
        coefficients=coefficients if vote_round.weighting == Weighting.PAR_RESEAU else (),
        ties=_ties(result),
    )


def _network_rank(seminar: Seminar, network_id: str) -> int:
    return seminar.network_rank.get(network_id, len(seminar.network_rank))


def _ties(result: voting.RoundResult) -> tuple[str, ...]:
    """One sentence per group of items tied on the ranking score."""
    groups: dict[float, list[voting.ItemResult]] = defaultdict(list)
    weighted = result.weighting == Weighting.PAR_RESEAU
    for item in result.ties:
        score = round(item.weighted if weighted else float(item.raw), 6)
        groups[score].append(item)
    return tuple(
        _("Égalité à {score} points entre {items}.").format(
            score=ty.number(score, 1), items=_and([ty.quote(_short(i.title)) for i in items])
        )
        for score, items in groups.items()
    )


def _and(parts: list[str]) -> str:
    """« a, b et c »."""
    if len(parts) < 2:
        return "".join(parts)
    return _("{first} et {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(ty.french(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------- method annex


def method(seminar: Seminar) -> MethodAnnex:
    days = tuple(
        AgendaDay(
            heading=_day_heading(seminar, day.id),
            sessions=tuple(
                AgendaLine(
                    time=ty.time_text(s.start_time),
                    duration=ty.duration_text(s.duration_min),
                    title=ty.french(s.title),
                    method=L.label(L.METHODS, s.method),
                    status=L.label(L.SESSION_STATUSES, s.status),
                )
                for s in _sessions_of(seminar, day.id)
            ),
        )
        for day in seminar.content.days
    )
    rounds = tuple(_round_rule(seminar, r) for r in seminar.content.vote_rounds)
    return MethodAnnex(days=days, rounds=rounds)


def _day_heading(seminar: Seminar, day_id: str) -> str:
    day = next(d for d in seminar.content.days if d.id == day_id)
    heading = _("Jour {index} — {date}").format(index=day.index, date=ty.long_date(day.date))
    return f"{heading} · {ty.french(day.theme)}" if ty.clean(day.theme).strip() else heading


def _sessions_of(seminar: Seminar, day_id: str) -> list[AgendaSession]:
    sessions = [s for s in seminar.content.sessions if s.day_id == day_id]
    return sorted(sessions, key=lambda s: (s.position, s.start_time, s.sort_key, s.id))


# ---------------------------------------------------------------- contributions annex


def contributions(seminar: Seminar) -> ContributionAnnex:
    """Every contribution by day and session; merged duplicates under their survivor."""
    content = seminar.content
    survivor = voting.merged_resolver({c.id: c.merged_into_id for c in content.contributions})
    absorbed: dict[str, list[Contribution]] = defaultdict(list)
    by_session: dict[str, list[Contribution]] = defaultdict(list)
    for contribution in content.contributions:
        top = survivor(contribution.id)
        if top == contribution.id:
            by_session[contribution.session_id].append(contribution)
        else:
            absorbed[top].append(contribution)
    days = []
    for day in content.days:
        sessions = tuple(
            ContributionSession(
                heading=f"{ty.time_text(s.start_time)} · {ty.french(s.title)}",
                method=L.label(L.METHODS, s.method),
                items=tuple(_item(seminar, c, absorbed) for c in by_session[s.id]),
            )
            for s in _sessions_of(seminar, day.id)
            if by_session[s.id]
        )
        if sessions:
            days.append(ContributionDay(_day_heading(seminar, day.id), sessions))
    return ContributionAnnex(days=tuple(days), anonymous=content.seminar.anonymous_authors)


def _item(
    seminar: Seminar, contribution: Contribution, absorbed: dict[str, list[Contribution]]
) -> ContributionItem:
    merged = tuple(_item(seminar, c, {}) for c in absorbed.get(contribution.id, ()))
    return ContributionItem(ty.french(contribution.text), _meta(seminar, contribution), merged)


def _meta(seminar: Seminar, contribution: Contribution) -> str:
    author = seminar.author(contribution.author_id)
    network = seminar.network_short(contribution.network_id)
    if not network and contribution.author_id in seminar.people:
        network = seminar.network_short(seminar.people[contribution.author_id].network_id)
    parts = [author or "", network]
    if contribution.kind and contribution.kind != "idee":
        parts.append(L.label(L.CONTRIBUTION_KINDS, contribution.kind))
    if contribution.table_no is not None:
        parts.append(_("table {number}").format(number=contribution.table_no))
    if contribution.round is not None:
        parts.append(_("tour {number}").format(number=contribution.round))
    if ty.clean(contribution.cluster).strip():
        parts.append(_("groupe {name}").format(name=ty.quote(ty.french(contribution.cluster))))
    points = seminar.votes(VoteTarget.CONTRIBUTION, contribution.id)
    if points:
        parts.append(_("{points} pts").format(points=points))
    return " · ".join(part for part in parts if part)
