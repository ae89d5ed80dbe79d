"""The session's contributions: filter, edit, delete, group, merge, promote, carry forward."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.models import AgendaSession, Contribution
from influence_app.gui import shortcuts
from influence_app.gui.cockpit.cluster_bar import ClusterBar
from influence_app.gui.cockpit.kind_keys import claim_kind_key, kind_of
from influence_app.gui.cockpit.list_edits import PROMOTIONS, ListEdits
from influence_app.gui.context import DocumentContext
from influence_app.gui.models.contributions import (
    COLUMNS,
    KIND_LABELS,
    ContributionModel,
    Names,
    RowFilter,
    kind_label,
)


class ContributionTable(QTableView):
    """The table; Ctrl+digit changes the kind of the selected rows (before any window action
    on the same keys)."""

    kind_pressed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        kind = kind_of(event)
        if kind is not None:
            self.kind_pressed.emit(kind)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        return claim_kind_key(event) or super().event(event)


class ContributionList(QWidget):
    """The list of the current session (or of the seminar's parking lot) and its actions."""

    selection_changed = Signal()
    shown_changed = Signal()  # rows loaded, filtered or edited: the projector follows

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.services.contributions
        self.session_id: str | None = None
        self.later_sessions: Callable[[], list[AgendaSession]] = list
        self.quiet = False  # True while an edit this list already shows is being recorded
        self._some_hidden = False
        self.model = ContributionModel(self)
        self.edits = ListEdits(self)
        self.model.editor = self.edits.edit_field
        self.model.dropper = self.edits.group_ids
        self._build()
        self.actions_by_name = self._make_actions()

    # Building.

    def _build(self) -> None:
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Toutes natures"), None)
        for code in KIND_LABELS:
            self.kind_filter.addItem(kind_label(code), code)
        self.network_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.parking = QPushButton(self.tr("Parking du séminaire"))
        self.parking.setCheckable(True)
        self.cluster_bar = ClusterBar()
        self.view = self._table()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filters())
        layout.addWidget(self.cluster_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self._connect()

    def _filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        for text, widget, stretch in (
            (self.tr("Nature"), self.kind_filter, 0),
            (self.tr("Réseau"), self.network_filter, 0),
            (None, self.search, 1),
            (None, self.parking, 0),
        ):
            if text:
                filters.addWidget(QLabel(text))
            filters.addWidget(widget, stretch)
        return filters

    def _connect(self) -> None:
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.network_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.parking.toggled.connect(lambda _on: self.reload())
        self.cluster_bar.applied.connect(self._group_selected_as)
        self.cluster_bar.cancelled.connect(self._close_cluster_bar)
        self.view.kind_pressed.connect(self.edits.set_kind_selected)

    def _table(self) -> ContributionTable:
        view = ContributionTable()
        view.setModel(self.model)
        view.setObjectName("contributionList")
        view.setAccessibleName(self.tr("Contributions de la séance"))
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        _size_columns(view)
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        return view

    def _make_actions(self) -> dict[str, QAction]:
        made = {}
        handlers: dict[str, Callable[[], Any]] = {
            "list.delete": self.edits.delete_selected,
            "list.group": self.open_cluster_bar,
            "list.merge": self.edits.merge_selected,
            "list.unmerge": self.edits.unmerge_selected,
            "list.carry": self.edits.carry_forward_selected,
            **{
                name: (lambda to=to: self.edits.promote_selected(to))
                for to, name in PROMOTIONS.items()
            },
        }
        for name, handler in handlers.items():
            made[name] = self._action(shortcuts.label(name), shortcuts.keys(name), handler)
        for kind, key in shortcuts.KIND_KEYS.items():
            text = self.tr("Nature : {kind}").format(kind=kind_label(kind))
            made[f"kind.{kind}"] = self._action(
                text, [key], lambda k=kind: self.edits.set_kind_selected(k)
            )
        return made

    def _action(self, text: str, keys: list[Any], handler: Callable[[], Any]) -> QAction:
        action = QAction(text, self.view)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing a filter
        action.triggered.connect(lambda _checked=False: handler())
        self.view.addAction(action)
        return action

    # Loading.

    @property
    def showing_parking(self) -> bool:
        return self.parking.isChecked()

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.reload()

    def set_names(self, names: Names, networks: list[tuple[str, str]]) -> None:
        self.model.set_names(names)
        wanted = self.network_filter.currentData()
        self.network_filter.blockSignals(True)
        self.network_filter.clear()
        self.network_filter.addItem(self.tr("Tous réseaux"), None)
        for key, text in networks:
            self.network_filter.addItem(text, key)
        self.network_filter.setCurrentIndex(max(0, self.network_filter.findData(wanted)))
        self.network_filter.blockSignals(False)

    def reload(self) -> None:
        """Reads the rows again (after undo, a merge…), keeping the selection and the scroll."""
        selected, current = self.selected_ids(), self.current_id()
        scroll = self.view.verticalScrollBar().value()
        self.model.set_rows(self._read())
        self._hide_filtered()
        self._reselect(selected, current)
        self.view.verticalScrollBar().setValue(scroll)
        self.view.setColumnHidden(COLUMNS.index("session"), not self.showing_parking)
        self.shown_changed.emit()

    def _read(self) -> list[Contribution]:
        if self.showing_parking:
            return self.service.list_parking()
        return self.service.list_for_session(self.session_id) if self.session_id else []

    def show_world_cafe_columns(self, shown: bool) -> None:
        for name in ("table_no", "round"):
            self.view.setColumnHidden(COLUMNS.index(name), not shown)

    def captured(self, row: Contribution) -> None:
        """A contribution just saved: one row inserted at the end and scrolled to."""
        belongs = (
            row.kind == "parking" if self.showing_parking else row.session_id == self.session_id
        )
        if not belongs:
            return
        index = self.model.append(row)
        if self.model.hidden(index.row()):
            self.view.setRowHidden(index.row(), True)
        else:
            self.view.updateGeometries()  # the scroll range knows the new row only after this
            self.view.scrollTo(index)
        self.shown_changed.emit()

    def count(self) -> int:
        return len(self.model.contributions())

    # Selection.

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows(0)
        return [
            self.model.contribution(index).id for index in rows if self.model.contribution(index)
        ]  # type: ignore[union-attr]

    def current_id(self) -> str | None:
        row = self.model.contribution(self.view.currentIndex())
        return row.id if row else None

    def select_ids(self, ids: list[str]) -> None:
        self._reselect(ids, ids[0] if ids else None)

    def _reselect(self, ids: list[str], current: str | None) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for key in ids:
            index = self.model.index_of(key)
            if index.isValid():
                selection.select(index, flags)
        current_index = self.model.index_of(current) if current else None
        if current_index is not None and current_index.isValid():
            selection.setCurrentIndex(current_index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _apply_filter(self) -> None:
        self.model.set_filter(
            RowFilter(
                self.kind_filter.currentData(),
                self.network_filter.currentData(),
                self.search.text(),
            )
        )
        self._hide_filtered()
        self.shown_changed.emit()

    def _hide_filtered(self) -> None:
        """Hides the rows the filter leaves out (rows stay in the model: no rebuild)."""
        if not self.model.filtering() and not self._some_hidden:
            return
        for position in range(self.model.rowCount()):
            self.view.setRowHidden(position, self.model.hidden(position))
        self._some_hidden = self.model.filtering()

    # Groups typed at the keyboard (Ctrl+G).

    def open_cluster_bar(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.edits.say(
                self.tr("Sélectionnez d’abord les contributions à regrouper."), error=True
            )
            return
        labels = sorted({row.cluster for row in self.model.contributions() if row.cluster})
        first = self.model.contribution(self.model.index_of(ids[0]))
        self.cluster_bar.open_for(len(ids), labels, first.cluster or "" if first else "")

    def _group_selected_as(self, label: str) -> None:
        ids = self.selected_ids()
        self._close_cluster_bar()
        self.edits.group_ids(ids, label)

    def _close_cluster_bar(self) -> None:
        self.cluster_bar.hide()
        self.view.setFocus()

    def _row(self, key: str) -> Contribution | None:
        return self.model.row(key)


# Typical widths, in characters. Never ResizeToContents: it measures every row on each insert,
# 10,000 rows made one capture take seconds (measured).
_WIDTHS = {"kind": 10, "network": 10, "cluster": 16, "table_no": 6, "round": 5, "author": 18}
_WIDTHS |= {"session": 26}


def _size_columns(view: QTableView) -> None:
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    average = view.fontMetrics().averageCharWidth()
    for column, name in enumerate(COLUMNS[1:], start=1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, _WIDTHS[name] * average + 16)
