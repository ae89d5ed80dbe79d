"""« Un texte non enregistré a été retrouvé » : drafts left by a crash, offered back one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from influence_app.domain.models import Draft


class DraftBanner(QFrame):
    """A bar above the capture line (not a modal: the room goes on while it waits)."""

    resumed = Signal(object)  # Draft
    ignored = Signal(object)  # Draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setStyleSheet(
            "#draftBanner { background: #fff4d6; border: 1px solid #b86e00; border-radius: 6px; }"
        )
        self.drafts: list[Draft] = []
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the draft is participant text
        self.message.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Re&prendre"))  # Alt+P (Alt+R: the network)
        self.ignore_button = QPushButton(self.tr("&Ignorer"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.ignore_button)
        self.resume_button.clicked.connect(lambda: self._answer(self.resumed))
        self.ignore_button.clicked.connect(lambda: self._answer(self.ignored))
        self.hide()

    def offer(self, drafts: list[Draft]) -> None:
        self.drafts = list(drafts)
        self._show_next()

    def current(self) -> Draft | None:
        return self.drafts[0] if self.drafts else None

    def _show_next(self) -> None:
        draft = self.current()
        if draft is None:
            self.hide()
            return
        text = draft.text if len(draft.text) <= 120 else draft.text[:119] + "…"
        self.message.setText(
            self.tr("Un texte non enregistré a été retrouvé : « {text} »").format(text=text)
        )
        self.show()

    def _answer(self, signal: Signal) -> None:
        draft = self.current()
        if draft is None:
            return
        self.drafts.pop(0)
        signal.emit(draft)  # type: ignore[attr-defined]
        self._show_next()
