"""The screens' chart inputs are the synthesis PDF's, value for value, and follow edits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from influence_app import paths
from influence_app.services import chart_inputs
from influence_app.services.archive import import_archive_as_new, load_content
from influence_app.services.assessments import AssessmentService
from influence_app.services.factors import FactorService
from influence_app.services.goals import GoalService
from influence_app.services.networks import NetworkService
from influence_app.services.report_data import report_from_content
from influence_app.storage.document import Document


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Document]:
    target = tmp_path_factory.mktemp("demo") / "demo.influence"
    document = import_archive_as_new(paths.resource("demo", "demo-seminar.json"), target)
    yield document
    document.close()


@pytest.fixture
def fresh_demo(tmp_path: Path) -> Iterator[Document]:
    target = tmp_path / "demo.influence"
    document = import_archive_as_new(paths.resource("demo", "demo-seminar.json"), target)
    yield document
    document.close()


def test_each_retained_goals_forces_are_those_of_its_pdf_chapter(demo: Document) -> None:
    seminar = chart_inputs.read_seminar(demo)
    report = report_from_content(load_content(demo))
    assert report.goal_chapters  # the demo has retained goals: the loop really compares
    for goal, chapter in zip(seminar.retained_goals, report.goal_chapters, strict=True):
        levers, obstacles = chart_inputs.goal_forces(seminar, goal.id)
        assert (levers, obstacles) == (chapter.levers, chapter.obstacles)
        assert levers and obstacles


def test_the_matrices_are_the_pdfs_heat_maps_with_the_ids_of_their_cells(demo: Document) -> None:
    seminar = chart_inputs.read_seminar(demo)
    report = report_from_content(load_content(demo))
    involvement = chart_inputs.involvement_matrix(seminar)
    mastery = chart_inputs.mastery_matrix(seminar)
    assert involvement.grid == report.goals.involvement
    assert mastery.grid == report.means.mastery
    networks = [n.id for n in NetworkService(demo).list()]
    assert involvement.row_ids == mastery.column_ids == tuple(networks)
    assert involvement.column_ids == tuple(goal.id for goal in seminar.goals)
    levers = [f.id for f in FactorService(demo).list() if f.kind == "levier"]
    assert mastery.row_ids == tuple(levers)


def test_stakeholders_and_assessment_are_the_pdfs(demo: Document) -> None:
    seminar = chart_inputs.read_seminar(demo)
    report = report_from_content(load_content(demo))
    assert chart_inputs.stakeholder_dots(seminar) == report.stakeholders.dots
    criteria, series = chart_inputs.assessment_series(seminar)
    assert (criteria, series) == (report.assessment.criteria, report.assessment.series)
    assert len(series) == 11 and criteria[0] == "Clarté des objectifs"


def test_inputs_follow_the_documents_edits(fresh_demo: Document) -> None:
    seminar = chart_inputs.read_seminar(fresh_demo)
    goal = seminar.retained_goals[0]
    lever = next(f for f in seminar.content.factors if f.goal_id == goal.id and f.kind == "levier")
    network = seminar.content.networks[0]
    FactorService(fresh_demo).update(lever.id, strength=1)
    GoalService(fresh_demo).set_involvement(goal.id, network.id, None)
    FactorService(fresh_demo).set_mastery(lever.id, network.id, 3)
    AssessmentService(fresh_demo).upsert(network.id, "clarte_objectifs", 5)

    after = chart_inputs.read_seminar(fresh_demo)
    levers, _obstacles = chart_inputs.goal_forces(after, goal.id)
    assert levers[-1].strength == 1.0  # weakest last, as the PDF orders them
    involvement = chart_inputs.involvement_matrix(after)
    row, column = involvement.row_ids.index(network.id), involvement.column_ids.index(goal.id)
    assert involvement.grid.values[row][column] == 0.0
    mastery = chart_inputs.mastery_matrix(after)
    assert mastery.grid.values[mastery.row_ids.index(lever.id)][0] == 3.0
    _criteria, series = chart_inputs.assessment_series(after)
    assert series[0].scores[0] == 5.0


def test_a_goal_without_forces_and_the_unattached_ones(demo: Document) -> None:
    seminar = chart_inputs.read_seminar(demo)
    no_forces = next(
        g for g in seminar.goals if not any(f.goal_id == g.id for f in seminar.content.factors)
    )
    assert chart_inputs.goal_forces(seminar, no_forces.id) == ((), ())
    levers, obstacles = chart_inputs.goal_forces(seminar, None)
    assert len(levers) + len(obstacles) == 2  # the demo's two cross-cutting factors
