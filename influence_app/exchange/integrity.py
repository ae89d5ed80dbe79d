"""Checks the schema cannot express: unique ids, references that resolve, unique pairs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from influence_app.exchange.errors import ArchiveError, format_path
from influence_app.exchange.fields import VOTE_TARGETS
from influence_app.i18n import _

Parts = tuple[str | int, ...]

# Collections whose items carry an `id` (assessments are keyed by network and criterion).
ID_COLLECTIONS: tuple[str, ...] = (
    "days",
    "sessions",
    "networks",
    "participants",
    "categories",
    "contributions",
    "goals",
    "factors",
    "stakeholders",
    "vote_rounds",
    "actions",
)

# field -> collection it points into, for fields holding one id.
_SCALAR_REFS: dict[str, dict[str, str]] = {
    "sessions": {"day": "days"},
    "participants": {"network": "networks"},
    "contributions": {
        "session": "sessions",
        "author": "participants",
        "network": "networks",
        "merged_into": "contributions",
    },
    "factors": {"goal": "goals", "category": "categories"},
    "vote_rounds": {"session": "sessions"},
    "assessments": {"network": "networks"},
    "actions": {
        "goal": "goals",
        "factor": "factors",
        "stakeholder": "stakeholders",
        "owner": "participants",
        "lead_network": "networks",
    },
}
# field -> collection, for fields holding a list of ids.
_LIST_REFS: dict[str, dict[str, str]] = {
    "participants": {"attendance": "days"},
    "goals": {"from_contributions": "contributions"},
    "factors": {"from_contributions": "contributions"},
    "stakeholders": {"goals": "goals", "reached_by": "networks"},
    "actions": {"networks": "networks"},
}
# (list field, key in its objects) -> collection, for lists of objects.
_NESTED_REFS: dict[str, dict[tuple[str, str], str]] = {
    "goals": {("networks", "network"): "networks"},
    "factors": {("networks", "network"): "networks"},
    "vote_rounds": {("votes", "participant"): "participants", ("votes", "network"): "networks"},
}


def check_integrity(data: dict[str, Any]) -> None:
    """Raise ArchiveError at the first duplicate id, dangling reference or repeated pair.

    `data` must already be valid against the schema.
    """
    known = {name: _index_ids(name, data[name]) for name in ID_COLLECTIONS}
    for parts, value, target in _references(data):
        if value not in known[target]:
            raise ArchiveError(_unknown(target, value), format_path(parts))
    _check_network_lists(data)
    _check_assessments(data["assessments"])


def _index_ids(name: str, items: list[dict[str, Any]]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        if item["id"] in seen:
            message = _("identifiant « {id} » déjà utilisé par {other}.").format(
                id=item["id"], other=format_path((name, seen[item["id"]]))
            )
            raise ArchiveError(message, format_path((name, index, "id")))
        seen[item["id"]] = index
    return seen


def _references(data: dict[str, Any]) -> Iterator[tuple[Parts, str, str]]:
    """Every reference of the archive as (where, id, collection it must be in)."""
    for name in (*ID_COLLECTIONS, "assessments"):
        for index, item in enumerate(data[name]):
            yield from _item_references((name, index), item)


def _item_references(at: Parts, item: dict[str, Any]) -> Iterator[tuple[Parts, str, str]]:
    name = str(at[0])
    for field, target in _SCALAR_REFS.get(name, {}).items():
        if field in item:
            yield (*at, field), item[field], target
    for field, target in _LIST_REFS.get(name, {}).items():
        for position, value in enumerate(item.get(field, [])):
            yield (*at, field, position), value, target
    for (field, key), target in _NESTED_REFS.get(name, {}).items():
        for position, entry in enumerate(item.get(field, [])):
            if key in entry:
                yield (*at, field, position, key), entry[key], target
    if name == "vote_rounds":
        for position, vote in enumerate(item["votes"]):
            yield (*at, "votes", position, "item"), vote["item"], VOTE_TARGETS[item["target"]]


def _unknown(target: str, value: str) -> str:
    messages = {
        "days": _("jour inconnu « {id} »."),
        "sessions": _("séance inconnue « {id} »."),
        "networks": _("réseau inconnu « {id} »."),
        "participants": _("participant·e inconnu·e « {id} »."),
        "categories": _("catégorie inconnue « {id} »."),
        "contributions": _("contribution inconnue « {id} »."),
        "goals": _("objectif inconnu « {id} »."),
        "factors": _("levier ou frein inconnu « {id} »."),
        "stakeholders": _("acteur inconnu « {id} »."),
        "actions": _("action inconnue « {id} »."),
    }
    return messages[target].format(id=value)


def _check_network_lists(data: dict[str, Any]) -> None:
    """A goal or factor lists each network once (the database keys them by the pair)."""
    for name in ("goals", "factors"):
        for index, item in enumerate(data[name]):
            seen: set[str] = set()
            for position, entry in enumerate(item.get("networks", [])):
                if entry["network"] in seen:
                    message = _("le réseau « {id} » figure deux fois dans cette liste.")
                    parts = (name, index, "networks", position, "network")
                    raise ArchiveError(message.format(id=entry["network"]), format_path(parts))
                seen.add(entry["network"])


def _check_assessments(assessments: list[dict[str, Any]]) -> None:
    seen: dict[tuple[str, str], int] = {}
    for index, item in enumerate(assessments):
        pair = (item["network"], item["criterion"])
        if pair in seen:
            message = _(
                "le réseau « {network} » a déjà une auto-évaluation du critère « {criterion} » "
                "({other})."
            ).format(network=pair[0], criterion=pair[1], other=f"assessments[{seen[pair]}]")
            raise ArchiveError(message, format_path(("assessments", index, "criterion")))
        seen[pair] = index
