"""Contributions: capture, filters, clusters, merges, promotion and carrying forward, with undo."""

from __future__ import annotations

import datetime as dt

import pytest

from influence_app.domain.models import Vote
from influence_app.services.actions import ActionService
from influence_app.services.agenda import SessionService
from influence_app.services.contributions import ContributionFilter, ContributionService
from influence_app.services.errors import InUse, NotFound, ValidationError
from influence_app.services.factors import FactorService
from influence_app.services.goals import GoalService
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService
from tests.services.conftest import add_round


@pytest.fixture
def contributions(document):
    return ContributionService(document)


@pytest.fixture
def network(document):
    return NetworkService(document).add(name="Réseau A", kind="sectoriel").id


def texts(rows):
    return [row.text for row in rows]


def test_add_persists_in_capture_order_with_an_instant(contributions, first_session, reopen):
    first = contributions.add(first_session, "  Être reconnus comme interlocuteurs  ")
    contributions.add(
        first_session, "Peser sur la loi de finances", kind="objectif", table_no=2, round=1
    )
    rows = ContributionService(reopen()).list_for_session(first_session)
    assert texts(rows) == ["Être reconnus comme interlocuteurs", "Peser sur la loi de finances"]
    assert (rows[1].kind, rows[1].table_no, rows[1].round) == ("objectif", 2, 1)
    assert rows[0].id == first.id and rows[0].sort_key < rows[1].sort_key
    assert dt.datetime.fromisoformat(rows[0].created_at).utcoffset() is not None


def test_author_credits_the_authors_network(document, contributions, first_session, network):
    awa = ParticipantService(document).add(name="Awa", role="salarie", network_id=network).id
    said = contributions.add(first_session, "Idée", author_id=awa)
    assert (said.author_id, said.network_id) == (awa, network)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"text": "  "}, "text", "Texte : ce champ est obligatoire."),
        ({"text": "x" * 20001}, "text", "20000 caractères au plus"),
        ({"text": "Idée", "kind": "blague"}, "kind", "Nature : valeur « blague » inconnue"),
        ({"text": "Idée", "table_no": 0}, "table_no", "Table : un nombre entier d'au moins 1"),
        ({"text": "Idée", "network_id": "net-x"}, "network_id", "Réseau : « net-x » n'existe pas."),
        ({"text": "Idée", "author_id": "par-x"}, "author_id", "Auteur : « par-x » n'existe pas."),
    ],
)
def test_add_refuses_bad_input_and_writes_nothing(
    contributions, first_session, fields, field, message
):
    with pytest.raises(ValidationError) as refused:
        contributions.add(first_session, **fields)
    assert refused.value.field == field
    assert message in str(refused.value)
    assert contributions.list() == []


def test_add_to_an_unknown_session_is_refused(contributions):
    with pytest.raises(ValidationError, match="Séance : « ses-x » n'existe pas."):
        contributions.add("ses-x", "Idée")


def test_filters_by_day_kind_network_cluster_and_words(document, contributions, network):
    sessions = SessionService(document).list()
    day1, day2 = sessions[0], next(s for s in sessions if s.day_id != sessions[0].day_id)
    contributions.add(day1.id, "Plaidoyer commun", network_id=network)
    contributions.add(day1.id, "Où déposer ça ?", kind="parking")
    contributions.add(day2.id, "Un PLAIDOYER régional", kind="parking")
    assert texts(contributions.list(ContributionFilter(day_id=day2.day_id))) == [
        "Un PLAIDOYER régional"
    ]
    assert texts(contributions.list(ContributionFilter(network_id=network))) == ["Plaidoyer commun"]
    assert texts(contributions.list(ContributionFilter(search="plaidoyer"))) == [
        "Plaidoyer commun",
        "Un PLAIDOYER régional",
    ]
    assert texts(contributions.list_parking()) == ["Où déposer ça ?", "Un PLAIDOYER régional"]


def test_search_ignores_accented_case_and_treats_wildcards_literally(contributions, first_session):
    contributions.add(first_session, "Être 100% associatif")
    contributions.add(first_session, "1000 associations")
    assert texts(contributions.list(ContributionFilter(search="ÊTRE 100%"))) == [
        "Être 100% associatif"
    ]
    assert texts(contributions.list(ContributionFilter(search="être"))) == ["Être 100% associatif"]


def test_move_reorders_within_the_session(document, contributions, first_session, reopen):
    other = SessionService(document).list()[1].id
    elsewhere = contributions.add(other, "Ailleurs")
    a, b, c = (contributions.add(first_session, t).id for t in "ABC")
    contributions.move(c, 0)
    document = reopen()
    assert texts(ContributionService(document).list_for_session(first_session)) == ["C", "A", "B"]
    assert ContributionService(document).get(elsewhere.id).sort_key < min(
        r.sort_key for r in ContributionService(document).list_for_session(first_session)
    )


def test_clusters_are_set_and_cleared(contributions, first_session, reopen):
    a, b, c = (contributions.add(first_session, t).id for t in ("A", "B", "C"))
    contributions.set_cluster([a, b], " Financements ")
    contributions.set_cluster([b], "")
    rows = ContributionService(reopen()).list_for_session(first_session)
    assert [(r.id, r.cluster) for r in rows] == [(a, "Financements"), (b, None), (c, None)]


def test_merge_keeps_the_originals_and_unmerge_undoes_it(contributions, first_session, reopen):
    a, b, c = (contributions.add(first_session, t).id for t in ("Financer", "Financement", "Fonds"))
    survivor = contributions.merge(a, [b, c])
    assert survivor.id == a
    document = reopen()
    merged = ContributionService(document)
    assert [r.id for r in merged.absorbed_by(a)] == [b, c]
    assert len(merged.list()) == 3
    assert texts(merged.list(ContributionFilter(include_merged=False))) == ["Financer"]
    merged.unmerge(b)
    merged.unmerge(c)
    assert all(r.merged_into_id is None for r in merged.list())


