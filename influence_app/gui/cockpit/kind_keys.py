"""Ctrl+digit picks a contribution's kind, on any keyboard layout, before any window shortcut."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from influence_app.gui import shortcuts

DIGIT_KINDS = {int(key.removeprefix("Ctrl+")): kind for kind, key in shortcuts.KIND_KEYS.items()}
# The number row by position: on AZERTY its keys say « & é " ' ( … » unless Shift is down, yet
# French users press Ctrl+& for Ctrl+1. X11/Wayland keycodes 10–19 and Windows scan codes 2–11
# are the keys 1…9, 0 whatever the layout.
_ROW_X11 = {10 + n: (n + 1) % 10 for n in range(10)}
_ROW_WINDOWS = {2 + n: (n + 1) % 10 for n in range(10)}


def pressed_digit(event: QKeyEvent) -> int | None:
    key = event.key()
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return key - Qt.Key.Key_0.value
    if sys.platform == "win32":
        return _ROW_WINDOWS.get(event.nativeScanCode())
    if sys.platform.startswith("linux"):
        return _ROW_X11.get(event.nativeScanCode())
    return None


def kind_of(event: QKeyEvent) -> str | None:
    """The kind a Ctrl+digit press asks for, or None for any other key."""
    modifiers = event.modifiers()
    if not modifiers & Qt.KeyboardModifier.ControlModifier:
        return None
    if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
        return None
    digit = pressed_digit(event)
    return DIGIT_KINDS.get(digit) if digit is not None else None


def claim_kind_key(event: QEvent) -> bool:
    """For `event()` overrides: accepts the ShortcutOverride of a kind key, so the key reaches
    the focused widget instead of a window action on the same keys (the main window's
    Ctrl+1…9 go to its pages)."""
    overriding = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
    if overriding and kind_of(event) is not None:  # type: ignore[arg-type]
        event.accept()
        return True
    return False
