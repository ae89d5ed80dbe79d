"""Read-only SQLite access to a document that leaves its file and folder exactly as they were."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import quote

from influence_app.storage.files import sidecar


@contextmanager
def readonly_connection(path: Path, *, drop_new_shm: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write `path`.

    Without a `-wal` the main file holds everything: `immutable=1` reads it with no lock and no
    sidecar files (a plain `mode=ro` would create `-wal`/`-shm` and leave them behind). With a
    `-wal` (another process has it open, or one crashed) the WAL must be read too, so `mode=ro`.
    `drop_new_shm`: remove an `-shm` this read had to create; only safe while holding the lock.
    """
    wal, shm = sidecar(path, "-wal"), sidecar(path, "-shm")
    has_wal, had_shm = wal.exists(), shm.exists()
    mode = "mode=ro" if has_wal else "immutable=1"
    uri = f"file:{quote(str(path.resolve()))}?{mode}"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            yield connection
    finally:
        if drop_new_shm and has_wal and not had_shm:
            shm.unlink(missing_ok=True)
