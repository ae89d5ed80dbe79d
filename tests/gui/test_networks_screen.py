"""The Réseaux screen, driven from the keyboard, checked in the file after a fresh open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from influence_app.gui.context import DocumentContext
from influence_app.gui.models.networks import NetworkTableModel
from influence_app.gui.screens.networks import NetworksScreen
from influence_app.services.agenda import SessionService
from influence_app.services.contributions import ContributionService
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "s.influence"
    SeminarService.create_from_template(path, "Séminaire test", dt.date(2026, 3, 10)).close()
    return path


@pytest.fixture
def open_screen(qtbot, path):
    """Opens the document and the screen; the test may seed the document first."""
    opened = []

    def open_() -> NetworksScreen:
        document = Document.open(path)
        screen = NetworksScreen(DocumentContext.open(document, QUndoStack()))
        qtbot.addWidget(screen)
        with qtbot.waitActive(screen):  # shortcuts and focus need the active window
            screen.show()
            screen.activateWindow()
        opened.append(document)
        return screen

    yield open_
    for document in opened:
        if document.is_open:
            document.close()


def networks_in_file(screen: NetworksScreen, path) -> list:
    screen.context.document.close()
    with Document.open(path) as document:
        return NetworkService(document).list()


def retype(edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    press(edit, Qt.Key.Key_Return)


def tick(box) -> None:
    box.setFocus()
    press(box, Qt.Key.Key_Space)


def test_add_a_network_with_three_functions_undo_redo_and_reopen(open_screen, qtbot, path) -> None:
    screen = open_screen()
    ui, stack = screen.ui, screen.context.undo_stack
    screen.master.table.setFocus()
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Insert)
    assert screen.master.drafting and ui.nameEdit.text() == ""
    type_text(ui.nameEdit, "Fédération des œuvres laïques d’Île-de-France")
    press(ui.nameEdit, Qt.Key.Key_Return)
    assert stack.undoText() == "Ajouter le réseau « Fédération des œuvres laïques d’Île-de-France »"
    retype(ui.acronymEdit, "FOL-IDF")
    ui.kindCombo.setFocus()
    press(ui.kindCombo, Qt.Key.Key_Down)  # Sectoriel → Territorial
    retype(ui.memberSpin, "1200")
    for code in ("plaidoyer", "animation", "ingenierie"):
        tick(screen.function_boxes[code])
    assert stack.count() == 7
    table = screen.master.model
    assert table.data(table.index(0, 5)) == "Plaidoyer, Mise en réseau et animation, Ingénierie"
    assert table.data(table.index(0, 4)) == "1\u202f200"  # French thousands separator

    for _ in range(7):
        stack.undo()
    assert table.rowCount() == 0
    assert screen.master.pages.currentWidget() is screen.master.empty_label
    for _ in range(7):
        stack.redo()
    assert screen.function_boxes["ingenierie"].isChecked()

    (network,) = networks_in_file(screen, path)
    assert network.name == "Fédération des œuvres laïques d’Île-de-France"
    assert (network.acronym, network.kind, network.member_count) == ("FOL-IDF", "territorial", 1200)
    assert network.functions == ["plaidoyer", "animation", "ingenierie"]


def test_functions_are_explained_in_french(open_screen) -> None:
    screen = open_screen()
    labels = [box.text() for box in screen.function_boxes.values()]
    assert labels == [
        "Plaidoyer",
        "Opérateur",
        "Accompagnement",
        "Mise en réseau et animation",
        "Ingénierie",
        "Pilotage de projets",
    ]
    assert all(box.toolTip() for box in screen.function_boxes.values())
    kinds = [screen.ui.kindCombo.itemText(i) for i in range(screen.ui.kindCombo.count())]
    assert kinds == ["Sectoriel", "Territorial", "Collectif"]


def test_a_network_without_a_name_is_not_created(open_screen, qtbot, path) -> None:
    screen = open_screen()
    screen.master.add_button.click()
    tick(screen.function_boxes["plaidoyer"])
    press(screen.ui.nameEdit, Qt.Key.Key_Return)
    assert screen.errors.message("name") == "Le nom est obligatoire."
    assert screen.context.undo_stack.count() == 0
    assert networks_in_file(screen, path) == []


def seed_network_in_use(path) -> str:
    """A network with two participants and one contribution, as set up before the screen."""
    with Document.open(path) as document:
        network = NetworkService(document).add(name="Réseau Cocagne", kind="collectif")
        people = ParticipantService(document)
        for name in ("Anaïs", "Bruno"):
            people.add(name=name, role="salarie", network_id=network.id)
        session = SessionService(document).list()[0]
        ContributionService(document).add(session.id, "Une idée", network_id=network.id)
        NetworkService(document).add(name="Réseau seul", kind="sectoriel")
        return network.id


def test_deleting_a_network_in_use_asks_then_detaches_and_undo_brings_both_back(
    open_screen, qtbot, path
) -> None:
    network_id = seed_network_in_use(path)
    screen = open_screen()
    screen.master.select_key(network_id)
    screen.master.table.setFocus()
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Delete)
    question = screen.question
    assert question is not None and question.isVisible()
    assert question.text() == (
        "2 participants et 1 contribution sont rattachés à ce réseau. "
        "Supprimer «\u00a0Réseau Cocagne\u00a0» quand même\u202f?"
    )
    assert screen.context.undo_stack.count() == 0  # nothing happens before the answer
    detach = next(b for b in question.buttons() if b.text() == "Détacher et supprimer")
    qtbot.mouseClick(detach, Qt.MouseButton.LeftButton)
    assert [row.name for row in screen.master.model.rows()] == ["Réseau seul"]
    participants = screen.context.services.participants.list()
    assert [p.network_id for p in participants] == [None, None]

    screen.context.undo_stack.undo()
    assert screen.master.model.row_of(network_id) is not None
    participants = screen.context.services.participants.list()
    assert [p.network_id for p in participants] == [network_id, network_id]
    contribution = screen.context.services.contributions.list()[0]
    assert contribution.network_id == network_id
    assert [n.id for n in networks_in_file(screen, path)][0] == network_id


def test_cancelling_the_question_keeps_the_network(open_screen, qtbot, path) -> None:
    network_id = seed_network_in_use(path)
    screen = open_screen()
    screen.master.select_key(network_id)
    screen.master.delete_button.click()
    cancel = next(b for b in screen.question.buttons() if b.text() == "Annuler")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert screen.context.undo_stack.count() == 0
    assert len(networks_in_file(screen, path)) == 2


def test_deleting_an_unused_network_needs_no_question(open_screen, qtbot, path) -> None:
    seed_network_in_use(path)
    screen = open_screen()
    screen.master.select_key(screen.master.model.key_at(1))
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Delete)
    assert screen.question is None
    assert screen.context.undo_stack.undoText() == "Supprimer le réseau « Réseau seul »"
    assert screen.master.current_key() == screen.master.model.key_at(0)  # its neighbour
    screen.context.undo_stack.undo()
    assert [n.name for n in networks_in_file(screen, path)] == ["Réseau Cocagne", "Réseau seul"]


def test_the_question_shows_names_as_plain_text(open_screen, qtbot, path) -> None:
    network_id = seed_network_in_use(path)
    with Document.open(path) as document:
        NetworkService(document).update(network_id, name="<b>Cocagne</b>")
    screen = open_screen()
    screen.master.select_key(network_id)
    screen.master.delete_button.click()
    assert screen.question.textFormat() == Qt.TextFormat.PlainText
    assert "«\u00a0<b>Cocagne</b>\u00a0»" in screen.question.text()
    assert isinstance(screen.question, QMessageBox)


def test_network_model_passes_qt_model_tester(open_screen, qtmodeltester, path) -> None:
    seed_network_in_use(path)
    screen = open_screen()
    qtmodeltester.check(screen.master.model)
    empty = NetworkTableModel()
    qtmodeltester.check(empty)


def test_f2_and_tab_go_from_the_table_to_the_name(open_screen, qtbot, path) -> None:
    seed_network_in_use(path)
    screen = open_screen()
    table, name = screen.master.table, screen.ui.nameEdit
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert name.hasFocus() and name.selectedText() == "Réseau Cocagne"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert name.hasFocus()


def test_arrowing_through_the_kind_list_is_one_undo_step(open_screen, qtbot) -> None:
    """Each value a closed combo passes through is saved, but Ctrl+Z takes them back at once."""
    screen = open_screen()
    ui, stack = screen.ui, screen.context.undo_stack
    screen.master.table.setFocus()
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Insert)
    type_text(ui.nameEdit, "Réseau des communs")
    press(ui.nameEdit, Qt.Key.Key_Return)
    added = stack.count()
    ui.kindCombo.setFocus()
    press(ui.kindCombo, Qt.Key.Key_Down)  # Sectoriel → Territorial
    press(ui.kindCombo, Qt.Key.Key_Down)  # → Collectif
    (network,) = screen.context.services.networks.list()
    assert network.kind == "collectif"
    assert stack.count() == added + 1
    stack.undo()
    assert screen.context.services.networks.get(network.id).kind == "sectoriel"
