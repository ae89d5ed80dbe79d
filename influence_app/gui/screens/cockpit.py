"""« Séances »: the room's cockpit — timeline, timer, capture line and the session's list."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from influence_app.domain.models import AgendaSession, Draft
from influence_app.gui import shortcuts
from influence_app.gui.cockpit import feed as projection
from influence_app.gui.cockpit.capture_line import (
    DRAFT_INTERVAL_MS,
    DRAFT_PREFIX,
    CaptureLine,
    CaptureRequest,
)
from influence_app.gui.cockpit.contribution_list import ContributionList
from influence_app.gui.cockpit.draft_banner import DraftBanner
from influence_app.gui.cockpit.list_edits import quote
from influence_app.gui.cockpit.timeline import Timeline, method_name, span, status_name
from influence_app.gui.cockpit.timer import Clock, Timebox, TimerPanel
from influence_app.gui.context import DocumentContext
from influence_app.gui.models.contributions import Names
from influence_app.gui.screens.base import Screen
from influence_app.gui.undo import perform
from influence_app.services.errors import ServiceError

FOLLOW_INTERVAL_MS = 30_000
WORLD_CAFE = "world_cafe"


class CockpitScreen(Screen):
    """What the facilitator runs the room from. The clock picks the session (or the
    facilitator does), Enter saves what is typed at once, and `feed` tells the projector."""

    key = "seances"
    tables = frozenset({"contribution", "agenda_session", "day", "network", "participant"})
    captured = Signal(str)  # id of a contribution committed from the capture line

    def __init__(
        self,
        context: DocumentContext,
        parent: QWidget | None = None,
        *,
        wall_clock: Callable[[], dt.datetime] = dt.datetime.now,
        monotonic: Clock = time.monotonic,
        draft_interval_ms: int = DRAFT_INTERVAL_MS,
    ) -> None:
        super().__init__(context, parent)
        self.monotonic = monotonic
        self.feed = projection.RoomFeed(self)
        self.projector_mode = projection.LATEST
        self._timeboxes: dict[str, Timebox] = {}
        self._build(wall_clock, draft_interval_ms)
        self._actions = self._make_actions()
        self.refresh()
        if self.timeline.follow_clock() is None:
            self.timeline.choose(self._fallback_session(), by_hand=False)
        self._follow_timer = QTimer(self)
        self._follow_timer.setInterval(FOLLOW_INTERVAL_MS)
        self._follow_timer.timeout.connect(self._follow_clock)
        self._follow_timer.start()
        self.banner.offer(
            [d for d in context.services.drafts.pending() if d.key.startswith(DRAFT_PREFIX)]
        )

    def title(self) -> str:
        return self.tr("Séances")

    # Building.

    def _build(self, wall_clock: Callable[[], dt.datetime], draft_interval_ms: int) -> None:
        services = self.context.services
        self.timeline = Timeline(wall_clock)
        self.session_title = QLabel()
        self.session_title.setObjectName("sessionTitle")
        self.session_title.setTextFormat(Qt.TextFormat.PlainText)
        self.session_title.setWordWrap(True)
        font = QFont(self.session_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.session_title.setFont(font)
        self.session_meta = QLabel()
        self.session_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = TimerPanel()
        self.capture = CaptureLine(services.drafts, draft_interval_ms)
        self.banner = DraftBanner()
        self.list = ContributionList(self.context)
        self.list.later_sessions = self._later_sessions
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        heading = QVBoxLayout()
        heading.addWidget(self.session_title)
        heading.addWidget(self.session_meta)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.timer)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(12, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(_rule())
        column.addWidget(self.capture)
        column.addWidget(_rule())
        column.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.timeline)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.timeline.session_chosen.connect(self._show_session)
        self.capture.capture_requested.connect(self.capture_now)
        self.timer.started.connect(self._timer_started)
        self.timer.finish_requested.connect(self.finish_session)
        self.timer.ticked.connect(self.feed.publish_timer)
        self.banner.resumed.connect(self._resume_draft)
        self.banner.ignored.connect(lambda draft: self.context.services.drafts.discard(draft.key))
        self.list.selection_changed.connect(self.publish)
        self.list.shown_changed.connect(self.publish)

    def _make_actions(self) -> dict[str, QAction]:
        handlers: dict[str, Callable[[], Any]] = {
            "capture.focus": self.capture.focus_line,
            "list.focus": lambda: self.list.view.setFocus(Qt.FocusReason.ShortcutFocusReason),
            "list.search": lambda: self.list.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
            "list.parking": self.list.parking.toggle,
            "timer.toggle": self.timer.toggle,
            "timer.extend": self.timer.extend,
            "timer.reset": self.timer.reset,
            "timer.finish": self.finish_session,
            "agenda.previous": lambda: self.timeline.step(-1),
            "agenda.next": lambda: self.timeline.step(1),
            "agenda.clock": self._back_to_clock,
            "projector.mode": self.toggle_projector_mode,
        }
        made = {}
        for name, handler in handlers.items():
            action = QAction(shortcuts.label(name), self)
            action.setShortcuts(shortcuts.keys(name))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            self.addAction(action)
            made[name] = action
        return made

    def action(self, name: str) -> QAction:
        """The screen's or the list's action `name` (see gui.shortcuts)."""
        return self._actions.get(name) or self.list.actions_by_name[name]

    # Reading the document.

    def refresh(self) -> None:
        self._refresh_agenda()
        self._refresh_names()
        self.list.reload()

    def _on_changed(self, tables: frozenset[str]) -> None:
        if self.list.quiet:
            return  # our own capture or inline edit: the list already shows it
        if tables & {"agenda_session", "day"}:
            self._refresh_agenda()
        if tables & {"network", "participant", "agenda_session"}:  # session titles: parking
            self._refresh_names()
        if "contribution" in tables:
            self.list.reload()

    def _refresh_agenda(self) -> None:
        services = self.context.services
        days = services.days.list()
        sessions = {day.id: services.sessions.list_for_day(day.id) for day in days}
        self.timeline.set_agenda(days, sessions)
        self._show_heading()

    def _refresh_names(self) -> None:
        services = self.context.services
        networks = services.networks.list()
        people = services.participants.list()
        names = Names(
            networks={n.id: n.acronym or n.name for n in networks},
            authors={p.id: p.name for p in people},
            sessions={s.id: s.title for s in self.timeline.all_sessions()},
        )
        self.list.set_names(names, [(n.id, n.acronym or n.name) for n in networks])
        network_choices = [
            (n.id, _network_label(n), tuple(filter(None, [n.acronym]))) for n in networks
        ]
        self.capture.set_choices(network_choices, [(p.id, p.name, ()) for p in people])

    # The current session.

    def current_session(self) -> AgendaSession | None:
        return self.timeline.session(self.timeline.current_id)

    def _fallback_session(self) -> str | None:
        """Outside the agenda's hours: the session under way, else the first one planned."""
        every = self.timeline.all_sessions()
        for wanted in ("en_cours", "prevue"):
            found = next((s for s in every if s.status == wanted and s.method != "pause"), None)
            if found is not None:
                return found.id
        return every[0].id if every else None

    def _show_session(self, session_id: str) -> None:
        session = self.current_session()
        world_cafe = session is not None and session.method == WORLD_CAFE
        self.capture.set_session(session_id, world_cafe)
        self.list.show_world_cafe_columns(world_cafe)
        self.list.set_session(session_id)
        if session is not None and session_id not in self._timeboxes:
            self._timeboxes[session_id] = Timebox(session.duration_min, self.monotonic)
        self.timer.set_timebox(self._timeboxes.get(session_id))
        self._show_heading()

    def _show_heading(self) -> None:
        session = self.current_session()
        if session is None:
            self.session_title.setText(self.tr("Aucune séance"))
            self.session_meta.setText(self.tr("Choisissez une séance dans l’agenda."))
        else:
            self.session_title.setText(session.title)
            self.session_meta.setText(self._meta(session))
        self.publish()

    def _meta(self, session: AgendaSession) -> str:
        day = next((d for d in self.timeline.days if d.id == session.day_id), None)
        parts = [self.tr("Jour {n}").format(n=day.index) if day else "", span(session)]
        parts += [method_name(session.method), status_name(session.status)]
        return " · ".join(part for part in parts if part)

    def _later_sessions(self) -> list[AgendaSession]:
        every = self.timeline.all_sessions()
        ids = [s.id for s in every]
        here = ids.index(self.timeline.current_id) if self.timeline.current_id in ids else -1
        return [s for s in every[here + 1 :] if s.method != "pause"]

    def _follow_clock(self) -> None:
        if self.timeline.follow.isChecked():
            self.timeline.follow_clock()

    def _back_to_clock(self) -> None:
        self.timeline.follow.setChecked(True)
        self.timeline.follow_clock()

    # Capture.

    def capture_now(self, request: CaptureRequest) -> None:
        """Saves the line's text at once (one commit), shows it, acknowledges it."""
        session_id = self.timeline.current_id
        if session_id is None:
            self.capture.refuse(self.tr("Choisissez d’abord une séance."))
            return
        add = self.context.services.contributions.add
        name = self.tr("Saisir {text}").format(text=quote(request.text))
        self.list.quiet = True
        try:
            row = perform(
                self.context,
                name,
                lambda: add(
                    session_id,
                    request.text,
                    request.kind,
                    request.network_id,
                    request.author_id,
                    request.table_no,
                    request.round,
                ),
            )
        except ServiceError as error:
            self.capture.refuse(str(error))
            return
        finally:
            self.list.quiet = False
        self.list.captured(row)
        self.capture.acknowledge(row, self.list.count())
        self.captured.emit(row.id)

    def _resume_draft(self, draft: Draft) -> None:
        session_id = draft.key.removeprefix(DRAFT_PREFIX)
        if self.timeline.session(session_id) is not None:
            self.timeline.choose(session_id)
        self.capture.resume(draft.key, draft.text)

    # Timer and status: prevue → en_cours → terminee.

    def _timer_started(self) -> None:
        session = self.current_session()
        if session is not None and session.status == "prevue":
            name = self.tr("Démarrer la séance {title}").format(title=quote(session.title))
            self.list.edits.attempt(
                name, lambda: self.context.services.sessions.set_status(session.id, "en_cours")
            )

    def finish_session(self) -> None:
        session = self.current_session()
        if session is None:
            return
        self.timer.stop()
        if session.status != "terminee":
            name = self.tr("Terminer la séance {title}").format(title=quote(session.title))
            self.list.edits.attempt(
                name, lambda: self.context.services.sessions.set_status(session.id, "terminee")
            )

    # What the projector shows.

    def toggle_projector_mode(self) -> None:
        latest = self.projector_mode == projection.LATEST
        self.projector_mode = projection.CLUSTERS if latest else projection.LATEST
        self.publish()

    def publish(self) -> None:
        session = self.current_session()
        title = session.title if session else ""
        subtitle = self._meta(session) if session else ""
        self.feed.publish(projection.Projection(title, subtitle, *self._projected_items()))

    def _projected_items(self) -> tuple[str, tuple[projection.ProjectedItem, ...]]:
        model = self.list.model
        selected = [row for key in self.list.selected_ids() if (row := model.row(key))]
        if selected:
            return projection.selection(selected)
        if self.projector_mode == projection.CLUSTERS:
            return projection.clusters(model.shown_rows())
        heading = (
            self.tr("Parking du séminaire")
            if self.list.showing_parking
            else self.tr("Dernières contributions")
        )
        return projection.latest(model.shown_rows(last=projection.LATEST_COUNT), heading)


def _network_label(network: Any) -> str:
    return f"{network.acronym} — {network.name}" if network.acronym else network.name


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
