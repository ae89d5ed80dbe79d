"""Guarded open: tell a healthy seminar from anything else without writing a byte."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from influence_app.i18n import _
from influence_app.storage import migrate
from influence_app.storage.engine import APPLICATION_ID
from influence_app.storage.errors import (
    DamagedFile,
    DocumentError,
    EmptyFile,
    ForeignDatabase,
    MissingFile,
    NewerSchema,
    NotASeminar,
)
from influence_app.storage.readonly import readonly_connection

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_SIZE = 100


@dataclass(frozen=True)
class Health:
    """What `inspect_document` found; `message` is French, ready for the user."""

    ok: bool
    message: str
    problem: str | None = None  # name of the error class when not ok, e.g. "DamagedFile"
    schema_version: int | None = None
    size: int | None = None
    details: tuple[str, ...] = ()  # quick_check lines when the file is damaged


def verify(path: Path, *, holding_lock: bool = False, check_pages: bool = True) -> int:
    """The document's schema number, or the DocumentError that says why it cannot be opened.

    Order matters: cheap byte checks first, so a file that is not SQLite at all is never
    handed to SQLite. `holding_lock` lets the read tidy the `-shm` it may have had to create;
    `check_pages=False` skips quick_check (the only step whose cost grows with the file).
    """
    path = Path(path)
    _check_bytes(path)
    try:
        with readonly_connection(path, drop_new_shm=holding_lock) as connection:
            return _check_contents(path, connection, check_pages)
    except sqlite3.DatabaseError as error:
        # The magic bytes were right, so whatever SQLite refuses now ("file is not a
        # database", "malformed") is damage, not a stranger.
        raise DamagedFile(path, _("SQLite ne parvient pas à le lire."), (str(error),)) from error


def inspect_document(path: Path) -> Health:
    """Full check for the `check` command and the GUI; never modifies the file."""
    path = Path(path)
    try:
        version = verify(path)
    except DocumentError as error:
        return _unhealthy(path, error)
    message = _("« {path} » est en bon état (schéma {version}).").format(path=path, version=version)
    return Health(True, message, schema_version=version, size=path.stat().st_size)


def _unhealthy(path: Path, error: DocumentError) -> Health:
    size = path.stat().st_size if path.is_file() else None
    details = error.details if isinstance(error, DamagedFile) else ()
    return Health(False, str(error), type(error).__name__, size=size, details=details)


def _check_bytes(path: Path) -> None:
    if not path.exists():
        raise MissingFile(path)
    if not path.is_file():
        raise NotASeminar(path)
    with path.open("rb") as file:
        header = file.read(SQLITE_HEADER_SIZE)
    if not header:
        raise EmptyFile(path)
    if not header.startswith(SQLITE_MAGIC):
        raise NotASeminar(path)
    if len(header) < SQLITE_HEADER_SIZE:
        raise DamagedFile(path, _("L'en-tête du fichier est tronqué."))


def _check_contents(path: Path, connection: sqlite3.Connection, check_pages: bool) -> int:
    # Read through SQLite, not the header bytes: after a crash the newest values may be in -wal.
    if _pragma(connection, "application_id") != APPLICATION_ID:
        raise ForeignDatabase(path)
    version = _check_schema(path, connection)
    if check_pages:
        _check_pages(path, connection)
    return version


def _check_schema(path: Path, connection: sqlite3.Connection) -> int:
    version = _pragma(connection, "user_version")
    if version > migrate.head_number():
        raise NewerSchema(path, version)
    revision = _stored_revision(connection)
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerSchema(path, revision)
    if version == 0 or revision is None:
        raise DamagedFile(path, _("Sa version de schéma est absente."))
    return version


def _check_pages(path: Path, connection: sqlite3.Connection) -> None:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    lines = tuple(line for row in rows for line in str(row[0]).splitlines())
    if lines != ("ok",):
        raise DamagedFile(path, _("La vérification a trouvé des pages abîmées."), lines)


def _stored_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table
        return None
    return row[0] if row else None


def _pragma(connection: sqlite3.Connection, name: str) -> int:
    return int(connection.execute(f"PRAGMA {name}").fetchone()[0])
