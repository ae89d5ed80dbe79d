"""One synthesis export as the pool runs it: the PDF from a copy of the document, its pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from influence_app.gui.pdf_preview import PreviewUnavailable, render_pages
from influence_app.gui.plan.isolated_export import export_from_copy
from influence_app.gui.tasks import Cancelled, Progress


@dataclass(frozen=True)
class Rendered:
    """A PDF written, with images of its first pages (or why there are none)."""

    pdf: Path
    pages: list[Path] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class Job:
    """What one export reads, captured on the GUI thread before the work starts."""

    source: Path
    target: Path
    edition: str
    draft: bool
    pages_folder: Path
    scratch_root: Path | None
    now: dt.datetime | None = None

    def run(self, progress: Progress, cancelled: Cancelled) -> Rendered:
        """Runs on the pool: the PDF from a copy of the document, then its first pages."""
        pdf = export_from_copy(
            self.source,
            self.target,
            self.edition,
            self.draft,
            progress,
            cancelled,
            self.scratch_root,
            self.now,
        )
        try:
            return Rendered(pdf, render_pages(pdf, self.pages_folder))
        except PreviewUnavailable as reason:
            return Rendered(pdf, note=str(reason))
