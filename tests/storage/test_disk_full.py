"""Disk full: the failed commit says so, earlier commits stay, writing resumes with space."""

from __future__ import annotations

from pathlib import Path

import pytest

from influence_app.domain.models import Contribution
from influence_app.storage.document import Document
from influence_app.storage.errors import DiskFull
from tests.storage.corpus import add_contributions, contribution_ids


def _limit_pages(document: Document, pages: int | None) -> None:
    """`max_page_count` makes SQLite answer "database or disk is full" as a full disk would."""
    with document.engine.connect() as connection:
        if pages is None:
            pages = 2**31 - 2
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")


def _page_count(document: Document) -> int:
    with document.engine.connect() as connection:
        return int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())


def _add_big(document: Document, identifier: str) -> None:
    with document.transaction() as session:
        session.add(Contribution(id=identifier, session_id="s-1", text="x" * 200_000))


def test_a_full_disk_raises_disk_full_and_loses_nothing_committed(
    seminar: Path, snapshots_root: Path
) -> None:
    saved: list[object] = []
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        add_contributions(document, 2, first=10)
        document.add_commit_listener(saved.append)
        _limit_pages(document, _page_count(document))

        with pytest.raises(DiskFull, match="Le disque est plein"):
            _add_big(document, "trop-gros")

        assert saved == []  # the "saved at" indicator must not claim this one
        with document.reading() as session:
            assert session.get(Contribution, "c-11") is not None
            assert session.get(Contribution, "trop-gros") is None

    assert len(contribution_ids(seminar)) == 12


def test_writing_resumes_when_space_is_back(seminar: Path, snapshots_root: Path) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        _limit_pages(document, _page_count(document))
        with pytest.raises(DiskFull):
            _add_big(document, "trop-gros")

        _limit_pages(document, None)
        _add_big(document, "apres")

    assert "apres" in contribution_ids(seminar)
    assert "trop-gros" not in contribution_ids(seminar)
