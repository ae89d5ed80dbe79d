"""One writer: a second opener, in this process or another, is told who holds the document."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from influence_app.storage.document import Document
from influence_app.storage.errors import AlreadyOpen
from influence_app.storage.lock import DocumentLock, lock_path

HOLD_OPEN = """
import sys
from pathlib import Path
from influence_app.storage.document import Document
document = Document.open(Path(sys.argv[1]), snapshots_root=Path(sys.argv[2]))
print("open", flush=True)
sys.stdin.readline()
document.close()
print("closed", flush=True)
"""


@contextmanager
def _held_by_child(seminar: Path, snapshots_root: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the document open; it has opened it when this yields."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(seminar), str(snapshots_root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert child.stdout is not None and child.stdin is not None
    try:
        assert child.stdout.readline().strip() == "open"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()
        child.stdin.close()


def test_a_second_process_is_refused_naming_the_holder(seminar: Path, snapshots_root: Path) -> None:
    with _held_by_child(seminar, snapshots_root) as child:
        with pytest.raises(AlreadyOpen) as refused:
            Document.open(seminar, snapshots_root=snapshots_root)

        assert f"processus {child.pid}" in str(refused.value)


def test_the_lock_dies_with_a_killed_holder(seminar: Path, snapshots_root: Path) -> None:
    with _held_by_child(seminar, snapshots_root) as child:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()

        document = Document.open(seminar, snapshots_root=snapshots_root)

    assert document.is_open
    document.close()


def test_a_holder_closing_lets_the_next_one_in(seminar: Path, snapshots_root: Path) -> None:
    with _held_by_child(seminar, snapshots_root) as child:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "closed"

        Document.open(seminar, snapshots_root=snapshots_root).close()


def test_a_second_open_in_the_same_process_is_refused(seminar: Path, snapshots_root: Path) -> None:
    first = Document.open(seminar, snapshots_root=snapshots_root)
    try:
        with pytest.raises(AlreadyOpen, match=f"processus {os.getpid()}"):
            Document.open(seminar, snapshots_root=snapshots_root)
    finally:
        first.close()


def test_close_releases_and_removes_the_lock_file(seminar: Path, snapshots_root: Path) -> None:
    document = Document.open(seminar, snapshots_root=snapshots_root)
    assert lock_path(seminar).read_text().strip() == str(os.getpid())

    document.close()

    assert not lock_path(seminar).exists()
    with Document.open(seminar, snapshots_root=snapshots_root) as again:
        assert again.is_open


def test_create_takes_the_lock_too(tmp_path: Path) -> None:
    path = tmp_path / "neuf.influence"
    with Document.create(path, snapshots_root=tmp_path / "snaps"), pytest.raises(AlreadyOpen):
        Document.open(path, snapshots_root=tmp_path / "snaps")


def test_a_stale_lock_file_from_a_dead_process_does_not_block(seminar: Path) -> None:
    lock_path(seminar).write_text("999999\n")  # left by a crash: nobody holds the flock

    lock = DocumentLock(seminar)
    lock.acquire()

    assert lock_path(seminar).read_text().strip() == str(os.getpid())
    lock.release()
