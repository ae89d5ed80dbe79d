"""Archive v1 export: a seminar's models as a canonical, schema-valid JSON document."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from influence_app import __version__
from influence_app.domain.enums import Criterion
from influence_app.exchange import schema
from influence_app.exchange.content import SeminarContent
from influence_app.exchange.fields import (
    FORMAT,
    SCALAR_FIELDS,
    SEMINAR_FIELDS,
    VERSION,
    VOTE_FIELDS,
    attribute,
)

DEFAULT_GENERATOR = f"Influence {__version__}"

Rank = dict[str, int]


def content_to_archive(
    content: SeminarContent,
    exported_at: dt.datetime | str | None = None,
    generator: str | None = DEFAULT_GENERATOR,
) -> dict[str, Any]:
    """The archive dict; the same content (and `exported_at`) always gives the same dict."""
    archive: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if exported_at is not None:
        archive["exported_at"] = _instant(exported_at)
    if generator is not None:
        archive["generator"] = generator
    archive["seminar"] = _scalars(content.seminar, SEMINAR_FIELDS)
    archive.update(_Exporter(content).collections())
    return archive


def dumps_archive(archive: dict[str, Any]) -> str:
    """UTF-8-ready JSON text, keys in the schema's order, one trailing newline."""
    loaded = schema.load_schema()
    text = json.dumps(schema.ordered(archive, loaded, loaded), ensure_ascii=False, indent=2)
    return text + "\n"


def _instant(value: dt.datetime | str) -> str:
    if isinstance(value, str):
        return value
    aware = value if value.tzinfo is not None else value.astimezone()
    return aware.isoformat(timespec="seconds")


