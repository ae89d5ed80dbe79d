"""An open seminar document: one SQLite file, one connection, short transactions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel

from influence_app.domain import models  # noqa: F401  (registers the tables)
from influence_app.storage.engine import APPLICATION_ID, make_engine
from influence_app.storage.errors import DiskFull, DocumentExists

CommitListener = Callable[[dt.datetime], None]


class Document:
    """A seminar file opened for reading and writing by this process."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self.last_saved_at: dt.datetime | None = None
        self._listeners: list[CommitListener] = []

    @classmethod
    def create(cls, path: Path) -> Document:
        """A new, empty document at `path`; refuses to overwrite anything."""
        path = Path(path)
        if path.exists():
            raise DocumentExists(path)
        document = cls(path)
        SQLModel.metadata.create_all(document.engine)
        with document.engine.begin() as connection:
            connection.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
        return document

    @classmethod
    def open(cls, path: Path) -> Document:
        return cls(Path(path))

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
        """A session for queries only; nothing it does is committed."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def add_commit_listener(self, listener: CommitListener) -> None:
        self._listeners.append(listener)

    def close(self) -> None:
        self.engine.dispose()

    def _notify_saved(self) -> None:
        self.last_saved_at = dt.datetime.now().astimezone()
        for listener in list(self._listeners):
            listener(self.last_saved_at)


def _is_disk_full(error: OperationalError) -> bool:
    message = str(error.orig).lower()
    return "database or disk is full" in message or "disk i/o error" in message
