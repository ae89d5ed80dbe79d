"""An open seminar document: one SQLite file, one connection, short transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from influence_app import paths
from influence_app.domain import models  # noqa: F401  (registers the tables)
from influence_app.storage import guard, journal, migrate
from influence_app.storage.engine import make_engine
from influence_app.storage.errors import DiskFull, DocumentExists
from influence_app.storage.files import sidecar
from influence_app.storage.lock import DocumentLock
from influence_app.storage.snapshots import SnapshotStore

CommitListener = Callable[[dt.datetime], None]


class Document:
    """A seminar file opened for reading and writing by this process, and only this one.

    Get one through `create` or `open`; `close` it (or use `with`) to release the file.
    """

    def __init__(self, path: Path, lock: DocumentLock, snapshots_root: Path | None = None) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        journal.install(self.engine)  # undo/redo: see services.history
        self.last_saved_at: dt.datetime | None = None
        self.commit_count = 0
        self.snapshots = SnapshotStore(
            snapshots_root or paths.snapshots_dir(),
            self.path,
            change_counter=lambda: self.commit_count,
        )
        self._lock = lock
        self._listeners: list[CommitListener] = []
        # Connect now: a WAL left by a crash is folded in, and an unusable file fails here.
        try:
            with self.engine.connect():
                pass
        except BaseException:
            self.engine.dispose()
            raise

    @classmethod
    def create(cls, path: Path, *, snapshots_root: Path | None = None) -> Document:
        """A new, empty document at `path`, schema built by the migrations; never overwrites."""
        path = Path(path)
        if path.exists():
            raise DocumentExists(path)
        lock = _locked(path)
        try:
            if path.exists():  # created by someone else between our check and our lock
                raise DocumentExists(path)
            _build_schema(path)
            return cls(path, lock, snapshots_root)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, path: Path, *, snapshots_root: Path | None = None) -> Document:
        """Open an existing document after the guard's checks; migrate it if it is older.

        Raises a DocumentError (MissingFile, EmptyFile, NotASeminar, ForeignDatabase,
        NewerSchema, DamagedFile, AlreadyOpen, NotWritable) and then leaves the file untouched.
        """
        path = Path(path)
        # Refuse strangers before even creating a lock file beside them; pages are checked
        # once we hold the lock, so nobody writes while we read them.
        guard.verify(path, check_pages=False)
        lock = _locked(path)
        try:
            version = guard.verify(path, holding_lock=True)
            if version < migrate.head_number():
                store = SnapshotStore(snapshots_root or paths.snapshots_dir(), path)
                migrate.upgrade_with_snapshot(path, store)
            return cls(path, lock, snapshots_root)
        except BaseException:
            lock.release()
            raise

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short write transaction: committed on success, rolled back on any error."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except OperationalError as error:
            session.rollback()
            if _is_disk_full(error):
                raise DiskFull(self.path) from error
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        self._notify_saved()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only; nothing it does is committed.

        Closing (not rolling back) ends it: a rollback would expire the objects it returned,
        while close detaches them with their loaded values; the pool still rolls back the SQL.
        """
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.close()

    def add_commit_listener(self, listener: CommitListener) -> None:
        self._listeners.append(listener)

    def close(self) -> None:
        """Release the file: last connection closed (WAL folded back), then the lock."""
        self.engine.dispose()
        self._lock.release()

    @property
    def is_open(self) -> bool:
        return self._lock.held

    def __enter__(self) -> Document:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _notify_saved(self) -> None:
        self.commit_count += 1
        self.last_saved_at = dt.datetime.now().astimezone()
        for listener in list(self._listeners):
            listener(self.last_saved_at)


def _locked(path: Path) -> DocumentLock:
    lock = DocumentLock(path)
    lock.acquire()
    return lock


def _build_schema(path: Path) -> None:
    try:
        migrate.create_schema(path)
    except BaseException:
        for leftover in (path, sidecar(path, "-wal"), sidecar(path, "-shm")):
            leftover.unlink(missing_ok=True)  # ours: created under our lock a moment ago
        raise


def _is_disk_full(error: OperationalError) -> bool:
    message = str(error.orig).lower()
    return "database or disk is full" in message or "disk i/o error" in message
