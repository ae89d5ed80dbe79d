"""Small file-system helpers shared by the store: sidecar names, durable renames."""

from __future__ import annotations

import os
from pathlib import Path


def sidecar(path: Path, suffix: str) -> Path:
    """`name.influence-wal` / `-shm`: where SQLite keeps a WAL document's journal and index."""
    return path.with_name(path.name + suffix)


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder after a rename in it, to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def free_path(path: Path) -> Path:
    """`path`, or `path-2`, `path-3`… whichever does not exist yet."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}-{number}")
    return candidate
