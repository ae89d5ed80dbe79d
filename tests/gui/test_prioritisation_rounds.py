"""Vote rounds in the « Priorisation » screen: created, set up, deleted, each step undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from influence_app.domain.enums import VoteTarget
from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.prioritisation import PrioritisationScreen
from influence_app.gui.voting.grid import FIRST_ITEM
from influence_app.services.votes import VoteService
from influence_app.storage.document import Document
from tests.gui import test_prioritisation as base
from tests.gui.helpers import press, type_text

# The same seminar as the main test: two networks, three voters, three goals.
room, screen = base.room, base.screen  # path and context come from tests/gui/conftest.py
Room = base.Room


def round_labels(screen: PrioritisationScreen) -> list[str]:
    model = screen.master.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_round_is_created_named_and_its_rules_changed_then_undone(
    qtbot, screen: PrioritisationScreen, context: DocumentContext, room: Room, path: Path
) -> None:
    assert screen.pages.currentIndex() == 0  # « choose or create a round »
    screen.master.table.setFocus()
    press(screen.master.table, Qt.Key.Key_Insert)
    ui = screen.form.ui
    assert ui.labelEdit.hasFocus() and ui.labelEdit.selectedText() == "Nouveau tour de vote"
    type_text(ui.labelEdit, "Leviers à activer")
    press(ui.labelEdit, Qt.Key.Key_Return)
    assert round_labels(screen) == ["Leviers à activer"]
    assert screen.round_title.text() == "Leviers à activer"

    ui.targetCombo.setFocus()
    press(ui.targetCombo, Qt.Key.Key_Down)  # Objectifs → Leviers et freins
    assert screen.current_round().target == VoteTarget.FACTOR
    assert screen.grid_model.columnCount() == FIRST_ITEM  # no lever or obstacle yet
    assert screen.rules.text().startswith("Leviers et freins · 5 points par personne")
    ui.pointsSpin.setFocus(Qt.FocusReason.TabFocusReason)
    ui.pointsSpin.selectAll()
    type_text(ui.pointsSpin, "8")
    press(ui.pointsSpin, Qt.Key.Key_Return)
    assert screen.current_round().points_per_participant == 8

    stack = context.undo_stack
    assert stack.undoText() == "Modifier le tour de vote « Leviers à activer »"
    stack.undo()
    stack.undo()
    assert screen.current_round().target == VoteTarget.GOAL
    assert ui.targetCombo.currentText() == "Objectifs"
    assert screen.grid_model.columnCount() == FIRST_ITEM + 3
    stack.undo()
    assert round_labels(screen) == ["Nouveau tour de vote"]
    stack.undo()
    assert round_labels(screen) == [] and screen.pages.currentIndex() == 0
    for _step in range(4):
        stack.redo()
    context.document.close()
    document = Document.open(path)
    try:
        (saved,) = VoteService(document).list_rounds()
        assert (saved.label, saved.target, saved.points_per_participant) == (
            "Leviers à activer",
            VoteTarget.FACTOR,
            8,
        )
    finally:
        document.close()


def test_refusals_show_under_their_field(
    qtbot, screen: PrioritisationScreen, context: DocumentContext, room: Room
) -> None:
    g1, _g2, _g3 = room.goals
    base.new_round(qtbot, screen, "Objectifs", "3", weighted=False)
    ui = screen.form.ui
    ui.labelEdit.setFocus()
    ui.labelEdit.selectAll()
    press(ui.labelEdit, Qt.Key.Key_Delete)
    press(ui.labelEdit, Qt.Key.Key_Return)
    assert screen.form.errors.message("label") == "Le libellé est obligatoire."
    press(ui.labelEdit, Qt.Key.Key_Escape)
    assert ui.labelEdit.text() == "Objectifs"

    # Once points were given, what the round votes on is fixed.
    base.type_ballot(qtbot, screen, room.alice, [(g1, "2")])
    assert not ui.targetCombo.isEnabled()
    assert "ne peut plus changer" in ui.targetCombo.toolTip()


def test_deleting_a_round_with_votes_asks_first_and_undo_brings_it_back(
    qtbot, screen: PrioritisationScreen, context: DocumentContext, room: Room
) -> None:
    g1, _g2, g3 = room.goals
    round_id = base.new_round(qtbot, screen, "Objectifs", "3", weighted=True)
    base.type_ballot(qtbot, screen, room.bruno, [(g1, "3"), (g3, "2")])
    totals = base.shown_totals(screen)

    qtbot.mouseClick(screen.master.delete_button, Qt.MouseButton.LeftButton)
    question = screen.question
    assert isinstance(question, QMessageBox) and question.isVisible()
    expected = (
        "Des votes ont été saisis dans «\u00a0Objectifs\u00a0». Le supprimer quand même\u202f?"
    )
    assert question.text() == expected
    delete = next(b for b in question.buttons() if b.text() == "Supprimer le tour")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert round_labels(screen) == []
    assert context.services.votes.list_rounds() == []

    context.undo_stack.undo()
    assert round_labels(screen) == ["Objectifs"]
    assert screen.current_round().id == round_id
    assert base.shown_totals(screen) == totals
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
