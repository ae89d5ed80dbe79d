"""Start-up time: process start to the main window shown with the demo seminar loaded.

Run: python benches/bench_startup.py. Reference: a bare PySide6 program showing an empty
QMainWindow. Each is a fresh child process, timed from just before it is spawned to the first
Expose event of its window (printed by the child, which then quits); median of RUNS runs each.
Goal: ratio ≤ 4. Uses the display if there is one, else Qt's offscreen platform.

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

# An application-wide filter sees the window's first Expose; the real entry point then runs.
_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

class Probe(QObject):
    def __init__(self, ready):
        super().__init__()
        self.ready = ready

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow):
            if watched.isExposed() and self.ready():
                print(f"shown {time.time():.6f}", flush=True)
                QApplication.instance().quit()
        return False

app = QApplication(sys.argv[:1])
"""

# The probe must not import Qt before the app does: PySide6 hooks every later import (it reads
# each module's source to look for Qt use), so importing it first would tax the app's own
# start-up order. The app child therefore installs the probe when the main window is built.
APP_CHILD = (
    """
import importlib.abc, importlib.machinery, sys, time

class ProbeOnMainWindow(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "influence_app.gui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            build = module.MainWindow.__init__

            def init(window, *args, **kwargs):
                build(window, *args, **kwargs)
                install_probe(module.MainWindow)

            module.MainWindow.__init__ = init

        spec.loader.exec_module = exec_module
        return spec

def install_probe(main_window_class):
"""
    + "\n".join("    " + line for line in _PROBE.strip().splitlines()).replace(
        "    app = QApplication(sys.argv[:1])", "    app = QApplication.instance()"
    )
    + """
    def loaded():
        return any(
            isinstance(w, main_window_class) and w.document is not None
            for w in app.topLevelWidgets()
        )

    global probe
    probe = Probe(loaded)
    app.installEventFilter(probe)

sys.meta_path.insert(0, ProbeOnMainWindow())
from influence_app.cli import main
main(sys.argv[1:])
"""
)

BARE_CHILD = (
    _PROBE
    + """
from PySide6.QtWidgets import QMainWindow
probe = Probe(lambda: True)
app.installEventFilter(probe)
window = QMainWindow()
window.show()
app.exec()
"""
)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = child_environment(Path(folder))
        demo = prepare_demo(Path(folder), env)
        time_child(APP_CHILD, [str(demo)], env)  # warm-up: bytecode written, files cached
        time_child(BARE_CHILD, [], env)
        app, bare = [], []
        for _ in range(RUNS):  # interleaved, so a busy spell of the machine weighs on both
            app.append(time_child(APP_CHILD, [str(demo)], env))
            bare.append(time_child(BARE_CHILD, [], env))
    report(app, bare, env["QT_QPA_PLATFORM"])


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


def report(app: list[tuple[float, float]], bare: list[tuple[float, float]], platform: str) -> None:
    print(f"platform: {platform}, {RUNS} runs each, {os.cpu_count()} CPU(s)")
    for label, kind in (("wall time", 0), ("CPU time", 1)):
        app_times, bare_times = [run[kind] for run in app], [run[kind] for run in bare]
        ratio = statistics.median(app_times) / statistics.median(bare_times)
        print(f"{label}:")
        print(f"  Influence, main window with the demo seminar: {_figures(app_times)}")
        print(f"  bare PySide6, empty QMainWindow:             {_figures(bare_times)}")
        verdict = "OK" if ratio <= GOAL else "above the goal"
        print(f"  ratio: {ratio:.2f} (goal ≤ {GOAL:g}): {verdict}")


def _figures(times: list[float]) -> str:
    runs = ", ".join(f"{t * 1000:.0f}" for t in times)
    return f"median {statistics.median(times) * 1000:.0f} ms (runs: {runs})"


if __name__ == "__main__":
    main()
