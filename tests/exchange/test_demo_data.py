"""The bundled demo seminar: a valid, coherent archive v1 that the app opens as a document."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict

import pytest
from jsonschema import Draft202012Validator

from influence_app import paths
from influence_app.domain.enums import ContributionKind
from influence_app.services.archive import import_archive_as_new, load_content

DEMO = ("demo", "demo-seminar.json")
ID_COLLECTIONS = (
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
# (collection, field) -> collection its ids must exist in; lists and nested keys included.
REFERENCES = {
    ("sessions", "day"): "days",
    ("participants", "network"): "networks",
    ("participants", "attendance"): "days",
    ("contributions", "session"): "sessions",
    ("contributions", "author"): "participants",
    ("contributions", "network"): "networks",
    ("contributions", "merged_into"): "contributions",
    ("goals", "networks.network"): "networks",
    ("goals", "from_contributions"): "contributions",
    ("factors", "goal"): "goals",
    ("factors", "category"): "categories",
    ("factors", "networks.network"): "networks",
    ("factors", "from_contributions"): "contributions",
    ("stakeholders", "goals"): "goals",
    ("stakeholders", "reached_by"): "networks",
    ("vote_rounds", "session"): "sessions",
    ("vote_rounds", "votes.participant"): "participants",
    ("vote_rounds", "votes.network"): "networks",
    ("assessments", "network"): "networks",
    ("actions", "goal"): "goals",
    ("actions", "factor"): "factors",
    ("actions", "stakeholder"): "stakeholders",
    ("actions", "owner"): "participants",
    ("actions", "lead_network"): "networks",
    ("actions", "networks"): "networks",
}
VOTE_TARGETS = {"goal": "goals", "factor": "factors", "action": "actions"}


@pytest.fixture(scope="module")
def demo() -> dict:
    return json.loads(paths.resource(*DEMO).read_text("utf-8"))


def by_id(demo: dict, collection: str) -> dict[str, dict]:
    return {item["id"]: item for item in demo[collection]}


def values(item: dict, field: str) -> list[str]:
    """The ids held by `field` of `item`: a scalar, a list, or `list.key` inside nested objects."""
    if "." in field:
        outer, key = field.split(".")
        return [entry[key] for entry in item.get(outer, []) if key in entry]
    value = item.get(field)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def typed_rounds(demo: dict) -> list[dict]:
    return [r for r in demo["vote_rounds"] if all(v.get("source") == "saisie" for v in r["votes"])]


def test_demo_validates_against_the_archive_schema(demo):
    schema = json.loads(paths.resource("spec", "archive-v1.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(demo)]
    assert errors == []


def test_instants_are_iso_with_the_paris_winter_offset(demo):
    # The schema's date-time format is only checked when rfc3339-validator is installed.
    for contribution in demo["contributions"]:
        instant = dt.datetime.fromisoformat(contribution["created_at"])
        assert instant.utcoffset() == dt.timedelta(hours=1), contribution["id"]


def test_ids_are_unique_in_each_collection(demo):
    for collection in ID_COLLECTIONS:
        ids = Counter(item["id"] for item in demo[collection])
        assert [i for i, n in ids.items() if n > 1] == [], collection


def test_every_reference_points_to_an_existing_id_of_the_right_collection(demo):
    known = {name: set(by_id(demo, name)) for name in ID_COLLECTIONS}
    dangling = [
        (collection, field, ref)
        for (collection, field), target in REFERENCES.items()
        for item in demo[collection]
        for ref in values(item, field)
        if ref not in known[target]
    ]
    for vote_round in demo["vote_rounds"]:
        target = known[VOTE_TARGETS[vote_round["target"]]]
        items = [v["item"] for v in vote_round["votes"]]
        dangling += [(vote_round["id"], "item", i) for i in items if i not in target]
    assert dangling == []


def test_the_demo_is_a_full_eleven_network_seminar(demo):
    assert len(demo["networks"]) == 11
    assert {n["kind"] for n in demo["networks"]} == {"sectoriel", "territorial", "collectif"}
    assert len(demo["participants"]) == 20
    assert len(demo["contributions"]) >= 150
    assert len(demo["goals"]) >= 6
    assert len(demo["factors"]) >= 40
    assert len(demo["stakeholders"]) >= 12
    assert len(demo["assessments"]) >= 11
    assert len(demo["actions"]) >= 15


def test_at_least_four_participants_refuse_to_be_named(demo):
    refusing = [p for p in demo["participants"] if not p["named_in_report"]]
    assert len(refusing) >= 4


def test_only_facilitators_and_observers_have_no_network(demo):
    without = {p["role"] for p in demo["participants"] if "network" not in p}
    assert without == {"facilitateur", "observateur"}


def test_every_network_assesses_itself(demo):
    assessed = {a["network"] for a in demo["assessments"]}
    assert assessed == set(by_id(demo, "networks"))


def test_three_closed_rounds_one_on_paper_one_weighted_by_network(demo):
    rounds = demo["vote_rounds"]
    assert len(rounds) == 3 and all(r["closed"] for r in rounds)
    paper = [r for r in rounds if all(v["source"] == "papier" for v in r["votes"])]
    assert len(paper) == 1
    assert all("participant" not in v for v in paper[0]["votes"])
    assert [r["weighting"] for r in rounds].count("par_reseau") == 1
    assert {r["target"] for r in rounds} == {"goal", "factor", "action"}


def test_typed_votes_respect_points_and_per_item_caps(demo):
    for vote_round in typed_rounds(demo):
        spent, per_item = Counter(), Counter()
        for vote in vote_round["votes"]:
            spent[vote["participant"]] += vote["points"]
            per_item[vote["participant"], vote["item"]] += vote["points"]
        assert max(spent.values()) <= vote_round["points_per_participant"], vote_round["id"]
        assert max(per_item.values()) <= vote_round["max_points_per_item"], vote_round["id"]


def test_typed_votes_come_from_participants_present_with_their_network(demo):
    participants, sessions = by_id(demo, "participants"), by_id(demo, "sessions")
    for vote_round in typed_rounds(demo):
        day = sessions[vote_round["session"]]["day"]
        for vote in vote_round["votes"]:
            voter = participants[vote["participant"]]
            assert vote["network"] == voter["network"]
            assert day in voter["attendance"], (vote_round["id"], voter["id"])


def test_some_round_ends_with_a_tie(demo):
    def has_tie(vote_round: dict) -> bool:
        totals = Counter()
        for vote in vote_round["votes"]:
            totals[vote["item"]] += vote["points"]
        return len(set(totals.values())) < len(totals)

    assert any(has_tie(r) for r in demo["vote_rounds"])


def test_merged_duplicates_point_to_a_survivor_of_the_same_session(demo):
    contributions = by_id(demo, "contributions")
    merged = [c for c in demo["contributions"] if "merged_into" in c]
    assert len(merged) >= 2
    for duplicate in merged:
        survivor = contributions[duplicate["merged_into"]]
        assert survivor["session"] == duplicate["session"]
        assert "merged_into" not in survivor


def test_contributions_are_timed_within_their_session(demo):
    sessions, days = by_id(demo, "sessions"), by_id(demo, "days")
    for contribution in demo["contributions"]:
        session = sessions[contribution["session"]]
        instant = dt.datetime.fromisoformat(contribution["created_at"])
        start = dt.datetime.fromisoformat(
            f"{days[session['day']]['date']}T{session['start_time']}:00+01:00"
        )
        end = start + dt.timedelta(minutes=session["duration_min"])
        assert start <= instant < end, contribution["id"]


def test_authors_attended_that_day_and_speak_for_their_network(demo):
    participants, sessions = by_id(demo, "participants"), by_id(demo, "sessions")
    for contribution in demo["contributions"]:
        author = participants[contribution["author"]]
        assert sessions[contribution["session"]]["day"] in author["attendance"]
        assert contribution["network"] == author.get("network"), contribution["id"]


def test_capture_methods_carry_their_structure(demo):
    sessions = by_id(demo, "sessions")
    per_method = defaultdict(list)
    for contribution in demo["contributions"]:
        per_method[sessions[contribution["session"]]["method"]].append(contribution)
    cafe = per_method["world_cafe"]
    assert {(c["table_no"], c["round"]) for c in cafe} == {
        (t, r) for t in range(1, 5) for r in range(1, 4)
    }
    assert all(c.get("cluster") for c in per_method["regroupement"])
    kinds = {c["kind"] for c in demo["contributions"]}
    assert kinds == {k.value for k in ContributionKind}


def test_goal_statuses_and_retained_goals_have_both_forces(demo):
    statuses = Counter(g["status"] for g in demo["goals"])
    assert statuses["retenu"] >= 4 and statuses["ecarte"] == 1 and statuses["candidat"] >= 1
    for goal in (g for g in demo["goals"] if g["status"] == "retenu"):
        kinds = Counter(f["kind"] for f in demo["factors"] if f.get("goal") == goal["id"])
        assert kinds["levier"] >= 3 and kinds["frein"] >= 3, goal["id"]


def test_levers_and_obstacles_are_balanced_and_levers_carry_mastery(demo):
    kinds = Counter(f["kind"] for f in demo["factors"])
    assert abs(kinds["levier"] - kinds["frein"]) <= 4
    levers = [f for f in demo["factors"] if f["kind"] == "levier"]
    assert all(len(f.get("networks", [])) >= 2 for f in levers)


def test_some_actions_are_left_incomplete_for_the_smart_warning(demo):
    assert any("indicator" not in a for a in demo["actions"])
    assert any("due_date" not in a for a in demo["actions"])
    dated = [a["due_date"] for a in demo["actions"] if "due_date" in a]
    assert all(d.startswith("2026-") for d in dated)


def test_sessions_are_those_of_the_default_agenda(demo):
    agenda = json.loads(paths.resource("templates", "default-agenda.json").read_text("utf-8"))
    expected = [
        (day["index"], s["title"], s["start_time"], s["duration_min"], s["method"])
        for day in agenda["days"]
        for s in day["sessions"]
    ]
    days = by_id(demo, "days")
    actual = [
        (days[s["day"]]["index"], s["title"], s["start_time"], s["duration_min"], s["method"])
        for s in demo["sessions"]
    ]
    assert actual == expected


def test_categories_are_the_taxonomy(demo):
    taxonomy = json.loads(paths.resource("templates", "taxonomy.json").read_text("utf-8"))
    expected = {(c["code"], c["kind"], c["label"], c["scope"]) for c in taxonomy["categories"]}
    actual = {(c["code"], c["kind"], c["label"], c.get("scope")) for c in demo["categories"]}
    assert actual == expected


def test_texts_are_distinct_and_typeset_in_french(demo):
    texts = [c["text"] for c in demo["contributions"]]
    assert len(set(texts)) == len(texts)
    assert not any("'" in t or "lorem" in t.lower() for t in texts)
    assert not any(" ?" in t or "« " in t for t in texts), "narrow no-break spaces expected"


def test_the_app_opens_the_demo_as_a_new_document(tmp_path, demo):
    document = import_archive_as_new(paths.resource(*DEMO), tmp_path / "demo.influence")
    try:
        content = load_content(document)
    finally:
        document.close()
    assert len(content.contributions) == len(demo["contributions"])
    assert len(content.participants) == 20
