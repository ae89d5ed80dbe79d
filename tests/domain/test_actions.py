"""Impact/effort quadrants and SMART gaps of an action."""

from __future__ import annotations

import datetime as dt

import pytest

from influence_app.domain.actions import (
    ActionDraft,
    Quadrant,
    SmartCriterion,
    quadrant,
    smart_gaps,
)
from influence_app.domain.models import Action


@pytest.mark.parametrize(
    ("impact", "effort", "expected", "label"),
    [
        (5, 1, Quadrant.QUICK_WINS, "Gains rapides"),
        (3, 2, Quadrant.QUICK_WINS, "Gains rapides"),
        (3, 3, Quadrant.MAJOR, "Projets majeurs"),
        (5, 5, Quadrant.MAJOR, "Projets majeurs"),
        (2, 2, Quadrant.FILL_IN, "Compléments"),
        (1, 1, Quadrant.FILL_IN, "Compléments"),
        (2, 3, Quadrant.THANKLESS, "Tâches ingrates"),
        (1, 5, Quadrant.THANKLESS, "Tâches ingrates"),
    ],
)
def test_quadrant_boundaries_and_labels(impact, effort, expected, label):
    assert quadrant(impact, effort) is expected
    assert quadrant(impact, effort).label() == label


@pytest.mark.parametrize(("impact", "effort"), [(None, 3), (4, None), (None, None)])
def test_no_quadrant_until_both_scores_are_known(impact, effort):
    assert quadrant(impact, effort) is None


def test_an_empty_action_misses_every_smart_criterion_in_order():
    gaps = smart_gaps(ActionDraft(title="Plaidoyer"))
    assert [gap.criterion for gap in gaps] == list(SmartCriterion)
    assert gaps[0].message.startswith("Spécifique")
    assert gaps[4].message == "Temporel : fixez une échéance."


def test_a_complete_action_has_no_gap():
    action = ActionDraft(
        title="Rencontrer la DJEPVA",
        indicator="Rendez-vous obtenu",
        lead_network_id="net-1",
        factor_id="fac-1",
        due_date=dt.date(2026, 6, 30),
    )
    assert smart_gaps(action) == []


def test_a_short_title_is_specific_once_described():
    short = ActionDraft(title="Tribune commune", description="  ")
    described = ActionDraft(title="Tribune commune", description="Dans Le Monde, en juin")
    assert SmartCriterion.SPECIFIQUE in [gap.criterion for gap in smart_gaps(short)]
    assert SmartCriterion.SPECIFIQUE not in [gap.criterion for gap in smart_gaps(described)]


def test_stored_actions_are_checked_directly():
    action = Action(id="act-1", title="Écrire une note commune", owner_id="p-1", goal_id="g-1")
    missing = [gap.criterion for gap in smart_gaps(action)]
    assert missing == [SmartCriterion.MESURABLE, SmartCriterion.TEMPOREL]
    assert smart_gaps(action)[0].criterion.label() == "Mesurable"
