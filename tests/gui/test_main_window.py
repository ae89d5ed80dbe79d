"""The main window: sidebar, title and status bars, undo/redo, remembered layout, snapshots."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from influence_app.gui.main_window import AUTO_SNAPSHOT_MS, MainWindow
from influence_app.gui.screens.registry import screen_entries
from influence_app.gui.undo import perform
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from influence_app.storage.snapshots import SnapshotReason
from tests.gui.helpers import press
from tests.gui.shell_support import ScriptedPrompts

SIDEBAR = [entry.title() for entry in screen_entries()]  # the order is tested in test_registry
GO_MENU = SIDEBAR[:9]  # Ctrl+1…9

pytest_plugins = ["tests.gui.shell_fixtures"]  # the shell fixtures


def _rename(window: MainWindow, title: str) -> None:
    services = window.context.services
    perform(window.context, "Renommer le séminaire", lambda: services.seminar.update(title=title))


def _stored_title(path) -> str:
    with Document.open(path) as document:
        return SeminarService(document).get().title


def test_the_sidebar_lists_every_screen_in_the_order_of_a_seminar(window, demo_file):
    window.open_path(demo_file)
    sidebar = window.workspace.sidebar
    assert [sidebar.item(row).text() for row in range(sidebar.count())] == SIDEBAR
    assert [action.text() for action in window.go_menu.actions()] == GO_MENU


def test_ctrl_and_a_digit_jumps_to_that_screen(qtbot, window, demo_file):
    window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.workspace.sidebar.setFocus()

    qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_screen().title() == "Priorisation"
    qtbot.keyClick(window.workspace.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_screen().title() == "Réseaux"


def test_the_title_bar_names_the_document_and_the_status_bar_the_last_save(window, demo_file):
    window.open_path(demo_file)
    assert window.windowTitle() == "demo.influence — Influence"
    assert window.saved_label.text().startswith("Ouvert à ")

    _rename(window, "Parcours renommé")

    now = dt.datetime.now()
    assert window.saved_label.text() in {
        f"Enregistré à {moment:%H:%M}" for moment in (now - dt.timedelta(minutes=1), now)
    }


def test_undo_and_redo_from_the_edit_menu_name_the_edit_and_reach_the_file(window, demo_file):
    window.open_path(demo_file)
    before = window.context.services.seminar.get().title
    _rename(window, "Séminaire d’automne")
    assert window.undo_action.text() == "Annuler Renommer le séminaire"

    window.undo_action.trigger()
    assert window.context.services.seminar.get().title == before
    assert window.redo_action.text() == "Rétablir Renommer le séminaire"

    window.redo_action.trigger()
    window.close()
    assert _stored_title(demo_file) == "Séminaire d’automne"


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(qtbot, window, demo_file):
    window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = window.context.services.seminar.get().title
    _rename(window, "Titre provisoire")
    sidebar = window.workspace.sidebar
    sidebar.setFocus()

    qtbot.keyClick(sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.context.services.seminar.get().title == before
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(sidebar, Qt.Key.Key_Z, shift_ctrl)
    assert window.context.services.seminar.get().title == "Titre provisoire"
    qtbot.keyClick(sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(sidebar, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.context.services.seminar.get().title == "Titre provisoire"


def test_each_document_has_its_own_history(window, demo_file, tmp_path):
    window.open_path(demo_file)
    _rename(window, "Une modification")
    assert window.undo_action.isEnabled()
    window.close_document()
    window.open_path(demo_file)
    assert not window.undo_action.isEnabled()
    assert window.undo_action.text() == "Annuler"


def test_geometry_and_last_screen_come_back_in_a_new_window(qtbot, settings, demo_file):
    first = MainWindow(settings, ScriptedPrompts())
    qtbot.addWidget(first)
    first.show()
    first.open_path(demo_file)
    first.resize(777, 555)  # within the offscreen screen (800×800)
    first.workspace.show_screen("priorisation")
    first.close()

    second = MainWindow(settings, ScriptedPrompts())
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (777, 555)
    assert second.reopen_last()
    assert second.workspace.current_key() == "priorisation"
    second.close()


def test_a_snapshot_every_five_minutes_when_changed_and_one_at_close(window, demo_file):
    window.open_path(demo_file)
    assert window.snapshot_timer.isActive() and window.snapshot_timer.interval() == AUTO_SNAPSHOT_MS
    store = window.document.snapshots
    window.auto_snapshot()
    assert store.list() == []  # nothing changed since opening

    _rename(window, "Après la pause")
    window.auto_snapshot()
    assert [info.reason for info in store.list()] == [SnapshotReason.AUTO]

    window.close()
    assert [info.reason for info in store.list()] == [
        SnapshotReason.END_OF_DAY,
        SnapshotReason.AUTO,
    ]


def test_closing_an_untouched_document_takes_no_snapshot(window, demo_file):
    window.open_path(demo_file)
    store = window.document.snapshots
    window.close()
    assert store.list() == []


def test_closing_the_document_goes_back_to_the_welcome_page_and_forgets_it(
    window, demo_file, settings
):
    window.open_path(demo_file)
    window.file_menu.close_action.trigger()
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "Influence"
    assert settings.last_document() is None
    assert window.welcome.recent_list.count() == 1  # still among the recent ones
    press(window.welcome.recent_list, Qt.Key.Key_Return)
    assert window.document is not None


def test_every_screen_has_the_key_and_title_its_sidebar_entry_promises(window, demo_file):
    window.open_path(demo_file)
    workspace = window.workspace
    built = workspace.screens()
    assert [(screen.key, screen.title()) for screen in built] == [
        (entry.key, entry.title()) for entry in workspace.entries
    ]
    pairs = zip(built, workspace.entries, strict=True)
    assert all(isinstance(screen, entry.load()) for screen, entry in pairs)


def test_a_screen_is_built_when_first_shown(window, demo_file):
    window.open_path(demo_file)
    workspace = window.workspace
    assert list(workspace._built) == [0]  # only the first screen, not all nine
    window.workspace.show_screen("synthese")
    assert sorted(workspace._built) == [0, len(SIDEBAR) - 1]
