"""What the app remembers between runs: recent documents, last document, window layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from influence_app import paths

MAX_RECENT = 10
FILE_NAME = "influence.ini"


class AppSettings:
    """A typed face over one QSettings INI file; tests hand it a file in tmp_path."""

    def __init__(self, file: Path) -> None:
        self.file = Path(file)
        self._store = QSettings(str(self.file), QSettings.Format.IniFormat)

    @classmethod
    def default(cls) -> AppSettings:
        """The user's settings, under the platform's config folder."""
        return cls(paths.config_dir() / FILE_NAME)

    # ---------------------------------------------------------------- documents

    def recent_documents(self) -> list[Path]:
        """Most recent first, only files that still exist (a USB key may be out)."""
        return [path for path in self._recent() if path.is_file()]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        kept = [item for item in self._recent() if item != path]
        self._store.setValue("documents/recent", [str(p) for p in [path, *kept][:MAX_RECENT]])

    def last_document(self) -> Path | None:
        value = self._store.value("documents/last", "")
        return Path(str(value)) if value else None

    def set_last_document(self, path: Path | None) -> None:
        self._store.setValue("documents/last", str(Path(path).resolve()) if path else "")

    # ---------------------------------------------------------------- window

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def last_screen(self) -> str | None:
        value = self._store.value("window/screen", "")
        return str(value) or None

    def set_last_screen(self, key: str) -> None:
        self._store.setValue("window/screen", key)

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes later, or at exit)."""
        self._store.sync()

    # ---------------------------------------------------------------- helpers

    def _recent(self) -> list[Path]:
        value = self._store.value("documents/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(str(item)) for item in items if item]

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
