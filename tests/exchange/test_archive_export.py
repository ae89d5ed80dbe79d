"""Archive v1 export: schema-valid, canonical order, stable bytes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from influence_app import paths
from influence_app.domain import models as m
from influence_app.exchange import schema
from influence_app.exchange.archive_export import content_to_archive, dumps_archive
from influence_app.exchange.content import SeminarContent
from tests.exchange.test_archive_sample import sample_archive, sample_content

SHARED_SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "archive-v1.schema.json"


def _contract() -> dict[str, Any]:
    return json.loads(paths.resource("spec", "archive-v1.schema.json").read_text("utf-8"))


def test_shipped_schema_is_the_public_contract() -> None:
    if not SHARED_SPEC.exists():
        pytest.skip("../shared/spec is not beside this checkout")
    shipped = paths.resource("spec", "archive-v1.schema.json").read_bytes()
    assert shipped == SHARED_SPEC.read_bytes()


def test_export_validates_against_the_schema() -> None:
    stamp = dt.datetime(2026, 3, 12, 17, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    archive = content_to_archive(sample_content(), exported_at=stamp)
    validator = Draft202012Validator(_contract(), format_checker=FormatChecker())
    assert list(validator.iter_errors(archive)) == []
    assert archive["exported_at"] == "2026-03-12T17:05:00+01:00"


def test_minimal_seminar_exports_every_required_collection_even_empty() -> None:
    seminar = m.Seminar(title="Vide", start_date=dt.date(2026, 1, 1), end_date=dt.date(2026, 1, 1))
    archive = content_to_archive(SeminarContent(seminar=seminar), exported_at=None, generator=None)
    Draft202012Validator(_contract(), format_checker=FormatChecker()).validate(archive)
    assert archive["days"] == [] and archive["vote_rounds"] == []
    assert "exported_at" not in archive and "generator" not in archive


def test_none_fields_and_empty_lists_are_left_out() -> None:
    archive = sample_archive()
    bare_network = next(item for item in archive["networks"] if item["id"] == "net-b")
    assert bare_network == {"id": "net-b", "name": "Fédération B", "kind": "territorial"}
    facilitator = next(item for item in archive["participants"] if item["id"] == "par-3")
    assert "network" not in facilitator and "attendance" not in facilitator
    empty_round = next(item for item in archive["vote_rounds"] if item["id"] == "vot-3")
    assert empty_round["votes"] == []  # required by the schema, so kept even when empty


def test_collections_follow_sort_keys_and_sessions_follow_day_then_position() -> None:
    archive = sample_archive()
    assert [day["id"] for day in archive["days"]] == ["day-1", "day-2"]
    assert [session["id"] for session in archive["sessions"]] == ["ses-1", "ses-2", "ses-3"]
    assert [network["id"] for network in archive["networks"]] == ["net-a", "net-b"]
    first_round = archive["vote_rounds"][0]
    assert [vote["item"] for vote in first_round["votes"]] == ["goa-1", "goa-2"]  # by vote id


def test_nested_lists_follow_the_order_of_the_collection_they_point_into() -> None:
    archive = sample_archive()
    participant = archive["participants"][0]
    goal, factor = archive["goals"][0], archive["factors"][0]
    stakeholder, action = archive["stakeholders"][0], archive["actions"][0]
    assert participant["attendance"] == ["day-1", "day-2"]
    assert [share["network"] for share in goal["networks"]] == ["net-a", "net-b"]
    assert goal["from_contributions"] == ["con-1", "con-2"]
    assert [share["network"] for share in factor["networks"]] == ["net-a", "net-b"]
    assert stakeholder["goals"] == ["goa-1", "goa-2"]
    assert stakeholder["reached_by"] == ["net-a", "net-b"]
    assert action["networks"] == ["net-a", "net-b"]


def test_dumped_keys_follow_the_schema_property_order() -> None:
    archive = sample_archive()
    scrambled = {key: archive[key] for key in reversed(list(archive))}
    scrambled["seminar"] = dict(reversed(list(archive["seminar"].items())))
    text = dumps_archive(scrambled)
    assert text == dumps_archive(archive)
    loaded = json.loads(text)
    contract = _contract()
    assert list(loaded) == [key for key in contract["properties"] if key in loaded]
    seminar_order = list(contract["properties"]["seminar"]["properties"])
    assert list(loaded["seminar"]) == [key for key in seminar_order if key in loaded["seminar"]]
    vote_order = list(
        contract["properties"]["vote_rounds"]["items"]["properties"]["votes"]["items"]["properties"]
    )
    first_vote = loaded["vote_rounds"][0]["votes"][0]
    assert list(first_vote) == [key for key in vote_order if key in first_vote]


def test_dump_is_readable_utf8_with_two_space_indent() -> None:
    text = dumps_archive(sample_archive())
    assert "« Les réseaux en tête »" in text and "🎯" in text  # not \u escapes
    assert text.startswith('{\n  "format": "influence-seminar",\n  "version": 1,')
    assert text.endswith("}\n")


def test_same_content_gives_same_bytes() -> None:
    assert dumps_archive(sample_archive()) == dumps_archive(sample_archive())


def test_naive_export_time_gets_the_local_offset() -> None:
    archive = content_to_archive(sample_content(), exported_at=dt.datetime(2026, 3, 12, 17, 5))
    assert dt.datetime.fromisoformat(archive["exported_at"]).utcoffset() is not None
    schema.validate(archive)
