"""gettext for text made outside the GUI (errors, report); French is the source language."""

from __future__ import annotations

import gettext

from influence_app import paths

_translation: gettext.NullTranslations = gettext.NullTranslations()


def use_language(language: str) -> None:
    """Switch messages to `language` ("fr" is the source and needs no catalogue)."""
    global _translation
    _translation = gettext.translation(
        "influence", localedir=str(paths.locale_dir()), languages=[language], fallback=True
    )


def _(message: str) -> str:
    return _translation.gettext(message)
