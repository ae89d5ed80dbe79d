"""Dot-voting rules checked against totals computed by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from influence_app.domain.enums import Weighting
from influence_app.domain.voting import (
    BallotLine,
    Voter,
    check_ballot,
    merged_resolver,
    network_factors,
    network_totals,
    raw_totals,
    remaining_points,
    round_result,
    weighted_totals,
    weighting_formula,
    weighting_rule_text,
)

# Network A sent two voters (Awa, Bruno), network B one (Chloé); 5 points each, 3 max per item.
NETWORKS = {"awa": "A", "bruno": "A", "chloe": "B", "facil": None}
ITEMS = [("g1", "Objectif 1"), ("g2", "Objectif 2"), ("g3", "Objectif 3")]
LINES = [
    BallotLine("g1", 3, "awa"),
    BallotLine("g2", 2, "awa"),
    BallotLine("g1", 2, "bruno"),
    BallotLine("g3", 3, "bruno"),
    BallotLine("g2", 3, "chloe"),
    BallotLine("g3", 2, "chloe"),
    BallotLine("g3", 4, source="papier"),
]


def typed(item: str, points: int, who: str = "awa") -> BallotLine:
    return BallotLine(item, points, who)


def test_raw_totals_add_typed_votes_and_paper_dots():
    # g1 = 3 + 2, g2 = 2 + 3, g3 = 3 + 2 + 4 paper dots
    assert raw_totals(LINES) == {"g1": 5, "g2": 5, "g3": 9}


def test_par_reseau_factors_bring_each_network_to_the_mean():
    # T_A = 10, T_B = 5, mean 7.5: A is scaled by 0.75, B by 1.5; paper dots have no network.
    totals = network_totals(LINES, NETWORKS)
    assert totals == {"A": 10, "B": 5}
    assert network_factors(totals) == pytest.approx({"A": 0.75, "B": 1.5})


def test_weighted_totals_match_a_hand_computation():
    # g1 = 5 × 0.75 = 3.75 ; g2 = 2 × 0.75 + 3 × 1.5 = 6 ; g3 = 3 × 0.75 + 2 × 1.5 + 4 × 1 = 9.25
    assert weighted_totals(LINES, NETWORKS) == pytest.approx({"g1": 3.75, "g2": 6.0, "g3": 9.25})


def test_a_vote_own_network_wins_over_its_participant_network():
    lines = [BallotLine("g1", 2, "awa", network_id="B"), typed("g2", 2, "bruno")]
    assert network_totals(lines, NETWORKS) == {"B": 2, "A": 2}


def test_votes_without_any_network_keep_weight_one():
    lines = [typed("g1", 4, "awa"), typed("g2", 2, "chloe"), typed("g3", 5, "facil")]
    # T_A = 4, T_B = 2, mean 3: A × 0.75, B × 1.5; the facilitator's 5 points stay 5.
    assert weighted_totals(lines, NETWORKS) == pytest.approx({"g1": 3.0, "g2": 3.0, "g3": 5.0})


def test_votes_on_merged_items_count_for_the_survivor_through_chains():
    resolve = merged_resolver({"c1": "c2", "c2": "c3", "c3": None, "c4": None})
    lines = [typed("c1", 1), typed("c2", 2), typed("c3", 3), typed("c4", 1)]
    assert raw_totals(lines, resolve) == {"c3": 6, "c4": 1}


def test_a_merge_cycle_does_not_hang_and_lands_on_one_item():
    resolve = merged_resolver({"b": "c", "c": "b", "a": "b"})
    assert {resolve("a"), resolve("b"), resolve("c")} == {"b"}


def test_ranking_par_reseau_uses_weighted_scores():
    result = round_result(LINES, ITEMS, Weighting.PAR_RESEAU, NETWORKS)
    assert [(i.item_id, i.rank, i.raw, i.tied) for i in result.items] == [
        ("g3", 1, 9, False),
        ("g2", 2, 5, False),
        ("g1", 3, 5, False),
    ]
    assert result.items[1].weighted == pytest.approx(6.0)
    assert result.items[1].title == "Objectif 2"


def test_ranking_without_weighting_flags_equal_raw_scores_as_tied():
    result = round_result(LINES, ITEMS, Weighting.AUCUNE, NETWORKS)
    assert [(i.item_id, i.rank, i.tied) for i in result.items] == [
        ("g3", 1, False),
        ("g1", 2, True),  # g1 and g2 both have 5: display order breaks the tie
        ("g2", 3, True),
    ]
    assert [i.item_id for i in result.ties] == ["g1", "g2"]


def test_weighted_ties_within_float_noise_are_ties_and_raw_decides_the_order():
    # A gives 1 point, B's three voters 1 each, C 7: T = 1, 3, 7, mean 11/3.
    # x = 1 × 11/3, y = 3 × (11/9), z = 7 × (11/21): all equal 11/3, but the float sums differ.
    networks = {"a": "A", "b1": "B", "b2": "B", "b3": "B", "c": "C"}
    lines = [typed("x", 1, "a"), typed("y", 1, "b1"), typed("y", 1, "b2"), typed("y", 1, "b3")]
    lines.append(typed("z", 7, "c"))
    weighted = weighted_totals(lines, networks)
    assert weighted["x"] != weighted["y"]  # the noise the tolerance is for
    items = [("x", "X"), ("y", "Y"), ("z", "Z")]
    result = round_result(lines, items, "par_reseau", networks)
    assert [(i.item_id, i.tied) for i in result.items] == [("z", True), ("y", True), ("x", True)]


def test_items_nobody_voted_for_are_ranked_last_and_not_tied():
    items = [*ITEMS, ("g4", "Objectif 4"), ("g5", "Objectif 5")]
    result = round_result(LINES, items, Weighting.PAR_RESEAU, NETWORKS)
    assert [(i.item_id, i.raw, i.tied) for i in result.items[-2:]] == [
        ("g4", 0, False),
        ("g5", 0, False),
    ]


def test_votes_on_items_no_longer_listed_still_show_in_the_result():
    result = round_result([typed("gone", 2)], ITEMS, Weighting.AUCUNE, NETWORKS)
    assert (result.items[0].item_id, result.items[0].title, result.items[0].raw) == (
        "gone",
        "gone",
        2,
    )


def test_not_voted_lists_expected_voters_without_a_typed_vote():
    voters = [Voter("awa", "Awa Diallo"), Voter("dan", "Dan Roy"), Voter("chloe", "Chloé")]
    result = round_result(LINES, ITEMS, Weighting.AUCUNE, NETWORKS, voters)
    assert result.not_voted == (Voter("dan", "Dan Roy"),)


def test_result_exposes_network_totals_and_factors_for_the_annex():
    result = round_result(LINES, ITEMS, Weighting.PAR_RESEAU, NETWORKS)
    assert result.network_totals == {"A": 10, "B": 5}
    assert result.network_factors == pytest.approx({"A": 0.75, "B": 1.5})


def test_over_budget_is_refused_with_the_participant_name():
    existing = [typed("g1", 3, "awa")]
    problem = check_ballot(existing, typed("g2", 3, "awa"), 5, 3, "Awa Diallo")
    assert problem is not None
    assert problem.message == "Il reste 2 points à Awa Diallo : 3 demandés."


def test_budget_message_agrees_in_number():
    problem = check_ballot([typed("g1", 5)], typed("g2", 1), 5, None, "Awa Diallo")
    assert problem is not None
    assert problem.message == "Il reste 0 point à Awa Diallo : 1 demandé."


def test_per_item_cap_counts_what_the_participant_already_gave_the_item():
    problem = check_ballot([typed("g1", 2)], typed("g1", 2), 10, 3)
    assert problem is not None
    assert problem.message == "3 points au plus par élément."
    assert check_ballot([typed("g1", 2)], typed("g1", 1), 10, 3) is None


def test_per_item_cap_follows_merges():
    resolve = merged_resolver({"c1": "c2"})
    problem = check_ballot([typed("c1", 2)], typed("c2", 2), 10, 3, resolve=resolve)
    assert problem is not None


def test_other_participants_and_paper_dots_do_not_use_my_budget():
    existing = [typed("g1", 5, "bruno"), BallotLine("g1", 40, source="papier")]
    assert check_ballot(existing, typed("g1", 3, "awa"), 5, 3) is None


def test_paper_dots_are_exempt_from_quotas_but_count_at_least_one_point():
    assert check_ballot([], BallotLine("g1", 40, source="papier"), 5, 3) is None
    problem = check_ballot([], BallotLine("g1", 0, source="papier"), 5, 3)
    assert problem is not None
    assert problem.message == "Un vote compte au moins 1 point."


def test_remaining_points_ignores_paper_dots_and_never_goes_negative():
    lines = [typed("g1", 2), BallotLine("g2", 9, source="papier"), typed("g3", 1, "bruno")]
    assert remaining_points(lines, "awa", 5) == 3
    assert remaining_points([typed("g1", 7)], "awa", 5) == 0


def test_the_rule_text_and_formula_describe_the_weighting_in_french():
    assert "moyen" in weighting_rule_text(Weighting.PAR_RESEAU)
    assert "coefficient de 1" in weighting_rule_text("par_reseau")
    assert "÷ total du réseau" in weighting_formula(Weighting.PAR_RESEAU)
    assert weighting_formula(Weighting.AUCUNE) == "score(élément) = Σ points"


_lines = st.lists(
    st.builds(
        BallotLine,
        item_id=st.sampled_from(["i1", "i2", "i3", "i4"]),
        points=st.integers(1, 10),
        participant_id=st.sampled_from(["p1", "p2", "p3", "p4", "p5", None]),
        network_id=st.sampled_from([None, None, "N1", "N4"]),
    ),
    max_size=30,
)
_NETS = {"p1": "N1", "p2": "N1", "p3": "N2", "p4": "N3", "p5": None}


@given(_lines)
def test_weighting_keeps_the_grand_total_and_equalises_networks(lines):
    weighted = weighted_totals(lines, _NETS)
    assert sum(weighted.values()) == pytest.approx(sum(raw_totals(lines).values()))
    totals = network_totals(lines, _NETS)
    factors = network_factors(totals)
    scaled = {network: totals[network] * factors[network] for network in totals}
    if scaled:
        mean = sum(totals.values()) / len(totals)
        assert scaled == pytest.approx(dict.fromkeys(scaled, mean))


@given(_lines)
def test_ranks_are_a_permutation_ordered_by_score(lines):
    result = round_result(lines, [("i1", ""), ("i2", "")], Weighting.PAR_RESEAU, _NETS)
    assert [item.rank for item in result.items] == list(range(1, len(result.items) + 1))
    scores = [item.weighted for item in result.items]
    assert all(a >= b - 1e-9 for a, b in zip(scores, scores[1:], strict=False))
