"""Schema migrations (Alembic) run from code, each upgrade in one all-or-nothing transaction."""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from influence_app.storage.engine import APPLICATION_ID, make_migration_engine
from influence_app.storage.snapshots import SnapshotInfo, SnapshotReason, SnapshotStore

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration runs: opening an up-to-date document (every start
# of the app) needs only the revision numbers, read from the file names below.
SCRIPT_LOCATION = Path(__file__).parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config(script_location: Path | None = None) -> Config:
    """A Config built in code: the app ships no alembic.ini."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    config.set_main_option("path_separator", "os")
    return config


def head_revision(script_location: Path | None = None) -> str:
    return max(known_revisions(script_location))


def schema_number(revision: str) -> int:
    """Revision ids are zero-padded numbers ("0001"); the number is the user_version."""
    return int(revision)


def head_number(script_location: Path | None = None) -> int:
    return schema_number(head_revision(script_location))


def known_revisions(script_location: Path | None = None) -> set[str]:
    """Revision ids are the zero-padded numbers opening each file name in versions/."""
    folder = (script_location or SCRIPT_LOCATION) / "versions"
    found = {m.group(1) for p in folder.iterdir() if (m := _REVISION_FILE.match(p.name))}
    if not found:
        raise RuntimeError("no migration found")
    return found


def create_schema(path: Path, script_location: Path | None = None) -> None:
    """Build the whole schema of a new document through the migrations."""
    upgrade(path, script_location)


def upgrade(path: Path, script_location: Path | None = None) -> None:
    """Migrate `path` to head; a failure anywhere rolls the whole upgrade back."""
    from alembic import command

    config = alembic_config(script_location)
    target = head_number(script_location)
    with _migration_connection(path) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        # Same transaction as the DDL, so the tags never claim a schema the file lacks.
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version={target}")


def upgrade_with_snapshot(
    path: Path, snapshots: SnapshotStore, script_location: Path | None = None
) -> SnapshotInfo:
    """Snapshot an existing document, then upgrade it; returns the snapshot to go back to."""
    snapshot = snapshots.take(SnapshotReason.BEFORE_MIGRATION)
    upgrade(path, script_location)
    return snapshot


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


@contextmanager
def _migration_connection(path: Path) -> Iterator[Connection]:
    engine = make_migration_engine(path)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def new_revision(message: str, script_location: Path | None = None) -> None:
    """Autogenerate the next revision against a scratch document at head (developer tool)."""
    from alembic import command

    location = script_location or SCRIPT_LOCATION
    config = alembic_config(location)
    rev_id = f"{head_number(location) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.influence"
        upgrade(scratch, location)
        with _migration_connection(scratch) as connection, connection.begin():
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":  # python -m influence_app.storage.migrate "add x to y"
    new_revision(" ".join(sys.argv[1:]) or "change")
