"""Clock arithmetic of the agenda: chained start times, overrun, the session under way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from influence_app.domain.agenda import (
    chain_start_times,
    current_session,
    day_overrun,
    day_total,
    end_time,
    format_hhmm,
    parse_hhmm,
)


@dataclass
class Slot:
    title: str
    start_time: str
    duration_min: int


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("09:30", 570), ("9:30", 570), ("9h30", 570), ("00:00", 0), ("23:59", 1439)],
)
def test_parse_accepts_the_ways_facilitators_write_times(text, minutes):
    assert parse_hhmm(text) == minutes


@pytest.mark.parametrize("text", ["", "930", "24:00", "12:60", "midi", "12:3"])
def test_parse_refuses_what_is_not_a_time_in_french(text):
    with pytest.raises(ValueError, match="Heure"):
        parse_hhmm(text)


def test_format_pads_and_wraps_past_midnight():
    assert format_hhmm(570) == "09:30"
    assert format_hhmm(24 * 60 + 15) == "00:15"
    assert end_time("16:45", 30) == "17:15"


def test_start_times_follow_the_durations():
    # Jour 1 template: 09:30 + 30 → 10:00 + 60 → 11:00 + 30 → 11:30
    assert chain_start_times("09:30", [30, 60, 30, 45]) == ["09:30", "10:00", "11:00", "11:30"]


def test_changing_a_duration_moves_every_later_session():
    before = chain_start_times("09:30", [30, 60, 30, 45])
    after = chain_start_times("09:30", [30, 75, 30, 45])
    assert after[:2] == before[:2]
    assert after[2:] == ["11:15", "11:45"]


def test_day_total_and_overrun_against_a_17h_end():
    jour1 = [30, 60, 30, 45, 75, 45, 20, 15, 10]
    assert day_total(jour1) == 330
    assert day_overrun("09:30", jour1) == 0  # ends 15:00
    assert day_overrun("09:30", [*jour1, 150]) == 30  # ends 17:30
    assert day_overrun("09:30", jour1, day_end="14:30") == 30


def test_current_session_holds_its_start_but_not_its_end():
    slots = [Slot("Accueil", "09:30", 30), Slot("Carte", "10:00", 60), Slot("Pause", "11:30", 15)]
    assert current_session(slots, "09:30").title == "Accueil"
    assert current_session(slots, "09:59").title == "Accueil"
    assert current_session(slots, dt.time(10, 0, 42)).title == "Carte"
    assert current_session(slots, "11:10") is None  # the gap before the break
    assert current_session(slots, "09:00") is None
    assert current_session(slots, "11:45") is None


def test_current_session_prefers_the_one_that_started_last_when_they_overlap():
    slots = [Slot("Long", "10:00", 120), Slot("Zero", "10:30", 0), Slot("Inside", "10:30", 30)]
    assert current_session(slots, "10:40").title == "Inside"
