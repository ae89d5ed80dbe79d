"""Every module outside the GUI imports without Qt, so exports and checks run headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import influence_app

PACKAGE_DIR = Path(influence_app.__file__).parent

IMPORT_ALL_WITHOUT_QT = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any `import PySide6...` now raises ImportError
import influence_app
skipped = ("influence_app.gui", "influence_app.app", "influence_app.__main__")
names = [m.name for m in pkgutil.walk_packages(influence_app.__path__, "influence_app.")
         if not m.name.startswith(skipped) and ".migrations." not in m.name]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_everything_outside_gui_imports_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_WITHOUT_QT], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the walk really found the modules


def test_no_source_file_outside_gui_mentions_pyside6() -> None:
    offenders = [
        path.relative_to(PACKAGE_DIR)
        for path in PACKAGE_DIR.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE_DIR).parts and "PySide6" in path.read_text("utf-8")
    ]
    assert offenders == []
