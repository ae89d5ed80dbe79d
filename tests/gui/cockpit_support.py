"""Shared set-up of the cockpit tests: a seminar with networks and people, a fake clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtGui import QUndoStack
from shiboken6 import delete

from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.cockpit import CockpitScreen
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document

DAY_1 = dt.date(2026, 3, 10)
WORLD_CAFE_TIME = dt.time(14, 5)  # Jour 1, 13:45–15:00 « Quels changements sociétaux… »
NETWORKS = (
    ("FCSF", "Fédération des centres sociaux de France"),
    ("UNIOPSS", "Union nationale interfédérale des œuvres privées sanitaires et sociales"),
    ("CNOSF", "Comité national olympique et sportif français"),
)
PEOPLE = (("Camille Dupont", 0), ("Éloïse Martin", 1))


class FakeClock:
    """A monotonic clock the test moves by hand: no sleeping."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_seminar(folder: Path) -> Path:
    """The default three-day agenda from 10 March 2026, three networks, two people."""
    path = folder / "seminaire.influence"
    with SeminarService.create_from_template(path, "Séminaire test", DAY_1) as document:
        networks = NetworkService(document)
        ids = [networks.add(acronym=a, name=n, kind="sectoriel").id for a, n in NETWORKS]
        people = ParticipantService(document)
        for name, network in PEOPLE:
            people.add(name=name, network_id=ids[network], role="salarie")
    return path


def at(time: dt.time, day: dt.date = DAY_1):
    return lambda: dt.datetime.combine(day, time)


@contextmanager
def cockpit_on(
    path: Path, qtbot, time: dt.time = WORLD_CAFE_TIME, clock: FakeClock | None = None, **options
) -> Iterator[CockpitScreen]:
    """A cockpit on the document at `path`, the wall clock stopped at `time` on day 1; the
    widget goes before the document closes (its timers must not outlive the file)."""
    document = Document.open(path)
    context = DocumentContext.open(document, QUndoStack())
    cockpit = CockpitScreen(context, wall_clock=at(time), monotonic=clock or FakeClock(), **options)
    cockpit.resize(1366, 768)
    cockpit.show()
    cockpit.activateWindow()  # shortcuts only fire in the active window
    qtbot.waitUntil(cockpit.isActiveWindow)
    try:
        yield cockpit
    finally:
        delete(cockpit)
        document.close()
