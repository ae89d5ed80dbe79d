"""One round as the vote screen shows it: its voters, its items, typed points and paper dots."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from influence_app.domain import voting
from influence_app.domain.enums import Role, VoteSource, VoteTarget
from influence_app.domain.models import Participant, Vote, VoteRound
from influence_app.domain.voting import BallotLine
from influence_app.services.catalog import Services

# The facilitation team and observers are not expected to vote (as VoteService sees it).
_NOT_VOTERS = (Role.FACILITATEUR, Role.OBSERVATEUR)


@dataclass(frozen=True)
class Voter:
    participant_id: str
    name: str
    network: str  # the network's acronym or name, "" when none
    network_id: str | None


@dataclass(frozen=True)
class Item:
    item_id: str
    number: int  # 1-based position in display order: the grid's column heading
    title: str

    def caption(self) -> str:
        """« 3 · Titre », on one line, as charts and the paper form name the item."""
        return f"{self.number} · {' '.join(self.title.split())}"


@dataclass(frozen=True)
class BallotSheet:
    """A round's votes laid out for entry; `typed` maps (participant, item) to points."""

    round: VoteRound
    voters: tuple[Voter, ...]
    items: tuple[Item, ...]
    typed: Mapping[tuple[str, str], int] = field(default_factory=dict)
    paper: Mapping[str, int] = field(default_factory=dict)

    def used(self, participant_id: str) -> int:
        return sum(p for (who, _item), p in self.typed.items() if who == participant_id)

    def remaining(self, participant_id: str) -> int:
        return max(0, self.round.points_per_participant - self.used(participant_id))

    def typed_on(self, item_id: str) -> int:
        return sum(p for (_who, item), p in self.typed.items() if item == item_id)

    def item(self, item_id: str) -> Item | None:
        return next((item for item in self.items if item.item_id == item_id), None)

    def problem(self, participant_id: str, item_id: str, points: int) -> str | None:
        """Why `points` in this cell would break the round's quotas (the service's words)."""
        if points <= 0:
            return None
        others = [
            BallotLine(item, p, who)
            for (who, item), p in self.typed.items()
            if who == participant_id and item != item_id
        ]
        voter = next((v for v in self.voters if v.participant_id == participant_id), None)
        problem = voting.check_ballot(
            others,
            BallotLine(item_id, points, participant_id),
            self.round.points_per_participant,
            self.round.max_points_per_item,
            voter.name if voter else None,
        )
        return problem.message if problem else None


def load_sheet(services: Services, round_id: str) -> BallotSheet:
    """Reads the round, its items in display order, who votes and every vote line."""
    vote_round = services.votes.get_round(round_id)
    items, resolve = _items(services, vote_round.target)
    votes = services.votes.votes(round_id)
    typed, paper = _cells(votes, resolve)
    return BallotSheet(
        round=vote_round,
        voters=_voters(services, {who for who, _item in typed}),
        items=items,
        typed=typed,
        paper=paper,
    )


def _items(services: Services, target: str) -> tuple[tuple[Item, ...], voting.Resolver]:
    if target == VoteTarget.CONTRIBUTION:
        rows = services.contributions.list()
        resolve = voting.merged_resolver({c.id: c.merged_into_id for c in rows})
        pairs = [(c.id, c.text) for c in rows if resolve(c.id) == c.id]
    else:
        service = {
            VoteTarget.GOAL: services.goals,
            VoteTarget.FACTOR: services.factors,
            VoteTarget.ACTION: services.actions,
        }[VoteTarget(target)]
        pairs = [(row.id, row.title) for row in service.list()]
        resolve = _same
    items = tuple(Item(item_id, n, title) for n, (item_id, title) in enumerate(pairs, 1))
    return items, resolve


def _same(item_id: str) -> str:
    return item_id


def _cells(
    votes: list[Vote], resolve: voting.Resolver
) -> tuple[dict[tuple[str, str], int], dict[str, int]]:
    """Typed points per (participant, item) and paper dots per item; merged items summed.

    A deleted participant's points (no participant any more) still count in the results but
    belong to no row of the grid.
    """
    typed: dict[tuple[str, str], int] = defaultdict(int)
    paper: dict[str, int] = defaultdict(int)
    for vote in votes:
        item = resolve(vote.item_id)
        if vote.source == VoteSource.PAPIER:
            paper[item] += vote.points
        elif vote.participant_id is not None:
            typed[(vote.participant_id, item)] += vote.points
    return dict(typed), dict(paper)


def _voters(services: Services, have_voted: set[str]) -> tuple[Voter, ...]:
    """Network representatives, plus anyone else who already has typed points."""
    networks = {n.id: n.acronym or n.name for n in services.networks.list()}
    return tuple(
        Voter(p.id, p.name, networks.get(p.network_id or "", ""), p.network_id)
        for p in services.participants.list()
        if _expected(p) or p.id in have_voted
    )


def _expected(participant: Participant) -> bool:
    return participant.network_id is not None and participant.role not in _NOT_VOTERS
