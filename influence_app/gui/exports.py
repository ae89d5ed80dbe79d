"""Exports started from the GUI (synthesis PDF, archive), run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from influence_app.gui.dialogs.new_seminar import with_suffix
from influence_app.gui.dialogs.prompts import ARCHIVE_FILTER, PDF_FILTER
from influence_app.gui.tasks import Cancelled, Progress, Task, describe
from influence_app.gui.widgets.workspace import ShellTools
from influence_app.storage.document import Document

COMPLETE, PARTICIPANTS = "complete", "participants"  # editions of services.report_data


class Exports(QObject):
    """Asks where to write, runs the export as a task, reports the outcome."""

    message = Signal(str)  # a sentence for the status bar or the screen
    written = Signal(object)  # Path of a file just written

    def __init__(self, parent: QWidget, tools: ShellTools) -> None:
        super().__init__(parent)
        self._parent, self._tools = parent, tools

    def export_pdf(
        self, document: Document, edition: str = COMPLETE, draft: bool = False
    ) -> Task | None:
        suggested = document.path.with_name(pdf_name(document.path, edition, draft))
        target = self._ask(self.tr("Exporter la synthèse PDF"), suggested, PDF_FILTER, ".pdf")
        if target is None:
            return None

        def work(progress: Progress, cancelled: Cancelled) -> Path:
            from influence_app.gui.plan.isolated_export import export_from_copy  # ReportLab

            return export_from_copy(document.path, target, edition, draft, progress, cancelled)

        title = self.tr("Préparation de la synthèse…")
        return self._tools.tasks.run(title, work, self._pdf_written, self._failed)

    def export_archive(self, document: Document) -> Task | None:
        suggested = document.path.with_name(f"{document.path.stem}.json")
        target = self._ask(self.tr("Exporter l'archive"), suggested, ARCHIVE_FILTER, ".json")
        if target is None:
            return None

        def work(_progress: Progress, _cancelled: Cancelled) -> Path:
            from influence_app.services.archive import export_archive  # jsonschema: on demand
            from influence_app.services.frozen import frozen_copy

            with frozen_copy(document.path) as frozen:  # never the live connection off-thread
                export_archive(frozen, target)
            return target

        title = self.tr("Export de l'archive…")
        return self._tools.tasks.run(title, work, self._archive_written, self._failed)

    def _ask(self, caption: str, suggested: Path, kind: str, suffix: str) -> Path | None:
        chosen = self._tools.prompts.save_file(self._parent, caption, suggested, kind)
        return with_suffix(chosen, suffix) if chosen else None

    def _pdf_written(self, path: Path) -> None:
        self._announce(self.tr("Synthèse exportée : {path}").format(path=path), path)
        question = self.tr("La synthèse est prête :\n{path}\n\nL'ouvrir maintenant ?").format(
            path=path
        )
        if self._tools.prompts.confirm(
            self._parent, question, self.tr("Ouvrir"), self.tr("Plus tard")
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _archive_written(self, path: Path) -> None:
        self._announce(self.tr("Archive exportée : {path}").format(path=path), path)

    def _announce(self, text: str, path: Path) -> None:
        self.message.emit(text)
        self.written.emit(path)

    def _failed(self, error: BaseException) -> None:
        from influence_app.services.export_pdf import ExportCancelled

        if isinstance(error, ExportCancelled):
            self.message.emit(str(error))  # the user asked for it: no alarm
            return
        self.message.emit(self.tr("L'export n'a pas abouti."))
        self._tools.prompts.error(self._parent, describe(error))


def pdf_name(document_path: Path, edition: str, draft: bool) -> str:
    parts = [document_path.stem, "synthèse"]
    if edition == PARTICIPANTS:
        parts.append("participants")
    if draft:
        parts.append("projet")
    return " - ".join(parts) + ".pdf"
