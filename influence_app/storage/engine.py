"""SQLAlchemy engines on one SQLite file with the pragmas the reliability study chose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool, StaticPool

# Our own tag in the SQLite header (offset 68): "INFL". Tells a seminar from other SQLite files.
APPLICATION_ID = 0x494E464C


def make_engine(path: Path) -> Engine:
    """One connection (StaticPool), WAL, synchronous=FULL, foreign keys enforced."""
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def make_migration_engine(path: Path) -> Engine:
    """An engine whose transactions really cover DDL (the pysqlite recipe), for migrations.

    pysqlite otherwise commits before every DDL statement, so a migration failing half-way
    would leave the schema half-changed. Foreign keys stay off: batch mode rebuilds tables,
    and dropping a parent table with them on would cascade-delete its children's rows.
    """
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _set_migration_pragmas)
    event.listen(engine, "begin", _emit_begin)
    return engine


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.close()


def _set_migration_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see _emit_begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.close()


def _emit_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")
