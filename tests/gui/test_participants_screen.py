"""The Participants screen, driven from the keyboard, checked in the file after a fresh open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.participants import ParticipantsScreen
from influence_app.gui.undo import perform
from influence_app.services.agenda import DayService, SessionService
from influence_app.services.contributions import ContributionService
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NAME = "Élodie Ngô-Lefèvre"
JOB = "Chargée de plaidoyer — réseau œcuménique"


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "s.influence"
    with SeminarService.create_from_template(path, "Séminaire test", dt.date(2026, 3, 10)) as doc:
        NetworkService(doc).add(name="Fédération d'entraide", acronym="FNE", kind="sectoriel")
        NetworkService(doc).add(name="Réseau œcuménique", acronym="RŒ", kind="collectif")
    return path


@pytest.fixture
def screen(qtbot, path):
    document = Document.open(path)
    screen = ParticipantsScreen(DocumentContext.open(document, QUndoStack()))
    qtbot.addWidget(screen)
    with qtbot.waitActive(screen):  # shortcuts and focus need the active window
        screen.show()
        screen.activateWindow()
    yield screen
    if document.is_open:
        document.close()


def in_file(screen: ParticipantsScreen, path):
    """Participants, their networks' acronyms and attended dates, as a fresh open reads them."""
    screen.context.document.close()
    with Document.open(path) as document:
        people, networks = ParticipantService(document), NetworkService(document)
        acronyms = {network.id: network.acronym for network in networks.list()}
        dates = {day.id: day.date for day in DayService(document).list()}
        rows = []
        for person in people.list():
            attended = [dates[day_id] for day_id in people.attendance(person.id)]
            rows.append((person, acronyms.get(person.network_id), attended))
        return rows


def tick(box) -> None:
    box.setFocus()
    press(box, Qt.Key.Key_Space)


def choose(combo, text: str) -> None:
    """Picks an entry by typing its first letters in the closed combo box, as users do."""
    combo.setFocus()
    type_text(combo, text[:3])
    assert combo.currentText() == text


def test_add_a_participant_with_accents_undo_redo_and_reopen(screen, qtbot, path) -> None:
    ui, stack = screen.ui, screen.context.undo_stack
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Insert)
    type_text(ui.nameEdit, NAME)
    press(ui.nameEdit, Qt.Key.Key_Return)
    assert stack.undoText() == f"Ajouter « {NAME} »"
    choose(ui.networkCombo, "Réseau œcuménique (RŒ)")
    ui.jobEdit.setFocus()
    type_text(ui.jobEdit, JOB)
    press(ui.jobEdit, Qt.Key.Key_Return)
    tick(ui.consentCheck)
    tick(screen.day_boxes[next(iter(screen.day_boxes))])  # not there on the first day
    assert stack.count() == 5
    row = screen.master.model.rows()[0]
    assert (row.name, row.network, row.job_title, row.named_in_report) == (NAME, "RŒ", JOB, True)
    assert row.days == (2, 3)

    for _ in range(5):
        stack.undo()
    assert screen.master.model.rowCount() == 0
    for _ in range(5):
        stack.redo()
    assert ui.jobEdit.text() == JOB and ui.consentCheck.isChecked()

    ((person, network, dates),) = in_file(screen, path)
    assert (person.name, person.job_title, person.role) == (NAME, JOB, "salarie")
    assert network == "RŒ" and person.named_in_report is True
    assert dates == [dt.date(2026, 3, 11), dt.date(2026, 3, 12)]


def test_a_day_box_per_day_with_its_french_date(screen) -> None:
    assert [box.text() for box in screen.day_boxes.values()] == [
        "mar. 10 mars",
        "mer. 11 mars",
        "jeu. 12 mars",
    ]
    roles = [screen.ui.roleCombo.itemText(i) for i in range(screen.ui.roleCombo.count())]
    assert roles == [
        "Administrateur·rice",
        "Salarié·e",
        "Bénévole",
        "Facilitateur·rice",
        "Observateur·rice",
    ]
    assert screen.ui.networkCombo.itemText(0) == "Aucun réseau"


def test_day_boxes_follow_the_seminar_dates(screen) -> None:
    seminar = screen.context.services.seminar
    perform(screen.context, "Décaler", lambda: seminar.update(start_date=dt.date(2026, 4, 7)))
    assert [box.text() for box in screen.day_boxes.values()][0] == "mar. 7 avril"


def test_a_participant_without_a_name_is_not_created(screen, qtbot, path) -> None:
    screen.master.add_button.click()
    press(screen.ui.nameEdit, Qt.Key.Key_Return)
    assert screen.errors.message("name") == "Le nom est obligatoire."
    assert screen.context.undo_stack.count() == 0
    assert in_file(screen, path) == []


def test_the_new_participant_takes_the_network_of_the_one_shown(screen, qtbot) -> None:
    ui = screen.ui
    screen.master.add_button.click()
    type_text(ui.nameEdit, "Anaïs")
    press(ui.nameEdit, Qt.Key.Key_Return)
    choose(ui.networkCombo, "Fédération d'entraide (FNE)")
    qtbot.keyClick(screen.master.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.networkCombo.currentText() == "Fédération d'entraide (FNE)"
    type_text(ui.nameEdit, "Bruno")
    press(ui.nameEdit, Qt.Key.Key_Return)
    assert [row.network for row in screen.master.model.rows()] == ["FNE", "FNE"]


@pytest.fixture
def author_id(path) -> str:
    """A participant of FNE who said something in the first session (before the screen opens)."""
    with Document.open(path) as document:
        network = NetworkService(document).list()[0]
        person = ParticipantService(document).add(name=NAME, role="benevole", network_id=network.id)
        session = SessionService(document).list()[0]
        ContributionService(document).add(session.id, "Une idée", author_id=person.id)
        return person.id


def test_deleting_a_participant_explains_then_keeps_their_words(
    author_id, screen, qtbot, path
) -> None:
    screen.master.select_key(author_id)
    qtbot.keyClick(screen.master.table, Qt.Key.Key_Delete)
    question = screen.question
    assert question.text() == f"Supprimer «\u00a0{NAME}\u00a0» (FNE)\u202f?"
    assert "restent, attribuées à son réseau" in question.informativeText()
    assert screen.context.undo_stack.count() == 0  # nothing happens before the answer
    delete = next(b for b in question.buttons() if b.text() == "Supprimer")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert screen.master.model.rowCount() == 0
    (contribution,) = screen.context.services.contributions.list()
    network_id = screen.context.services.networks.list()[0].id
    assert (contribution.author_id, contribution.network_id) == (None, network_id)

    screen.context.undo_stack.undo()
    ((person, _network, _dates),) = in_file(screen, path)
    assert person.name == NAME
    with Document.open(path) as reopened:
        assert ContributionService(reopened).list()[0].author_id == author_id


def test_participant_model_passes_qt_model_tester(screen, qtmodeltester) -> None:
    ui = screen.ui
    screen.master.add_button.click()
    type_text(ui.nameEdit, NAME)
    press(ui.nameEdit, Qt.Key.Key_Return)
    qtmodeltester.check(screen.master.model)
