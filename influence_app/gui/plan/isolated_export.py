"""The synthesis PDF made, off the GUI thread, from a verified copy of the open document.

The open document has one SQLite connection, shared by every thread (StaticPool). A worker
reading through it while the GUI thread commits an edit would share that connection's
transaction: when the worker's session ends, the pool rolls the connection back, edit
included. So the worker reads a copy taken through the backup API (its own connection, the
committed state) and the facilitator may keep editing during the export.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from influence_app.report.document import Cancelled, Progress
from influence_app.services.export_pdf import export_pdf
from influence_app.storage.document import Document
from influence_app.storage.snapshots import SnapshotReason, SnapshotStore


def export_from_copy(
    document_path: Path,
    out_path: Path,
    edition: str,
    draft: bool,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    scratch_root: Path | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """`services.export_pdf.export_pdf` on a copy of the document at `document_path` as last
    committed; the copy lives in a scratch folder under `scratch_root` and goes with it."""
    scratch = Path(tempfile.mkdtemp(prefix="influence-export-", dir=scratch_root))
    try:
        copy = SnapshotStore(scratch, document_path).take(SnapshotReason.MANUAL)
        with Document.open(copy.path, snapshots_root=scratch) as frozen:
            return export_pdf(frozen, out_path, edition, draft, progress, cancelled, now)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
