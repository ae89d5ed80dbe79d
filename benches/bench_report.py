"""Synthesis PDF export time: the demo seminar against one ten times larger.

Run: python benches/bench_report.py [--repeat N]. The large seminar is the demo archive with
its contributions, goals, levers and obstacles, stakeholders, actions and vote rounds copied
ten times (ids suffixed, links kept inside each copy), imported through the archive service:
ten times the content, from the same eleven networks and twenty people. A third seminar also
copies the networks, participants and self-assessments ten times: its network × goal and
network × lever matrices grow a hundredfold, so its ratio is printed for information only.
Each export is timed, wall-clock and CPU (best of N, default 2); peak memory is measured in
a separate run under tracemalloc (Python allocations) and as the process's peak resident set
size. Goal: the large export takes at most 12 times the demo's (near-linear layout).
"""

from __future__ import annotations

import copy
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from influence_app import paths  # noqa: E402
from influence_app.services.archive import import_archive_as_new  # noqa: E402
from influence_app.services.export_pdf import export_pdf  # noqa: E402
from influence_app.storage.document import Document  # noqa: E402

SCALE = 10
GOAL_RATIO = 12.0
# Collections whose items are copied; days, sessions and categories are shared by the copies.
CONTENT = ("contributions", "goals", "factors", "stakeholders", "vote_rounds", "actions")
PEOPLE = ("networks", "participants")


def main() -> None:
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 2
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder  # snapshots, if any, stay in the temp folder
        demo = Path(folder, "demo.influence")
        large = Path(folder, "large.influence")
        crowd = Path(folder, "crowd.influence")
        import_archive_as_new(paths.resource("demo", "demo-seminar.json"), demo).close()
        import_archive_as_new(_large_archive(Path(folder), CONTENT), large).close()
        import_archive_as_new(_large_archive(Path(folder), CONTENT + PEOPLE), crowd).close()
        small = _best_time(demo, Path(folder, "demo.pdf"), repeat)
        large_run = _best_time(large, Path(folder, "large.pdf"), repeat)
        crowd_run = _best_time(crowd, Path(folder, "crowd.pdf"), 1)
        small_peak = _traced_peak(demo, Path(folder, "demo-traced.pdf"))
        large_peak = _traced_peak(large, Path(folder, "large-traced.pdf"))
    _report(small, small_peak, large_run, large_peak, crowd_run)


def _large_archive(folder: Path, copied: tuple[str, ...]) -> Path:
    """The demo archive with the `copied` collections copied SCALE times."""
    archive = json.loads(paths.resource("demo", "demo-seminar.json").read_text("utf-8"))
    ids = {item["id"] for name in copied for item in archive[name]}
    # Self-assessments are keyed by network: they multiply only with the networks.
    for name in copied + (("assessments",) if "networks" in copied else ()):
        originals = archive[name]
        archive[name] = [
            _renamed(copy.deepcopy(item), ids, index)
            for index in range(SCALE)
            for item in originals
        ]
    path = folder / f"large-{len(copied)}.json"
    path.write_text(json.dumps(archive, ensure_ascii=False), "utf-8")
    return path


def _renamed(value: Any, ids: set[str], index: int) -> Any:
    """Copy `index` of a value: every id of a copied collection gets the copy's suffix."""
    if index == 0:
        return value
    if isinstance(value, str):
        return f"{value}~{index}" if value in ids else value
    if isinstance(value, list):
        return [_renamed(item, ids, index) for item in value]
    if isinstance(value, dict):
        return {key: _renamed(item, ids, index) for key, item in value.items()}
    return value


def _best_time(path: Path, out: Path, repeat: int) -> tuple[float, float, int]:
    """Best wall-clock and CPU seconds of `repeat` exports, and the page count."""
    with Document.open(path) as document:
        walls, cpus = [], []
        for _ in range(repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            export_pdf(document, out)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), out.read_bytes().count(b"/Type /Page\n")


def _traced_peak(path: Path, out: Path) -> int:
    with Document.open(path) as document:
        tracemalloc.start()
        try:
            export_pdf(document, out)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def _report(
    small: tuple[float, float, int],
    small_peak: int,
    large: tuple[float, float, int],
    large_peak: int,
    crowd: tuple[float, float, int],
) -> None:
    """Ratios on CPU time too: other processes on a shared machine inflate wall-clock time."""
    wall_ratio, cpu_ratio = large[0] / small[0], large[1] / small[1]
    verdict = "ok" if cpu_ratio <= GOAL_RATIO else "MISSED"
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is KiB on Linux
    print(_line("demo seminar", small, small_peak))
    print(_line(f"{SCALE}× larger seminar", large, large_peak))
    print(f"{'ratio large / demo':<20}: {wall_ratio:6.2f} wall  {cpu_ratio:6.2f} CPU", end="")
    print(f"  (goal ≤ {GOAL_RATIO:g}: {verdict})")
    print(f"{'process peak RSS':<20}: {rss:6.1f} MiB")
    print(_line(f"{SCALE}× networks too", crowd, 0).split("  traced")[0], end="")
    print(f"  (ratio {crowd[1] / small[1]:.2f} CPU: its matrices are {SCALE * SCALE}× larger)")


def _line(label: str, run: tuple[float, float, int], peak: int) -> str:
    wall, cpu, pages = run
    return (
        f"{label:<20}: {wall:6.2f} s wall  {cpu:6.2f} s CPU  {pages:4d} pages"
        f"  traced peak {peak / 2**20:6.1f} MiB"
    )


if __name__ == "__main__":
    main()
