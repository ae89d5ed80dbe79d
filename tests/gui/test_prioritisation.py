"""The « Priorisation » screen driven as a facilitator: typed votes and paper dots mixed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QSpinBox

from influence_app.domain.enums import Weighting
from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.prioritisation import (
    GRID_TAB,
    PAPER_TAB,
    RESULTS_TAB,
    PrioritisationScreen,
)
from influence_app.gui.voting.grid import FIRST_ITEM, LEFT
from influence_app.gui.voting.results import ITEM_ROLE, RAW, TIE, VALUE_ROLE, WEIGHTED
from influence_app.services.votes import VoteService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text


@dataclass(frozen=True)
class Room:
    """Two networks, three voters (FNA sent two), three goals."""

    alice: str
    bruno: str
    chloe: str
    goals: tuple[str, str, str]


@pytest.fixture
def room(context: DocumentContext) -> Room:
    services = context.services
    fna = services.networks.add(
        name="Fédération nationale des ateliers", acronym="FNA", kind="sectoriel"
    )
    rsb = services.networks.add(name="Réseau solidaire breton", acronym="RSB", kind="territorial")
    people = [
        services.participants.add(name=name, network_id=network.id, role="salarie")
        for name, network in (("Alice Martin", fna), ("Bruno Lefèvre", fna), ("Chloé Nguyen", rsb))
    ]
    titles = ("Reconnaître le bénévolat", "Financer l’emploi associatif", "Parler d’une seule voix")
    goals = tuple(services.goals.add(title=title).id for title in titles)
    return Room(people[0].id, people[1].id, people[2].id, goals)  # type: ignore[arg-type]


@pytest.fixture
def screen(qtbot, context: DocumentContext, room: Room) -> PrioritisationScreen:
    widget = PrioritisationScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1156, 708)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


# ---------------------------------------------------------------- driving the screen


def new_round(qtbot, screen: PrioritisationScreen, label: str, cap: str, weighted: bool) -> str:
    """« Nouveau tour », then the form typed as a user would: label, cap, weighting."""
    qtbot.mouseClick(screen.master.add_button, Qt.MouseButton.LeftButton)
    ui = screen.form.ui
    assert ui.labelEdit.hasFocus()
    type_text(ui.labelEdit, label)
    press(ui.labelEdit, Qt.Key.Key_Return)
    ui.capSpin.setFocus(Qt.FocusReason.TabFocusReason)
    ui.capSpin.selectAll()
    type_text(ui.capSpin, cap)
    press(ui.capSpin, Qt.Key.Key_Return)
    if weighted:
        ui.weightingCombo.setFocus()
        press(ui.weightingCombo, Qt.Key.Key_Down)
    vote_round = screen.current_round()
    assert vote_round is not None
    return vote_round.id


def cell_column(screen: PrioritisationScreen, goal: str) -> int:
    sheet = screen.sheet
    assert sheet is not None
    return FIRST_ITEM + [item.item_id for item in sheet.items].index(goal)


def type_ballot(
    qtbot, screen: PrioritisationScreen, participant: str, entries: list[tuple[str, str]]
):
    """Types a participant's points cell by cell, Enter after each (Qt commits it queued)."""
    for goal, text in entries:
        index = screen.grid_model.index_of(participant, goal)
        assert index.isValid()
        screen.grid.setFocus()
        screen.grid.setCurrentIndex(index)
        type_text(screen.grid, text[0])  # a digit on a cell opens its editor
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        type_text(editor, text[1:])
        press(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.grid.state() != QAbstractItemView.State.EditingState)


def type_row(qtbot, screen: PrioritisationScreen, participant: str, first: str, values: list[str]):
    """A whole ballot along the row: a value, Tab to the next item's cell, Enter at the end."""
    screen.grid.setFocus()
    screen.grid.setCurrentIndex(screen.grid_model.index_of(participant, first))
    type_text(screen.grid, values[0][0])
    for position, text in enumerate(values):
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        type_text(editor, text[1:] if position == 0 else text)
        press(editor, Qt.Key.Key_Tab if position < len(values) - 1 else Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.grid.state() != QAbstractItemView.State.EditingState)


