"""The « Carte des acteurs » screen on the demo: the form, the check lists, the map, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from influence_app.gui.analysis.stakeholders import ID_ROLE, StakeholdersScreen
from influence_app.gui.context import DocumentContext
from influence_app.services.stakeholders import StakeholderService
from tests.gui.analysis_support import build_demo, close, demo_copy, open_context, reopened, show
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ACTOR = "stk-01"  # Direction de la jeunesse… : power 4, interest 5, stance +1 → +2
NAME, POWER, STANCE, NETWORKS = 1, 4, 6, 7


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.influence")


@pytest.fixture
def context(demo_master: Path, tmp_path: Path) -> Iterator[DocumentContext]:
    opened = open_context(demo_copy(demo_master, tmp_path / "doc"))
    yield opened
    close(opened)


@pytest.fixture
def screen(qtbot, context: DocumentContext) -> StakeholdersScreen:
    widget = show(qtbot, StakeholdersScreen(context))
    widget.master.select_key(ACTOR)
    return widget


def cell(screen: StakeholdersScreen, column: int, key: str = ACTOR) -> str:
    model = screen.master.model
    return model.index(model.row_of(key), column).data()


def toggle(qtbot, widget: QListWidget, item_id: str) -> None:
    """Space on the item, as a keyboard user ticks a box in a check list."""
    row = next(r for r in range(widget.count()) if widget.item(r).data(ID_ROLE) == item_id)
    widget.setFocus()
    widget.setCurrentRow(row)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def test_the_form_edits_the_actor_its_lists_and_its_place_on_the_map(
    qtbot, screen: StakeholdersScreen, context: DocumentContext
) -> None:
    ui, before = screen.ui, screen.chart.svg()
    assert ui.powerSpin.value() == 4 and cell(screen, STANCE) == "+1 → +2"
    ui.powerSpin.setFocus()
    ui.powerSpin.selectAll()
    qtbot.keyClicks(ui.powerSpin, "2")
    press(ui.powerSpin, Qt.Key.Key_Return)
    assert cell(screen, POWER) == "2"
    qtbot.waitUntil(lambda: screen.chart.svg() != before)

    ui.stanceCombo.setFocus()
    qtbot.keyClick(ui.stanceCombo, Qt.Key.Key_Up)  # +1 → 0 · Neutre
    assert cell(screen, STANCE) == "0 → +2"
    toggle(qtbot, ui.goalsList, "goal-2")
    toggle(qtbot, ui.networksList, "net-01")  # UNCSP had access: no longer
    assert not cell(screen, NETWORKS).startswith("UNCSP")
    ui.notesEdit.setFocus()
    ui.notesEdit.selectAll()
    type_text(ui.notesEdit, "Rendez-vous en mars ; <b>pas</b> avant.")
    press(ui.notesEdit, Qt.Key.Key_Tab)

    with reopened(context) as document:
        service = StakeholderService(document)
        actor = service.get(ACTOR)
        assert (actor.power, actor.stance, actor.desired_stance) == (2, 0, 2)
        assert actor.notes == "Rendez-vous en mars ; <b>pas</b> avant."
        assert service.goals(ACTOR) == ["goal-1", "goal-2", "goal-3"]
        assert "net-01" not in service.reached_by(ACTOR)


def test_undo_puts_the_actor_back_on_the_map(
    qtbot, screen: StakeholdersScreen, context: DocumentContext
) -> None:
    before = screen.chart.svg()
    ui = screen.ui
    ui.interestSpin.setFocus()
    ui.interestSpin.selectAll()
    qtbot.keyClicks(ui.interestSpin, "1")
    press(ui.interestSpin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.chart.svg() != before)
    assert (
        context.undo_stack.undoText()
        == "Modifier l'acteur « Direction de la jeunesse et de la vie associative (ministère) »"
    )
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: screen.chart.svg() == before)
    assert ui.interestSpin.value() == 5
    with reopened(context) as document:
        assert StakeholderService(document).get(ACTOR).interest == 5


def test_an_actor_is_added_by_insert_named_then_deleted(
    qtbot, screen: StakeholdersScreen, context: DocumentContext
) -> None:
    model, ui = screen.master.model, screen.ui
    count = model.rowCount()
    screen.master.table.setFocus()
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Insert)
    assert model.rowCount() == count + 1 and ui.nameEdit.hasFocus()
    assert ui.nameEdit.selectedText() == "Nouvel acteur"
    type_text(ui.nameEdit, "Préfète de région")
    press(ui.nameEdit, Qt.Key.Key_Return)
    added = screen.master.current_key()
    assert cell(screen, NAME, added) == "Préfète de région"
    assert cell(screen, 0, added) == f"P{count + 1}"  # its key on the map

    screen.master.table.setFocus()
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Delete)
    assert model.row_of(added) is None
    context.undo_stack.undo()
    assert cell(screen, NAME, added) == "Préfète de région"
    with reopened(context) as document:
        assert StakeholderService(document).get(added).name == "Préfète de région"


def test_an_empty_name_is_refused_at_the_field(
    qtbot, screen: StakeholdersScreen, context: DocumentContext
) -> None:
    ui = screen.ui
    ui.nameEdit.setFocus()
    ui.nameEdit.selectAll()
    press(ui.nameEdit, Qt.Key.Key_Backspace)
    press(ui.nameEdit, Qt.Key.Key_Return)
    assert screen.errors.message("name") == "Le nom est obligatoire."
    assert context.undo_stack.count() == 0
    assert cell(screen, NAME).startswith("Direction de la jeunesse")


def test_the_stakeholder_model_passes_the_model_tester(
    qtmodeltester, screen: StakeholdersScreen
) -> None:
    assert screen.master.model.rowCount() == 16
    qtmodeltester.check(screen.master.model)
