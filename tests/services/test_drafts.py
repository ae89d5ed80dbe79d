"""Drafts: the text being typed survives a crash and can be offered back."""

from __future__ import annotations

from influence_app.services.drafts import DraftService


def test_saved_draft_is_pending_after_reopening(document, reopen):
    drafts = DraftService(document)
    drafts.save("capture:ses-1", "Il faudrait")
    drafts.save("capture:ses-1", "Il faudrait peser ensemble")
    drafts.save("note:day-2", "À relire")
    pending = DraftService(reopen()).pending()
    assert {(d.key, d.text) for d in pending} == {
        ("capture:ses-1", "Il faudrait peser ensemble"),
        ("note:day-2", "À relire"),
    }
    assert all(d.saved_at for d in pending)


def test_discard_and_blank_text_forget_the_draft(document, reopen):
    drafts = DraftService(document)
    drafts.save("a", "texte")
    drafts.save("b", "texte")
    drafts.discard("a")
    drafts.save("b", "   ")
    drafts.discard("never-saved")
    assert DraftService(reopen()).pending() == []
