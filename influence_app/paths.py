"""Where things live: user dirs (platformdirs) and bundled resources (checkout, wheel, bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "influence"
APP_AUTHOR = "LeMouvementAssociatif"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside it in a wheel or bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(__file__).parent / "resources", Path(__file__).parent.parent / "resources"]
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "influence_app" / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ folder not found next to the influence_app package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def locale_dir() -> Path:
    return resources_dir() / "translations"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def snapshots_dir() -> Path:
    """Snapshots live outside the document's folder so a lost USB key does not take them too."""
    return data_dir() / "snapshots"
