"""Archive use cases on real seminar files: round trip, all-or-nothing import, safe export."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from influence_app import paths
from influence_app.domain import models as m
from influence_app.exchange.archive_export import content_to_archive, dumps_archive
from influence_app.exchange.archive_import import parse_archive
from influence_app.exchange.errors import ArchiveError
from influence_app.services.archive import (
    ArchiveFileError,
    export_archive,
    import_archive_as_new,
    load_content,
    read_archive,
    replace_content,
)
from influence_app.storage.document import Document
from influence_app.storage.errors import DiskFull, DocumentExists
from tests.exchange.test_archive_sample import sample_archive, sample_content

DEMO = ("demo", "demo-seminar.json")


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Document]:
    """A seminar file holding the complete sample."""
    doc = Document.create(tmp_path / "seminar.influence")
    replace_content(doc, sample_content())
    yield doc
    doc.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir() if p.name.startswith(target.name))


# ---------------------------------------------------------------- round trip


def test_export_import_export_through_seminar_files_is_byte_identical(
    document: Document, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_archive(document, first, exported_at=None)
    copy = import_archive_as_new(first, tmp_path / "copy.influence")
    try:
        export_archive(copy, second, exported_at=None)
    finally:
        copy.close()
    assert second.read_bytes() == first.read_bytes()
    assert first.read_text("utf-8") == dumps_archive(sample_archive())


def test_exported_file_records_when_and_by_what_it_was_written(
    document: Document, tmp_path: Path
) -> None:
    out = tmp_path / "seminar.json"
    export_archive(document, out)
    data = json.loads(out.read_text("utf-8"))
    assert data["exported_at"] and data["generator"].startswith("Influence ")
    parse_archive(out.read_text("utf-8"))


def test_load_content_gives_detached_rows_in_their_order(document: Document) -> None:
    content = load_content(document)
    assert [day.id for day in content.days] == ["day-1", "day-2"]
    assert [network.id for network in content.networks] == ["net-a", "net-b"]
    assert content.seminar.title.startswith("Parcours influence")
    assert content_to_archive(content) == sample_archive()


def test_content_of_one_document_can_fill_another(document: Document, tmp_path: Path) -> None:
    other = Document.create(tmp_path / "other.influence")
    try:
        replace_content(other, load_content(document))
        assert content_to_archive(load_content(other)) == sample_archive()
    finally:
        other.close()


def test_replace_content_replaces_everything(document: Document) -> None:
    with document.transaction() as session:
        session.add(m.ActionSource(action_id="act-1", contribution_id="con-3"))
    smaller = parse_archive(dumps_archive(_minimal_archive()))
    replace_content(document, smaller)
    archive = content_to_archive(load_content(document))
    assert archive == _minimal_archive()
    with document.reading() as session:
        assert session.get(m.ActionSource, ("act-1", "con-3")) is None


def _minimal_archive() -> dict:
    archive = sample_archive()
    for name in ("sessions", "participants", "categories", "contributions", "goals", "factors"):
        archive[name] = []
    for name in ("stakeholders", "vote_rounds", "assessments", "actions"):
        archive[name] = []
    archive["days"] = archive["days"][:1]
    return archive


# ---------------------------------------------------------------- refused imports


def _bad_reference(text: str) -> str:
    return text.replace('"day": "day-2"', '"day": "day-9"')


def _wrong_type(text: str) -> str:
    return text.replace('"duration_min": 75', '"duration_min": "75"')


def _nan(text: str) -> str:
    return text.replace('"member_count": 1200', '"member_count": NaN')


def _duplicate_key(text: str) -> str:
    return text.replace('"index": 1,', '"index": 1,\n      "index": 1,')


def _truncated(text: str) -> str:
    return text[: len(text) * 2 // 3]


def _wrong_format(text: str) -> str:
    return text.replace('"influence-seminar"', '"autre-chose"')


def _wrong_version(text: str) -> str:
    return text.replace('"version": 1', '"version": 2')


BAD_ARCHIVES = [
    (_bad_reference, "sessions[2].day"),
    (_wrong_type, "sessions[2].duration_min"),
    (_nan, "networks[0].member_count"),
    (_duplicate_key, "days[0].index"),
    (_truncated, ""),
    (_wrong_format, "format"),
    (_wrong_version, "version"),
]


def _bad_file(tmp_path: Path, spoil) -> Path:  # type: ignore[no-untyped-def]
    text = dumps_archive(sample_archive())
    spoiled = spoil(text)
    assert spoiled != text
    path = tmp_path / "bad.json"
    path.write_text(spoiled, encoding="utf-8")
    return path


@pytest.mark.parametrize(("spoil", "path"), BAD_ARCHIVES, ids=lambda v: getattr(v, "__name__", v))
def test_refused_import_as_new_creates_nothing(tmp_path: Path, spoil, path: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "new.influence"
    with pytest.raises(ArchiveError) as caught:
        import_archive_as_new(_bad_file(tmp_path, spoil), target)
    assert caught.value.path == path
    if not path:
        assert caught.value.line is not None
    assert _leftovers(target) == []


@pytest.fixture
def seminar_file(tmp_path: Path) -> Path:
    """A closed seminar file holding the sample: its bytes are settled (WAL folded in)."""
    path = tmp_path / "settled.influence"
    doc = Document.create(path)
    try:
        replace_content(doc, sample_content())
    finally:
        doc.close()
    return path


def _refuse_replacing(path: Path, content_or_error, error_type=Exception, match=None):  # type: ignore[no-untyped-def]
    """Open `path`, fail to replace its content, close it; return the caught error."""
    doc = Document.open(path)
    try:
        with pytest.raises(error_type, match=match) as caught:
            replace_content(doc, content_or_error())
    finally:
        doc.close()
    return caught.value


@pytest.mark.parametrize(("spoil", "path"), BAD_ARCHIVES, ids=lambda v: getattr(v, "__name__", v))
def test_refused_import_into_the_open_document_leaves_it_byte_identical(
    seminar_file: Path,
    tmp_path: Path,
    spoil,
    path: str,  # type: ignore[no-untyped-def]
) -> None:
    bad = _bad_file(tmp_path, spoil)
    before = _sha(seminar_file)
    # What the GUI's "Import archive…" does: read the file, then replace the open document.
    error = _refuse_replacing(seminar_file, lambda: read_archive(bad), ArchiveError)
    assert error.path == path
    assert _sha(seminar_file) == before


def test_failure_inside_the_replacing_transaction_rolls_everything_back(
    seminar_file: Path,
) -> None:
    broken = sample_content()
    broken.votes[2].id = broken.votes[0].id  # passes archive checks, fails in the database
    before = _sha(seminar_file)
    _refuse_replacing(seminar_file, lambda: broken, match="UNIQUE")
    assert _sha(seminar_file) == before
    doc = Document.open(seminar_file)
    try:
        assert content_to_archive(load_content(doc)) == sample_archive()
    finally:
        doc.close()


def test_dangling_reference_in_content_is_refused_before_any_write(seminar_file: Path) -> None:
    broken = sample_content()
    broken.goal_networks.append(
        m.GoalNetwork(goal_id="goa-2", network_id="net-x", involvement="porte")
    )
    before = _sha(seminar_file)
    error = _refuse_replacing(seminar_file, lambda: broken, ArchiveError)
    assert error.path == "goals[1].networks[0].network"
    assert _sha(seminar_file) == before


def _big_archive_file(tmp_path: Path) -> Path:
    """A valid archive of about 2.4 MB: enough to overflow a capped file mid-import."""
    archive = sample_archive()
    archive["contributions"] += [
        {"id": f"big-{i}", "session": "ses-1", "text": "é" * 4000} for i in range(300)
    ]
    path = tmp_path / "big.json"
    path.write_text(dumps_archive(archive), encoding="utf-8")
    return path


def test_disk_full_during_import_as_new_leaves_nothing(tmp_path: Path) -> None:
    source, target = _big_archive_file(tmp_path), tmp_path / "new.influence"
    with _file_size_limit(512 * 1024), pytest.raises(DiskFull):
        import_archive_as_new(source, target)
    assert _leftovers(target) == []


def test_disk_full_while_replacing_leaves_the_document_byte_identical(
    seminar_file: Path, tmp_path: Path
) -> None:
    content = read_archive(_big_archive_file(tmp_path))
    before = _sha(seminar_file)
    doc = Document.open(seminar_file)
    try:
        with _file_size_limit(512 * 1024), pytest.raises(DiskFull):
            replace_content(doc, content)
        assert content_to_archive(load_content(doc)) == sample_archive()
    finally:
        doc.close()
    assert _sha(seminar_file) == before


def test_import_refuses_an_existing_target_and_leaves_it_alone(tmp_path: Path) -> None:
    archive = tmp_path / "seminar.json"
    archive.write_text(dumps_archive(sample_archive()), encoding="utf-8")
    target = tmp_path / "existing.influence"
    target.write_bytes(b"precious")
    with pytest.raises(DocumentExists):
        import_archive_as_new(archive, target)
    assert target.read_bytes() == b"precious"
    assert _leftovers(target) == ["existing.influence"]


def test_import_into_a_missing_folder_leaves_nothing(tmp_path: Path) -> None:
    archive = tmp_path / "seminar.json"
    archive.write_text(dumps_archive(sample_archive()), encoding="utf-8")
    with pytest.raises(ArchiveFileError, match="n'existe pas"):
        import_archive_as_new(archive, tmp_path / "nowhere" / "new.influence")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seminar.json"]


def test_missing_or_unreadable_archive_says_so(tmp_path: Path) -> None:
    with pytest.raises(ArchiveFileError, match="introuvable"):
        read_archive(tmp_path / "absent.json")
    with pytest.raises(ArchiveFileError, match="dossier"):
        read_archive(tmp_path)
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(dumps_archive(sample_archive()).encode("latin-1", errors="replace"))
    with pytest.raises(ArchiveError, match="UTF-8"):
        read_archive(latin1)


# ---------------------------------------------------------------- safe export


def test_export_onto_a_folder_is_refused(document: Document, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(ArchiveFileError, match="dossier"):
        export_archive(document, folder)
    assert list(folder.iterdir()) == []


def test_export_into_a_missing_folder_is_refused(document: Document, tmp_path: Path) -> None:
    with pytest.raises(ArchiveFileError, match="n'existe pas"):
        export_archive(document, tmp_path / "nowhere" / "seminar.json")


def test_write_failure_keeps_the_previous_export_intact(document: Document, tmp_path: Path) -> None:
    out = tmp_path / "seminar.json"
    export_archive(document, out, exported_at=None)
    previous = out.read_bytes()
    with _file_size_limit(1024), pytest.raises(ArchiveFileError, match="seminar.json"):
        export_archive(document, out)
    assert out.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir() if "seminar.json" in p.name) == [
        "seminar.json"
    ]


class _file_size_limit:  # noqa: N801  (used as a context manager, reads like one)
    """Make writes past `size` bytes fail with EFBIG, as a full or capped disk would."""

    def __init__(self, size: int) -> None:
        self.size = size

    def __enter__(self) -> None:
        self.signal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        self.soft, self.hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.size, self.hard))

    def __exit__(self, *_exc: object) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.soft, self.hard))
        signal.signal(signal.SIGXFSZ, self.signal)


def test_export_into_a_read_only_folder_says_so(document: Document, tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user (root?) can write in a read-only folder")
        with pytest.raises(ArchiveFileError, match="lecture seule"):
            export_archive(document, folder / "seminar.json")
    finally:
        folder.chmod(0o755)


def test_export_of_content_the_schema_refuses_writes_nothing(
    document: Document, tmp_path: Path
) -> None:
    with document.transaction() as session:
        session.get(m.Network, "net-a").acronym = "X" * 41  # type: ignore[union-attr]
    out = tmp_path / "seminar.json"
    with pytest.raises(ArchiveError) as caught:
        export_archive(document, out)
    assert caught.value.path == "networks[0].acronym"
    assert not out.exists()


# ---------------------------------------------------------------- demo seminar


def test_demo_seminar_round_trips_byte_identically(tmp_path: Path) -> None:
    demo = paths.resource(*DEMO)
    if not demo.exists():
        pytest.skip("resources/demo/demo-seminar.json is not written yet (another engineer's)")
    first = tmp_path / "first.json"
    imported = import_archive_as_new(demo, tmp_path / "demo.influence")
    try:
        export_archive(imported, first, exported_at=None)
    finally:
        imported.close()
    again = dumps_archive(content_to_archive(parse_archive(first.read_text("utf-8"))))
    assert again == first.read_text("utf-8")
