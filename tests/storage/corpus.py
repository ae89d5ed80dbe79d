"""Bad `.influence` files built on demand, each with the error a guarded open must raise."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from influence_app.domain.models import AgendaSession, Contribution, Day, Seminar
from influence_app.storage import migrate
from influence_app.storage.document import Document
from influence_app.storage.errors import (
    DamagedFile,
    DocumentError,
    EmptyFile,
    ForeignDatabase,
    NewerSchema,
    NotASeminar,
)
from influence_app.storage.readonly import readonly_connection

EXPECTED_ERRORS: dict[str, type[DocumentError]] = {
    "empty": EmptyFile,
    "random": NotASeminar,
    "json": NotASeminar,
    "foreign": ForeignDatabase,
    "scribbled": DamagedFile,
    "truncated": DamagedFile,
    "newer": NewerSchema,
}

PAGE_SIZE = 4096


def build_corpus(folder: Path) -> dict[str, Path]:
    """One file per EXPECTED_ERRORS key in `folder` (closed, no -wal/-shm/.lock beside them)."""
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder / "_scratch"
    real = make_seminar(scratch / "real.influence", contributions=3000, snapshots_root=scratch)
    corpus = {
        "empty": _write(folder / "empty.influence", b""),
        "random": _write(folder / "random.influence", random.Random(1848).randbytes(8192)),
        "json": _write(folder / "json.influence", _archive_json()),
        "foreign": _foreign_sqlite(folder / "foreign.influence"),
        "scribbled": _scribbled(real, folder / "scribbled.influence"),
        "truncated": _truncated(real, folder / "truncated.influence"),
        "newer": _newer(real, folder / "newer.influence"),
    }
    shutil.rmtree(scratch)
    return corpus


def make_seminar(path: Path, contributions: int = 10, snapshots_root: Path | None = None) -> Path:
    """A real, closed seminar document with one day, one session and `contributions` rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with Document.create(path, snapshots_root=snapshots_root) as document:
        add_contributions(document, contributions, first=0, with_seminar=True)
    return path


def add_contributions(
    document: Document, count: int, first: int = 0, with_seminar: bool = False
) -> None:
    with document.transaction() as session:
        if with_seminar:
            session.add(Seminar(title="Séminaire test", start_date=_DAY, end_date=_DAY))
            session.add(Day(id="day-1", index=1, date=_DAY))
            session.flush()  # no relationship() tells the unit of work that days come first
            session.add(AgendaSession(**_SESSION))
        for number in range(first, first + count):
            text = f"Contribution {number} : mutualiser les plaidoyers des réseaux. " * 2
            session.add(Contribution(id=f"c-{number}", session_id="s-1", text=text))


_CRASH_AFTER_COMMIT = """
import sys
from pathlib import Path
from influence_app.storage.document import Document
from tests.storage.corpus import add_contributions
document = Document.open(Path(sys.argv[1]), snapshots_root=Path(sys.argv[2]))
add_contributions(document, int(sys.argv[4]), first=int(sys.argv[3]))
print("committed", flush=True)
sys.stdin.readline()
"""


def crash_after_commit(path: Path, snapshots_root: Path, first: int, count: int = 5) -> None:
    """A real process opens `path`, commits `count` contributions and is killed (SIGKILL):
    the document is left with its -wal and -shm, as after a crash or a power cut."""
    arguments = [str(path), str(snapshots_root), str(first), str(count)]
    child = subprocess.Popen(
        [sys.executable, "-c", _CRASH_AFTER_COMMIT, *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "committed"
    finally:
        child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def contribution_ids(path: Path) -> list[str]:
    """Ids in a document, committed ones still in its -wal included, read without writing."""
    with readonly_connection(path) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM contribution ORDER BY id")]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in `folder` with its hash: equal before and after means nothing was touched."""
    return {item.name: digest(item) for item in sorted(folder.iterdir()) if item.is_file()}


_DAY = dt.date(2026, 3, 17)
_SESSION = dict(
    id="s-1", day_id="day-1", position=1, start_time="09:30", duration_min=90, title="Plénière"
)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _archive_json() -> bytes:
    archive = {"format": "influence-archive", "version": 1, "seminar": {"title": "Renommé"}}
    return json.dumps(archive, ensure_ascii=False).encode("utf-8")


def _foreign_sqlite(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT, email TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Ada', 'ada@example.org')")
        connection.commit()
    return path


def _scribbled(real: Path, path: Path) -> Path:
    """A copy with the middle half of one page overwritten, on a page quick_check notices."""
    data = bytearray(real.read_bytes())
    pages = len(data) // PAGE_SIZE
    for page in range(pages // 2, pages):
        candidate = bytearray(data)
        start = page * PAGE_SIZE + PAGE_SIZE // 4
        candidate[start : start + PAGE_SIZE // 2] = b"\xff" * (PAGE_SIZE // 2)
        _write(path, bytes(candidate))
        if not _quick_check_passes(path):
            return path
    raise AssertionError("no page whose scribbling quick_check detects")


def _truncated(real: Path, path: Path) -> Path:
    data = real.read_bytes()
    return _write(path, data[: (len(data) // PAGE_SIZE // 2) * PAGE_SIZE])


def _newer(real: Path, path: Path) -> Path:
    shutil.copyfile(real, path)
    newer = migrate.head_number() + 1
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version={newer}")
        connection.execute("UPDATE alembic_version SET version_num = ?", (f"{newer:04d}",))
        connection.commit()
    return path


def _quick_check_passes(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as connection:
            return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
