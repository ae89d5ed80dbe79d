"""The « Catégories » screen driven as a facilitator: add, rename, reorder, delete, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from influence_app.domain.enums import FactorKind
from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.categories import CategoriesScreen, CategoryPanel
from influence_app.services.categories import CategoryService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text

# The offscreen platform says so when a window is shown; windows must be shown for shortcuts.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CODE, LABEL, SCOPE = 0, 1, 2
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def screen(qtbot, context: DocumentContext) -> CategoriesScreen:
    widget = CategoriesScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1146, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def column(panel: CategoryPanel, number: int) -> list[str]:
    model = panel.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def labels_on_disk(context: DocumentContext, path: Path, kind: str) -> list[str]:
    """Labels in order as a fresh `Document.open` of the closed file reads them."""
    context.document.close()
    document = Document.open(path)
    try:
        return [c.label for c in CategoryService(document).list_kind(kind)]
    finally:
        document.close()


def select(panel: CategoryPanel, row: int) -> None:
    panel.master.select_key(panel.model.key_at(row))
    panel.table.setFocus()


def test_a_new_lever_is_added_named_and_undone_step_by_step(
    qtbot, screen: CategoriesScreen, context: DocumentContext, path: Path
) -> None:
    levers = screen.levers
    before = column(levers, LABEL)
    qtbot.mouseClick(levers.master.add_button, Qt.MouseButton.LeftButton)

    assert column(levers, LABEL) == [*before, "Nouveau levier"]
    assert screen.tabs.tabText(0) == "Leviers (16)"
    label = levers.ui.labelEdit
    assert label.hasFocus() and label.selectedText() == "Nouveau levier"
    type_text(label, "Veille numérique ✓")
    press(label, Qt.Key.Key_Return)
    assert column(levers, LABEL)[-1] == "Veille numérique ✓"
    assert context.undo_stack.undoText() == "Renommer « Nouveau levier » en « Veille numérique ✓ »"

    context.undo_stack.undo()
    assert column(levers, LABEL)[-1] == "Nouveau levier"
    assert label.text() == "Nouveau levier"
    context.undo_stack.undo()
    assert column(levers, LABEL) == before
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert labels_on_disk(context, path, FactorKind.LEVIER) == [*before, "Veille numérique ✓"]


def test_f2_renames_in_the_table(
    qtbot, screen: CategoriesScreen, context: DocumentContext, path: Path
) -> None:
    levers = screen.levers
    select(levers, 2)
    qtbot.keyClick(levers.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Représentation institutionnelle"
    editor.selectAll()
    type_text(editor, "Sièges et mandats")
    press(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: column(levers, LABEL)[2] == "Sièges et mandats")
    assert levers.ui.labelEdit.text() == "Sièges et mandats"
    context.undo_stack.undo()
    assert column(levers, LABEL)[2] == "Représentation institutionnelle"
    context.undo_stack.redo()
    assert labels_on_disk(context, path, FactorKind.LEVIER)[2] == "Sièges et mandats"


def test_an_empty_label_typed_in_the_table_is_refused_at_the_form(
    qtbot, screen: CategoriesScreen, context: DocumentContext
) -> None:
    levers = screen.levers
    select(levers, 0)
    qtbot.keyClick(levers.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "   ")
    press(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: levers.binder.errors.has_error("label"))
    assert "obligatoire" in levers.binder.errors.message("label")
    assert column(levers, LABEL)[0] == "Expertise et remontées de terrain"
    assert context.undo_stack.count() == 0


def test_ctrl_arrows_reorder_and_undo_puts_back(
    qtbot, screen: CategoriesScreen, context: DocumentContext, path: Path
) -> None:
    obstacles = screen.obstacles
    screen.tabs.setCurrentWidget(obstacles)
    before = column(obstacles, CODE)
    select(obstacles, 0)
    qtbot.keyClick(obstacles.table, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(obstacles.table, Qt.Key.Key_Down, CTRL)

    assert column(obstacles, CODE)[:3] == [before[1], before[2], before[0]]
    assert obstacles.current_category().code == before[0]  # still selected
    assert context.undo_stack.undoText() == (
        "Déplacer « Perte de légitimité politique, défiance envers les corps intermédiaires »"
    )
    context.undo_stack.undo()
    assert column(obstacles, CODE)[:3] == [before[1], before[0], before[2]]
    context.undo_stack.undo()
    assert column(obstacles, CODE) == before
    qtbot.mouseClick(screen.down_button, Qt.MouseButton.LeftButton)
    moved = column(obstacles, CODE)
    assert moved[:2] == [before[1], before[0]]
    codes = [c.code for c in CategoryService(context.document).list_kind(FactorKind.FREIN)]
    assert codes == moved
    labels_on_disk(context, path, FactorKind.FREIN)  # the file opens afresh


def test_a_bad_code_is_refused_at_its_field(screen: CategoriesScreen, context: DocumentContext):
    code = screen.levers.ui.codeEdit
    code.setFocus()
    code.selectAll()
    type_text(code, "Alliés")
    press(code, Qt.Key.Key_Return)

    assert "majuscules, chiffres et _" in screen.levers.binder.errors.message("code")
    assert code.text() == "Alliés"
    assert context.undo_stack.count() == 0
    code.selectAll()
    type_text(code, "ALLIANCES")  # another lever's code
    press(code, Qt.Key.Key_Return)
    assert "déjà pris" in screen.levers.binder.errors.message("code")


def test_the_scope_belongs_to_obstacles_only(screen: CategoriesScreen, context) -> None:
    assert screen.levers.model.columnCount() == 2
    assert screen.obstacles.model.headerData(SCOPE, Qt.Orientation.Horizontal) == "Portée"
    assert column(screen.obstacles, SCOPE)[0] == "Externe"
    shown = [label.text() for label in screen.levers.form.findChildren(QLabel)]
    assert "&Portée" not in shown and "&Portée" in [
        label.text() for label in screen.obstacles.form.findChildren(QLabel)
    ]
    screen.tabs.setCurrentWidget(screen.obstacles)
    combo = screen.obstacles.ui.scopeCombo
    select(screen.obstacles, 0)
    combo.setCurrentIndex(combo.findText("Interne"))
    combo.activated.emit(combo.currentIndex())  # as when the user picks it in the list
    assert column(screen.obstacles, SCOPE)[0] == "Interne"
    context.undo_stack.undo()
    assert column(screen.obstacles, SCOPE)[0] == "Externe"


def answer(qtbot, question: QMessageBox | None, button_text: str) -> None:
    """Clicks `button_text` in the open question, as the user would."""
    assert isinstance(question, QMessageBox) and question.isVisible()
    button = next(b for b in question.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_deleting_a_category_in_use_asks_and_undo_refiles_the_lever(
    qtbot, screen: CategoriesScreen, context: DocumentContext
) -> None:
    services = context.services
    levers = screen.levers
    category_id = levers.model.key_at(1)
    goal = services.goals.add(title="Être consultés sur la loi de finances")
    lever = services.factors.add(
        kind=FactorKind.LEVIER, goal_id=goal.id, title="Note commune", category_id=category_id
    )
    select(levers, 1)

    qtbot.keyClick(levers.table, Qt.Key.Key_Delete)
    assert "classe 1 levier ou frein." in levers.question.text()
    answer(qtbot, levers.question, "Annuler")
    assert levers.model.row_of(category_id) == 1
    assert context.undo_stack.count() == 0
    levers.delete_category(category_id)
    answer(qtbot, levers.question, "Supprimer quand même")
    assert levers.model.row_of(category_id) is None
    assert services.factors.get(lever.id).category_id is None

    context.undo_stack.undo()
    assert levers.model.row_of(category_id) == 1
    assert services.factors.get(lever.id).category_id == category_id


def test_an_unused_category_is_deleted_at_once_and_undone(
    qtbot, screen: CategoriesScreen, context: DocumentContext
) -> None:
    levers = screen.levers
    before = column(levers, LABEL)
    select(levers, 0)
    qtbot.keyClick(levers.table, Qt.Key.Key_Delete)
    assert column(levers, LABEL) == before[1:]
    assert levers.current_category().label == before[1]
    context.undo_stack.undo()
    assert column(levers, LABEL) == before


def test_item_models_pass_the_model_tester(qtmodeltester, screen: CategoriesScreen) -> None:
    qtmodeltester.check(screen.levers.model)
    qtmodeltester.check(screen.obstacles.model)


def test_tab_goes_from_the_table_through_the_form(qtbot, screen: CategoriesScreen) -> None:
    screen.tabs.setCurrentWidget(screen.obstacles)
    obstacles = screen.obstacles
    select(obstacles, 0)
    order = []
    widget = obstacles.table
    for _ in range(5):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        order.append(widget.objectName() or widget.text())
    assert order == ["labelEdit", "codeEdit", "scopeCombo", "descriptionEdit", "Ajouter un frein"]


def test_arrowing_through_the_scopes_is_one_undo_step(
    screen: CategoriesScreen, context: DocumentContext
) -> None:
    """A closed combo saves each scope it passes through; Ctrl+Z takes them back at once."""
    obstacles = screen.obstacles
    screen.tabs.setCurrentWidget(obstacles)
    select(obstacles, 0)
    category_id = obstacles.model.key_at(0)
    before = CategoryService(context.document).get(category_id).scope
    combo = obstacles.ui.scopeCombo
    arrow = Qt.Key.Key_Down if combo.currentIndex() + 2 < combo.count() else Qt.Key.Key_Up
    stack, steps = context.undo_stack, context.undo_stack.count()
    combo.setFocus()
    press(combo, arrow)
    press(combo, arrow)

    after = CategoryService(context.document).get(category_id).scope
    assert after == combo.currentData() != before
    assert stack.count() == steps + 1
    stack.undo()
    assert CategoryService(context.document).get(category_id).scope == before
