"""The « Auto-évaluation » screen: each network's four scores and comments, the grouped chart."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.analysis import labels
from influence_app.gui.analysis.assessment_model import (
    CRITERIA,
    AssessmentTableModel,
    network_rows,
)
from influence_app.gui.analysis.common import (
    AnalysisScreen,
    ChartPanel,
    KeyFilter,
    digit,
    is_key,
)
from influence_app.gui.analysis.tables import ScoreDelegate, grid_view, select_cell
from influence_app.gui.context import DocumentContext
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import heading
from influence_app.gui.widgets.validation import FieldErrors, FormBinder
from influence_app.report import figures
from influence_app.report.charts import assessment_chart
from influence_app.services import chart_inputs
from influence_app.services.errors import ValidationError

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class AssessmentScreen(AnalysisScreen):
    """A network per row, a criterion per column; the comment of the current cell below."""

    key: ClassVar[str] = "auto_evaluation"
    tables: ClassVar[frozenset[str]] = frozenset({"assessment", "network"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AssessmentTableModel(self)
        self.table = self._build_table()
        self.comment_label = QLabel(self)
        self.comment_label.setTextFormat(Qt.TextFormat.PlainText)  # names a network
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment_edit)
        self.error_label = QLabel(self)
        self.errors = FieldErrors(self.error_label)
        self.binder = FormBinder(self._save_comment, self.errors)
        self.binder.plain_text("comment", self.comment_edit)
        self._comment_cell: tuple[str, str] | None = None
        self.chart = ChartPanel(self)
        self.comments = self._comments_view()
        self._lay_out()
        self.model.score_requested.connect(self.set_score, Qt.ConnectionType.QueuedConnection)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_comment())
        self.watch(self.chart)
        self.refresh()

    def title(self) -> str:
        return self.tr("Auto-évaluation")

    def active_chart(self) -> ChartPanel:
        return self.chart

    def _build_table(self) -> Any:
        table = grid_view(self)
        table.setModel(self.model)
        table.setItemDelegate(ScoreDelegate(1, 5, True, table))
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Criteria names wrap on two lines rather than be cut.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 12)
        table.verticalHeader().setMinimumWidth(90)
        table.installEventFilter(KeyFilter(self._on_key, self._claims, table))
        return table

    def _comments_view(self) -> QWidget:
        """Every comment under the chart, as the PDF lists them, for reading aloud."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        heading_label = QLabel(self.tr("Les commentaires"), box)
        heading_label.setObjectName("sectionHeading")
        self.comments_text = QPlainTextEdit(box)
        self.comments_text.setObjectName("allComments")
        self.comments_text.setReadOnly(True)
        self.comments_text.setTabChangesFocus(True)
        layout.addWidget(heading_label)
        layout.addWidget(self.comments_text, 1)
        return box

    def _lay_out(self) -> None:
        hint = self.tr(
            "Chaque réseau note ses conditions internes de 1 à 5 : tapez le chiffre sur la "
            "cellule (0 ou Suppr efface), F2 ouvre la saisie. Le commentaire suit la cellule."
        )
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.comment_label)
        column.addWidget(self.comment_edit)
        self.comment_edit.setMaximumHeight(90)
        column.addWidget(self.error_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.chart)
        right.addWidget(self.comments)
        right.setSizes([270, 330])
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 540])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.table, self.comment_edit)
        QWidget.setTabOrder(self.comment_edit, self.chart.view)

    # Showing.

    def refresh(self) -> None:
        seminar = chart_inputs.read_seminar(self.context.document)
        content = seminar.content
        self.model.set_rows(network_rows(content.networks, content.assessments))
        if not self.table.currentIndex().isValid():
            select_cell(self.table, 0, 0)
        self._show_comment()
        self.comments_text.setPlainText(self._all_comments())
        criteria, series = chart_inputs.assessment_series(seminar)
        title = self.tr("Conditions internes : l'auto-évaluation des réseaux")
        self.chart.show_chart(
            title,
            (criteria, series),
            lambda: (
                figures.assessment(criteria, series)
                or [assessment_chart(criteria, [], figures.WIDTH)]
            ),
        )

    def _all_comments(self) -> str:
        lines = []
        for row in range(self.model.rowCount()):
            for column in range(self.model.columnCount()):
                found = self.model.assessment(self.model.index(row, column))
                if found is not None and found.comment:
                    network = self.model.headerData(row, Qt.Orientation.Vertical)
                    criterion = self.model.headerData(column, Qt.Orientation.Horizontal)
                    lines.append(f"{network} · {criterion} ({found.score}/5) : {found.comment}")
        return "\n\n".join(lines) or self.tr("Aucun commentaire pour l'instant.")

    def _show_comment(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.comment_label.setText("")
            self.comment_edit.setEnabled(False)
            return
        network_id, criterion = self._comment_cell = self.model.cell(index)
        found = self.model.assessment(index)
        name = self.model.headerData(index.row(), Qt.Orientation.Vertical)
        self.comment_label.setText(
            self.tr("&Commentaire · {network} · {criterion}").format(
                network=name, criterion=labels.label(labels.CRITERIA, criterion)
            )
        )
        self.comment_edit.setPlaceholderText(
            self.tr("Pourquoi cette note ?") if found else self.tr("Notez d'abord ce critère.")
        )
        self.binder.load((network_id, criterion), {"comment": found.comment if found else None})

    # Keys.

    def _claims(self, event: QKeyEvent) -> bool:
        return is_key(event, *CLEAR_KEYS) or digit(event) is not None

    def _on_key(self, event: QKeyEvent) -> bool:
        index = self.table.currentIndex()
        if not index.isValid() or not self._claims(event):
            return False
        value = None if is_key(event, *CLEAR_KEYS) else digit(event)
        if value is not None and value > 5:
            self.errors.show("score", self.tr("La note va de 1 à 5 (0 l'efface)."))
            return True
        self.set_score(*self.model.cell(index), value or None)
        return True

    # Editing.

    def set_score(self, network_id: str, criterion: str, score: int | None) -> None:
        index = self._index_of(network_id, criterion)
        if not index.isValid():
            return  # gone meanwhile (an undo ran before the queued edit)
        found = self.model.assessment(index)
        if score == (found.score if found else None):
            return
        assessments = self.context.services.assessments
        where = self._where(index)
        if score is None:
            text = self.tr("Effacer la note {where}").format(where=where)
            perform(self.context, text, lambda: assessments.clear(network_id, criterion))
        else:
            comment = found.comment if found else None
            text = self.tr("Note {score} {where}").format(score=score, where=where)
            perform(
                self.context,
                text,
                lambda: assessments.upsert(network_id, criterion, score, comment),
            )
        self.errors.clear()
        select_cell(self.table, index.row(), index.column())

    def _save_comment(self, field: str, value: Any) -> None:
        if self._comment_cell is None:
            return
        network_id, criterion = self._comment_cell
        index = self._index_of(network_id, criterion)
        found = self.model.assessment(index) if index.isValid() else None
        if found is None:
            raise ValidationError(field, self.tr("Donnez d'abord une note (1 à 5) à ce critère."))
        text = self.tr("Commentaire {where}").format(where=self._where(index))
        assessments = self.context.services.assessments
        perform(
            self.context,
            text,
            lambda: assessments.upsert(network_id, criterion, found.score, value),
        )

    def _index_of(self, network_id: str, criterion: str) -> QModelIndex:
        row = self.model.row_of(network_id)
        if row is None or criterion not in CRITERIA:
            return QModelIndex()
        return self.model.index(row, CRITERIA.index(criterion))

    def _where(self, index: QModelIndex) -> str:
        network = self.model.headerData(index.row(), Qt.Orientation.Vertical)
        criterion = self.model.headerData(index.column(), Qt.Orientation.Horizontal)
        return self.tr("de {network} en « {criterion} »").format(
            network=network, criterion=criterion
        )
