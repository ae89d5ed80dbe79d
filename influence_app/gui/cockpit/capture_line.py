"""The capture line: type, choose the kind with Ctrl+digit, Enter saves; drafts every 2 s."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.models import Contribution
from influence_app.gui import shortcuts
from influence_app.gui.cockpit.kind_keys import claim_kind_key, kind_of
from influence_app.gui.cockpit.pickers import CompletingPicker, NumberPicker
from influence_app.gui.models.contributions import kind_label
from influence_app.services.drafts import DraftService

DRAFT_PREFIX = "capture:"
DRAFT_INTERVAL_MS = 2000
KIND_COLOURS = {
    "idee": "#0f5f73",
    "objectif": "#3d5a98",
    "levier": "#2e7d4f",
    "frein": "#a4462f",
    "action": "#7a4f9a",
    "question": "#8a6d00",
    "recit": "#5b6b73",
    "parking": "#4a4a4a",
}


def draft_key(session_id: str) -> str:
    return f"{DRAFT_PREFIX}{session_id}"


@dataclass(frozen=True)
class CaptureRequest:
    """What Enter asks to save."""

    text: str
    kind: str
    network_id: str | None = None
    author_id: str | None = None
    table_no: int | None = None
    round: int | None = None


class CaptureEdit(QLineEdit):
    """The line itself; Ctrl+digit (number row or keypad) picks the kind."""

    kind_pressed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        kind = kind_of(event)
        if kind is not None:
            self.kind_pressed.emit(kind)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        return claim_kind_key(event) or super().event(event)


class CaptureLine(QWidget):
    """Line, kind legend, pickers (network, author; table and round for a World Café) and
    the « Enregistré » feedback. Enter emits `capture_requested`; the screen saves and calls
    `acknowledge` or `refuse`."""

    capture_requested = Signal(object)  # CaptureRequest
    draft_saved = Signal(str)  # draft key, once the draft is committed

    def __init__(
        self,
        drafts: DraftService,
        draft_interval_ms: int = DRAFT_INTERVAL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.session_id: str | None = None
        self.kind = "idee"
        self._one_off: str | None = None  # parking applies to the next contribution only
        self._saved_draft: tuple[str, str] | None = None  # (key, text) last kept
        self._build()
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(draft_interval_ms)
        self._draft_timer.timeout.connect(self.save_draft)
        self._draft_timer.start()
        self._show_kind()

    def _build(self) -> None:
        self.edit = CaptureEdit()
        self.edit.setObjectName("captureEdit")
        self.edit.setAccessibleName(self.tr("Saisie d’une contribution"))
        self.edit.setPlaceholderText(self.tr("Tapez ce qui est dit, puis Entrée"))
        font = QFont(self.edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(44)
        self.chip = QLabel()
        self.chip.setObjectName("kindChip")
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip.setMinimumWidth(110)
        self.legend = QLabel()
        self.legend.setObjectName("kindLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # our own markup: no user text in it
        self.feedback = QLabel()
        self.feedback.setObjectName("captureFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        # A new text must not re-lay the window out on each capture: its width is the line's.
        self.feedback.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.feedback.setFixedHeight(self.feedback.sizeHint().height())
        self._feedback_style = ""
        self.network = CompletingPicker(self.tr("Réseau (quelques lettres)"))
        self.author = CompletingPicker(self.tr("Auteur (quelques lettres)"))
        self.table = NumberPicker(40)
        self.round = NumberPicker(12)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        line = QHBoxLayout()
        line.addWidget(self.chip)
        line.addWidget(self.edit, 1)
        pickers = QGridLayout()
        self._labels = {}
        fields = (
            (self.tr("&Réseau"), self.network),
            (self.tr("&Auteur"), self.author),
            (self.tr("&Table"), self.table),
            (self.tr("T&our"), self.round),
        )
        for column, (text, picker) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(picker)
            self._labels[picker] = label
            pickers.addWidget(label, 0, column * 2)
            pickers.addWidget(picker, 0, column * 2 + 1)
        pickers.setColumnStretch(1, 3)
        pickers.setColumnStretch(3, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.legend)
        layout.addLayout(pickers)
        layout.addWidget(self.feedback)

    def _connect(self) -> None:
        self.edit.returnPressed.connect(self.submit)
        self.edit.kind_pressed.connect(self.set_kind)
        for picker in (self.network, self.author, self.table, self.round):
            picker.done.connect(self.focus_line)

    # Session and choices.

    def set_session(self, session_id: str | None, world_cafe: bool = False) -> None:
        self.session_id = session_id
        self.edit.setEnabled(session_id is not None)
        for picker in (self.table, self.round):
            picker.setVisible(world_cafe)
            self._labels[picker].setVisible(world_cafe)

    def set_choices(
        self,
        networks: list[tuple[str, str, tuple[str, ...]]],
        authors: list[tuple[str, str, tuple[str, ...]]],
    ) -> None:
        self.network.set_choices(networks)
        self.author.set_choices(authors)

    def focus_line(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Kind.

    def set_kind(self, kind: str) -> None:
        if kind == "parking":
            self._one_off = None if self._one_off == "parking" else "parking"
        else:
            self.kind, self._one_off = kind, None
        self._show_kind()

    def current_kind(self) -> str:
        return self._one_off or self.kind

    def _show_kind(self) -> None:
        kind = self.current_kind()
        self.chip.setText(kind_label(kind))
        self.chip.setStyleSheet(
            f"background: {KIND_COLOURS.get(kind, '#0f5f73')}; color: white; "
            "border-radius: 6px; padding: 6px 10px; font-weight: bold;"
        )
        parts = []
        for code, key in shortcuts.KIND_KEYS.items():
            # Escaped: labels come from translation catalogues, never markup of ours to trust.
            text = f"{escape(key)}&nbsp;{escape(kind_label(code))}"
            parts.append(f"<b><u>{text}</u></b>" if code == kind else text)
        self.legend.setText(" · ".join(parts))

    # Saving.

    def request(self) -> CaptureRequest:
        return CaptureRequest(
            text=self.edit.text(),
            kind=self.current_kind(),
            network_id=self.network.current_id(),
            author_id=self.author.current_id(),
            table_no=self.table.number() if self.table.isVisibleTo(self) else None,
            round=self.round.number() if self.round.isVisibleTo(self) else None,
        )

    def submit(self) -> None:
        if not self.edit.text().strip() or self.session_id is None:
            return
        for picker, what in ((self.network, self.tr("réseau")), (self.author, self.tr("auteur"))):
            if not picker.is_valid():
                self.refuse(
                    self.tr("Choisissez un {what} de la liste ou videz le champ.").format(what=what)
                )
                return
        self.capture_requested.emit(self.request())

    def acknowledge(self, contribution: Contribution, count: int) -> None:
        """The contribution is committed: empty the line, keep the focus, say « Enregistré »."""
        self.edit.clear()
        self.network.clear()
        self.author.clear()
        if self._one_off:
            self._one_off = None
            self._show_kind()
        self._forget_draft()
        summary = (
            contribution.text if len(contribution.text) <= 60 else contribution.text[:59] + "…"
        )
        self.feedback.setText(
            self.tr("Enregistré ({count}) : {text}").format(count=count, text=summary)
        )
        self._style_feedback("color: #2e7d4f;")
        self.focus_line()

    def refuse(self, message: str) -> None:
        self.feedback.setText(message)
        self._style_feedback("color: #b3261e; font-weight: bold;")

    def _style_feedback(self, style: str) -> None:
        if style != self._feedback_style:  # restyling costs a polish: only on a change
            self._feedback_style = style
            self.feedback.setStyleSheet(style)

    # Drafts: the text being typed survives a crash.

    def save_draft(self) -> None:
        """Keeps the text typed so far (called every 2 s); nothing when it did not change."""
        if self.session_id is None:
            return
        key, text = draft_key(self.session_id), self.edit.text()
        if self._saved_draft == (key, text) or (self._saved_draft is None and not text.strip()):
            return
        if self._saved_draft is not None and self._saved_draft[0] != key:
            self.drafts.discard(self._saved_draft[0])  # the text moved to another session
        self.drafts.save(key, text)
        self._saved_draft = (key, text) if text.strip() else None
        self.draft_saved.emit(key)

    def _forget_draft(self) -> None:
        """The text is saved: its draft goes (no write at all when none was kept)."""
        if self._saved_draft is not None:
            self.drafts.discard(self._saved_draft[0])
        self._saved_draft = None

    def resume(self, key: str, text: str) -> None:
        """Puts a recovered draft back on the line; it is discarded once the text is saved."""
        if self._saved_draft is not None and self._saved_draft[0] != key:
            self.drafts.discard(self._saved_draft[0])
        self._saved_draft = (key, text)
        self.focus_line()  # first: a focus by shortcut selects the whole text
        self.edit.setText(text)
        self.edit.end(False)
