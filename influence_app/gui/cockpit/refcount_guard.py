"""Keeps None, True and False alive under PySide6 6.12 on Python 3.11 (see `pin_singletons`)."""

from __future__ import annotations

import ctypes
import sys

# Measured on this project's PySide6 6.12.0 (abi3 wheel) with CPython 3.11: every call of a
# Qt method returning void (setText, setVisible, a QAction's trigger…) drops one reference to
# None, and every Signal.emit drops one to True. CPython 3.12+ makes these objects immortal, so
# the binding gets away with it there; on 3.11 the count reaches zero after a few thousand
# calls and the interpreter aborts ("Fatal Python error: none_dealloc"). A cockpit makes that
# many calls in minutes. Until the binding is fixed, give them the huge count 3.12 gives them.
_PINNED = 1 << 40
_SINGLETONS = (None, True, False)


def pin_singletons() -> None:
    """Makes None, True and False effectively immortal (idempotent; a no-op on 3.12+)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in _SINGLETONS:
        # ob_refcnt is the first field of every CPython 3.11 object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _PINNED:
            count.value += _PINNED
