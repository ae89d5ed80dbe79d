"""GUI test helpers: typing any text, including é è à ç œ ’ € and emoji, without aborting pytest."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# qtbot.keyClicks aborts the whole process on non-ASCII characters with this PySide6 build
# (DESIGN.md, measured): send key events that carry the text instead.


def type_text(widget: QWidget, text: str) -> None:
    """Types `text` into the focused-or-given widget as a user would, one character at a time."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Presses and releases one key (Enter, Tab, Ctrl+Z …) on `widget`."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))
