"""The « Matrices » screen on the demo: cells cycle by click, Space and digits; undo; on disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from influence_app.gui.analysis.matrices import MatricesScreen
from influence_app.gui.analysis.matrix_panel import MatrixPanel
from influence_app.gui.context import DocumentContext
from influence_app.report import figures
from influence_app.report.charts import to_svg
from influence_app.services.archive import load_content
from influence_app.services.factors import FactorService
from influence_app.services.goals import GoalService
from influence_app.services.report_data import report_from_content
from tests.gui.analysis_support import build_demo, close, demo_copy, open_context, reopened, show

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NETWORK, GOAL, LEVER = "net-01", "goal-1", "fac-01"  # UNCSP, O1, « Données de terrain… »


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.influence")


@pytest.fixture
def context(demo_master: Path, tmp_path: Path) -> Iterator[DocumentContext]:
    opened = open_context(demo_copy(demo_master, tmp_path / "doc"))
    yield opened
    close(opened)


@pytest.fixture
def screen(qtbot, context: DocumentContext) -> MatricesScreen:
    return show(qtbot, MatricesScreen(context))


def cell_text(panel: MatrixPanel, row_id: str, column_id: str) -> str:
    return panel.model.index_of(row_id, column_id).data()


def click(qtbot, panel: MatrixPanel, row_id: str, column_id: str) -> None:
    index = panel.model.index_of(row_id, column_id)
    centre = panel.table.visualRect(index).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_involvement_cells_cycle_by_click_space_and_digits_and_undo(
    qtbot, screen: MatricesScreen, context: DocumentContext
) -> None:
    panel = screen.involvement
    assert cell_text(panel, NETWORK, GOAL) == "Intéressé"
    before = panel.chart.svg()
    projected: list[str] = []
    screen.chart_selected.connect(lambda title, _svg: projected.append(title))

    click(qtbot, panel, NETWORK, GOAL)
    assert cell_text(panel, NETWORK, GOAL) == "Soutient"
    qtbot.waitUntil(lambda: panel.chart.svg() != before)
    assert projected == ["Qui porte quel objectif (réseaux × objectifs)"]
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert cell_text(panel, NETWORK, GOAL) == "Porte"
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert cell_text(panel, NETWORK, GOAL) == "—"
    qtbot.keyClick(panel.table, Qt.Key.Key_1)
    assert cell_text(panel, NETWORK, GOAL) == "Intéressé"
    assert context.undo_stack.undoText() == "Implication de UNCSP pour O1 : Intéressé"

    context.undo_stack.undo()
    assert cell_text(panel, NETWORK, GOAL) == "—"
    context.undo_stack.undo()
    assert cell_text(panel, NETWORK, GOAL) == "Porte"
    pdf_chart = report_from_content(load_content(context.document)).goals.involvement
    expected = to_svg(figures.grid(pdf_chart)[0])  # the PDF's own heat map
    qtbot.waitUntil(lambda: panel.chart.svg() == expected)
    with reopened(context) as document:
        assert GoalService(document).involvements(GOAL)[NETWORK] == "porte"


def test_mastery_cells_take_digits_cycle_and_refuse_a_level_beyond_three(
    qtbot, screen: MatricesScreen, context: DocumentContext
) -> None:
    projected: list[str] = []
    screen.chart_selected.connect(lambda title, _svg: projected.append(title))
    screen.tabs.setCurrentWidget(screen.mastery)
    assert projected == ["Les moyens propres de chaque réseau (leviers × réseaux)"]
    panel = screen.mastery
    assert cell_text(panel, LEVER, NETWORK) == "1"

    click(qtbot, panel, LEVER, NETWORK)
    assert cell_text(panel, LEVER, NETWORK) == "2"
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert cell_text(panel, LEVER, NETWORK) == "3"
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # after the highest: none at all (0)
    assert cell_text(panel, LEVER, NETWORK) == "0"
    qtbot.keyClick(panel.table, Qt.Key.Key_7)
    assert panel.errors.text() == "La maîtrise va de 0 (aucune) à 3 (forte) ; Suppr l'efface."
    assert cell_text(panel, LEVER, NETWORK) == "0"
    qtbot.keyClick(panel.table, Qt.Key.Key_Backspace)
    assert cell_text(panel, LEVER, NETWORK) == "—" and panel.errors.isHidden()

    context.undo_stack.undo()
    assert cell_text(panel, LEVER, NETWORK) == "0"
    with reopened(context) as document:
        assert FactorService(document).masteries(LEVER)[NETWORK] == 0


def test_the_keyboard_walks_the_cells_and_the_selection_stays_after_an_edit(
    qtbot, screen: MatricesScreen
) -> None:
    panel = screen.involvement
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Right)
    current = panel.table.currentIndex()
    network, goal = panel.model.cell(current)
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert cell_text(panel, network, goal) == "Porte"
    assert panel.model.cell(panel.table.currentIndex()) == (network, goal)


def test_clicking_a_chart_sends_it_to_the_projector(qtbot, screen: MatricesScreen) -> None:
    projected: list[tuple[str, str]] = []
    screen.chart_selected.connect(lambda title, svg: projected.append((title, svg)))
    chart = screen.involvement.chart
    qtbot.mouseClick(chart.view, Qt.MouseButton.LeftButton)
    assert projected and projected[-1] == (chart.chart_title, chart.svg())
    assert "UNCSP" in projected[-1][1]


def test_both_matrix_models_pass_the_model_tester(qtmodeltester, screen: MatricesScreen) -> None:
    assert screen.involvement.model.rowCount() == 11
    assert screen.mastery.model.columnCount() == 11
    qtmodeltester.check(screen.involvement.model)
    qtmodeltester.check(screen.mastery.model)
