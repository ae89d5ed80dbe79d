"""The « Plan d'action » screen on the demo: SMART notes as fields fill, edits in the file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.action_plan import ActionPlanScreen
from influence_app.gui.undo import perform
from influence_app.report import figures
from influence_app.report.charts import to_svg
from influence_app.services.actions import ActionService
from influence_app.services.participants import ParticipantService
from influence_app.services.report_data import build_report_data
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text
from tests.gui.shell_support import build_demo, demo_copy

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TITLE = "Former les trésoriers à l’argumentaire budgétaire"
INDICATOR = "30 trésoriers formés d’ici l’été ; 5 notes « budget » envoyées"
SMART_COLUMN = 1


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("plan-demo") / "demo.influence")


@pytest.fixture
def path(demo_master, tmp_path):
    return demo_copy(demo_master, tmp_path)


@pytest.fixture
def screen(qtbot, path):
    document = Document.open(path)
    screen = ActionPlanScreen(DocumentContext.open(document, QUndoStack()))
    screen.resize(1156, 718)
    qtbot.addWidget(screen)
    with qtbot.waitActive(screen):  # shortcuts and focus need the active window
        screen.show()
        screen.activateWindow()
    yield screen
    if document.is_open:
        document.close()


def cell(screen: ActionPlanScreen, key: str, column: int) -> str:
    model = screen.master.model
    return model.data(model.index(model.row_of(key), column))


def choose(combo, text: str) -> None:
    """Picks an entry by typing its first letters in the closed combo box, as users do."""
    combo.setFocus()
    type_text(combo, text[:4])
    assert combo.currentText() == text


def test_the_demo_plan_is_listed_with_its_smart_gaps(screen, qtmodeltester) -> None:
    model = screen.master.model
    assert model.rowCount() == 17
    keys = [model.data(model.index(row, 0)) for row in range(17)]
    assert keys == [f"A{n}" for n in range(1, 18)]
    smart = [model.data(model.index(row, SMART_COLUMN)) for row in range(17)]
    assert smart.count("✓") == 14  # the demo leaves three actions to finish
    assert smart[14] == "⚠ T"  # « Étude conjointe… » has no due date
    assert model.data(model.index(14, 2)).startswith("Étude conjointe sur l’isolement")
    qtmodeltester.check(model)


def test_a_new_action_becomes_smart_as_its_fields_are_filled(screen, qtbot, path) -> None:
    ui, stack = screen.ui, screen.context.undo_stack
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Insert)
    action_id = screen.current().id
    assert screen.current().key == "A18"
    # Added under the goal of the action shown (A1): « Réaliste » is met already.
    assert cell(screen, action_id, SMART_COLUMN) == "⚠ SMAT"
    assert "Spécifique" in ui.smartLabel.text() and "Réaliste" not in ui.smartLabel.text()

    ui.titleEdit.selectAll()
    type_text(ui.titleEdit, TITLE)
    assert "Spécifique" not in ui.smartLabel.text()  # follows the typing, before any commit
    press(ui.titleEdit, Qt.Key.Key_Return)
    assert cell(screen, action_id, SMART_COLUMN) == "⚠ MAT"

    ui.indicatorEdit.setFocus()
    type_text(ui.indicatorEdit, INDICATOR)
    press(ui.indicatorEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert cell(screen, action_id, SMART_COLUMN) == "⚠ AT"

    owner = next(p for p in ParticipantService(screen.context.document).list() if p.name[0] == "N")
    choose(ui.ownerCombo, ui.ownerCombo.itemText(ui.ownerCombo.findData(owner.id)))
    assert cell(screen, action_id, SMART_COLUMN) == "⚠ T"
    assert "Temporel : fixez une échéance." in ui.smartLabel.text()

    ui.dueDateEdit.setFocus()
    type_text(ui.dueDateEdit, "15/11/2026")  # as written in French, separators included
    press(ui.dueDateEdit, Qt.Key.Key_Return)
    assert cell(screen, action_id, SMART_COLUMN) == "✓"
    assert ui.smartLabel.text().startswith("✓ Action SMART")
    assert stack.undoText() == f"Modifier l'échéance de « {TITLE[:39]}… »"

    stack.undo()
    assert cell(screen, action_id, SMART_COLUMN) == "⚠ T"
    assert ActionService(screen.context.document).get(action_id).due_date is None
    assert ui.dueDateEdit.text() == "Pas d'échéance"
    stack.redo()
    assert cell(screen, action_id, SMART_COLUMN) == "✓"

    screen.context.document.close()
    with Document.open(path) as document:
        action = ActionService(document).get(action_id)
        assert (action.title, action.indicator) == (TITLE, INDICATOR)
        assert (action.owner_id, action.due_date) == (owner.id, dt.date(2026, 11, 15))
        assert action.goal_id == ActionService(document).list()[0].goal_id


def test_impact_and_effort_move_the_action_on_the_chart_and_project_it(screen, qtbot) -> None:
    ui = screen.ui
    screen.master.select_key(screen.master.model.key_at(15))  # A16: impact 2, effort 1
    screen.pages.setCurrentIndex(1)
    before = screen.chart.svg()
    with qtbot.waitSignal(screen.chart_selected) as projected:
        ui.impactSpin.setFocus()
        ui.impactSpin.selectAll()
        type_text(ui.impactSpin, "5")
        press(ui.impactSpin, Qt.Key.Key_Return)
    title, svg = projected.args
    assert title == "Plan d'action : impact et effort"
    assert svg == screen.chart.svg() != before
    assert screen.current().action.impact == 5
    assert cell(screen, screen.current().id, 10) == "5 / 1"

    screen.context.undo_stack.undo()
    assert screen.chart.svg() == before


def test_the_due_date_starts_at_the_seminar_end_and_empties_with_delete(screen) -> None:
    ui = screen.ui
    screen.master.select_key(screen.master.model.key_at(14))  # A15: no due date
    end = screen.context.services.seminar.get().end_date
    ui.dueDateEdit.setFocus()
    press(ui.dueDateEdit, Qt.Key.Key_Up)
    assert ui.dueDateEdit.date() == QDate(end)
    press(ui.dueDateEdit, Qt.Key.Key_Return)
    assert screen.current().action.due_date == end

    press(ui.dueDateEdit, Qt.Key.Key_Delete)
    assert ui.dueDateEdit.text() == "Pas d'échéance"
    press(ui.dueDateEdit, Qt.Key.Key_Return)
    assert screen.current().action.due_date is None


def test_levers_and_obstacles_of_the_chosen_goal_come_first(screen) -> None:
    ui = screen.ui
    seminar_factors = screen.context.services.factors.list()
    goals = screen.context.services.goals.list()
    goal = screen.current().action.goal_id
    own = [f for f in seminar_factors if f.goal_id == goal]
    shown = [ui.factorCombo.itemData(i) for i in range(1, len(own) + 1)]
    levers = [f.id for f in own if f.kind == "levier"]
    assert shown == levers + [f.id for f in own if f.kind == "frein"]
    assert ui.factorCombo.itemText(1).startswith("Levier · ")

    other = next(
        g for g in goals if g.id != goal and any(f.goal_id == g.id for f in seminar_factors)
    )
    choose(ui.goalCombo, ui.goalCombo.itemText(ui.goalCombo.findData(other.id)))
    assert screen.current().action.goal_id == other.id
    first = ui.factorCombo.itemData(1)
    assert next(f for f in seminar_factors if f.id == first).goal_id == other.id


def test_the_lead_network_is_not_offered_as_an_associate(screen, qtbot) -> None:
    ui = screen.ui
    line = screen.current()
    items = [ui.coNetworksList.item(row) for row in range(ui.coNetworksList.count())]
    lead = next(item for item in items if item.text().endswith("(pilote)"))
    assert not lead.flags() & Qt.ItemFlag.ItemIsEnabled
    partner = next(item for item in items if item.checkState() == Qt.CheckState.Checked)
    partner_id = partner.data(Qt.ItemDataRole.UserRole + 1)

    choose(ui.leadCombo, ui.leadCombo.itemText(ui.leadCombo.findData(partner_id)))
    # Each letter picked an entry; only the one the user settles on is saved.
    qtbot.waitUntil(lambda: screen.current().action.lead_network_id == partner_id)
    assert screen.context.undo_stack.count() == 1
    assert partner_id not in screen.current().co_networks  # the service drops it
    assert len(screen.current().co_networks) == len(line.co_networks) - 1
    screen.context.undo_stack.undo()
    assert screen.current().co_networks == line.co_networks


def test_ticking_an_associate_network_is_saved_and_undone(screen, path) -> None:
    ui = screen.ui
    line = screen.current()
    row = next(
        row
        for row in range(ui.coNetworksList.count())
        if ui.coNetworksList.item(row).checkState() == Qt.CheckState.Unchecked
        and ui.coNetworksList.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
    )
    ui.coNetworksList.setFocus()
    ui.coNetworksList.setCurrentRow(row)
    press(ui.coNetworksList, Qt.Key.Key_Space)
    added = ui.coNetworksList.item(row).data(Qt.ItemDataRole.UserRole + 1)
    assert set(screen.current().co_networks) == {*line.co_networks, added}
    assert screen.context.undo_stack.undoText().startswith("Modifier les réseaux associés à")

    screen.context.document.close()
    with Document.open(path) as document:
        assert set(ActionService(document).co_networks(line.id)) == {*line.co_networks, added}


def test_delete_asks_only_for_a_voted_action_and_undo_brings_it_back(screen, qtbot) -> None:
    model, table = screen.master.model, screen.master.table
    voted = {
        v.item_id for r in screen.context.services.votes.list_rounds() for v in _votes(screen, r)
    }
    quiet = next(k for k in (model.key_at(r) for r in range(model.rowCount())) if k not in voted)
    screen.master.select_key(quiet)
    table.setFocus()
    press(table, Qt.Key.Key_Delete)
    assert model.row_of(quiet) is None and model.rowCount() == 16
    screen.context.undo_stack.undo()
    assert model.row_of(quiet) is not None

    target = next(iter(voted & {model.key_at(r) for r in range(model.rowCount())}))
    screen.master.select_key(target)
    table.setFocus()
    press(table, Qt.Key.Key_Delete)
    assert screen.question is not None and "a reçu des votes" in screen.question.text()
    assert model.row_of(target) is not None  # nothing happens before the answer
    delete = next(b for b in screen.question.buttons() if b.text() == "Supprimer")
    delete.click()
    assert model.row_of(target) is None
    screen.context.undo_stack.undo()
    assert model.row_of(target) is not None


def _votes(screen, vote_round):
    if vote_round.target != "action":
        return []
    return screen.context.services.votes.votes(vote_round.id)


def test_leaving_the_lead_network_list_saves_the_choice_at_once(screen) -> None:
    ui = screen.ui
    other = ui.leadCombo.itemData(ui.leadCombo.count() - 1)
    choose(ui.leadCombo, ui.leadCombo.itemText(ui.leadCombo.count() - 1))
    press(ui.leadCombo, Qt.Key.Key_Tab)  # focus moves on: no pause to wait for
    ui.impactSpin.setFocus()
    assert screen.current().action.lead_network_id == other


def test_the_chart_is_the_one_the_pdf_prints(screen) -> None:
    data = build_report_data(screen.context.document)
    printed = figures.actions(data.actions.dots)[0].drawing
    assert screen.chart.svg() == to_svg(printed)
    assert "Gains rapides" in screen.chart.svg() and "Tâches ingrates" in screen.chart.svg()


def test_an_empty_plan_invites_to_add_the_first_action(qtbot, tmp_path) -> None:
    path = tmp_path / "s.influence"
    SeminarService.create_from_template(path, "Séminaire test", dt.date(2026, 3, 10)).close()
    with Document.open(path) as document:
        screen = ActionPlanScreen(DocumentContext.open(document, QUndoStack()))
        qtbot.addWidget(screen)
        screen.show()
        assert screen.master.pages.currentWidget() is screen.master.empty_label
        assert screen.master.empty_label.text().startswith("Aucune action pour l'instant")
        qtbot.keyClick(screen.master.table, Qt.Key.Key_Insert)
        assert screen.master.model.rowCount() == 1
        assert "Réaliste : rattachez l'action" in screen.ui.smartLabel.text()
        screen.close()


def test_hidden_the_plan_waits_for_its_turn_then_shows_every_change(screen) -> None:
    screen.hide()
    actions = screen.context.services.actions
    perform(screen.context, "Ajouter une action", lambda: actions.add(title="Écrire au préfet"))
    assert screen.master.model.rowCount() == 17
    screen.show()
    assert screen.master.model.rowCount() == 18


def test_the_form_is_whole_and_a_taller_window_shows_more_actions(qtbot, screen) -> None:
    form_height = screen.form.sizeHint().height()
    table = screen.master.table
    assert screen.master.pages.height() >= form_height  # nothing of the form scrolled away
    short = table.height()

    screen.resize(1156, 918)
    qtbot.waitUntil(lambda: table.height() > short)

    assert table.height() - short >= 150  # the extra height goes to the list of actions
    assert screen.master.pages.height() < form_height + 60  # not to blank space under the form
