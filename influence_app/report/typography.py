"""French typography and safe text for the report: spaces, quotes, dates, numbers, escaping."""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape as _xml_escape

NNBSP = "\u202f"  # narrow no-break space: before ; ! ? and inside « »
NBSP = "\u00a0"
PARAGRAPH_LIMIT = 1000
WORD_LIMIT = 200  # no French word or address is longer: such a run is cut for line breaking
ZWSP = "\u200b"

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# C0 and C1 controls (tab and newline are kept), DEL, lone surrogates and non-characters:
# none of them can be drawn, and some break the PDF's text layer or ReportLab's parser.
_UNDRAWABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \u00a0\u202f]+([;:!?])")
_SPACE_AFTER_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_SPACE_BEFORE_CLOSE = re.compile(r"[ \u00a0\u202f]*»")
_BLANK_LINES = re.compile(r"\n\s*\n")
_LONG_WORD = re.compile(rf"\S{{{WORD_LIMIT + 1},}}")


def clean(text: str | None) -> str:
    """User text without what cannot be drawn; CR/LF to LF, tabs to spaces."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _UNDRAWABLE.sub("", text)


def french(text: str | None) -> str:
    """Clean text with French spacing where the writer already put a space.

    Only existing spaces become narrow no-break ones: inserting spaces would alter
    « 10:30 » or an address like « https://… ».
    """
    text = clean(text)
    text = _SPACE_BEFORE_PUNCT.sub(lambda match: NNBSP + match.group(1), text)
    text = _SPACE_AFTER_OPEN.sub("«" + NNBSP, text)
    return _SPACE_BEFORE_CLOSE.sub(NNBSP + "»", text)


def quote(text: str) -> str:
    """« text », with the narrow no-break spaces French puts inside guillemets."""
    return f"«{NNBSP}{text}{NNBSP}»"


def escape(text: str) -> str:
    """Text made safe for Paragraph markup: `<b>` stays the four characters « <b> »."""
    return _xml_escape(clean(text))


def paragraphs(text: str | None, limit: int = PARAGRAPH_LIMIT) -> list[str]:
    """Cleaned text cut into pieces of at most `limit` characters, at blank lines first.

    One ReportLab Paragraph grows super-linearly with its length; 1k pieces keep a
    50k-character contribution fast. Cuts fall on spaces when there are any.
    """
    pieces: list[str] = []
    for block in _BLANK_LINES.split(clean(text)):
        block = block.strip()
        while len(block) > limit:
            cut = _cut_at(block, limit)
            pieces.append(block[:cut].rstrip())
            block = block[cut:].lstrip()
        if block:
            pieces.append(block)
    return [_breakable(piece) for piece in pieces]


def _breakable(text: str) -> str:
    """Break opportunities (zero-width spaces) every 40 characters of an endless word.

    ReportLab splits a word wider than the line by measuring ever longer prefixes: a
    50k-character word would take minutes.
    """
    if len(text) <= WORD_LIMIT:
        return text
    return _LONG_WORD.sub(lambda match: _every(match.group(0), 40), text)


def _every(word: str, size: int) -> str:
    return ZWSP.join(word[start : start + size] for start in range(0, len(word), size))


def _cut_at(block: str, limit: int) -> int:
    space = block.rfind(" ", limit // 2, limit)
    return space if space > 0 else limit


# ---------------------------------------------------------------- numbers


def number(value: float, decimals: int = 0) -> str:
    """« 4 200 », « 12,5 »: decimal comma, narrow no-break space between thousands."""
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(",", NNBSP).replace(".", ",")


def plural(count: int, singular: str, plural_form: str) -> str:
    """« 1 réseau », « 11 réseaux » (French singular covers 0 and 1)."""
    return f"{number(count)} {singular if count <= 1 else plural_form}"


# ---------------------------------------------------------------- dates and times


def day_number(date: dt.date) -> str:
    return "1er" if date.day == 1 else str(date.day)


def date_text(date: dt.date) -> str:
    """« 12 mars 2026 », « 1er avril 2026 »."""
    return f"{day_number(date)} {MONTHS[date.month - 1]} {date.year}"


def long_date(date: dt.date) -> str:
    """« mardi 10 mars 2026 »."""
    return f"{WEEKDAYS[date.weekday()]} {date_text(date)}"


def date_range(start: dt.date, end: dt.date) -> str:
    """« 10–12 mars 2026 », « 30 mars – 1er avril 2026 », « 12 mars 2026 » for one day."""
    if end <= start:
        return date_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{day_number(start)}–{date_text(end)}"
    if start.year == end.year:
        return f"{day_number(start)} {MONTHS[start.month - 1]} – {date_text(end)}"
    return f"{date_text(start)} – {date_text(end)}"


def time_text(clock: str) -> str:
    """« 09:30 » as French typesetting writes it: « 9 h 30 »; « 14 h » on the hour."""
    try:
        hours, minutes = (int(part) for part in clock.split(":"))
    except ValueError:
        return clean(clock)
    return f"{hours}{NBSP}h" if minutes == 0 else f"{hours}{NBSP}h{NBSP}{minutes:02d}"


def instant_text(moment: dt.datetime) -> str:
    """« 12 mars 2026 à 14 h 05 »."""
    return f"{date_text(moment.date())} à {time_text(f'{moment.hour}:{moment.minute}')}"


def duration_text(minutes: int) -> str:
    """« 45 min », « 1 h 15 », « 2 h »."""
    if minutes < 60:
        return f"{minutes}{NBSP}min"
    hours, rest = divmod(minutes, 60)
    return f"{hours}{NBSP}h" if rest == 0 else f"{hours}{NBSP}h{NBSP}{rest:02d}"
