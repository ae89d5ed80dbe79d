"""The committed Python forms are exactly what pyside6-uic makes of the Designer files in ui/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))
UIC = Path(sys.executable).with_name("pyside6-uic")


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[path.stem for path in UI_FILES])
def test_committed_form_matches_its_designer_file(ui_file: Path, tmp_path: Path) -> None:
    compiled = tmp_path / f"ui_{ui_file.stem}.py"
    subprocess.run([str(UIC), str(ui_file), "-o", str(compiled)], check=True)
    committed = ROOT / "influence_app" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    assert committed.read_text("utf-8") == compiled.read_text("utf-8"), "run `make forms`"


def test_every_designer_file_has_a_committed_form() -> None:
    compiled = (ROOT / "influence_app/gui/forms").glob("ui_*.py")
    forms = {path.stem.removeprefix("ui_") for path in compiled}
    assert {path.stem for path in UI_FILES} == forms
