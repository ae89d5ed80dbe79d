"""The document API services rely on: create, transactions, reading, listeners, close."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from influence_app.domain.models import Contribution
from influence_app.storage.document import Document
from influence_app.storage.errors import DocumentExists
from tests.storage.corpus import digest, folder_state


def test_create_refuses_an_existing_file_and_leaves_it_alone(seminar: Path) -> None:
    before = folder_state(seminar.parent)

    with pytest.raises(DocumentExists):
        Document.create(seminar)

    assert folder_state(seminar.parent) == before


def test_a_commit_is_saved_and_announced(seminar: Path, snapshots_root: Path) -> None:
    heard: list[dt.datetime] = []
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        document.add_commit_listener(heard.append)
        with document.transaction() as session:
            session.add(Contribution(id="neuve", session_id="s-1", text="Idée"))

        assert heard == [document.last_saved_at]
        assert document.last_saved_at is not None and document.last_saved_at.tzinfo
        assert document.commit_count == 1


def test_an_error_in_a_transaction_rolls_everything_back(
    seminar: Path, snapshots_root: Path
) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        with pytest.raises(ValueError), document.transaction() as session:
            session.add(Contribution(id="perdue", session_id="s-1", text="Idée"))
            session.flush()
            raise ValueError("refused by a service")

        with document.reading() as session:
            assert session.get(Contribution, "perdue") is None
        assert document.last_saved_at is None


def test_what_reading_returns_stays_readable_after_the_block(
    seminar: Path, snapshots_root: Path
) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        with document.reading() as session:
            contribution = session.get(Contribution, "c-3")

        assert contribution is not None and contribution.text.startswith("Contribution 3")


def test_reading_never_commits(seminar: Path, snapshots_root: Path) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        with document.reading() as session:
            session.add(Contribution(id="jamais", session_id="s-1", text="Idée"))
            session.flush()
        with document.reading() as session:
            assert session.get(Contribution, "jamais") is None


def test_close_folds_the_wal_back_and_leaves_one_file(seminar: Path, snapshots_root: Path) -> None:
    document = Document.open(seminar, snapshots_root=snapshots_root)
    with document.transaction() as session:
        session.add(Contribution(id="neuve", session_id="s-1", text="Idée"))
    document.close()

    assert sorted(item.name for item in seminar.parent.iterdir()) == [seminar.name]
    assert not document.is_open
    document.close()  # twice is harmless


def test_opening_a_healthy_current_document_changes_no_byte(
    seminar: Path, snapshots_root: Path
) -> None:
    before = digest(seminar)

    Document.open(seminar, snapshots_root=snapshots_root).close()

    assert digest(seminar) == before