def type_dots(screen: PrioritisationScreen, totals: list[tuple[str, str]]) -> None:
    """Paper dots from the wall: a total, Tab to the next field, Enter after the last one."""
    screen.tabs.setCurrentIndex(PAPER_TAB)
    first = screen.paper.spins[totals[0][0]]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    for position, (goal, text) in enumerate(totals):
        spin = screen.paper.spins[goal]
        assert spin.hasFocus()
        spin.selectAll()
        type_text(spin, text)
        last = position == len(totals) - 1
        press(spin, Qt.Key.Key_Return if last else Qt.Key.Key_Tab)


def shown_totals(screen: PrioritisationScreen) -> dict[str, tuple[int, float]]:
    """(raw, weighted) of each item as the results table shows them."""
    model = screen.results.model
    return {
        model.index(row, 0).data(ITEM_ROLE): (
            model.index(row, RAW).data(VALUE_ROLE),
            model.index(row, WEIGHTED).data(VALUE_ROLE),
        )
        for row in range(model.rowCount())
    }


def remaining(screen: PrioritisationScreen, participant: str) -> str:
    row = screen.grid_model.index_of(participant, screen.sheet.items[0].item_id).row()
    return screen.grid_model.index(row, LEFT).data()


def assert_totals(shown: dict[str, tuple[int, float]], expected: dict[str, tuple[int, float]]):
    assert shown.keys() == expected.keys()
    for goal, (raw, weighted) in expected.items():
        assert shown[goal][0] == raw, goal
        assert shown[goal][1] == pytest.approx(weighted), goal


# ---------------------------------------------------------------- the round of the issue


def test_typed_votes_and_paper_dots_give_the_hand_computed_totals(
    qtbot, screen: PrioritisationScreen, context: DocumentContext, room: Room, path: Path
) -> None:
    g1, g2, g3 = room.goals
    round_id = new_round(qtbot, screen, "Objectifs prioritaires", "3", weighted=True)
    vote_round = context.services.votes.get_round(round_id)
    assert (vote_round.label, vote_round.points_per_participant) == ("Objectifs prioritaires", 5)
    assert (vote_round.max_points_per_item, vote_round.weighting) == (3, Weighting.PAR_RESEAU)

    type_row(qtbot, screen, room.alice, g1, ["3", "2"])  # Tab from G1 goes on to G2
    type_ballot(qtbot, screen, room.bruno, [(g1, "2"), (g3, "3")])
    assert "Chloé Nguyen" in screen.results.not_voted.text()
    type_ballot(qtbot, screen, room.chloe, [(g2, "3"), (g3, "1")])
    assert screen.results.not_voted.text() == "Tout le monde a voté."
    type_dots(screen, [(g1, "4"), (g2, "0"), (g3, "2")])

    # By hand. Typed: Alice (FNA) 3 on G1, 2 on G2; Bruno (FNA) 2 on G1, 3 on G3;
    # Chloé (RSB) 3 on G2, 1 on G3. Paper dots, which have no network (weight 1): 4 on G1, 2 on G3.
    # Network totals: FNA 3+2+2+3 = 10, RSB 3+1 = 4, their mean (10+4)/2 = 7, so every FNA point
    # weighs 7/10 = 0.7 and every RSB point 7/4 = 1.75.
    fna, rsb, dot = 7 / 10, 7 / 4, 1
    expected = {
        g1: (3 + 2 + 4, (3 + 2) * fna + 4 * dot),  # 9 raw, 7.5 weighted
        g2: (2 + 3, 2 * fna + 3 * rsb),  # 5 raw, 6.65 weighted
        g3: (3 + 1 + 2, 3 * fna + 1 * rsb + 2 * dot),  # 6 raw, 5.85 weighted
    }
    assert_totals(shown_totals(screen), expected)
    # Weighted, G2 overtakes G3: the ranking follows the weighted score.
    model = screen.results.model
    assert [model.item(row).item_id for row in range(3)] == [g1, g2, g3]
    assert [remaining(screen, who) for who in (room.alice, room.bruno, room.chloe)] == [
        "0",
        "0",
        "1",
    ]
    screen.tabs.setCurrentIndex(RESULTS_TAB)
    assert "7,5" in screen.results.chart.svg()  # the weighted bar's value, French decimals

    # Undo takes back the last paper count (2 dots on G3): G3 is 4 raw, 3.85 weighted again.
    assert context.undo_stack.undoText() == "Gommettes sur « 3 · Parler d’une seule voix » : 2"
    context.undo_stack.undo()
    assert_totals(shown_totals(screen), {**expected, g3: (3 + 1, 3 * fna + 1 * rsb)})
    assert screen.paper.spins[g3].value() == 0
    context.undo_stack.redo()
    assert_totals(shown_totals(screen), expected)

    # The file holds them: a fresh open computes the same results.
    context.document.close()
    document = Document.open(path)
    try:
        result = VoteService(document).results(round_id)
        assert_totals({i.item_id: (i.raw, i.weighted) for i in result.items}, expected)
    finally:
        document.close()


