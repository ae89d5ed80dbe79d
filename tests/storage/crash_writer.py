"""Child of the crash-safety test: forks capture workers for the test to kill with SIGKILL.

Usage: python crash_writer.py DOCUMENT SNAPSHOTS_DIR. The heavy imports are paid once here;
each line read on stdin forks a worker that opens the document afresh, prints "ready <pid>",
then captures contributions through `ContributionService.add`, printing each id once the call
has returned (committed), until it is killed. Once the worker is gone this process prints
"exit <code>" (-9 for SIGKILL), so everything the worker printed comes before that line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from influence_app.services.agenda import SessionService
from influence_app.services.contributions import ContributionService
from influence_app.storage.document import Document


def capture(path: Path, snapshots_root: Path) -> None:
    document = Document.open(path, snapshots_root=snapshots_root)
    session_id = SessionService(document).list()[0].id
    contributions = ContributionService(document)
    print(f"ready {os.getpid()}", flush=True)
    number = 0
    while True:
        said = contributions.add(session_id, f"Contribution {number} saisie en direct")
        # One write() of a short line is atomic on a pipe; print() under PYTHONUNBUFFERED makes two,
        # and a kill between them would tear the line.
        sys.stdout.write(f"{said.id}\n")
        sys.stdout.flush()
        number += 1


def worker(path: Path, snapshots_root: Path) -> None:
    try:
        capture(path, snapshots_root)
    except BaseException as error:  # e.g. AlreadyOpen: the test shows it instead of hanging
        print(f"error {error!r}", flush=True)
    finally:
        os._exit(1)


def main(path: Path, snapshots_root: Path) -> None:
    print("imported", flush=True)
    for _line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            worker(path, snapshots_root)
        _, status = os.waitpid(pid, 0)
        # The leading newline ends whatever the killed worker had half-written.
        sys.stdout.write(f"\nexit {os.waitstatus_to_exitcode(status)}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
