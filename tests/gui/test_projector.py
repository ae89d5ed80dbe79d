"""The projector view: follows the cockpit, large plain text, no authors, no controls, blanks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTextEdit,
)
from shiboken6 import delete

from influence_app.gui.projector import ProjectorWindow, RoomController, install_room_actions
from influence_app.gui.shortcuts import ShortcutsDialog
from tests.gui.cockpit_support import FakeClock, cockpit_on, make_seminar
from tests.gui.helpers import press, type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
ROOT = Path(__file__).parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def room(tmp_path: Path, qtbot) -> Iterator[tuple]:
    """A main window holding the cockpit, with the « Salle » actions installed."""
    clock = FakeClock()
    with cockpit_on(make_seminar(tmp_path), qtbot, clock=clock) as cockpit:
        window = QMainWindow()
        window.setCentralWidget(cockpit)
        actions = install_room_actions(window, lambda: cockpit.context, lambda: cockpit)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        try:
            yield window, cockpit, actions, clock
        finally:
            controller = window.findChild(RoomController)
            if controller.projector is not None:
                delete(controller.projector)
            cockpit.setParent(None)  # cockpit_on deletes it
            delete(window)


def say(cockpit, text: str, author: str | None = None) -> None:
    if author:
        type_text(cockpit.capture.author, author)
    type_text(cockpit.capture.edit, text)
    press(cockpit.capture.edit, Qt.Key.Key_Return)


def projector_of(window) -> ProjectorWindow:
    return window.findChild(RoomController).projector


def test_f5_opens_the_projector_which_follows_the_captures_without_authors(room, qtbot) -> None:
    window, cockpit, _actions, clock = room
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = projector_of(window)
    assert projector.isVisible() and projector.isWindow()
    say(cockpit, "Une école ouverte sur son quartier", author="camille")
    say(cockpit, "<b>Des</b> financements <img src=x> pluriannuels")
    texts = projector.shown_texts()
    assert texts[0] == "Quels changements sociétaux voulons-nous\u202f?"
    assert "Dernières contributions" in texts
    assert "<b>Des</b> financements <img src=x> pluriannuels" in texts  # plain text, newest first
    assert texts.index("<b>Des</b> financements <img src=x> pluriannuels") < texts.index(
        "Une école ouverte sur son quartier"
    )
    assert not any("Camille" in text or "Dupont" in text for text in texts)
    labels = projector.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    cockpit.timer.toggle()
    clock.advance(74 * 60)
    cockpit.timer.tick()
    assert projector.timer.text() == "01:00" and projector.timer.property("phase") == "amber"


def test_the_projector_has_no_editing_controls_and_large_type(room, qtbot) -> None:
    window, cockpit, _actions, _clock = room
    say(cockpit, "Lisible du fond de la salle")
    projector = window.findChild(RoomController).show_projector()
    projector.resize(1920, 1080)
    controls = (
        QAbstractButton,
        QLineEdit,
        QTextEdit,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
    )
    assert not any(projector.findChildren(kind) for kind in controls)
    assert projector.body_pixel_size() >= 28
    assert projector.title.font().pixelSize() > projector.body_pixel_size()


def test_the_projector_follows_the_selection_and_the_groups(room, qtbot) -> None:
    window, cockpit, _actions, _clock = room
    for text in ("Financer dans la durée", "Simplifier les dossiers", "Être consultés en amont"):
        say(cockpit, text)
    projector = window.findChild(RoomController).show_projector()
    rows = cockpit.list.model.contributions()
    cockpit.list.select_ids([rows[1].id])
    assert projector.heading.text() == "Sélection"
    assert "Simplifier les dossiers" in projector.shown_texts()
    assert "Financer dans la durée" not in projector.shown_texts()
    cockpit.list.edits.group_ids([rows[0].id, rows[1].id], "Financements")
    cockpit.list.select_ids([])
    qtbot.keyClick(cockpit, Qt.Key.Key_F6)
    texts = projector.shown_texts()
    assert projector.heading.text() == "Groupes"
    assert texts[-4:] == ["Financements", "2 contributions", "Sans groupe", "1 contribution"]


def test_blanking_with_ctrl_b_or_b_but_b_still_types_in_the_capture_line(room, qtbot) -> None:
    window, cockpit, actions, _clock = room
    projector = window.findChild(RoomController).show_projector()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert projector.blanked and actions[1].isChecked()
    cockpit.list.view.setFocus()
    qtbot.keyClick(cockpit.list.view, Qt.Key.Key_B)
    assert not projector.blanked
    cockpit.capture.focus_line()
    qtbot.keyClick(cockpit.capture.edit, Qt.Key.Key_B)
    assert not projector.blanked and cockpit.capture.edit.text() == "b"


def test_the_salle_menu_toolbar_and_the_shortcuts_help(room, qtbot) -> None:
    window, _cockpit, actions, _clock = room
    assert [a.text() for a in actions] == ["Vue projecteur", "Masquer le projecteur", "Raccourcis"]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Salle")
    assert menu.actions() == actions
    assert window.findChild(type(window.addToolBar("x")), "roomToolbar").actions() == actions
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    assert dialog.isVisible()
    rows = dialog.rows()
    assert ("Saisie", "Nature : objectif", "Ctrl+2") in rows
    assert ("Projecteur et aide", "Masquer le projecteur", "Ctrl+B ou B") in rows
    assert ("Contributions de la séance", "Fusionner les doublons", "Ctrl+M") in rows
    assert all(action for _group, action, _keys in rows)


def test_without_a_document_f5_says_so(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = install_room_actions(window, lambda: None, lambda: None)
    actions[0].trigger()
    assert window.statusBar().currentMessage() == "Ouvrez d’abord un séminaire."


def test_kind_keys_win_over_the_window_s_ctrl_digit_page_keys(room, qtbot) -> None:
    window, cockpit, _actions, _clock = room
    pages = []
    go_to_third = window.addAction("Aller à la page 3")
    go_to_third.setShortcut("Ctrl+3")  # as the main window's « Aller à » menu does
    go_to_third.triggered.connect(lambda: pages.append(3))
    cockpit.capture.focus_line()
    qtbot.keyClick(cockpit.capture.edit, Qt.Key.Key_3, CTRL)
    assert cockpit.capture.chip.text() == "Levier" and pages == []
    say(cockpit, "Un levier")
    cockpit.list.select_ids([cockpit.list.model.contributions()[0].id])
    cockpit.list.view.setFocus()
    qtbot.keyClick(cockpit.list.view, Qt.Key.Key_4, CTRL)
    assert cockpit.list.model.contributions()[0].kind == "frein" and pages == []
    cockpit.list.search.setFocus()
    qtbot.keyClick(cockpit.list.search, Qt.Key.Key_3, CTRL)
    assert pages == [3]  # elsewhere, the window's key works


TWO_SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "portable", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projecteur", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ],
}  # fmt: skip
ON_TWO_SCREENS = """
import sys
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from influence_app.gui.context import DocumentContext
from influence_app.gui.projector import ProjectorWindow
from influence_app.storage.document import Document
app = QApplication([])
projector = ProjectorWindow(DocumentContext.open(Document.open(sys.argv[1]), QUndoStack()))
projector.show_on_best_screen()
app.processEvents()
print(projector.screen().name(), projector.isFullScreen(), projector.width(), projector.height())
print(projector.body_pixel_size())
"""


def test_with_a_second_screen_the_projector_fills_it(tmp_path: Path) -> None:
    """Two screens, as a laptop plugged into a projector (offscreen platform's screen config)."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS), "utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    environment["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    shown = subprocess.run(
        [sys.executable, "-c", ON_TWO_SCREENS, str(make_seminar(tmp_path))],
        capture_output=True, text=True, env=environment, timeout=120, check=True,
    )  # fmt: skip
    where, sizes = shown.stdout.splitlines()
    assert where == "projecteur True 1920 1080"
    assert int(sizes) >= 28  # body text at 1080 lines
