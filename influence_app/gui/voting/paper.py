"""Paper dots typed from the wall: one field per item, Tab to the next, Enter validates."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.theme import ERROR, MUTED, set_text_colour
from influence_app.gui.voting.sheet import BallotSheet, Item
from influence_app.services.votes import MAX_PAPER_DOTS


class PaperDotsEditor(QWidget):
    """The items one under the other, each with its count of dots.

    `dots_changed(item_id, total)` fires when a changed count is validated (Enter, Tab, leaving
    the field); the screen performs it and calls `refuse(item_id, message)` when the service
    says no, which puts the count back and shows why under the list.
    """

    dots_changed = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self._typed: dict[str, QLabel] = {}
        self._loaded: dict[str, int] = {}
        self._items: tuple[Item, ...] = ()
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(0, 1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_text_colour(self.hint, MUTED)
        self.error = QLabel(self)
        self.error.setObjectName("paperError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_text_colour(self.error, ERROR)
        self.error.hide()
        self._lay_out()

    def set_sheet(self, sheet: BallotSheet | None) -> None:
        items = sheet.items if sheet else ()
        if items != self._items:
            self._rebuild(items)
        for item in items:
            self._show(item.item_id, sheet.paper.get(item.item_id, 0) if sheet else 0)
            self._typed[item.item_id].setText(self._typed_text(sheet, item) if sheet else "")
        closed = bool(sheet and sheet.round.closed)
        for spin in self.spins.values():
            spin.setEnabled(not closed)
        self.hint.setText(self._hint_text(closed))

    def refuse(self, item_id: str, message: str) -> None:
        self._show(item_id, self._loaded.get(item_id, 0), force=True)
        self.error.setText(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def first_field(self) -> QSpinBox | None:
        return next(iter(self.spins.values()), None)

    # Construction.

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(4, 4, 12, 4)
        column.addWidget(self._rows)
        column.addStretch(1)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def _rebuild(self, items: tuple[Item, ...]) -> None:
        while self._grid.count():
            widget = self._grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.spins.clear()
        self._typed.clear()
        self._loaded.clear()
        self._items = items
        for row, item in enumerate(items):
            self._add_row(row, item)
        spins = list(self.spins.values())
        for before, after in zip(spins, spins[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _add_row(self, row: int, item: Item) -> None:
        title = QLabel(item.caption(), self._rows)
        title.setTextFormat(Qt.TextFormat.PlainText)  # the room's own words
        title.setWordWrap(True)
        spin = QSpinBox(self._rows)
        spin.setObjectName(f"dots_{item.number}")
        spin.setRange(0, MAX_PAPER_DOTS)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("00000") + 24)
        spin.setAccessibleName(self.tr("Gommettes : {item}").format(item=item.caption()))
        title.setBuddy(spin)
        spin.editingFinished.connect(lambda: self._validated(item.item_id))
        typed = QLabel(self._rows)
        set_text_colour(typed, MUTED)
        self._grid.addWidget(title, row, 0)
        self._grid.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(typed, row, 2, Qt.AlignmentFlag.AlignTop)
        self.spins[item.item_id], self._typed[item.item_id] = spin, typed

    # Values.

    def _show(self, item_id: str, total: int, force: bool = False) -> None:
        spin = self.spins[item_id]
        self._loaded[item_id] = total
        if spin.value() != total or force:
            spin.blockSignals(True)
            spin.setValue(total)
            spin.blockSignals(False)

    def _validated(self, item_id: str) -> None:
        spin = self.spins.get(item_id)
        if spin is None or not spin.isEnabled():
            return
        if spin.value() != self._loaded.get(item_id, 0):
            self.clear_error()
            self.dots_changed.emit(item_id, spin.value())

    def _typed_text(self, sheet: BallotSheet, item: Item) -> str:
        points = sheet.typed_on(item.item_id)
        if not points:
            return ""
        if points == 1:
            return self.tr("+ 1 point saisi")
        return self.tr("+ {n} points saisis").format(n=points)

    def _hint_text(self, closed: bool) -> str:
        if closed:
            return self.tr("Tour clos : les gommettes ne peuvent plus changer.")
        return self.tr(
            "Comptez les gommettes au mur et tapez le total de chaque élément : Tab passe au "
            "suivant, Entrée valide. Elles s'ajoutent aux points saisis par personne."
        )
