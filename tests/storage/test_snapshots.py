"""Snapshots: whole, checked, committed state only, named by time and reason, rotated by tier."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from influence_app.domain.models import Contribution
from influence_app.storage.document import Document
from influence_app.storage.errors import DamagedFile
from influence_app.storage.guard import inspect_document
from influence_app.storage.snapshots import (
    KEEP,
    KEEP_OTHERS,
    SnapshotReason,
    SnapshotStore,
    folder_name,
)
from tests.storage.corpus import add_contributions, build_corpus, contribution_ids


class FakeClock:
    """UTC time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 17, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_a_snapshot_is_a_whole_healthy_seminar_of_its_own(
    seminar: Path, snapshots_root: Path
) -> None:
    info = SnapshotStore(snapshots_root, seminar).take(SnapshotReason.MANUAL)

    assert info.path.parent == snapshots_root / folder_name(seminar)
    assert info.path.name.endswith("_manual.influence")
    assert info.size == info.path.stat().st_size
    assert inspect_document(info.path).ok
    assert contribution_ids(info.path) == contribution_ids(seminar)
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]  # no -wal


def test_an_open_document_snapshots_what_is_still_in_its_wal(
    seminar: Path, snapshots_root: Path, tmp_path: Path
) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        add_contributions(document, 3, first=50)
        naive_copy = tmp_path / "naive.influence"
        shutil.copyfile(seminar, naive_copy)  # what "copy the live file" would keep

        info = document.snapshots.take()

    assert len(contribution_ids(info.path)) == 13
    with closing(sqlite3.connect(f"file:{naive_copy}?immutable=1", uri=True)) as copy:
        assert copy.execute("SELECT count(*) FROM contribution").fetchone()[0] == 10


def test_a_snapshot_holds_committed_work_only(seminar: Path, snapshots_root: Path) -> None:
    document = Document.open(seminar, snapshots_root=snapshots_root)
    with document.transaction() as session:
        session.add(Contribution(id="pas-encore", session_id="s-1", text="en cours"))
        session.flush()  # written to the file's transaction, not committed

        info = document.snapshots.take()
    document.close()

    assert "pas-encore" not in contribution_ids(info.path)
    assert "pas-encore" in contribution_ids(seminar)


def test_list_is_newest_first_with_time_and_reason(seminar: Path, snapshots_root: Path) -> None:
    clock = FakeClock()
    store = SnapshotStore(snapshots_root, seminar, clock=clock)
    store.take(SnapshotReason.BEFORE_IMPORT)
    clock.advance(60)
    store.take(SnapshotReason.END_OF_DAY)

    first, second = store.list()

    assert (first.reason, second.reason) == (SnapshotReason.END_OF_DAY, "before-import")
    assert first.taken_at == clock.now and first.taken_at.utcoffset() is not None
    assert first.taken_at - second.taken_at == dt.timedelta(seconds=60)


def test_tiers_keep_the_newest_of_each_reason(seminar: Path, snapshots_root: Path) -> None:
    clock = FakeClock()
    store = SnapshotStore(snapshots_root, seminar, clock=clock)
    for _ in range(KEEP[SnapshotReason.AUTO] + 2):
        clock.advance(300)
        store.take(SnapshotReason.AUTO)
    oldest_kept = clock.now - dt.timedelta(seconds=300 * (KEEP[SnapshotReason.AUTO] - 1))
    for _ in range(KEEP_OTHERS + 1):
        clock.advance(1)
        store.take(SnapshotReason.MANUAL)
    store.take(SnapshotReason.END_OF_DAY)

    autos = [info for info in store.list() if info.reason == "auto"]
    manuals = [info for info in store.list() if info.reason == "manual"]
    assert len(autos) == 12 and min(info.taken_at for info in autos) == oldest_kept
    assert len(manuals) == 5
    assert [info.reason for info in store.list()].count("end-of-day") == 1


def test_take_if_changed_waits_for_a_change_and_the_interval(
    seminar: Path, snapshots_root: Path
) -> None:
    clock = FakeClock()
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        store = SnapshotStore(
            snapshots_root, seminar, change_counter=lambda: document.commit_count, clock=clock
        )
        assert store.take_if_changed() is None  # nothing committed since opening

        add_contributions(document, 1, first=60)
        assert store.take_if_changed().reason == "auto"  # first snapshot: no interval to wait

        add_contributions(document, 1, first=61)
        clock.advance(299)
        assert store.take_if_changed(min_interval=300) is None  # changed, but too soon
        clock.advance(1)
        taken = store.take_if_changed(min_interval=300)
        assert taken is not None and "c-61" in contribution_ids(taken.path)

        clock.advance(3600)
        assert store.take_if_changed() is None  # nothing new since


def test_document_snapshots_count_its_commits(seminar: Path, snapshots_root: Path) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        assert document.snapshots.take_if_changed() is None
        add_contributions(document, 1, first=70)
        assert document.snapshots.take_if_changed() is not None
        assert document.snapshots.list()[0].reason == SnapshotReason.AUTO


def test_a_damaged_document_gives_no_snapshot(tmp_path: Path, snapshots_root: Path) -> None:
    scribbled = build_corpus(tmp_path / "corpus")["scribbled"]
    store = SnapshotStore(snapshots_root, scribbled)

    with pytest.raises(DamagedFile):
        store.take()

    assert list(store.folder.iterdir()) == []  # not even a temp file


def test_two_documents_with_the_same_name_never_mix(tmp_path: Path, snapshots_root: Path) -> None:
    one = tmp_path / "a" / "seminaire.influence"
    other = tmp_path / "b" / "seminaire.influence"

    assert folder_name(one) != folder_name(other)
    assert folder_name(one).startswith("seminaire-")


def test_for_document_uses_the_user_snapshots_folder(seminar: Path) -> None:
    from influence_app import paths

    store = SnapshotStore.for_document(seminar)

    assert store.folder.parent == paths.snapshots_dir()
    assert store.list() == []
