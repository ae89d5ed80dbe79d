"""The « Synthèse » screen: choose the edition, preview the first pages, export PDF or archive."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.context import DocumentContext
from influence_app.gui.dialogs.new_seminar import with_suffix
from influence_app.gui.dialogs.prompts import PDF_FILTER, Prompts
from influence_app.gui.exports import COMPLETE, PARTICIPANTS, Exports, pdf_name
from influence_app.gui.pdf_preview import (
    PagePreview,
    missing_tool_message,
    tool_path,
)
from influence_app.gui.plan.lazy import LazyScreen
from influence_app.gui.plan.synthesis_job import Job, Rendered
from influence_app.gui.tasks import Task, TaskRunner, describe
from influence_app.gui.theme import ACCENT, ERROR, MUTED, set_text_colour
from influence_app.gui.widgets.entity_table import heading
from influence_app.gui.widgets.overview import muted, plain
from influence_app.gui.widgets.workspace import ShellTools
from influence_app.i18n import plural


class SynthesisScreen(LazyScreen):
    """Options on the left, the first pages of the last PDF made on the right."""

    key: ClassVar[str] = "synthese"
    tables: ClassVar[frozenset[str]] = frozenset(
        {"seminar", "network", "participant", "contribution", "goal", "factor", "action"}
        | {"stakeholder", "assessment", "vote_round", "vote", "day", "session"}
    )

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.scratch_root: Path | None = None  # where documents are copied for export (tests)
        self.now: dt.datetime | None = None  # a draft's stamp; None: the clock (tests fix it)
        self.task: Task | None = None
        self.last_pdf: Path | None = None
        self.preview_root = Path(tempfile.mkdtemp(prefix="influence-apercu-"))
        previews = self.preview_root  # not `self`: the slot runs while the screen is destroyed
        self.destroyed.connect(lambda _screen=None: shutil.rmtree(previews, ignore_errors=True))
        self._shown: Rendered | None = None
        self._build_widgets()
        self._lay_out()
        self.attach_shell(ShellTools(Prompts(), TaskRunner(self)))
        self.refresh()

    def attach_shell(self, tools: ShellTools) -> None:
        """The window's prompts and task runner (the default ones serve a screen shown alone)."""
        self.tools = tools
        self.exports = Exports(self, tools)
        self.exports.message.connect(self.archive_outcome.setText)

    def title(self) -> str:
        return self.tr("Synthèse")

    # Construction.

    def _build_widgets(self) -> None:
        self.contents = muted()
        self.complete_radio = QRadioButton(self.tr("&Complète (responsable de programme)"))
        self.participants_radio = QRadioButton(self.tr("&Participants (noms masqués sans accord)"))
        self.complete_radio.setChecked(True)
        self.editions = QButtonGroup(self)
        for radio in (self.complete_radio, self.participants_radio):
            self.editions.addButton(radio)
            radio.toggled.connect(self._options_changed)
        self.draft_check = QCheckBox(self.tr("P&rojet : filigrane « PROJET » et date d'export"))
        self.draft_check.toggled.connect(self._options_changed)
        self.preview_button = QPushButton(self.tr("A&perçu des premières pages"))
        self.pdf_button = QPushButton(self.tr("E&xporter la synthèse PDF…"))
        self.pdf_button.setProperty("accent", True)
        self.outcome = plain()
        self.open_button = QPushButton(self.tr("&Ouvrir le PDF"))
        self.folder_button = QPushButton(self.tr("Afficher dans le &dossier"))
        self.archive_button = QPushButton(self.tr("Exporter l'&archive…"))
        self.archive_outcome = muted()
        self.preview_caption = muted()
        self.preview = PagePreview(self)
        self.preview_button.clicked.connect(self.make_preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.show_folder)
        self.archive_button.clicked.connect(self.export_archive)
        self._set_last_pdf(None)

    def _lay_out(self) -> None:
        hint = self.tr(
            "Le document remis à la fin du séminaire : choisissez l'édition, regardez les "
            "premières pages, puis exportez."
        )
        side = QVBoxLayout()
        side.setSpacing(14)
        side.addWidget(self.contents)
        side.addWidget(self._archive_group())
        side.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self._pdf_group(), 3)
        top.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addLayout(top)
        layout.addLayout(self._preview_column(), 1)

    def _pdf_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Synthèse PDF"), self)
        group.setStyleSheet(_ACCENT_BUTTON)
        options = QVBoxLayout()
        options.setSpacing(8)
        options.addWidget(QLabel(self.tr("Édition :"), group))
        options.addWidget(self.complete_radio)
        options.addWidget(self.participants_radio)
        options.addWidget(self.draft_check)
        options.addStretch(1)
        actions = QVBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(options, 1)
        columns.addLayout(actions)
        layout = QVBoxLayout(group)
        layout.addLayout(columns)
        layout.addWidget(self.outcome)
        layout.addLayout(_row(self.open_button, self.folder_button))
        return group

    def _archive_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Archive"), self)
        layout = QVBoxLayout(group)
        layout.addWidget(
            muted(
                self.tr(
                    "Tout le séminaire dans un fichier (archive JSON v1), pour le transmettre, "
                    "le conserver ou l'ouvrir sur un autre poste."
                )
            )
        )
        layout.addLayout(_row(self.archive_button))
        layout.addWidget(self.archive_outcome)
        return group

    def _preview_column(self) -> QVBoxLayout:
        title = QLabel(self.tr("Aperçu"), self)
        title.setObjectName("sectionHeading")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        title.setFont(font)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addWidget(self.preview_caption, 1)
        column = QVBoxLayout()
        column.addLayout(header)
        column.addWidget(self.preview, 1)
        return column

    # Showing.

    def refresh(self) -> None:
        services = self.context.services
        n = {
            "networks": len(services.networks.list()),
            "participants": len(services.participants.list()),
            "contributions": len(services.contributions.list()),
            "goals": len(services.goals.list()),
            "actions": len(services.actions.list()),
        }
        # a no-break space keeps each number with its word
        counts = (
            (n["networks"], self.tr("{n}\u00a0réseau"), self.tr("{n}\u00a0réseaux")),
            (
                n["participants"],
                self.tr("{n}\u00a0participant·e"),
                self.tr("{n}\u00a0participant·es"),
            ),
            (
                n["contributions"],
                self.tr("{n}\u00a0contribution"),
                self.tr("{n}\u00a0contributions"),
            ),
            (n["goals"], self.tr("{n}\u00a0objectif"), self.tr("{n}\u00a0objectifs")),
            (n["actions"], self.tr("{n}\u00a0action"), self.tr("{n}\u00a0actions")),
        )
        seminar = services.seminar.get()
        line = " · ".join(plural(*count) for count in counts)
        self.contents.setText(
            self.tr("« {title} » réunit à ce jour :").format(title=seminar.title) + "\n" + line
        )
        self._show_preview_state(changed=self._shown is not None)

    def edition(self) -> str:
        return PARTICIPANTS if self.participants_radio.isChecked() else COMPLETE

    def _options_changed(self) -> None:
        self._show_preview_state(changed=self._shown is not None)

    def _show_preview_state(self, changed: bool = False) -> None:
        """Says what the pages shown are, or how to get some."""
        if tool_path() is None:
            self.preview_button.setEnabled(False)
            self.preview.show_note(missing_tool_message())
            self.preview_caption.clear()
            return
        if self._shown is None:
            self.preview.show_note(
                self.tr("« Aperçu des premières pages » montre ici le début de la synthèse.")
            )
            return
        if changed:
            self.preview_caption.setText(
                self.tr(
                    "Pages d'un export précédent : refaites l'aperçu pour voir les changements."
                )
            )

    # Exporting.

    def make_preview(self) -> Task | None:
        """The PDF with the options chosen, made in a temporary folder, its first pages shown."""
        folder = Path(tempfile.mkdtemp(dir=self.preview_root))
        return self._start(folder / "aperçu.pdf", folder, self.tr("Préparation de l'aperçu…"))

    def export_pdf(self) -> Task | None:
        """Asks where to write, then exports in the background; its first pages are shown."""
        document_path = self.context.document.path
        suggested = document_path.with_name(
            pdf_name(document_path, self.edition(), self.draft_check.isChecked())
        )
        chosen = self.tools.prompts.save_file(
            self, self.tr("Exporter la synthèse PDF"), suggested, PDF_FILTER
        )
        if not chosen:
            return None
        folder = Path(tempfile.mkdtemp(dir=self.preview_root))
        target = with_suffix(Path(chosen), ".pdf")
        return self._start(target, folder, self.tr("Préparation de la synthèse…"))

    def _start(self, target: Path, folder: Path, title: str) -> Task:
        job = Job(
            self.context.document.path,
            target,
            self.edition(),
            self.draft_check.isChecked(),
            folder,
            self.scratch_root,
            self.now,
        )
        self._busy(True)
        self._say(self.outcome, title, MUTED)
        preview_only = folder in target.parents
        done = partial(self._finished, preview_only, job)
        on_failure = _while_alive(self, self._failed)
        self.task = self.tools.tasks.run(title, job.run, _while_alive(self, done), on_failure)
        return self.task

    def _finished(self, preview_only: bool, job: Job, rendered: Rendered) -> None:
        self._busy(False)
        if preview_only:
            self._say(self.outcome, self.tr("Aperçu prêt."), MUTED)
        else:
            text = self.tr("Synthèse exportée : {path}").format(path=rendered.pdf)
            self._say(self.outcome, text, MUTED)
            self._set_last_pdf(rendered.pdf)
        self._show_rendered(job, rendered)

    def _show_rendered(self, job: Job, rendered: Rendered) -> None:
        self._shown = rendered
        if not rendered.pages:
            self.preview.show_note(rendered.note)
            self.preview_caption.clear()
            return
        self.preview.show_pages(rendered.pages)
        edition = (
            self.tr("édition complète")
            if job.edition == COMPLETE
            else self.tr("édition participants")
        )
        kind = self.tr("projet") if job.draft else self.tr("version finale")
        self.preview_caption.setText(
            self.tr("Les {count} premières pages — {edition}, {kind}.").format(
                count=len(rendered.pages), edition=edition, kind=kind
            )
        )

    def _failed(self, error: BaseException) -> None:
        from influence_app.services.export_pdf import ExportCancelled

        self._busy(False)
        if isinstance(error, ExportCancelled):
            self._say(self.outcome, str(error), MUTED)  # the user asked for it: no alarm
            return
        self._say(self.outcome, describe(error), ERROR)

    def _busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.pdf_button):
            button.setEnabled(not busy)
        if not busy:
            self.task = None
            self._show_preview_state()

    def _say(self, label: QLabel, text: str, colour: str) -> None:
        label.setText(text)
        set_text_colour(label, colour)

    # After an export.

    def _set_last_pdf(self, path: Path | None) -> None:
        self.last_pdf = path
        self.open_button.setEnabled(path is not None)
        self.folder_button.setEnabled(path is not None)

    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            self._open(self.last_pdf)

    def show_folder(self) -> None:
        if self.last_pdf is not None:
            self._open(self.last_pdf.parent)

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            message = self.tr("Aucune application n'a pu ouvrir « {path} ».").format(path=path)
            self._say(self.outcome, message, ERROR)

    def export_archive(self) -> Task | None:
        return self.exports.export_archive(self.context.document)


_ACCENT_BUTTON = f"""
QPushButton[accent="true"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    border-radius: 4px; padding: 6px 14px; font-weight: bold;
}}
QPushButton[accent="true"]:disabled {{ background: #9bb8bd; border-color: #9bb8bd; }}
"""


def _while_alive(screen: QWidget, callback: Callable[[Rendered], None]) -> Callable[[object], None]:
    """The document may be closed, its screens gone, before the PDF is done: the file is
    written all the same; only the screen that would show it is not there to."""

    def call(result: object) -> None:
        if shiboken6.isValid(screen):
            callback(result)  # type: ignore[arg-type]

    return call


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
