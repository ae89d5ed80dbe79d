"""The « Synthèse » screen: a PDF made in the background, equal to the headless one; preview."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from influence_app import cli
from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.synthesis_export import SynthesisScreen
from influence_app.gui.tasks import TaskRunner
from influence_app.gui.undo import perform
from influence_app.gui.widgets.workspace import ShellTools
from influence_app.services.archive import read_archive
from influence_app.services.export_pdf import export_pdf
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from tests.gui.shell_support import ScriptedPrompts, build_demo, demo_copy

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CANCELLED = "Export annulé : aucun fichier n’a été écrit."


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("synthesis-demo") / "demo.influence")


@pytest.fixture
def demo(demo_master, tmp_path):
    return demo_copy(demo_master, tmp_path / "documents")


@pytest.fixture
def small(tmp_path):
    """The default template: a seminar whose synthesis takes a fraction of a second."""
    path = tmp_path / "documents" / "s.influence"
    path.parent.mkdir(parents=True, exist_ok=True)
    SeminarService.create_from_template(path, "Séminaire test", dt.date(2026, 3, 10)).close()
    return path


@pytest.fixture
def open_screen(qtbot, tmp_path):
    opened = []

    def open_(path):
        document = Document.open(path)
        opened.append(document)
        screen = SynthesisScreen(DocumentContext.open(document, QUndoStack()))
        prompts = ScriptedPrompts()
        screen.attach_shell(ShellTools(prompts, TaskRunner(screen)))
        screen.scratch_root = tmp_path / "scratch"
        screen.scratch_root.mkdir()
        qtbot.addWidget(screen)
        screen.show()
        return screen, prompts

    yield open_
    for document in opened:
        if document.is_open:
            document.close()


def finish(qtbot, task) -> None:
    qtbot.waitUntil(lambda: task.done, timeout=180_000)


class UrlCatcher(QObject):
    """Receives what the screen asks the desktop to open (file:// URLs), instead of a viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def test_export_keeps_the_window_responsive_and_equals_the_headless_pdf(
    qtbot, open_screen, demo, tmp_path
) -> None:
    reference = tmp_path / "headless.pdf"
    command = ["export", str(demo), "--format", "pdf", "-o", str(reference)]
    assert cli.main([*command, "--edition", "participants"]) == 0
    screen, prompts = open_screen(demo)
    out = tmp_path / "exports"
    out.mkdir()
    prompts.answer("save_file", out / "synthèse participants")
    screen.participants_radio.click()

    ticks: list[int] = []
    clock = QTimer()
    clock.timeout.connect(lambda: ticks.append(1))
    clock.start(10)
    screen.pdf_button.click()
    task = screen.task
    at_finish: list[int] = []
    task.finished.connect(lambda: at_finish.append(len(ticks)))
    assert not task.done  # the click returned while the PDF is still being made
    finish(qtbot, task)
    clock.stop()

    assert at_finish[0] > 0  # the event loop turned while the export ran
    written = out / "synthèse participants.pdf"
    assert written.read_bytes() == reference.read_bytes()
    assert screen.outcome.text() == f"Synthèse exportée : {written}"
    assert prompts.shown[0] == (
        "save_file",
        str(demo.with_name("demo - synthèse - participants.pdf")),
    )
    assert screen.preview.page_count() == 3
    assert list(screen.scratch_root.iterdir()) == []  # the document's copy is gone

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        screen.open_button.click()
        screen.folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.opened == [str(written), str(out)]


def test_cancel_stops_the_export_and_leaves_the_old_file_intact(
    qtbot, open_screen, demo, tmp_path
) -> None:
    screen, prompts = open_screen(demo)
    target = tmp_path / "exports" / "synthèse.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the previous synthesis")
    prompts.answer("save_file", target)

    task = screen.export_pdf()
    qtbot.waitUntil(lambda: task.dialog.value() >= 10, timeout=60_000)  # well into the layout
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "Annuler"
    cancel.click()
    finish(qtbot, task)

    assert screen.outcome.text() == CANCELLED
    assert target.read_bytes() == b"the previous synthesis"
    assert [p.name for p in target.parent.iterdir()] == ["synthèse.pdf"]  # no partial file
    assert list(screen.scratch_root.iterdir()) == []
    assert not screen.open_button.isEnabled() and screen.pdf_button.isEnabled()


def test_a_vanished_folder_is_explained_in_french_at_the_screen(
    qtbot, open_screen, small, tmp_path
) -> None:
    screen, prompts = open_screen(small)
    prompts.answer("save_file", tmp_path / "gone" / "synthèse.pdf")

    task = screen.export_pdf()
    finish(qtbot, task)

    expected = f"Le dossier de « {tmp_path / 'gone' / 'synthèse.pdf'} » n’existe pas."
    assert screen.outcome.text() == expected
    assert screen.outcome.palette().windowText().color().name() == "#b3261e"
    assert prompts.texts("error") == []  # said at the screen, not in a box to dismiss


