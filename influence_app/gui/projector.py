"""The projector view: a second window for the room, large and high-contrast, read-only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QStackedLayout,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui import shortcuts
from influence_app.gui.cockpit.feed import Projection, RoomFeed
from influence_app.gui.context import DocumentContext
from influence_app.gui.shortcuts import ShortcutsDialog

BACKGROUND = "#0b0f14"
FOREGROUND = "#ffffff"
MUTED = "#c9d3da"
ACCENT = "#5cc8dc"
TIMER_COLOURS = {"normal": "#5cc8dc", "amber": "#ffb300", "over": "#ff5a4f"}
MAX_ITEMS = 8
# Pixel sizes at 1080 lines; they scale with the window's height (body ≥ 28 px at 1080p).
SIZES_1080 = {"title": 60, "subtitle": 32, "timer": 120, "heading": 36, "body": 42, "tag": 28}


class ProjectorWindow(QWidget):
    """Session title, timer and the latest contributions (or the groups, or the selection).

    Only labels, all plain text: nothing to edit, and the projection it is fed carries no
    author. Full screen on the second screen when there is one."""

    def __init__(self, context: DocumentContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.feed: RoomFeed | None = None
        self.blanked = False
        self.setWindowTitle(self.tr("Influence — projecteur"))
        self.setObjectName("projector")
        self.setStyleSheet(
            f"#projector {{ background: {BACKGROUND}; }} QWidget#blank {{ background: #000000; }}"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._build()
        seminar = context.services.seminar.get().title
        self.show_projection(Projection(title=seminar, heading=self.tr("En attente de la séance")))
        self.resize(1280, 720)

    def _build(self) -> None:
        self.title = _label("title", FOREGROUND, bold=True)
        self.subtitle = _label("subtitle", MUTED)
        self.timer = _label("timer", TIMER_COLOURS["normal"], bold=True)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.heading = _label("heading", ACCENT, bold=True)
        self.items = [(_label("body", FOREGROUND), _label("tag", MUTED)) for _n in range(MAX_ITEMS)]
        header = QGridLayout()
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.subtitle, 1, 0)
        header.addWidget(self.timer, 0, 1, 2, 1)
        header.setColumnStretch(0, 1)
        self._list = QGridLayout()
        self._list.setVerticalSpacing(18)
        self._list.setHorizontalSpacing(28)
        for n, (body, tag) in enumerate(self.items):
            tag.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._list.addWidget(tag, n, 0)
            self._list.addWidget(body, n, 1)
        self._list.setColumnStretch(1, 1)
        self._page = QWidget()
        column = QVBoxLayout(self._page)
        column.setContentsMargins(64, 48, 64, 48)
        column.setSpacing(24)
        column.addLayout(header)
        column.addWidget(self.heading)
        column.addLayout(self._list)
        column.addStretch(1)
        self.blank_page = QWidget()
        self.blank_page.setObjectName("blank")
        self.chart_page = self._chart_page()
        self._shown_page = self._page  # the page « Masquer » hides and brings back
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._page)
        self._stack.addWidget(self.chart_page)
        self._stack.addWidget(self.blank_page)
        self._scale_fonts()

    def _chart_page(self) -> QWidget:
        """The chart chosen on a decision screen: the PDF's own drawing, on a white card."""
        from influence_app.gui.widgets.chart_view import ChartView  # ReportLab: when projecting

        page = QWidget()
        self.chart_title = _label("title", FOREGROUND, bold=True)
        self.chart = ChartView()
        column = QVBoxLayout(page)
        column.setContentsMargins(64, 48, 64, 48)
        column.setSpacing(24)
        column.addWidget(self.chart_title)
        column.addWidget(self.chart, 1)
        return page

    # Following the cockpit.

    def follow(self, feed: RoomFeed) -> None:
        if self.feed is feed:
            return
        if self.feed is not None:
            self.feed.projection_changed.disconnect(self.show_projection)
            self.feed.timer_changed.disconnect(self.show_timer)
        self.feed = feed
        feed.projection_changed.connect(self.show_projection)
        feed.timer_changed.connect(self.show_timer)
        self.show_projection(feed.projection)
        self.show_timer(*feed.timer)

    def show_chart(self, title: str, svg: str) -> None:
        """Shows a chart until the cockpit's contributions are wanted again."""
        self.chart_title.setText(title)
        self.chart.set_svg(svg)
        self._show_page(self.chart_page)

    def show_contributions(self) -> None:
        self._show_page(self._page)

    def showing_chart(self) -> bool:
        return self._shown_page is self.chart_page

    def _show_page(self, page: QWidget) -> None:
        self._shown_page = page
        if not self.blanked:
            self._stack.setCurrentWidget(page)

    def show_projection(self, projection: Projection) -> None:
        self.title.setText(projection.title)
        self.subtitle.setText(projection.subtitle)
        self.heading.setText(projection.heading)
        for n, (body, tag) in enumerate(self.items):
            item = projection.items[n] if n < len(projection.items) else None
            body.setText(item.text if item else "")
            tag.setText(item.tag if item else "")
        self._fit()

    def show_timer(self, text: str, phase: str) -> None:
        self.timer.setText(text)
        self.timer.setProperty("phase", phase)
        self.timer.setStyleSheet(f"color: {TIMER_COLOURS.get(phase, ACCENT)};")

    def shown_texts(self) -> list[str]:
        """Every text on the screen now (what the room can read)."""
        items = [label for pair in self.items for label in pair]
        labels = [self.title, self.subtitle, self.timer, self.heading, *items]
        return [label.text() for label in labels if label.isVisibleTo(self) and label.text()]

    # Blanking, screens, keys.

    def set_blanked(self, blanked: bool) -> None:
        """« Masquer »: a black screen, while the facilitator sorts things out."""
        self.blanked = blanked
        self._stack.setCurrentWidget(self.blank_page if blanked else self._shown_page)

    def show_on_best_screen(self) -> None:
        """Full screen on a screen other than the main window's when there is one."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        others = [screen for screen in screens if screen is not primary]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._scale_fonts()
        self._fit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.set_blanked(False)
        super().closeEvent(event)

    def body_pixel_size(self) -> int:
        return self.items[0][0].font().pixelSize()

    def _scale_fonts(self) -> None:
        scale = max(self.height(), 360) / 1080
        for label in self.findChildren(QLabel):
            role = label.property("role")
            if role in SIZES_1080:
                font = label.font()
                font.setPixelSize(max(14, round(SIZES_1080[role] * scale)))
                label.setFont(font)
        # The small kind tag sits on the same baseline as the first line of its text.
        body, tag = self.items[0]
        drop = max(0, body.fontMetrics().ascent() - tag.fontMetrics().ascent())
        for _body, item_tag in self.items:
            item_tag.setContentsMargins(0, drop, 0, 0)

    def _fit(self) -> None:
        """Shows as many items as fit the height; the newest come first, so the rest can go."""
        inner = max(200, self.width() - 128)
        beside_timer = inner - self.timer.sizeHint().width() - 12
        titles = self.title.heightForWidth(beside_timer) + self.subtitle.heightForWidth(
            beside_timer
        )
        used = max(titles + 6, self.timer.sizeHint().height()) + self.heading.heightForWidth(inner)
        used += 48  # the spacing between header, heading and list
        tags = [tag.sizeHint().width() for body, tag in self.items if body.text()]
        width = inner - max(tags, default=0) - self._list.horizontalSpacing()
        full = False
        for body, tag in self.items:
            needed = body.heightForWidth(width) + self._list.verticalSpacing()
            full = full or not body.text() or used + needed > self.height() - 96
            body.setVisible(not full)
            tag.setVisible(not full)
            used += needed


def _label(role: str, colour: str, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)  # participant text is never markup
    label.setWordWrap(role in ("title", "body", "heading", "subtitle"))
    label.setStyleSheet(f"color: {colour};")
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    return label


class RoomController(QObject):
    """Owns the projector window and the « Salle » actions of the main window."""

    def __init__(
        self,
        window: QMainWindow,
        context_getter: Callable[[], DocumentContext | None],
        cockpit_getter: Callable[[], object | None],
    ) -> None:
        super().__init__(window)
        self.setObjectName("roomController")
        self.window = window
        self.context_getter = context_getter
        self.cockpit_getter = cockpit_getter
        self.projector: ProjectorWindow | None = None
        self.help: ShortcutsDialog | None = None
        self.chart: tuple[str, str] | None = None  # (title, svg) chosen last, None: the cockpit
        self.show_action = self._action("projector.show", self.show_projector)
        self.blank_action = self._action("projector.blank", self.set_blanked, checkable=True)
        self.help_action = self._action("help.shortcuts", self.show_help)

    def _action(self, name: str, slot: Callable[..., None], checkable: bool = False) -> QAction:
        action = QAction(shortcuts.label(name), self.window)
        action.setShortcuts(shortcuts.keys(name))
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        return [self.show_action, self.blank_action, self.help_action]

    def update_actions(self) -> None:
        """Projecting needs an open seminar; the shortcuts list never does."""
        open_ = self.context_getter() is not None
        self.show_action.setEnabled(open_)
        self.blank_action.setEnabled(open_)

    def document_closed(self) -> None:
        """The room must not keep seeing a seminar the facilitator has closed."""
        self.chart = None
        self._close_projector()
        self.update_actions()

    def show_projector(self) -> ProjectorWindow | None:
        context = self.context_getter()
        if context is None:
            self.window.statusBar().showMessage(self.tr("Ouvrez d’abord un séminaire."), 5000)
            return None
        if self.projector is None or self.projector.context is not context:
            self._close_projector()
            self.projector = ProjectorWindow(context)
            self.projector.addAction(self.blank_action)
            self.projector.addAction(self.show_action)
        feed = getattr(self.cockpit_getter(), "feed", None)
        if isinstance(feed, RoomFeed):
            self.projector.follow(feed)
        self.projector.set_blanked(self.blank_action.isChecked())
        self._show_choice()
        self.projector.show_on_best_screen()
        return self.projector

    def show_chart(self, title: str, svg: str) -> None:
        """A decision screen's chart: the room sees what the PDF will print."""
        self.chart = (title, svg)
        self._show_choice()

    def follow_cockpit(self) -> None:
        """Back on *Séances*: the room sees the contributions again."""
        self.chart = None
        feed = getattr(self.cockpit_getter(), "feed", None)
        if self.projector is not None and isinstance(feed, RoomFeed):
            self.projector.follow(feed)  # the cockpit may have been built after the projector
        self._show_choice()

    def _show_choice(self) -> None:
        if self.projector is None:
            return
        if self.chart is None:
            self.projector.show_contributions()
        else:
            self.projector.show_chart(*self.chart)

    def set_blanked(self, blanked: bool) -> None:
        if self.projector is not None:
            self.projector.set_blanked(blanked)

    def show_help(self) -> None:
        if self.help is None:
            self.help = ShortcutsDialog(self.window)
        self.help.show()
        self.help.raise_()

    def _close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None


def install_room_actions(
    window: QMainWindow,
    context_getter: Callable[[], DocumentContext | None],
    cockpit_getter: Callable[[], object | None],
) -> list[QAction]:
    """F5 « Vue projecteur », Ctrl+B/B « Masquer le projecteur », F1 « Raccourcis »: in a
    « Salle » menu and toolbar of `window`. Returns the actions (their controller is a child
    of `window`: `window.findChild(RoomController)`)."""
    controller = RoomController(window, context_getter, cockpit_getter)
    menu = window.menuBar().addMenu(controller.tr("&Salle"))
    toolbar = QToolBar(controller.tr("Salle"), window)
    toolbar.setObjectName("roomToolbar")
    window.addToolBar(toolbar)
    for action in controller.actions():
        menu.addAction(action)
        toolbar.addAction(action)
    return controller.actions()
