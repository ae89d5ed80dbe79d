"""Dot-voting rounds on real seminar files: typed votes, paper dots, quotas, closing, results."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from influence_app.domain.models import (
    AgendaSession,
    Contribution,
    Day,
    Goal,
    Network,
    Participant,
    Vote,
)
from influence_app.domain.voting import Voter
from influence_app.services.errors import NotFound, ValidationError
from influence_app.services.votes import VoteService
from influence_app.storage.document import Document


@pytest.fixture
def document(tmp_path):
    """Networks A (Awa, Bruno) and B (Chloé), a facilitator, an observer, three goals."""
    doc = Document.create(tmp_path / "s.influence")
    with doc.transaction() as s:
        s.add(Network(id="A", name="Réseau A", kind="sectoriel"))
        s.add(Network(id="B", name="Réseau B", kind="territorial"))
        s.add(Participant(id="awa", name="Awa Diallo", network_id="A", role="salarie", sort_key=1))
        s.add(
            Participant(id="bruno", name="Bruno Petit", network_id="A", role="benevole", sort_key=2)
        )
        s.add(
            Participant(id="chloe", name="Chloé Martin", network_id="B", role="salarie", sort_key=3)
        )
        s.add(Participant(id="fac", name="Fatou Animatrice", role="facilitateur", sort_key=4))
        s.add(
            Participant(id="obs", name="Omar Obs", network_id="B", role="observateur", sort_key=5)
        )
        for key, goal_id in enumerate(["g1", "g2", "g3"], start=1):
            s.add(Goal(id=goal_id, title=f"Objectif {key}", sort_key=key))
    yield doc
    doc.close()


@pytest.fixture
def service(document):
    return VoteService(document)


def goal_round(service, weighting="par_reseau", cap=3):
    return service.create_round("Prioriser les objectifs", "goal", 5, cap, weighting)


def cast_reference_votes(service, round_id):
    """Awa: g1 3, g2 2 · Bruno: g1 2, g3 3 · Chloé: g2 3, g3 2 · 4 paper dots on g3."""
    for who, item, points in [
        ("awa", "g1", 3),
        ("awa", "g2", 2),
        ("bruno", "g1", 2),
        ("bruno", "g3", 3),
        ("chloe", "g2", 3),
        ("chloe", "g3", 2),
    ]:
        service.cast(round_id, who, item, points)
    service.set_paper_dots(round_id, "g3", 4)


def summary(result):
    return [(i.item_id, i.title, i.raw, round(i.weighted, 6), i.rank, i.tied) for i in result.items]


def test_raw_and_weighted_results_match_a_hand_computation(document, service):
    vote_round = goal_round(service)
    cast_reference_votes(service, vote_round.id)
    # Raw: g1 = 3 + 2 = 5 ; g2 = 2 + 3 = 5 ; g3 = 3 + 2 + 4 paper = 9.
    # Network totals: A = 10 (two voters), B = 5; mean 7.5 → A × 0.75, B × 1.5, paper × 1.
    # Weighted: g1 = 5 × 0.75 = 3.75 ; g2 = 2 × 0.75 + 3 × 1.5 = 6 ;
    #           g3 = 3 × 0.75 + 2 × 1.5 + 4 × 1 = 9.25
    expected = [
        ("g3", "Objectif 3", 9, 9.25, 1, False),
        ("g2", "Objectif 2", 5, 6.0, 2, False),
        ("g1", "Objectif 1", 5, 3.75, 3, False),
    ]
    assert summary(service.results(vote_round.id)) == expected
    # The votes are in the file, not in memory.
    document.close()
    with Document.open(document.path) as reopened:
        assert summary(VoteService(reopened).results(vote_round.id)) == expected


def test_votes_take_the_network_of_their_participant(service):
    vote_round = goal_round(service)
    vote = service.cast(vote_round.id, "chloe", "g1", 2)
    assert (vote.network_id, vote.source) == ("B", "saisie")
    assert service.results(vote_round.id).network_totals == {"B": 2}


def test_equal_raw_scores_are_flagged_as_ties_without_weighting(service):
    vote_round = goal_round(service, weighting="aucune")
    cast_reference_votes(service, vote_round.id)
    assert [(i.item_id, i.rank, i.tied) for i in service.results(vote_round.id).items] == [
        ("g3", 1, False),
        ("g1", 2, True),
        ("g2", 3, True),
    ]


def test_the_quota_refuses_an_over_vote_and_writes_nothing(service):
    vote_round = goal_round(service)
    service.cast(vote_round.id, "awa", "g1", 3)
    with pytest.raises(ValidationError) as over_budget:
        service.cast(vote_round.id, "awa", "g2", 3)
    assert str(over_budget.value) == "Il reste 2 points à Awa Diallo : 3 demandés."
    assert over_budget.value.field == "points"
    with pytest.raises(ValidationError, match=r"^3 points au plus par élément\.$"):
        service.cast(vote_round.id, "awa", "g1", 1)
    assert [(v.item_id, v.points) for v in service.votes(vote_round.id)] == [("g1", 3)]
    assert service.remaining_points(vote_round.id, "awa") == 2


def test_casting_again_on_an_item_adds_to_the_same_line(service):
    vote_round = goal_round(service)
    service.cast(vote_round.id, "awa", "g1", 1)
    service.cast(vote_round.id, "awa", "g1", 2)
    assert [(v.participant_id, v.item_id, v.points) for v in service.votes(vote_round.id)] == [
        ("awa", "g1", 3)
    ]


def test_grid_edit_replaces_the_cell_and_zero_clears_it(service):
    vote_round = goal_round(service)
    service.cast(vote_round.id, "awa", "g1", 3)
    service.cast(vote_round.id, "awa", "g2", 2)
    # Replacing 3 by 3 fits the budget (the old 3 points are given back first) ...
    service.set_participant_points(vote_round.id, "awa", "g1", 3)
    # ... but 3 on g2 beside 3 on g1 would make 6 of 5.
    with pytest.raises(ValidationError, match="Il reste 2 points à Awa Diallo : 3 demandés."):
        service.set_participant_points(vote_round.id, "awa", "g2", 3)
    service.set_participant_points(vote_round.id, "awa", "g1", 1)
    assert service.set_participant_points(vote_round.id, "awa", "g2", 0) is None
    assert [(v.item_id, v.points) for v in service.votes(vote_round.id)] == [("g1", 1)]


def test_paper_dots_are_one_line_per_item_outside_the_quota(service):
    vote_round = goal_round(service)
    service.set_paper_dots(vote_round.id, "g2", 4)
    service.set_paper_dots(vote_round.id, "g2", 40)  # more than anyone's 5 points: a wall total
    votes = service.votes(vote_round.id)
    assert [(v.item_id, v.points, v.source, v.participant_id) for v in votes] == [
        ("g2", 40, "papier", None)
    ]
    service.set_paper_dots(vote_round.id, "g2", 0)
    assert service.votes(vote_round.id) == []


def test_negative_or_fractional_points_are_refused(service):
    vote_round = goal_round(service)
    with pytest.raises(ValidationError) as error:
        service.set_paper_dots(vote_round.id, "g1", -1)
    assert error.value.field == "total"
    with pytest.raises(ValidationError):
        service.cast(vote_round.id, "awa", "g1", 1.5)
    with pytest.raises(ValidationError):
        service.cast(vote_round.id, "awa", "g1", 0)


def test_a_closed_round_refuses_edits_until_reopened(service):
    vote_round = goal_round(service)
    service.cast(vote_round.id, "awa", "g1", 1)
    service.close(vote_round.id)
    message = "Le vote « Prioriser les objectifs » est clos : rouvrez-le pour le modifier."
    edits = [
        lambda: service.cast(vote_round.id, "awa", "g1", 1),
        lambda: service.set_participant_points(vote_round.id, "awa", "g1", 0),
        lambda: service.set_paper_dots(vote_round.id, "g1", 3),
    ]
    for edit in edits:
        with pytest.raises(ValidationError) as refused:
            edit()
        assert str(refused.value) == message
    with pytest.raises(ValidationError, match="rouvrez-le pour changer ses règles"):
        service.update_round(vote_round.id, points_per_participant=10)
    assert service.update_round(vote_round.id, label="Vote final").label == "Vote final"
    assert [v.points for v in service.votes(vote_round.id)] == [1]
    service.reopen(vote_round.id)
    service.cast(vote_round.id, "awa", "g1", 1)
    assert [v.points for v in service.votes(vote_round.id)] == [2]


def test_not_voted_lists_network_representatives_only(service):
    vote_round = goal_round(service)
    service.cast(vote_round.id, "awa", "g1", 1)
    service.cast(vote_round.id, "fac", "g2", 1)  # the facilitator may vote, but is not awaited
    assert service.results(vote_round.id).not_voted == (
        Voter("bruno", "Bruno Petit"),
        Voter("chloe", "Chloé Martin"),
    )


@pytest.fixture
def contributions(document):
    """c1 survives; c2 was merged into c1, then c3 into c2 (a chain); c4 stands alone."""
    with document.transaction() as s:
        s.add(Day(id="d1", index=1, date=dt.date(2026, 3, 12)))
        s.flush()  # rows without relationships are inserted in no particular table order
        s.add(
            AgendaSession(
                id="s1", day_id="d1", position=1, start_time="10:00", duration_min=30, title="Idées"
            )
        )
        s.flush()
        s.add(Contribution(id="c1", session_id="s1", text="Plaidoyer commun", sort_key=1))
        s.add(Contribution(id="c4", session_id="s1", text="Former les bénévoles", sort_key=4))
        s.flush()
        s.add(
            Contribution(
                id="c2", session_id="s1", text="Plaider ensemble", merged_into_id="c1", sort_key=2
            )
        )
        s.flush()
        s.add(
            Contribution(
                id="c3", session_id="s1", text="Un plaidoyer", merged_into_id="c2", sort_key=3
            )
        )


def test_votes_on_merged_contributions_count_for_the_survivor(document, service, contributions):
    vote_round = service.create_round("Idées prioritaires", "contribution", 5, 3)
    # Votes typed before the merge stay on the duplicates' ids in the file.
    with document.transaction() as s:
        s.add(
            Vote(
                round_id=vote_round.id, item_id="c2", points=1, participant_id="awa", network_id="A"
            )
        )
        s.add(
            Vote(
                round_id=vote_round.id,
                item_id="c3",
                points=2,
                participant_id="chloe",
                network_id="B",
            )
        )
    service.cast(vote_round.id, "bruno", "c3", 1)  # voting on a duplicate lands on c1
    service.cast(vote_round.id, "bruno", "c4", 1)
    result = service.results(vote_round.id)
    assert [(i.item_id, i.title, i.raw) for i in result.items] == [
        ("c1", "Plaidoyer commun", 4),
        ("c4", "Former les bénévoles", 1),
    ]
    # Awa already has 1 point on c1 through c2: 3 more would pass the 3-per-item cap.
    with pytest.raises(ValidationError, match="3 points au plus par élément"):
        service.cast(vote_round.id, "awa", "c1", 3)
    # Her grid cell on c1 replaces her line on the duplicate.
    service.set_participant_points(vote_round.id, "awa", "c1", 2)
    awa = [(v.item_id, v.points) for v in service.votes(vote_round.id) if v.participant_id == "awa"]
    assert awa == [("c1", 2)]


def test_round_fields_are_validated_on_their_field(service):
    cases = [
        ({"label": "  "}, "label", "Libellé : ce champ est obligatoire."),
        ({"target": "idea"}, "target", None),
        ({"points_per_participant": 0}, "points_per_participant", None),
        ({"max_points_per_item": 0}, "max_points_per_item", None),
        ({"weighting": "par_tete"}, "weighting", None),
        ({"session_id": "nowhere"}, "session_id", "Séance : « nowhere » n'existe pas."),
    ]
    base = {"label": "Vote", "target": "goal", "points_per_participant": 5}
    for change, field, message in cases:
        with pytest.raises(ValidationError) as refused:
            service.create_round(**{**base, **change})
        assert refused.value.field == field
        if message:
            assert str(refused.value) == message
    assert service.list_rounds() == []


def test_rounds_are_listed_in_creation_order_and_updated(service):
    first = goal_round(service)
    second = service.create_round("Leviers", "factor", 3)
    assert [r.id for r in service.list_rounds()] == [first.id, second.id]
    updated = service.update_round(second.id, max_points_per_item=2, weighting="par_reseau")
    assert (updated.max_points_per_item, updated.weighting) == (2, "par_reseau")
    assert service.update_round(second.id, max_points_per_item=None).max_points_per_item is None


def test_the_target_cannot_change_once_points_were_given(service):
    vote_round = goal_round(service)
    service.cast(vote_round.id, "awa", "g1", 1)
    with pytest.raises(ValidationError) as refused:
        service.update_round(vote_round.id, target="action")
    assert refused.value.field == "target"


def test_deleting_a_round_deletes_its_votes(document, service):
    vote_round = goal_round(service)
    cast_reference_votes(service, vote_round.id)
    service.delete_round(vote_round.id)
    with document.reading() as s:
        assert s.exec(select(Vote)).all() == []
    with pytest.raises(NotFound):
        service.results(vote_round.id)


def test_unknown_items_and_participants_are_refused(service):
    vote_round = goal_round(service)
    with pytest.raises(ValidationError) as refused:
        service.cast(vote_round.id, "awa", "g9", 1)
    assert refused.value.field == "item_id"
    with pytest.raises(NotFound):
        service.cast(vote_round.id, "nobody", "g1", 1)
