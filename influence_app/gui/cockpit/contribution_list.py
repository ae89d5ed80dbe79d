"""The session's contributions: filter, edit, delete, group, merge, promote, carry forward."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.models import AgendaSession, Contribution
from influence_app.gui import shortcuts
from influence_app.gui.cockpit.carry import CarryForwardDialog
from influence_app.gui.context import DocumentContext
from influence_app.gui.models.contributions import (
    COLUMNS,
    KIND_LABELS,
    ContributionModel,
    Names,
    RowFilter,
    kind_label,
)
from influence_app.gui.undo import perform
from influence_app.services.errors import ServiceError

R = TypeVar("R")
PROMOTIONS = {
    "goal": "promote.goal",
    "levier": "promote.levier",
    "frein": "promote.frein",
    "action": "promote.action",
}
_PROMOTED = {
    "goal": QT_TRANSLATE_NOOP("ContributionList", "Objectif créé"),
    "levier": QT_TRANSLATE_NOOP("ContributionList", "Levier créé"),
    "frein": QT_TRANSLATE_NOOP("ContributionList", "Frein créé"),
    "action": QT_TRANSLATE_NOOP("ContributionList", "Action créée"),
}


def quote(text: str, limit: int = 40) -> str:
    """« Début du texte… » for action names and messages."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"« {short} »"


