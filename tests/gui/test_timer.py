"""The timebox: countdown on a monotonic clock, amber then red, and the session's status."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from influence_app.gui.cockpit.timer import AMBER, NORMAL, OVER, Timebox, TimerPanel
from tests.gui.cockpit_support import FakeClock, cockpit_on, make_seminar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


def status(path: Path, title_start: str) -> str:
    with closing(sqlite3.connect(path)) as connection:
        query = "SELECT status FROM agenda_session WHERE title LIKE ? ORDER BY id LIMIT 1"
        return connection.execute(query, (f"{title_start}%",)).fetchone()[0]


def test_the_countdown_turns_amber_in_the_last_two_minutes_then_red() -> None:
    clock = FakeClock()
    box = Timebox(20, clock)
    assert (box.text(), box.phase()) == ("20:00", NORMAL)
    box.start()
    clock.advance(17 * 60 + 59)
    assert (box.text(), box.phase()) == ("02:01", NORMAL)
    clock.advance(1)
    assert (box.text(), box.phase()) == ("02:00", AMBER)
    clock.advance(119.5)
    assert (box.text(), box.phase()) == ("00:01", AMBER)
    clock.advance(0.5)
    assert (box.text(), box.phase()) == ("00:00", AMBER)
    clock.advance(61)
    assert (box.text(), box.phase()) == ("+01:01", OVER)


def test_pause_keeps_the_time_spent_extend_adds_five_minutes_reset_starts_again() -> None:
    clock = FakeClock()
    box = Timebox(10, clock)
    box.start()
    clock.advance(240)
    box.pause()
    clock.advance(3600)  # a long pause costs nothing
    assert box.text() == "06:00" and not box.running and box.started
    box.extend()
    assert box.text() == "11:00"
    box.start()
    clock.advance(60)
    assert box.text() == "10:00"
    box.reset()
    assert box.text() == "10:00" and not box.started


def test_the_panel_shows_the_phase_and_its_buttons_drive_the_box(qtbot) -> None:
    clock = FakeClock()
    panel = TimerPanel()
    qtbot.addWidget(panel)
    ticks = []
    panel.ticked.connect(lambda text, phase: ticks.append((text, phase)))
    panel.set_timebox(Timebox(3, clock))
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert panel.toggle_button.text() == "Pause"
    clock.advance(61)
    panel.tick()
    assert panel.display.text() == "01:59"
    assert panel.display.property("phase") == AMBER
    assert panel.caption.text() == "Moins de 2 minutes"
    clock.advance(120)
    panel.tick()
    assert (panel.display.text(), panel.display.property("phase")) == ("+00:01", OVER)
    assert panel.caption.text() == "Temps dépassé"
    qtbot.mouseClick(panel.extend_button, Qt.MouseButton.LeftButton)
    assert panel.display.text() == "04:59" and panel.display.property("phase") == NORMAL
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.display.text() == "03:00" and panel.toggle_button.text() == "Démarrer"
    assert ticks[-1] == ("03:00", NORMAL)


def test_starting_and_finishing_by_keyboard_moves_the_session_status(tmp_path: Path, qtbot) -> None:
    path = make_seminar(tmp_path)
    clock = FakeClock()
    with cockpit_on(path, qtbot, clock=clock) as cockpit:
        assert cockpit.timer.display.text() == "75:00"  # the World Café's timebox
        qtbot.keyClick(cockpit, Qt.Key.Key_F7)
        assert status(path, "Quels changements") == "en_cours"
        assert "En cours" in cockpit.session_meta.text()
        clock.advance(70 * 60)
        cockpit.timer.tick()
        assert cockpit.feed.timer == ("05:00", NORMAL)  # the projector gets it too
        qtbot.keyClick(cockpit, Qt.Key.Key_F8)
        assert cockpit.timer.display.text() == "10:00"
        qtbot.keyClick(cockpit, Qt.Key.Key_F7)  # pause: the status stays
        assert not cockpit.timer.timebox.running
        qtbot.keyClick(cockpit, Qt.Key.Key_F8, Qt.KeyboardModifier.ControlModifier)
        assert status(path, "Quels changements") == "terminee"
        assert cockpit.context.undo_stack.undoText().startswith("Terminer la séance « Quels")
        cockpit.context.undo_stack.undo()
        assert status(path, "Quels changements") == "en_cours"
        cockpit.context.undo_stack.redo()
    assert status(path, "Quels changements") == "terminee"


def test_each_session_keeps_its_own_timer(tmp_path: Path, qtbot) -> None:
    clock = FakeClock()
    with cockpit_on(make_seminar(tmp_path), qtbot, clock=clock) as cockpit:
        cockpit.timer.toggle()
        clock.advance(600)
        cockpit.timeline.step(1)  # « Des idées aux objectifs communs », 45 min, not started
        assert cockpit.timer.display.text() == "45:00"
        cockpit.timeline.step(-1)
        assert cockpit.timer.display.text() == "65:00" and cockpit.timer.timebox.running
        qtbot.keyClick(cockpit, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
        assert cockpit.timer.display.text() == "75:00"
