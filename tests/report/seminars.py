"""Seminars for the report tests: the demo one, and a small one whose every text is chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlmodel import SQLModel

from influence_app import paths
from influence_app.domain.models import (
    Action,
    ActionNetwork,
    AgendaSession,
    Assessment,
    Category,
    Contribution,
    Day,
    Factor,
    FactorNetwork,
    Goal,
    GoalNetwork,
    Network,
    Participant,
    Seminar,
    Stakeholder,
    StakeholderAccess,
    StakeholderGoal,
    Vote,
    VoteRound,
)
from influence_app.services.archive import import_archive_as_new
from influence_app.storage.document import Document

Text = Callable[[str], str]

# The fields a user types and the report prints, as "table.column".
TEXT_FIELDS = (
    "seminar.title",
    "seminar.programme",
    "seminar.organiser",
    "seminar.location",
    "seminar.context",
    "day.theme",
    "session.title",
    "network.name",
    "network.acronym",
    "network.sector",
    "participant.name",
    "participant.job_title",
    "category.label",
    "contribution.text",
    "contribution.cluster",
    "merged.text",
    "goal.title",
    "goal.description",
    "lever.title",
    "lever.description",
    "obstacle.title",
    "obstacle.description",
    "stakeholder.name",
    "stakeholder.notes",
    "round.label",
    "assessment.comment",
    "action.title",
    "action.description",
    "action.indicator",
)


def demo_document(path: Path) -> Document:
    return import_archive_as_new(paths.resource("demo", "demo-seminar.json"), path)


def small_seminar(text: Text) -> list[SQLModel]:
    """One of everything the report shows, each text field filled by `text(field)`."""
    day = dt.date(2026, 3, 10)
    return [
        Seminar(
            title=text("seminar.title"),
            programme=text("seminar.programme"),
            organiser=text("seminar.organiser"),
            location=text("seminar.location"),
            context=text("seminar.context"),
            start_date=day,
            end_date=day,
            anonymous_authors=False,
        ),
        Day(id="d1", index=1, date=day, theme=text("day.theme")),
        AgendaSession(
            id="s1",
            day_id="d1",
            position=1,
            start_time="09:30",
            duration_min=45,
            title=text("session.title"),
            method="world_cafe",
            status="terminee",
        ),
        Network(
            id="n1",
            name=text("network.name"),
            acronym=text("network.acronym"),
            kind="sectoriel",
            sector=text("network.sector"),
            functions=["plaidoyer"],
        ),
        Participant(
            id="p1",
            name=text("participant.name"),
            network_id="n1",
            role="salarie",
            job_title=text("participant.job_title"),
            named_in_report=True,
        ),
        Category(id="c1", kind="levier", label=text("category.label")),
        Contribution(
            id="k1",
            session_id="s1",
            text=text("contribution.text"),
            author_id="p1",
            network_id="n1",
            cluster=text("contribution.cluster"),
            sort_key=1,
        ),
        Contribution(
            id="k2",
            session_id="s1",
            text=text("merged.text"),
            network_id="n1",
            sort_key=2,
            merged_into_id="k1",
        ),
        Goal(
            id="g1", title=text("goal.title"), description=text("goal.description"), status="retenu"
        ),
        GoalNetwork(goal_id="g1", network_id="n1", involvement="porte"),
        Factor(
            id="f1",
            kind="levier",
            goal_id="g1",
            title=text("lever.title"),
            description=text("lever.description"),
            category_id="c1",
            strength=4,
            controllability=3,
        ),
        Factor(
            id="f2",
            kind="frein",
            goal_id="g1",
            title=text("obstacle.title"),
            description=text("obstacle.description"),
            strength=2,
            controllability=1,
        ),
        FactorNetwork(factor_id="f1", network_id="n1", mastery=2),
        Stakeholder(
            id="t1",
            name=text("stakeholder.name"),
            notes=text("stakeholder.notes"),
            power=4,
            interest=3,
            stance=0,
            desired_stance=2,
        ),
        StakeholderGoal(stakeholder_id="t1", goal_id="g1"),
        StakeholderAccess(stakeholder_id="t1", network_id="n1"),
        VoteRound(
            id="v1",
            label=text("round.label"),
            target="goal",
            points_per_participant=3,
            weighting="par_reseau",
            closed=True,
        ),
        Vote(round_id="v1", item_id="g1", points=3, participant_id="p1", network_id="n1"),
        Assessment(
            network_id="n1",
            criterion="clarte_objectifs",
            score=3,
            comment=text("assessment.comment"),
        ),
        Action(
            id="a1",
            title=text("action.title"),
            description=text("action.description"),
            goal_id="g1",
            factor_id="f1",
            owner_id="p1",
            lead_network_id="n1",
            due_date=dt.date(2026, 6, 30),
            indicator=text("action.indicator"),
            impact=4,
            effort=2,
        ),
        ActionNetwork(action_id="a1", network_id="n1"),
    ]


def replace_rows(document: Document, rows: list[SQLModel]) -> None:
    """The document holds exactly `rows`: whatever the store accepts, unchecked by services."""
    with document.transaction() as session:
        for table in reversed(SQLModel.metadata.sorted_tables):
            if table.name != "alembic_version":
                session.execute(table.delete())
        for row in rows:
            session.add(row)
            session.flush()