def test_merge_refuses_loops_and_double_merges(contributions, first_session):
    a, b, c = (contributions.add(first_session, t).id for t in "ABC")
    with pytest.raises(ValidationError, match="elle-même"):
        contributions.merge(a, [a])
    contributions.merge(a, [b])
    with pytest.raises(ValidationError, match="déjà fusionnée") as refused:
        contributions.merge(c, [b])
    assert refused.value.field == "absorbed_ids"
    with pytest.raises(ValidationError) as refused:
        contributions.merge(b, [c])
    assert refused.value.field == "survivor_id"
    with pytest.raises(NotFound):
        contributions.merge(a, ["con-x"])
    assert contributions.get(c).merged_into_id is None


def test_promote_to_goal_prefills_and_links_back(document, contributions, first_session, reopen):
    said = contributions.add(
        first_session, "Reconnaître la vie associative\nen la finançant durablement"
    )
    goal = contributions.promote(said.id, "goal", finality="influencer")
    document = reopen()
    stored = GoalService(document).get(goal.id)
    assert stored.title == "Reconnaître la vie associative"
    assert stored.description == "Reconnaître la vie associative\nen la finançant durablement"
    assert (stored.finality, stored.status) == ("influencer", "candidat")
    assert [c.id for c in GoalService(document).sources(goal.id)] == [said.id]


@pytest.mark.parametrize("kind", ["levier", "frein"])
def test_promote_to_lever_or_obstacle(document, contributions, first_session, kind, reopen):
    goal = GoalService(document).add(title="Objectif")
    said = contributions.add(first_session, "Nos études de terrain", kind=kind)
    factor = contributions.promote(said.id, kind, goal_id=goal.id, strength=4)
    document = reopen()
    stored = FactorService(document).get(factor.id)
    assert (stored.kind, stored.title, stored.goal_id, stored.strength) == (
        kind,
        "Nos études de terrain",
        goal.id,
        4,
    )
    assert stored.description is None
    assert [c.id for c in FactorService(document).sources(factor.id)] == [said.id]


def test_promote_to_action_and_undo(document, contributions, first_session, reopen):
    said = contributions.add(first_session, "Écrire une tribune commune", kind="action")
    action = contributions.promote(said.id, "action", impact=4, effort=2)
    assert [c.id for c in ActionService(document).sources(action.id)] == [said.id]
    contributions.unpromote("action", action.id)
    document = reopen()
    assert ActionService(document).list() == []
    assert ContributionService(document).get(said.id).text == "Écrire une tribune commune"


def test_promote_refuses_bad_overrides_and_creates_nothing(document, contributions, first_session):
    said = contributions.add(first_session, "Idée")
    with pytest.raises(ValidationError) as refused:
        contributions.promote(said.id, "levier", strength=9)
    assert refused.value.field == "strength"
    with pytest.raises(ValidationError) as refused:
        contributions.promote(said.id, "goal", status="adopte")
    with pytest.raises(ValidationError, match="« objectif » inconnue"):
        contributions.promote(said.id, "objectif")
    assert FactorService(document).list() == [] and GoalService(document).list() == []


def test_promote_a_long_text_cuts_the_title(contributions, first_session):
    said = contributions.add(first_session, "mot " * 200)
    goal = contributions.promote(said.id, "goal")
    assert len(goal.title) == 500 and goal.title.endswith("…")
    assert goal.description == said.text


def test_carry_forward_copies_into_the_next_session_and_undo(
    document, contributions, first_session, reopen
):
    later = SessionService(document).list()[5].id
    a = contributions.add(first_session, "Question du matin", kind="parking", table_no=3)
    b = contributions.add(first_session, "Autre question", kind="parking")
    copies = contributions.carry_forward([a.id, b.id], later)
    document = reopen()
    moved = ContributionService(document).list_for_session(later)
    assert texts(moved) == ["Question du matin", "Autre question"]
    assert [c.id for c in moved] == [c.id for c in copies]
    assert moved[0].kind == "parking" and moved[0].table_no is None
    assert texts(ContributionService(document).list_for_session(first_session)) == texts(moved)
    for copy in copies:
        ContributionService(document).delete(copy.id)
    assert ContributionService(document).list_for_session(later) == []


def test_carry_forward_to_an_unknown_session(contributions, first_session):
    said = contributions.add(first_session, "Idée")
    with pytest.raises(NotFound):
        contributions.carry_forward([said.id], "ses-x")


def test_update_and_delete(contributions, first_session, reopen):
    said = contributions.add(first_session, "Idée")
    contributions.update(said.id, text="Idée corrigée", kind="question")
    document = reopen()
    assert (
        ContributionService(document).get(said.id).text,
        ContributionService(document).get(said.id).kind,
    ) == (
        "Idée corrigée",
        "question",
    )
    ContributionService(document).delete(said.id)
    assert ContributionService(reopen()).list() == []


def test_delete_of_a_voted_contribution_asks_first(document, contributions, first_session):
    said = contributions.add(first_session, "Idée")
    with document.transaction() as session:
        session.add(Vote(round_id=add_round(document, "contribution"), item_id=said.id, points=3))
    with pytest.raises(InUse) as refused:
        contributions.delete(said.id)
    assert refused.value.dependents == {"votes": 1}
    contributions.delete(said.id, force=True)
    with document.reading() as session:
        assert session.get(Vote, 1) is None
