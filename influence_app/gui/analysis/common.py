"""What the analysis screens share: the chart panel, lazy refresh, projector signal, helpers."""

from __future__ import annotations

import html
from collections.abc import Callable, Hashable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget
from reportlab.graphics.shapes import Drawing, Group
from reportlab.lib.colors import Color

from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.base import Screen
from influence_app.gui.widgets.chart_view import ChartView, drawings_of
from influence_app.gui.widgets.validation import ERROR_COLOUR
from influence_app.report.charts import to_svg

STACK_GAP = 18.0
# A key is first offered as a shortcut (ShortcutOverride), then delivered (KeyPress).
_KEY_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.ShortcutOverride,
)  # points between the pieces of a chart the report cuts in several


def stack(drawings: Sequence[Drawing]) -> Drawing:
    """One drawing of the report's pieces one under the other (the PDF puts them on pages)."""
    if len(drawings) == 1:
        return drawings[0]
    width = max(piece.width for piece in drawings)
    height = sum(piece.height for piece in drawings) + STACK_GAP * (len(drawings) - 1)
    result = Drawing(width, height)
    top = height
    for piece in drawings:
        top -= piece.height
        group: Group = piece.asGroup()
        a, b, c, d, e, f = group.transform
        group.transform = (a, b, c, d, e, f + top)  # lifted in the page's own units
        result.add(group)
        top -= STACK_GAP
    return result


class SelectableChartView(ChartView):
    """A chart the user can pick (click, or Tab onto it) to send it to the projector."""

    selected = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As tall as the chart needs at this width: no white band above and below it.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        size = self.sizeHint()  # the chart's own size
        return max(self.minimumHeight(), round(width * size.height() / max(size.width(), 1)))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.selected.emit()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.selected.emit()
        super().focusInEvent(event)


class ChartPanel(QWidget):
    """A caption over one report chart, redrawn only when its input changed.

    Drawing a chart and turning it into SVG takes a tenth to a third of a second for the
    larger ones (pure-Python reportlab): it runs just after the edit, once the table has
    repainted, and several quick edits make one drawing.
    """

    selected = Signal()
    drawn = Signal(bool)  # True when it replaced an earlier chart

    def __init__(self, parent: QWidget | None = None, caption: bool = True) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setVisible(caption)
        self.caption.setObjectName("sectionHeading")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)  # goal titles are user text
        self.caption.setWordWrap(True)
        self.view = SelectableChartView(self)
        self.view.selected.connect(self.selected)
        self.footer = QLabel(self)  # what the chart's short labels stand for, if anything
        self.footer.setTextFormat(Qt.TextFormat.PlainText)  # may list goal titles
        self.footer.setWordWrap(True)
        self.footer.hide()
        self.chart_title = ""
        self._shown: tuple[str, Hashable] | None = None
        self._pending: tuple[str, Hashable, Callable[[], Sequence[Drawing]]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addWidget(self.footer)
        layout.addStretch(1)

    def set_footer(self, text: str) -> None:
        self.footer.setText(text)
        self.footer.setVisible(bool(text))

    def show_chart(
        self, title: str, data: Hashable, build: Callable[[], Sequence[Drawing]]
    ) -> None:
        """Draws `build()` soon, unless the chart shown already has this title and `data`."""
        if (title, data) == self._shown:
            self._pending = None
            self._timer.stop()
            return
        self._pending = (title, data, build)
        self._timer.start(0)

    def flush(self) -> None:
        """Draws the pending chart now (the projector and tests want the chart as it is)."""
        self._timer.stop()
        if self._pending is None:
            return
        title, data, build = self._pending
        self._pending = None
        self.view.set_svg(to_svg(stack(drawings_of(build()))))
        self.chart_title = title
        self.caption.setText(title)
        replaced = self._shown is not None
        self._shown = (title, data)
        self.drawn.emit(replaced)

    def svg(self) -> str:
        return self.view.svg()


class AnalysisScreen(Screen):
    """A screen of charts: reloads only while shown, announces the chart to project.

    `chart_selected(title, svg)` fires when the chart shown changes or the user picks it.
    """

    chart_selected = Signal(str, str)

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = False
        self._quiet = False
        self._charts: list[ChartPanel] = []

    def watch(self, chart: ChartPanel) -> None:
        """Publishes `chart` when an edit redraws it (while it is the active one) or when the
        user picks it."""
        self._charts.append(chart)
        chart.drawn.connect(lambda replaced: self._on_drawn(chart, replaced))
        chart.selected.connect(self.publish)

    def active_chart(self) -> ChartPanel:
        """The chart the user is working on (screens with several answer the current one)."""
        raise NotImplementedError

    def current_chart(self) -> tuple[str, str]:
        """(title, svg) of the active chart, up to date even while the screen is hidden."""
        if self._stale:
            self._stale = False
            self._catch_up()
        chart = self.active_chart()
        chart.flush()
        return chart.chart_title, chart.svg()

    def publish(self) -> None:
        """Sends the active chart to whoever projects it."""
        title, svg = self.current_chart()
        if svg:
            self.chart_selected.emit(title, svg)

    def _on_drawn(self, chart: ChartPanel, replaced: bool) -> None:
        if replaced and not self._quiet and chart is self.active_chart():
            self.publish()

    def _on_changed(self, tables: frozenset[str]) -> None:
        # Hidden screens wait: vote entry elsewhere must not redraw four charts per key.
        if not tables & self.tables:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self._stale = False
            self._catch_up()
        super().showEvent(event)

    def _catch_up(self) -> None:
        """Reloads what changed while hidden, without sending it to the projector: only the
        user's own edits and choices go there."""
        self._quiet = True
        try:
            self.refresh()
            for chart in self._charts:
                chart.flush()
        finally:
            self._quiet = False


def error_label(parent: QWidget) -> QLabel:
    """A red line for a refused edit, in plain text (it may quote what the user typed)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def digit(event: QEvent) -> int | None:
    """The digit a key press types (main row or keypad), or None."""
    if not isinstance(event, QKeyEvent) or event.type() not in _KEY_EVENTS:
        return None
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    if event.text().isdigit():
        return int(event.text())
    key = event.key()
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return key - Qt.Key.Key_0.value
    return None


def is_key(event: QEvent, *keys: Qt.Key) -> bool:
    """A plain key press of one of `keys`."""
    plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
    return (
        isinstance(event, QKeyEvent)
        and event.type() in _KEY_EVENTS
        and event.modifiers() in plain
        and event.key() in keys
    )


def plain_tip(text: str) -> str:
    """A tooltip showing user text literally: escaped, so `<img>` or `<b>` stay characters."""
    return f"<p>{html.escape(text)}</p>" if text else ""


def qt_colour(colour: Color) -> QColor:
    """A report colour for Qt, so table cells match the heat map beside them."""
    return QColor.fromRgbF(colour.red, colour.green, colour.blue)


class KeyFilter(QObject):
    """Hands a view's key presses to `handler(event) -> bool` (True: consumed).

    Keys `claims(event)` names win over window shortcuts on the same key (Del, Space, digits).
    """

    def __init__(
        self,
        handler: Callable[[QKeyEvent], bool],
        claims: Callable[[QKeyEvent], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._claims = claims

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride and self._claims(event):
            event.accept()  # delivered as a key press to this view instead of a shortcut
            return True
        if event.type() == QEvent.Type.KeyPress:
            return bool(self._handler(event))
        return False
