"""French typography and safe text: what the reader of the synthesis sees."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from influence_app.report import markup as mk
from influence_app.report import typography as ty
from influence_app.report.styles import make_styles

N = "\u202f"  # narrow no-break space


def test_dates_read_the_french_way() -> None:
    assert ty.date_text(dt.date(2026, 3, 12)) == "12 mars 2026"
    assert ty.date_text(dt.date(2026, 4, 1)) == "1er avril 2026"
    assert ty.long_date(dt.date(2026, 3, 10)) == "mardi 10 mars 2026"
    assert ty.date_range(dt.date(2026, 3, 10), dt.date(2026, 3, 12)) == "10–12 mars 2026"
    assert ty.date_range(dt.date(2026, 3, 30), dt.date(2026, 4, 1)) == "30 mars – 1er avril 2026"
    assert ty.date_range(dt.date(2026, 3, 10), dt.date(2026, 3, 10)) == "10 mars 2026"


def test_numbers_take_a_decimal_comma_and_spaced_thousands() -> None:
    assert ty.number(12.5, 1) == "12,5"
    assert ty.number(12.0, 1) == "12"
    assert ty.number(4200) == f"4{N}200"
    assert ty.number(0.8437, 2) == "0,84"


def test_times_and_durations() -> None:
    assert ty.time_text("09:30") == "9\u00a0h\u00a030"
    assert ty.time_text("14:00") == "14\u00a0h"
    assert ty.duration_text(45) == "45\u00a0min"
    assert ty.duration_text(75) == "1\u00a0h\u00a015"


def test_spaces_before_high_punctuation_become_narrow_and_unbreakable() -> None:
    assert ty.french("Vraiment ? Oui ! Voici : ceci ; cela") == (
        f"Vraiment{N}? Oui{N}! Voici{N}: ceci{N}; cela"
    )
    assert ty.french("« citation »") == f"«{N}citation{N}»"
    assert ty.french("à 10:30 sur https://exemple.fr") == "à 10:30 sur https://exemple.fr"
    assert ty.quote("Tours") == f"«{N}Tours{N}»"


def test_control_characters_are_dropped_and_lines_kept() -> None:
    assert ty.clean("a\x00b\x07c\r\nd\te\x7f") == "abc\nd e"


def test_markup_is_escaped_so_the_text_shows_as_typed() -> None:
    style = make_styles().body
    hostile = '<b>gras</b> <img src="/etc/passwd"/> & <font size=60>'
    paragraph = Paragraph(mk.markup(hostile, style.fontSize), style)
    assert paragraph.getPlainText() == hostile


def test_narrow_spaces_do_not_break_and_keep_their_width() -> None:
    style = ParagraphStyle("test", parent=make_styles().body, splitLongWords=0)
    width = stringWidth("mot mot Oui", style.fontName, style.fontSize) + 1
    narrow = Paragraph(mk.markup(f"mot mot Oui{N}!", style.fontSize), style)
    plain = Paragraph(mk.markup("mot mot Oui !", style.fontSize), style)
    narrow.wrap(width, 1000)
    plain.wrap(width, 1000)
    assert [words[-1] for _extra, words in plain.blPara.lines] == ["Oui", "!"]
    last_line = "".join(frag.text for frag in narrow.blPara.lines[-1].words)
    assert last_line.startswith("Oui") and last_line.endswith("!")  # moved as one word
    narrow_width = narrow.minWidth()
    assert narrow_width < stringWidth("Oui !", style.fontName, style.fontSize)


def test_long_texts_are_cut_into_short_paragraphs_at_spaces() -> None:
    text = " ".join(["mot"] * 5000)
    pieces = ty.paragraphs(text)
    assert all(len(piece) <= ty.PARAGRAPH_LIMIT for piece in pieces)
    assert " ".join(pieces) == text
    assert ty.paragraphs("un\n\ndeux\n  \ntrois") == ["un", "deux", "trois"]
    assert ty.paragraphs("  \n ") == []


def test_an_endless_word_gets_break_opportunities() -> None:
    pieces = ty.paragraphs("a" * 2500)
    assert "".join(pieces).replace(ty.ZWSP, "") == "a" * 2500
    assert all(len(word) <= 40 for piece in pieces for word in piece.split(ty.ZWSP))


def test_characters_the_font_lacks_are_dropped_or_marked() -> None:
    assert mk.drawable("bravo 🙂") == "bravo "
    assert mk.drawable("漢字") == "\ufffd\ufffd"
    assert mk.drawable("Łódź ő €") == "Łódź ő €"


def test_headings_are_shortened_with_an_ellipsis() -> None:
    assert mk.short("x" * 500, 20) == "x" * 19 + "…"
    assert mk.short("a\n b", 20) == "a b"
