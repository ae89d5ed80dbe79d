"""The timeline: the clock picks the current session, the facilitator can pick another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.cockpit_support import DAY_1, cockpit_on, make_seminar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def seminar(tmp_path: Path) -> Path:
    return make_seminar(tmp_path)


def current_title(cockpit) -> str:
    return cockpit.current_session().title


def test_the_clock_chooses_the_session_of_the_day_and_hour(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot, time=dt.time(14, 5)) as cockpit:
        assert current_title(cockpit) == "Quels changements sociétaux voulons-nous\u202f?"
        assert cockpit.session_title.text() == current_title(cockpit)
        assert cockpit.session_meta.text() == "Jour 1 · 13:45–15:00 · World Café · Prévue"
        assert cockpit.timeline.tabs.currentIndex() == 0
        # 80 minutes later the room has moved on: the cockpit follows.
        cockpit.timeline.wall_clock = lambda: dt.datetime.combine(DAY_1, dt.time(15, 25))
        cockpit._follow_clock()
        assert current_title(cockpit) == "Des idées aux objectifs communs"
        assert not cockpit.capture.table.isVisibleTo(cockpit)  # no tables outside World Café
        # Next morning, the second day's tab.
        day_2 = DAY_1 + dt.timedelta(days=1)
        cockpit.timeline.wall_clock = lambda: dt.datetime.combine(day_2, dt.time(10, 0))
        cockpit._follow_clock()
        assert current_title(cockpit) == "Qui faut-il convaincre\u202f?"
        assert cockpit.timeline.tabs.currentIndex() == 1


def test_picking_a_session_by_hand_stops_following_the_clock_until_ctrl_h(
    seminar: Path, qtbot
) -> None:
    with cockpit_on(seminar, qtbot, time=dt.time(9, 40)) as cockpit:
        assert current_title(cockpit) == "Accueil et cadre"
        timeline = cockpit.timeline
        row = next(
            n
            for n in range(timeline.model.rowCount())
            if "Carte" in timeline.model.session_at(n).title
        )
        timeline.list.setCurrentIndex(timeline.model.index(row))
        assert current_title(cockpit) == "Carte d’identité des réseaux"
        assert not timeline.follow.isChecked()
        cockpit._follow_clock()
        assert current_title(cockpit) == "Carte d’identité des réseaux"
        qtbot.keyClick(cockpit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        assert timeline.follow.isChecked()
        assert current_title(cockpit) == "Accueil et cadre"


def test_alt_arrows_step_through_the_agenda_across_days(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot, time=dt.time(16, 55)) as cockpit:
        assert current_title(cockpit) == "Clôture"
        qtbot.keyClick(cockpit, Qt.Key.Key_Down, ALT)
        assert current_title(cockpit) == "Retour sur J1"
        assert cockpit.timeline.tabs.currentIndex() == 1
        qtbot.keyClick(cockpit, Qt.Key.Key_Up, ALT)
        qtbot.keyClick(cockpit, Qt.Key.Key_Up, ALT)
        assert current_title(cockpit) == "Prioriser"


def test_outside_the_agenda_hours_the_first_planned_session_is_chosen(seminar: Path, qtbot) -> None:
    with cockpit_on(seminar, qtbot, time=dt.time(21, 0)) as cockpit:
        assert current_title(cockpit) == "Accueil et cadre"
        assert cockpit.timeline.model.data(cockpit.timeline.model.index(0)) == (
            "09:30–10:00  Accueil et cadre"
        )
