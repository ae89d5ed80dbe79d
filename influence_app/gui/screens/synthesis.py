"""Synthèse: export the synthesis PDF (either edition, draft or final) and the archive."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.context import DocumentContext
from influence_app.gui.dialogs.prompts import Prompts
from influence_app.gui.exports import COMPLETE, PARTICIPANTS, Exports
from influence_app.gui.screens.base import Screen
from influence_app.gui.tasks import Task, TaskRunner
from influence_app.gui.widgets.overview import MARGINS, heading, muted, plain
from influence_app.gui.widgets.workspace import ShellTools


class SynthesisScreen(Screen):
    key = "synthesis"
    tables = frozenset(
        {
            "seminar",
            "network",
            "participant",
            "contribution",
            "goal",
            "factor",
            "action",
            "vote_round",
        }
    )

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.contents = plain()
        self.outcome = muted()
        self.complete_radio = QRadioButton(
            self.tr("Édition complète, pour le ou la responsable de programme")
        )
        self.participants_radio = QRadioButton(
            self.tr("Édition participants (sans les noms de qui n'a pas consenti)")
        )
        self.complete_radio.setChecked(True)
        self.draft_check = QCheckBox(
            self.tr("Projet : filigrane « PROJET » et date sur chaque page")
        )
        self.pdf_button = QPushButton(self.tr("Exporter la synthèse PDF…"))
        self.archive_button = QPushButton(self.tr("Exporter l'archive…"))
        self.attach_shell(ShellTools(Prompts(), TaskRunner(self)))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.archive_button.clicked.connect(self.export_archive)
        self._lay_out()
        self.refresh()

    def attach_shell(self, tools: ShellTools) -> None:
        """The window's prompts and task runner (the default ones serve a screen shown alone)."""
        self.exports = Exports(self, tools)
        self.exports.message.connect(self.outcome.setText)

    def title(self) -> str:
        return self.tr("Synthèse")

    def refresh(self) -> None:
        services = self.context.services
        counts = (
            (len(services.networks.list()), self.tr("réseau(x)")),
            (len(services.participants.list()), self.tr("participant·es")),
            (len(services.contributions.list()), self.tr("contribution(s)")),
            (len(services.goals.list()), self.tr("objectif(s)")),
            (len(services.factors.list()), self.tr("levier(s) et frein(s)")),
            (len(services.votes.list_rounds()), self.tr("tour(s) de vote")),
            (len(services.actions.list()), self.tr("action(s)")),
        )
        seminar = services.seminar.get()
        lines = [f"{n} {what}" for n, what in counts]
        self.contents.setText(
            self.tr("« {title} » réunit à ce jour :").format(title=seminar.title)
            + "\n"
            + " · ".join(lines)
        )

    def export_pdf(self) -> Task | None:
        edition = PARTICIPANTS if self.participants_radio.isChecked() else COMPLETE
        return self.exports.export_pdf(self.context.document, edition, self.draft_check.isChecked())

    def export_archive(self) -> Task | None:
        return self.exports.export_archive(self.context.document)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(14)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.contents)
        layout.addWidget(self._pdf_group())
        layout.addWidget(self._archive_group())
        layout.addWidget(self.outcome)
        layout.addStretch(1)

    def _pdf_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Synthèse PDF"))
        layout = QVBoxLayout(group)
        layout.addWidget(
            muted(
                self.tr(
                    "Le document remis à la fin du séminaire : programme, réseaux, "
                    "objectifs retenus, leviers et freins, priorités votées, plan "
                    "d'action, et les contributions en annexe."
                )
            )
        )
        layout.addWidget(self.complete_radio)
        layout.addWidget(self.participants_radio)
        layout.addWidget(self.draft_check)
        layout.addLayout(_right(self.pdf_button))
        return group

    def _archive_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Archive"))
        layout = QVBoxLayout(group)
        layout.addWidget(
            muted(
                self.tr(
                    "Tout le séminaire dans un seul fichier (archive JSON v1), pour le "
                    "transmettre, le conserver ou l'ouvrir sur un autre poste "
                    "(Fichier ▸ Importer une archive…)."
                )
            )
        )
        layout.addLayout(_right(self.archive_button))
        return group


def _right(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    return row