def test_the_quota_refuses_an_over_vote_with_the_services_message(
    qtbot, screen: PrioritisationScreen, context: DocumentContext, room: Room
) -> None:
    g1, g2, g3 = room.goals
    new_round(qtbot, screen, "Objectifs", "3", weighted=False)
    type_ballot(qtbot, screen, room.alice, [(g1, "3"), (g2, "2")])
    assert remaining(screen, room.alice) == "0"
    before, undo_count = shown_totals(screen), context.undo_stack.count()

    # Alice has spent her 5 points: one more on G3 is refused, the cell stays empty.
    type_ballot(qtbot, screen, room.alice, [(g3, "1")])
    assert screen.status.text() == "Il reste 0 point à Alice Martin : 1 demandé."
    assert screen.grid_model.index_of(room.alice, g3).data() == ""

    # The cap per item shows while typing, before Enter, and the cell keeps its 3 points.
    index = screen.grid_model.index_of(room.alice, g1)
    screen.grid.setFocus()
    screen.grid.setCurrentIndex(index)
    type_text(screen.grid, "4")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert screen.status.text() == "3 points au plus par élément."
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.grid.state() != QAbstractItemView.State.EditingState)
    assert screen.status.text() == "3 points au plus par élément."
    assert index.data() == "3"

    assert shown_totals(screen) == before
    assert context.undo_stack.count() == undo_count  # nothing recorded

    # Lowering a cell frees points, shown at once in « Reste »; Delete empties a cell.
    type_ballot(qtbot, screen, room.alice, [(g1, "1")])
    assert remaining(screen, room.alice) == "2"
    screen.grid.setCurrentIndex(screen.grid_model.index_of(room.alice, g2))
    press(screen.grid, Qt.Key.Key_Delete)
    assert remaining(screen, room.alice) == "4"
    assert context.services.votes.remaining_points(screen.current_round().id, room.alice) == 4


