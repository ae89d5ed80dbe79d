"""Text being typed, kept every few seconds so it can be offered back after a crash."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from influence_app.domain.models import Draft
from influence_app.storage.document import Document


class DraftService:
    """Drafts are keyed by the field being typed in, e.g. "capture:ses-1a2b3c4d"."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def save(self, key: str, text: str) -> None:
        """Keeps `text` for `key`; a blank text discards the draft (nothing left to save)."""
        if not text.strip():
            self.discard(key)
            return
        with self.document.transaction() as session:
            draft = session.get(Draft, key) or Draft(key=key, text=text, saved_at="")
            draft.text, draft.saved_at = text, _now()
            session.add(draft)

    def pending(self) -> list[Draft]:
        """Drafts left over, oldest first: text typed but never validated."""
        with self.document.reading() as session:
            return list(session.exec(select(Draft).order_by(Draft.saved_at, Draft.key)))

    def discard(self, key: str) -> None:
        """Forgets the draft (once its text is validated, or declined after a crash)."""
        with self.document.transaction() as session:
            draft = session.get(Draft, key)
            if draft is not None:
                session.delete(draft)


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
