"""Helpers of the analysis-screen tests: the demo seminar open in a context, a shown screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from influence_app import paths
from influence_app.gui.context import DocumentContext
from influence_app.services.archive import import_archive_as_new
from influence_app.storage.document import Document

W = TypeVar("W", bound=QWidget)


def build_demo(path: Path) -> Path:
    import_archive_as_new(paths.resource("demo", "demo-seminar.json"), path).close()
    return path


def demo_copy(master: Path, folder: Path) -> Path:
    """A closed document copies like any file (no -wal beside it once closed)."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(master, folder / "demo.influence"))


def open_context(path: Path) -> DocumentContext:
    return DocumentContext.open(Document.open(path), QUndoStack())


def close(context: DocumentContext) -> None:
    if context.document.is_open:
        context.document.close()


@contextmanager
def reopened(context: DocumentContext) -> Iterator[Document]:
    """Closes the screen's document and opens the file afresh: what it reads was on disk."""
    path = context.document.path
    context.document.close()
    fresh = Document.open(path)
    try:
        yield fresh
    finally:
        fresh.close()


def show(qtbot, widget: W) -> W:  # noqa: ANN001
    """Shows the screen at a laptop size and makes it active, as shortcuts need."""
    qtbot.addWidget(widget)
    widget.resize(1156, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget
