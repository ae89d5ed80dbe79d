"""The welcome page: start with no document, create a seminar, open a recent one, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from influence_app import paths
from influence_app.gui.application import start
from influence_app.gui.dialogs.new_seminar import NewSeminarDialog
from influence_app.services.agenda import DayService
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from tests.gui.helpers import press, type_text
from tests.gui.shell_support import ScriptedPrompts

pytest_plugins = ["tests.gui.shell_fixtures"]  # the shell fixtures


def _open_new_seminar_dialog(qtbot, window) -> NewSeminarDialog:
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewSeminarDialog))
    return QApplication.activeModalWidget()


def test_start_without_a_document_shows_the_welcome_page(qtbot, settings, prompts):
    window = start(None, settings, prompts)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "Influence"
    assert window.document is None
    assert not window.welcome.no_recent.isHidden()
    assert not window.file_menu.export_action.isEnabled()  # nothing to export yet
    window.close()


def test_a_seminar_created_from_the_welcome_page_is_open_and_on_disk(qtbot, window, tmp_path):
    dialog = _open_new_seminar_dialog(qtbot, window)
    type_text(dialog.title_edit, "Séminaire d’été — Œuvres & Réseaux")
    dialog.date_edit.setDate(QDate(2026, 6, 2))
    target = tmp_path / "ete.influence"
    dialog.file_edit.clear()
    type_text(dialog.file_edit, str(target))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.document is not None)
    assert window.windowTitle() == "ete.influence — Influence"
    window.close()
    with Document.open(target) as document:
        seminar = SeminarService(document).get()
        assert seminar.title == "Séminaire d’été — Œuvres & Réseaux"
        assert seminar.start_date.isoformat() == "2026-06-02"
        assert len(DayService(document).list()) == 3  # the default template's three days


def test_the_file_name_follows_the_title_until_the_user_edits_it(qtbot, window, tmp_path):
    dialog = _open_new_seminar_dialog(qtbot, window)
    type_text(dialog.title_edit, "Rencontre régionale")
    assert Path(dialog.file_edit.text()).name == "Rencontre régionale.influence"
    dialog.reject()


def test_a_missing_title_is_refused_under_the_form_and_nothing_is_created(qtbot, window, tmp_path):
    dialog = _open_new_seminar_dialog(qtbot, window)
    dialog.file_edit.setText(str(tmp_path / "vide.influence"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.error_label.text() == "Le titre est obligatoire."
    assert not (tmp_path / "vide.influence").exists()
    dialog.reject()


def test_an_existing_file_is_refused_under_the_form(qtbot, window, demo_file):
    dialog = _open_new_seminar_dialog(qtbot, window)
    type_text(dialog.title_edit, "Doublon")
    dialog.file_edit.setText(str(demo_file))
    before = demo_file.read_bytes()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert "existe déjà" in dialog.error_label.text()
    assert demo_file.read_bytes() == before
    dialog.reject()


def test_recent_documents_are_listed_and_enter_opens_one(qtbot, settings, prompts, demo_file):
    settings.add_recent(demo_file)
    window = start(None, settings, prompts)
    qtbot.addWidget(window)
    recent = window.welcome.recent_list
    assert recent.count() == 1 and recent.item(0).text().startswith("demo.influence\n")

    recent.setFocus()
    press(recent, Qt.Key.Key_Return)

    assert window.document is not None
    assert window.windowTitle() == "demo.influence — Influence"
    window.close()


def test_the_demo_is_a_fresh_copy_in_the_user_data_folder(qtbot, window):
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document is not None, timeout=20_000)
    first = window.document.path
    assert first.parent == paths.data_dir() / "demo"
    assert first.name.startswith("demo-") and first.suffix == ".influence"
    assert window.context.services.seminar.get().title.startswith("Parcours influence")

    window.file_menu.open_demo()
    qtbot.waitUntil(
        lambda: window.document is not None and window.document.path != first, timeout=20_000
    )
    assert first.exists()  # the first copy is kept, the new one is another file


def test_the_last_document_reopens_at_start(qtbot, settings, prompts, demo_file):
    first = start(demo_file, settings, prompts)
    qtbot.addWidget(first)
    first.close()

    again = start(None, settings, ScriptedPrompts())
    qtbot.addWidget(again)
    assert again.document is not None and again.document.path == demo_file.resolve()
    again.close()


def test_a_last_document_that_no_longer_opens_leaves_the_welcome_page_with_a_note(
    qtbot, settings, prompts, demo_file
):
    settings.set_last_document(demo_file)
    with Document.open(demo_file):  # held by "another window"
        window = start(None, settings, prompts)
        qtbot.addWidget(window)
        assert window.pages.currentWidget() is window.welcome
        assert "déjà ouvert" in window.welcome.notice.text()
        assert prompts.shown == []  # no modal at start-up
        window.close()
