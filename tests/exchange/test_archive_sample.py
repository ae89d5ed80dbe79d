"""A small but complete seminar for the archive tests, and proof that it is complete."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from influence_app.domain import models as m
from influence_app.exchange import schema
from influence_app.exchange.archive_export import content_to_archive
from influence_app.exchange.content import SeminarContent

# Ids carry their collection's prefix and are unique across collections, so a test can tell
# which collection any id value in the archive points into.


def sample_content() -> SeminarContent:
    """Every collection non-empty and every optional field of archive v1 set somewhere.

    Lists are given out of their canonical order on purpose (sort keys and positions decide).
    """
    content = SeminarContent(seminar=_seminar())
    content.days, content.sessions = _days(), _sessions()
    content.networks, content.participants, content.attendance = _people()
    content.categories, content.contributions = _categories(), _contributions()
    content.goals, content.goal_networks, content.goal_sources = _goals()
    content.factors, content.factor_networks, content.factor_sources = _factors()
    content.stakeholders, content.stakeholder_goals, content.stakeholder_access = _stakeholders()
    content.vote_rounds, content.votes = _votes()
    content.assessments = _assessments()
    content.actions, content.action_networks = _actions()
    return content


def _seminar() -> m.Seminar:
    return m.Seminar(
        title="Parcours influence « Les réseaux en tête »",
        programme="Les réseaux en tête",
        organiser="Le Mouvement associatif",
        location="Paris — Maison des associations",
        start_date=dt.date(2026, 3, 10),
        end_date=dt.date(2026, 3, 12),
        context="Trois jours pour partager un cap commun.\nDeuxième ligne : œuvre, Ł, 🎯.",
        language="fr",
        anonymous_authors=False,
    )


def _days() -> list[m.Day]:
    return [
        m.Day(
            id="day-2", index=2, date=dt.date(2026, 3, 11), theme="Leviers et freins", sort_key=1
        ),
        m.Day(id="day-1", index=1, date=dt.date(2026, 3, 10), theme="Partager un cap", sort_key=0),
    ]


def _sessions() -> list[m.AgendaSession]:
    return [
        m.AgendaSession(
            id="ses-3", day_id="day-2", position=1, start_time="09:30", duration_min=75,
            title="Champs de forces", method="champs_de_forces", status="prevue", sort_key=0,
        ),
        m.AgendaSession(
            id="ses-2", day_id="day-1", position=2, start_time="10:00", duration_min=30,
            title="1-2-4-tous", method="un_deux_quatre_tous", status="terminee", sort_key=1,
        ),
        m.AgendaSession(
            id="ses-1", day_id="day-1", position=1, start_time="09:30", duration_min=30,
            title="Accueil et cadre", method="pleniere", objective="Poser le cadre.",
            status="en_cours", sort_key=2,
        ),
    ]  # fmt: skip


def _people() -> tuple[list[m.Network], list[m.Participant], list[m.Attendance]]:
    networks = [
        m.Network(id="net-b", name="Fédération B", kind="territorial", sort_key=1),
        m.Network(
            id="net-a", name="Union A", acronym="UA", kind="sectoriel", sector="Jeunesse",
            member_count=1200, functions=["plaidoyer", "animation"],
            description="Tête de réseau nationale.", sort_key=0,
        ),
    ]  # fmt: skip
    participants = [
        m.Participant(
            id="par-1", name="Zoé Lefèvre", network_id="net-a", role="administrateur",
            job_title="Présidente", named_in_report=True, sort_key=0,
        ),
        m.Participant(id="par-2", name="Karim B.", network_id="net-b", role="salarie", sort_key=1),
        m.Participant(id="par-3", name="Anne Animatrice", role="facilitateur", sort_key=2),
    ]  # fmt: skip
    attendance = [
        m.Attendance(participant_id="par-1", day_id="day-2"),
        m.Attendance(participant_id="par-1", day_id="day-1"),
        m.Attendance(participant_id="par-2", day_id="day-1"),
    ]
    return networks, participants, attendance


def _categories() -> list[m.Category]:
    return [
        m.Category(
            id="cat-f", kind="frein", code="FINANCEMENTS", label="Baisse des financements",
            scope="externe", description="Précarisation.", sort_key=1,
        ),
        m.Category(id="cat-l", kind="levier", code="ALLIANCES", label="Alliances", sort_key=0),
    ]  # fmt: skip


def _contributions() -> list[m.Contribution]:
    return [
        m.Contribution(
            id="con-1", session_id="ses-2", text="Être reconnus comme <b>corps intermédiaires</b>",
            kind="objectif", author_id="par-1", network_id="net-a", table_no=1, round=1,
            cluster="Reconnaissance", merged_into_id="con-2",
            created_at="2026-03-10T10:05:00+01:00", sort_key=0,
        ),
        m.Contribution(
            id="con-2", session_id="ses-2", text="Reconnaissance politique", kind="idee",
            network_id="net-b", sort_key=1,
        ),
        m.Contribution(id="con-3", session_id="ses-3", text="Action commune", sort_key=2),
    ]  # fmt: skip


def _goals() -> tuple[list[m.Goal], list[m.GoalNetwork], list[m.GoalSource]]:
    goals = [
        m.Goal(
            id="goa-1", title="Reconnaissance des têtes de réseau", description="D'ici 2028.",
            finality="influencer", status="retenu", sort_key=0,
        ),
        m.Goal(id="goa-2", title="Financements pluriannuels", sort_key=1),
    ]  # fmt: skip
    shares = [
        m.GoalNetwork(goal_id="goa-1", network_id="net-b", involvement="soutient"),
        m.GoalNetwork(goal_id="goa-1", network_id="net-a", involvement="porte"),
    ]
    sources = [
        m.GoalSource(goal_id="goa-1", contribution_id="con-2"),
        m.GoalSource(goal_id="goa-1", contribution_id="con-1"),
    ]
    return goals, shares, sources


def _factors() -> tuple[list[m.Factor], list[m.FactorNetwork], list[m.FactorSource]]:
    factors = [
        m.Factor(
            id="fac-1", kind="levier", goal_id="goa-1", title="Coalition inter-réseaux",
            description="Agir ensemble.", category_id="cat-l", strength=4, controllability=3,
            functions=["animation", "plaidoyer"], sort_key=0,
        ),
        m.Factor(id="fac-2", kind="frein", title="Appels à projets", category_id="cat-f",
                 sort_key=1),
    ]  # fmt: skip
    mastery = [
        m.FactorNetwork(factor_id="fac-1", network_id="net-b", mastery=0),
        m.FactorNetwork(factor_id="fac-1", network_id="net-a", mastery=3),
    ]
    sources = [m.FactorSource(factor_id="fac-1", contribution_id="con-3")]
    return factors, mastery, sources


def _stakeholders() -> tuple[
    list[m.Stakeholder], list[m.StakeholderGoal], list[m.StakeholderAccess]
]:
    stakeholders = [
        m.Stakeholder(
            id="sta-1", name="Ministère de la vie associative", type="ministere",
            level="national", power=5, interest=3, stance=-1, desired_stance=2,
            notes="Cabinet renouvelé en janvier.", sort_key=0,
        ),
        m.Stakeholder(id="sta-2", name="Presse régionale", sort_key=1),
    ]  # fmt: skip
    goals = [
        m.StakeholderGoal(stakeholder_id="sta-1", goal_id="goa-2"),
        m.StakeholderGoal(stakeholder_id="sta-1", goal_id="goa-1"),
    ]
    access = [
        m.StakeholderAccess(stakeholder_id="sta-1", network_id="net-b"),
        m.StakeholderAccess(stakeholder_id="sta-1", network_id="net-a"),
    ]
    return stakeholders, goals, access


def _votes() -> tuple[list[m.VoteRound], list[m.Vote]]:
    rounds = [
        m.VoteRound(
            id="vot-1", session_id="ses-2", label="Prioriser les objectifs", target="goal",
            points_per_participant=3, max_points_per_item=2, weighting="par_reseau",
            closed=True, sort_key=0,
        ),
        m.VoteRound(id="vot-2", label="Leviers", target="factor", points_per_participant=5,
                    sort_key=1),
        m.VoteRound(id="vot-3", label="Tour vide", target="action", points_per_participant=1,
                    sort_key=2),
    ]  # fmt: skip
    votes = [
        m.Vote(id=2, round_id="vot-1", item_id="goa-2", points=1, participant_id="par-2",
               network_id="net-b"),
        m.Vote(id=1, round_id="vot-1", item_id="goa-1", points=2, participant_id="par-1",
               network_id="net-a", source="saisie"),
        m.Vote(id=3, round_id="vot-2", item_id="fac-1", points=7, source="papier"),
    ]  # fmt: skip
    return rounds, votes


def _assessments() -> list[m.Assessment]:
    return [
        m.Assessment(network_id="net-a", criterion="clarte_objectifs", score=4,
                     comment="Objectifs votés en AG.", sort_key=0),
        m.Assessment(network_id="net-b", criterion="cohesion_equipe", score=2, sort_key=1),
    ]  # fmt: skip


def _actions() -> tuple[list[m.Action], list[m.ActionNetwork]]:
    actions = [
        m.Action(
            id="act-1", title="Tribune commune", description="Dans la presse nationale.",
            goal_id="goa-1", factor_id="fac-1", stakeholder_id="sta-1", owner_id="par-1",
            lead_network_id="net-a", due_date=dt.date(2026, 6, 30),
            indicator="Tribune publiée", impact=4, effort=2, status="en_cours", sort_key=0,
        ),
        m.Action(id="act-2", title="Rencontre des élus", sort_key=1),
    ]  # fmt: skip
    links = [
        m.ActionNetwork(action_id="act-1", network_id="net-b"),
        m.ActionNetwork(action_id="act-1", network_id="net-a"),
    ]
    return actions, links


def sample_archive() -> dict[str, Any]:
    return content_to_archive(sample_content(), exported_at=None)


def _schema_properties(node: Any, loaded: dict[str, Any], where: str, found: set[str]) -> None:
    """Every property path the schema defines, as "sessions.method", "vote_rounds.votes.item"."""
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        node = loaded["$defs"][node["$ref"].removeprefix("#/$defs/")]
    for name, child in node.get("properties", {}).items():
        path = f"{where}.{name}" if where else name
        found.add(path)
        _schema_properties(child, loaded, path, found)
    _schema_properties(node.get("items"), loaded, where, found)


def _archive_properties(value: Any, where: str, found: set[str]) -> None:
    if isinstance(value, dict):
        for name, child in value.items():
            path = f"{where}.{name}" if where else name
            found.add(path)
            _archive_properties(child, path, found)
    elif isinstance(value, list):
        for child in value:
            _archive_properties(child, where, found)


def test_sample_fills_every_collection() -> None:
    content = sample_content()
    empty = [f.name for f in dataclasses.fields(content) if getattr(content, f.name) == []]
    assert empty == []


def test_sample_export_sets_every_field_the_schema_defines() -> None:
    loaded = schema.load_schema()
    defined: set[str] = set()
    _schema_properties(loaded, loaded, "", defined)
    exported: set[str] = set()
    _archive_properties(
        content_to_archive(sample_content(), exported_at=dt.datetime.now()), "", exported
    )
    assert defined - exported == set()
    assert exported - defined == set()
