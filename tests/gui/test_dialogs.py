"""The real dialogs: refusals and errors in a message box, snapshot choice, snapshots dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from influence_app.gui.dialogs.prompts import Prompts
from influence_app.gui.dialogs.snapshots import SnapshotPicker, SnapshotsDialog
from influence_app.gui.opening import DocumentOpener
from influence_app.storage.document import Document
from influence_app.storage.snapshots import SnapshotReason
from tests.gui.helpers import press
from tests.gui.shell_support import new_seminar, when_modal
from tests.storage.corpus import EXPECTED_ERRORS, build_corpus

pytest_plugins = ["tests.gui.shell_fixtures"]  # the shell fixtures


def _buttons(box: QMessageBox) -> list[str]:
    return [button.text() for button in box.buttons()]


def test_a_refused_file_shows_the_store_message_in_a_real_dialog(qtbot, tmp_path):
    corpus = build_corpus(tmp_path / "corpus")
    seen = {}

    def read_and_close(box):
        seen.update(text=box.text(), buttons=_buttons(box), format=box.textFormat())
        box.reject()

    when_modal(read_and_close)
    assert DocumentOpener(Prompts()).open(None, corpus["scribbled"]) is None

    assert "est endommagé et ne peut pas être ouvert" in seen["text"]
    assert seen["buttons"] == ["Fermer"]  # no snapshot of that file: nothing to restore
    assert seen["format"] == Qt.TextFormat.PlainText
    assert set(EXPECTED_ERRORS) <= set(corpus)


def test_the_refusal_dialog_offers_the_restore_when_snapshots_exist(qtbot):
    chosen = {}

    def click_restore(box):
        chosen["buttons"] = _buttons(box)
        next(b for b in box.buttons() if b.text() == "Restaurer une sauvegarde…").click()

    when_modal(click_restore)
    assert Prompts().refused(None, "« s.influence » n'est pas un fichier de séminaire.", True)
    assert sorted(chosen["buttons"]) == ["Fermer", "Restaurer une sauvegarde…"]


def test_an_error_message_is_plain_text_in_french(qtbot):
    seen = {}

    def read_and_close(box):
        seen.update(text=box.text(), buttons=_buttons(box))
        box.reject()

    when_modal(read_and_close)
    Prompts().error(None, "« <b>gras</b>.influence » est introuvable.")
    assert seen == {"text": "« <b>gras</b>.influence » est introuvable.", "buttons": ["Fermer"]}


def test_the_snapshot_picker_takes_the_selected_one_on_enter(qtbot, tmp_path):
    path = new_seminar(tmp_path / "s.influence")
    with Document.open(path) as document:
        older = document.snapshots.take(SnapshotReason.AUTO)
        newer = document.snapshots.take(SnapshotReason.MANUAL)
    picker = SnapshotPicker([newer, older])
    qtbot.addWidget(picker)
    assert picker.table.snapshot_model.row(0).cells[1] == "manuelle"
    assert picker.table.snapshot_model.row(1).cells[1] == "automatique (toutes les 5 minutes)"

    picker.table.selectRow(1)
    picker.table.setFocus()
    press(picker.table, Qt.Key.Key_Return)
    assert picker.result() == picker.DialogCode.Accepted
    assert picker.chosen() == older


def test_the_snapshots_dialog_saves_now_and_restores(qtbot, window, prompts, tmp_path):
    path = new_seminar(tmp_path / "s.influence", "Titre du matin")
    window.open_path(path)
    window.file_menu.snapshots_action.trigger()
    dialog = window.findChild(SnapshotsDialog)
    assert dialog.table.snapshot_model.rowCount() == 0
    assert dialog.status.text() == "Aucune sauvegarde pour l'instant."

    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.table.snapshot_model.rowCount() == 1
    assert dialog.status.text().startswith("Sauvegarde faite : ")

    services = window.context.services
    services.seminar.update(title="Titre de l'après-midi")
    prompts.answer("confirm", True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert window.context.services.seminar.get().title == "Titre du matin"
    assert "revenu·e" in prompts.texts("info")[0]
    reasons = {info.reason for info in window.document.snapshots.list()}
    assert SnapshotReason.BEFORE_RESTORE in reasons  # the afternoon is kept as a snapshot


def test_restoring_is_confirmed_first(qtbot, window, prompts, tmp_path):
    path = new_seminar(tmp_path / "s.influence", "Avant")
    window.open_path(path)
    window.document.snapshots.take()
    window.context.services.seminar.update(title="Après")
    dialog = window.file_menu.show_snapshots()
    prompts.answer("confirm", False)
    restore: QPushButton = dialog.restore_button
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert window.context.services.seminar.get().title == "Après"
    assert QApplication.activeModalWidget() is dialog
    dialog.reject()
