"""SQLAlchemy engine on one SQLite file with the pragmas the reliability study chose."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

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


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=2000")
    cursor.close()
