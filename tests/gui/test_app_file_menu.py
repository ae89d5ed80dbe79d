"""The File menu: open, save a verified copy, export and import archives."""

from __future__ import annotations

import pytest

from influence_app.exchange.errors import ArchiveError
from influence_app.services.archive import read_archive
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from influence_app.storage.guard import inspect_document
from tests.gui.shell_support import new_seminar

pytest_plugins = ["tests.gui.shell_fixtures"]  # the shell fixtures


def _title(path) -> str:
    with Document.open(path) as document:
        return SeminarService(document).get().title


def test_open_asks_for_a_file_and_opens_it(window, prompts, demo_file):
    prompts.answer("open_file", demo_file)
    window.file_menu.menu.actions()[1].trigger()  # « Ouvrir… »
    assert window.document.path == demo_file


def test_the_recent_submenu_reopens_a_document(window, demo_file, tmp_path):
    other = new_seminar(tmp_path / "autre.influence")
    window.open_path(demo_file)
    window.open_path(other)
    window.file_menu.recent_menu.aboutToShow.emit()
    entries = [action.text() for action in window.file_menu.recent_menu.actions()]
    assert entries[0].startswith("autre.influence — ") and entries[1].startswith(
        "demo.influence — "
    )

    window.file_menu.recent_menu.actions()[1].trigger()
    assert window.document.path == demo_file


def test_save_a_copy_writes_a_healthy_document_with_the_latest_edit(
    window, prompts, demo_file, tmp_path
):
    window.open_path(demo_file)
    window.context.services.seminar.update(title="Juste avant la copie")
    target = tmp_path / "copies" / "copie"
    target.parent.mkdir()
    prompts.answer("save_file", target)

    window.file_menu.copy_action.trigger()

    copy = target.with_name("copie.influence")
    assert inspect_document(copy).ok
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copie.influence"]  # nothing left over
    assert window.document.path == demo_file  # still working on the original
    window.close()
    assert _title(copy) == "Juste avant la copie"


def test_save_a_copy_refuses_the_open_document_itself(window, prompts, demo_file):
    window.open_path(demo_file)
    before = demo_file.stat().st_mtime_ns
    prompts.answer("save_file", demo_file)
    window.file_menu.copy_action.trigger()
    assert prompts.texts("error") == ["Choisissez un autre fichier que le séminaire ouvert."]
    assert demo_file.stat().st_mtime_ns == before


def test_save_a_copy_refuses_a_target_open_elsewhere(window, prompts, demo_file, tmp_path):
    other = new_seminar(tmp_path / "autre.influence")
    window.open_path(demo_file)
    prompts.answer("save_file", other)
    with Document.open(other):
        window.file_menu.copy_action.trigger()
    assert "déjà ouvert" in prompts.texts("error")[0]
    assert _title(other) == "Séminaire test"


def test_export_then_import_an_archive_round_trips_the_seminar(
    qtbot, window, prompts, demo_file, tmp_path
):
    window.open_path(demo_file)
    window.context.services.seminar.update(title="Séminaire exporté")
    archive = tmp_path / "export.json"
    prompts.answer("save_file", archive)
    window.file_menu.export_action.trigger()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20_000)
    assert read_archive(archive).seminar.title == "Séminaire exporté"

    imported = tmp_path / "importé.influence"
    prompts.answer("open_file", archive)
    prompts.answer("save_file", imported)
    window.file_menu.import_archive()
    qtbot.waitUntil(
        lambda: window.document is not None and window.document.path == imported, timeout=20_000
    )
    assert window.context.services.seminar.get().title == "Séminaire exporté"
    assert len(window.context.services.contributions.list()) == 202


def test_a_refused_archive_is_explained_and_nothing_is_created(qtbot, window, prompts, tmp_path):
    archive = tmp_path / "pas-une-archive.json"
    archive.write_text('{"format": "autre chose"}', encoding="utf-8")
    prompts.answer("open_file", archive)
    prompts.answer("save_file", tmp_path / "nouveau.influence")
    task = window.file_menu.import_archive()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    with pytest.raises(ArchiveError) as refused:
        read_archive(archive)
    assert prompts.texts("error") == [
        f"« pas-une-archive.json » n'a pas pu être importée : {refused.value}"
    ]
    assert not (tmp_path / "nouveau.influence").exists()
    assert window.document is None
