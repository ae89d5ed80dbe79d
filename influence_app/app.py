"""Composition root: paths → settings → document → services → GUI (Qt imported only here down)."""

from __future__ import annotations

from pathlib import Path

from influence_app import paths


def run_gui(document_path: Path | None) -> int:
    """Start the desktop application, optionally on a seminar file; returns the exit status."""
    from influence_app.gui.application import run
    from influence_app.gui.settings import FILE_NAME, AppSettings

    return run(document_path, AppSettings(paths.config_dir() / FILE_NAME))
