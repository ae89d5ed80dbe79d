"""Restore: back to a snapshot's state, the replaced file kept aside, never under an open writer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from influence_app.storage.document import Document
from influence_app.storage.errors import AlreadyOpen, NotASeminar
from influence_app.storage.guard import inspect_document
from influence_app.storage.restore import restore
from influence_app.storage.snapshots import SnapshotReason, SnapshotStore
from tests.storage.corpus import (
    add_contributions,
    build_corpus,
    contribution_ids,
    crash_after_commit,
    digest,
    folder_state,
)


def _aside(seminar: Path, suffix: str = "") -> list[Path]:
    return sorted(seminar.parent.glob(f"{seminar.name}.damaged-*{suffix}"))


def _snapshot_then_add(seminar: Path, snapshots_root: Path) -> Path:
    """Snapshot holding c-0…c-9, then c-100…c-104 committed after it."""
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        snapshot = document.snapshots.take(SnapshotReason.MANUAL)
        add_contributions(document, 5, first=100)
    return snapshot.path


def test_restore_brings_back_the_snapshot_and_tells_its_time(
    seminar: Path, snapshots_root: Path
) -> None:
    snapshot = _snapshot_then_add(seminar, snapshots_root)
    expected_ids = contribution_ids(snapshot)

    back_to = restore(seminar, snapshot, snapshots_root=snapshots_root)

    assert back_to == SnapshotStore(snapshots_root, seminar).list()[-1].taken_at
    assert isinstance(back_to, dt.datetime) and back_to.utcoffset() is not None
    assert contribution_ids(seminar) == expected_ids
    assert inspect_document(seminar).ok
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        add_contributions(document, 1, first=200)  # usable for writing again


def test_the_replaced_file_is_kept_aside_and_snapshotted(
    seminar: Path, snapshots_root: Path
) -> None:
    snapshot = _snapshot_then_add(seminar, snapshots_root)
    replaced_digest = digest(seminar)

    restore(seminar, snapshot, snapshots_root=snapshots_root)

    [aside] = _aside(seminar)
    assert digest(aside) == replaced_digest
    [before_restore] = [
        info
        for info in SnapshotStore(snapshots_root, seminar).list()
        if info.reason == "before-restore"
    ]
    assert "c-104" in contribution_ids(before_restore.path)


def test_restore_is_refused_while_the_document_is_open(seminar: Path, snapshots_root: Path) -> None:
    snapshot = _snapshot_then_add(seminar, snapshots_root)
    with Document.open(seminar, snapshots_root=snapshots_root):
        before = folder_state(seminar.parent)

        with pytest.raises(AlreadyOpen):
            restore(seminar, snapshot, snapshots_root=snapshots_root)

        assert folder_state(seminar.parent) == before


def test_a_bad_snapshot_is_refused_and_the_document_untouched(
    seminar: Path, snapshots_root: Path, tmp_path: Path
) -> None:
    not_a_seminar = build_corpus(tmp_path / "corpus")["json"]
    before = folder_state(seminar.parent)

    with pytest.raises(NotASeminar):
        restore(seminar, not_a_seminar, snapshots_root=snapshots_root)

    assert folder_state(seminar.parent) == before


def test_a_damaged_document_is_replaced_and_kept_as_it_was(
    tmp_path: Path, snapshots_root: Path, seminar: Path
) -> None:
    snapshot = SnapshotStore(snapshots_root, seminar).take()
    damaged = build_corpus(tmp_path / "corpus")["scribbled"]
    damaged_digest = digest(damaged)

    restore(damaged, snapshot.path, snapshots_root=snapshots_root)

    assert inspect_document(damaged).ok
    [aside] = _aside(damaged)
    assert digest(aside) == damaged_digest
    assert SnapshotStore(snapshots_root, damaged).list() == []  # unreadable: nothing to keep


def test_sidecars_of_a_crashed_file_move_aside_with_it(seminar: Path, snapshots_root: Path) -> None:
    snapshot = SnapshotStore(snapshots_root, seminar).take()
    crash_after_commit(seminar, snapshots_root, first=300)

    restore(seminar, snapshot.path, snapshots_root=snapshots_root)

    assert not seminar.with_name(seminar.name + "-wal").exists()  # never replayed onto it
    assert contribution_ids(seminar) == contribution_ids(snapshot.path)
    [aside] = _aside(seminar, suffix="-wal")
    assert "c-304" in contribution_ids(aside.with_name(aside.name.removesuffix("-wal")))


def test_restoring_the_oldest_before_restore_snapshot_survives_rotation(
    seminar: Path, snapshots_root: Path
) -> None:
    past = dt.datetime(2026, 3, 17, 8, 0, tzinfo=dt.UTC)
    old = SnapshotStore(snapshots_root, seminar, clock=lambda: past)
    oldest = old.take(SnapshotReason.BEFORE_RESTORE)
    for minutes in range(1, 5):
        SnapshotStore(
            snapshots_root, seminar, clock=lambda m=minutes: past + dt.timedelta(minutes=m)
        ).take(SnapshotReason.BEFORE_RESTORE)

    restore(seminar, oldest.path, snapshots_root=snapshots_root)

    assert not oldest.path.exists()  # rotated out by the new before-restore snapshot…
    assert inspect_document(seminar).ok  # …after it had been copied in
