"""Stakeholders (goals, networks with access), self-assessments and SMART actions."""

from __future__ import annotations

import datetime as dt

import pytest

from influence_app.services.actions import ActionService
from influence_app.services.assessments import AssessmentService
from influence_app.services.errors import NotFound, ValidationError
from influence_app.services.goals import GoalService
from influence_app.services.networks import NetworkService
from influence_app.services.stakeholders import StakeholderService


@pytest.fixture
def networks(document):
    service = NetworkService(document)
    return [service.add(name=name, kind="territorial").id for name in ("A", "B", "C")]


def test_stakeholder_grid_values_persist(document, reopen):
    added = StakeholderService(document).add(
        name="Ministère de la Jeunesse",
        type="ministere",
        level="national",
        power=5,
        interest=2,
        stance=-1,
        desired_stance=2,
    )
    stored = StakeholderService(reopen()).get(added.id)
    assert (stored.power, stored.interest, stored.stance, stored.desired_stance) == (5, 2, -1, 2)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"stance": -3}, "stance"),
        ({"power": 6}, "power"),
        ({"type": "lobby"}, "type"),
        ({"level": "monde"}, "level"),
    ],
)
def test_stakeholder_input_is_checked(document, fields, field):
    with pytest.raises(ValidationError) as refused:
        StakeholderService(document).add(name="Acteur", **fields)
    assert refused.value.field == field


def test_stakeholder_goals_and_access_are_replaced(document, networks, reopen):
    a, b, c = networks
    goals = [GoalService(document).add(title=t).id for t in ("G1", "G2")]
    stakeholders = StakeholderService(document)
    actor = stakeholders.add(name="Préfecture").id
    stakeholders.set_goals(actor, [goals[1], goals[0]])
    stakeholders.set_reached_by(actor, [c, a])
    stakeholders.set_reached_by(actor, [c, b, c])
    document = reopen()
    assert StakeholderService(document).goals(actor) == goals
    assert StakeholderService(document).reached_by(actor) == [b, c]


def test_stakeholder_access_refuses_unknown_networks(document, networks):
    stakeholders = StakeholderService(document)
    actor = stakeholders.add(name="Préfecture").id
    stakeholders.set_reached_by(actor, [networks[0]])
    with pytest.raises(ValidationError, match="Réseaux : « net-x » n'existe pas."):
        stakeholders.set_reached_by(actor, ["net-x"])
    assert stakeholders.reached_by(actor) == [networks[0]]


def test_assessment_upsert_replaces_the_score(document, networks, reopen):
    assessments = AssessmentService(document)
    assessments.upsert(networks[0], "clarte_objectifs", 2, "Objectifs flous")
    assessments.upsert(networks[0], "clarte_objectifs", 4)
    assessments.upsert(networks[1], "cohesion_equipe", 3)
    document = reopen()
    rows = AssessmentService(document).for_network(networks[0])
    assert [(r.criterion, r.score, r.comment) for r in rows] == [("clarte_objectifs", 4, None)]
    assert len(AssessmentService(document).list()) == 2
    AssessmentService(document).clear(networks[1], "cohesion_equipe")
    assert len(AssessmentService(document).list()) == 1


def test_assessment_input_is_checked(document, networks):
    assessments = AssessmentService(document)
    with pytest.raises(ValidationError, match="Note : valeur attendue : un nombre entier de 1 à 5"):
        assessments.upsert(networks[0], "clarte_objectifs", 6)
    with pytest.raises(ValidationError, match="Critère : valeur « bonheur » inconnue"):
        assessments.upsert(networks[0], "bonheur", 3)
    with pytest.raises(NotFound):
        assessments.upsert("net-x", "clarte_objectifs", 3)
    assert assessments.list() == []


def test_action_persists_with_co_networks(document, networks, reopen):
    a, b, c = networks
    goal = GoalService(document).add(title="Objectif").id
    actions = ActionService(document)
    action = actions.add(
        title="Tribune commune",
        goal_id=goal,
        lead_network_id=a,
        due_date="2026-06-30",
        impact=4,
        effort=2,
    ).id
    assert actions.set_co_networks(action, [c, b]) == [b, c]
    document = reopen()
    stored = ActionService(document).get(action)
    assert (stored.due_date, stored.status, stored.lead_network_id) == (
        dt.date(2026, 6, 30),
        "a_faire",
        a,
    )
    assert ActionService(document).co_networks(action) == [b, c]


def test_lead_network_is_not_also_a_co_network(document, networks):
    a, b, _ = networks
    actions = ActionService(document)
    action = actions.add(title="Tribune", lead_network_id=a).id
    with pytest.raises(ValidationError, match="réseau pilote"):
        actions.set_co_networks(action, [a, b])
    actions.set_co_networks(action, [b])
    actions.update(action, lead_network_id=b)
    assert actions.co_networks(action) == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"due_date": "30/06/2026"}, "due_date"),
        ({"effort": 0}, "effort"),
        ({"status": "fini"}, "status"),
        ({"owner_id": "par-x"}, "owner_id"),
    ],
)
def test_action_input_is_checked(document, fields, field):
    with pytest.raises(ValidationError) as refused:
        ActionService(document).add(title="Action", **fields)
    assert refused.value.field == field
    assert ActionService(document).list() == []
