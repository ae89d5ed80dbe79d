"""Undo/redo of service calls: every edit, cascades and recomputed rows included, comes back."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from influence_app.domain.enums import NetworkFunction, Role
from influence_app.services.agenda import DayService, SessionService
from influence_app.services.assessments import AssessmentService
from influence_app.services.categories import CategoryService
from influence_app.services.contributions import ContributionService
from influence_app.services.errors import ServiceError
from influence_app.services.goals import GoalService
from influence_app.services.history import ChangeSet, History, RecordingError
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService
from influence_app.services.seminar import SeminarService
from influence_app.services.stakeholders import StakeholderService
from influence_app.services.votes import VoteService
from influence_app.storage.document import Document
from tests.services.conftest import Reopen

R = TypeVar("R")
Dump = dict[str, list[tuple[Any, ...]]]


def dump(document: Document) -> Dump:
    """Every table's rows, sorted, each value beside its type (1, 1.0 and '1' must differ)."""
    with document.reading() as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        names = raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        return {name: _rows(raw, name) for (name,) in sorted(names)}


def _rows(raw: Any, table: str) -> list[tuple[Any, ...]]:
    rows = raw.execute(f'SELECT * FROM "{table}"').fetchall()
    return sorted(tuple((type(value).__name__, value) for value in row) for row in rows)


def undoable(document: Document, work: Callable[[], R]) -> tuple[R, ChangeSet]:
    """Records `work`, then checks undo → before, redo → after, undo → before again."""
    history = History(document)
    before = dump(document)
    result, changes = history.record(work)
    after = dump(document)
    assert changes and after != before
    history.undo(changes)
    assert dump(document) == before
    history.redo(changes)
    assert dump(document) == after
    history.undo(changes)
    assert dump(document) == before
    return result, changes


@pytest.fixture
def people(document: Document) -> dict[str, str]:
    """Two networks, a participant in the first, a goal both are involved in."""
    networks, goals = NetworkService(document), GoalService(document)
    ids = {
        "net": networks.add(name="Réseau A", kind="sectoriel", functions=["plaidoyer"]).id,
        "other": networks.add(name="Réseau B", kind="territorial").id,
        "goal": goals.add(title="Peser sur la loi de finances").id,
    }
    ids["person"] = (
        ParticipantService(document).add(name="Awa", role="benevole", network_id=ids["net"]).id
    )
    goals.set_involvement(ids["goal"], ids["net"], "porte")
    goals.set_involvement(ids["goal"], ids["other"], "soutient")
    return ids


def test_adding_and_updating_a_network(document: Document) -> None:
    networks = NetworkService(document)
    added, changes = undoable(document, lambda: networks.add(name="Réseau A", kind="collectif"))
    assert changes.tables == {"network"} and len(changes) == 1
    assert networks.list() == []

    History(document).redo(changes)
    _, changes = undoable(
        document,
        lambda: networks.update(added.id, member_count=120, functions=["pilotage", "plaidoyer"]),
    )
    assert [(c.op, c.old and c.old["member_count"]) for c in changes.changes] == [("update", None)]
    assert networks.get(added.id).member_count is None


def test_deleting_a_network_comes_back_with_people_involvements_and_contributions(
    document: Document, people: dict[str, str], first_session: str, first_day: str
) -> None:
    net, goal = people["net"], people["goal"]
    said = ContributionService(document).add(
        first_session, "Mutualiser", author_id=people["person"]
    )
    AssessmentService(document).upsert(net, "clarte_objectifs", 4)
    actor = StakeholderService(document).add(name="Préfecture").id
    StakeholderService(document).set_reached_by(actor, [net])
    ParticipantService(document).set_attendance(people["person"], [first_day])

    _, changes = undoable(document, lambda: NetworkService(document).delete(net, detach=True))

    assert {"participant", "goal_network", "contribution", "assessment"} <= changes.tables
    assert {"stakeholder_access", "network"} <= changes.tables
    assert GoalService(document).involvements(goal) == {net: "porte", people["other"]: "soutient"}
    assert ParticipantService(document).get(people["person"]).network_id == net
    assert ContributionService(document).get(said.id).network_id == net
    History(document).redo(changes)
    assert GoalService(document).involvements(goal) == {people["other"]: "soutient"}
    assert ContributionService(document).get(said.id).network_id is None


