"""Opening documents from the GUI: refusals explained, snapshots offered, demo and copies."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from influence_app import paths
from influence_app.gui.dialogs.prompts import Prompts
from influence_app.storage.document import Document
from influence_app.storage.errors import AlreadyOpen, DocumentError, NotWritable
from influence_app.storage.files import sidecar
from influence_app.storage.lock import DocumentLock
from influence_app.storage.restore import restore
from influence_app.storage.snapshots import SnapshotInfo, SnapshotReason, SnapshotStore

DEMO_FOLDER = "demo"
# Restoring cannot help a file that is simply in use, or a folder we cannot write to.
_NOT_RESTORABLE = (AlreadyOpen, NotWritable)


def tr(text: str) -> str:
    return QCoreApplication.translate("Opening", text)


class DocumentOpener:
    """Opens a seminar file; a refusal is shown with the store's message, never raised."""

    def __init__(self, prompts: Prompts) -> None:
        self.prompts = prompts

    def open(self, parent: QWidget | None, path: Path) -> Document | None:
        try:
            return Document.open(Path(path))
        except DocumentError as error:
            return self._refused(parent, Path(path), error)

    def _refused(self, parent: QWidget | None, path: Path, error: DocumentError) -> Document | None:
        snapshots = [] if isinstance(error, _NOT_RESTORABLE) else _snapshots_of(path)
        if not self.prompts.refused(parent, str(error), bool(snapshots)):
            return None
        chosen = self.prompts.choose_snapshot(parent, snapshots)
        return self.restore_and_open(parent, path, chosen) if chosen else None

    def restore_and_open(
        self, parent: QWidget | None, path: Path, snapshot: SnapshotInfo
    ) -> Document | None:
        """Puts `snapshot` back in place of `path`, opens it, says which time it is back to."""
        try:
            taken_at = restore(path, snapshot.path)
            document = Document.open(path)
        except DocumentError as error:
            self.prompts.error(parent, str(error))
            return None
        self.prompts.info(parent, restored_message(taken_at))
        return document


def restored_message(taken_at: dt.datetime) -> str:
    return tr("Sauvegarde restaurée : vous êtes revenu·e au {date} à {time}.").format(
        date=f"{taken_at:%d/%m/%Y}", time=f"{taken_at:%H:%M}"
    )


def _snapshots_of(path: Path) -> list[SnapshotInfo]:
    try:
        return SnapshotStore.for_document(path).list()
    except OSError:
        return []


# ---------------------------------------------------------------- demo and archives (workers)


def demo_target(now: dt.datetime | None = None) -> Path:
    """A fresh, clearly named demo file in the user's data folder, never an existing one."""
    folder = paths.data_dir() / DEMO_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"{now or dt.datetime.now():%Y-%m-%d-%Hh%M}"
    candidate, number = folder / f"demo-{stamp}.influence", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"demo-{stamp}-{number}.influence"
    return candidate


def write_demo(target: Path) -> Path:
    """Runs on a worker thread: builds the demo seminar at `target` and closes it."""
    return import_archive(paths.resource("demo", "demo-seminar.json"), target)


def import_archive(archive: Path, target: Path) -> Path:
    """Runs on a worker thread: a new document from an archive, closed so the GUI opens it."""
    from influence_app.services.archive import import_archive_as_new  # jsonschema: on demand

    import_archive_as_new(archive, target).close()
    return target


# ---------------------------------------------------------------- save a copy


def save_copy(document: Document, target: Path) -> Path:
    """A verified copy of the committed state, through the backup API, never the live file.

    The snapshot is written beside `target` (same file system, so the final rename is atomic),
    checked, then renamed over `target`.
    """
    target = Path(target).absolute()
    if target.resolve() == document.path.resolve():
        raise ValueError(tr("Choisissez un autre fichier que le séminaire ouvert."))
    scratch = Path(tempfile.mkdtemp(prefix=".influence-copie-", dir=target.parent))
    try:
        copy = SnapshotStore(scratch, document.path).take(SnapshotReason.MANUAL)
        _replace_document(copy.path, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def _replace_document(source: Path, target: Path) -> None:
    """Refused while `target` is open somewhere; its old -wal/-shm go, or SQLite would
    replay them onto the copy."""
    lock = DocumentLock(target)
    lock.acquire()
    try:
        for suffix in ("-wal", "-shm"):
            sidecar(target, suffix).unlink(missing_ok=True)
        os.replace(source, target)
    finally:
        lock.release()
