"""Ctrl+G: the bar where the facilitator types the label of a group of contributions."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from influence_app.i18n import plural


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
        one, many = self.tr("Groupe d’{n} contribution :"), self.tr("Groupe de {n} contributions :")
        self.label.setText(plural(count, one, many))
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