def test_deleting_a_participant_comes_back_with_authorship_attendance_and_votes(
    document: Document, people: dict[str, str], first_session: str, first_day: str
) -> None:
    person = ParticipantService(document).add(name="Luc", role="salarie").id
    said = ContributionService(document).add(first_session, "Une idée", author_id=person)
    ParticipantService(document).update(person, network_id=people["net"])
    ParticipantService(document).set_attendance(person, [first_day])
    votes = VoteService(document)
    vote_round = votes.create_round("Priorités", "contribution", 5)
    votes.cast(vote_round.id, person, said.id, 2)

    _, changes = undoable(document, lambda: ParticipantService(document).delete(person))

    assert {"participant", "attendance", "contribution", "vote"} <= changes.tables
    restored = ContributionService(document).get(said.id)
    assert (restored.author_id, restored.network_id) == (person, None)
    History(document).redo(changes)
    credited = ContributionService(document).get(said.id)
    assert (credited.author_id, credited.network_id) == (None, people["net"])


def test_a_longer_session_moves_the_following_ones_and_undo_moves_them_back(
    document: Document, first_day: str, first_session: str
) -> None:
    sessions = SessionService(document)
    starts = [s.start_time for s in sessions.list_for_day(first_day)]

    _, changes = undoable(document, lambda: sessions.update(first_session, duration_min=45))

    assert len(changes) == len(starts)  # the duration, then every following start time
    assert [s.start_time for s in sessions.list_for_day(first_day)] == starts
    History(document).redo(changes)
    moved = [s.start_time for s in sessions.list_for_day(first_day)]
    assert moved[0] == starts[0] and moved[1] == "10:15" and moved[1:] != starts[1:]


def test_merge_unmerge_and_promote_contributions(document: Document, first_session: str) -> None:
    contributions = ContributionService(document)
    ideas = [contributions.add(first_session, f"Idée {n}").id for n in range(3)]

    _, merged = undoable(document, lambda: contributions.merge(ideas[0], ideas[1:]))
    assert len(merged) == 2 and merged.tables == {"contribution"}
    History(document).redo(merged)
    undoable(document, lambda: contributions.unmerge(ideas[1]))

    goal, promoted = undoable(document, lambda: contributions.promote(ideas[0], to="goal"))
    assert promoted.tables == {"goal", "goal_source"}
    assert GoalService(document).list() == []
    _, promoted = undoable(document, lambda: contributions.promote(ideas[2], to="frein"))
    assert promoted.tables == {"factor", "factor_source"}


def test_votes_cast_grown_and_counted_on_paper(
    document: Document, people: dict[str, str], first_session: str
) -> None:
    item = ContributionService(document).add(first_session, "Un plaidoyer commun").id
    votes, history = VoteService(document), History(document)
    round_id = votes.create_round("Priorités", "contribution", 5).id

    vote, cast = undoable(document, lambda: votes.cast(round_id, people["person"], item, 2))
    assert cast.tables == {"vote"} and votes.votes(round_id) == []
    history.redo(cast)  # the vote comes back under its own id
    assert [v.id for v in votes.votes(round_id)] == [vote.id]
    _, grown = undoable(document, lambda: votes.cast(round_id, people["person"], item, 1))
    assert [c.op for c in grown.changes] == ["update"]
    undoable(document, lambda: votes.set_paper_dots(round_id, item, 7))
    undoable(document, lambda: votes.delete_round(round_id))


def test_reordering_categories(document: Document) -> None:
    categories = CategoryService(document)
    levers = [c.id for c in categories.list_kind("levier")]

    _, changes = undoable(document, lambda: categories.move(levers[0], 3))

    assert changes.tables == {"category"} and len(changes) == 4
    assert [c.id for c in categories.list_kind("levier")] == levers


def _commits_then_fails(document: Document) -> None:
    NetworkService(document).add(name="Gardé", kind="collectif")
    raise RuntimeError("plantage après la validation")


@pytest.mark.parametrize(
    "failing",
    [
        # Refused after the session rows were written and logged (past midnight): rolled back.
        lambda doc, day: SessionService(doc).update(
            SessionService(doc).list_for_day(day)[0].id, duration_min=720
        ),
        lambda doc, _day: _commits_then_fails(doc),
    ],
    ids=["refused-in-its-transaction", "failed-after-committing"],
)
def test_a_failing_call_is_not_kept_and_the_next_record_is_clean(
    document: Document, first_day: str, failing: Callable[[Document, str], Any]
) -> None:
    history = History(document)
    with pytest.raises((ServiceError, RuntimeError)):
        history.record(lambda: failing(document, first_day))

    _, changes = history.record(lambda: NetworkService(document).add(name="B", kind="collectif"))

    assert [(c.table, c.op, c.new and c.new["name"]) for c in changes.changes] == [
        ("network", "insert", "B")
    ]


