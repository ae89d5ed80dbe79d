"""The « Champs de forces » screen on the demo: edits in place redraw the PDF's own diagram."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from influence_app.gui.analysis.factor_model import CATEGORY, CONTROL, STRENGTH, TITLE
from influence_app.gui.analysis.forcefield import ForceFieldScreen
from influence_app.gui.analysis.tables import select_cell
from influence_app.gui.context import DocumentContext
from influence_app.gui.undo import perform
from influence_app.services.export_pdf import export_pdf
from influence_app.services.factors import FactorService
from tests.gui.analysis_support import build_demo, close, demo_copy, open_context, reopened, show
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NNBSP = "\u202f"
LEVER = "fac-01"  # « Données de terrain de nos réseaux », strength 4, a lever of O1


def levers_total(total: int) -> str:
    return f"Leviers{NNBSP}: {total}"


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.influence")


@pytest.fixture
def context(demo_master: Path, tmp_path: Path) -> Iterator[DocumentContext]:
    opened = open_context(demo_copy(demo_master, tmp_path / "doc"))
    yield opened
    close(opened)


@pytest.fixture
def screen(qtbot, context: DocumentContext) -> ForceFieldScreen:
    return show(qtbot, ForceFieldScreen(context))


def goal_chapter_text(pdf: Path, key: str) -> str:
    """The text of the PDF page that draws the force field of goal `key`."""
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    found = [text for text in pages if f"Objectif retenu {key}" in text and "Leviers" in text]
    assert found, f"no chapter page for {key}"
    return found[0]


def on_cell(screen: ForceFieldScreen, factor_id: str, column: int) -> None:
    table = screen.levers.table
    select_cell(table, screen.levers.model.row_of(factor_id), column)
    table.setFocus()


def test_typing_a_strength_redraws_the_screen_chart_and_the_goals_pdf_chapter(
    qtbot, screen: ForceFieldScreen, context: DocumentContext, tmp_path: Path
) -> None:
    assert screen.goal_id() == "goal-1"
    assert levers_total(18) in screen.chart.svg()
    projected: list[tuple[str, str]] = []
    screen.chart_selected.connect(lambda title, svg: projected.append((title, svg)))
    on_cell(screen, LEVER, STRENGTH)

    qtbot.keyClick(screen.levers.table, Qt.Key.Key_5)

    qtbot.waitUntil(lambda: levers_total(19) in screen.chart.svg())
    svg = screen.chart.svg()
    assert levers_total(18) not in svg
    assert projected[-1] == (screen.chart.chart_title, svg) and "O1" in projected[-1][0]
    assert screen.levers.model.index(screen.levers.model.row_of(LEVER), STRENGTH).data() == "5"
    assert "total des forces 19" in screen.levers.heading.text()
    pdf = export_pdf(context.document, tmp_path / "synthese.pdf")
    assert levers_total(19) in goal_chapter_text(pdf, "O1")

    context.undo_stack.undo()
    qtbot.waitUntil(lambda: levers_total(18) in screen.chart.svg())
    context.undo_stack.redo()
    qtbot.waitUntil(lambda: levers_total(19) in screen.chart.svg())
    with reopened(context) as document:
        assert FactorService(document).get(LEVER).strength == 5


def test_controllability_through_the_spin_box_editor_and_zero_clears_a_strength(
    qtbot, screen: ForceFieldScreen, context: DocumentContext
) -> None:
    model, table = screen.levers.model, screen.levers.table
    on_cell(screen, LEVER, CONTROL)
    press(table, Qt.Key.Key_F2)
    editor = table.findChild(QSpinBox)
    assert editor is not None and editor.value() == 4
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(model.row_of(LEVER), CONTROL).data() == "2")

    on_cell(screen, LEVER, STRENGTH)
    qtbot.keyClick(table, Qt.Key.Key_0)
    assert model.index(model.row_of(LEVER), STRENGTH).data() == "—"
    qtbot.waitUntil(lambda: levers_total(14) in screen.chart.svg())
    assert context.undo_stack.undoText().startswith("Force — pour")
    with reopened(context) as document:
        saved = FactorService(document).get(LEVER)
        assert (saved.strength, saved.controllability) == (None, 2)


def test_the_category_is_chosen_in_place_among_the_levers_categories(
    qtbot, screen: ForceFieldScreen, context: DocumentContext
) -> None:
    model, table = screen.levers.model, screen.levers.table
    on_cell(screen, LEVER, CATEGORY)
    press(table, Qt.Key.Key_F2)
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.currentText() == "Expertise et remontées de terrain"
    assert combo.itemText(0) == "— sans catégorie —" and combo.count() == 1 + 15
    assert combo.findText("Baisse et précarisation des financements") < 0  # an obstacle one
    combo.setCurrentIndex(combo.findText("Alliances et coalitions inter-réseaux"))
    press(combo, Qt.Key.Key_Return)
    row = model.row_of(LEVER)
    qtbot.waitUntil(
        lambda: model.index(row, CATEGORY).data() == "Alliances et coalitions inter-réseaux"
    )
    context.undo_stack.undo()
    assert model.index(row, CATEGORY).data() == "Expertise et remontées de terrain"


def test_a_digit_beyond_five_is_refused_at_the_table(
    qtbot, screen: ForceFieldScreen, context: DocumentContext
) -> None:
    before = screen.chart.svg()
    on_cell(screen, LEVER, STRENGTH)
    qtbot.keyClick(screen.levers.table, Qt.Key.Key_7)
    assert screen.errors.isVisible()
    assert screen.errors.text() == "La note va de 1 à 5 (0 l'efface)."
    assert screen.chart.svg() == before and context.undo_stack.count() == 0


def test_a_new_obstacle_is_named_in_place_drawn_then_deleted_and_undone(
    qtbot, screen: ForceFieldScreen, context: DocumentContext
) -> None:
    panel = screen.obstacles
    count = panel.model.rowCount()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = panel.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Nouveau frein"
    editor.selectAll()
    type_text(editor, "Élus « pressés » & peu disponibles")
    press(editor, Qt.Key.Key_Return)
    row = count  # added last
    qtbot.waitUntil(
        lambda: panel.model.index(row, TITLE).data() == "Élus « pressés » & peu disponibles"
    )
    qtbot.waitUntil(lambda: "Élus" in screen.chart.svg())
    for _column in (CATEGORY, STRENGTH):  # from the title, right to its strength
        qtbot.keyClick(panel.table, Qt.Key.Key_Right)
    qtbot.keyClick(panel.table, Qt.Key.Key_4)
    assert panel.model.index(row, STRENGTH).data() == "4"

    select_cell(panel.table, row, TITLE)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == count
    qtbot.waitUntil(lambda: "Élus" not in screen.chart.svg())
    context.undo_stack.undo()
    assert panel.model.rowCount() == count + 1
    qtbot.waitUntil(lambda: "Élus" in screen.chart.svg())
    with reopened(context) as document:
        titles = [f.title for f in FactorService(document).list_for_goal("goal-1")]
        assert "Élus « pressés » & peu disponibles" in titles


def test_the_goal_picker_lists_retained_goals_first_and_switches_the_diagram(
    qtbot, screen: ForceFieldScreen
) -> None:
    combo = screen.goal_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert [text[:2] for text in texts[:4]] == ["O1", "O2", "O3", "O4"]
    assert texts[4].endswith("(candidat)") and texts[-2].endswith("(écarté)")
    assert texts[-1].startswith("Sans objectif")
    projected: list[str] = []
    screen.chart_selected.connect(lambda title, _svg: projected.append(title))
    before = screen.chart.svg()
    combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.chart.svg() != before)
    assert projected == [f"Champ de forces · {texts[1]}"]
    goal = screen.goal_id()
    shown = {screen.levers.model.row_at(r).goal_id for r in range(screen.levers.model.rowCount())}
    assert shown == {goal}


def test_a_hidden_screen_catches_up_when_asked_without_projecting(
    qtbot, screen: ForceFieldScreen, context: DocumentContext
) -> None:
    projected: list[str] = []
    screen.chart_selected.connect(lambda title, _svg: projected.append(title))
    screen.hide()
    factors = context.services.factors
    perform(context, "Force 1", lambda: factors.update(LEVER, strength=1))
    assert levers_total(18) in screen.chart.svg()  # hidden: nothing redrawn yet
    _title, svg = screen.current_chart()
    assert levers_total(15) in svg
    screen.show()
    qtbot.waitExposed(screen)
    assert projected == []  # a change made elsewhere is not pushed to the room


def test_the_factor_model_passes_the_model_tester(qtmodeltester, screen: ForceFieldScreen) -> None:
    assert screen.levers.model.rowCount() == 5
    qtmodeltester.check(screen.levers.model)
    qtmodeltester.check(screen.obstacles.model)


def test_participant_text_stays_plain_in_the_tables_tooltip(
    qtbot, screen: ForceFieldScreen, context: DocumentContext
) -> None:
    context.services.factors.update(LEVER, title="<img src='x.png'><b>Gras</b>")
    screen.refresh()
    index = screen.levers.model.index(screen.levers.model.row_of(LEVER), TITLE)
    assert index.data() == "<img src='x.png'><b>Gras</b>"
    assert "&lt;img" in index.data(Qt.ItemDataRole.ToolTipRole)
