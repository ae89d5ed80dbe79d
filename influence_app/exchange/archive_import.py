"""Archive v1 import: strict JSON, schema, integrity, then the domain models of one seminar."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import SQLModel

from influence_app.domain.models import (
    Action,
    ActionNetwork,
    AgendaSession,
    Assessment,
    Attendance,
    Category,
    Contribution,
    Day,
    Factor,
    FactorNetwork,
    FactorSource,
    Goal,
    GoalNetwork,
    GoalSource,
    Network,
    Participant,
    Seminar,
    Stakeholder,
    StakeholderAccess,
    StakeholderGoal,
    Vote,
    VoteRound,
)
from influence_app.exchange import schema
from influence_app.exchange.content import SeminarContent
from influence_app.exchange.errors import ArchiveError
from influence_app.exchange.fields import (
    DATE_FIELDS,
    FORMAT,
    SCALAR_FIELDS,
    SEMINAR_FIELDS,
    VERSION,
    VOTE_FIELDS,
    attribute,
)
from influence_app.exchange.integrity import check_integrity
from influence_app.exchange.jsontext import loads_strict
from influence_app.i18n import _

_MODELS: dict[str, type[SQLModel]] = {
    "days": Day,
    "sessions": AgendaSession,
    "networks": Network,
    "participants": Participant,
    "categories": Category,
    "contributions": Contribution,
    "goals": Goal,
    "factors": Factor,
    "stakeholders": Stakeholder,
    "vote_rounds": VoteRound,
    "assessments": Assessment,
    "actions": Action,
}


def parse_archive(text: str) -> SeminarContent:
    """The seminar an archive v1 text holds; ArchiveError (with `.path`) if anything is off."""
    data = loads_strict(text)
    check_archive(data)
    return archive_to_content(data)


def check_archive(data: Any, validator: Any = None) -> None:
    """Everything an archive must satisfy before a single row is written."""
    _check_header(data)
    schema.validate(data, validator)
    check_integrity(data)


def _check_header(data: Any) -> None:
    """Say "not an archive" or "newer version" rather than list a hundred schema errors."""
    if not isinstance(data, dict):
        message = _("le fichier ne contient pas une archive de séminaire (objet attendu).")
        raise ArchiveError(message)
    if data.get("format") != FORMAT:
        message = _("ce n'est pas une archive de séminaire Influence (« {format} » attendu).")
        raise ArchiveError(message.format(format=FORMAT), "format")
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        message = _(
            "version d'archive {found} non prise en charge : cette application lit la version 1."
        )
        raise ArchiveError(message.format(found=data.get("version")), "version")


def archive_to_content(data: dict[str, Any]) -> SeminarContent:
    """Models for a checked archive; `sort_key` is each item's index in its array."""
    seminar = Seminar(id=1, **_scalars(data["seminar"], SEMINAR_FIELDS))
    content = SeminarContent(seminar=seminar)
    for name, model in _MODELS.items():
        fields = SCALAR_FIELDS[name]
        items = [model(**_scalars(item, fields), sort_key=i) for i, item in enumerate(data[name])]
        setattr(content, name, items)
    _add_links(content, data)
    content.votes = _votes(data["vote_rounds"])
    return content


def _scalars(item: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {attribute(field): _value(field, item[field]) for field in fields if field in item}


def _value(field: str, value: Any) -> Any:
    if field in DATE_FIELDS:
        return dt.date.fromisoformat(value)
    return list(value) if isinstance(value, list) else value


def _add_links(content: SeminarContent, data: dict[str, Any]) -> None:
    for participant in data["participants"]:
        for day in participant.get("attendance", []):
            content.attendance.append(Attendance(participant_id=participant["id"], day_id=day))
    for goal in data["goals"]:
        _goal_links(content, goal)
    for factor in data["factors"]:
        _factor_links(content, factor)
    for stakeholder in data["stakeholders"]:
        _stakeholder_links(content, stakeholder)
    for action in data["actions"]:
        for network in action.get("networks", []):
            link = ActionNetwork(action_id=action["id"], network_id=network)
            content.action_networks.append(link)


def _goal_links(content: SeminarContent, goal: dict[str, Any]) -> None:
    for entry in goal.get("networks", []):
        link = GoalNetwork(
            goal_id=goal["id"], network_id=entry["network"], involvement=entry["involvement"]
        )
        content.goal_networks.append(link)
    for source in goal.get("from_contributions", []):
        content.goal_sources.append(GoalSource(goal_id=goal["id"], contribution_id=source))


def _factor_links(content: SeminarContent, factor: dict[str, Any]) -> None:
    for entry in factor.get("networks", []):
        link = FactorNetwork(
            factor_id=factor["id"], network_id=entry["network"], mastery=entry["mastery"]
        )
        content.factor_networks.append(link)
    for source in factor.get("from_contributions", []):
        content.factor_sources.append(FactorSource(factor_id=factor["id"], contribution_id=source))


def _stakeholder_links(content: SeminarContent, stakeholder: dict[str, Any]) -> None:
    for goal in stakeholder.get("goals", []):
        content.stakeholder_goals.append(
            StakeholderGoal(stakeholder_id=stakeholder["id"], goal_id=goal)
        )
    for network in stakeholder.get("reached_by", []):
        content.stakeholder_access.append(
            StakeholderAccess(stakeholder_id=stakeholder["id"], network_id=network)
        )


def _votes(rounds: list[dict[str, Any]]) -> list[Vote]:
    """Votes have no archive id: number them in file order, which export order follows."""
    votes: list[Vote] = []
    for vote_round in rounds:
        for vote in vote_round["votes"]:
            fields = _scalars(vote, VOTE_FIELDS)
            votes.append(Vote(id=len(votes) + 1, round_id=vote_round["id"], **fields))
    return votes
