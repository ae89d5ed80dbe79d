"""Shared pieces of the application-shell tests: scripted questions, documents, modals."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from influence_app import paths
from influence_app.gui.dialogs.prompts import Prompts
from influence_app.services.archive import import_archive_as_new
from influence_app.services.seminar import SeminarService

START = dt.date(2026, 3, 10)


class ScriptedPrompts(Prompts):
    """Answers the shell's questions from a script and records every message shown.

    The real dialogs are exercised in test_dialogs.py; here they would block the test.
    """

    def __init__(self, **answers: Any) -> None:
        self.shown: list[tuple[str, str]] = []
        self.restore_offered: list[bool] = []
        self.answers: dict[str, list[Any]] = {key: list(value) for key, value in answers.items()}

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, text in self.shown if shown_kind == kind]

    def answer(self, kind: str, *values: Any) -> None:
        self.answers.setdefault(kind, []).extend(values)

    def error(self, parent: QWidget | None, text: str) -> None:
        self.shown.append(("error", text))

    def info(self, parent: QWidget | None, text: str) -> None:
        self.shown.append(("info", text))

    def confirm(self, parent: QWidget | None, text: str, yes: str, no: str) -> bool:
        self.shown.append(("confirm", text))
        return bool(self._next("confirm", False))

    def refused(self, parent: QWidget | None, text: str, can_restore: bool) -> bool:
        self.shown.append(("refused", text))
        self.restore_offered.append(can_restore)
        return bool(self._next("refused", False))

    def choose_snapshot(self, parent: QWidget | None, snapshots: Any) -> Any:
        return self._next("snapshot", snapshots[0] if snapshots else None)

    def open_file(
        self, parent: QWidget | None, caption: str, folder: Path, kind: str
    ) -> Path | None:
        return self._next("open_file", None)

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: Path, kind: str
    ) -> Path | None:
        self.shown.append(("save_file", str(suggested)))
        return self._next("save_file", None)

    def _next(self, kind: str, default: Any) -> Any:
        queue = self.answers.get(kind)
        return queue.pop(0) if queue else default


def new_seminar(path: Path, title: str = "Séminaire test") -> Path:
    SeminarService.create_from_template(path, title, START).close()
    return path


def demo_copy(master: Path, folder: Path, name: str = "demo.influence") -> Path:
    """A closed document file copies like any file (no -wal beside it once closed)."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(master, folder / name))


def build_demo(path: Path) -> Path:
    import_archive_as_new(paths.resource("demo", "demo-seminar.json"), path).close()
    return path


def when_modal(handle: Callable[[QWidget], None], tries: int = 500) -> None:
    """Calls `handle` with the modal dialog once it is up (for code that blocks in exec())."""

    def attempt(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            handle(modal)
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