def _scalars(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    """Archive fields of `obj`, leaving out None and empty lists."""
    result: dict[str, Any] = {}
    for field in fields:
        value = getattr(obj, attribute(field))
        if value is None or value == []:
            continue
        result[field] = value.isoformat() if isinstance(value, dt.date) else _copy(value)
    return result


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _sorted(items: Iterable[Any]) -> list[Any]:
    return sorted(items, key=lambda item: (item.sort_key, item.id))


def _rank(items: list[Any]) -> Rank:
    return {item.id: index for index, item in enumerate(items)}


def _in_order(ids: Iterable[str], rank: Rank) -> list[str]:
    """Referenced ids in the canonical order of their collection (unknown ones last)."""
    return sorted(ids, key=lambda value: (rank.get(value, len(rank)), value))


class _Exporter:
    """Sorts each collection once, then builds items with their nested lists in that order."""

    def __init__(self, content: SeminarContent) -> None:
        self.content = content
        self.days = _sorted(content.days)
        self.networks = _sorted(content.networks)
        self.contributions = _sorted(content.contributions)
        self.goals = _sorted(content.goals)
        self.day_rank, self.network_rank = _rank(self.days), _rank(self.networks)
        self.contribution_rank, self.goal_rank = _rank(self.contributions), _rank(self.goals)

    def collections(self) -> dict[str, Any]:
        content = self.content
        return {
            "days": self._plain("days", self.days),
            "sessions": self._plain("sessions", self._sessions()),
            "networks": self._plain("networks", self.networks),
            "participants": self._participants(),
            "categories": self._plain("categories", _sorted(content.categories)),
            "contributions": self._plain("contributions", self.contributions),
            "goals": self._goals(),
            "factors": self._factors(),
            "stakeholders": self._stakeholders(),
            "vote_rounds": self._vote_rounds(),
            "assessments": self._plain("assessments", self._assessments()),
            "actions": self._actions(),
        }

    def _plain(self, name: str, items: list[Any]) -> list[dict[str, Any]]:
        return [_scalars(item, SCALAR_FIELDS[name]) for item in items]

    def _sessions(self) -> list[Any]:
        def key(session: Any) -> tuple[Any, ...]:
            day = self.day_rank.get(session.day_id, len(self.day_rank))
            return (day, session.position, session.sort_key, session.id)

        return sorted(self.content.sessions, key=key)

    def _assessments(self) -> list[Any]:
        criteria = {criterion.value: index for index, criterion in enumerate(Criterion)}

        def key(item: Any) -> tuple[Any, ...]:
            network = self.network_rank.get(item.network_id, len(self.network_rank))
            return (item.sort_key, network, item.network_id, criteria.get(item.criterion, 99))

        return sorted(self.content.assessments, key=key)

    def _participants(self) -> list[dict[str, Any]]:
        attendance = _group(self.content.attendance, "participant_id")
        result = []
        for participant in _sorted(self.content.participants):
            item = _scalars(participant, SCALAR_FIELDS["participants"])
            days = [link.day_id for link in attendance[participant.id]]
            _put(item, "attendance", _in_order(days, self.day_rank))
            result.append(item)
        return result

    def _goals(self) -> list[dict[str, Any]]:
        networks = _group(self.content.goal_networks, "goal_id")
        sources = _group(self.content.goal_sources, "goal_id")
        result = []
        for goal in self.goals:
            item = _scalars(goal, SCALAR_FIELDS["goals"])
            links = self._by_network(networks[goal.id])
            shares = [{"network": n.network_id, "involvement": n.involvement} for n in links]
            _put(item, "networks", shares)
            ids = [link.contribution_id for link in sources[goal.id]]
            _put(item, "from_contributions", _in_order(ids, self.contribution_rank))
            result.append(item)
        return result

    def _factors(self) -> list[dict[str, Any]]:
        networks = _group(self.content.factor_networks, "factor_id")
        sources = _group(self.content.factor_sources, "factor_id")
        result = []
        for factor in _sorted(self.content.factors):
            item = _scalars(factor, SCALAR_FIELDS["factors"])
            links = self._by_network(networks[factor.id])
            _put(item, "networks", [{"network": n.network_id, "mastery": n.mastery} for n in links])
            ids = [link.contribution_id for link in sources[factor.id]]
            _put(item, "from_contributions", _in_order(ids, self.contribution_rank))
            result.append(item)
        return result

    def _stakeholders(self) -> list[dict[str, Any]]:
        goals = _group(self.content.stakeholder_goals, "stakeholder_id")
        access = _group(self.content.stakeholder_access, "stakeholder_id")
        result = []
        for stakeholder in _sorted(self.content.stakeholders):
            item = _scalars(stakeholder, SCALAR_FIELDS["stakeholders"])
            goal_ids = [link.goal_id for link in goals[stakeholder.id]]
            _put(item, "goals", _in_order(goal_ids, self.goal_rank))
            network_ids = [link.network_id for link in access[stakeholder.id]]
            _put(item, "reached_by", _in_order(network_ids, self.network_rank))
            result.append(item)
        return result

    def _vote_rounds(self) -> list[dict[str, Any]]:
        votes = _group(self.content.votes, "round_id")
        result = []
        for vote_round in _sorted(self.content.vote_rounds):
            item = _scalars(vote_round, SCALAR_FIELDS["vote_rounds"])
            ordered = sorted(votes[vote_round.id], key=lambda v: (v.id is None, v.id or 0))
            item["votes"] = [_scalars(vote, VOTE_FIELDS) for vote in ordered]
            result.append(item)
        return result

    def _actions(self) -> list[dict[str, Any]]:
        networks = _group(self.content.action_networks, "action_id")
        result = []
        for action in _sorted(self.content.actions):
            item = _scalars(action, SCALAR_FIELDS["actions"])
            ids = [link.network_id for link in networks[action.id]]
            _put(item, "networks", _in_order(ids, self.network_rank))
            result.append(item)
        return result

    def _by_network(self, links: list[Any]) -> list[Any]:
        rank, size = self.network_rank, len(self.network_rank)
        return sorted(links, key=lambda n: (rank.get(n.network_id, size), n.network_id))


def _group(links: Iterable[Any], parent: str) -> defaultdict[str, list[Any]]:
    """Links by their parent's id, keeping their order (a stable sort follows)."""
    groups: defaultdict[str, list[Any]] = defaultdict(list)
    for link in links:
        groups[getattr(link, parent)].append(link)
    return groups


def _put(item: dict[str, Any], field: str, values: list[Any]) -> None:
    if values:
        item[field] = values
