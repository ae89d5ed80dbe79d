"""The Séminaire screen, driven as a facilitator would, checked in the file itself."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.seminar import SeminarScreen
from influence_app.services.agenda import DayService
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

START = dt.date(2026, 3, 10)


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "s.influence"
    SeminarService.create_from_template(path, "Séminaire test", START).close()
    return path


@pytest.fixture
def screen(qtbot, path):
    document = Document.open(path)
    context = DocumentContext.open(document, QUndoStack())
    screen = SeminarScreen(context)
    qtbot.addWidget(screen)
    with qtbot.waitActive(screen):  # focus moves only in the active window
        screen.show()
        screen.activateWindow()
    yield screen
    if document.is_open:
        document.close()


def reopened(screen: SeminarScreen, path):
    """The seminar as a fresh open of the file reads it."""
    screen.context.document.close()
    with Document.open(path) as document:
        return SeminarService(document).get(), [day.date for day in DayService(document).list()]


def retype(edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    press(edit, Qt.Key.Key_Return)


def test_typed_fields_are_saved_undone_and_redone(screen, path) -> None:
    ui = screen.ui
    retype(ui.titleEdit, "Parcours influence — séminaire des têtes de réseau")
    retype(ui.locationEdit, "Maison des associations, Saint-Étienne")
    ui.contextEdit.setFocus()
    type_text(ui.contextEdit, "Onze réseaux, vingt personnes ; l’enjeu : « peser » ensemble.")
    press(ui.contextEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    toggle(ui.anonymousCheck)
    stack = screen.context.undo_stack
    assert stack.count() == 4
    assert stack.undoText() == "Changer l'anonymat des contributions"

    stack.undo()
    stack.undo()
    assert ui.contextEdit.toPlainText() == ""
    assert ui.anonymousCheck.isChecked() is True  # the template's default is back
    stack.redo()
    stack.redo()

    seminar, _days = reopened(screen, path)
    assert seminar.title == "Parcours influence — séminaire des têtes de réseau"
    assert seminar.location == "Maison des associations, Saint-Étienne"
    assert seminar.context == "Onze réseaux, vingt personnes ; l’enjeu : « peser » ensemble."
    assert seminar.anonymous_authors is False


def toggle(box) -> None:
    box.setFocus()
    press(box, Qt.Key.Key_Space)  # a check box toggles on Space, as with the mouse


def test_moving_the_start_date_moves_every_day_and_the_end(screen, path) -> None:
    ui = screen.ui
    assert ui.startDateEdit.text() == "mardi 10 mars 2026"  # French, whatever the system says
    ui.startDateEdit.setFocus()
    ui.startDateEdit.setDate(QDate(2026, 4, 7))
    press(ui.startDateEdit, Qt.Key.Key_Return)
    assert ui.endDateEdit.date() == QDate(2026, 4, 9)
    assert screen.context.undo_stack.undoText() == "Décaler le séminaire"

    screen.context.undo_stack.undo()
    assert ui.startDateEdit.date() == QDate(2026, 3, 10)
    screen.context.undo_stack.redo()

    seminar, days = reopened(screen, path)
    assert (seminar.start_date, seminar.end_date) == (dt.date(2026, 4, 7), dt.date(2026, 4, 9))
    assert days == [dt.date(2026, 4, 7), dt.date(2026, 4, 8), dt.date(2026, 4, 9)]


def test_language_is_chosen_with_the_keyboard(screen, path) -> None:
    combo = screen.ui.languageCombo
    assert combo.currentText() == "Français"
    combo.setFocus()
    press(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Anglais"
    seminar, _days = reopened(screen, path)
    assert seminar.language == "en"


def test_an_empty_title_is_refused_at_the_field_and_escape_puts_it_back(screen, path) -> None:
    ui = screen.ui
    retype(ui.titleEdit, " ")
    assert screen.errors.message("title") == "Le titre est obligatoire."
    error_label = ui.titleEdit.parentWidget().findChild(type(ui.formErrorLabel), "titleError")
    assert error_label.isVisible() and error_label.text() == "Le titre est obligatoire."
    assert screen.context.undo_stack.count() == 0
    press(ui.titleEdit, Qt.Key.Key_Escape)
    assert ui.titleEdit.text() == "Séminaire test"
    assert not screen.errors.has_error("title") and not error_label.isVisible()
    seminar, _days = reopened(screen, path)
    assert seminar.title == "Séminaire test"


def test_an_end_before_the_last_day_is_refused_with_the_services_reason(screen, path) -> None:
    ui = screen.ui
    ui.endDateEdit.setFocus()
    ui.endDateEdit.setDate(QDate(2026, 3, 11))
    press(ui.endDateEdit, Qt.Key.Key_Return)
    assert "dernier jour" in screen.errors.message("end_date")
    assert screen.context.undo_stack.count() == 0
    seminar, _days = reopened(screen, path)
    assert seminar.end_date == dt.date(2026, 3, 12)


def test_leaving_the_context_saves_it(screen, qtbot, path) -> None:
    ui = screen.ui
    ui.contextEdit.setFocus()
    type_text(ui.contextEdit, "Première ligne")
    press(ui.contextEdit, Qt.Key.Key_Return)  # Enter is a new line here, not a validation
    type_text(ui.contextEdit, "Seconde ligne")
    assert screen.context.undo_stack.count() == 0
    ui.titleEdit.setFocus()
    qtbot.waitUntil(lambda: screen.context.undo_stack.count() == 1)
    seminar, _days = reopened(screen, path)
    assert seminar.context == "Première ligne\nSeconde ligne"