class ClusterBar(QWidget):
    """Ctrl+G: type the group's label (completed from existing ones), Enter applies."""

    applied = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Étiquette du groupe (vide : retirer du groupe)"))
        self._labels = QStringListModel(self)
        completer = QCompleter(self._labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        hint = QLabel(self.tr("Entrée : appliquer · Échap : annuler"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.label, 0), (self.edit, 1), (hint, 0)):
            layout.addWidget(widget, stretch)
        self.edit.returnPressed.connect(lambda: self.applied.emit(self.edit.text()))
        self.hide()

    def open_for(self, count: int, labels: list[str], current: str) -> None:
        self.label.setText(self.tr("Groupe de {n} contribution(s) :").format(n=count))
        self._labels.setStringList(labels)
        self.edit.setText(current)
        self.edit.selectAll()
        self.show()
        self.edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)


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
        self.model = ContributionModel(self)
        self.model.editor = self._edit_field
        self.model.dropper = self.group_ids
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
        self.view = self._tree()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.cluster_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.network_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.parking.toggled.connect(lambda _on: self.reload())
        self.cluster_bar.applied.connect(self._group_selected_as)
        self.cluster_bar.cancelled.connect(self._close_cluster_bar)

    def _tree(self) -> QTreeView:
        view = QTreeView()
        view.setModel(self.model)
        view.setObjectName("contributionList")
        view.setAccessibleName(self.tr("Contributions de la séance"))
        view.setUniformRowHeights(True)  # 10,000 rows stay instant to lay out
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
        header = view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        return view

    def _make_actions(self) -> dict[str, QAction]:
        made = {}
        handlers: dict[str, Callable[[], Any]] = {
            "list.delete": self.delete_selected,
            "list.group": self.open_cluster_bar,
            "list.merge": self.merge_selected,
            "list.unmerge": self.unmerge_selected,
            "list.carry": self.carry_forward_selected,
            **{name: (lambda to=to: self.promote_selected(to)) for to, name in PROMOTIONS.items()},
        }
        for name, handler in handlers.items():
            made[name] = self._action(shortcuts.label(name), shortcuts.keys(name), handler)
        for kind, key in shortcuts.KIND_KEYS.items():
            text = self.tr("Nature : {kind}").format(kind=kind_label(kind))
            made[f"kind.{kind}"] = self._action(
                text, [key], lambda k=kind: self.set_kind_selected(k)
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
        self._expand_merged()
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
        if index.isValid():
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

    def _expand_merged(self) -> None:
        for key in self.model.shown_ids():
            if self.model.absorbed_ids(key):
                self.view.expand(self.model.index_of(key))

    def _apply_filter(self) -> None:
        self.model.set_filter(
            RowFilter(
                self.kind_filter.currentData(),
                self.network_filter.currentData(),
                self.search.text(),
            )
        )
        self._expand_merged()
        self.shown_changed.emit()

    # Edits: each one undoable, named in French for the Edit menu.

    def attempt(self, text: str, work: Callable[[], R], quiet: bool = False) -> R | None:
        """Runs `work` through perform; a refusal shows under the list (never a modal)."""
        self.quiet = quiet
        try:
            result = perform(self.context, text, work)
        except ServiceError as error:
            self.say(str(error), error=True)
            return None
        finally:
            self.quiet = False
        return result

    def say(self, message: str, error: bool = False) -> None:
        self.message.setText(message)
        self.message.setStyleSheet(
            "color: #b3261e; font-weight: bold;" if error else "color: #2e7d4f;"
        )

    def _edit_field(self, contribution_id: str, field: str, value: Any) -> Contribution | None:
        name = (
            self.tr("Modifier la contribution") if field == "text" else self.tr("Changer le groupe")
        )
        stored = self.attempt(
            name, lambda: self.service.update(contribution_id, **{field: value}), quiet=True
        )
        if stored is not None:
            self.shown_changed.emit()
        return stored

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name = self.tr("Supprimer {n} contribution(s)").format(n=len(ids))
        if self.attempt(name, lambda: [self.service.delete(key) for key in ids]) is not None:
            self.say(
                self.tr("{n} contribution(s) supprimée(s) ; Ctrl+Z pour annuler.").format(
                    n=len(ids)
                )
            )

    def set_kind_selected(self, kind: str) -> None:
        ids = self.selected_ids()
        if ids:
            name = self.tr("Changer la nature en {kind}").format(kind=kind_label(kind))
            self.attempt(name, lambda: [self.service.update(key, kind=kind) for key in ids])

    def open_cluster_bar(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.say(self.tr("Sélectionnez d’abord les contributions à regrouper."), error=True)
            return
        labels = sorted({row.cluster for row in self.model.contributions() if row.cluster})
        first = self.model.contribution(self.model.index_of(ids[0]))
        self.cluster_bar.open_for(len(ids), labels, first.cluster or "" if first else "")

    def _group_selected_as(self, label: str) -> None:
        ids = self.selected_ids()
        self._close_cluster_bar()
        self.group_ids(ids, label)

    def _close_cluster_bar(self) -> None:
        self.cluster_bar.hide()
        self.view.setFocus()

    def group_ids(self, ids: list[str], label: str) -> None:
        """Places the contributions in the group `label` (blank: out of any group)."""
        if not ids:
            return
        name = (
            self.tr("Regrouper sous {label}").format(label=quote(label))
            if label.strip()
            else self.tr("Retirer du groupe")
        )
        self.attempt(name, lambda: self.service.set_cluster(ids, label or None))

    def merge_selected(self) -> None:
        """The current row stays; the other selected rows are merged into it as duplicates."""
        ids, current = self.selected_ids(), self.current_id()
        survivor = current if current in ids else (ids[0] if ids else None)
        absorbed = [key for key in ids if key != survivor]
        if survivor is None or not absorbed:
            self.say(self.tr("Sélectionnez au moins deux contributions à fusionner."), error=True)
            return
        name = self.tr("Fusionner {n} doublon(s)").format(n=len(absorbed))
        if self.attempt(name, lambda: self.service.merge(survivor, absorbed)) is not None:
            self.select_ids([survivor])
            self.say(
                self.tr(
                    "{n} doublon(s) fusionné(s), visibles sous la contribution retenue."
                ).format(n=len(absorbed))
            )

    def unmerge_selected(self) -> None:
        merged = [
            key for key in self.selected_ids() if self._row(key) and self._row(key).merged_into_id
        ]  # type: ignore[union-attr]
        if merged:
            name = self.tr("Défaire la fusion de {n} contribution(s)").format(n=len(merged))
            self.attempt(name, lambda: [self.service.unmerge(key) for key in merged])

    def promote_selected(self, to: str) -> list[Any]:
        """Creates a goal, lever, obstacle or action from each selected row, linked back."""
        rows = [row for key in self.selected_ids() if (row := self._row(key))]
        if not rows:
            return []
        label = shortcuts.label(PROMOTIONS[to])
        created = self.attempt(
            f"{label} {quote(rows[0].text)}",
            lambda: [self.service.promote(row.id, to, **_prefill(to, row)) for row in rows],
        )
        if created:
            titles = ", ".join(quote(entity.title) for entity in created)
            self.say(f"{self.tr(_PROMOTED[to])} : {titles}")
        return created or []

    def carry_forward_selected(self, to_session_id: str | None = None) -> list[Contribution]:
        ids = self.selected_ids()
        if not ids:
            return []
        if to_session_id is None:
            dialog = CarryForwardDialog(self.later_sessions(), len(ids), self)
            if not dialog.exec():
                return []
            to_session_id = dialog.chosen_id()
        if to_session_id is None:
            return []
        name = self.tr("Reporter {n} contribution(s)").format(n=len(ids))
        copies = self.attempt(name, lambda: self.service.carry_forward(ids, to_session_id))
        if copies:
            self.say(self.tr("{n} contribution(s) reportée(s).").format(n=len(copies)))
        return copies or []

    def _row(self, key: str) -> Contribution | None:
        return self.model.row(key)


def _prefill(to: str, row: Contribution) -> dict[str, Any]:
    """Besides the title and text the service copies: the network leads the action."""
    if to == "action" and row.network_id:
        return {"lead_network_id": row.network_id}
    return {}
