"""Time arithmetic of the agenda: "HH:MM" clock times, chained start times, day overrun."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from influence_app.i18n import _

MINUTES_PER_DAY = 24 * 60
DEFAULT_DAY_END = "17:00"

# French facilitators write "9h30" as often as "09:30"; both mean the same clock time.
_HHMM = re.compile(r"^\s*(\d{1,2})\s*[:hH]\s*(\d{2})\s*$")


class TimedSession(Protocol):
    start_time: str
    duration_min: int


S = TypeVar("S", bound=TimedSession)


def parse_hhmm(text: str) -> int:
    """Minutes since midnight of "HH:MM" (or "9:30", "9h30"); ValueError with a French message."""
    match = _HHMM.match(text)
    if match is None:
        message = _("Heure « {text} » invalide : écrire HH:MM, par exemple 09:30.")
        raise ValueError(message.format(text=text))
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        raise ValueError(_("Heure « {text} » impossible : de 00:00 à 23:59.").format(text=text))
    return hours * 60 + minutes


def format_hhmm(minutes: int) -> str:
    """ "HH:MM" of a minute count; past midnight wraps as a wall clock does."""
    hours, rest = divmod(minutes % MINUTES_PER_DAY, 60)
    return f"{hours:02d}:{rest:02d}"


def as_minutes(value: str | dt.time) -> int:
    """Minutes since midnight of a "HH:MM" string or a `datetime.time` (seconds ignored)."""
    if isinstance(value, dt.time):
        return value.hour * 60 + value.minute
    return parse_hhmm(value)


def end_time(start: str, duration_min: int) -> str:
    return format_hhmm(parse_hhmm(start) + duration_min)


def chain_start_times(first_start: str, durations: Sequence[int]) -> list[str]:
    """Start time of each session when they follow each other without a gap."""
    starts: list[str] = []
    clock = parse_hhmm(first_start)
    for duration in durations:
        starts.append(format_hhmm(clock))
        clock += duration
    return starts


def day_total(durations: Iterable[int]) -> int:
    """Minutes the sessions of a day take, breaks included."""
    return sum(durations)


def day_overrun(first_start: str, durations: Iterable[int], day_end: str = DEFAULT_DAY_END) -> int:
    """Minutes the chained sessions run past `day_end`; 0 when the day fits."""
    finish = parse_hhmm(first_start) + day_total(durations)
    return max(0, finish - parse_hhmm(day_end))


def current_session(sessions: Iterable[S], now_time: str | dt.time) -> S | None:
    """The session whose [start, start + duration) holds `now_time`, or None (before, after, gap).

    When sessions overlap (a start time typed by hand), the one that started last wins: it is
    the one the room has moved on to.
    """
    now = as_minutes(now_time)
    holding = [s for s in sessions if _holds(s, now)]
    if not holding:
        return None
    return max(holding, key=lambda s: parse_hhmm(s.start_time))


def _holds(session: TimedSession, now: int) -> bool:
    start = parse_hhmm(session.start_time)
    return start <= now < start + session.duration_min
