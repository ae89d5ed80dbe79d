"""Detail-form fields: commit when validated, Escape reverts, refusals shown in French inline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from influence_app.gui.theme import ERROR, set_text_colour
from influence_app.services.errors import ValidationError

ERROR_COLOUR = ERROR  # kept: other screens import it under this name
_INVALID_STYLE = f"border: 2px solid {ERROR_COLOUR}; border-radius: 3px;"


class FieldErrors:
    """A red message under each refused field (plain text) and a red border on the field.

    Messages for fields it does not know go to `general`, a label the screen places under
    its form. Never a modal dialog: a typo is not an event.
    """

    def __init__(self, general: QLabel) -> None:
        self._general = _style_error_label(general)
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._layouts: dict[str, QLayout] = {}
        self._shown: dict[str, str] = {}

    def attach(self, field: str, widget: QWidget) -> None:
        """Places an (initially hidden) message label right under `widget` in its layout."""
        self._widgets[field] = widget
        if field in self._labels:
            return
        label = _style_error_label(QLabel(widget.parentWidget()))
        label.setObjectName(f"{field}Error")
        layout = _insert_below(widget, label)
        if layout is not None:
            self._labels[field], self._layouts[field] = label, layout
            self._set_visible(field, False)
        else:
            label.deleteLater()

    def show(self, field: str, message: str) -> None:
        self._shown[field] = message
        widget, label = self._widgets.get(field), self._labels.get(field, self._general)
        label.setText(message)
        if widget is not None:
            widget.setStyleSheet(_invalid_style(widget))
            widget.setAccessibleDescription(message)
        if label is self._general:
            label.show()
        else:
            self._set_visible(field, True)

    def show_error(self, error: ValidationError) -> None:
        self.show(error.field, str(error))

    def clear(self, field: str | None = None) -> None:
        for name in [field] if field else list(self._shown):
            if self._shown.pop(name, None) is None:
                continue  # nothing shown: leave the widget's style alone (re-polishing costs)
            if name in self._widgets:
                self._widgets[name].setStyleSheet("")
                self._widgets[name].setAccessibleDescription("")
            self._set_visible(name, False)
        if not any(name not in self._labels for name in self._shown):
            self._general.clear()
            self._general.hide()

    def message(self, field: str) -> str:
        """The message shown for `field` ("" when none), as the user reads it."""
        return self._shown.get(field, "")

    def has_error(self, field: str) -> bool:
        return field in self._shown

    def _set_visible(self, field: str, visible: bool) -> None:
        label = self._labels.get(field)
        if label is None:
            return
        label.setVisible(visible)
        layout = self._layouts[field]
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(label)
            if row >= 0:
                layout.setRowVisible(row, visible)  # a hidden row takes no spacing either


def _invalid_style(widget: QWidget) -> str:
    # Scoped by object name: a bare rule would also frame every child (a spin box's inner edit).
    name = widget.objectName()
    return f"#{name} {{ {_INVALID_STYLE} }}" if name else _INVALID_STYLE


def _style_error_label(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote what the user typed
    label.setWordWrap(True)
    set_text_colour(label, ERROR_COLOUR)
    label.hide()
    return label


def _insert_below(widget: QWidget, label: QLabel) -> QLayout | None:
    layout = _layout_holding(
        widget.parentWidget().layout() if widget.parentWidget() else None, widget
    )
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(widget)
        layout.insertRow(row + 1, "", label)
        return layout
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(widget) + 1, label)
        return layout
    return None


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout, among `layout` and those nested in it, that holds `widget` itself."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for position in range(layout.count()):
        found = _layout_holding(layout.itemAt(position).layout(), widget)
        if found is not None:
            return found
    return None


@dataclass
class _Binding:
    field: str
    widgets: list[QWidget]
    read: Callable[[], Any]
    write: Callable[[Any], None]
    required: str | None = None


class FormBinder(QObject):
    """The fields of one detail form, bound to the names of a service's fields.

    `save(field, value)` is called when the user validates a changed field (Enter, leaving it,
    a box ticked, a choice made); it performs the edit and may raise ValidationError, which is
    shown at the field while the typed value stays for correction. Escape puts back the value
    last loaded. `required` fields are checked here first, with their own French message.
    """

    def __init__(self, save: Callable[[str, Any], None], errors: FieldErrors) -> None:
        super().__init__()
        self.errors = errors
        self._save = save
        self._bindings: dict[str, _Binding] = {}
        self._loaded: dict[str, Any] = {}
        self._key: Hashable | None = None

    # Binding the form's widgets.

    def line_edit(self, field: str, edit: QLineEdit, required: str | None = None) -> None:
        read = lambda: edit.text().strip() or None  # noqa: E731

        def write(value: Any) -> None:
            edit.setText(value or "")
            edit.setCursorPosition(0)  # a long name shows its beginning, not its end

        self._bind(_Binding(field, [edit], read, write, required))
        edit.editingFinished.connect(lambda: self.commit(field))

    def plain_text(self, field: str, edit: QPlainTextEdit) -> None:
        read = lambda: edit.toPlainText().strip() or None  # noqa: E731
        self._bind(_Binding(field, [edit], read, lambda v: edit.setPlainText(v or "")))
        # Enter makes a new line here: the text is committed when the user leaves the field.

    def combo(self, field: str, combo: QComboBox) -> None:
        """The items' data are the stored values (None for « aucun »)."""
        write = lambda v: combo.setCurrentIndex(max(combo.findData(v), 0))  # noqa: E731
        self._bind(_Binding(field, [combo], combo.currentData, write))
        combo.activated.connect(lambda _index: self.commit(field))

    def check_box(self, field: str, box: QCheckBox) -> None:
        self._bind(_Binding(field, [box], box.isChecked, lambda v: box.setChecked(bool(v))))
        box.clicked.connect(lambda _checked: self.commit(field))

    def check_set(self, field: str, boxes: dict[str, QCheckBox]) -> None:
        """A list field shown as one check box per possible value, in `boxes` order."""
        read = lambda: [value for value, box in boxes.items() if box.isChecked()]  # noqa: E731

        def write(values: Any) -> None:
            for value, box in boxes.items():
                box.setChecked(value in (values or ()))

        self._bind(_Binding(field, list(boxes.values()), read, write))
        for box in boxes.values():
            box.clicked.connect(lambda _checked: self.commit(field))

    def spin_box(self, field: str, spin: QSpinBox) -> None:
        """With a `specialValueText`, the minimum stands for « not given » (None)."""
        empty = spin.minimum() if spin.specialValueText() else None
        read = lambda: None if spin.value() == empty else spin.value()  # noqa: E731
        write = lambda v: spin.setValue(empty if v is None and empty is not None else v or 0)  # noqa: E731
        self._bind(_Binding(field, [spin], read, write))
        spin.editingFinished.connect(lambda: self.commit(field))

    def date_edit(self, field: str, edit: QDateEdit) -> None:
        read = lambda: edit.date().toPython()  # noqa: E731
        write = lambda v: edit.setDate(QDate(v) if isinstance(v, dt.date) else QDate())  # noqa: E731
        self._bind(_Binding(field, [edit], read, write))
        edit.editingFinished.connect(lambda: self.commit(field))
        if edit.calendarPopup():  # a day picked in the calendar is a validated choice
            edit.calendarWidget().clicked.connect(lambda _date: self.commit(field))

    # Values in and out.

    def load(self, key: Hashable | None, values: dict[str, Any]) -> None:
        """Shows `values`. Reloading the same row keeps a refused field as typed, with its
        message; another row starts clean."""
        same = key == self._key
        self._key = key
        for field, binding in self._bindings.items():
            self._loaded[field] = values.get(field)
            if same and self.errors.has_error(field):
                continue
            self._write(binding, values.get(field))
            self.errors.clear(field)

    def value(self, field: str) -> Any:
        return self._bindings[field].read()

    def values(self) -> dict[str, Any]:
        return {field: binding.read() for field, binding in self._bindings.items()}

    def commit(self, field: str) -> bool:
        """Saves the field if the user changed it; False when it was refused."""
        binding = self._bindings[field]
        value = binding.read()
        if binding.required and value in (None, "", []):
            self.errors.show(field, binding.required)  # even unchanged: a new row's empty name
            return False
        if value == self._loaded.get(field) and not self.errors.has_error(field):
            return True
        try:
            self._save(field, value)
        except ValidationError as error:
            self.errors.show(error.field if error.field in self._bindings else field, str(error))
            return False
        self._loaded[field] = value
        self.errors.clear(field)
        return True

    def revert(self, field: str) -> None:
        self._write(self._bindings[field], self._loaded.get(field))
        self.errors.clear(field)

    # Escape, and Ctrl+Enter in multi-line fields.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        field = watched.property("boundField")
        if not field or field not in self._bindings:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(str(field), watched, event)
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.commit(str(field))
        return False

    def _on_key(self, field: str, watched: QObject, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.revert(field)
            return True
        ctrl_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if ctrl_enter and isinstance(watched, QPlainTextEdit):
            self.commit(field)
            return True
        return False

    def _bind(self, binding: _Binding) -> None:
        self._bindings[binding.field] = binding
        for widget in binding.widgets:
            widget.setProperty("boundField", binding.field)
            widget.installEventFilter(self)
        self.errors.attach(binding.field, _error_anchor(binding.widgets))

    def _write(self, binding: _Binding, value: Any) -> None:
        if binding.read() == value:
            return  # untouched: a field the user just tabbed into keeps its selection
        for widget in binding.widgets:
            widget.blockSignals(True)
        try:
            binding.write(value)
        finally:
            for widget in binding.widgets:
                widget.blockSignals(False)


def _error_anchor(widgets: list[QWidget]) -> QWidget:
    """Where a refusal shows: the field, or the box that groups a set of check boxes."""
    if len(widgets) == 1:
        return widgets[0]
    parent = widgets[0].parentWidget()
    return parent if parent is not None else widgets[0]
