"""A keyboard-operable table of rows beside the detail form of the current one (set-up screens)."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.models.entity_model import EntityTableModel
from influence_app.gui.theme import ACCENT, MUTED, emphasise, set_text_colour

_NOTHING = object()
MAX_FIT = 30  # characters: a column fitted to its contents stays readable, not huge
# Styled alone: a style sheet on the whole screen would send every child widget through the
# style-sheet engine and slow each screen's build (see gui.theme).
_ACCENT_BUTTON = f"""
QPushButton {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    border-radius: 4px; padding: 6px 14px; font-weight: bold;
}}
QPushButton:focus {{ border: 2px solid #0a3d45; }}
QPushButton:disabled {{ background: #9bb8bd; border-color: #9bb8bd; }}
"""


class EntityTable(QTableView):
    """Whole-row, single selection, read-only cells; the detail form does the editing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the form, as users expect
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def size_columns(self) -> None:
        """Starting widths from the model's column specs; the user may drag them after."""
        model = self.model()
        if not isinstance(model, EntityTableModel):
            return
        header, unit = self.horizontalHeader(), self.fontMetrics().averageCharWidth()
        stretching = any(column.stretch for column in model.columns())
        header.setStretchLastSection(not stretching)
        for section, column in enumerate(model.columns()):
            if column.stretch:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
            elif column.width:
                self.setColumnWidth(section, column.width * unit + 16)
            else:
                self.resizeColumnToContents(section)
                self.setColumnWidth(section, min(self.columnWidth(section), MAX_FIT * unit))


class MasterDetail(QWidget):
    """Table on the left, `detail` on the right, add/delete buttons and shortcuts.

    The screen owns the data: it calls `set_rows` after each change and reacts to the signals.
    `current_changed(key | None)` fires when the selected row changes (None: no row);
    `add_requested()` on Ins / Ctrl+N / the add button; `delete_requested(key)` on Del / the
    delete button; `edit_requested()` on F2 or Enter in the table (focus the form's first field);
    `move_requested(key, new_index)` on Ctrl+Up / Ctrl+Down when built `movable`.
    """

    current_changed = Signal(object)
    add_requested = Signal()
    delete_requested = Signal(object)
    edit_requested = Signal()
    move_requested = Signal(object, int)

    def __init__(
        self,
        model: EntityTableModel,
        detail: QWidget,
        add_text: str,
        empty_text: str,
        movable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.detail = detail
        self.table = EntityTable(self)
        self.table.setModel(model)
        self.table.size_columns()
        self.add_button = QPushButton(add_text, self)
        self.add_button.setStyleSheet(_ACCENT_BUTTON)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self._drafting = False
        self._build(empty_text)
        self._add_shortcuts(movable)
        self._emitted: object = _NOTHING
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        model.modelReset.connect(self._update_buttons)
        self._show_detail()

    # What the screen calls.

    def current_key(self) -> Hashable | None:
        index = self.table.currentIndex()
        selected = (
            self.table.selectionModel().isRowSelected(index.row()) if index.isValid() else False
        )
        return self.model.key_at(index.row()) if selected else None

    def set_rows(self, rows: list, prefer: Hashable | None = None) -> None:
        """Replaces the rows, keeping (or moving to `prefer`) the current one by its key."""
        keep = prefer if prefer is not None else self.current_key()
        old_row = self.table.currentIndex().row()
        first_rows = self.model.rowCount() == 0 and bool(rows)
        with _Silenced(self):
            self.model.set_rows(rows)
            if first_rows:
                self.table.size_columns()  # fitted to real contents, once
            row = self.model.row_of(keep) if keep is not None else None
            if row is None and not self._drafting and rows:
                row = min(max(old_row, 0), len(rows) - 1)  # a deleted row: its neighbour
            self._select_row(row)
        self._after_change()

    def select_key(self, key: Hashable | None) -> None:
        row = self.model.row_of(key) if key is not None else None
        self._drafting = False
        self._select_row(row)

    def begin_draft(self) -> None:
        """Shows the form for a row not created yet: no table row is current meanwhile."""
        self._drafting = True
        self._select_row(None)
        self._show_detail()

    def end_draft(self) -> None:
        self._drafting = False
        self._show_detail()

    @property
    def drafting(self) -> bool:
        return self._drafting

    # Construction.

    def _build(self, empty_text: str) -> None:
        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._detail_pages(empty_text))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])  # proportions: the table gets the larger share
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self._request_delete)

    def _detail_pages(self, empty_text: str) -> QStackedWidget:
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        scroll = QScrollArea(self)
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The form keeps its full width (the table gives way): no sideways scrolling in a form.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(self.detail.minimumSizeHint().width() + bar)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(scroll)
        return self.pages

    def _add_shortcuts(self, movable: bool) -> None:
        # Del, F2 and Enter belong to the table only: in a text field they keep their usual
        # meaning. Ins and Ctrl+N work anywhere in the screen: see `event`.
        self._action([Qt.Key.Key_Delete], self._request_delete)
        self._action([Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter], self.edit_requested.emit)
        if movable:
            up, down = Qt.Key.Key_Up, Qt.Key.Key_Down
            self._action([Qt.Modifier.CTRL | up], lambda: self._request_move(-1))
            self._action([Qt.Modifier.CTRL | down], lambda: self._request_move(1))

    def _action(self, keys: list, slot: Callable[[], object]) -> QAction:
        action = QAction(self.table)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # Ctrl+N is also the window's « Nouveau séminaire »: two shortcuts on one key would be
    # ambiguous and neither would fire. Claiming the key while focus is inside the screen makes
    # it reach us as a key press instead, so Ctrl+N adds a row here and a document elsewhere.

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_add_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _is_add_key(event):
            event.accept()
            self.add_requested.emit()
            return
        super().keyPressEvent(event)

    # Reactions.

    def _request_delete(self) -> None:
        key = self.current_key()
        if key is not None:
            self.delete_requested.emit(key)

    def _request_move(self, step: int) -> None:
        key = self.current_key()
        if key is not None:
            self.move_requested.emit(key, self.table.currentIndex().row() + step)

    def _on_selection(self) -> None:
        if self.signalsBlocked():
            return  # set_rows announces the outcome once the model is settled
        key = self.current_key()
        if key is not None:
            self._drafting = False
        if key != self._emitted:
            self._after_change()

    def _after_change(self) -> None:
        self._show_detail()
        self._update_buttons()
        self._emitted = self.current_key()
        self.current_changed.emit(self._emitted)

    def _select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        if row is None:
            selection.clear()
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))

    def _show_detail(self) -> None:
        shown = self._drafting or self.current_key() is not None
        self.pages.setCurrentIndex(1 if shown else 0)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current_key() is not None)