def test_a_call_that_changes_nothing_gives_an_empty_change_set(
    document: Document, people: dict[str, str], first_day: str
) -> None:
    history, networks = History(document), NetworkService(document)
    ParticipantService(document).set_attendance(people["person"], [first_day])

    _, renamed = history.record(lambda: networks.update(people["net"], name="Réseau A"))
    _, rewritten = history.record(  # deletes and re-inserts the very same attendance row
        lambda: ParticipantService(document).set_attendance(people["person"], [first_day])
    )

    assert not renamed and renamed.tables == frozenset()
    assert not rewritten and rewritten.tables == frozenset()


def test_recording_cannot_nest_nor_undo_inside(document: Document) -> None:
    history = History(document)
    networks = NetworkService(document)

    def outer() -> None:
        with pytest.raises(RecordingError):
            history.record(lambda: networks.add(name="Intérieur", kind="collectif"))
        with pytest.raises(RecordingError):
            history.undo(ChangeSet())
        networks.add(name="Extérieur", kind="collectif")

    _, changes = history.record(outer)
    assert [c.new and c.new["name"] for c in changes.changes] == ["Extérieur"]


def test_undo_and_redo_are_saved_and_announced(
    document: Document, people: dict[str, str], reopen: Reopen
) -> None:
    history, heard = History(document), []
    before = dump(document)
    _, changes = history.record(lambda: NetworkService(document).delete(people["net"], detach=True))
    document.add_commit_listener(heard.append)

    history.undo(changes)

    assert heard == [document.last_saved_at]
    assert dump(reopen()) == before


def test_undo_refused_when_a_linked_row_is_gone_leaves_the_document_untouched(
    document: Document, people: dict[str, str], reopen: Reopen
) -> None:
    history = History(document)
    _, changes = history.record(lambda: NetworkService(document).delete(people["net"], detach=True))
    GoalService(document).delete(people["goal"])  # the involvement undo would restore needs it
    before, commits = dump(document), document.commit_count

    with pytest.raises(ServiceError, match="^Impossible d'annuler : des éléments liés"):
        history.undo(changes)

    assert (dump(document), document.commit_count) == (before, commits)
    NetworkService(document).add(name="Après l'échec", kind="collectif")  # still usable
    reopened = reopen()
    with reopened.reading() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert [n.name for n in NetworkService(reopened).list()] == ["Réseau B", "Après l'échec"]


def test_undo_refuses_a_row_changed_since(document: Document, people: dict[str, str]) -> None:
    history, networks = History(document), NetworkService(document)
    _, renamed = history.record(lambda: networks.update(people["net"], name="Nouveau nom"))
    networks.update(people["net"], name="Changé ailleurs")

    with pytest.raises(ServiceError, match="^Impossible d'annuler : les données concernées"):
        history.undo(renamed)

    assert networks.get(people["net"]).name == "Changé ailleurs"


def test_redo_refuses_a_row_whose_id_was_taken_since(document: Document) -> None:
    history = History(document)
    added, changes = history.record(
        lambda: NetworkService(document).add(name="C", kind="collectif")
    )
    history.undo(changes)
    with document.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO network (id, name, kind, functions, sort_key)"
            " VALUES (?, 'X', 'collectif', '[]', 9)",
            (added.id,),
        )

    with pytest.raises(ServiceError, match="^Impossible de rétablir : "):
        history.redo(changes)

    assert NetworkService(document).get(added.id).name == "X"


# ---------------------------------------------------------------- random sequences

Op = Callable[[Document, st.DataObject], Callable[[], Any] | None]


def _pick(data: st.DataObject, document: Document, table: str, where: str = "1") -> str | None:
    with document.reading() as session:
        query = f'SELECT id FROM "{table}" WHERE {where} ORDER BY id'
        ids = list(session.connection().exec_driver_sql(query).scalars())
    return data.draw(st.sampled_from(ids)) if ids else None


def _needs(*ids: str | None) -> bool:
    return all(item is not None for item in ids)


def _op_network(document: Document, data: st.DataObject) -> Callable[[], Any] | None:
    functions = data.draw(st.lists(st.sampled_from(list(NetworkFunction)), max_size=3))
    net = _pick(data, document, "network") if data.draw(st.booleans()) else None
    networks = NetworkService(document)
    if net is None:
        return lambda: networks.add(name="Réseau", kind="collectif", functions=functions)
    if data.draw(st.booleans()):
        return lambda: networks.delete(net, detach=True)
    count = data.draw(st.none() | st.integers(0, 5000))
    return lambda: networks.update(net, member_count=count, functions=functions)


def _op_participant(document: Document, data: st.DataObject) -> Callable[[], Any] | None:
    people = ParticipantService(document)
    person = _pick(data, document, "participant") if data.draw(st.booleans()) else None
    if person is None:
        net = _pick(data, document, "network")
        return lambda: people.add(name="Camille", role="benevole", network_id=net)
    if data.draw(st.booleans()):
        return lambda: people.delete(person)
    days = [d.id for d in DayService(document).list()]
    chosen = data.draw(st.lists(st.sampled_from(days), unique=True))
    return lambda: people.set_attendance(person, chosen)


