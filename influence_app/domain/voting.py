"""Dot voting: totals, per-network weighting, ranking with ties, and the quotas of a ballot."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from influence_app.domain.enums import VoteSource, Weighting
from influence_app.i18n import _

TIE_TOLERANCE = 1e-9

Resolver = Callable[[str], str]


@dataclass(frozen=True)
class BallotLine:
    """Points given to one item: by a participant (typed) or as a count of paper dots."""

    item_id: str
    points: int
    participant_id: str | None = None
    network_id: str | None = None
    source: str = VoteSource.SAISIE


@dataclass(frozen=True)
class Voter:
    participant_id: str
    name: str


@dataclass(frozen=True)
class ItemResult:
    item_id: str
    title: str
    raw: int
    weighted: float
    rank: int  # 1-based position in the ranking; tied items keep distinct ranks and `tied`
    tied: bool


@dataclass(frozen=True)
class RoundResult:
    """Results of one round, items best first; raw and weighted side by side."""

    weighting: Weighting
    items: tuple[ItemResult, ...]
    network_totals: Mapping[str, int] = field(default_factory=dict)
    network_factors: Mapping[str, float] = field(default_factory=dict)
    not_voted: tuple[Voter, ...] = ()

    @property
    def ties(self) -> tuple[ItemResult, ...]:
        return tuple(item for item in self.items if item.tied)


@dataclass(frozen=True)
class QuotaProblem:
    field: str
    message: str


# ---------------------------------------------------------------- merged items


def merged_resolver(merged_into: Mapping[str, str | None]) -> Resolver:
    """Maps an item to the survivor of its merges, following chains (a → b → c gives c).

    A cycle (a → b → a, which a bad import could produce) has no survivor; all its members
    resolve to the smallest id of the cycle so their votes still land on one item.
    """
    cache: dict[str, str] = {}

    def resolve(item_id: str) -> str:
        if item_id not in cache:
            cache[item_id] = _follow(item_id, merged_into)
        return cache[item_id]

    return resolve


def _follow(item_id: str, merged_into: Mapping[str, str | None]) -> str:
    path: list[str] = []
    current: str | None = item_id
    while current is not None:
        if current in path:
            return min(path[path.index(current) :])
        path.append(current)
        current = merged_into.get(current)
    return path[-1]


def _identity(item_id: str) -> str:
    return item_id


# ---------------------------------------------------------------- totals and weighting


def raw_totals(lines: Iterable[BallotLine], resolve: Resolver = _identity) -> dict[str, int]:
    """Points per item, votes on merged items counted for their survivor."""
    totals: dict[str, int] = defaultdict(int)
    for line in lines:
        totals[resolve(line.item_id)] += line.points
    return dict(totals)


def line_network(line: BallotLine, participant_networks: Mapping[str, str | None]) -> str | None:
    """A vote's network: its own, else its participant's; None for paper dots and facilitators."""
    if line.network_id is not None:
        return line.network_id
    if line.participant_id is None:
        return None
    return participant_networks.get(line.participant_id)


def network_totals(
    lines: Iterable[BallotLine], participant_networks: Mapping[str, str | None]
) -> dict[str, int]:
    """Points each network gave (votes without a network are left out)."""
    totals: dict[str, int] = defaultdict(int)
    for line in lines:
        network = line_network(line, participant_networks)
        if network is not None:
            totals[network] += line.points
    return {network: total for network, total in totals.items() if total > 0}


def network_factors(totals: Mapping[str, int]) -> dict[str, float]:
    """par_reseau coefficients: factor_n = mean(T over voting networks) / T_n.

    After scaling, every voting network's points add up to the same total (the mean), so a
    network that sent four people weighs as much as one that sent one. The grand total is
    unchanged: Σ factor_n × T_n = Σ T_n.
    """
    voting = {network: total for network, total in totals.items() if total > 0}
    if not voting:
        return {}
    mean = sum(voting.values()) / len(voting)
    return {network: mean / total for network, total in voting.items()}


def weighted_totals(
    lines: Iterable[BallotLine],
    participant_networks: Mapping[str, str | None],
    resolve: Resolver = _identity,
) -> dict[str, float]:
    """Item scores under par_reseau weighting.

    Rule: each point is multiplied by the factor of the vote's network (see `network_factors`).
    A vote with no network at all — paper dots typed as a total, a facilitator's vote — keeps
    weight 1: there is no network whose share it could distort, and dropping it would lose votes.
    """
    lines = list(lines)
    factors = network_factors(network_totals(lines, participant_networks))
    totals: dict[str, float] = defaultdict(float)
    for line in lines:
        network = line_network(line, participant_networks)
        factor = factors.get(network, 1.0) if network is not None else 1.0
        totals[resolve(line.item_id)] += line.points * factor
    return dict(totals)


def weighting_rule_text(weighting: Weighting | str) -> str:
    """The rule in plain French, printed in the method annex of the synthesis."""
    if weighting == Weighting.PAR_RESEAU:
        return _(
            "Pondération par réseau : les réseaux n'ont pas envoyé le même nombre de personnes. "
            "Les points de chaque réseau sont multipliés par un coefficient tel que le total de "
            "chaque réseau votant soit égal au total moyen des réseaux votants : chaque réseau "
            "pèse ainsi autant dans le résultat, et le total des points ne change pas. Les votes "
            "sans réseau (gommettes papier comptées au mur, votes de l'équipe d'animation) "
            "gardent un coefficient de 1. Les résultats bruts sont donnés à côté."
        )
    return _("Sans pondération : le score d'un élément est la somme des points qu'il a reçus.")


def weighting_formula(weighting: Weighting | str) -> str:
    """The formula, for the method annex next to `weighting_rule_text`."""
    if weighting == Weighting.PAR_RESEAU:
        return _(
            "coefficient(réseau) = moyenne des totaux des réseaux votants ÷ total du réseau ; "
            "score pondéré(élément) = Σ points × coefficient(réseau du vote), "
            "coefficient 1 pour un vote sans réseau"
        )
    return _("score(élément) = Σ points")


# ---------------------------------------------------------------- ranking


def round_result(
    lines: Sequence[BallotLine],
    items: Sequence[tuple[str, str]],
    weighting: Weighting | str,
    participant_networks: Mapping[str, str | None],
    expected_voters: Sequence[Voter] = (),
    resolve: Resolver = _identity,
) -> RoundResult:
    """Ranks `items` ((id, title), in display order) from the ballot lines of one round.

    Items voted for but missing from `items` (deleted since) are kept at the end, titled by
    their id, so no vote silently disappears from the totals.
    """
    weighting = Weighting(weighting)
    raw = raw_totals(lines, resolve)
    weighted = weighted_totals(lines, participant_networks, resolve)
    ordered = _with_unknown_items(items, raw)
    totals = network_totals(lines, participant_networks)
    return RoundResult(
        weighting=weighting,
        items=_rank(ordered, raw, weighted, weighting),
        network_totals=totals,
        network_factors=network_factors(totals),
        not_voted=_not_voted(lines, expected_voters),
    )


def _with_unknown_items(
    items: Sequence[tuple[str, str]], raw: Mapping[str, int]
) -> list[tuple[str, str]]:
    known = {item_id for item_id, _title in items}
    unknown = [(item_id, item_id) for item_id in raw if item_id not in known]
    return list(items) + sorted(unknown)


def _rank(
    items: list[tuple[str, str]],
    raw: Mapping[str, int],
    weighted: Mapping[str, float],
    weighting: Weighting,
) -> tuple[ItemResult, ...]:
    score = _scorer(raw, weighted, weighting)
    positions = {item_id: index for index, (item_id, _title) in enumerate(items)}
    ranked: list[tuple[str, bool]] = []
    for group in _tie_groups(sorted(positions, key=lambda item_id: -score(item_id)), score):
        # Inside a tie group the raw total decides, then the display order.
        group.sort(key=lambda item_id: (-raw.get(item_id, 0), positions[item_id]))
        # A tie at zero decides nothing: items nobody voted for are not flagged.
        tied = len(group) > 1 and score(group[0]) > TIE_TOLERANCE
        ranked.extend((item_id, tied) for item_id in group)
    return tuple(
        ItemResult(
            item_id=item_id,
            title=items[positions[item_id]][1],
            raw=raw.get(item_id, 0),
            weighted=weighted.get(item_id, 0.0),
            rank=rank,
            tied=tied,
        )
        for rank, (item_id, tied) in enumerate(ranked, start=1)
    )


def _scorer(
    raw: Mapping[str, int], weighted: Mapping[str, float], weighting: Weighting
) -> Callable[[str], float]:
    """The ranking score: weighted under par_reseau, raw otherwise."""
    if weighting == Weighting.PAR_RESEAU:
        return lambda item_id: weighted.get(item_id, 0.0)
    return lambda item_id: float(raw.get(item_id, 0))


def _tie_groups(ordered: list[str], score: Callable[[str], float]) -> list[list[str]]:
    """Consecutive items whose scores are within TIE_TOLERANCE of their neighbour."""
    groups: list[list[str]] = []
    for item_id in ordered:
        if groups and math.isclose(score(groups[-1][-1]), score(item_id), abs_tol=TIE_TOLERANCE):
            groups[-1].append(item_id)
        else:
            groups.append([item_id])
    return groups


def _not_voted(lines: Sequence[BallotLine], expected: Sequence[Voter]) -> tuple[Voter, ...]:
    voted = {line.participant_id for line in lines if line.participant_id is not None}
    return tuple(voter for voter in expected if voter.participant_id not in voted)


# ---------------------------------------------------------------- quotas


def used_points(lines: Iterable[BallotLine], participant_id: str) -> int:
    """Points a participant has typed in this round (paper dots are nobody's)."""
    return sum(
        line.points
        for line in lines
        if line.participant_id == participant_id and line.source != VoteSource.PAPIER
    )


def remaining_points(
    lines: Iterable[BallotLine], participant_id: str, points_per_participant: int
) -> int:
    """Points the participant may still give; 0 when the budget was lowered below what they used."""
    return max(0, points_per_participant - used_points(lines, participant_id))


def check_ballot(
    existing_lines: Iterable[BallotLine],
    new_line: BallotLine,
    points_per_participant: int,
    max_points_per_item: int | None,
    participant_name: str | None = None,
    resolve: Resolver = _identity,
) -> QuotaProblem | None:
    """Why adding `new_line` to the round would break its rules, or None when it is fine.

    Points are additive: a participant's points on one item are the sum of their lines on it
    (merged items counted as their survivor). Paper dots are totals from the wall, exempt
    from both quotas, but like every line they count at least 1 point.
    """
    if new_line.points < 1:
        return QuotaProblem("points", _("Un vote compte au moins 1 point."))
    if new_line.source == VoteSource.PAPIER or new_line.participant_id is None:
        return None
    mine = [
        line
        for line in existing_lines
        if line.participant_id == new_line.participant_id and line.source != VoteSource.PAPIER
    ]
    item = resolve(new_line.item_id)
    on_item = sum(line.points for line in mine if resolve(line.item_id) == item)
    if max_points_per_item is not None and on_item + new_line.points > max_points_per_item:
        return QuotaProblem("points", _item_cap_message(max_points_per_item))
    left = points_per_participant - sum(line.points for line in mine)
    if new_line.points > left:
        name = participant_name or new_line.participant_id
        return QuotaProblem("points", _budget_message(max(0, left), new_line.points, name))
    return None


def _item_cap_message(cap: int) -> str:
    if cap == 1:
        return _("1 point au plus par élément.")
    return _("{cap} points au plus par élément.").format(cap=cap)


def _budget_message(left: int, asked: int, name: str) -> str:
    # `asked` exceeds `left`, so only three wordings exist; whole sentences for translators.
    if left >= 2:
        template = _("Il reste {left} points à {name} : {asked} demandés.")
    elif asked >= 2:
        template = _("Il reste {left} point à {name} : {asked} demandés.")
    else:
        template = _("Il reste {left} point à {name} : {asked} demandé.")
    return template.format(left=left, name=name, asked=asked)
