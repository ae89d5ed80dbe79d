"""A date field that may stay empty: « Pas d'échéance » until a day is chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

# Below any real due date: the field shows its special text « Pas d'échéance » there.
EMPTY = QDate(2000, 1, 1)
SEPARATORS = ("/", ".", "-")


class OptionalDateEdit(QDateEdit):
    """`value()` is a date or None. Suppr empties it; the first arrow key, digit or calendar
    page starts from `start_date` (the seminar's last day) rather than from the year 2000."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(self.tr("Pas d'échéance"))
        self.setDate(EMPTY)
        self.start_date = QDate.currentDate()
        self.setToolTip(self.tr("Suppr : pas d'échéance"))
        self._advanced = False  # the last digit filled a section and moved to the next
        self.calendarWidget().installEventFilter(self)

    def value(self) -> dt.date | None:
        return None if self.is_empty() else self.date().toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value is not None else EMPTY)

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.is_empty():
            self.setDate(self.start_date)  # the first step lands on a plausible day
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.setDate(EMPTY)  # a section cannot be half-emptied: Suppr empties the field
            return
        if event.text() in SEPARATORS and self._advanced:
            self._advanced = False  # « 15/11 »: the day, full, already moved on to the month
            return
        if self.is_empty() and event.text().isdigit():
            self.setDate(self.start_date)
            self.setSelectedSection(QDateTimeEdit.Section.DaySection)  # typed digits replace it
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSection() != section

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and self.is_empty():
            self.calendarWidget().setCurrentPage(self.start_date.year(), self.start_date.month())
        return False
