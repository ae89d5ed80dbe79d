"""One writer per document: an OS lock on `<document>.lock` that dies with its holder."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from influence_app.storage.errors import AlreadyOpen, NotWritable


def lock_path(document_path: Path) -> Path:
    return document_path.with_name(document_path.name + ".lock")


class DocumentLock:
    """`flock` on a file next to the document, holding our pid so a refusal can name it.

    flock belongs to the open file, so the kernel drops it when the holder exits or is killed:
    a crash never leaves the document locked. A second opener in the same process is refused
    too, since each acquire opens the lock file anew.
    """

    def __init__(self, document_path: Path) -> None:
        self.document_path = Path(document_path)
        self.path = lock_path(self.document_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyOpen naming the holder's pid."""
        while self._fd is None:
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pid = _read_pid(fd)
                os.close(fd)
                raise AlreadyOpen(self.document_path, pid) from None
            if not self._is_current(fd):  # its holder removed it as we opened it: start again
                os.close(fd)
                continue
            _write_pid(fd)
            self._fd = fd

    def release(self) -> None:
        """Remove the lock file, then drop the lock (in that order, see `_is_current`)."""
        if self._fd is None:
            return
        self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError as error:
            raise NotWritable(self.document_path) from error

    def _is_current(self, fd: int) -> bool:
        """Our locked file is still the one at `self.path` (release unlinks before unlocking)."""
        try:
            return os.stat(self.path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            return False


def _read_pid(fd: int) -> int | None:
    text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _write_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
