"""Fixtures of the application-shell tests, loaded with `pytest_plugins` by their modules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from influence_app.gui.main_window import MainWindow
from influence_app.gui.settings import AppSettings
from tests.gui.shell_support import ScriptedPrompts, build_demo, demo_copy


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo-master") / "demo.influence")


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    return demo_copy(demo_master, tmp_path / "documents")


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "config" / "influence.ini")


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def window(qtbot: Any, settings: AppSettings, prompts: ScriptedPrompts) -> Iterator[MainWindow]:
    shown = MainWindow(settings, prompts)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()  # releases the document, so tmp_path can go