def _is_add_key(event: QEvent) -> bool:
    if not isinstance(event, QKeyEvent):
        return False
    combination = event.keyCombination()
    plain = combination.keyboardModifiers() in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    )
    if combination.key() == Qt.Key.Key_Insert and plain:
        return True
    return event.matches(QKeySequence.StandardKey.New)


class _Silenced:
    """Blocks the widget's own signals while the model resets, then lets one update through."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget

    def __enter__(self) -> None:
        self._was = self._widget.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        self._widget.blockSignals(self._was)


def focus_field(widget: QWidget) -> None:
    """Puts the cursor in a form field, its text selected so typing replaces it (F2, Ins)."""
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    select_all = getattr(widget, "selectAll", None)
    if callable(select_all):
        select_all()


def heading(title: str, hint: str, parent: QWidget | None = None) -> QWidget:
    """A screen's title in large type with one line saying what the screen is for."""
    box = QWidget(parent)
    title_label = emphasise(QLabel(title, box), 1.6)
    title_label.setObjectName("screenTitle")
    set_text_colour(title_label, ACCENT)
    hint_label = QLabel(hint, box)
    hint_label.setObjectName("screenHint")
    hint_label.setWordWrap(True)
    set_text_colour(hint_label, MUTED)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 8)
    layout.addWidget(title_label)
    layout.addWidget(hint_label)
    for label in (title_label, hint_label):
        label.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask(
    parent: QWidget,
    question: str,
    details: str,
    accept_text: str,
    on_accept: Callable[[], object],
) -> QMessageBox:
    """A French yes/no question opened window-modal without blocking (tests and the event loop
    keep running); `on_accept` runs if the user picks `accept_text`, « Annuler » does nothing."""
    box = QMessageBox(
        QMessageBox.Icon.Question, parent.window().windowTitle(), question, parent=parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the question may quote a name the user typed
    box.setInformativeText(details)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(parent.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: object) -> None:
        if button is accept:
            on_accept()

    box.buttonClicked.connect(answered)
    box.open()
    return box
