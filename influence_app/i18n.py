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


def ngettext(one: str, many: str, n: int) -> str:
    """The form of `one` / `many` for `n`, translated, not formatted. French, the source
    language, counts 0 and 1 as one (« 0 contribution »); a catalogue brings its own rule."""
    if type(_translation) is gettext.NullTranslations:
        return one if abs(n) <= 1 else many
    return _translation.ngettext(one, many, n)


def plural(n: int, one: str, many: str, **values: object) -> str:
    """`one` or `many` (already translated, holding {n}) for `n` by the French rule, formatted
    with n and `values`. The GUI passes its tr() strings here."""
    return (one if abs(n) <= 1 else many).format(n=n, **values)
