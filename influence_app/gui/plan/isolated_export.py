"""The synthesis PDF made, off the GUI thread, from a verified copy of the open document
(`services.frozen` says why)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from influence_app.report.document import Cancelled, Progress
from influence_app.services.export_pdf import export_pdf
from influence_app.services.frozen import frozen_copy


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
    with frozen_copy(document_path, scratch_root) as frozen:
        return export_pdf(frozen, out_path, edition, draft, progress, cancelled, now)
