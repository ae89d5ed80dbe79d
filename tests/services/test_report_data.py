"""What the synthesis says, before any layout: editions, names, ranking, grouping, annexes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from sqlmodel import select

from influence_app.domain.models import (
    Action,
    Contribution,
    Goal,
    Network,
    Participant,
    Seminar,
    Vote,
)
from influence_app.report.data import ReportData
from influence_app.services.report_data import build_report_data
from influence_app.storage.document import Document
from tests.report.seminars import TEXT_FIELDS, replace_rows, small_seminar


@pytest.fixture
def small(document: Document) -> Document:
    """One network, one named participant (p1), one goal, one of each factor, one action."""
    texts = {field: field.replace(".", " ") for field in TEXT_FIELDS}
    replace_rows(document, small_seminar(texts.__getitem__))
    with document.transaction() as session:
        _add(
            session,
            Participant(
                id="p2",
                name="Jeanne Discrète",
                network_id="n1",
                role="benevole",
                named_in_report=False,
            ),
            Contribution(
                id="k3",
                session_id="s1",
                text="idée de Jeanne",
                author_id="p2",
                network_id="n1",
                sort_key=3,
            ),
        )
        action = session.get(Action, "a1")
        action.owner_id = "p2"
        session.add(action)
    return document


def _add(session: object, *rows: object) -> None:
    """Rows in order: without relationships the ORM would not order inserts by foreign key."""
    for row in rows:
        session.add(row)  # type: ignore[attr-defined]
        session.flush()  # type: ignore[attr-defined]


def _strings(value: object) -> Iterator[str]:
    """Every string anywhere in a ReportData."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


def _mentions(data: ReportData, name: str) -> bool:
    return any(name in text for text in _strings(data))


def test_participants_edition_never_holds_a_hidden_name(small: Document) -> None:
    assert _mentions(build_report_data(small, "complete"), "Jeanne Discrète")
    assert not _mentions(build_report_data(small, "participants"), "Jeanne Discrète")


def test_a_hidden_owner_becomes_their_network(small: Document) -> None:
    complete = build_report_data(small, "complete").actions.groups[0].rows[0]
    shared = build_report_data(small, "participants").actions.groups[0].rows[0]
    assert complete.owner == "Jeanne Discrète"
    assert shared.owner == "network acronym"


def test_the_hidden_are_counted_with_their_network(small: Document) -> None:
    row = build_report_data(small, "participants").networks.rows[0]
    assert row.members == (
        "participant name, participant job_title (salarié·e)",
        "1 autre personne, non nommée",
    )


def test_authors_show_unless_the_seminar_is_anonymous(small: Document) -> None:
    def metas(data: ReportData) -> list[str]:
        items = data.contributions.days[0].sessions[0].items
        return [item.meta for item in items]

    assert metas(build_report_data(small, "complete"))[-1].startswith("Jeanne Discrète")
    assert "Jeanne" not in metas(build_report_data(small, "participants"))[-1]
    with small.transaction() as session:
        seminar = session.exec(select(Seminar)).one()
        seminar.anonymous_authors = True
        session.add(seminar)
    anonymous = metas(build_report_data(small, "complete"))
    assert not any("participant name" in meta or "Jeanne" in meta for meta in anonymous)
    assert all(meta.startswith("network acronym") for meta in anonymous)


def test_merged_duplicates_sit_under_what_absorbed_them(small: Document) -> None:
    items = build_report_data(small).contributions.days[0].sessions[0].items
    assert [item.text for item in items] == ["contribution text", "idée de Jeanne"]
    assert [merged.text for merged in items[0].merged] == ["merged text"]


def test_a_new_seminar_gives_empty_chapters(document: Document) -> None:
    data = build_report_data(document)  # the default template: nothing captured yet
    assert data.goal_chapters == ()
    assert data.goals.rounds == ()
    assert [f.value for f in data.key_figures][:2] == ["3", "0"]
    assert len(data.method.days) == 3


def test_weighted_ties_are_flagged_and_stated(small: Document) -> None:
    """Network n1 sends two voters (6 points on g1), n2 one (3 on g2): weighted, they tie."""
    with small.transaction() as session:
        _add(
            session,
            Network(id="n2", name="Autre réseau", kind="collectif", functions=[]),
            Participant(id="p3", name="Paul", network_id="n2", role="salarie"),
            Goal(id="g2", title="Deuxième objectif", status="retenu", sort_key=2),
            Vote(round_id="v1", item_id="g1", points=3, participant_id="p2", network_id="n1"),
            Vote(round_id="v1", item_id="g2", points=3, participant_id="p3", network_id="n2"),
        )
    data = build_report_data(small)
    rows = data.goals.rounds[0].rows
    assert [(r.key, r.raw, r.weighted, r.tied) for r in rows] == [
        ("O1", "6", "4,5", True),
        ("O2", "3", "4,5", True),
    ]
    assert [chapter.key for chapter in data.goal_chapters] == ["O1", "O2"]
    assert data.method.rounds[0].ties == (
        "Égalité à 4,5 points entre «\u202fgoal title\u202f» et «\u202fDeuxième objectif\u202f».",
    )


def test_draft_stamp_names_the_export_time(small: Document) -> None:
    moment = dt.datetime(2026, 3, 1, 9, 5)
    assert build_report_data(small, draft=True, now=moment).draft_stamp == (
        "PROJET — exporté le 1er mars 2026 à 9\u00a0h\u00a005"
    )
    assert build_report_data(small).draft_stamp == ""


def test_actions_are_grouped_by_goal_and_sorted_by_due_date(small: Document) -> None:
    with small.transaction() as session:
        for number, due in ((2, dt.date(2026, 5, 1)), (3, None), (4, dt.date(2026, 4, 1))):
            session.add(
                Action(
                    id=f"a{number}",
                    title=f"action {number}",
                    goal_id="g1",
                    due_date=due,
                    sort_key=number,
                )
            )
        session.add(Action(id="a5", title="sans objectif", sort_key=5))
    groups = build_report_data(small).actions.groups
    assert [row.title for row in groups[0].rows] == [
        "action 4",
        "action 2",
        "action title",
        "action 3",
    ]
    assert [row.due for row in groups[0].rows][0] == "1er avril 2026"
    assert groups[1].goal == "Actions sans objectif"
    assert [row.title for row in groups[1].rows] == ["sans objectif"]


def test_levers_and_obstacles_are_grouped_by_kind_then_category(small: Document) -> None:
    chapter = build_report_data(small).goal_chapters[0]
    assert [(g.kind, g.category) for g in chapter.factor_groups] == [
        ("Leviers", "category label"),
        ("Freins", "Sans catégorie"),
    ]
    assert chapter.factor_groups[0].rows[0].strength == "4\u202f/\u202f5"
    assert [bar.label for bar in chapter.levers] == ["lever title"]


def test_the_method_annex_prints_the_weighting_rule(small: Document) -> None:
    rule = build_report_data(small).method.rounds[0]
    assert "Pondération par réseau" in rule.rule_text
    assert "coefficient(réseau)" in rule.formula
    assert rule.coefficients == (("network acronym", "3", "1"),)


def test_report_data_is_plain_and_frozen(small: Document) -> None:
    data = build_report_data(small)
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.title = "autre"  # type: ignore[misc]
    assert all(isinstance(text, str) for text in _strings(data))
