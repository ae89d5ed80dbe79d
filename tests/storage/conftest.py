"""Fixtures of the storage tests: a seminar on disk and a snapshots folder, both in tmp."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.storage.corpus import make_seminar


@pytest.fixture
def snapshots_root(tmp_path: Path) -> Path:
    return tmp_path / "snapshots"


@pytest.fixture
def seminar(tmp_path: Path, snapshots_root: Path) -> Path:
    """A closed seminar document holding contributions c-0 … c-9."""
    return make_seminar(tmp_path / "docs" / "seminaire.influence", 10, snapshots_root)
