"""Archive v1 import: round trip, field mapping, and every refusal naming where it is."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influence_app.exchange.archive_export import content_to_archive, dumps_archive
from influence_app.exchange.archive_import import parse_archive
from influence_app.exchange.errors import ArchiveError
from influence_app.exchange.integrity import ID_COLLECTIONS
from tests.exchange.test_archive_sample import sample_archive

Archive = dict[str, Any]


def _text(archive: Archive) -> str:
    return dumps_archive(archive)


def _reject(text: str) -> ArchiveError:
    with pytest.raises(ArchiveError) as caught:
        parse_archive(text)
    return caught.value


def _parts(path: str) -> list[str | int]:
    """ "goals[0].networks[1].network" -> ["goals", 0, "networks", 1, "network"]."""
    found = re.findall(r"([^.\[\]]+)|\[(\d+)\]", path)
    return [int(index) if index else name for name, index in found]


def _resolve(archive: Any, path: str) -> Any:
    node = archive
    for part in _parts(path):
        node = node[part]
    return node


# ---------------------------------------------------------------- round trip and mapping


def test_export_import_export_gives_identical_bytes() -> None:
    first = _text(sample_archive())
    second = dumps_archive(content_to_archive(parse_archive(first)))
    assert second == first


def test_archive_fields_land_on_model_fields() -> None:
    content = parse_archive(_text(sample_archive()))
    assert content.seminar.start_date == dt.date(2026, 3, 10)
    assert [session.day_id for session in content.sessions] == ["day-1", "day-1", "day-2"]
    assert [session.sort_key for session in content.sessions] == [0, 1, 2]
    merged = next(item for item in content.contributions if item.id == "con-1")
    assert merged.merged_into_id == "con-2" and merged.author_id == "par-1"
    action = next(item for item in content.actions if item.id == "act-1")
    assert action.due_date == dt.date(2026, 6, 30) and action.lead_network_id == "net-a"
    assert {(v.round_id, v.item_id, v.points) for v in content.votes} == {
        ("vot-1", "goa-1", 2),
        ("vot-1", "goa-2", 1),
        ("vot-2", "fac-1", 7),
    }
    assert {(a.participant_id, a.day_id) for a in content.attendance} == {
        ("par-1", "day-1"),
        ("par-1", "day-2"),
        ("par-2", "day-1"),
    }


def test_defaults_of_the_schema_apply_to_omitted_fields() -> None:
    archive = sample_archive()
    del archive["seminar"]["language"], archive["seminar"]["anonymous_authors"]
    del archive["sessions"][0]["status"], archive["vote_rounds"][0]["weighting"]
    content = parse_archive(_text(archive))
    assert content.seminar.language == "fr" and content.seminar.anonymous_authors is True
    assert content.sessions[0].status == "prevue"
    assert content.vote_rounds[0].weighting == "aucune"


def test_byte_order_mark_and_integral_floats_are_accepted() -> None:
    text = _text(sample_archive()).replace('"member_count": 1200', '"member_count": 1200.0')
    content = parse_archive("\ufeff" + text)
    assert content.networks[0].member_count == 1200
    assert isinstance(content.networks[0].member_count, int)


def test_category_kind_may_differ_from_factor_kind() -> None:
    archive = sample_archive()
    archive["factors"][0]["category"] = "cat-f"  # a lever filed under an obstacle category
    assert parse_archive(_text(archive)).factors[0].category_id == "cat-f"


# ---------------------------------------------------------------- refusals


def _parent(archive: Archive, path: str) -> tuple[Any, str | int]:
    *parents, last = _parts(path)
    node: Any = archive
    for part in parents:
        node = node[part]
    return node, last


def _set(path: str, value: Any) -> Callable[[Archive], None]:
    def mutate(archive: Archive) -> None:
        node, last = _parent(archive, path)
        node[last] = value

    return mutate


def _delete(path: str) -> Callable[[Archive], None]:
    def mutate(archive: Archive) -> None:
        node, last = _parent(archive, path)
        del node[last]

    return mutate


def _append(path: str, value: Any) -> Callable[[Archive], None]:
    return lambda archive: _resolve(archive, path).append(value)


REFUSALS = [
    ("unknown day", _set("sessions[2].day", "day-9"), "sessions[2].day", "jour inconnu"),
    ("merged into nothing", _set("contributions[0].merged_into", "con-9"),
     "contributions[0].merged_into", "contribution inconnue"),
    ("author unknown", _set("contributions[0].author", "par-9"), "contributions[0].author",
     "participant"),
    ("attendance", _set("participants[0].attendance", ["day-1", "day-7"]),
     "participants[0].attendance[1]", "jour inconnu"),
    ("goal network", _set("goals[0].networks[1].network", "net-z"),
     "goals[0].networks[1].network", "réseau inconnu"),
    ("goal source", _set("goals[0].from_contributions", ["con-8"]),
     "goals[0].from_contributions[0]", "contribution inconnue"),
    ("factor goal", _set("factors[0].goal", "goa-9"), "factors[0].goal", "objectif inconnu"),
    ("factor category", _set("factors[1].category", "cat-9"), "factors[1].category",
     "catégorie inconnue"),
    ("stakeholder reach", _set("stakeholders[0].reached_by", ["net-q"]),
     "stakeholders[0].reached_by[0]", "réseau inconnu"),
    ("round session", _set("vote_rounds[1].session", "ses-9"), "vote_rounds[1].session",
     "séance inconnue"),
    ("vote item of another collection", _set("vote_rounds[0].votes[0].item", "fac-1"),
     "vote_rounds[0].votes[0].item", "objectif inconnu"),
    ("vote participant", _set("vote_rounds[0].votes[1].participant", "par-9"),
     "vote_rounds[0].votes[1].participant", "participant"),
    ("assessment network", _set("assessments[1].network", "net-z"), "assessments[1].network",
     "réseau inconnu"),
    ("action owner", _set("actions[0].owner", "net-a"), "actions[0].owner", "participant"),
    ("action stakeholder", _set("actions[0].stakeholder", "sta-9"), "actions[0].stakeholder",
     "acteur inconnu"),
    ("action factor", _set("actions[0].factor", "fac-9"), "actions[0].factor", "levier ou frein"),
    ("duplicate id", _set("days[1].id", "day-1"), "days[1].id", "days[0]"),
    ("network twice for a goal", _set("goals[0].networks[1].network", "net-a"),
     "goals[0].networks[1].network", "deux fois"),
    ("assessment twice", _append("assessments", {"network": "net-a",
     "criterion": "clarte_objectifs", "score": 1}), "assessments[2].criterion", "déjà"),
    ("wrong type", _set("networks[0].member_count", "1200"), "networks[0].member_count",
     "nombre entier"),
    ("out of range", _set("stakeholders[0].stance", 3), "stakeholders[0].stance", "au plus 2"),
    ("unknown enum", _set("sessions[0].method", "brainstorm"), "sessions[0].method",
     "non reconnue"),
    ("missing field", _delete("sessions[1].title"), "sessions[1].title", "obligatoire"),
    ("unknown field", _set("seminar.colour", "bleu"), "seminar.colour", "inconnu"),
    ("empty label", _set("goals[1].title", ""), "goals[1].title", "vide"),
    ("bad date", _set("days[0].date", "2026-02-30"), "days[0].date", "AAAA-MM-JJ"),
    ("instant without offset", _set("contributions[0].created_at", "2026-03-10T10:05:00"),
     "contributions[0].created_at", "fuseau"),
    ("bad time", _set("sessions[0].start_time", "9:30"), "sessions[0].start_time", "HH:MM"),
    ("wrong format", _set("format", "influence-other"), "format", "pas une archive"),
    ("newer version", _set("version", 2), "version", "version 1"),
    ("boolean version", _set("version", True), "version", "version 1"),
    ("missing collection", _delete("actions"), "actions", "obligatoire"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "path", "words"), [case[1:] for case in REFUSALS], ids=[c[0] for c in REFUSALS]
)
def test_refusal_names_the_path(mutate: Callable[[Archive], None], path: str, words: str) -> None:
    archive = sample_archive()
    mutate(archive)
    error = _reject(json.dumps(archive, ensure_ascii=False))
    assert error.path == path
    assert words in str(error) and path in str(error)


@pytest.mark.parametrize(
    ("literal", "path"),
    [
        ("NaN", "networks[0].member_count"),
        ("Infinity", "networks[0].member_count"),
        ("-Infinity", "networks[0].member_count"),
        ("1e999", "networks[0].member_count"),
    ],
)
def test_non_finite_numbers_are_refused(literal: str, path: str) -> None:
    text = _text(sample_archive()).replace('"member_count": 1200', f'"member_count": {literal}')
    error = _reject(text)
    assert error.path == path and literal in str(error)


def test_duplicate_key_is_refused_even_when_both_values_are_valid() -> None:
    text = _text(sample_archive()).replace(
        '"title": "Accueil et cadre",', '"title": "Accueil et cadre",\n"title": "Autre",'
    )
    error = _reject(text)
    assert error.path == "sessions[0].title" and "deux fois" in str(error)


def test_truncated_file_names_line_and_column() -> None:
    text = _text(sample_archive())
    error = _reject(text[: len(text) // 2])
    assert error.path == "" and error.line is not None and error.column is not None
    assert f"ligne {error.line}" in str(error) and "tronqué" in str(error)


def test_syntax_error_in_the_middle_names_its_line() -> None:
    text = _text(sample_archive()).replace('"index": 2,', '"index": 2,,', 1)
    error = _reject(text)
    assert error.line == text[: text.index(",,")].count("\n") + 1


@pytest.mark.parametrize("text", ["", "[]", '"influence-seminar"', "null", "[" * 100_000])
def test_things_that_are_not_an_archive_are_refused(text: str) -> None:
    assert str(_reject(text))


# ---------------------------------------------------------------- properties


def _entities(archive: Archive) -> list[tuple[str, str]]:
    return [(name, item["id"]) for name in ID_COLLECTIONS for item in archive[name]]


def _reference_values(node: Any, key: str = "") -> list[str]:
    """Every string held by a field other than `id` (ids are unique across the sample)."""
    if isinstance(node, dict):
        return [v for k, child in node.items() if k != "id" for v in _reference_values(child, k)]
    if isinstance(node, list):
        return [value for child in node for value in _reference_values(child, key)]
    return [node] if isinstance(node, str) else []


SAMPLE = sample_archive()
REFERENCED = [entity for entity in _entities(SAMPLE) if entity[1] in set(_reference_values(SAMPLE))]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(REFERENCED), min_size=1, unique=True))
def test_deleting_referenced_entities_is_refused_at_a_path_naming_one(
    victims: list[tuple[str, str]],
) -> None:
    archive = copy.deepcopy(SAMPLE)
    gone = {identifier for _, identifier in victims}
    for name, identifier in victims:
        archive[name] = [item for item in archive[name] if item["id"] != identifier]
    dangling = gone & set(_reference_values(archive))
    text = json.dumps(archive, ensure_ascii=False)
    if not dangling:  # everything that pointed at them went with them
        parse_archive(text)
        return
    error = _reject(text)
    assert _resolve(archive, error.path) in gone


def _leaves(node: Any, path: str = "") -> list[str]:
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _leaves(v, f"{path}.{k}" if path else k)]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _leaves(v, f"{path}[{i}]")] or [path]
    return [path]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=5,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_leaves(SAMPLE)), JSON_VALUES)
def test_any_value_anywhere_is_imported_or_refused_never_a_crash(path: str, value: Any) -> None:
    archive = copy.deepcopy(SAMPLE)
    _set(path, value)(archive)
    try:
        parse_archive(json.dumps(archive, ensure_ascii=False))
    except ArchiveError as error:
        assert str(error)
