"""Fixtures of the service tests: a seminar built from the default template, in tmp."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from influence_app.domain.models import VoteRound
from influence_app.services.agenda import DayService, SessionService
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document

Reopen = Callable[[], Document]


@pytest.fixture
def doc_path(tmp_path: Path) -> Path:
    return tmp_path / "seminaire.influence"


@pytest.fixture
def document(doc_path: Path) -> Iterator[Document]:
    """A new seminar of 3 days from 2026-03-10, default agenda and taxonomy."""
    opened = [SeminarService.create_from_template(doc_path, "Parcours influence", "2026-03-10")]
    yield opened[0]
    opened[0].close()


@pytest.fixture
def reopen(document: Document, doc_path: Path) -> Iterator[Reopen]:
    """Closes the document and opens the file afresh: what is read then was on disk."""
    fresh: list[Document] = []

    def _reopen() -> Document:
        for earlier in [document, *fresh]:
            if earlier.is_open:
                earlier.close()
        fresh.append(Document.open(doc_path))
        return fresh[-1]

    yield _reopen
    for opened in fresh:
        opened.close()


@pytest.fixture
def first_day(document: Document) -> str:
    return DayService(document).list()[0].id


@pytest.fixture
def first_session(document: Document, first_day: str) -> str:
    return SessionService(document).list_for_day(first_day)[0].id


def add_round(document: Document, target: str) -> str:
    """A vote round on `target` items, written directly (votes are another service's job)."""
    with document.transaction() as session:
        session.add(
            VoteRound(id=f"round-{target}", label="Vote", target=target, points_per_participant=5)
        )
    return f"round-{target}"
