"""Put a snapshot back in place of a document, keeping the replaced file aside."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path

from influence_app import paths
from influence_app.storage import guard
from influence_app.storage.errors import DocumentError
from influence_app.storage.files import free_path, fsync_path, sidecar
from influence_app.storage.lock import DocumentLock
from influence_app.storage.snapshots import SnapshotReason, SnapshotStore, snapshot_time

_SIDECARS = ("-wal", "-shm")


def restore(
    document_path: Path, snapshot_path: Path, *, snapshots_root: Path | None = None
) -> dt.datetime:
    """Replace the document by `snapshot_path`; returns when that snapshot was taken.

    Refused with AlreadyOpen while anyone has the document open, and with the snapshot's own
    DocumentError if it is not a healthy seminar. The replaced file (with its -wal/-shm) is
    renamed `<name>.damaged-<time>`, and first snapshotted as `before-restore` when readable.
    """
    document_path, snapshot_path = Path(document_path), Path(snapshot_path)
    taken_at = snapshot_time(snapshot_path)
    lock = DocumentLock(document_path)
    lock.acquire()
    try:
        # Copy first: the before-restore snapshot may rotate out the very file we restore.
        incoming = _verified_copy(snapshot_path, document_path)
        try:
            _snapshot_current(document_path, snapshots_root or paths.snapshots_dir())
            _move_aside(document_path)
            os.replace(incoming, document_path)
            fsync_path(document_path.parent)
        finally:
            incoming.unlink(missing_ok=True)
    finally:
        lock.release()
    return taken_at


def _verified_copy(snapshot_path: Path, document_path: Path) -> Path:
    """The snapshot copied next to the document and checked there, ready to rename."""
    guard.verify(snapshot_path)
    incoming = document_path.with_name(f".{document_path.name}.restoring")
    try:
        shutil.copyfile(snapshot_path, incoming)
        fsync_path(incoming)
        guard.verify(incoming, holding_lock=True)
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    return incoming


def _snapshot_current(document_path: Path, snapshots_root: Path) -> None:
    """Keep what is being replaced, when it can still be read at all."""
    if not document_path.exists():
        return
    # Damaged beyond reading: no snapshot, but _move_aside still keeps the file itself.
    with contextlib.suppress(DocumentError):
        SnapshotStore(snapshots_root, document_path).take(SnapshotReason.BEFORE_RESTORE)


def _move_aside(document_path: Path) -> None:
    """`x.influence` -> `x.influence.damaged-<time>`, sidecars alongside so they still pair.

    Sidecars go first: a `-wal` left behind would be replayed by SQLite onto the restored file.
    """
    if not document_path.exists():
        return
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = free_path(document_path.with_name(f"{document_path.name}.damaged-{stamp}"))
    for suffix in _SIDECARS:
        if sidecar(document_path, suffix).exists():
            os.replace(sidecar(document_path, suffix), sidecar(aside, suffix))
    os.replace(document_path, aside)
