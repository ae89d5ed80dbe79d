"""Keyboard pickers of the capture line: a network or a person completed from a few letters."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QSpinBox, QWidget


class CompletingPicker(QLineEdit):
    """Type a few letters of a name or acronym; the completer offers the matches.

    `current_id()` resolves the text to one choice: an exact label or alias, else the only
    label containing the letters typed. Enter or Escape hands the focus back (`done`)."""

    done = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._choices: list[tuple[str, str, tuple[str, ...]]] = []
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.textChanged.connect(self._show_validity)

    def set_choices(self, choices: list[tuple[str, str, tuple[str, ...]]]) -> None:
        """(id, label shown, other words that name it exactly, e.g. the acronym)."""
        self._choices = list(choices)
        self._names.setStringList([label for _id, label, _aliases in choices])
        self._show_validity()

    def labels(self) -> list[str]:
        return [label for _id, label, _aliases in self._choices]

    def current_id(self) -> str | None:
        typed = self.text().strip().casefold()
        if not typed:
            return None
        for key, label, aliases in self._choices:
            if typed == label.casefold() or typed in (alias.casefold() for alias in aliases):
                return key
        matches = [key for key, label, _aliases in self._choices if typed in label.casefold()]
        return matches[0] if len(matches) == 1 else None

    def set_current_id(self, key: str | None) -> None:
        label = next((text for k, text, _aliases in self._choices if k == key), "")
        self.setText(label)

    def is_valid(self) -> bool:
        return not self.text().strip() or self.current_id() is not None

    def _show_validity(self) -> None:
        self.setProperty("invalid", not self.is_valid())
        self.setStyleSheet("" if self.is_valid() else "border: 2px solid #b3261e;")
        self.setToolTip("" if self.is_valid() else self.tr("Aucun choix ne correspond"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.completer().popup().hide()
            self._settle()
            self.done.emit()
            return
        super().keyPressEvent(event)

    def _settle(self) -> None:
        """Shows the full label of what the letters picked."""
        key = self.current_id()
        if key is not None:
            self.set_current_id(key)


class NumberPicker(QSpinBox):
    """A table or round number; 0 reads « — » (none). Enter hands the focus back."""

    done = Signal()

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText("—")

    def number(self) -> int | None:
        return self.value() or None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit()
            return
        super().keyPressEvent(event)
