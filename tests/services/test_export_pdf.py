"""The synthesis PDF of the demo seminar, read back as its readers will read it."""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from influence_app import paths
from influence_app.domain.models import Seminar
from influence_app.report import typography as ty
from influence_app.services.errors import ValidationError
from influence_app.services.export_pdf import ExportCancelled, ExportError, export_pdf
from influence_app.storage.document import Document
from tests.report.pdf_reading import (
    all_text,
    body_text,
    image_xobjects,
    metadata_text,
    outline_pages,
    outline_titles,
    page_texts,
    reader,
    squeeze,
)
from tests.report.seminars import demo_document

DEMO = json.loads(paths.resource("demo", "demo-seminar.json").read_text(encoding="utf-8"))
HIDDEN = [p["name"] for p in DEMO["participants"] if not p["named_in_report"]]
NAMED = [p["name"] for p in DEMO["participants"] if p["named_in_report"]]
NOW = dt.datetime(2026, 3, 13, 18, 4, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(folder / "data"))  # no snapshot outside tmp
        demo_document(folder / "demo.influence").close()
    return folder


@pytest.fixture
def demo(demo_dir: Path) -> Iterator[Document]:
    document = Document.open(demo_dir / "demo.influence", snapshots_root=demo_dir / "snap")
    yield document
    document.close()


@pytest.fixture(scope="module")
def complete_pdf(demo_dir: Path) -> Path:
    return _export_once(demo_dir, "complete.pdf", "complete")


@pytest.fixture(scope="module")
def participants_pdf(demo_dir: Path) -> Path:
    return _export_once(demo_dir, "participants.pdf", "participants")


@pytest.fixture(scope="module")
def complete_pages(complete_pdf: Path) -> list[str]:
    """Text extraction is slow: each PDF is read once per module."""
    return page_texts(reader(complete_pdf))


def _export_once(folder: Path, name: str, edition: str) -> Path:
    with Document.open(folder / "demo.influence", snapshots_root=folder / "snap") as document:
        return export_pdf(document, folder / name, edition=edition)


# ---------------------------------------------------------------- content


def test_every_goal_factor_action_and_contribution_is_in_the_pdf(complete_pdf: Path) -> None:
    shown = squeeze(body_text(reader(complete_pdf)))
    retained = [g["title"] for g in DEMO["goals"] if g["status"] == "retenu"]
    texts = (
        retained
        + [f["title"] for f in DEMO["factors"]]
        + [a["title"] for a in DEMO["actions"]]
        + [c["text"] for c in DEMO["contributions"]]
    )
    missing = [text for text in texts if squeeze(ty.french(text)) not in shown]
    assert missing == []


def test_each_retained_goal_has_its_chapter_in_the_outline(complete_pdf: Path) -> None:
    pdf = reader(complete_pdf)
    retained = [g["title"] for g in DEMO["goals"] if g["status"] == "retenu"]
    titles = outline_titles(pdf)
    assert titles[:3] == ["Chiffres clés", "Réseaux et participants", "Objectifs communs"]
    assert sorted(titles[3 : 3 + len(retained)]) == sorted(retained)  # in vote order
    assert titles[3 + len(retained) :] == [
        "Carte des acteurs",
        "Les moyens propres de chaque réseau",
        "Conditions internes",
        "Plan d’action",
        "Méthode",
        "Toutes les contributions",
    ]


def test_the_outline_points_at_the_pages_the_contents_announce(
    complete_pdf: Path, complete_pages: list[str]
) -> None:
    pages = outline_pages(reader(complete_pdf))
    assert list(pages.values()) == sorted(pages.values())
    for title, index in pages.items():
        assert squeeze(title) in squeeze(complete_pages[index])
        assert squeeze(title) + str(index + 1) in squeeze(complete_pages[1])


def test_page_count_is_plausible_and_footers_count_pages(
    complete_pdf: Path, complete_pages: list[str]
) -> None:
    pdf = reader(complete_pdf)
    count = len(pdf.pages)
    assert 25 <= count <= 90
    assert f"page 2 / {count}" in complete_pages[1]
    assert f"page {count} / {count}" in complete_pages[-1]
    assert image_xobjects(pdf) == []


def test_french_typography_on_dates_and_votes(complete_pages: list[str]) -> None:
    text = "\n".join(complete_pages)
    assert "10–12 mars 2026" in text
    assert "mardi 10 mars 2026" in text
    assert "19,7" in text  # weighted score with a decimal comma


# ---------------------------------------------------------------- editions and names


def test_participants_edition_names_nobody_who_did_not_consent(participants_pdf: Path) -> None:
    pdf = reader(participants_pdf)
    everything = all_text(pdf)
    squeezed = squeeze(everything)
    assert [name for name in HIDDEN if squeeze(name) in squeezed] == []
    assert all(squeeze(name) in squeezed for name in NAMED)
    assert "Synthèse · édition participants" in everything


def test_complete_edition_names_everyone(complete_pages: list[str]) -> None:
    squeezed = squeeze("".join(complete_pages))
    assert all(squeeze(name) in squeezed for name in HIDDEN + NAMED)


def test_metadata_carry_the_title_and_organiser_only(participants_pdf: Path) -> None:
    metadata = metadata_text(reader(participants_pdf))
    assert DEMO["seminar"]["title"] in metadata
    assert DEMO["seminar"]["organiser"] in metadata
    assert not any(name in metadata for name in HIDDEN + NAMED)


