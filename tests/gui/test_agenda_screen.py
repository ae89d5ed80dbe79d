"""The « Programme » screen driven as a facilitator: durations, start times, days, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from influence_app.gui.context import DocumentContext
from influence_app.gui.models.agenda import PAUSE_COLOUR
from influence_app.gui.screens.agenda import AgendaScreen
from influence_app.services.agenda import DayService, SessionService
from influence_app.services.contributions import ContributionService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text

# The offscreen platform says so when a window is shown; windows must be shown for shortcuts.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

START, END, DURATION, TITLE = 1, 2, 3, 4


@pytest.fixture
def screen(qtbot, context: DocumentContext) -> AgendaScreen:
    widget = AgendaScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1146, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def cells(screen: AgendaScreen, column: int) -> list[str]:
    model = screen.sessions.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def reopened_starts(context: DocumentContext, path: Path, day_index: int) -> list[str]:
    """Start times of a day as a fresh `Document.open` of the closed file reads them."""
    context.document.close()
    document = Document.open(path)
    try:
        day = DayService(document).list()[day_index]
        return [s.start_time for s in SessionService(document).list_for_day(day.id)]
    finally:
        document.close()


def set_duration(screen: AgendaScreen, row: int, minutes: str) -> None:
    screen.sessions.select_session(screen.sessions.model.row_at(row).id)
    spin = screen.sessions.ui.durationSpin
    spin.setFocus()
    spin.selectAll()
    type_text(spin, minutes)
    press(spin, Qt.Key.Key_Return)


def test_a_longer_session_pushes_the_following_ones_and_undo_brings_them_back(
    screen: AgendaScreen, context: DocumentContext, path: Path
) -> None:
    before = cells(screen, START)
    assert before[:4] == ["09:30", "10:00", "11:00", "11:15"]
    assert screen.sessions.summary.text().startswith("Durée totale : 7 h 30 sur 7 h 30")

    set_duration(screen, 1, "80")  # « Carte d'identité des réseaux »: 60 → 80 min

    moved = cells(screen, START)
    assert moved[:4] == ["09:30", "10:00", "11:20", "11:35"]
    assert cells(screen, END)[-1] == "17:20"
    assert "7 h 50 sur 7 h 30" in screen.sessions.summary.text()
    assert "dépassement de 20 min" in screen.sessions.summary.text()
    assert "#b3261e" in screen.sessions.summary.styleSheet()
    stack = context.undo_stack
    assert stack.undoText() == "Changer la durée de « Carte d’identité des réseaux »"

    stack.undo()
    assert cells(screen, START) == before
    assert cells(screen, DURATION)[1] == "60 min"
    assert screen.sessions.ui.durationSpin.value() == 60
    assert "dépassement" not in screen.sessions.summary.text()
    stack.redo()
    assert cells(screen, START) == moved

    assert reopened_starts(context, path, 0) == moved


def test_the_first_session_sets_the_start_of_the_day(
    screen: AgendaScreen, context: DocumentContext, path: Path
) -> None:
    start = screen.sessions.ui.startEdit
    assert not start.isReadOnly()
    start.setFocus()
    start.selectAll()
    type_text(start, "9h00")
    press(start, Qt.Key.Key_Return)

    assert cells(screen, START)[:3] == ["09:00", "09:30", "10:30"]
    screen.sessions.select_session(screen.sessions.model.row_at(2).id)
    assert start.isReadOnly()  # later sessions follow the one before them
    assert reopened_starts(context, path, 0)[:3] == ["09:00", "09:30", "10:30"]


def test_an_impossible_time_is_refused_at_the_field(
    screen: AgendaScreen, context: DocumentContext
) -> None:
    start = screen.sessions.ui.startEdit
    start.setFocus()
    start.selectAll()
    type_text(start, "25:00")
    press(start, Qt.Key.Key_Return)

    message = screen.sessions.binder.errors.message("start_time")
    assert "25:00" in message and "impossible" in message
    assert start.text() == "25:00"  # kept for correction
    assert context.undo_stack.count() == 0
    press(start, Qt.Key.Key_Escape)
    assert start.text() == "09:30"
    assert screen.sessions.binder.errors.message("start_time") == ""


def test_a_new_session_goes_after_the_selected_one_and_can_be_named(
    qtbot, screen: AgendaScreen, context: DocumentContext, path: Path
) -> None:
    titles = cells(screen, TITLE)
    screen.sessions.select_session(screen.sessions.model.row_at(0).id)
    qtbot.mouseClick(screen.sessions.master.add_button, Qt.MouseButton.LeftButton)

    assert cells(screen, TITLE)[:3] == [titles[0], "Nouvelle séance", titles[1]]
    assert cells(screen, START)[:3] == ["09:30", "10:00", "10:30"]
    title = screen.sessions.ui.titleEdit
    assert title.hasFocus() and title.selectedText() == "Nouvelle séance"
    type_text(title, "Météo d’arrivée ☀")
    press(title, Qt.Key.Key_Return)
    assert cells(screen, TITLE)[1] == "Météo d’arrivée ☀"

    context.undo_stack.undo()
    assert cells(screen, TITLE)[1] == "Nouvelle séance"
    context.undo_stack.undo()
    assert cells(screen, TITLE) == titles
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert cells(screen, TITLE)[1] == "Météo d’arrivée ☀"
    assert reopened_starts(context, path, 0)[:3] == ["09:30", "10:00", "10:30"]


def test_ctrl_arrows_move_a_session_and_the_times_follow(
    qtbot, screen: AgendaScreen, context: DocumentContext
) -> None:
    titles = cells(screen, TITLE)
    screen.sessions.select_session(screen.sessions.model.row_at(0).id)
    screen.sessions.table.setFocus()
    qtbot.keyClick(screen.sessions.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)

    assert cells(screen, TITLE)[:2] == [titles[1], titles[0]]
    assert cells(screen, START)[:3] == ["09:30", "10:30", "11:00"]
    assert screen.sessions.current_session().title == titles[0]  # the moved one stays selected
    qtbot.keyClick(screen.sessions.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert cells(screen, TITLE) == titles
    context.undo_stack.undo()
    assert cells(screen, TITLE)[:2] == [titles[1], titles[0]]


def test_del_deletes_a_session_and_undo_restores_it(
    qtbot, screen: AgendaScreen, context: DocumentContext
) -> None:
    titles, starts = cells(screen, TITLE), cells(screen, START)
    screen.sessions.select_session(screen.sessions.model.row_at(1).id)
    screen.sessions.table.setFocus()
    qtbot.keyClick(screen.sessions.table, Qt.Key.Key_Delete)

    assert cells(screen, TITLE) == titles[:1] + titles[2:]
    assert cells(screen, START)[1] == "10:00"  # the next session moved up
    assert screen.sessions.current_session().title == titles[2]
    context.undo_stack.undo()
    assert cells(screen, TITLE) == titles
    assert cells(screen, START) == starts


def answer(qtbot, question: QMessageBox | None, button_text: str) -> None:
    """Clicks `button_text` in the open question, as the user would."""
    assert isinstance(question, QMessageBox) and question.isVisible()
    button = next(b for b in question.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_deleting_a_day_with_contributions_asks_first(
    qtbot, screen: AgendaScreen, context: DocumentContext, path: Path
) -> None:
    services = context.services
    day = services.days.list()[1]
    first = services.sessions.list_for_day(day.id)[0]
    services.contributions.add(first.id, "Mieux connaître les élus")
    screen.refresh()
    screen.select_day(day.id)

    screen.delete_day()
    assert "contiennent 1 contribution." in screen.question.text()
    answer(qtbot, screen.question, "Annuler")
    assert [d.id for d in services.days.list()].count(day.id) == 1
    assert context.undo_stack.count() == 0

    screen.delete_day()
    answer(qtbot, screen.question, "Supprimer quand même")
    labels = [screen.days_model.index(row, 0).data() for row in range(2)]
    assert labels[1].startswith("Jour 2 — jeu. 12 mars 2026 — Conditions")
    context.undo_stack.undo()
    assert screen.days_model.rowCount() == 3
    assert len(ContributionService(context.document).list()) == 1


def test_deleting_a_session_with_contributions_asks_first(
    qtbot, screen: AgendaScreen, context: DocumentContext
) -> None:
    titles = cells(screen, TITLE)
    second = screen.sessions.model.row_at(1)
    context.services.contributions.add(second.id, "Nos fonctions de tête de réseau")
    screen.sessions.select_session(second.id)
    screen.sessions.table.setFocus()
    qtbot.keyClick(screen.sessions.table, Qt.Key.Key_Delete)
    assert cells(screen, TITLE) == titles  # nothing happens before the answer
    answer(qtbot, screen.sessions.question, "Supprimer quand même")
    assert cells(screen, TITLE) == titles[:1] + titles[2:]
    context.undo_stack.undo()
    assert cells(screen, TITLE) == titles
    assert len(context.services.contributions.list()) == 1


def test_a_day_theme_and_date_are_edited_in_place(
    screen: AgendaScreen, context: DocumentContext, path: Path
) -> None:
    theme = screen.day_ui.themeEdit
    theme.setFocus()
    theme.selectAll()
    type_text(theme, "Un cap commun, ensemble")
    press(theme, Qt.Key.Key_Return)
    label = screen.days_model.index(0, 0).data()
    assert label == "Jour 1 — mar. 10 mars 2026 — Un cap commun, ensemble"
    assert screen.sessions_box.title() == label

    context.undo_stack.undo()
    assert screen.days_model.index(0, 0).data().endswith("Partager un cap commun")
    context.undo_stack.redo()
    context.document.close()
    document = Document.open(path)
    assert DayService(document).list()[0].theme == "Un cap commun, ensemble"
    document.close()


def test_a_new_day_comes_after_the_last_one(screen: AgendaScreen, context: DocumentContext) -> None:
    screen.add_day()
    assert screen.days_model.rowCount() == 4
    assert screen.current_day().date == dt.date(2026, 3, 13)
    assert screen.sessions.model.rowCount() == 0
    assert screen.sessions_box.title() == "Jour 4 — ven. 13 mars 2026"
    context.undo_stack.undo()
    assert screen.days_model.rowCount() == 3


def test_breaks_are_shown_in_grey(screen: AgendaScreen) -> None:
    model = screen.sessions.model
    pause = cells(screen, TITLE).index("Pause du matin")
    assert model.index(pause, TITLE).data(Qt.ItemDataRole.ForegroundRole) == PAUSE_COLOUR
    assert model.index(0, TITLE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_item_models_pass_the_model_tester(qtmodeltester, screen: AgendaScreen) -> None:
    qtmodeltester.check(screen.sessions.model)
    qtmodeltester.check(screen.days_model)


def test_the_keyboard_alone_adds_and_names_a_session(
    qtbot, screen: AgendaScreen, context: DocumentContext
) -> None:
    sessions = screen.sessions
    sessions.select_session(sessions.model.row_at(2).id)
    sessions.table.setFocus()
    qtbot.keyClick(sessions.table, Qt.Key.Key_Insert)
    assert cells(screen, TITLE)[3] == "Nouvelle séance"
    title = sessions.ui.titleEdit
    type_text(title, "Tour de météo")
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field validates it
    assert cells(screen, TITLE)[3] == "Tour de météo"
    assert sessions.ui.startEdit.hasFocus()
    sessions.table.setFocus()
    qtbot.keyClick(sessions.table, Qt.Key.Key_Tab)
    assert title.hasFocus()

    screen.day_list.setFocus()
    qtbot.keyClick(screen.day_list, Qt.Key.Key_Insert)
    assert screen.days_model.rowCount() == 4
    assert screen.day_ui.themeEdit.hasFocus()
    assert context.undo_stack.undoText() == "Ajouter un jour"


def test_a_day_moves_to_the_next_date_with_the_arrow_key(
    qtbot, screen: AgendaScreen, context: DocumentContext
) -> None:
    screen.select_day(context.services.days.list()[2].id)
    date = screen.day_ui.dateEdit
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Up)
    qtbot.keyClick(date, Qt.Key.Key_Return)

    assert screen.days_model.index(2, 0).data().startswith("Jour 3 — ven. 13 mars 2026")
    assert context.services.seminar.get().end_date == dt.date(2026, 3, 13)
    context.undo_stack.undo()
    assert screen.days_model.index(2, 0).data().startswith("Jour 3 — jeu. 12 mars 2026")
    assert context.services.seminar.get().end_date == dt.date(2026, 3, 12)


def test_arrowing_through_the_methods_is_one_undo_step(
    screen: AgendaScreen, context: DocumentContext
) -> None:
    """A closed combo saves each method it passes through; Ctrl+Z takes them back at once."""
    session = screen.sessions.model.row_at(1)
    screen.sessions.select_session(session.id)
    stack, steps = context.undo_stack, context.undo_stack.count()
    combo = screen.sessions.ui.methodCombo
    combo.setFocus()
    press(combo, Qt.Key.Key_Down)
    press(combo, Qt.Key.Key_Down)

    saved = context.services.sessions.get(session.id).method
    assert saved == combo.currentData() != session.method
    assert stack.count() == steps + 1
    stack.undo()
    assert context.services.sessions.get(session.id).method == session.method
