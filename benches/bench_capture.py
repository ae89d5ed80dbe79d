"""Live capture latency: ContributionService.add against a bare sqlite3 INSERT + commit.

Run: python benches/bench_capture.py. Both write into a document already holding 10,000
contributions, one commit per contribution, with the same pragmas (WAL, synchronous=FULL,
foreign_keys=ON); the floor writes into a byte copy of the same file, so table, indexes and
foreign keys are identical.

`--recorded` also times, in a third copy, adds inside History.record (as the GUI's undo stack
does them) alternating with plain adds, so the disk's drift weighs on both alike, and prints
their ratio: the cost of undo on the hot path.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from influence_app.domain.models import Contribution  # noqa: E402
from influence_app.services.agenda import SessionService  # noqa: E402
from influence_app.services.contributions import ContributionService  # noqa: E402
from influence_app.services.history import History  # noqa: E402
from influence_app.services.seminar import SeminarService  # noqa: E402
from influence_app.storage.document import Document  # noqa: E402

EXISTING = 10_000
CALLS = 500
WARM_UP = 20


def main() -> None:
    recorded_too = "--recorded" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder  # snapshots, if any, stay in the temp folder
        path, floor_path = Path(folder, "capture.influence"), Path(folder, "floor.influence")
        recorded_path = Path(folder, "recorded.influence")
        session_id = prepare(path)
        copy_file(path, floor_path)
        copy_file(path, recorded_path)
        capture = time_capture(path, session_id)
        floor = time_floor(floor_path, session_id)
        pair = time_recorded(recorded_path, session_id) if recorded_too else None
    report(capture, floor)
    if pair is not None:
        report_recorded(*pair)


def prepare(path: Path) -> str:
    """A seminar from the template with EXISTING contributions in its first session."""
    with SeminarService.create_from_template(path, "Banc d'essai", "2026-03-10") as document:
        session_id = SessionService(document).list()[0].id
        with document.transaction() as session:
            session.add_all(
                Contribution(id=f"old-{n}", session_id=session_id, text=f"Idée {n}", sort_key=n)
                for n in range(1, EXISTING + 1)
            )
    return session_id


def copy_file(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def time_capture(path: Path, session_id: str) -> list[float]:
    with Document.open(path) as document:
        service = ContributionService(document)
        return timed(lambda n: service.add(session_id, f"Contribution saisie en direct {n}"))


def time_recorded(path: Path, session_id: str) -> tuple[list[float], list[float]]:
    """Milliseconds of recorded and of plain adds, taken in turns on the same document."""
    with Document.open(path) as document:
        service, history = ContributionService(document), History(document)

        def plain(n: int) -> None:
            service.add(session_id, f"Contribution saisie en direct {n}")

        def recorded(n: int) -> None:
            history.record(lambda: plain(n))

        for n in range(WARM_UP):
            plain(-1 - n)
            recorded(-1 - n)
        durations: dict[Callable[[int], None], list[float]] = {plain: [], recorded: []}
        for n in range(CALLS):
            for call in (plain, recorded):
                durations[call].append(clock(call, n))
        return durations[recorded], durations[plain]


def clock(call: Callable[[int], object], n: int) -> float:
    start = time.perf_counter()
    call(n)
    return (time.perf_counter() - start) * 1000


def time_floor(path: Path, session_id: str) -> list[float]:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            connection.execute(f"PRAGMA {pragma}")
        sql = (
            "INSERT INTO contribution (id, session_id, text, kind, created_at, sort_key)"
            " VALUES (?, ?, ?, 'idee', ?, ?)"
        )

        def insert(n: int) -> None:
            connection.execute("BEGIN")
            values = (f"floor-{n}", session_id, f"Contribution {n}", "2026-03-10T10:00:00+01:00")
            connection.execute(sql, (*values, EXISTING + n))
            connection.execute("COMMIT")

        return timed(insert)


def timed(call: Callable[[int], object]) -> list[float]:
    """Milliseconds of each of CALLS calls, after WARM_UP calls that are not counted."""
    for n in range(WARM_UP):
        call(-1 - n)
    durations = []
    for n in range(CALLS):
        start = time.perf_counter()
        call(n)
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def report(capture: list[float], floor: list[float]) -> None:
    (cap_med, cap_p99), (floor_med, floor_p99) = summary(capture), summary(floor)
    print(
        f"capture median {cap_med:.3f} ms, p99 {cap_p99:.3f} ms; "
        f"floor median {floor_med:.3f} ms, p99 {floor_p99:.3f} ms; "
        f"ratio median {cap_med / floor_med:.2f}x, p99 {cap_p99 / floor_p99:.2f}x "
        f"({CALLS} calls, {EXISTING} contributions already in the document)"
    )


def report_recorded(recorded: list[float], plain: list[float]) -> None:
    (rec_med, rec_p99), (plain_med, plain_p99) = summary(recorded), summary(plain)
    print(
        f"recorded median {rec_med:.3f} ms, p99 {rec_p99:.3f} ms; "
        f"plain (taken in turns) median {plain_med:.3f} ms, p99 {plain_p99:.3f} ms; "
        f"ratio median {rec_med / plain_med:.2f}x, p99 {rec_p99 / plain_p99:.2f}x "
        f"(+{rec_med - plain_med:.3f} ms median)"
    )


def summary(durations: list[float]) -> tuple[float, float]:
    return statistics.median(durations), statistics.quantiles(durations, n=100)[98]


if __name__ == "__main__":
    main()