def test_anonymous_seminar_prints_no_author_in_either_edition(
    demo: Document, tmp_path: Path
) -> None:
    with demo.transaction() as session:
        seminar = session.exec(select(Seminar)).one()
        seminar.anonymous_authors = True
        session.add(seminar)
    try:
        for edition in ("complete", "participants"):
            pdf = reader(export_pdf(demo, tmp_path / f"{edition}.pdf", edition=edition))
            annex = outline_pages(pdf)["Toutes les contributions"]
            text = squeeze("".join(page.extract_text() for page in pdf.pages[annex:]))
            assert [n for n in HIDDEN + NAMED if squeeze(n) in text] == [], edition
            assert squeeze(DEMO["contributions"][0]["text"]) in text
    finally:
        with demo.transaction() as session:
            seminar = session.exec(select(Seminar)).one()
            seminar.anonymous_authors = False
            session.add(seminar)


def test_unknown_edition_is_refused(demo: Document, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Édition inconnue"):
        export_pdf(demo, tmp_path / "x.pdf", edition="public")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- draft and determinism


def test_draft_carries_the_watermark_and_the_export_time(
    demo: Document, tmp_path: Path, complete_pages: list[str]
) -> None:
    draft = reader(export_pdf(demo, tmp_path / "d.pdf", draft=True, now=NOW))
    assert "PROJET" in draft.pages[0].extract_text()
    assert "PROJET" in draft.pages[-1].extract_text()
    stamp = squeeze("exporté le 13 mars 2026 à 18 h 04")
    assert stamp in squeeze(draft.pages[5].extract_text())
    assert not any("PROJET" in text or "exporté le" in text for text in complete_pages)


def test_two_exports_are_byte_identical(demo: Document, tmp_path: Path, complete_pdf: Path) -> None:
    again = export_pdf(demo, tmp_path / "again.pdf").read_bytes()
    assert again == complete_pdf.read_bytes()


def test_another_process_exports_the_same_bytes(
    demo_dir: Path, complete_pdf: Path, tmp_path: Path
) -> None:
    out = tmp_path / "again.pdf"
    script = (
        "import sys; from pathlib import Path\n"
        "from influence_app.storage.document import Document\n"
        "from influence_app.services.export_pdf import export_pdf\n"
        "with Document.open(Path(sys.argv[1]), snapshots_root=Path(sys.argv[3])) as d:\n"
        "    export_pdf(d, Path(sys.argv[2]))\n"
    )
    args = [
        sys.executable,
        "-c",
        script,
        str(demo_dir / "demo.influence"),
        str(out),
        str(tmp_path / "snap"),
    ]
    subprocess.run(args, check=True, cwd=Path(__file__).parents[2], timeout=120)
    assert out.read_bytes() == complete_pdf.read_bytes()


# ---------------------------------------------------------------- progress, cancel, writing


def test_progress_advances_to_the_end(demo: Document, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    export_pdf(demo, tmp_path / "p.pdf", progress=lambda *call: calls.append(call))
    done = [call[0] for call in calls]
    assert done == sorted(done)
    assert calls[0][0] == 0 and calls[-1][:2] == (100, 100)
    assert len(calls) > 10
    assert all(label for _done, _total, label in calls)


def test_cancelling_writes_nothing_and_keeps_the_old_pdf(demo: Document, tmp_path: Path) -> None:
    out = tmp_path / "synthese.pdf"
    out.write_bytes(b"%PDF- previous export")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 50

    with pytest.raises(ExportCancelled):
        export_pdf(demo, out, cancelled=cancelled)
    assert out.read_bytes() == b"%PDF- previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["synthese.pdf"]


def test_a_write_failure_keeps_the_old_pdf_and_says_why(demo: Document, tmp_path: Path) -> None:
    out = tmp_path / "synthese.pdf"
    out.write_bytes(b"%PDF- previous export")
    with _file_size_limit(16 * 1024), pytest.raises(ExportError, match="synthese.pdf"):
        export_pdf(demo, out)
    assert out.read_bytes() == b"%PDF- previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["synthese.pdf"]


def test_a_folder_or_a_missing_folder_is_refused_before_any_work(
    demo: Document, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="est un dossier"):
        export_pdf(demo, tmp_path)
    with pytest.raises(ExportError, match="n’existe pas"):
        export_pdf(demo, tmp_path / "absent" / "synthese.pdf")


def test_a_read_only_folder_is_named_as_the_cause(demo: Document, tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("this user (root?) can write in a read-only folder")
        with pytest.raises(ExportError, match="lecture seule"):
            export_pdf(demo, folder / "synthese.pdf")
    finally:
        folder.chmod(0o755)


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


# ---------------------------------------------------------------- headless command


def test_the_export_command_writes_the_participants_draft(demo_dir: Path, tmp_path: Path) -> None:
    from influence_app.cli import main

    out = tmp_path / "synthese.pdf"
    argv = [
        "export",
        str(demo_dir / "demo.influence"),
        "--format",
        "pdf",
        "-o",
        str(out),
        "--edition",
        "participants",
        "--draft",
    ]
    assert main(argv) == 0
    first_page = reader(out).pages[0].extract_text()
    assert "PROJET" in first_page and "Édition participants" in first_page


def test_the_export_command_refuses_pdf_options_for_json(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from influence_app.cli import main

    argv = ["export", str(demo_dir / "demo.influence"), "-o", str(tmp_path / "a.json"), "--draft"]
    assert main(argv) == 1
    assert "--format pdf" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
