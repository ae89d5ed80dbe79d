"""Snapshots of a document through the SQLite backup API, checked, then renamed into tiers."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from influence_app import paths
from influence_app.storage.errors import DamagedFile, SnapshotFailed
from influence_app.storage.files import fsync_path
from influence_app.storage.readonly import readonly_connection

Clock = Callable[[], dt.datetime]


class SnapshotReason(StrEnum):
    AUTO = "auto"
    BEFORE_IMPORT = "before-import"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"
    END_OF_DAY = "end-of-day"
    MANUAL = "manual"


# Tiers: `auto` every 5 minutes covers the last hour; the rarer reasons keep a week of seminar.
KEEP = {SnapshotReason.AUTO: 12}
KEEP_OTHERS = 5

SUFFIX = ".influence"
_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6})Z_([a-z-]+)\.influence$")
_STAMP = "%Y%m%dT%H%M%S.%f"


@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    taken_at: dt.datetime  # aware, local time: ready to show ("vous êtes revenu à 14:32")
    reason: SnapshotReason
    size: int


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SnapshotStore:
    """The snapshots of one document, in its own folder under `root`.

    `change_counter` tells `take_if_changed` whether anything was committed since the last
    snapshot (an open Document passes its commit count); without it every call counts as a
    change. `clock` returns aware UTC datetimes (tests pass a fake one).
    """

    def __init__(
        self,
        root: Path,
        document_path: Path,
        *,
        change_counter: Callable[[], int] | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.document_path = Path(document_path)
        self.folder = Path(root) / folder_name(self.document_path)
        self._change_counter = change_counter
        self._clock = clock
        self._seen = change_counter() if change_counter else None

    @classmethod
    def for_document(cls, document_path: Path, root: Path | None = None) -> SnapshotStore:
        """The store of a document that is not open, under the user's snapshots folder."""
        return cls(root or paths.snapshots_dir(), document_path)

    def take(self, reason: SnapshotReason = SnapshotReason.MANUAL) -> SnapshotInfo:
        """Copy the document's committed state now; older snapshots of `reason` rotate out."""
        reason = SnapshotReason(reason)
        seen = self._change_counter() if self._change_counter else None
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self._free_name(self._clock(), reason)
        _write_snapshot(self.document_path, final)
        self._seen = seen
        self._prune(reason)
        return _info(final)

    def take_if_changed(self, min_interval: float = 300.0) -> SnapshotInfo | None:
        """An `auto` snapshot when something changed and the newest is `min_interval` s old."""
        if self._change_counter and self._change_counter() == self._seen:
            return None
        newest = self.newest()
        age = self._clock() - newest.taken_at if newest else None
        if age is not None and age.total_seconds() < min_interval:
            return None
        return self.take(SnapshotReason.AUTO)

    def list(self) -> list[SnapshotInfo]:
        """All snapshots of this document, newest first."""
        if not self.folder.is_dir():
            return []
        found = [_info(path) for path in self.folder.iterdir() if _NAME.match(path.name)]
        return sorted(found, key=lambda info: info.taken_at, reverse=True)

    def newest(self) -> SnapshotInfo | None:
        snapshots = self.list()
        return snapshots[0] if snapshots else None

    def _free_name(self, when: dt.datetime, reason: SnapshotReason) -> Path:
        """A name no snapshot has: two snapshots in one microsecond get distinct stamps."""
        while True:
            stamp = when.astimezone(dt.UTC).strftime(_STAMP)
            path = self.folder / f"{stamp}Z_{reason.value}{SUFFIX}"
            if not path.exists():
                return path
            when += dt.timedelta(microseconds=1)

    def _prune(self, reason: SnapshotReason) -> None:
        keep = KEEP.get(reason, KEEP_OTHERS)
        same = [info for info in self.list() if info.reason == reason]
        for info in same[keep:]:
            info.path.unlink(missing_ok=True)


def folder_name(document_path: Path) -> str:
    """Readable stem plus a hash of the full path: two `seminaire.influence` never mix."""
    resolved = str(Path(document_path).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", Path(document_path).stem)[:40] or "document"
    return f"{stem}-{digest}"


def snapshot_time(path: Path) -> dt.datetime:
    """When a snapshot was taken: from its name, else (a file picked by hand) its mtime."""
    match = _NAME.match(Path(path).name)
    if match:
        taken = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
        return taken.astimezone()
    return dt.datetime.fromtimestamp(Path(path).stat().st_mtime).astimezone()


def _info(path: Path) -> SnapshotInfo:
    match = _NAME.match(path.name)
    reason = SnapshotReason(match.group(2)) if match else SnapshotReason.MANUAL
    return SnapshotInfo(path, snapshot_time(path), reason, path.stat().st_size)


def _write_snapshot(document_path: Path, final: Path) -> None:
    """Backup to a temp name, check it, rename: a snapshot on disk is always a whole one."""
    partial = final.with_name(f".{final.name}.partial")
    try:
        _backup(document_path, partial)
        fsync_path(partial)
        os.replace(partial, final)
        fsync_path(final.parent)
    except (sqlite3.OperationalError, OSError) as error:  # disk full, no permission, I/O
        raise SnapshotFailed(final.parent, str(error)) from error
    except sqlite3.DatabaseError as error:  # "malformed": the source itself is damaged
        raise DamagedFile(document_path, str(error)) from error
    finally:
        partial.unlink(missing_ok=True)


def _backup(document_path: Path, target: Path) -> None:
    # The backup API reads a consistent committed state, WAL included; copying the live file
    # could miss what is still in -wal (measured: such a copy was unreadable after disk full).
    with readonly_connection(document_path) as source, closing(sqlite3.connect(target)) as copy:
        copy.execute("PRAGMA synchronous=OFF")  # _write_snapshot fsyncs before the rename
        source.backup(copy)
        # A snapshot is one self-contained file: no -wal to forget when it is copied around.
        copy.execute("PRAGMA journal_mode=DELETE")
        lines = tuple(row[0] for row in copy.execute("PRAGMA quick_check"))
    if lines != ("ok",):
        raise DamagedFile(document_path, "", lines)
