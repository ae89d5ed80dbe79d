"""A private copy of an open document as last committed, for work done off the GUI thread.

The open document has one SQLite connection shared by every thread (StaticPool). A worker
reading through it while the GUI thread commits an edit would share that connection's
transaction, and the end of the worker's session would roll the edit back. A copy taken through
the backup API has its own connection and the committed state; the facilitator keeps editing.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from influence_app.storage.document import Document
from influence_app.storage.snapshots import SnapshotReason, SnapshotStore


@contextmanager
def frozen_copy(document_path: Path, scratch_root: Path | None = None) -> Iterator[Document]:
    """Opens a verified copy of `document_path` in a scratch folder that goes with it."""
    scratch = Path(tempfile.mkdtemp(prefix="influence-copy-", dir=scratch_root))
    try:
        copy = SnapshotStore(scratch, document_path).take(SnapshotReason.MANUAL)
        with Document.open(copy.path, snapshots_root=scratch) as frozen:
            yield frozen
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
