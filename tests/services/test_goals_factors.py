"""Goals with network involvement; levers and obstacles with strength and network mastery."""

from __future__ import annotations

import pytest

from influence_app.domain.models import Vote
from influence_app.services.categories import CategoryService
from influence_app.services.errors import InUse, NotFound, ValidationError
from influence_app.services.factors import FactorService
from influence_app.services.goals import GoalService
from influence_app.services.networks import NetworkService
from tests.services.conftest import add_round


@pytest.fixture
def networks(document):
    service = NetworkService(document)
    return [service.add(name=name, kind="sectoriel").id for name in ("A", "B", "C")]


def test_goal_defaults_to_candidate_and_persists(document, reopen):
    goal = GoalService(document).add(title="Simplifier les financements", finality="influencer")
    stored = GoalService(reopen()).get(goal.id)
    assert (stored.title, stored.finality, stored.status) == (
        "Simplifier les financements",
        "influencer",
        "candidat",
    )


def test_goal_status_and_finality_are_checked(document):
    with pytest.raises(ValidationError, match="Finalité : valeur « gagner » inconnue"):
        GoalService(document).add(title="Objectif", finality="gagner")
    goal = GoalService(document).add(title="Objectif")
    with pytest.raises(ValidationError, match="Statut : ce champ est obligatoire."):
        GoalService(document).update(goal.id, status=None)


def test_involvement_is_set_changed_and_cleared_per_network(document, networks, reopen):
    a, b, c = networks
    goals = GoalService(document)
    goal = goals.add(title="Objectif").id
    goals.set_involvement(goal, c, "interesse")
    goals.set_involvement(goal, a, "soutient")
    goals.set_involvement(goal, a, "porte")
    assert goals.set_involvement(goal, b, "soutient") == {a: "porte", b: "soutient", c: "interesse"}
    goals.set_involvement(goal, b, None)
    document = reopen()
    assert GoalService(document).involvements(goal) == {a: "porte", c: "interesse"}
    assert len(GoalService(document).involvement_matrix()) == 2


def test_involvement_is_checked(document, networks):
    goals = GoalService(document)
    goal = goals.add(title="Objectif").id
    with pytest.raises(ValidationError, match="Implication : valeur « adore » inconnue"):
        goals.set_involvement(goal, networks[0], "adore")
    with pytest.raises(ValidationError, match="« net-x » n'existe pas"):
        goals.set_involvement(goal, "net-x", "porte")
    with pytest.raises(NotFound):
        goals.set_involvement("goal-x", networks[0], "porte")
    assert goals.involvements(goal) == {}


def test_deleting_a_voted_goal_asks_first(document):
    goal = GoalService(document).add(title="Objectif").id
    with document.transaction() as session:
        session.add(Vote(round_id=add_round(document, "goal"), item_id=goal, points=2))
    with pytest.raises(InUse):
        GoalService(document).delete(goal)
    GoalService(document).delete(goal, force=True)
    assert GoalService(document).list() == []


def test_factor_scores_and_functions(document, reopen):
    factor = FactorService(document).add(
        kind="levier",
        title="Études de terrain",
        strength=4,
        controllability=5,
        functions=["ingenierie", "plaidoyer"],
    )
    stored = FactorService(reopen()).get(factor.id)
    assert (stored.strength, stored.controllability) == (4, 5)
    assert stored.functions == ["plaidoyer", "ingenierie"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"strength": 0}, "strength"),
        ({"controllability": 6}, "controllability"),
        ({"strength": True}, "strength"),
        ({"functions": "plaidoyer"}, "functions"),
        ({"goal_id": "goal-x"}, "goal_id"),
    ],
)
def test_factor_input_is_checked(document, fields, field):
    with pytest.raises(ValidationError) as refused:
        FactorService(document).add(kind="frein", title="Frein", **fields)
    assert refused.value.field == field
    assert FactorService(document).list() == []


def test_factor_category_must_be_of_its_kind(document):
    obstacle_category = CategoryService(document).list_kind("frein")[0].id
    with pytest.raises(ValidationError, match="réservée aux freins") as refused:
        FactorService(document).add(kind="levier", title="Levier", category_id=obstacle_category)
    assert refused.value.field == "category_id"
    factor = FactorService(document).add(kind="frein", title="Frein", category_id=obstacle_category)
    with pytest.raises(ValidationError):
        FactorService(document).update(factor.id, kind="levier")


def test_mastery_per_network(document, networks, reopen):
    a, b, _ = networks
    factors = FactorService(document)
    lever = factors.add(kind="levier", title="Représentation").id
    factors.set_mastery(lever, b, 0)
    factors.set_mastery(lever, a, 3)
    with pytest.raises(
        ValidationError, match="Maîtrise : valeur attendue : un nombre entier de 0 à 3"
    ):
        factors.set_mastery(lever, a, 4)
    document = reopen()
    assert FactorService(document).masteries(lever) == {a: 3, b: 0}
    FactorService(document).set_mastery(lever, b, None)
    assert FactorService(document).masteries(lever) == {a: 3}


def test_factors_of_a_goal(document):
    goal = GoalService(document).add(title="Objectif").id
    factors = FactorService(document)
    factors.add(kind="levier", title="Pour", goal_id=goal)
    factors.add(kind="frein", title="Transversal")
    assert [f.title for f in factors.list_for_goal(goal)] == ["Pour"]
    assert [f.title for f in factors.list_for_goal(None)] == ["Transversal"]


def test_move_orders_a_goals_levers_among_themselves(document, reopen):
    goal = GoalService(document).add(title="Objectif").id
    factors = FactorService(document)
    first, second = (factors.add(kind="levier", title=t, goal_id=goal).id for t in ("L1", "L2"))
    obstacle = factors.add(kind="frein", title="F1", goal_id=goal).id
    moved = factors.move(second, 0)
    assert [f.id for f in moved] == [second, first]
    document = reopen()
    assert [f.title for f in FactorService(document).list_for_goal(goal)][:2] == ["L2", "L1"]
    assert FactorService(document).get(obstacle).sort_key == 3