def test_a_read_only_folder_is_explained_and_nothing_is_written(
    qtbot, open_screen, small, tmp_path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        screen, prompts = open_screen(small)
        prompts.answer("save_file", folder / "synthèse.pdf")
        task = screen.export_pdf()
        finish(qtbot, task)
        assert list(folder.iterdir()) == []

    assert screen.outcome.text().startswith(f"Impossible d'écrire dans le dossier de « {folder}")
    assert "Choisissez un autre dossier." in screen.outcome.text()


class read_only:  # noqa: N801  (used as a context manager)
    """A folder nobody may write in; as root (containers) only the immutable flag stops writes."""

    def __init__(self, folder) -> None:
        self.folder = folder
        self.root = os.geteuid() == 0

    def __enter__(self) -> None:
        if not self.root:
            self.folder.chmod(0o500)
        elif subprocess.run(["chattr", "+i", str(self.folder)], capture_output=True).returncode:
            pytest.skip("running as root where chattr cannot make a folder read-only")

    def __exit__(self, *exc: object) -> None:
        if self.root:
            subprocess.run(["chattr", "-i", str(self.folder)], check=True)
        else:
            self.folder.chmod(0o700)


def test_the_draft_preview_shows_the_first_pages_with_the_watermark(
    qtbot, open_screen, small
) -> None:
    screen, _prompts = open_screen(small)
    screen.draft_check.click()
    assert screen.preview_button.isEnabled()

    task = screen.make_preview()
    finish(qtbot, task)

    assert screen.preview.page_count() == 3
    assert screen.preview_caption.text() == ("Les 3 premières pages — édition complète, projet.")
    preview_pdf = next(screen.preview_root.glob("*/aperçu.pdf"))
    assert "PROJET" in PdfReader(preview_pdf).pages[0].extract_text()
    assert screen.last_pdf is None  # a preview is not an export: nothing to open
    screen.participants_radio.click()
    assert screen.preview_caption.text().startswith("Pages d'un export précédent")


def test_the_preview_images_go_with_the_screen(qtbot, small) -> None:
    with Document.open(small) as document:
        screen = SynthesisScreen(DocumentContext.open(document, QUndoStack()))
        folder = screen.preview_root
        (folder / "1").mkdir()
        screen.deleteLater()
        qtbot.waitUntil(lambda: not folder.exists())


def test_without_pdftoppm_the_screen_says_so_instead_of_a_preview(
    qtbot, open_screen, small, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    screen, prompts = open_screen(small)
    assert not screen.preview_button.isEnabled()
    assert "pdftoppm (paquet poppler-utils) est introuvable" in screen.preview.note.text()

    prompts.answer("save_file", tmp_path / "synthèse.pdf")
    finish(qtbot, screen.export_pdf())
    assert (tmp_path / "synthèse.pdf").read_bytes().startswith(b"%PDF")  # the export still works
    assert screen.preview.page_count() == 0
    assert "pdftoppm" in screen.preview.note.text()


def test_the_archive_is_exported_from_the_screen(qtbot, open_screen, small, tmp_path) -> None:
    screen, prompts = open_screen(small)
    prompts.answer("save_file", tmp_path / "archive")

    finish(qtbot, screen.export_archive())

    assert read_archive(tmp_path / "archive.json").seminar.title == "Séminaire test"
    assert screen.archive_outcome.text() == f"Archive exportée : {tmp_path / 'archive.json'}"


def test_hidden_it_waits_and_catches_up_when_shown(open_screen, small) -> None:
    screen, _prompts = open_screen(small)
    screen.hide()
    actions = screen.context.services.actions
    perform(screen.context, "Ajouter une action", lambda: actions.add(title="Écrire au préfet"))
    assert screen.contents.text().endswith(" 0\u00a0action")  # no rereading while not shown
    screen.show()
    assert screen.contents.text().endswith(" 1\u00a0action")


def test_a_pdf_finished_after_its_screen_is_gone_is_written_quietly(qtbot, small, tmp_path) -> None:
    window = QWidget()  # stands for the main window, which owns the task runner
    qtbot.addWidget(window)
    prompts = ScriptedPrompts(save_file=[tmp_path / "synthèse.pdf"])
    with Document.open(small) as document:
        screen = SynthesisScreen(DocumentContext.open(document, QUndoStack()))
        screen.attach_shell(ShellTools(prompts, TaskRunner(window)))
        task = screen.export_pdf()
        screen.deleteLater()  # the seminar closed while its synthesis is being made
        finish(qtbot, task)  # an exception in the callback would fail the test here
    assert (tmp_path / "synthèse.pdf").read_bytes().startswith(b"%PDF")


def test_a_draft_equals_the_service_export_stamped_at_the_same_moment(
    qtbot, open_screen, small, tmp_path
) -> None:
    moment = dt.datetime(2026, 3, 12, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    with Document.open(small) as document:
        export_pdf(document, tmp_path / "service.pdf", "participants", True, now=moment)
    screen, prompts = open_screen(small)
    screen.now = moment  # a draft carries its export time: the same one on both sides
    screen.participants_radio.click()
    screen.draft_check.click()
    prompts.answer("save_file", tmp_path / "écran.pdf")

    finish(qtbot, screen.export_pdf())

    assert (tmp_path / "écran.pdf").read_bytes() == (tmp_path / "service.pdf").read_bytes()
    assert prompts.shown[0][1].endswith("s - synthèse - participants - projet.pdf")