def test_a_closed_round_refuses_edits_until_reopened(
    qtbot, screen: PrioritisationScreen, context: DocumentContext, room: Room, path: Path
) -> None:
    g1, g2, _g3 = room.goals
    round_id = new_round(qtbot, screen, "Objectifs", "3", weighted=False)
    type_ballot(qtbot, screen, room.bruno, [(g1, "2")])
    type_dots(screen, [(g2, "5")])
    screen.tabs.setCurrentIndex(GRID_TAB)

    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert screen.banner.isVisible() and "Tour clos" in screen.banner.text()
    assert screen.close_button.text() == "Rouvrir le tour"
    cell = screen.grid_model.index_of(room.bruno, g1)
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable
    screen.grid.setFocus()
    screen.grid.setCurrentIndex(cell)
    type_text(screen.grid, "3")  # no editor opens on a closed round
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert not screen.paper.spins[g2].isEnabled()
    assert not screen.form.ui.pointsSpin.isEnabled()
    # Even pushed through the model, the service's refusal is what the user reads.
    assert not screen.grid_model.setData(cell, "3")
    assert screen.status.text() == "Le vote « Objectifs » est clos : rouvrez-le pour le modifier."
    assert shown_totals(screen)[g1][0] == 2

    qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert not screen.banner.isVisible()
    assert screen.status.text().startswith("Tapez les points")
    type_ballot(qtbot, screen, room.bruno, [(g1, "3")])
    assert shown_totals(screen)[g1][0] == 3
    context.undo_stack.undo()
    assert shown_totals(screen)[g1][0] == 2
    context.undo_stack.undo()  # the reopening
    assert screen.banner.isVisible()

    context.document.close()
    document = Document.open(path)
    try:
        assert VoteService(document).get_round(round_id).closed
    finally:
        document.close()


def test_ties_are_flagged_and_the_chart_goes_to_the_projector(
    qtbot, screen: PrioritisationScreen, room: Room
) -> None:
    g1, g2, g3 = room.goals
    new_round(qtbot, screen, "Objectifs à égalité", "3", weighted=False)
    type_ballot(qtbot, screen, room.alice, [(g1, "2"), (g2, "2")])
    type_dots(screen, [(g3, "1")])
    with qtbot.waitSignal(screen.chart_selected) as shown:
        screen.tabs.setCurrentIndex(RESULTS_TAB)
    title, svg = shown.args
    assert title == "Objectifs à égalité"
    assert svg == screen.results.chart.svg() and "ex æquo" in svg

    model = screen.results.model
    assert [model.index(row, TIE).data() for row in range(3)] == ["ex æquo", "ex æquo", ""]
    assert screen.results.ties.text() == "Ex æquo à départager avec le groupe : 1 et 2."
    assert "Sans pondération" in screen.results.rule.text()
    with qtbot.waitSignal(screen.chart_selected) as redrawn:
        screen.context.undo_stack.undo()  # the paper dot: G3 back to 0
    assert redrawn.args[1] != svg


def test_the_models_pass_the_model_tester(
    qtbot, qtmodeltester, screen: PrioritisationScreen, room: Room
) -> None:
    g1, _g2, g3 = room.goals
    new_round(qtbot, screen, "Objectifs", "3", weighted=True)
    type_ballot(qtbot, screen, room.chloe, [(g1, "2"), (g3, "1")])
    type_dots(screen, [(g1, "3")])
    qtmodeltester.check(screen.grid_model)
    qtmodeltester.check(screen.results.model)
    qtmodeltester.check(screen.master.model)


def test_a_reopened_document_shows_the_same_grid_and_results(
    qtbot, screen: PrioritisationScreen, context: DocumentContext, room: Room, path: Path
) -> None:
    g1, g2, _g3 = room.goals
    new_round(qtbot, screen, "Objectifs", "3", weighted=True)
    type_ballot(qtbot, screen, room.alice, [(g1, "3")])
    type_ballot(qtbot, screen, room.chloe, [(g2, "2")])
    type_dots(screen, [(g2, "4")])
    totals = shown_totals(screen)
    context.document.close()

    document = Document.open(path)
    reopened = PrioritisationScreen(DocumentContext.open(document, QUndoStack()))
    qtbot.addWidget(reopened)
    try:
        assert shown_totals(reopened) == totals
        assert reopened.grid_model.index_of(room.alice, g1).data() == "3"
        assert reopened.grid_model.index_of(room.chloe, g2).data() == "2"
        spin = reopened.paper.spins[g2]
        assert isinstance(spin, QSpinBox) and spin.value() == 4
    finally:
        document.close()
