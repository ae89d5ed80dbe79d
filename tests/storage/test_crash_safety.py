"""kill -9 during live capture: every acknowledged contribution is on disk, the file is sound."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from influence_app.services.seminar import SeminarService
from influence_app.storage.guard import inspect_document

KILLS = 50
WATCHDOG_SECONDS = 240
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).parents[2]


def test_acknowledged_contributions_survive_kill_9(tmp_path: Path) -> None:
    path, snapshots = tmp_path / "direct.influence", tmp_path / "snapshots"
    SeminarService.create_from_template(path, "Capture en direct", "2026-03-10").close()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acknowledged: list[str] = []
    with _writer(path, snapshots) as writer:
        for kill in range(KILLS):
            where = f"kill {kill + 1}/{KILLS}, seed {seed}"
            acknowledged += _capture_then_kill(writer, rng.uniform(0.0, 0.04), where)
            health = inspect_document(path)
            assert health.ok, f"{where}: {health.message} {health.details}"
            missing = set(acknowledged) - _stored_ids(path)
            assert not missing, f"{where}: {len(missing)} acknowledged contributions lost"
    assert acknowledged, "no worker got to acknowledge anything"


@contextmanager
def _writer(path: Path, snapshots: Path) -> Iterator[subprocess.Popen[str]]:
    """`crash_writer.py` running, its imports done, ready to fork capture workers."""
    python_path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    with subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(snapshots)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": python_path},
    ) as writer:
        assert writer.stdin is not None and writer.stdout is not None
        watchdog = threading.Timer(WATCHDOG_SECONDS, writer.kill)  # a hung pipe fails, never hangs
        watchdog.start()
        try:
            assert writer.stdout.readline() == "imported\n"
            yield writer
        finally:
            writer.stdin.close()  # its end of input: it exits
            watchdog.cancel()
    assert writer.returncode == 0, f"crash_writer.py ended with {writer.returncode}"


def _capture_then_kill(writer: subprocess.Popen[str], delay: float, where: str) -> list[str]:
    """Ids a fresh worker acknowledged before SIGKILL hit it `delay` seconds into capture."""
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write("go\n")
    writer.stdin.flush()
    ready = writer.stdout.readline()
    # A worker that cannot open (say the last one's lock outlived it) says so here.
    assert ready.startswith("ready "), f"{where}: worker did not start: {ready!r}"
    time.sleep(delay)  # so the kill lands at a random point of the capture loop
    os.kill(int(ready.split()[1]), signal.SIGKILL)
    acknowledged = []
    for line in writer.stdout:
        if line == "\n":
            continue
        if line.startswith("exit "):
            assert line == f"exit {-signal.SIGKILL}\n", f"{where}: worker ended by itself"
            return acknowledged
        acknowledged.append(line.rstrip("\n"))
    raise AssertionError(f"{where}: crash_writer.py stopped")


def _stored_ids(path: Path) -> set[str]:
    """Ids in the file, read by a connection of its own (as the next session would)."""
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM contribution")}
