"""Start-up time: process start to the main window shown with the demo seminar loaded.

Run: python benches/bench_startup.py. Reference: a bare PySide6 program showing an empty
QMainWindow. Each is a fresh child process, timed from just before it is spawned to the first
Expose event of its window (printed by the child, which then quits); median of RUNS runs each,
interleaved, after one warm-up run each. Goal: ratio ≤ 4. Uses the display if there is one,
else Qt's offscreen platform.

A third program, the fixed-stack floor, shows what DESIGN.md's stack costs before any code of
ours: SQLModel with our tables, one row read, the same empty window. The app's distance to it
is what our own code costs.

The children's CPU time (user + system) is printed too: on a busy machine the wall time
mostly measures the wait for a processor, the CPU time what start-up itself costs.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = 9
GOAL = 4.0

# The probe watches only the shown window's own QWindow for its first Expose: an application-
# wide filter would see every event of every widget in Python and slow the app it measures.
_PROBE = """
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class Probe(QObject):
    def __init__(self, ready):
        super().__init__()
        self.ready = ready

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed() and self.ready():
            print(f"shown {time.time():.6f}", flush=True)
            QApplication.instance().quit()
        return False

def watch(window, ready):
    global probe
    probe = Probe(ready)
    window.windowHandle().installEventFilter(probe)
"""

# Nor may the probe import Qt before the app does: PySide6 hooks every later import (it reads
# each module's source to look for Qt use), which would tax the app's own import order. So the
# app child runs the real entry point and hooks the main window's class when it is imported.
APP_CHILD = f"""
import importlib.abc, importlib.machinery, sys

class WatchMainWindow(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "influence_app.gui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            hook_show_event(module.MainWindow)

        spec.loader.exec_module = exec_module
        return spec

def hook_show_event(main_window):
    shown = main_window.showEvent

    def show_event(window, event):
        shown(window, event)
        if not hasattr(window, "watched"):
            window.watched = True
            exec(PROBE, globals())
            watch(window, lambda: window.document is not None)

    main_window.showEvent = show_event

PROBE = {_PROBE!r}
sys.meta_path.insert(0, WatchMainWindow())
from influence_app.cli import main
main(sys.argv[1:])
"""

# What any app on DESIGN.md's fixed stack pays before its own code: SQLModel (pydantic,
# SQLAlchemy) with the archive's 24 tables declared, the document read through it (one row),
# then the same empty window as the bare program. With the app's start-up care: data before
# Qt, the cycle collector off.
FLOOR_CHILD = (
    """
import gc, sys
gc.disable()
from sqlmodel import Session, create_engine
from influence_app.domain.models import Seminar
with Session(create_engine(f"sqlite:///{sys.argv[1]}")) as session:
    title = session.get(Seminar, 1).title
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
"""
    + _PROBE
    + """
window = QMainWindow()
window.setWindowTitle(title)
window.show()
watch(window, lambda: True)
app.exec()
"""
)

BARE_CHILD = (
    """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
"""
    + _PROBE
    + """
window = QMainWindow()
window.show()
watch(window, lambda: True)
app.exec()
"""
)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = child_environment(Path(folder))
        demo = prepare_demo(Path(folder), env)
        programs = {
            "Influence, main window with the demo seminar": (APP_CHILD, [str(demo)]),
            "bare PySide6, empty QMainWindow": (BARE_CHILD, []),
            "fixed-stack floor (SQLModel + tables + 1 row)": (FLOOR_CHILD, [str(demo)]),
        }
        runs: dict[str, list[tuple[float, float]]] = {label: [] for label in programs}
        for code, arguments in programs.values():  # warm-up: bytecode, file cache
            time_child(code, arguments, env)
        for _ in range(RUNS):  # interleaved, so a busy spell of the machine weighs on all
            for label, (code, arguments) in programs.items():
                runs[label].append(time_child(code, arguments, env))
    report(runs, env["QT_QPA_PLATFORM"])


def child_environment(folder: Path) -> dict[str, str]:
    """User folders in the temp folder: no last document, no settings, no snapshots of ours.
    Bytecode is written and reused, as in an installed app (pip compiles it at install)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def prepare_demo(folder: Path, env: dict[str, str]) -> Path:
    demo = folder / "demo.influence"
    command = [sys.executable, "-m", "influence_app", "demo", str(demo)]
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return demo


def time_child(code: str, arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from just before the spawn to the child's first exposed window, and the CPU
    seconds the child used in all (it quits right after)."""
    before = _children_cpu()
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    shown = [line for line in result.stdout.splitlines() if line.startswith("shown ")]
    if result.returncode != 0 or not shown:
        raise SystemExit(f"child failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return float(shown[0].split()[1]) - started, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report(runs: dict[str, list[tuple[float, float]]], platform: str) -> None:
    print(f"platform: {platform}, {RUNS} runs each, {os.cpu_count()} CPU(s)")
    for title, kind in (("wall time", 0), ("CPU time", 1)):
        medians = {
            label: statistics.median(run[kind] for run in times) for label, times in runs.items()
        }
        print(f"{title}:")
        for label, times in runs.items():
            print(f"  {label:46} {_figures([run[kind] for run in times])}")
        app_ms, bare_ms, floor_ms = medians.values()
        verdict = "OK" if app_ms / bare_ms <= GOAL else "above the goal"
        print(f"  ratio app / bare: {app_ms / bare_ms:.2f} (goal ≤ {GOAL:g}): {verdict}")
        print(f"  ratio floor / bare: {floor_ms / bare_ms:.2f} (the fixed stack alone)")
        print(f"  app above the floor: {(app_ms - floor_ms) * 1000:.0f} ms (our own code)")


def _figures(times: list[float]) -> str:
    runs = ", ".join(f"{t * 1000:.0f}" for t in times)
    return f"median {statistics.median(times) * 1000:.0f} ms (runs: {runs})"


if __name__ == "__main__":
    main()
