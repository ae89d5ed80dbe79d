"""Export the synthesis PDF of an open seminar document, atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from influence_app.i18n import _
from influence_app.report import render
from influence_app.report.document import Cancelled, Progress
from influence_app.services.archive import ArchiveFileError, write_atomically
from influence_app.services.errors import ServiceError
from influence_app.services.report_data import COMPLETE, build_report_data, check_edition
from influence_app.storage.document import Document


class ExportError(ServiceError):
    """The PDF could not be made or written; the message says why, in French."""


class ExportCancelled(ServiceError):
    """The user cancelled; no file was written or changed."""


def export_pdf(
    document: Document,
    out_path: Path,
    edition: str = COMPLETE,
    draft: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write the synthesis of `document` to `out_path`; an existing file there stays intact
    until the new one is complete (and stays intact on any failure).

    `progress(done, total, label)` is called as the work advances; `cancelled()` returning
    True stops it with ExportCancelled. `now` stamps a draft (default: the clock).
    """
    target = Path(out_path)
    check_edition(edition)
    _check_target(target)
    _report(progress, 0, _("Lecture du séminaire"))
    data = build_report_data(document, edition, draft, now)
    pdf = _render(data, progress, cancelled)
    if cancelled is not None and cancelled():
        raise ExportCancelled(_("Export annulé : aucun fichier n’a été écrit."))
    try:
        write_atomically(target, pdf)
    except ArchiveFileError as error:
        raise ExportError(str(error)) from error
    _report(progress, render.PROGRESS_TOTAL, _("Synthèse exportée"))
    return target


def _check_target(target: Path) -> None:
    """Refuse before the long layout work what would only fail at the end."""
    if target.is_dir():
        raise ExportError(_("« {path} » est un dossier, pas un fichier.").format(path=target))
    if not target.parent.is_dir():
        raise ExportError(_("Le dossier de « {path} » n’existe pas.").format(path=target))


def _render(
    data: render.ReportData, progress: Progress | None, cancelled: Cancelled | None
) -> bytes:
    try:
        return render.render_report(data, progress, cancelled)
    except render.ExportCancelled as error:
        raise ExportCancelled(_("Export annulé : aucun fichier n’a été écrit.")) from error
    except LayoutError as error:
        message = _(
            "La mise en page de la synthèse a échoué : un élément ne tient pas sur une "
            "page ({detail})."
        )
        raise ExportError(message.format(detail=str(error).splitlines()[0][:200])) from error


def _report(progress: Progress | None, done: int, label: str) -> None:
    if progress is not None:
        progress(done, render.PROGRESS_TOTAL, label)
