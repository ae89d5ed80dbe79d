"""The « Auto-évaluation » screen on the demo: scores by digit or editor, comments, the chart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from influence_app.gui.analysis.assessment import AssessmentScreen
from influence_app.gui.analysis.assessment_model import CRITERIA
from influence_app.gui.analysis.tables import select_cell
from influence_app.gui.context import DocumentContext
from influence_app.services.assessments import AssessmentService
from tests.gui.analysis_support import build_demo, close, demo_copy, open_context, reopened, show
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NETWORK = "net-01"  # UNCSP: 3, 3, 4, 2 (the last one commented)
CLARITY, LEGITIMACY = CRITERIA.index("clarte_objectifs"), CRITERIA.index("legitimite_politique")


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.influence")


@pytest.fixture
def context(demo_master: Path, tmp_path: Path) -> Iterator[DocumentContext]:
    opened = open_context(demo_copy(demo_master, tmp_path / "doc"))
    yield opened
    close(opened)


@pytest.fixture
def screen(qtbot, context: DocumentContext) -> AssessmentScreen:
    return show(qtbot, AssessmentScreen(context))


def go_to(screen: AssessmentScreen, column: int) -> None:
    select_cell(screen.table, screen.model.row_of(NETWORK), column)
    screen.table.setFocus()


def shown(screen: AssessmentScreen, column: int) -> str:
    return screen.model.index(screen.model.row_of(NETWORK), column).data()


def scores_on_disk(context: DocumentContext) -> dict[str, tuple[int, str | None]]:
    with reopened(context) as document:
        rows = AssessmentService(document).for_network(NETWORK)
        return {row.criterion: (row.score, row.comment) for row in rows}


def test_a_typed_score_redraws_the_chart_persists_and_undoes(
    qtbot, screen: AssessmentScreen, context: DocumentContext
) -> None:
    before = screen.chart.svg()
    projected: list[str] = []
    screen.chart_selected.connect(lambda title, _svg: projected.append(title))
    go_to(screen, CLARITY)
    qtbot.keyClick(screen.table, Qt.Key.Key_5)
    assert shown(screen, CLARITY) == "5"
    qtbot.waitUntil(lambda: screen.chart.svg() != before)
    assert projected == ["Conditions internes : l'auto-évaluation des réseaux"]
    assert context.undo_stack.undoText() == "Note 5 de UNCSP en « Clarté des objectifs »"

    context.undo_stack.undo()
    assert shown(screen, CLARITY) == "3"
    qtbot.waitUntil(lambda: screen.chart.svg() == before)
    context.undo_stack.redo()
    assert scores_on_disk(context)["clarte_objectifs"] == (5, None)


def test_the_spin_box_editor_keeps_the_comment_and_delete_clears_the_score(
    qtbot, screen: AssessmentScreen, context: DocumentContext
) -> None:
    go_to(screen, LEGITIMACY)
    assert shown(screen, LEGITIMACY) == "2 ✎"
    press(screen.table, Qt.Key.Key_F2)
    editor = screen.table.findChild(QSpinBox)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "4")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(screen, LEGITIMACY) == "4 ✎")

    go_to(screen, CLARITY)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert shown(screen, CLARITY) == "—"
    saved = scores_on_disk(context)
    assert saved["legitimite_politique"][0] == 4 and saved["legitimite_politique"][1]
    assert "clarte_objectifs" not in saved


def test_a_comment_follows_the_cell_and_is_saved_when_leaving_the_field(
    qtbot, screen: AssessmentScreen, context: DocumentContext
) -> None:
    go_to(screen, CLARITY)
    assert screen.comment_label.text() == "&Commentaire · UNCSP · Clarté des objectifs"
    screen.comment_edit.setFocus()
    type_text(screen.comment_edit, "Nos priorités changent à chaque AG — « trop » souvent.")
    press(screen.comment_edit, Qt.Key.Key_Tab)
    assert shown(screen, CLARITY) == "3 ✎"
    assert (
        "UNCSP · Clarté des objectifs (3/5) : Nos priorités changent"
        in screen.comments_text.toPlainText()
    )
    assert context.undo_stack.undoText() == "Commentaire de UNCSP en « Clarté des objectifs »"
    assert scores_on_disk(context)["clarte_objectifs"] == (
        3,
        "Nos priorités changent à chaque AG — « trop » souvent.",
    )


def test_a_comment_on_a_criterion_not_scored_is_refused_at_the_field(
    qtbot, screen: AssessmentScreen, context: DocumentContext
) -> None:
    go_to(screen, CLARITY)
    qtbot.keyClick(screen.table, Qt.Key.Key_0)  # clears the score
    assert shown(screen, CLARITY) == "—"
    assert screen.comment_edit.placeholderText() == "Notez d'abord ce critère."
    screen.comment_edit.setFocus()
    type_text(screen.comment_edit, "Sans note")
    press(screen.comment_edit, Qt.Key.Key_Tab)
    assert screen.errors.message("comment") == "Donnez d'abord une note (1 à 5) à ce critère."
    assert context.undo_stack.count() == 1  # only the clearing
    go_to(screen, CLARITY)
    qtbot.keyClick(screen.table, Qt.Key.Key_9)
    assert screen.errors.message("score") == "La note va de 1 à 5 (0 l'efface)."


def test_the_assessment_model_passes_the_model_tester(
    qtmodeltester, screen: AssessmentScreen
) -> None:
    assert (screen.model.rowCount(), screen.model.columnCount()) == (11, 4)
    qtmodeltester.check(screen.model)
