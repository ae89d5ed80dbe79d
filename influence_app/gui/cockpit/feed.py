"""What the projector shows, published by the cockpit: texts only, never an author's name."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from influence_app.domain.models import Contribution
from influence_app.gui.models.contributions import kind_label
from influence_app.i18n import plural

LATEST = "latest"
CLUSTERS = "clusters"
LATEST_COUNT = 6


@dataclass(frozen=True)
class ProjectedItem:
    text: str  # participant text, shown as plain text
    tag: str  # the kind, or « 4 contributions » for a group


@dataclass(frozen=True)
class Projection:
    """One screenful for the room. Built from contribution texts and kinds only: the type
    has no place for an author, so no projector code path can show one."""

    title: str = ""
    subtitle: str = ""
    heading: str = ""
    items: tuple[ProjectedItem, ...] = ()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Projection", text)


def latest(
    rows: list[Contribution], heading: str, count: int = LATEST_COUNT
) -> tuple[str, tuple[ProjectedItem, ...]]:
    """The newest contributions first (merged duplicates are already under their survivor)."""
    newest = [row for row in reversed(rows) if row.merged_into_id is None][:count]
    return heading, tuple(ProjectedItem(row.text, kind_label(row.kind)) for row in newest)


def clusters(rows: list[Contribution]) -> tuple[str, tuple[ProjectedItem, ...]]:
    """Groups by size, then the contributions still without a group."""
    standing = [row for row in rows if row.merged_into_id is None]
    counts = Counter(row.cluster for row in standing if row.cluster)
    items = [
        ProjectedItem(label, _contributions(n))
        for label, n in sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
    ]
    loose = sum(1 for row in standing if not row.cluster)
    if loose:
        items.append(ProjectedItem(_tr("Sans groupe"), _contributions(loose)))
    return _tr("Groupes"), tuple(items)


def _contributions(n: int) -> str:
    return plural(n, _tr("{n} contribution"), _tr("{n} contributions"))


def selection(rows: list[Contribution]) -> tuple[str, tuple[ProjectedItem, ...]]:
    return _tr("Sélection"), tuple(ProjectedItem(row.text, kind_label(row.kind)) for row in rows)


class RoomFeed(QObject):
    """The cockpit publishes here; any number of projector windows follow."""

    projection_changed = Signal(object)  # Projection
    timer_changed = Signal(str, str)  # text, phase

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.projection = Projection()
        self.timer = ("--:--", "normal")

    def publish(self, projection: Projection) -> None:
        if projection != self.projection:
            self.projection = projection
            self.projection_changed.emit(projection)

    def publish_timer(self, text: str, phase: str) -> None:
        if (text, phase) != self.timer:
            self.timer = (text, phase)
            self.timer_changed.emit(text, phase)
