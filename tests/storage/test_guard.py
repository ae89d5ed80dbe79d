"""Guarded open: every bad file is refused with its own message and left byte-identical."""

from __future__ import annotations

from pathlib import Path

import pytest

from influence_app.storage.document import Document
from influence_app.storage.errors import (
    DamagedFile,
    DocumentError,
    EmptyFile,
    MissingFile,
    NotASeminar,
)
from influence_app.storage.guard import inspect_document
from tests.storage.corpus import (
    EXPECTED_ERRORS,
    add_contributions,
    build_corpus,
    contribution_ids,
    crash_after_commit,
    digest,
    folder_state,
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.mark.parametrize("case", sorted(EXPECTED_ERRORS))
def test_open_refuses_each_bad_file_with_its_own_error(
    corpus: dict[str, Path], case: str, snapshots_root: Path
) -> None:
    path = corpus[case]
    before = folder_state(path.parent)

    with pytest.raises(EXPECTED_ERRORS[case]) as refused:
        Document.open(path, snapshots_root=snapshots_root)

    assert str(path) in str(refused.value)
    assert folder_state(path.parent) == before  # same bytes, and no -wal, -shm or .lock left


@pytest.mark.parametrize("case", sorted(EXPECTED_ERRORS))
def test_inspect_reports_each_bad_file_without_touching_it(
    corpus: dict[str, Path], case: str
) -> None:
    path = corpus[case]
    before = folder_state(path.parent)

    health = inspect_document(path)

    assert not health.ok
    assert health.problem == EXPECTED_ERRORS[case].__name__
    assert folder_state(path.parent) == before


def test_each_kind_of_refusal_reads_differently(corpus: dict[str, Path]) -> None:
    messages = {}
    for case, path in corpus.items():
        messages[EXPECTED_ERRORS[case]] = inspect_document(path).message.replace(str(path), "")

    assert len(set(messages.values())) == len(messages)
    assert all("«" in message for message in messages.values())  # French, quoting the file


def test_a_scribbled_page_is_caught_by_quick_check(corpus: dict[str, Path]) -> None:
    health = inspect_document(corpus["scribbled"])

    assert health.problem == "DamagedFile"
    assert health.details and health.details != ("ok",)


def test_a_missing_file_is_named_clearly(tmp_path: Path) -> None:
    path = tmp_path / "parti.influence"

    with pytest.raises(MissingFile, match="introuvable"):
        Document.open(path)
    assert inspect_document(path).problem == "MissingFile"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_named_like_a_seminar_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.influence"
    folder.mkdir()

    with pytest.raises(NotASeminar):
        Document.open(folder)


def test_a_short_header_is_damage_not_a_stranger(tmp_path: Path) -> None:
    path = tmp_path / "court.influence"
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00")

    with pytest.raises(DamagedFile):
        Document.open(path)


def test_a_healthy_seminar_passes_inspection_untouched(seminar: Path) -> None:
    before = folder_state(seminar.parent)

    health = inspect_document(seminar)

    assert health.ok and health.problem is None
    assert health.schema_version == 1 and health.size == seminar.stat().st_size
    assert folder_state(seminar.parent) == before


def test_inspect_while_open_elsewhere_reads_without_disturbing(
    seminar: Path, snapshots_root: Path
) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        add_contributions(document, 2, first=40)

        health = inspect_document(seminar)

        assert health.ok
        add_contributions(document, 1, first=42)  # the holder goes on writing
    assert len(contribution_ids(seminar)) == 13


def test_all_refusals_are_document_errors() -> None:
    assert all(issubclass(error, DocumentError) for error in EXPECTED_ERRORS.values())
    assert EmptyFile is EXPECTED_ERRORS["empty"]


def test_inspect_reads_commits_still_in_the_wal_of_a_crashed_writer(
    seminar: Path, snapshots_root: Path
) -> None:
    crash_after_commit(seminar, snapshots_root, first=100)
    wal = seminar.with_name(seminar.name + "-wal")
    main_before, wal_before = digest(seminar), digest(wal)

    health = inspect_document(seminar)

    assert health.ok
    assert (digest(seminar), digest(wal)) == (main_before, wal_before)


def test_open_after_a_crash_keeps_every_commit(seminar: Path, snapshots_root: Path) -> None:
    crash_after_commit(seminar, snapshots_root, first=100)

    Document.open(seminar, snapshots_root=snapshots_root).close()

    assert not seminar.with_name(seminar.name + "-wal").exists()  # folded back into the file
    assert len(contribution_ids(seminar)) == 15
