"""Composition root: paths → settings → document → services → GUI (Qt imported only here down)."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

from influence_app import paths

# Loaded before Qt on purpose: once the Qt binding is imported, its import hook reads the
# source of every module imported after it (about 300 for SQLModel, SQLAlchemy and pydantic),
# which added about 70 ms to each start (benches/bench_startup.py).
DATA_LAYERS = ("influence_app.services.catalog", "influence_app.services.history")


def run_gui(document_path: Path | None) -> int:
    """Start the desktop application, optionally on a seminar file; returns the exit status."""
    # Start-up makes some 500,000 objects that live as long as the app (modules, classes,
    # mappings): collecting cycles among them is wasted work, about 50 ms of each start.
    # gui.application.run freezes them and turns the collector back on once the window is up.
    gc.disable()
    for module in DATA_LAYERS:
        importlib.import_module(module)
    from influence_app.gui.application import run
    from influence_app.gui.settings import FILE_NAME, AppSettings

    return run(document_path, AppSettings(paths.config_dir() / FILE_NAME))
