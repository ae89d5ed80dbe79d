"""SIGKILL during live capture in the real cockpit: every acknowledged contribution survives."""

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

from influence_app.storage.guard import inspect_document
from tests.gui.capture_crash_child import DRAFT_TEXT
from tests.gui.cockpit_support import make_seminar

KILLS = 20
WATCHDOG_SECONDS = 300
CHILD = Path(__file__).with_name("capture_crash_child.py")
ROOT = Path(__file__).parents[2]


def test_acknowledged_captures_survive_sigkill_and_a_draft_is_offered_back(
    tmp_path: Path,
) -> None:
    path, snapshots = make_seminar(tmp_path), tmp_path / "snapshots"
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acknowledged: list[str] = []
    with _child(path, snapshots) as child:
        for kill in range(KILLS):
            where = f"kill {kill + 1}/{KILLS}, seed {seed}"
            pid, shown = _start(child, "capture", where)
            # The restarted cockpit lists at least every contribution acknowledged so far.
            assert shown >= len(acknowledged), f"{where}: the list lost rows"
            acknowledged += _kill_after(child, pid, rng.uniform(0.05, 0.5), where)
            health = inspect_document(path)
            assert health.ok, f"{where}: {health.message} {health.details}"
            missing = set(acknowledged) - _stored_ids(path)
            assert not missing, f"{where}: {len(missing)} acknowledged contributions lost"
        assert len(acknowledged) > KILLS, "the workers hardly captured anything"
        pid, _shown = _start(child, "draft", "draft")
        assert _read(child) == "draft\n"
        assert _kill_after(child, pid, 0.0, "draft") == []
        pid, _shown = _start(child, "check", "check")
        assert _read(child) == f"offered {DRAFT_TEXT}\n"
        assert _read(child) in ("\n", "exit 0\n")


@contextmanager
def _child(path: Path, snapshots: Path) -> Iterator[subprocess.Popen[str]]:
    """`capture_crash_child.py` running, Qt imported, ready to fork cockpit workers."""
    python_path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(snapshots)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": python_path},
    ) as child:
        watchdog = threading.Timer(WATCHDOG_SECONDS, child.kill)  # a hung pipe fails, never hangs
        watchdog.start()
        try:
            assert _read(child) == "imported\n"
            yield child
        finally:
            child.stdin.close()  # its end of input: it exits
            watchdog.cancel()
    assert child.returncode == 0, f"capture_crash_child.py ended with {child.returncode}"


def _read(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    return child.stdout.readline()


def _start(child: subprocess.Popen[str], mode: str, where: str) -> tuple[int, int]:
    """A fresh worker on the document; its pid and how many rows its list shows."""
    assert child.stdin is not None
    child.stdin.write(f"{mode}\n")
    child.stdin.flush()
    ready = _read(child)
    assert ready.startswith("ready "), f"{where}: worker did not start: {ready!r}"
    _word, pid, shown = ready.split()
    return int(pid), int(shown)


def _kill_after(child: subprocess.Popen[str], pid: int, delay: float, where: str) -> list[str]:
    """Ids the worker acknowledged before SIGKILL hit it `delay` seconds later."""
    time.sleep(delay)  # so the kill lands at a random point of the capture loop
    os.kill(pid, signal.SIGKILL)
    acknowledged = []
    while line := _read(child):
        if line == "\n":
            continue
        if line.startswith("exit "):
            assert line == f"exit {-signal.SIGKILL}\n", f"{where}: worker ended by itself"
            return acknowledged
        assert not line.startswith("error"), f"{where}: {line}"
        acknowledged.append(line.rstrip("\n"))
    raise AssertionError(f"{where}: capture_crash_child.py stopped")


def _stored_ids(path: Path) -> set[str]:
    """Ids in the file, read by a connection of its own (as the next session would)."""
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM contribution")}
