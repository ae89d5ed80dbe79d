"""The headless commands as a user or a script runs them: exit status, one-line errors, files."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from influence_app.cli import main
from tests.storage.corpus import EXPECTED_ERRORS, build_corpus


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.influence"
    assert main(["demo", str(path)]) == 0
    return path


def test_demo_export_import_export_gives_identical_json(demo: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["export", str(demo), "--format", "json", "-o", str(first)]) == 0
    assert main(["import", str(first), str(tmp_path / "e.influence")]) == 0
    assert main(["export", str(tmp_path / "e.influence"), "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    archive = json.loads(first.read_text("utf-8"))
    assert archive["format"] == "influence-seminar" and len(archive["contributions"]) >= 150


def test_new_creates_a_seminar_from_the_template(tmp_path: Path) -> None:
    path = tmp_path / "n.influence"
    assert main(["new", str(path), "--title", "Séminaire d'automne", "--start", "2026-10-06"]) == 0
    assert main(["export", str(path), "-o", str(tmp_path / "n.json")]) == 0
    archive = json.loads((tmp_path / "n.json").read_text("utf-8"))
    assert archive["seminar"]["title"] == "Séminaire d'automne"
    assert [day["date"] for day in archive["days"]] == ["2026-10-06", "2026-10-07", "2026-10-08"]
    assert len(archive["categories"]) == 30


def test_import_refuses_to_overwrite_an_existing_file(demo: Path, tmp_path: Path, capsys) -> None:
    archive = tmp_path / "a.json"
    main(["export", str(demo), "-o", str(archive)])
    target = tmp_path / "existing.influence"
    target.write_bytes(b"precious")
    assert main(["import", str(archive), str(target)]) == 1
    assert target.read_bytes() == b"precious"
    assert "existe déjà" in capsys.readouterr().err


def test_rejected_import_names_the_path_and_leaves_no_file(
    demo: Path, tmp_path: Path, capsys
) -> None:
    archive = tmp_path / "a.json"
    main(["export", str(demo), "-o", str(archive)])
    data = json.loads(archive.read_text("utf-8"))
    data["sessions"][3]["day"] = "day-99"
    archive.write_text(json.dumps(data), "utf-8")
    target = tmp_path / "t.influence"
    assert main(["import", str(archive), str(target)]) == 1
    error = capsys.readouterr().err
    assert "sessions[3].day" in error and error.count("\n") == 1
    assert not any(tmp_path.glob("t.influence*"))


def test_check_accepts_a_healthy_document(demo: Path, capsys) -> None:
    assert main(["check", str(demo)]) == 0
    assert "bon état" in capsys.readouterr().out


def test_check_refuses_each_bad_file_with_its_own_message(tmp_path: Path, capsys) -> None:
    corpus = build_corpus(tmp_path / "corpus")
    messages = {}
    for name, path in corpus.items():
        before = digest(path)
        assert main(["check", str(path)]) == 1, name
        messages[name] = capsys.readouterr().err.strip()
        assert digest(path) == before, f"{name} was modified by check"
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert set(messages) == set(EXPECTED_ERRORS)
    kinds = {"empty": "vide", "foreign": "autre programme", "newer": "plus récente"}
    for name, word in kinds.items():
        assert word in messages[name]


def test_snapshots_and_restore_bring_back_an_earlier_state(tmp_path: Path, capsys) -> None:
    from influence_app.storage.document import Document
    from influence_app.storage.snapshots import SnapshotStore

    path = tmp_path / "s.influence"
    assert main(["new", str(path), "--title", "Avant"]) == 0
    with Document.open(path) as document:
        snapshot = document.snapshots.take()
    assert main(["snapshots", str(path)]) == 0
    assert str(snapshot.path) in capsys.readouterr().out
    with Document.open(path) as document:
        from influence_app.services.seminar import SeminarService

        SeminarService(document).update(title="Après")
    assert main(["restore", str(path), str(snapshot.path)]) == 0
    assert "revenu" in capsys.readouterr().out
    with Document.open(path) as document:
        assert SeminarService(document).get().title == "Avant"
    assert SnapshotStore.for_document(path).list()  # the before-restore snapshot is there too


def test_second_opener_is_refused_with_the_holders_pid(demo: Path, tmp_path: Path, capsys) -> None:
    from influence_app.storage.document import Document

    with Document.open(demo):
        code = subprocess.run(
            [sys.executable, "-m", "influence_app", "export", str(demo), "-o", str(tmp_path / "x")],
            capture_output=True,
            text=True,
            check=False,
        )
    assert code.returncode == 1
    assert "déjà ouvert" in code.stderr and "processus" in code.stderr


def test_usage_errors_exit_with_status_2(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["export"])
    assert stop.value.code == 2
