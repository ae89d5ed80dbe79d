"""Long work (PDF export, archive import) off the GUI thread, with a progress dialog and cancel."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from influence_app.exchange.errors import ArchiveError
from influence_app.services.errors import ServiceError
from influence_app.storage.errors import DocumentError

Progress = Callable[[int, int, str], None]  # done, total, label
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]
USER_ERRORS = (DocumentError, ServiceError, ArchiveError, OSError, ValueError)
SHOW_AFTER_MS = 300  # quick work finishes before a dialog would flash


def describe(error: BaseException) -> str:
    """The message to show: ours are already French sentences; anything else is a bug."""
    if isinstance(error, USER_ERRORS):
        return str(error)
    return Task.tr("Une erreur inattendue est survenue ({kind} : {detail}).").format(
        kind=type(error).__name__, detail=error
    )


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work, self._signals, self._cancel = work, signals, cancel

    def run(self) -> None:
        try:
            result = self._work(self._signals.progressed.emit, self._cancel.is_set)
        except BaseException as error:  # handed to the GUI thread, which shows it
            if not isinstance(error, USER_ERRORS):
                traceback.print_exception(error)
            self._signals.failed.emit(error)
            return
        self._signals.succeeded.emit(result)


class Task(QObject):
    """One piece of work running on the pool; its callbacks run on the GUI thread."""

    finished = Signal()

    def __init__(
        self,
        title: str,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.done = False
        self.cancel_event = threading.Event()
        self._on_success, self._on_failure = on_success, on_failure
        self.signals = _Signals()
        self.signals.progressed.connect(self._show_progress)
        self.signals.succeeded.connect(self._succeed)
        self.signals.failed.connect(self._fail)
        self.dialog = self._progress_dialog(title, parent)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.dialog.setLabelText(self.tr("Annulation…"))

    def _progress_dialog(self, title: str, parent: QWidget | None) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Annuler"), 0, 0, parent)
        dialog.setWindowTitle("Influence")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setValue(0)  # starts Qt's show-after timer now (at -1 it waits about 4 s)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    @Slot(int, int, str)
    def _show_progress(self, done: int, total: int, label: str) -> None:
        if self.done:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if label and not self.cancel_event.is_set():
            self.dialog.setLabelText(label)

    @Slot(object)
    def _succeed(self, result: object) -> None:
        self._finish()
        self._on_success(result)
        self.finished.emit()

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        self._finish()
        self._on_failure(error)
        self.finished.emit()

    def _finish(self) -> None:
        self.done = True
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()


class TaskRunner(QObject):
    """Starts tasks on its pool and keeps them alive until they report back."""

    def __init__(self, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self._running: set[Task] = set()

    def run(
        self,
        title: str,
        work: Work,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Task:
        parent = self.parent()
        task = Task(title, on_success, on_failure, parent if isinstance(parent, QWidget) else None)
        self._running.add(task)
        task.finished.connect(lambda: self._running.discard(task))
        self.pool.start(_Runnable(work, task.signals, task.cancel_event))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self) -> None:
        """Blocks until the pool is idle (the window closing, a test ending)."""
        for task in list(self._running):
            task.cancel_event.set()
        self.pool.waitForDone()