def _op_contribution(document: Document, data: st.DataObject) -> Callable[[], Any] | None:
    contributions = ContributionService(document)
    session_id = _pick(data, document, "agenda_session", "position <= 2")
    author = _pick(data, document, "participant") if data.draw(st.booleans()) else None
    first, second = _pick(data, document, "contribution"), _pick(data, document, "contribution")
    choice = data.draw(st.sampled_from(["add", "merge", "unmerge", "promote", "delete"]))
    if choice == "add" or not _needs(first, second):
        return lambda: contributions.add(str(session_id), "Idée", author_id=author)
    assert first is not None and second is not None
    if choice == "merge":
        return lambda: contributions.merge(first, [second])
    if choice == "unmerge":
        return lambda: contributions.unmerge(first)
    if choice == "delete":
        return lambda: contributions.delete(first, force=True)
    to = data.draw(st.sampled_from(["goal", "levier", "frein", "action"]))
    return lambda: contributions.promote(first, to=to)


def _op_goal(document: Document, data: st.DataObject) -> Callable[[], Any] | None:
    goals = GoalService(document)
    goal, net = _pick(data, document, "goal"), _pick(data, document, "network")
    if goal is None or data.draw(st.booleans()):
        return lambda: goals.add(title="Objectif")
    if net is None or data.draw(st.booleans()):
        return lambda: goals.delete(goal, force=True)
    involvement = data.draw(st.sampled_from([None, "porte", "soutient", "interesse"]))
    return lambda: goals.set_involvement(goal, net, involvement)


def _op_agenda(document: Document, data: st.DataObject) -> Callable[[], Any] | None:
    sessions = SessionService(document)
    session_id = _pick(data, document, "agenda_session")
    assert session_id is not None
    if data.draw(st.booleans()):
        return lambda: sessions.move(session_id, data.draw(st.integers(0, 12)))
    duration = data.draw(st.integers(5, 240))
    return lambda: sessions.update(session_id, duration_min=duration)


def _op_vote(document: Document, data: st.DataObject) -> Callable[[], Any] | None:
    votes = VoteService(document)
    voter = _pick(data, document, "participant", f"role NOT IN ('{Role.FACILITATEUR}')")
    item, vote_round = _pick(data, document, "contribution"), _pick(data, document, "vote_round")
    if voter is None or item is None or vote_round is None:
        return None
    points = data.draw(st.integers(0, 4))
    return lambda: votes.set_participant_points(vote_round, voter, item, points)


def _op_category(document: Document, data: st.DataObject) -> Callable[[], Any] | None:
    category = _pick(data, document, "category")
    assert category is not None
    index = data.draw(st.integers(0, 20))
    return lambda: CategoryService(document).move(category, index)


OPERATIONS: list[Op] = [
    _op_network,
    _op_participant,
    _op_contribution,
    _op_goal,
    _op_agenda,
    _op_vote,
    _op_category,
]


def _seed(path: Path) -> Path:
    """A template seminar with networks, people, a goal, contributions and a vote round."""
    with SeminarService.create_from_template(path, "Aléatoire", "2026-03-10") as document:
        session_id = SessionService(document).list()[0].id
        for name in ("Réseau A", "Réseau B"):
            net = NetworkService(document).add(name=name, kind="collectif").id
            ParticipantService(document).add(name=f"Membre {name}", role="salarie", network_id=net)
            ContributionService(document).add(session_id, f"Idée de {name}", network_id=net)
        GoalService(document).add(title="Objectif commun")
        VoteService(document).create_round("Vote", "contribution", 6)
    return path


def test_random_edits_all_undo_to_the_start_and_redo_to_the_end(tmp_path: Path) -> None:
    seed = _seed(tmp_path / "seed.influence")
    runs = itertools.count()

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        path = tmp_path / f"run-{next(runs)}.influence"
        shutil.copyfile(seed, path)
        with Document.open(path) as document:
            history, states, done = History(document), [dump(document)], []
            for operation in data.draw(
                st.lists(st.sampled_from(OPERATIONS), min_size=3, max_size=16)
            ):
                work = operation(document, data)
                if work is None:
                    continue
                try:
                    _, changes = history.record(work)
                except ServiceError:
                    assert dump(document) == states[-1]  # a refusal changes nothing
                    continue
                done.append(changes)
                states.append(dump(document))
            for changes, state in zip(reversed(done), reversed(states[:-1]), strict=True):
                history.undo(changes)
                assert dump(document) == state
            for changes, state in zip(done, states[1:], strict=True):
                history.redo(changes)
                assert dump(document) == state

    run()
