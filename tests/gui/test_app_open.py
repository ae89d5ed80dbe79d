"""Opening documents from the GUI: every refusal explained in a dialog, restore offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from influence_app.gui.application import start
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from influence_app.storage.errors import DocumentError
from influence_app.storage.snapshots import SnapshotStore
from tests.gui.shell_support import new_seminar
from tests.storage.corpus import EXPECTED_ERRORS, build_corpus

pytest_plugins = ["tests.gui.shell_fixtures"]  # the shell fixtures


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


def _store_message(path: Path, expected: type[DocumentError] = DocumentError) -> str:
    """What the store itself says when asked to open `path`."""
    with pytest.raises(expected) as refused:
        Document.open(path)
    return str(refused.value)


@pytest.mark.parametrize("kind", sorted(EXPECTED_ERRORS))
def test_each_bad_file_shows_its_own_message_and_the_app_goes_on(
    qtbot, window, prompts, corpus, kind, demo_file
):
    before = corpus[kind].read_bytes()

    assert window.open_path(corpus[kind]) is False

    assert prompts.texts("refused") == [_store_message(corpus[kind], EXPECTED_ERRORS[kind])]
    assert corpus[kind].read_bytes() == before
    assert window.isVisible() and window.pages.currentWidget() is window.welcome
    assert window.open_path(demo_file)  # still running, still able to open a good one


def test_a_bad_file_given_on_the_command_line_is_explained_then_welcome(
    qtbot, settings, prompts, corpus
):
    window = start(corpus["foreign"], settings, prompts)
    qtbot.addWidget(window)
    assert prompts.texts("refused") == [_store_message(corpus["foreign"])]
    assert window.pages.currentWidget() is window.welcome
    window.close()


def test_a_document_open_elsewhere_says_so_and_offers_no_restore(qtbot, window, prompts, demo_file):
    with Document.open(demo_file) as held:
        held.snapshots.take()  # a snapshot exists, yet restoring cannot help here
        assert window.open_path(demo_file) is False
    (message,) = prompts.texts("refused")
    assert "déjà ouvert" in message
    assert prompts.restore_offered == [False]


def test_a_damaged_document_with_snapshots_can_be_restored_and_opened(
    qtbot, window, prompts, tmp_path
):
    path = new_seminar(tmp_path / "atelier.influence", "Atelier avant l'incident")
    with Document.open(path) as document:
        document.snapshots.take()
    path.write_bytes(b"")  # emptied by a faulty USB key
    prompts.answer("refused", True)  # « Restaurer une sauvegarde… »

    assert window.open_path(path) is True

    assert prompts.restore_offered == [True]
    assert window.context.services.seminar.get().title == "Atelier avant l'incident"
    (told,) = prompts.texts("info")
    assert told.startswith("Sauvegarde restaurée : vous êtes revenu·e au ")
    assert list(tmp_path.glob("atelier.influence.damaged-*"))  # the bad file is kept aside


def test_declining_the_restore_leaves_the_file_as_it_was(qtbot, window, prompts, tmp_path):
    path = new_seminar(tmp_path / "atelier.influence")
    with Document.open(path) as document:
        document.snapshots.take()
    path.write_bytes(b"not a seminar at all")

    assert window.open_path(path) is False

    assert prompts.restore_offered == [True]
    assert path.read_bytes() == b"not a seminar at all"
    assert len(SnapshotStore.for_document(path).list()) == 1


def test_without_snapshots_no_restore_is_offered(qtbot, window, prompts, tmp_path):
    path = tmp_path / "inconnu.influence"
    path.write_bytes(b"{}")
    window.open_path(path)
    assert prompts.restore_offered == [False]


def test_opening_another_document_replaces_the_current_one(qtbot, window, demo_file, tmp_path):
    other = new_seminar(tmp_path / "autre.influence", "Autre séminaire")
    window.open_path(demo_file)
    window.open_path(other)
    assert window.windowTitle() == "autre.influence — Influence"
    with Document.open(demo_file) as reopened:  # the first one was released
        assert SeminarService(reopened).get().title.startswith("Parcours influence")
