"""The shared table model and master-detail widget the set-up screens are built on."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from influence_app.gui.models.entity_model import KEY_ROLE, RIGHT, Column, EntityTableModel
from influence_app.gui.widgets.entity_table import MasterDetail
from tests.gui.helpers import type_text

# The offscreen platform says so whenever a window is shown; it is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    size: int


COLUMNS = [
    Column("Nom", lambda item: item.name),
    Column("Taille", lambda item: str(item.size), align=RIGHT, hint="Nombre de membres"),
]
ITEMS = [Item("a", "Alpha <b>gras</b>", 3), Item("b", "Bêta", 12), Item("c", "Gamma", 0)]


@pytest.fixture
def master(qtbot) -> MasterDetail:
    detail = QWidget()
    QVBoxLayout(detail).addWidget(QLineEdit(detail))
    widget = MasterDetail(EntityTableModel(COLUMNS), detail, "Ajouter", "Aucun élément.")
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):  # shortcuts and focus need the active window
        widget.show()
        widget.activateWindow()
    return widget


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = EntityTableModel(COLUMNS)
    qtmodeltester.check(model)
    model.set_rows(ITEMS)
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_model_shows_cells_as_text_and_finds_rows_by_key() -> None:
    model = EntityTableModel(COLUMNS)
    model.set_rows(ITEMS)
    assert model.data(model.index(0, 0)) == "Alpha <b>gras</b>"
    assert model.data(model.index(1, 1)) == "12"
    assert model.data(model.index(1, 0), KEY_ROLE) == "b"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Taille"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.row_of("c") == 2 and model.row_of("zz") is None


def test_current_row_survives_a_reload_and_a_deleted_row_passes_to_its_neighbour(master) -> None:
    master.set_rows(ITEMS)
    assert master.current_key() == "a"  # something is always shown when rows exist
    master.select_key("b")
    master.set_rows(list(reversed(ITEMS)))
    assert master.current_key() == "b"
    master.set_rows([ITEMS[0], ITEMS[2]])
    assert master.current_key() == "c"
    master.set_rows([])
    assert master.current_key() is None
    assert master.pages.currentWidget() is master.empty_label


def test_keys_ask_for_add_delete_and_edit(master, qtbot) -> None:
    master.set_rows(ITEMS)
    master.select_key("b")
    master.table.setFocus()
    with qtbot.waitSignal(master.delete_requested) as deleted:
        qtbot.keyClick(master.table, Qt.Key.Key_Delete)
    assert deleted.args == ["b"]
    with qtbot.waitSignal(master.edit_requested):
        qtbot.keyClick(master.table, Qt.Key.Key_F2)
    with qtbot.waitSignal(master.add_requested):
        qtbot.keyClick(master.table, Qt.Key.Key_Insert)
    field = master.detail.findChild(QLineEdit)
    field.setFocus()
    with qtbot.waitSignal(master.add_requested):
        qtbot.keyClick(field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_delete_key_in_a_field_deletes_text_not_the_row(master, qtbot) -> None:
    master.set_rows(ITEMS)
    field = master.detail.findChild(QLineEdit)
    field.setFocus()
    type_text(field, "Éa")
    field.setCursorPosition(1)
    with qtbot.assertNotEmitted(master.delete_requested):
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "É"


def test_draft_shows_the_form_with_no_current_row(master, qtbot) -> None:
    master.set_rows(ITEMS)
    with qtbot.waitSignal(master.current_changed) as changed:
        master.begin_draft()
    assert changed.args == [None]
    assert master.drafting and master.current_key() is None
    assert master.pages.currentIndex() == 1
    assert not master.delete_button.isEnabled()
    master.set_rows(ITEMS + [Item("d", "Delta", 1)], prefer="d")
    assert master.current_key() == "d"
    master.select_key("a")
    assert not master.drafting


def test_empty_text_is_plain_text(master) -> None:
    assert master.empty_label.textFormat() == Qt.TextFormat.PlainText
    assert isinstance(master.empty_label, QLabel)


def test_ctrl_n_adds_a_row_inside_the_screen_and_keeps_its_window_meaning_outside(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    new_document = QAction("Nouveau séminaire", window)
    new_document.setShortcut(QKeySequence.StandardKey.New)
    window.addAction(new_document)  # as the main window's File menu does
    outside = QLineEdit(window)
    detail = QWidget()
    QVBoxLayout(detail).addWidget(QLineEdit(detail))
    master = MasterDetail(EntityTableModel(COLUMNS), detail, "Ajouter", "Aucun élément.")
    layout = QVBoxLayout(window)
    layout.addWidget(outside)
    layout.addWidget(master)
    with qtbot.waitActive(window):  # window shortcuts only fire in the active window
        window.show()
        window.activateWindow()
    master.set_rows(ITEMS)
    field = detail.findChild(QLineEdit)
    field.setFocus()
    with qtbot.waitSignal(master.add_requested), qtbot.assertNotEmitted(new_document.triggered):
        qtbot.keyClick(field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    outside.setFocus()
    with qtbot.waitSignal(new_document.triggered), qtbot.assertNotEmitted(master.add_requested):
        qtbot.keyClick(outside, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
