"""The action form's binder: FormBinder plus an optional due date and a settled lead network."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox

from influence_app.gui.plan.date_edit import OptionalDateEdit
from influence_app.gui.widgets.validation import FormBinder, _Binding

SETTLE_MS = 600  # a pause while typing letters in a closed list means « this one »


class PlanBinder(FormBinder):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pending: dict[str, QTimer] = {}

    def optional_date(self, field: str, edit: OptionalDateEdit) -> None:
        """Committed like `date_edit`; the empty field stands for None (« Pas d'échéance »)."""
        self._bind(_Binding(field, [edit], edit.value, edit.set_value))
        edit.editingFinished.connect(lambda: self.commit(field))
        edit.calendarWidget().clicked.connect(lambda _date: self.commit(field))

    def settled_combo(self, field: str, combo: QComboBox) -> None:
        """A choice committed once the user settles on it: a pause, Enter, or leaving the box.

        Typing letters in a closed list picks an entry at every letter; for the lead network
        each pick would also drop that network from the associates, for good. Here only the
        entry the user stops on counts.
        """
        write = lambda v: combo.setCurrentIndex(max(combo.findData(v), 0))  # noqa: E731
        self._bind(_Binding(field, [combo], combo.currentData, write))
        timer = QTimer(combo)
        timer.setSingleShot(True)
        timer.setInterval(SETTLE_MS)
        timer.timeout.connect(lambda: self.commit(field))
        combo.activated.connect(lambda _index: timer.start())
        self._pending[field] = timer

    def flush(self, field: str) -> None:
        """Commits a choice still waiting for its pause."""
        timer = self._pending.get(field)
        if timer is not None and timer.isActive():
            timer.stop()
            self.commit(field)

    def load(self, key: object, values: dict) -> None:  # type: ignore[override]
        """Another action shown: a choice still pending was meant for the previous one."""
        for timer in self._pending.values():
            timer.stop()
        super().load(key, values)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        field = str(watched.property("boundField") or "")
        if field in self._pending and _settles(event):
            self.flush(field)
        return super().eventFilter(watched, event)


def _settles(event: QEvent) -> bool:
    if event.type() == QEvent.Type.FocusOut:
        return True
    keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    return event.type() == QEvent.Type.KeyPress and getattr(event, "key", lambda: None)() in keys
